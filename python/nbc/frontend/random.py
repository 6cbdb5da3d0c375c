"""np.random in kernels, as Numba supports it: NumPy's legacy generator
(MT19937 seeded as RandomState.seed(int), its uniform, normal, exponential
and bounded-integer algorithms) in nbc's runtime, one state per thread.
np.random.seed is nbc.random_seed and a single draw without arguments
(random(), randn(), randint(lo, hi), ...) one nbc.random op; the
parameterised and sized forms, choice, shuffle and permutation are
nbc.npimpl.random, compiled like user code over those draws."""

import ast
import inspect

import numpy as np

from .. import types as T
from ..errors import TypingError, UnsupportedError
from ..npimpl import random as R
from ..npimpl import random_distributions as D
from ..npimpl.random_entry_points import DISTRIBUTIONS
from . import scalar as S
from .builder import PyObj
from .dtypes import dtype_of

# np.random.<name> -> NumPy's parameters, in order (rand/randn: *dims).
PARAMETERS = {
    "seed": ("seed",),
    "random": ("size",), "random_sample": ("size",), "ranf": ("size",),
    "sample": ("size",), "rand": None,
    "standard_normal": ("size",), "randn": None,
    "normal": ("loc", "scale", "size"),
    "uniform": ("low", "high", "size"),
    "standard_exponential": ("size",),
    "exponential": ("scale", "size"),
    "randint": ("low", "high", "size", "dtype"),
    "choice": ("a", "size", "replace", "p"),
    "shuffle": ("x",),
    "permutation": ("x",),
    **{name: tuple(p.split("=")[0].strip() for p in params.split(",") if p) + ("size",)
       for name, (params, _, _, _) in DISTRIBUTIONS.items()},
}
NP_RANDOM = tuple(PARAMETERS)

# The nbc.random draw of each function called without arguments, and its
# sized form.
DRAWS = {"random": "uniform", "random_sample": "uniform", "ranf": "uniform",
         "sample": "uniform", "rand": "uniform", "standard_normal": "normal",
         "randn": "normal", "standard_exponential": "exponential"}
SIZED = {"uniform": R.random_sample_size, "normal": R.standard_normal_size,
         "exponential": R.standard_exponential_size}
# Distributions with parameters: (scalar form, sized form).
PARAMETERISED = {"normal": (R.normal, R.normal_size),
                 "uniform": (R.uniform, R.uniform_size),
                 "exponential": (R.exponential, R.exponential_size),
                 **D.ENTRY_POINTS}


def _is_none(node):
    return node is None or (isinstance(node, ast.Constant) and node.value is None)


class RandomMixin:
    def call_np_random(self, name, node):
        what = f"np.random.{name}"
        pos = self.pos(node)
        if any(isinstance(a, ast.Starred) for a in node.args) or \
                any(kw.arg is None for kw in node.keywords):
            raise self.error(UnsupportedError, f"*args and **kwargs in calls to {what}",
                             node)
        if PARAMETERS[name] is None:  # rand(d0, d1, ...), randn(...)
            if node.keywords:
                raise self.error(UnsupportedError, f"{what}: keyword arguments "
                                 f"({', '.join(k.arg for k in node.keywords)}) "
                                 "are not supported", node)
            if not node.args:
                return self.b.random(DRAWS[name], [], pos)
            dims = ast.copy_location(ast.Tuple(elts=list(node.args), ctx=ast.Load()),
                                     node)
            return self.call_random_impl(SIZED[DRAWS[name]], {"size": dims}, node)
        args = self.bind_random(name, node)
        if name == "seed":
            if "seed" not in args or _is_none(args["seed"]):
                raise self.error(UnsupportedError, "np.random.seed() needs an integer "
                                 "seed (seeding from the OS is not supported)", node)
            seed = self.random_integer(args["seed"], what, node)
            self.b.random_seed(seed, pos)
            return PyObj(None)
        size = args.pop("size", None)
        sized = not _is_none(size)
        if name in DRAWS:
            if not sized:
                return self.b.random(DRAWS[name], [], pos)
            return self.call_random_impl(SIZED[DRAWS[name]], {"size": size}, node)
        if name in PARAMETERISED:
            scalar_form, sized_form = PARAMETERISED[name]
            if sized:
                args["size"] = size
            array_form = self.array_form(name, D.ARRAY_FORMS, args)
            return self.call_random_impl(array_form or (sized_form if sized else
                                                        scalar_form), args, node)
        if name == "randint":
            return self.randint(args, size, node)
        if name == "choice":
            return self.choice(args, size, node)
        return self.shuffle_or_permutation(R, what, name, args, node)

    def shuffle_or_permutation(self, impls, what, name, args, node):
        """shuffle(x) or permutation(x) by the functions of `impls` (legacy
        or Generator); `args` are the call's, with x."""
        if "x" not in args:
            raise self.error(TypingError, f"{what}() missing argument 'x'", node)
        x = self.materialize(self.expr(args["x"]), args["x"])
        if name == "permutation" and isinstance(x.type, T.Scalar):
            n = self.random_integer(x, what, node)
            return self.call_random_impl(impls.permutation_int, {**args, "x": n}, node)
        if not isinstance(x.type, T.Array) or x.type.ndim == 0:
            raise self.error(TypingError, f"{what} expects an array"
                             f"{' or an integer' if name == 'permutation' else ''}, "
                             f"not {x.type}", node)
        if name == "shuffle":
            self.check_writable(x, what, node)
            impl = impls.shuffle_1d if x.type.ndim == 1 else impls.shuffle_rows
        else:
            impl = impls.permutation_1d if x.type.ndim == 1 else impls.permutation_rows
        return self.call_random_impl(impl, {**args, "x": x}, node)

    def bind_random(self, name, node):
        """{parameter: AST node} of a call of np.random.<name>; a keyword
        NumPy has but nbc does not know is an UnsupportedError naming it."""
        what = f"np.random.{name}"
        return self.bind_parameters(what, PARAMETERS[name], node, lambda kw: self.error(
            UnsupportedError, f"{what}: keyword argument '{kw}' is not supported", node))

    def bind_parameters(self, what, params, node, unknown_keyword):
        """{parameter: AST node} of a call of `what` taking `params`;
        `unknown_keyword(name)` is the error for a keyword not in them."""
        if len(node.args) > len(params):
            raise self.error(TypingError, f"{what}() takes at most {len(params)} "
                             f"arguments, {len(node.args)} given", node)
        args = dict(zip(params, node.args))
        for kw in node.keywords:
            if kw.arg not in params:
                raise unknown_keyword(kw.arg)
            if kw.arg in args:
                raise self.error(TypingError, f"{what}() got multiple values for "
                                 f"argument '{kw.arg}'", node)
            args[kw.arg] = kw.value
        return args

    def choice_population(self, args, what, node):
        """(a, "int" or "array") of a choice() call: an int64 population size
        or a 1-d array."""
        if "a" not in args:
            raise self.error(TypingError, f"{what}() missing argument 'a'", node)
        a = self.materialize(self.expr(args["a"]), args["a"])
        if isinstance(a.type, T.Scalar):
            a = self.random_integer(a, what, node)
            kind = "int"
        elif isinstance(a.type, T.Array) and a.type.ndim == 1:
            kind = "array"
        else:
            raise self.error(TypingError, f"{what}: a must be an integer or a "
                             "1-dimensional array", node)
        return a, kind

    def choice_weights(self, node_p, what, node):
        """{"p": the array, "atol": NumPy's tolerance for its sum} of
        choice(p=): sqrt(eps) of float64, or of p's dtype when that is a
        wider-eps float."""
        p = self.materialize(self.expr(node_p), node_p)
        if not isinstance(p.type, T.Array) or p.type.dtype.is_complex:
            raise self.error(TypingError, f"{what}: p must be an array of "
                             "probabilities", node)
        if p.type.ndim != 1:
            raise self.error(TypingError, "'p' must be 1-dimensional (NumPy's "
                             "ValueError)", node)
        eps = np.finfo(np.float64).eps
        if p.type.dtype.is_float:
            eps = max(eps, np.finfo(p.type.dtype.numpy()).eps)
        return {"p": p, "atol": ast.Constant(float(np.sqrt(eps)))}

    def random_integer(self, arg, what, node):
        """An integer argument of np.random.<name> (an AST node or a Value)
        as an int64."""
        v = self.materialize(self.expr(arg), arg) if isinstance(arg, ast.AST) else arg
        if not isinstance(v.type, T.Scalar) or not (v.type.is_int or v.type.is_bool):
            raise self.error(TypingError, f"{what} expects an integer, not {v.type}",
                             node)
        return S.cast(self.b, v, T.int64, self.pos(node))

    def array_form(self, name, array_forms, args):
        """The form of distribution `name` taking array parameters (from
        `array_forms`) when one of `args` is an array, else None; `args`'
        parameters are evaluated (each once) in place."""
        if name not in array_forms:
            return None
        arrays = False
        for param, arg in args.items():
            if param not in ("g", "size") and isinstance(arg, ast.AST):
                args[param] = self.materialize(self.expr(arg), arg)
                arrays |= isinstance(args[param].type, T.Array)
        return array_forms[name] if arrays else None

    def call_random_impl(self, impl, args, node, scalars=()):
        """A call of `impl` (nbc.npimpl.random) with `args` ({parameter: AST
        node, or a Value already evaluated: each argument is evaluated
        once}); the parameters in `scalars` must be scalars (NumPy's array
        parameters are not supported)."""
        vals, types = [], []
        for param in inspect.signature(impl).parameters.values():
            arg = args.get(param.name, PyObj(param.default))
            v = self.expr(arg) if isinstance(arg, ast.AST) else arg
            if isinstance(v, PyObj) and v.obj is None:
                vals.append(v)
                types.append(T.none)
                continue
            vals.append(self.materialize(v, node))
            types.append(vals[-1].type)
            if param.name in scalars and param.name != "size" and \
                    not isinstance(types[-1], T.Scalar):
                raise self.error(UnsupportedError, f"np.random.{impl.__name__.removesuffix('_size')}"
                                 f": array arguments ({param.name}=) are not supported",
                                 node)
        return self.call_compiled(impl, vals, types, self.options, node)

    def randint(self, args, size, node):
        what = "np.random.randint"
        if "dtype" in args:
            dtype = self.expr(args.pop("dtype"))
            if not isinstance(dtype, PyObj) or dtype_of(dtype.obj) is not T.int64:
                raise self.error(UnsupportedError, f"{what}: only dtype=int64 is "
                                 "supported", node)
        if "low" not in args:
            raise self.error(TypingError, f"{what}() missing argument 'low'", node)
        low = self.random_integer(args["low"], what, node)
        has_high = not _is_none(args.get("high"))
        high = self.random_integer(args["high"], what, node) if has_high else None
        if _is_none(size):
            if has_high:
                return self.b.random("integer", [low, high], self.pos(node))
            return self.call_random_impl(R.randint_high, {"high": low}, node)
        if has_high:
            return self.call_random_impl(R.randint_size, {
                "low": low, "high": high, "size": size}, node)
        return self.call_random_impl(R.randint_high_size,
                                     {"high": low, "size": size}, node)

    def choice(self, args, size, node):
        what = "np.random.choice"
        weighted = not _is_none(args.get("p"))
        replace = args.get("replace")
        if replace is not None and not (isinstance(replace, ast.Constant)
                                        and isinstance(replace.value, bool)):
            raise self.error(TypingError, f"{what}: replace= must be True or False, "
                             "as a constant", node)
        unique = replace is not None and not replace.value
        a, kind = self.choice_population(args, what, node)
        sized = not _is_none(size)
        call_args = {"a": a}
        if weighted:
            call_args.update(self.choice_weights(args["p"], what, node))
        suffix = "_unique" if unique else ""
        suffix += "_p" if weighted else ""
        if unique:
            suffix += "" if sized else "_one"
        else:
            suffix += "_size" if sized else ""
        impl = getattr(R, f"choice_{kind}{suffix}")
        if sized:
            call_args["size"] = size
        return self.call_random_impl(impl, call_args, node)

