"""NumPy in kernels: np.* functions (ufuncs as functions, reductions,
creation, linear algebra, indexing, shapes, complex) and array methods,
dispatched by name. NUMPY_FUNCTIONS lists every np.* function the frontend
compiles (docs/Python.md's table is checked against it, with
np.linalg's)."""

import ast
import inspect

import numpy as np

from .. import types as T
from ..errors import CastingError, TypingError, UnsupportedError
from . import scalar as S
from .arrays import binary_body, elem, integral_exponent, numpy_probe
from .builder import PyObj, TupleValue, Value
from .dtypes import dtype_of
from .clipping import ClipMixin
from .complexes import NP_COMPLEX
from .composed_ufuncs import (COMPOSED_UFUNCS, TWO_OUTPUT_UFUNCS, Refused, round_body,
                              two_output_ufunc)
from .matrices import NP_MATRIX
from .random import NP_RANDOM
from .scans import NP_SCANS
from .statistics import NP_STATISTICS
from ..npimpl import GROUPS as NPIMPL_GROUPS
from ..npimpl import (IMPLEMENTATIONS, KEEP_FLOAT32, ORDERING, STRING_CHOICES, VARIANTS,
                      ByRanks)
from ..npimpl.einsum import einsum_function, parse
from .shapes import NP_SHAPE, SHAPE_METHODS
from .sorting import NP_SORT, SORT_METHODS
from .stride_tricks import STRIDE_TRICKS
from .views import NP_VIEWS, VIEW_METHODS

NP_UNARY = {name: name for name in S.MATH_FNS if hasattr(np, name)}
NP_UNARY.update({"arcsin": "asin", "arccos": "acos", "arctan": "atan",
                 "arcsinh": "asinh", "arccosh": "acosh", "arctanh": "atanh"})
NP_UNARY.pop("erf", None)
NP_UNARY.pop("erfc", None)
NP_BINARY = {"add": "Add", "subtract": "Sub", "multiply": "Mult", "divide": "Div",
             "true_divide": "Div", "floor_divide": "FloorDiv", "mod": "Mod",
             "remainder": "Mod", "power": "Pow", "bitwise_and": "BitAnd",
             "bitwise_or": "BitOr", "bitwise_xor": "BitXor", "left_shift": "LShift",
             "right_shift": "RShift"}
# Comparisons and logical ufuncs called as functions: bool results.
NP_COMPARE = {"less": "Lt", "less_equal": "LtE", "greater": "Gt",
              "greater_equal": "GtE", "equal": "Eq", "not_equal": "NotEq"}
NP_LOGICAL = {"logical_and": "BitAnd", "logical_or": "BitOr",
              "logical_xor": "BitXor"}
NP_REDUCE = {"sum": "sum", "prod": "prod", "min": "min", "max": "max", "amin": "min",
             "amax": "max", "mean": "mean", "argmin": "argmin", "argmax": "argmax",
             "any": "any", "all": "all"}
NP_CREATE = ("empty", "zeros", "ones", "full", "empty_like", "zeros_like",
             "ones_like", "full_like", "arange", "ndarray")
NP_LINALG = ("dot", "matmul", "vdot", "inner", "outer")
NP_INDEXING = ("nonzero", "flatnonzero", "argwhere", "take")  # fancy.py
# The ufuncs that take `out=`, by their number of inputs.
UFUNC_NIN = {**{n: 1 for n in ("abs", "absolute", "negative", "isnan", "isinf",
                               "isfinite", "logical_not")},
             **{n: 2 for n in ("arctan2", "hypot", "copysign", "fmod", "nextafter",
                               "minimum", "maximum")}}
UFUNC_NIN.update({n: 1 for n in NP_UNARY})
UFUNC_NIN.update({n: nin for n, (nin, _) in COMPOSED_UFUNCS.items()})
UFUNC_NIN.update({n: 2 for n in (*NP_BINARY, *NP_COMPARE, *NP_LOGICAL)})


INTEGRAL_UFUNCS = ("divmod", "invert", "bitwise_not")  # listed as arithmetic
# Every np.* function the frontend compiles, by kind: docs/Python.md's table
# is generated from this (scripts/gen-numpy-table.py) and a test checks it.
NUMPY_GROUPS = {
    "Math ufuncs": list(NP_UNARY) + ["abs", "absolute", "negative", "isnan",
                                     "isinf", "isfinite", "arctan2", "hypot",
                                     "copysign", "fmod", "nextafter", "minimum",
                                     "maximum", *(n for n in (*COMPOSED_UFUNCS,
                                                              *TWO_OUTPUT_UFUNCS)
                                                   if n not in INTEGRAL_UFUNCS),
                                     "round", "around"],
    "Arithmetic and bitwise ufuncs": [*NP_BINARY, *INTEGRAL_UFUNCS],
    "Comparison and logical ufuncs": [*NP_COMPARE, *NP_LOGICAL, "logical_not"],
    "Selection": ["where", "clip"],
    "Reductions": list(NP_REDUCE),
    "Creation": list(NP_CREATE),
    "Products": [*NP_LINALG, "einsum"],
    "Advanced indexing": list(NP_INDEXING),
    "Shapes and joining": list(NP_SHAPE),
    "Matrices and ranges": [*NP_MATRIX, "mgrid"],
    "Views, flips and splits": list(NP_VIEWS),
    "Stride tricks": list(STRIDE_TRICKS),
    "Scans and differences": list(NP_SCANS),
    "Sorting": list(NP_SORT),
    "Statistics and NaN-skipping reductions": list(NP_STATISTICS),
    "Complex numbers": list(NP_COMPLEX),
    **{f"{group} (nbc.npimpl)": list(names) for group, names in NPIMPL_GROUPS.items()},
    "Random numbers (legacy generator, per thread)": [f"random.{n}" for n in NP_RANDOM],
    "Random numbers (Generator, PCG64)": ["random.default_rng"],
}
NUMPY_FUNCTIONS = tuple(dict.fromkeys(n for group in NUMPY_GROUPS.values()
                                      for n in group))

# The fpclass test each of math/np isnan, isinf, isfinite is.
MATH_ALIASES = {"fabs": None, "isnan": "nan", "isinf": "inf", "isfinite": "finite"}


def numpy_name(obj):
    """The np.* name of `obj` when the frontend compiles it ("random.seed"
    for np.random.seed), else None."""
    for name in NUMPY_FUNCTIONS:
        found = np
        for attr in name.split("."):
            found = getattr(found, attr, None)
        if found is obj:
            return name
    return None


class NumpyCallsMixin(ClipMixin):
    # -- numpy ---------------------------------------------------------------------
    def call_numpy(self, name, obj, node):
        pos = self.pos(node)
        if name == "random.default_rng":
            return self.call_default_rng(node)
        if name.startswith("random."):
            return self.call_np_random(name[len("random."):], node)
        if name in NP_CREATE:
            return self.call_np_create(name, node)
        if name in NP_SHAPE:
            return self.call_np_shape(name, node)
        if name in NP_MATRIX:
            return self.call_np_matrix(name, node)
        if name in NP_VIEWS:
            return self.call_np_view(name, node)
        if name in STRIDE_TRICKS:
            return self.call_stride_trick(name, node)
        if name in NP_SCANS:
            return self.call_np_scan(name, node)
        if name in NP_STATISTICS:
            return self.call_np_statistics(name, node)
        if name in NP_SORT:
            return self.call_np_sort(name, node)
        if name in IMPLEMENTATIONS:
            return self.call_np_library(name, node)
        if name in NP_REDUCE:
            return self.call_reduction(name, NP_REDUCE[name], node)
        if name in NP_INDEXING:
            return self.call_np_indexing(name, node)
        if name in ("round", "around"):
            return self.call_np_round(name, node)
        if name == "einsum":
            return self.call_np_einsum(node)
        if name == "clip":
            return self.call_clip(node)
        vals = [self.materialize(self.expr(a), a) for a in node.args]
        if name == "where" and len(vals) == 1 and not node.keywords:
            return self.nonzero(vals[0], "np.where", node)
        if name in TWO_OUTPUT_UFUNCS:
            return two_output_ufunc(self, name, vals, node)
        vals, out = self.ufunc_out(name, vals, node)
        if name in NP_COMPLEX:
            return self.call_np_complex(name, vals, node, out)
        if name in COMPOSED_UFUNCS:
            nin, body = COMPOSED_UFUNCS[name]
            if len(vals) != nin:
                raise self.error(TypingError, f"np.{name} takes {nin} argument"
                                 f"{'s' if nin > 1 else ''}", node)
            return self.composed_elementwise(vals, body, node, out)
        if name in NP_UNARY or name in ("abs", "absolute", "negative", "isnan",
                                        "isinf", "isfinite"):
            if len(vals) != 1:
                raise self.error(TypingError, f"np.{name} takes one argument", node)
            if name in ("abs", "absolute"):
                def body(b, a):
                    return S.absolute(b, a[0], pos, elementwise=True)
            elif name == "negative":
                def body(b, a):
                    return S.negate(b, a[0], pos, elementwise=True)
            elif name in ("isnan", "isinf", "isfinite"):
                def body(b, a):
                    return S.fpclass(b, MATH_ALIASES[name], a[0], pos)
            else:
                fn = NP_UNARY[name]
                exact_on_integers = name in ("floor", "ceil", "trunc")

                def body(b, a):
                    if exact_on_integers and (a[0].type.is_int or a[0].type.is_bool):
                        return a[0]  # NumPy 2 keeps integer and bool dtypes
                    return S.math1(b, fn, a[0], pos, keep_f32=True)
            return self.elementwise(vals, body, node, out)
        if name in NP_BINARY or name in ("arctan2", "hypot", "copysign", "fmod",
                                         "nextafter"):
            if len(vals) != 2:
                raise self.error(TypingError, f"np.{name} takes two arguments", node)
            if name in NP_BINARY:
                op = NP_BINARY[name]
                keep = integral_exponent(op, *vals)
                vals = self.numpy_scalar_operands(vals, node, keep=keep)
                body = binary_body(op, vals, keep, pos)
            else:
                fn = "atan2" if name == "arctan2" else name
                vals = self.numpy_scalar_operands(vals, node)

                def body(b, a):  # integer np.fmod stays integer (the dialect's)
                    return S.math2(b, fn, a[0], a[1], pos, keep_f32=True)
            return self.elementwise(vals, body, node, out)
        if name in NP_COMPARE or name in NP_LOGICAL:
            if len(vals) != 2:
                raise self.error(TypingError, f"np.{name} takes two arguments", node)
            if name in NP_COMPARE:
                cmp = NP_COMPARE[name]
                vals = self.numpy_scalar_operands(vals, node)

                def body(b, a):
                    return S.compare(b, cmp, a[0], a[1], pos, elementwise=True)
            else:
                op = NP_LOGICAL[name]

                def body(b, a):  # on the operands' truth values
                    return S.binary(b, op, S.truth(b, a[0], pos), S.truth(b, a[1], pos),
                                    pos, elementwise=True)
            return self.elementwise(vals, body, node, out)
        if name == "logical_not":
            if len(vals) != 1:
                raise self.error(TypingError, "np.logical_not takes one argument", node)
            return self.elementwise(vals, lambda b, a: S.logical_not(
                b, a[0], pos, elementwise=True), node, out)
        if name in NP_LINALG:
            if len(vals) != 2:
                raise self.error(TypingError, f"np.{name} takes two arguments", node)
            return self.matmul(name, vals[0], vals[1], node)
        if name in ("minimum", "maximum", "where"):
            want = 2 if name in ("minimum", "maximum") else 3
            if len(vals) != want:
                raise self.error(TypingError, f"np.{name} takes {want} arguments", node)
            if name == "where":
                vals = self.numpy_scalar_operands(vals, node, promoted=(1, 2))

                def body(b, a):
                    return S.where(b, a[0], a[1], a[2], pos)
                if out is None and not any(isinstance(v.type, T.Array) for v in vals):
                    # NumPy's (and Numba's) np.where of scalars is a 0-d array.
                    return self.array_from_items_0d(self.elementwise(vals, body, node),
                                                    None, node)
            else:
                which = name[:3]
                vals = self.numpy_scalar_operands(vals, node)

                def body(b, a):
                    return S.np_minmax(b, which, a[0], a[1], pos)
                if out is None and not any(isinstance(v.type, T.Array) for v in vals):
                    # Nothing to raise: built in place, where a loop widening
                    # its operands can retype it (nbc.min/max `numpy`).
                    for v in vals:
                        self.check_scalar(v, node)
                    return body(self.b, vals)
            return self.elementwise(vals, body, node, out)
        raise self.error(UnsupportedError, f"unsupported function np.{name}", node)

    def composed_elementwise(self, vals, body, node, out=None):
        pos = self.pos(node)
        try:
            return self.elementwise(vals, lambda b, a: body(b, a, pos), node, out)
        except Refused as e:
            raise self.error(UnsupportedError, str(e), node) from None

    def call_np_einsum(self, node):
        """np.einsum("ij,jk->ik", a, b): the subscripts (a constant or a
        string argument) pick a loop nest written for them (npimpl.einsum)."""
        if node.keywords or not node.args:
            raise self.error(UnsupportedError, "np.einsum takes the subscripts string "
                             "and the operands (no keyword arguments)", node)
        spec = self.expr(node.args[0])
        if not (isinstance(spec, PyObj) and isinstance(spec.obj, str)):
            raise self.error(UnsupportedError, "np.einsum: the subscripts must be a "
                             "string constant (the interleaved form is not supported)",
                             node)
        operands = [self.materialize(self.expr(a), a) for a in node.args[1:]]
        ndims = []
        for v in operands:
            if not isinstance(getattr(v, "type", None), (T.Array, T.Scalar)):
                raise self.error(TypingError, "np.einsum operands must be arrays or "
                                 "scalars", node)
            ndims.append(v.type.ndim if isinstance(v.type, T.Array) else 0)
        try:
            fn = einsum_function(spec.obj, tuple(ndims))
        except ValueError as e:
            raise self.error(TypingError, f"np.einsum: {e}", node) from None
        aliases = self.einsum_aliasing(spec.obj, operands, node)
        if isinstance(aliases, Value):
            return aliases
        types = [v.type for v in operands]
        result = self.call_compiled(fn, operands, types, self.options, node)
        return Value(result.h, result.type.copy(readonly=True)) if aliases else result

    def einsum_aliasing(self, spec, operands, node):
        """NumPy's einsum of one array without sums is a view of it. The
        view (a permutation of the axes: nbc.transpose), or whether the
        copy must be typed read-only: a diagonal ('ii->i') nbc cannot view,
        and a write through it would reach the operand in NumPy."""
        if len(operands) != 1 or not isinstance(operands[0].type, T.Array):
            return False
        arr = operands[0]
        (term,), output = parse(spec, (arr.type.ndim,))
        if set(output) != set(term):
            return False  # summed letters: a new array
        if len(set(term)) != len(term):
            return True
        perm = [term.index(c) for c in output]
        if perm == sorted(perm):
            return arr
        return self.transpose_axes(arr, perm, node)

    def call_np_round(self, name, node):
        """np.round(a, decimals=0): `decimals` must be a constant."""
        kw = self.kwargs(node, ("decimals", "out"), f"np.{name}")
        if not 1 <= len(node.args) <= 3:
            raise self.error(TypingError, f"np.{name} takes 1 to 3 arguments", node)
        decimals = node.args[1] if len(node.args) > 1 else kw.get("decimals")
        out = node.args[2] if len(node.args) > 2 else kw.get("out")
        if decimals is None:
            digits = 0
        elif isinstance(decimals, ast.Constant) and type(decimals.value) is int:
            digits = decimals.value
        elif (isinstance(decimals, ast.UnaryOp) and isinstance(decimals.op, ast.USub)
              and isinstance(decimals.operand, ast.Constant)
              and type(decimals.operand.value) is int):
            digits = -decimals.operand.value
        else:
            raise self.error(UnsupportedError, f"np.{name}: decimals must be an integer "
                             "constant", node)
        v = self.materialize(self.expr(node.args[0]), node.args[0])
        if v.type is not None and elem(v.type).is_bool:  # NumPy's float16 loop
            if digits == 0:
                raise self.error(UnsupportedError, f"np.{name} of booleans (NumPy "
                                 "gives float16, which nbc lacks) is not supported", node)
            raise self.error(CastingError, f"Cannot cast ufunc "
                             f"'{'multiply' if digits > 0 else 'divide'}' output from "
                             "dtype('float64') to dtype('bool') with casting rule "
                             "'same_kind'", node)
        if out is not None:
            out = self.materialize(self.expr(out), out)
            if not isinstance(out.type, T.Array):
                raise self.error(TypingError, f"np.{name}: out must be an array", node)
            self.check_writable(out, f"np.{name}(..., out=)", node)
        return self.composed_elementwise([v], round_body(digits), node, out)

    def ufunc_out(self, name, vals, node):
        """The inputs of ufunc `np.name` and its output array (`out=`, or
        one positional argument past the inputs: `np.multiply(a, b, a)`), or
        None. What NumPy refuses (an output it cannot cast to with
        'same_kind', a non-broadcastable output) is a compile-time error."""
        nin = UFUNC_NIN.get(name)
        kw = {k.arg: k.value for k in node.keywords}
        if kw and (nin is None or set(kw) != {"out"}):
            raise self.error(UnsupportedError, f"np.{name}: keyword arguments "
                             f"({', '.join(kw)}) are not supported", node)
        out = None
        if "out" in kw:
            out = self.materialize(self.expr(kw["out"]), kw["out"])
            if isinstance(out, TupleValue) and len(out.items) == 1:
                out = out.items[0]  # out=(a,), NumPy's tuple form
        elif nin is not None and len(vals) == nin + 1:
            vals, out = vals[:nin], vals[nin]
        if out is None:
            return vals, None
        if not isinstance(out, Value) or not isinstance(out.type, T.Array):
            raise self.error(TypingError, f"np.{name}: out must be an array", node)
        self.check_writable(out, f"np.{name}(..., out=)", node)
        for v in vals:
            self.check_output_rank(out, v, node)
        # NumPy itself decides its casting, on one-element operands.
        try:
            with np.errstate(all="ignore"):
                getattr(np, name)(*[numpy_probe(v.type) for v in vals],
                                  out=numpy_probe(out.type))
        except Exception as e:
            kind = CastingError if isinstance(e, TypeError) else TypingError
            raise self.error(kind, f"np.{name}(..., out=): NumPy raises "
                             f"{type(e).__name__}: {e}", node) from None
        return vals, out

    def elementwise(self, vals, body, node, out=None):
        """np.* on scalars or arrays, always under NumPy's error rules;
        written into `out` (and returning it) when given."""
        if out is not None:
            self.array_map(vals, body, node, outs=[out])
            return out
        if any(isinstance(v.type, T.Array) for v in vals):
            return self.array_map(vals, body, node)
        for v in vals:
            self.check_scalar(v, node)
        sym, rt = self.numpy_helper([v.type for v in vals], body, node)
        return self.call_helper(sym, vals, rt, node)

    def axis(self, kw):
        if "axis" not in kw:
            return None
        a = self.const_int(kw["axis"])
        if a is None:
            raise self.error(TypingError, "axis must be an integer constant", kw["axis"])
        return a

    def dtype_kw(self, kw, default):
        if "dtype" not in kw:
            return default
        node = kw["dtype"]
        v = self.expr(node)
        if isinstance(v, PyObj) and v.obj is None:
            return default  # dtype=None: the function's own default, not float64
        ty = dtype_of(v.obj) if isinstance(v, PyObj) else None
        if ty is None:
            raise self.error(TypingError, "unsupported dtype argument", node)
        return ty

    def shape_expr(self, node):
        """A shape argument; a list literal (`np.empty([n, m])`) is taken as
        the tuple of its items."""
        if isinstance(node, ast.List):
            return TupleValue([self.materialize(self.expr(e), e) for e in node.elts])
        return self.expr(node)

    def call_np_create(self, name, node):
        # NumPy's parameter names: np.empty(shape=...), np.full(shape,
        # fill_value=...), np.zeros_like(a=...)
        node, order = self.creation_order(name, node)
        first = "a" if name.endswith("_like") else "shape"
        names = ("start", "stop", "step", "dtype") if name == "arange" else (
            (first, "fill_value", "dtype") if name.startswith("full") else (first, "dtype"))
        kw = self.kwargs(node, names, f"np.{name}")
        if name == "arange":
            return self.arange(self.arange_arguments(node, kw), kw, node)
        args = [self.shape_expr(a) if first == "shape" and k == 0 else self.expr(a)
                for k, a in enumerate(node.args)]
        for k, param in enumerate(names[:-1]):  # keywords in their places
            if param in kw:
                if len(args) != k:
                    raise self.error(TypingError, f"np.{name}() got multiple values "
                                     f"for argument '{param}'", node)
                given = kw.pop(param)
                args.append(self.shape_expr(given) if param == "shape" else
                            self.expr(given))
        # dtype may come positionally: np.empty(shape, dtype),
        # np.full(shape, fill, dtype), np.zeros_like(a, dtype).
        at = 2 if name.startswith("full") else 1
        if len(node.args) > at:
            if "dtype" in kw:
                raise self.error(TypingError, f"np.{name}() got multiple values for "
                                 "argument 'dtype'", node)
            if len(node.args) > at + 1:
                raise self.error(UnsupportedError, f"np.{name}: only the shape, "
                                 f"{'the fill value, ' if at == 2 else ''}and dtype "
                                 "are supported (not like)", node)
            kw["dtype"] = node.args[at]
            args = args[:at]
        if name.endswith("_like"):
            like = self.materialize(args[0], node)
            if not isinstance(like.type, T.Array):
                raise self.error(TypingError, f"np.{name} expects an array", node)
            sizes = [self.dim(like, k, node) for k in range(like.type.ndim)]
            dtype = self.dtype_kw(kw, like.type.dtype)
            rest = args[1:]
            base = name[:-5]
        else:
            if not args:
                raise self.error(TypingError, f"np.{name} needs a shape", node)
            sizes = self.shape_values(args[0], node)
            rest = args[1:]
            base = "empty" if name == "ndarray" else name  # np.ndarray(shape, dtype)
            fill_default = T.float64
            if base == "full" and rest:
                fv = self.materialize(rest[0], node)
                fill_default = fv.type if isinstance(fv.type, T.Scalar) else T.float64
            dtype = self.dtype_kw(kw, fill_default)
        pos = self.pos(node)
        if base == "empty":
            fill = None
        elif base == "zeros":
            fill = self.b.constant(0, dtype, pos)
        elif base == "ones":
            fill = self.b.constant(1, dtype, pos)
        else:
            if not rest:
                raise self.error(TypingError, f"np.{name} needs a fill value", node)
            fill = self.materialize(rest[0], node)
            self.check_scalar(fill, node)
        return self.new_array_in_order(sizes, dtype, fill, order, node)

    # -- array methods ---------------------------------------------------------------
    def call_method(self, m, node):
        arr, name = m.array, m.name
        if isinstance(arr.type, T.Generator):
            return self.call_generator_method(arr, name, node)
        if name in ("conj", "conjugate"):
            return self.complex_method(arr, name, node)
        if name in ("cumsum", "cumprod"):
            return self.call_np_scan(name, node, arr)
        if name in ("var", "std"):
            return self.call_np_statistics(name, node, arr)
        if name in SORT_METHODS:
            return self.call_np_sort(name, node, arr)
        if name in NP_REDUCE:
            return self.call_reduction(name, NP_REDUCE[name], node, arr)
        if name in SHAPE_METHODS:
            return self.call_shape_method(arr, name, node)
        if name in VIEW_METHODS:
            return self.call_np_view(name, node, arr)
        if name == "copy":
            order = self.order_of(node, 0, "copy")
            return self.ordered_copy(arr, self.order_argument(order, "CFAK", "copy"),
                                     node)
        if name == "astype":
            kw = self.kwargs(node, ("dtype", "copy"), "astype")
            dtype = node.args[:1] + [kw["dtype"]] if "dtype" in kw else node.args
            if len(dtype) > 1:
                raise self.error(UnsupportedError, "astype() takes a dtype (and copy=) "
                                 "only", node)
            v = self.expr(dtype[0]) if dtype else None
            ty = dtype_of(v.obj) if isinstance(v, PyObj) else None
            if ty is None:
                raise self.error(TypingError, "astype() needs a dtype", node)
            copy = kw.get("copy", ast.Constant(True))
            if not (isinstance(copy, ast.Constant) and isinstance(copy.value, bool)):
                raise self.error(TypingError, "astype(copy=) must be True or False",
                                 copy)
            if not copy.value and ty == arr.type.dtype:
                return arr  # NumPy's astype(same dtype, copy=False) is `a` itself
            return self.array_map([arr], lambda b, a: S.cast(b, a[0], ty, self.pos(node)),
                                  node)
        if name in ("take", "nonzero"):
            return self.call_np_indexing(name, node, arr)
        if name == "item":
            return self.array_item(arr, node)
        if name == "clip":
            return self.call_clip(node, arr)
        if name == "fill":
            (v,) = self.args(node, 1, 1, "fill")
            self.check_writable(arr, "fill", node)
            self.fill_into(arr, v, node)
            return PyObj(None)
        raise self.error(UnsupportedError, f"unsupported array method '{name}'", node)

    def call_np_library(self, name, node):
        """A NumPy function nbc implements in Python (nbc.npimpl), compiled
        like a user's helper; a string keyword (side="right") picks the
        function at compile time."""
        impl, call = IMPLEMENTATIONS[name], node
        if name == "repeat" and (len(node.args) > 2 or any(
                kw.arg == "axis" for kw in node.keywords)):
            result = self.repeat_along_axis(node)
            if result is not None:
                return result
            call = ast.copy_location(ast.Call(  # axis=None: the flattened repeat
                func=node.func, args=node.args[:2],
                keywords=[kw for kw in node.keywords if kw.arg != "axis"]), node)
        if name in ("trapezoid", "cross"):  # with axis keywords
            result = self.trapezoid_call(node) if name == "trapezoid" else \
                self.cross_call(node)
            if result is not None:
                return result
        if name in ("average", "count_nonzero"):  # with axis=: npimpl.averages_axis
            result = self.axis_average_call(name, node)
            if result is not None:
                return result
        if name in KEEP_FLOAT32:  # the order statistics, maybe with axis=
            result, types, call = self.order_statistic_call(name, node)
            if result is not None:
                return self.keep_float32(name, result, types, node)
        if name in STRING_CHOICES:
            key, position, choices, value = STRING_CHOICES[name]
            args, kept, given = list(node.args), [], None
            if len(args) > position:
                given = args.pop(position)
            for kw in node.keywords:
                if kw.arg == key:
                    given = kw.value
                else:
                    kept.append(kw)
            if given is not None:  # a literal, or a name bound to a string
                value = given.value if isinstance(given, ast.Constant) else \
                    getattr(self.expr(given), "obj", choices)  # choices: no value
                if not (isinstance(value, (str, bool, type(None))) and value in choices):
                    raise self.error(TypingError, f"np.{name}: {key}= must be one of "
                                     f"{', '.join(map(repr, choices))}, as a constant",
                                     node)
            impl = choices[value]
            call = ast.copy_location(ast.Call(func=node.func, args=args,
                                              keywords=kept), node)
        call = self.supported_library_arguments(name, impl, call)
        vals, types = self.call_arguments(impl, call)
        impl = next((variant for holds, variant in VARIANTS.get(impl, ())
                     if holds(types)), impl)
        if isinstance(impl, str):  # a case nbc refuses, named
            raise self.error(UnsupportedError, f"np.{name}: {impl}", node)
        if isinstance(impl, ByRanks):
            impl = impl.function(types)
        result = self.call_compiled(impl, vals, types, self.options, call)
        return self.keep_float32(name, result, types, node)

    def keep_float32(self, name, result, types, node):
        """NumPy's result is float32 for float32 input, unless an array q
        of a wider dtype takes part (a scalar q is weak)."""
        if name in KEEP_FLOAT32 and isinstance(types[0], T.Array) and \
                types[0].dtype == T.float32 and not (
                    len(types) > 1 and isinstance(types[1], T.Array) and
                    np.result_type(np.float32, types[1].dtype.numpy()) != np.float32):
            return self.as_float32(result, node)
        return result

    def supported_library_arguments(self, name, impl, node):
        """`node` without `axis=None` (NumPy's default for the ordering
        functions, which work on the flattened array); other arguments
        that `impl` does not take raise UnsupportedError naming them."""
        params = list(inspect.signature(impl).parameters)
        kept = []
        for kw in node.keywords:
            if kw.arg == "axis" and name in ORDERING and \
                    isinstance(kw.value, ast.Constant) and kw.value.value is None:
                continue
            if kw.arg not in params:
                raise self.error(UnsupportedError, f"np.{name}: {kw.arg}= is not "
                                 "supported", node)
            kept.append(kw)
        if len(node.args) > len(params):
            raise self.error(UnsupportedError, f"np.{name}: only the arguments "
                             f"({', '.join(params)}) are supported", node)
        return ast.copy_location(ast.Call(func=node.func, args=node.args,
                                          keywords=kept), node)

    def as_float32(self, v, node):
        pos = self.pos(node)
        if isinstance(v.type, T.Array):
            return self.array_map([v], lambda b, a: S.cast(b, a[0], T.float32, pos),
                                  node)
        return S.cast(self.b, v, T.float32, pos)

