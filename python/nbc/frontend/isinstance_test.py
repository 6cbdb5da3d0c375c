"""`isinstance(x, T)` decided at compile time from x's static type, as
Numba's (numba/cpython/builtins.py ol_isinstance): the result is a
compile-time bool, so an `if` on it compiles only the taken branch. As in
Numba, a scalar is an instance of `int`, `float`, `complex`, `bool` when
its type is exactly int64, float64, complex128, boolean (so an int32 is not
an `int`, nor True an `int`); `nbc.types.float32` (or `numba.float32`)
names the scalar type itself. `np.ndarray` (which Numba refuses) is
every array."""

import ast

import numpy as np

from .. import types as T
from ..errors import TypingError, UnsupportedError
from .builder import PyObj, RangeValue, TupleValue, Value
from .dtypes import scalar_type_callee

_BUILTIN_SCALARS = {int: T.int64, float: T.float64, complex: T.complex128,
                    bool: T.boolean}
_CONTAINERS = {list: T.List, dict: T.Dict, set: T.Set}


def static_isinstance(fc, node):
    """PyObj(True/False) for the call `isinstance(x, classinfo)` `node`."""
    if node.keywords or len(node.args) != 2:
        raise fc.error(TypingError, "isinstance expected 2 arguments, got "
                       f"{len(node.args) + len(node.keywords)}", node)
    value = fc.expr(node.args[0])
    if isinstance(value, TupleValue) and isinstance(value.type, T.Optional):
        raise fc.error(UnsupportedError, "isinstance cannot test an optional value "
                       f"({value.type}): test `is None` first, as Numba requires", node)
    return PyObj(any(_is_instance(fc, value, c, node)
                     for c in _classes(fc, node.args[1])))


def _classes(fc, node):
    """The classes `classinfo` names (a tuple of them, nested, or one)."""
    if isinstance(node, ast.Tuple):
        return [c for e in node.elts for c in _classes(fc, e)]
    obj = fc.expr(node)
    if not isinstance(obj, PyObj):
        raise fc.error(UnsupportedError, "isinstance needs a class known at compile "
                       "time (int, float, np.ndarray, nbc.types.float32, a tuple of "
                       "them)", node)
    items = obj.obj if isinstance(obj.obj, tuple) else (obj.obj,)
    return [(c, node) for c in items]


def _is_instance(fc, value, classinfo, node):
    cls, where = classinfo
    t = getattr(value, "type", None)
    if isinstance(value, PyObj) and value.obj is not None and \
            not isinstance(value.obj, str):
        raise fc.error(UnsupportedError, "isinstance of a compile-time "
                       f"{type(value.obj).__name__} is not supported", node)
    if not isinstance(value, (Value, TupleValue, PyObj)):
        raise fc.error(UnsupportedError, "isinstance of this value is not supported "
                       f"({type(value).__name__})", node)
    if cls is type(None):
        return isinstance(value, PyObj) and value.obj is None
    if cls is str:
        return isinstance(value, PyObj) and isinstance(value.obj, str)
    if cls is tuple:  # (a range is a TupleValue too, of its bounds)
        return isinstance(value, TupleValue) and not isinstance(value, RangeValue) \
            and not isinstance(t, T.RESULT_TUPLES)
    if cls is range:
        return isinstance(value, RangeValue)
    if T.is_namedtuple_class(cls):  # a namedtuple of the class (or a subclass)
        return isinstance(value, TupleValue) and type(t) is T.Tuple and \
            t.cls is not None and issubclass(t.cls, cls)
    if cls is np.ndarray:
        return isinstance(value, Value) and isinstance(t, T.Array)
    if cls in _CONTAINERS:
        return isinstance(t, _CONTAINERS[cls])
    want = _BUILTIN_SCALARS.get(cls) if isinstance(cls, type) else None
    if want is None:
        want = scalar_type_callee(cls)
    if want is None:
        name = getattr(cls, "__name__", repr(cls))
        raise fc.error(UnsupportedError, f"isinstance with {name} is not supported: "
                       "use int, float, complex, bool, str, tuple, list, dict, set, "
                       "range, np.ndarray, a namedtuple class or an nbc scalar type "
                       "(nbc.types.float32)",
                       where)
    return isinstance(value, Value) and t == want
