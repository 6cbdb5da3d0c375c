"""Calls: builtins, math.*, other kernels and plain Python helpers (np.*
and array methods: numpy_calls.py)."""

import ast
import inspect
import math
import types as pytypes

import numpy as np

from .. import types as T
from ..errors import TypingError, UnsupportedError
from ..npimpl.heap_queue import heapq_function
from ..pickling import ufunc_description
from ..signatures import best_match
from ..special import literal_unroll
from . import scalar as S
from .arrays import FlatIter, Method, linalg_name
from .dicts import TableMethod, TableView, is_typed_dict_class, is_typed_dict_empty
from .references import is_typed_list
from .lists import ListMethod
from .strings import StringMethod
from .builder import PyObj, RangeValue, TupleValue, Value, describe, numba_function_name
from .complexes import cmath_name
from .hints import BUILTIN_HINTS
from .inner_functions import InnerFunction
from .named_tuples import is_namedtuple_callee
from .operator_calls import operator_expression
from .tuple_index import tuple_item
from .common import field_value
from .isinstance_test import static_isinstance
from .parameters import Jitted, bound_values, check_call, starred_items
from .python_math import PYTHON_MATH, call_python_math, call_type_conversion, round_digits
from .dtypes import scalar_type_callee
from .explicit_calls import ExplicitSignaturesMixin
from .numpy_calls import MATH_ALIASES, NumpyCallsMixin, numpy_name
from .any_all import AnyAllMixin
from ..stencil import StencilFunc


def _math_name(obj):
    for name in dir(math):
        if getattr(math, name) is obj:
            return name
    return None


def is_literal_unroll(obj):
    """nbc.literal_unroll or numba.literal_unroll."""
    return obj is literal_unroll or numba_function_name(obj) == "literal_unroll"


def thread_query(obj):
    """"thread_id" / "num_threads" for nbc's or Numba's get_thread_id /
    get_num_threads, else None."""
    return {"get_thread_id": "thread_id",
            "get_num_threads": "num_threads"}.get(numba_function_name(obj))


class CallsMixin(NumpyCallsMixin, AnyAllMixin, ExplicitSignaturesMixin):
    def expr_Call(self, node):
        if id(node) in self.in_place_binops:  # prange_loops.py: np.maximum(acc, x)
            return self.in_place_binop(node)
        if self.is_builtin_call(node.func, type):
            return self.call_type_of(node.func, node)
        fn = self.expr(node.func)
        node, spread = starred_items(self, node)
        try:
            return self.call_value(fn, node)
        finally:
            for name in spread:
                self.env.pop(name, None)

    def is_builtin_call(self, node, builtin):
        """Whether `node` is `builtin(x)` (one argument, the builtin's name)."""
        if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and
                len(node.args) == 1 and not node.keywords and
                not isinstance(node.args[0], ast.Starred)):
            return False
        f = self.expr(node.func)
        return isinstance(f, PyObj) and f.obj is builtin

    def call_type_of(self, type_call, node):
        """`type(x)(v)`, as Numba's: `v` cast to the scalar type of `x`."""
        x = self.materialize(self.expr(type_call.args[0]), type_call.args[0])
        if not isinstance(getattr(x, "type", None), T.Scalar):
            raise self.error(UnsupportedError, "type(x)(...) is supported for scalar "
                             f"x only, not {getattr(x, 'type', describe(x))}", type_call)
        return self.cast_call(x.type, f"type({x.type})", node)

    def call_value(self, fn, node):
        """A call of the callee `fn` (no `*args` left in `node`)."""
        if is_namedtuple_callee(fn):
            return self.call_namedtuple(fn, node)
        if isinstance(fn, Method):
            return self.call_method(fn, node)
        if isinstance(fn, ListMethod):
            return self.call_list_method(fn, node)
        if isinstance(fn, StringMethod):
            return self.call_string_method(fn, node)
        if isinstance(fn, TableMethod):
            return self.call_table_method(fn, node)
        if not isinstance(fn, PyObj):
            raise self.error(TypingError, f"'{getattr(fn, 'type', fn)}' is not callable",
                             node)
        obj = fn.obj
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
            in_place = self.in_place_operator_call(obj, node)
            if in_place is not None:
                return in_place
        if obj is dict or obj is set or is_typed_dict_class(obj):
            return self.call_table_builtin(dict if obj is not set else set, node)
        if is_typed_dict_empty(obj):
            return self.call_typed_dict_empty(node)
        if is_typed_list(obj):
            return self.call_typed_list(obj, node)
        if getattr(obj, "__module__", None) == "builtins" or obj in (int, float, bool):
            return self.call_builtin(obj, node)
        if isinstance(obj, type) and issubclass(obj, np.generic):
            return self.call_dtype(obj, node)
        if is_literal_unroll(obj):
            (arg,) = self.args_nodes(node, 1, "literal_unroll")
            return self.expr(arg)
        heap_impl = heapq_function(obj)
        if heap_impl is not None:  # heapq's C functions, as Python nbc compiles
            return self.call_function(heap_impl, self.options, node)
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
        ufunc = getattr(obj, "__self__", None)
        if isinstance(ufunc, np.ufunc) and callable(obj):  # np.add.reduce, ...
            return self.call_ufunc_method(ufunc.__name__, obj.__name__, node)
        name = numpy_name(obj)
        if name is not None:
            return self.call_numpy(name, obj, node)
        name = linalg_name(obj)
        if name is not None:
            return self.call_linalg(name, node)
        if getattr(obj, "aot_compiled", False):  # nbc.aot: no source to compile
            return self.call_aot(obj, node)
        if isinstance(obj, Jitted):
            return self.call_dispatcher(obj, node)
        made = ufunc_description(obj) if isinstance(obj, np.ufunc) else None
        if made is not None and made["kind"] == "vectorize":
            return self.call_vectorized(obj, made, node)
        if isinstance(obj, InnerFunction):
            return self.call_inner(obj, node)
        if isinstance(obj, StencilFunc):
            return self.call_stencil(obj, node)
        if isinstance(obj, pytypes.FunctionType) and \
                not (getattr(obj, "__module__", None) or "").startswith("numpy"):
            # (NumPy's own Python functions are not compiled from their
            # source: only those the registry lists are supported.)
            return self.call_function(obj, self.options, node)
        if hasattr(obj, "py_func") and isinstance(obj.py_func, pytypes.FunctionType):
            return self.call_function(obj.py_func, self.options, node)  # numba's @njit
        hint = BUILTIN_HINTS.get("open") if obj is open else None  # io.open
        raise self.error(UnsupportedError, f"unsupported call to {describe(obj)}", node,
                         hint)

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
        if obj is print:
            return self.call_print(node)
        if obj is ord or obj is chr or obj is str:
            return self.call_string_builtin(obj, node)
        if obj is isinstance:
            return static_isinstance(self, node)
        if obj is getattr and len(node.args) == 2 and not node.keywords and isinstance(
                getattr(node.args[1], "value", None), str) and node.args[1].value.isidentifier():
            return self.expr(ast.copy_location(ast.Attribute(  # getattr(a, "shape")
                value=node.args[0], attr=node.args[1].value, ctx=ast.Load()), node))
        if obj in (int, float, bool):
            return call_type_conversion(self, obj, node)
        if obj in (any, all):
            return self.call_any_all(obj, node)
        if obj is abs:
            (v,) = self.args(node, 1, 1, "abs")
            if isinstance(v.type, T.Array):
                return self.array_map([v], lambda b, a: S.absolute(b, a[0], pos, True),
                                      node)
            self.check_scalar(v, node)
            return S.absolute(self.b, v, pos)
        if obj in (min, max, sum, list, sorted):
            done = self.list_builtin(obj, node)
            if done is not None:
                return done
        if obj in (min, max):
            vals = self.args(node, 1, 64, name)
            if len(vals) == 1 and isinstance(vals[0], RangeValue):
                return self.range_extreme(name, vals[0], node)
            if len(vals) == 1:
                if isinstance(vals[0], TupleValue):
                    vals = vals[0].items
                else:
                    return self.reduce_iterable(obj, vals[0], node)
            acc = vals[0]
            for v in vals[1:]:
                self.check_scalar(v, node)
                acc = S.minmax(self.b, name, acc, v, pos)
            return acc
        if obj is round:
            vals = self.args(node, 1, 2, "round")
            if len(vals) == 2:
                return round_digits(self, *vals, node)
            v = vals[0]
            self.check_scalar(v, node)
            if not v.type.is_float:
                return S.numeric(self.b, v, pos)
            return S.cast(self.b, S.round_half_even(self.b, v, pos), T.int64, pos)
        if obj is tuple and len(node.args) == 1 and not node.keywords:
            v = self.expr(node.args[0])
            if isinstance(v, TupleValue):  # tuple(a.shape): the tuple itself
                return v
        if obj is len:
            if len(node.args) != 1 or node.keywords:
                self.args(node, 1, 1, "len")  # Python's TypeError
            v = self.expr(node.args[0])
            if isinstance(v, TableView):  # len(d.keys()) is len(d)
                return self.b.dict_len(v.table, pos)
            if isinstance(v, FlatIter):
                return self.array_attribute(v.array, "size", node)
            v = self.materialize(v, node.args[0])
            if isinstance(v, RangeValue):
                return v.length
            if isinstance(v, TupleValue):
                return self.b.constant(len(v.items), T.int64, pos)
            if isinstance(v.type, T.Str):
                return self.string_len(v, node)
            if isinstance(v.type, T.List):
                return self.b.list_len(v, pos)
            if isinstance(v.type, (T.Dict, T.Set)):
                return self.b.dict_len(v, pos)
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
            if isinstance(v, RangeValue):
                return self.range_sum(v, pos)
            if isinstance(v, TupleValue) and all(
                    isinstance(x, Value) and isinstance(x.type, T.Scalar) for x in v.items):
                total = self.b.constant(0, T.int64, pos)  # Python's start
                for x in v.items:
                    total = self.binop("Add", total, x, node)
                return total
            return self.reduce_iterable(obj, v, node)
        if obj is range:
            return self.make_range(node)
        if obj in (enumerate, zip):
            raise self.error(UnsupportedError, f"{name}() is supported only as the "
                             "iterable of a for loop", node)
        raise self.error(UnsupportedError, f"unsupported builtin function '{name}'", node,
                         BUILTIN_HINTS.get(name))

    def range_extreme(self, name, r, node):
        """min/max of a range: its first or last item (by the step's sign),
        Python's ValueError when it is empty (not the range's own fields,
        which a tuple's min/max would take)."""
        pos = self.pos(node)
        zero, one = self.b.constant(0, T.int64, pos), self.b.constant(1, T.int64, pos)
        self.raise_if(S.compare(self.b, "Eq", r.length, zero, pos), "ValueError",
                      f"{name}() arg is an empty sequence", node)
        last = S.binary(self.b, "Add", r.start, S.binary(
            self.b, "Mult", S.binary(self.b, "Sub", r.length, one, pos), r.step, pos), pos)
        rising = S.compare(self.b, "Gt", r.step, zero, pos)
        if name == "max":
            return S.where(self.b, rising, last, r.start, pos)
        return S.where(self.b, rising, r.start, last, pos)

    def range_sum(self, r, pos):
        """sum(range(...)): n * start + step * n * (n - 1) / 2, the halving
        done on the even factor so that int64 wraps as Python's additions
        would in int64 (Numba's loop)."""
        def op(name, x, y):
            return S.binary(self.b, name, x, y, pos)
        n, one, two = r.length, self.b.constant(1, T.int64, pos), \
            self.b.constant(2, T.int64, pos)
        m = op("Sub", n, one)
        even = S.compare(self.b, "Eq", op("Mod", n, two), self.b.constant(0, T.int64, pos),
                         pos)
        pairs = S.where(self.b, even, op("Mult", op("FloorDiv", n, two), m),
                        op("Mult", n, op("FloorDiv", m, two)), pos)
        return op("Add", op("Mult", n, r.start), op("Mult", r.step, pairs))

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

    def sequence_index(self, k, length, what, node):
        """Python's index `k` into a sequence of `length` items (int64): a
        negative one counts from the end, IndexError ("<what> index out of
        range") outside."""
        pos = self.pos(node)
        k = S.cast(self.b, k, T.int64, pos)
        zero = self.b.constant(0, T.int64, pos)
        neg = S.compare(self.b, "Lt", k, zero, pos)
        k = S.where(self.b, neg, S.binary(self.b, "Add", k, length, pos), k, pos)
        bad = S.binary(self.b, "BitOr", S.compare(self.b, "Lt", k, zero, pos),
                       S.compare(self.b, "GtE", k, length, pos), pos)
        self.raise_if(bad, "IndexError", f"{what} index out of range", node)
        return k

    def range_item(self, r, k, node):
        """`r[k]` of a range object: Python's indexing, IndexError out of range."""
        pos = self.pos(node)
        k = self.sequence_index(k, r.length, "range object", node)
        return S.binary(self.b, "Add", r.start, S.binary(self.b, "Mult", k, r.step, pos),
                        pos)

    def tuple_subscript(self, t, node):
        """`t[k]` or `t[a:b:c]` of a tuple: constant indices and slices pick
        items now (Numba's static_getitem: `h, w = img.shape[:2]`); an index
        known at run time picks among items of one type (tuple_index)."""
        items, index = t.items, node.slice
        if isinstance(index, ast.Slice):
            given = (index.lower, index.upper, index.step)
            parts = [None if p is None or (isinstance(p, ast.Constant) and p.value is None)
                     else self.const_int(p) for p in given]
            if any(v is None and p is not None and not (isinstance(p, ast.Constant)
                                                       and p.value is None)
                   for v, p in zip(parts, given)):
                raise self.error(TypingError, "tuple slices must have constant bounds",
                                 node)
            if parts[2] == 0:
                raise self.error(ValueError, "slice step cannot be zero", node)
            picked = items[slice(*parts)]  # empty: () itself, not None's Tuple(())
            return TupleValue(picked) if picked else TupleValue([], T.ResultTuple(()))
        k = self.const_int(index)
        if k is None:
            item = tuple_item(self, t, index, node)
            if item is not None:  # a run-time index: items of one type
                return item
            raise self.error(TypingError, "tuple indices must be integer constants "
                             "(or the tuple's items of one type)", node)
        if not -len(items) <= k < len(items):
            raise self.error(TypingError, "tuple index out of range", node)
        return field_value(items[k])

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
        if name in PYTHON_MATH:
            return call_python_math(self, name, node)
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

    # -- kernels and helpers -------------------------------------------------------
    def bind_call(self, pyfunc, node):
        """The callee's parameters in order, each the argument's AST node or
        the parameter's default value (a PyObj), bound by Python's rules."""
        if any(kw.arg is None for kw in node.keywords):
            raise self.error(UnsupportedError, "**kwargs in calls to compiled "
                             "functions", node)
        sig = inspect.signature(pyfunc)
        for p in sig.parameters.values():
            if p.kind is p.VAR_KEYWORD:
                raise self.error(UnsupportedError, f"compiled function "
                                 f"'{pyfunc.__name__}' takes **{p.name}, which is not "
                                 "supported (nor in Numba)", node)
        kwargs = {kw.arg: kw.value for kw in node.keywords}
        try:
            bound = sig.bind(*node.args, **kwargs)
        except TypeError:
            # CPython's own wording for this call (what calling it would say).
            try:
                check_call(pyfunc, node.args, kwargs)
            except TypeError as e:
                raise self.error(TypingError, str(e), node) from None
            raise
        bound.apply_defaults()
        return [v if isinstance(v, ast.AST) else PyObj(v) for v in bound_values(
            sig, bound, lambda items: ast.copy_location(
                ast.Tuple(elts=list(items), ctx=ast.Load()), node))]

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

    def call_dispatcher(self, disp, node):
        """A call of an @njit function, as Numba makes it: with explicit
        signatures, the one its arguments convert to best (they are converted,
        its declared result type casts the result: an i4 result wraps); its
        `locals=` types in any case."""
        nodes = self.bind_call(disp.py_func, node)
        vals, types = self.call_arguments(disp.py_func, node, nodes, optionals=True)
        self.check_container_arguments(vals, nodes, node)
        declared = None
        if disp._explicit:  # (explicit_calls.py)
            vals, types, declared = self.explicit_signature(disp, vals, types, node)
        return self.call_compiled(disp.py_func, vals, types, disp.options, node, nodes,
                                  declared=(declared, disp.locals))

    def call_vectorized(self, ufunc, made, node):
        """A @vectorize(signatures) ufunc called on scalars, as fastjmd95's
        ufuncs call each other: the loop Numba picks (the first whose inputs
        the arguments cast to safely), its scalar function compiled for it."""
        name = ufunc.__name__
        if node.keywords or len(node.args) != ufunc.nin:
            raise self.error(TypingError, f"{name}() takes {ufunc.nin} positional "
                             "arguments in a kernel", node)
        vals = [self.materialize(self.expr(a), a) for a in node.args]
        if not all(isinstance(v.type, T.Scalar) for v in vals):
            raise self.error(UnsupportedError, f"{name}: a @vectorize ufunc with "
                             "signatures is called on scalars only in a kernel", node,
                             "call it on the arrays outside the kernel, or use a "
                             "lazy @vectorize (no signatures)")
        for ret, args in made["loops"]:
            if all(np.can_cast(v.type.numpy(), a.numpy(), "safe")
                   for v, a in zip(vals, args)):
                break
        else:
            raise self.error(TypingError, f"{name}: no loop takes "
                             f"({', '.join(str(v.type) for v in vals)})", node)
        vals = [self.coerce(v, a, node) for v, a in zip(vals, args)]
        return self.call_compiled(made["py_func"], vals, list(args), made["options"],
                                  node, declared=(ret, None))

    def call_function(self, pyfunc, options, node):
        nodes = self.bind_call(pyfunc, node)
        vals, types = self.call_arguments(pyfunc, node, nodes, optionals=True)
        self.check_container_arguments(vals, nodes, node)
        return self.call_compiled(pyfunc, vals, types, options, node, nodes)

    def call_arguments(self, pyfunc, node, nodes=None, optionals=False):
        """The values and types of a call's arguments, bound to `pyfunc`'s parameters
        (defaults filled in; `nodes`: bind_call's); an optional is passed as one when
        `optionals` (the callee specialised on Numba's OptionalType), else as its value."""
        vals, types = [], []
        for a in self.bind_call(pyfunc, node) if nodes is None else nodes:
            v = a if isinstance(a, PyObj) else self.expr(a)
            # None and jitted functions are passed as compile-time values:
            # the callee is specialised on them and gets no MLIR argument.
            known = None
            if isinstance(v, PyObj):
                known = T.none if v.obj is None else T.jitted_function_type(v.obj)
            if known is None:
                v = self.materialize(v, node if a is v else a, keep_optional=optionals)
            vals.append(v)
            types.append(v.type if known is None else known)
        return vals, types

    def call_aot(self, obj, node):
        """A call of a function of an ahead-of-time built module (nbc.aot):
        the signature its arguments convert to best, as the dispatcher picks
        it; its callee form in the library is declared with the status ABI
        of compiled callees and bound by the JIT to the library's address."""
        vals, types = self.call_arguments(obj.py_func, node)
        try:
            callees = obj.callees()
        except UnsupportedError as e:
            raise self.error(UnsupportedError, str(e), node) from None
        best = best_match([c.args for c in callees], types)
        if best is None:
            listed = ", ".join("(" + ", ".join(map(str, c.args)) + ")" for c in callees)
            raise self.error(TypingError, f"{describe(obj)}: no compiled signature "
                             f"takes ({', '.join(map(str, types))}); compiled "
                             f"signatures: {listed}", node)
        callee = callees[best]
        if isinstance(callee.ret, (T.DictResult, T.SetResult)):
            raise self.error(UnsupportedError, f"{describe(obj)} returns a "
                             f"{'dict' if isinstance(callee.ret, T.DictResult) else 'set'}"
                             ", which @njit code cannot take from an ahead-of-time "
                             "compiled function", node)
        vals = [self.coerce(v, t, node) for v, t in zip(vals, callee.args)]
        flat_args = [x for v in vals for x in self.flatten(v)]
        results = self.flat_types(callee.ret)
        symbol = self.module.declare_status_function(
            callee.symbol, callee.address, [x.type for x in flat_args], results,
            callee.readonly, self.pos(node), self.src.filename)
        values = self.b.call(symbol, flat_args, results, self.pos(node))
        self.module.prints |= callee.prints  # its prints take the GIL
        return self.call_values(values, callee.ret)

    def call_compiled(self, pyfunc, vals, types, options, node, nodes=None,
                      declared=(None, None)):
        """A call of `pyfunc` compiled for `types` (its callee symbol);
        `nodes`, the arguments' AST nodes, name the containers it updates;
        `declared`: its declared result type and locals= types."""
        sym, ret = self.ctx.compile_callee(pyfunc, types, options, node, self.src,
                                           declared)
        flat_args = [x for v in vals if not isinstance(v, PyObj) for x in self.flatten(v)]
        values = self.b.call(sym, flat_args, self.flat_types(ret), self.pos(node))
        return self.call_result(ret, values, vals, nodes, node)

    @staticmethod
    def call_values(values, ret):
        """A call's result values as the value of return type `ret`."""
        if isinstance(ret, T.Tuple):
            return TupleValue(values, ret if isinstance(ret, T.Optional) else None)
        if ret is None:
            return PyObj(None)
        return values[0]
