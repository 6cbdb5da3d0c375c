"""Scalar types named by a dtype argument or a called type object. Low in
the import order (types and signatures only), so that numpy_calls.py, the
random and view calls and isinstance() all import it at the top."""

import numpy as np

from .. import types as T
from ..signatures import from_numba


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
