"""The memory-layout attributes of an array: a.itemsize, a.nbytes,
a.strides and a.flags.c_contiguous / f_contiguous, as NumPy gives them.
They follow from the shape for C- and F-contiguous array types; a view
whose strides are known only at run time is refused (Numba answers its
flags from the type alone: False even where NumPy says True)."""

from .. import types as T
from ..errors import UnsupportedError
from . import scalar as S
from .builder import TupleValue

LAYOUT_ATTRIBUTES = ("itemsize", "nbytes", "strides", "flags")


class ArrayFlags:
    """`a.flags`: its c_contiguous and f_contiguous (bool Values)."""

    def __init__(self, c_contiguous, f_contiguous):
        self.values = {"c_contiguous": c_contiguous, "f_contiguous": f_contiguous}

    def attribute(self, fc, attr, node):
        if attr not in self.values:
            raise fc.error(UnsupportedError, f"unsupported array flag '{attr}' (nbc "
                           "has c_contiguous and f_contiguous)", node)
        return self.values[attr]


def layout_attribute(fc, arr, attr, node):
    t, pos, b = arr.type, fc.pos(node), fc.b
    itemsize = b.constant(t.dtype.numpy().itemsize, T.int64, pos)
    dims = [fc.dim(arr, k, node) for k in range(t.ndim)]

    def product(values):
        out = b.constant(1, T.int64, pos)
        for v in values:
            out = S.binary(b, "Mult", out, v, pos)
        return out
    if attr == "itemsize":
        return itemsize
    if attr == "nbytes":
        return product([itemsize] + dims)
    layout = t.layout
    if layout not in ("C", "F"):
        raise fc.error(UnsupportedError, f"a.{attr} of an array view whose strides "
                       "are known only at run time", node,
                       "copy it first (np.ascontiguousarray(a)) or take the flags "
                       "outside the kernel")
    if attr == "strides":
        if t.ndim == 0:
            return TupleValue([], T.ResultTuple(()))
        # An empty array's strides are 0, as NumPy allocates it (np.zeros,
        # a.copy(); a reshape of one keeps other strides: NumPy varies).
        zero = b.constant(0, T.int64, pos)
        empty = S.compare(b, "Eq", product(dims), zero, pos)
        parts = [dims[k + 1:] if layout == "C" else dims[:k] for k in range(t.ndim)]
        return TupleValue([S.where(b, empty, zero, product([itemsize] + p), pos)
                           for p in parts])
    # NumPy's flags: axes of length 1 do not count, an empty array is both.
    one = b.constant(1, T.int64, pos)
    longer = b.constant(0, T.int64, pos)
    for d in dims:
        longer = S.binary(b, "Add", longer, S.cast(
            b, S.compare(b, "Gt", d, one, pos), T.int64, pos), pos)
    either = S.binary(b, "BitOr", S.compare(b, "LtE", longer, one, pos), S.compare(
        b, "Eq", product(dims), b.constant(0, T.int64, pos), pos), pos)
    true = b.constant(True, T.boolean, pos)
    return ArrayFlags(true, either) if layout == "C" else ArrayFlags(either, true)
