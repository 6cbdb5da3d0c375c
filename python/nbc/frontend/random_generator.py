"""np.random.default_rng(seed) and np.random.Generator's methods in
kernels, as Numba supports them: a Generator is its PCG64 state
(types.Generator, a 1-d array of 6 uint64 words) that nbc.generator seeds
and draws from with NumPy's algorithms (lib/Runtime/RandomGenerator.c), so
a seed gives NumPy's values. A single draw without parameters is one
nbc.generator op; the parameterised and sized forms, choice, shuffle and
permutation are nbc.npimpl.random_generator, the other distributions
nbc.npimpl.random_generator_distributions, compiled like user code over
those draws."""

import ast

import numpy as np

from .. import types as T
from ..errors import TypingError, UnsupportedError
from ..npimpl import random_generator as G
from ..npimpl import random_generator_distributions as GD
from ..npimpl.random_entry_points import DISTRIBUTIONS
from .builder import PyObj, Value
from .dtypes import dtype_of

# Generator.<method> -> NumPy's parameters, in order.
METHOD_PARAMETERS = {
    "random": ("size", "dtype", "out"),
    "standard_normal": ("size", "dtype", "out"),
    "standard_exponential": ("size", "dtype", "method", "out"),
    "normal": ("loc", "scale", "size"),
    "uniform": ("low", "high", "size"),
    "exponential": ("scale", "size"),
    "integers": ("low", "high", "size", "dtype", "endpoint"),
    "choice": ("a", "size", "replace", "p", "axis", "shuffle"),
    "shuffle": ("x", "axis"),
    "permuted": ("x", "axis", "out"),
    "permutation": ("x", "axis"),
    **{name: tuple(p.split("=")[0].strip() for p in params.split(",") if p) + ("size",)
       for name, (params, _, _, _) in DISTRIBUTIONS.items()},
    "standard_gamma": ("shape", "size", "dtype", "out"),
}
# The single draws nbc.generator makes: the methods' building blocks.
DRAWS = {"_nbc_random": "random", "_nbc_normal": "normal",
         "_nbc_exponential": "exponential", "_nbc_integers": "integers"}
GENERATOR_METHODS = tuple(METHOD_PARAMETERS) + tuple(DRAWS)
# Methods without parameters: (their draw, their sized form).
PLAIN = {"random": ("random", G.random_size),
         "standard_normal": ("normal", G.standard_normal_size),
         "standard_exponential": ("exponential", G.standard_exponential_size)}
PARAMETERISED = {"normal": (G.normal, G.normal_size),
                 "uniform": (G.uniform, G.uniform_size),
                 "exponential": (G.exponential, G.exponential_size),
                 **GD.ENTRY_POINTS}


def _is_none(node):
    return node is None or (isinstance(node, ast.Constant) and node.value is None)


class RandomGeneratorMixin:
    def call_default_rng(self, node):
        """np.random.default_rng(seed): a new Generator seeded as NumPy
        seeds one from an integer; a Generator argument is returned as is."""
        what = "np.random.default_rng"
        if node.keywords and any(kw.arg != "seed" for kw in node.keywords):
            raise self.error(TypingError, f"{what}() takes one argument, seed", node)
        args = list(node.args) + [kw.value for kw in node.keywords]
        if len(args) != 1 or _is_none(args[0]):
            raise self.error(UnsupportedError, f"{what}() needs an integer seed "
                             "(seeding from the OS is not supported)", node)
        seed = self.materialize(self.expr(args[0]), args[0])
        if isinstance(seed.type, T.Generator):
            return seed
        seed = self.random_integer(seed, what, node)
        fresh = self.call_random_impl(G.new_state, {}, node)
        state = Value(fresh.h, T.Generator())
        self.b.generator("seed", state, [seed], self.pos(node))
        return state

    def call_generator_method(self, g, name, node):
        what = f"Generator.{name}"
        if name in DRAWS:  # nbc.npimpl's building blocks
            operands = [self.random_integer(a, what, node) for a in node.args]
            return self.b.generator(DRAWS[name], g, operands, self.pos(node))
        args = self.bind_generator(name, node)
        shuffle = args.pop("shuffle", None) if name == "choice" else None
        if name == "permuted":
            return self.generator_permuted(g, args, node)
        dtype = self.generator_dtype(name, args.pop("dtype", None), node)
        out = args.pop("out", None)
        for unsupported in ("method", "axis"):
            if unsupported in args and not self.generator_default(
                    name, unsupported, args[unsupported]):
                raise self.error(UnsupportedError, f"{what}: {unsupported}= is not "
                                 "supported", node)
            args.pop(unsupported, None)
        size = args.pop("size", None)
        sized = not _is_none(size)
        call_args = {"g": g, **args}
        if sized:
            call_args["size"] = size
        if not _is_none(out):
            return self.generator_out(name, dtype, call_args, out, node)
        if dtype == "float32":
            if name not in PLAIN and name != "standard_gamma":
                raise self.error(UnsupportedError, f"{what}: dtype=np.float32 is not "
                                 "supported", node)
            impl = getattr(G, f"{name}_f32{'_size' if sized else ''}")
            return self.call_random_impl(impl, call_args, node)
        if name in PLAIN:
            draw, sized_form = PLAIN[name]
            if not sized:
                return self.b.generator(draw, g, [], self.pos(node))
            return self.call_random_impl(sized_form, call_args, node)
        if name in PARAMETERISED:
            scalar_form, sized_form = PARAMETERISED[name]
            array_form = self.array_form(name, GD.ARRAY_FORMS, call_args)
            return self.call_random_impl(array_form or (sized_form if sized else
                                                        scalar_form), call_args, node)
        if name == "integers":
            return self.generator_integers(call_args, sized, dtype, node)
        if name in ("shuffle", "permutation"):
            return self.generator_shuffle(name, call_args, node)
        return self.generator_choice(call_args, sized, shuffle, node)

    def generator_dtype(self, name, node, what_node):
        """The name of a Generator method's dtype= (NumPy's default when
        absent): float64/float32, or an integer type for integers()."""
        what = f"Generator.{name}"
        if name == "integers":
            default, allowed = "int64", ("int64", *G.INTEGERS_TYPED)
        elif "dtype" in METHOD_PARAMETERS[name]:
            default, allowed = "float64", ("float64", "float32")
        else:
            return None
        if _is_none(node):
            return default
        v = self.expr(node)
        t = dtype_of(v.obj) if isinstance(v, PyObj) else None
        if t is None:
            raise self.error(TypingError, f"{what}: dtype= must be a constant "
                             "dtype", what_node)
        dtype = "bool" if t is T.boolean else t.name()
        if dtype not in allowed:
            raise self.error(TypingError if name != "integers" else UnsupportedError,
                             f"{what}: unsupported dtype {dtype} (NumPy takes "
                             f"{', '.join(allowed)})", what_node)
        return dtype

    def generator_out(self, name, dtype, args, out_node, node):
        """random/standard_normal/standard_exponential/standard_gamma(out=):
        NumPy fills and returns a C-contiguous writable array of the dtype."""
        what = f"Generator.{name}"
        impl = {"random": G.random_out, "standard_normal": G.standard_normal_out,
                "standard_exponential": G.standard_exponential_out,
                "standard_gamma": G.standard_gamma_out}.get(name)
        if impl is None:
            raise self.error(TypingError, f"{what}() got an unexpected keyword "
                             "argument 'out'", node)
        out = self.materialize(self.expr(out_node), out_node)
        if not isinstance(out.type, T.Array) or isinstance(out.type, T.Generator):
            raise self.error(TypingError, f"{what}: out= must be an array, not "
                             f"{out.type}", node)
        if dtype != "float64" or out.type.dtype is not T.float64:
            raise self.error(UnsupportedError if dtype != "float64" else TypingError,
                             f"{what}: out= must be a float64 array (NumPy: Supplied "
                             "output array has the wrong type)" if dtype == "float64"
                             else f"{what}: out= with dtype={dtype} is not supported",
                             node)
        if out.type.strides is not None:
            raise self.error(TypingError, f"{what}: out= must be C-contiguous (NumPy: "
                             "Supplied output array must be contiguous)", node)
        self.check_writable(out, f"{what} into", node)
        return self.call_random_impl(impl, {**args, "out": out}, node,
                                     scalars=("shape",))

    def generator_permuted(self, g, args, node):
        """Generator.permuted(x, axis=None): 1-d and 2-d arrays (out= is not
        supported)."""
        what = "Generator.permuted"
        if "x" not in args:
            raise self.error(TypingError, f"{what}() missing argument 'x'", node)
        if not _is_none(args.get("out")):
            raise self.error(UnsupportedError, f"{what}: out= is not supported", node)
        x = self.materialize(self.expr(args["x"]), args["x"])
        if not isinstance(x.type, T.Array) or x.type.ndim == 0 or x.type.ndim > 2:
            raise self.error(UnsupportedError if isinstance(x.type, T.Array) else
                             TypingError, f"{what} expects a 1-d or 2-d array, not "
                             f"{x.type}", node)
        axis = None
        if not _is_none(args.get("axis")):
            axis = self.const_int(args["axis"])
            if axis is None:
                raise self.error(TypingError, f"{what}: axis= must be a constant "
                                 "integer or None", node)
            if not -x.type.ndim <= axis < x.type.ndim:
                raise self.error(TypingError, f"{what}: axis {axis} is out of bounds "
                                 f"for array of dimension {x.type.ndim}", node)
            axis %= x.type.ndim
        if axis is None or x.type.ndim == 1:
            impl = G.permuted_flat
        else:
            impl = G.permuted_rows if axis == 1 else G.permuted_columns
        return self.call_random_impl(impl, {"g": g, "x": x}, node)

    def generator_default(self, name, param, node):
        """Whether an argument nbc does not take has NumPy's default value."""
        v = self.expr(node)
        if not isinstance(v, PyObj):
            return False
        if param in ("out",):
            return v.obj is None
        if param == "dtype":
            want = np.int64 if name == "integers" else np.float64
            try:
                return np.dtype(v.obj) == np.dtype(want)
            except TypeError:
                return False
        if param == "method":
            return v.obj == "zig"
        return v.obj == 0  # axis

    def bind_generator(self, name, node):
        what = f"Generator.{name}"
        params = METHOD_PARAMETERS[name]
        if any(isinstance(a, ast.Starred) for a in node.args) or \
                any(kw.arg is None for kw in node.keywords):
            raise self.error(UnsupportedError, f"*args and **kwargs in calls to {what}",
                             node)
        return self.bind_parameters(what, params, node, lambda kw: self.error(
            TypingError, f"{what}() got an unexpected keyword argument '{kw}'", node))

    def generator_integers(self, args, sized, dtype, node):
        what = "Generator.integers"
        if "low" not in args:
            raise self.error(TypingError, f"{what}() missing argument 'low'", node)
        low = self.random_integer(args["low"], what, node)
        if _is_none(args.get("high")):  # integers(high): [0, high)
            high, low = low, self.b.constant(0, T.int64, self.pos(node))
        else:
            high = self.random_integer(args["high"], what, node)
        endpoint = args.get("endpoint", ast.Constant(False))
        call = {"g": args["g"], "low": low, "high": high, "endpoint": endpoint}
        if dtype != "int64":
            scalar_form, sized_form = G.INTEGERS_TYPED[dtype]
            if sized:
                call["size"] = args["size"]
            return self.call_random_impl(sized_form if sized else scalar_form, call, node)
        if sized:
            call["size"] = args["size"]
            return self.call_random_impl(G.integers_size, call, node)
        return self.call_random_impl(G.integers, call, node)

    def generator_shuffle(self, name, args, node):
        """Generator.shuffle(x) and permutation(x): NumPy's Generator
        shuffles as the legacy functions do, with its own bounded draws."""
        return self.shuffle_or_permutation(G, f"Generator.{name}", name, args, node)

    def generator_choice(self, args, sized, shuffle, node):
        what = "Generator.choice"
        replace, unique = args.get("replace"), False
        if replace is not None:
            if not (isinstance(replace, ast.Constant) and isinstance(replace.value, bool)):
                raise self.error(TypingError, f"{what}: replace= must be True or "
                                 "False, as a constant", node)
            unique = not replace.value
        a, kind = self.choice_population(args, what, node)
        call = {"g": args["g"], "a": a}
        suffix = "_size" if sized else ""
        weighted = not _is_none(args.get("p"))
        if weighted:
            call.update(self.choice_weights(args["p"], what, node))
        if unique:
            if not weighted:  # (shuffle= has no effect with p=)
                call["shuffle"] = shuffle if shuffle is not None else ast.Constant(True)
            suffix = "_unique" + ("_p" if weighted else "") + ("" if sized else "_one")
        elif weighted:
            suffix = "_p" + suffix
        if sized:
            call["size"] = args["size"]
        return self.call_random_impl(getattr(G, f"choice_{kind}{suffix}"), call, node)
