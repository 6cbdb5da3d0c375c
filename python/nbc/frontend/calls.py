"""Calls: builtins, math.*, np.*, other kernels and plain Python helpers."""

import ast
import inspect
import math
import operator
import types as pytypes

import numpy as np

from .. import types as T
from ..errors import TypingError, UnsupportedError
from ..signatures import from_numba
from ..special import literal_unroll
from . import scalar as S
from .arrays import Method, linalg_name, numpy_probe
from .lists import ListMethod
from .matrices import NP_MATRIX
from .shapes import NP_SHAPE, SHAPE_METHODS
from .builder import (PyObj, RangeValue, TupleValue, Value, describe,
                      numba_function_name)
from .complexes import NP_COMPLEX, cmath_name
from .hints import BUILTIN_HINTS
from ..stencil import StencilFunc

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
             "ones_like", "full_like", "arange")
NP_LINALG = ("dot", "matmul", "vdot", "inner", "outer")
NP_INDEXING = ("nonzero", "flatnonzero", "argwhere", "take")  # fancy.py
# The ufuncs that take `out=`, by their number of inputs.
UFUNC_NIN = {**{n: 1 for n in ("abs", "absolute", "negative", "isnan", "isinf",
                               "isfinite", "logical_not")},
             **{n: 2 for n in ("arctan2", "hypot", "copysign", "fmod", "minimum",
                               "maximum")}}
UFUNC_NIN.update({n: 1 for n in NP_UNARY})
UFUNC_NIN.update({n: 2 for n in (*NP_BINARY, *NP_COMPARE, *NP_LOGICAL)})
MATH_ALIASES = {"fabs": None, "isnan": "nan", "isinf": "inf", "isfinite": "finite"}


def _numpy_name(obj):
    for name in list(NP_UNARY) + list(NP_BINARY) + list(NP_REDUCE) + list(NP_CREATE) + [
            "abs", "absolute", "isnan", "isinf", "isfinite", "arctan2", "hypot",
            "copysign", "fmod", "negative", "sign", "minimum", "maximum", "where",
            "clip", "logical_not", *NP_COMPARE, *NP_LOGICAL, *NP_LINALG,
            *NP_INDEXING, *NP_SHAPE, *NP_MATRIX, *NP_COMPLEX]:
        if getattr(np, name, None) is obj:
            return name
    return None


def _math_name(obj):
    for name in dir(math):
        if getattr(math, name) is obj:
            return name
    return None


def is_literal_unroll(obj):
    """nbc.literal_unroll or numba.literal_unroll."""
    return obj is literal_unroll or numba_function_name(obj) == "literal_unroll"


def scalar_type_callee(obj):
    """The nbc scalar type of a called type object (nbc.float64, or Numba's
    numba.float64), or None."""
    if isinstance(obj, T.Scalar):
        return obj
    if type(obj).__module__.startswith("numba") and type(obj).__name__ in (
            "Integer", "Float", "Boolean", "Complex"):
        t = from_numba(obj)
        return t if isinstance(t, T.Scalar) else None
    return None


def dtype_of(obj):
    """An nbc scalar type from a dtype argument (np.float64, float, 'int32', ...)."""
    if obj is float:
        return T.float64
    if obj is int:
        return T.int64
    if obj is bool:
        return T.boolean
    if scalar_type_callee(obj) is not None:  # dtype=nbc.float32 / numba.float32
        return scalar_type_callee(obj)
    try:
        return T.from_dtype(np.dtype(obj))
    except TypeError:
        return None


# The `operator` module's functions, as the expressions they stand for.
OPERATOR_BINARY = {operator.add: ast.Add, operator.sub: ast.Sub,
                   operator.mul: ast.Mult, operator.truediv: ast.Div,
                   operator.floordiv: ast.FloorDiv, operator.mod: ast.Mod,
                   operator.pow: ast.Pow, operator.lshift: ast.LShift,
                   operator.rshift: ast.RShift, operator.and_: ast.BitAnd,
                   operator.or_: ast.BitOr, operator.xor: ast.BitXor,
                   operator.matmul: ast.MatMult}
OPERATOR_COMPARE = {operator.eq: ast.Eq, operator.ne: ast.NotEq,
                    operator.lt: ast.Lt, operator.le: ast.LtE,
                    operator.gt: ast.Gt, operator.ge: ast.GtE}
OPERATOR_UNARY = {operator.neg: ast.USub, operator.pos: ast.UAdd,
                  operator.invert: ast.Invert, operator.not_: ast.Not}


def thread_query(obj):
    """"thread_id" / "num_threads" for nbc's or Numba's get_thread_id /
    get_num_threads, else None."""
    return {"get_thread_id": "thread_id",
            "get_num_threads": "num_threads"}.get(numba_function_name(obj))


def operator_expression(obj, args):
    """`operator.add(x, y)` as the AST of `x + y` (None for other calls)."""
    if obj in OPERATOR_UNARY and len(args) == 1:
        return ast.UnaryOp(op=OPERATOR_UNARY[obj](), operand=args[0])
    if len(args) != 2:
        return None
    if obj in OPERATOR_BINARY:
        return ast.BinOp(left=args[0], op=OPERATOR_BINARY[obj](), right=args[1])
    if obj in OPERATOR_COMPARE:
        return ast.Compare(left=args[0], ops=[OPERATOR_COMPARE[obj]()],
                           comparators=[args[1]])
    return None


class CallsMixin:
    def expr_Call(self, node):
        fn = self.expr(node.func)
        if isinstance(fn, Method):
            return self.call_method(fn, node)
        if isinstance(fn, ListMethod):
            return self.call_list_method(fn, node)
        if not isinstance(fn, PyObj):
            raise self.error(TypingError, f"'{getattr(fn, 'type', fn)}' is not callable",
                             node)
        obj = fn.obj
        if any(isinstance(a, ast.Starred) for a in node.args):
            raise self.error(UnsupportedError, "unsupported Python construct: *args in "
                             "calls", node)
        query = thread_query(obj) if callable(obj) else None
        if query is not None:
            if node.args or node.keywords:
                raise self.error(TypingError, f"{describe(obj)}() takes no arguments",
                                 node)
            return self.b.thread_query(query, self.pos(node))
        if getattr(obj, "__module__", None) == "_operator" and not node.keywords:
            expression = operator_expression(obj, node.args)
            if expression is not None:
                return self.expr(ast.copy_location(expression, node))
        if getattr(obj, "__module__", None) == "builtins" or obj in (int, float, bool):
            return self.call_builtin(obj, node)
        if isinstance(obj, type) and issubclass(obj, np.generic):
            return self.call_dtype(obj, node)
        if is_literal_unroll(obj):
            (arg,) = self.args_nodes(node, 1, "literal_unroll")
            return self.expr(arg)
        ty = scalar_type_callee(obj)
        if ty is not None:  # nbc.float64(x), numba.float64(x): a cast
            return self.cast_call(ty, ty.name(), node)
        name = _math_name(obj) if callable(obj) else None
        if name is not None and getattr(obj, "__module__", "") == "math":
            return self.call_math(name, node)
        if obj is np.array or obj is np.asarray:
            return self.call_np_array(obj, node)
        name = cmath_name(obj) if callable(obj) else None
        if name is not None and getattr(obj, "__module__", "") == "cmath":
            return self.call_cmath(name, node)
        name = _numpy_name(obj)
        if name is not None:
            return self.call_numpy(name, obj, node)
        name = linalg_name(obj)
        if name is not None:
            return self.call_linalg(name, node)
        from ..dispatcher import Dispatcher
        if getattr(obj, "aot_compiled", False):  # nbc.aot: no source to compile
            raise self.error(UnsupportedError, f"{describe(obj)} was compiled ahead "
                             "of time: @njit code cannot call it (call it from "
                             "Python, or @njit the source)", node)
        if isinstance(obj, Dispatcher):
            return self.call_function(obj.py_func, obj.options, node)
        if isinstance(obj, StencilFunc):
            return self.call_stencil(obj, node)
        if isinstance(obj, pytypes.FunctionType):
            return self.call_function(obj, self.options, node)
        if hasattr(obj, "py_func") and isinstance(obj.py_func, pytypes.FunctionType):
            return self.call_function(obj.py_func, self.options, node)  # numba's @njit
        raise self.error(UnsupportedError, f"unsupported call to {describe(obj)}", node)

    def args(self, node, lo, hi, name):
        if node.keywords:
            raise self.error(TypingError, f"{name}() takes no keyword arguments", node)
        if not lo <= len(node.args) <= hi:
            raise self.error(TypingError, f"{name}() takes {lo}..{hi} arguments, "
                             f"{len(node.args)} given", node)
        return [self.materialize(self.expr(a), a) for a in node.args]

    def kwargs(self, node, allowed, name):
        out = {}
        for kw in node.keywords:
            if kw.arg not in allowed:
                raise self.error(TypingError, f"{name}() got an unexpected keyword "
                                 f"argument '{kw.arg}'", node)
            out[kw.arg] = kw.value
        return out

    # -- builtins --------------------------------------------------------------
    def call_builtin(self, obj, node):
        pos = self.pos(node)
        name = getattr(obj, "__name__", "")
        if obj is complex:
            return self.call_complex(node)
        if obj in (int, float, bool):
            (v,) = self.args(node, 1, 1, name)
            self.check_scalar(v, node)
            ty = {int: T.int64, float: T.float64, bool: T.boolean}[obj]
            return S.cast(self.b, v, ty, pos)
        if obj is abs:
            (v,) = self.args(node, 1, 1, "abs")
            if isinstance(v.type, T.Array):
                return self.array_map([v], lambda b, a: S.absolute(b, a[0], pos), node)
            self.check_scalar(v, node)
            return S.absolute(self.b, v, pos)
        if obj in (min, max):
            vals = self.args(node, 1, 64, name)
            if len(vals) == 1:
                if isinstance(vals[0], TupleValue):
                    vals = vals[0].items
                else:
                    return self.reduce(name, vals[0], None, node)
            acc = vals[0]
            for v in vals[1:]:
                self.check_scalar(v, node)
                acc = S.minmax(self.b, name, acc, v, pos)
            return acc
        if obj is round:
            vals = self.args(node, 1, 2, "round")
            if len(vals) == 2:
                raise self.error(UnsupportedError, "round() with ndigits is not "
                                 "supported", node)
            v = vals[0]
            self.check_scalar(v, node)
            if not v.type.is_float:
                return S.numeric(self.b, v, pos)
            return S.cast(self.b, S.round_half_even(self.b, v, pos), T.int64, pos)
        if obj is len:
            (v,) = self.args(node, 1, 1, "len")
            if isinstance(v, RangeValue):
                return v.length
            if isinstance(v, TupleValue):
                return self.b.constant(len(v.items), T.int64, pos)
            if isinstance(v.type, T.List):
                return self.b.list_len(v, pos)
            if not isinstance(v.type, T.Array):
                raise self.error(TypingError, f"object of type {v.type} has no len()", node)
            return self.dim(v, 0, node)
        if obj is divmod:
            x, y = self.args(node, 2, 2, "divmod")
            return TupleValue([S.binary(self.b, "FloorDiv", x, y, pos),
                               S.binary(self.b, "Mod", x, y, pos)])
        if obj is pow:
            x, y = self.args(node, 2, 2, "pow")
            return self.binop("Pow", x, y, node)
        if obj is sum:
            (v,) = self.args(node, 1, 1, "sum")
            return self.reduce("sum", v, None, node)
        if obj is range:
            return self.make_range(node)
        if obj in (enumerate, zip):
            raise self.error(UnsupportedError, f"{name}() is supported only as the "
                             "iterable of a for loop", node)
        raise self.error(UnsupportedError, f"unsupported builtin function '{name}'", node,
                         BUILTIN_HINTS.get(name))

    def make_range(self, node):
        """A range object: checks the step (ValueError on zero, as Python
        does when the object is built) and computes its length,
        max(0, ceil((stop - start) / step)) = max(0, -((start - stop) // step))."""
        start, stop, step = self.range_bounds(node)
        pos = self.pos(node)
        zero = self.b.constant(0, T.int64, pos)
        bad = S.compare(self.b, "Eq", step, zero, pos)
        self.raise_if(bad, "ValueError", "range() arg 3 must not be zero", node)
        q = S.binary(self.b, "FloorDiv", S.binary(self.b, "Sub", start, stop, pos),
                     step, pos)
        n = S.minmax(self.b, "max", S.negate(self.b, q, pos), zero, pos)
        return RangeValue(start, stop, step, n)

    def range_item(self, r, k, node):
        """`r[k]` of a range object: Python's indexing, IndexError out of range."""
        pos = self.pos(node)
        k = S.cast(self.b, k, T.int64, pos)
        zero = self.b.constant(0, T.int64, pos)
        neg = S.compare(self.b, "Lt", k, zero, pos)
        k = S.where(self.b, neg, S.binary(self.b, "Add", k, r.length, pos), k, pos)
        bad = S.binary(self.b, "BitOr", S.compare(self.b, "Lt", k, zero, pos),
                       S.compare(self.b, "GtE", k, r.length, pos), pos)
        self.raise_if(bad, "IndexError", "range object index out of range", node)
        return S.binary(self.b, "Add", r.start, S.binary(self.b, "Mult", k, r.step, pos),
                        pos)

    def check_scalar(self, v, node):
        if not isinstance(v, Value) or not isinstance(v.type, T.Scalar):
            raise self.error(TypingError, f"expected a scalar, got "
                             f"{getattr(v, 'type', v)}", node)

    def args_nodes(self, node, count, name):
        if node.keywords or len(node.args) != count:
            raise self.error(TypingError, f"{name}() takes {count} positional "
                             f"argument{'s' if count != 1 else ''}", node)
        return node.args

    def call_dtype(self, cls, node):
        ty = T.from_dtype(np.dtype(cls))
        if ty is None:
            raise self.error(UnsupportedError, f"unsupported dtype {cls.__name__}", node)
        return self.cast_call(ty, cls.__name__, node)

    def cast_call(self, ty, name, node):
        (v,) = self.args(node, 1, 1, name)
        if isinstance(v.type, T.Array):
            return self.astype(v, ty, node)
        self.check_scalar(v, node)
        return S.cast(self.b, v, ty, self.pos(node))

    # -- math --------------------------------------------------------------------
    def call_math(self, name, node):
        pos = self.pos(node)
        self.refuse_complex_math(name, node)
        if name in S.MATH_FNS or name == "fabs":
            vals = self.args(node, 1, 2 if name == "log" else 1, f"math.{name}")
            for v in vals:
                self.check_scalar(v, node)
            if name == "fabs":
                return S.absolute(self.b, S.as_float(self.b, vals[0], pos), pos)
            if name in ("floor", "ceil", "trunc") and not vals[0].type.is_float:
                return S.numeric(self.b, vals[0], pos)
            r = S.math1(self.b, name, vals[0], pos)
            if len(vals) == 2:
                r = S.binary(self.b, "Div", r, S.math1(self.b, "log", vals[1], pos), pos)
            if name in ("floor", "ceil", "trunc"):
                r = S.cast(self.b, r, T.int64, pos)
            return r
        if name in S.MATH2_FNS:
            x, y = self.args(node, 2, 2, f"math.{name}")
            return S.math2(self.b, name, x, y, pos)
        if name in ("isnan", "isinf", "isfinite"):
            (v,) = self.args(node, 1, 1, f"math.{name}")
            return S.fpclass(self.b, MATH_ALIASES[name], v, pos)
        if name == "pow":
            x, y = self.args(node, 2, 2, "math.pow")
            return S.binary(self.b, "Pow", S.as_float(self.b, x, pos),
                            S.as_float(self.b, y, pos), pos)
        if name in ("degrees", "radians"):
            (v,) = self.args(node, 1, 1, f"math.{name}")
            f = (180.0 / math.pi) if name == "degrees" else (math.pi / 180.0)
            return S.binary(self.b, "Mult", S.as_float(self.b, v, pos),
                            self.b.constant(f, T.float64, pos), pos)
        raise self.error(UnsupportedError, f"unsupported function math.{name}", node)

    # -- numpy ---------------------------------------------------------------------
    def call_numpy(self, name, obj, node):
        pos = self.pos(node)
        if name in NP_CREATE:
            return self.call_np_create(name, node)
        if name in NP_SHAPE:
            return self.call_np_shape(name, node)
        if name in NP_MATRIX:
            return self.call_np_matrix(name, node)
        if name in NP_REDUCE:
            kw = self.kwargs(node, ("axis",), f"np.{name}")
            (v,) = [self.materialize(self.expr(a), a) for a in node.args]
            return self.reduce(NP_REDUCE[name], v, self.axis(kw), node)
        if name in NP_INDEXING:
            return self.call_np_indexing(name, node)
        vals = [self.materialize(self.expr(a), a) for a in node.args]
        if name == "where" and len(vals) == 1 and not node.keywords:
            return self.nonzero(vals[0], "np.where", node)
        vals, out = self.ufunc_out(name, vals, node)
        if name in NP_COMPLEX:
            return self.call_np_complex(name, vals, node, out)
        if name in NP_UNARY or name in ("abs", "absolute", "negative", "isnan",
                                        "isinf", "isfinite"):
            if len(vals) != 1:
                raise self.error(TypingError, f"np.{name} takes one argument", node)
            if name in ("abs", "absolute"):
                def body(b, a):
                    return S.absolute(b, a[0], pos)
            elif name == "negative":
                def body(b, a):
                    return S.negate(b, a[0], pos, elementwise=True)
            elif name in ("isnan", "isinf", "isfinite"):
                def body(b, a):
                    return S.fpclass(b, MATH_ALIASES[name], a[0], pos)
            else:
                fn = NP_UNARY[name]

                def body(b, a):
                    return S.math1(b, fn, a[0], pos, keep_f32=True)
            return self.elementwise(vals, body, node, out)
        if name in NP_BINARY or name in ("arctan2", "hypot", "copysign", "fmod"):
            if len(vals) != 2:
                raise self.error(TypingError, f"np.{name} takes two arguments", node)
            if name in NP_BINARY:
                op = NP_BINARY[name]

                def body(b, a):
                    return S.binary(b, op, a[0], a[1], pos, elementwise=True)
            else:
                fn = "atan2" if name == "arctan2" else name

                def body(b, a):
                    return S.math2(b, fn, a[0], a[1], pos, keep_f32=True)
            return self.elementwise(vals, body, node, out)
        if name in NP_COMPARE or name in NP_LOGICAL:
            if len(vals) != 2:
                raise self.error(TypingError, f"np.{name} takes two arguments", node)
            if name in NP_COMPARE:
                cmp = NP_COMPARE[name]

                def body(b, a):
                    return S.compare(b, cmp, a[0], a[1], pos)
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
        if name in ("minimum", "maximum", "where", "clip"):
            want = 2 if name in ("minimum", "maximum") else 3
            if len(vals) != want:
                raise self.error(TypingError, f"np.{name} takes {want} arguments", node)
            if name == "where":
                def body(b, a):
                    return S.where(b, a[0], a[1], a[2], pos)
            elif name == "clip":
                def body(b, a):
                    return S.np_minmax(b, "min", S.np_minmax(b, "max", a[0], a[1], pos),
                                       a[2], pos)
            else:
                which = name[:3]

                def body(b, a):
                    return S.np_minmax(b, which, a[0], a[1], pos)
            return self.elementwise(vals, body, node, out)
        raise self.error(UnsupportedError, f"unsupported function np.{name}", node)

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
            raise self.error(TypingError, f"np.{name}(..., out=): NumPy raises "
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
        ty = dtype_of(v.obj) if isinstance(v, PyObj) else None
        if ty is None:
            raise self.error(TypingError, "unsupported dtype argument", node)
        return ty

    def call_np_create(self, name, node):
        # NumPy's parameter names: np.empty(shape=...), np.full(shape,
        # fill_value=...), np.zeros_like(a=...)
        first = "a" if name.endswith("_like") else "shape"
        names = ("dtype",) if name == "arange" else (
            (first, "fill_value", "dtype") if name.startswith("full") else (first, "dtype"))
        kw = self.kwargs(node, names, f"np.{name}")
        args = [self.expr(a) for a in node.args]
        if name == "arange":
            return self.arange([self.materialize(a, node) for a in args], kw, node)
        for k, param in enumerate(names[:-1]):  # keywords in their places
            if param in kw:
                if len(args) != k:
                    raise self.error(TypingError, f"np.{name}() got multiple values "
                                     f"for argument '{param}'", node)
                args.append(self.expr(kw.pop(param)))
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
                                 "are supported (not order, like)", node)
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
            base = name
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
        return self.new_array(sizes, dtype, fill, node)

    def arange(self, vals, kw, node):
        pos = self.pos(node)
        if not 1 <= len(vals) <= 3:
            raise self.error(TypingError, "np.arange takes 1 to 3 arguments", node)
        for v in vals:
            self.check_scalar(v, node)
        if len(vals) == 1:
            vals = [self.b.constant(0, T.int64, pos)] + vals
        if len(vals) == 2:
            vals.append(self.b.constant(1, T.int64, pos))
        start, stop, step = vals
        common = S.numeric(self.b, start, pos).type
        for v in (stop, step):
            common = T.promote(common, S.numeric(self.b, v, pos).type)
        dtype = self.dtype_kw(kw, common)
        start, stop, step = (S.cast(self.b, v, common, pos) for v in vals)
        # length = ceil((stop - start) / step), at least 0
        span = S.binary(self.b, "Sub", start, stop, pos)
        q = S.binary(self.b, "FloorDiv", span, step, pos)
        n = S.negate(self.b, q, pos)
        n = S.cast(self.b, n, T.int64, pos)
        n = S.minmax(self.b, "max", n, self.b.constant(0, T.int64, pos), pos)
        out = self.new_array([n], dtype, None, node)
        zero = self.b.constant(0, T.int64, pos)
        one = self.b.constant(1, T.int64, pos)
        _, body, i, _ = self.b.range(zero, n, one, [], pos)
        with self.b.at(body):
            k = S.cast(self.b, i, common, pos)
            x = S.binary(self.b, "Add", start, S.binary(self.b, "Mult", k, step, pos), pos)
            x = S.cast(self.b, x, dtype, pos)
            self.b.store(x, out, [i], pos, nowrap=True, noboundscheck=True)
            self.b.nbc_yield([], pos)
        return out

    # -- array methods ---------------------------------------------------------------
    def call_method(self, m, node):
        arr, name = m.array, m.name
        if name in ("conj", "conjugate"):
            return self.complex_method(arr, name, node)
        if name in NP_REDUCE:
            kw = self.kwargs(node, ("axis",), name)
            if node.args:
                raise self.error(UnsupportedError, f"{name}(): use axis=", node)
            return self.reduce(NP_REDUCE[name], arr, self.axis(kw), node)
        if name in SHAPE_METHODS:
            return self.call_shape_method(arr, name, node)
        if name == "copy":
            return self.array_map([arr], lambda b, a: a[0], node)
        if name == "astype":
            v = self.expr(node.args[0]) if node.args else None
            ty = dtype_of(v.obj) if isinstance(v, PyObj) else None
            if ty is None:
                raise self.error(TypingError, "astype() needs a dtype", node)
            return self.array_map([arr], lambda b, a: S.cast(b, a[0], ty, self.pos(node)),
                                  node)
        if name in ("take", "nonzero"):
            return self.call_np_indexing(name, node, arr)
        if name == "fill":
            (v,) = self.args(node, 1, 1, "fill")
            self.check_writable(arr, "fill", node)
            self.fill_into(arr, v, node)
            return PyObj(None)
        raise self.error(UnsupportedError, f"unsupported array method '{name}'", node)

    # -- kernels and helpers -------------------------------------------------------
    def bind_call(self, pyfunc, node):
        """The callee's parameters in order, each the argument's AST node or
        the parameter's default value (a PyObj), bound by Python's rules."""
        if any(isinstance(a, ast.Starred) for a in node.args) or \
                any(kw.arg is None for kw in node.keywords):
            raise self.error(UnsupportedError, "*args and **kwargs in calls to "
                             "compiled functions", node)
        sig = inspect.signature(pyfunc)
        for p in sig.parameters.values():
            if p.kind in (p.VAR_POSITIONAL, p.VAR_KEYWORD):
                raise self.error(UnsupportedError, f"compiled function "
                                 f"'{pyfunc.__name__}' takes *args or **kwargs", node)
        kwargs = {kw.arg: kw.value for kw in node.keywords}
        try:
            bound = sig.bind(*node.args, **kwargs)
        except TypeError:
            # CPython's own wording for this call (what calling it would say).
            from ..dispatcher import check_call
            try:
                check_call(pyfunc, node.args, kwargs)
            except TypeError as e:
                raise self.error(TypingError, str(e), node) from None
            raise
        bound.apply_defaults()
        return [v if isinstance(v, ast.AST) else PyObj(v)
                for v in bound.arguments.values()]

    def call_stencil(self, stencil, node):
        """A @stencil called in a kernel: its point function (compiled first,
        for its result type) inside its driver's loop nest, a prange under
        parallel=True."""
        kw = self.kwargs(node, ("out",), stencil.__name__)
        if len(node.args) != len(stencil.params):
            raise self.error(TypingError, f"{stencil.__name__}() takes "
                             f"{len(stencil.params)} arguments, {len(node.args)} "
                             "given", node)
        vals = [self.materialize(self.expr(a), a) for a in node.args]
        if "out" in kw:
            vals.append(self.materialize(self.expr(kw["out"]), kw["out"]))
        types = [v.type for v in vals]
        try:
            stencil.check_args(types[:len(stencil.params)])
        except TypingError as e:
            raise self.error(TypingError, str(e), node) from None
        _, ret = self.ctx.compile_callee(stencil.point, stencil.point_types(
            types[:len(stencil.params)]), self.options, node, self.src)
        if not isinstance(ret, T.Scalar):
            raise self.error(TypingError, f"stencil {stencil.__name__} must return a "
                             f"scalar, not {ret}", node)
        driver = stencil.driver(ret, bool(self.options.get("parallel")), "out" in kw)
        sym, out = self.ctx.compile_callee(driver, types, self.options, node, self.src)
        flat_args = [x for v in vals for x in self.flatten(v)]
        return self.b.call(sym, flat_args, self.flat_types(out), self.pos(node))[0]

    def call_function(self, pyfunc, options, node):
        vals, types = [], []
        for a in self.bind_call(pyfunc, node):
            v = a if isinstance(a, PyObj) else self.expr(a)
            # None and jitted functions are passed as compile-time values:
            # the callee is specialised on them and gets no MLIR argument.
            known = None
            if isinstance(v, PyObj):
                known = T.none if v.obj is None else T.jitted_function_type(v.obj)
            if known is not None:
                vals.append(v)
                types.append(known)
            else:
                vals.append(self.materialize(v, node if a is v else a))
                self.refuse_list(vals[-1], "passed to functions", node)
                types.append(vals[-1].type)
        sym, ret = self.ctx.compile_callee(pyfunc, types, options, node, self.src)
        flat_args = [x for v in vals if not isinstance(v, PyObj) for x in self.flatten(v)]
        values = self.b.call(sym, flat_args, self.flat_types(ret), self.pos(node))
        if isinstance(ret, T.Tuple):
            return TupleValue(values, ret if isinstance(ret, T.Optional) else None)
        if ret is None:
            return PyObj(None)
        return values[0]
