"""The memory-layout attributes of an array: a.itemsize, a.nbytes,
a.strides and a.flags.c_contiguous / f_contiguous, as NumPy gives them.
They follow from the shape for arrays of the identity (C-contiguous)
type; for strided types (F-ordered, views) they are NumPy's from the
strides at run time (nbc.stride), where Numba answers the flags from the
type alone."""

from .. import types as T
from ..errors import UnsupportedError
from . import scalar as S
from .builder import TupleValue

LAYOUT_ATTRIBUTES = ("itemsize", "nbytes", "strides", "flags")


class ArrayFlags:
    """`a.flags`: its c_contiguous and f_contiguous (bool Values)."""

    def __init__(self, c_contiguous, f_contiguous):
        self.values = {"c_contiguous": c_contiguous, "f_contiguous": f_contiguous,
                       "contiguous": c_contiguous}  # NumPy's alias of c_contiguous

    def attribute(self, fc, attr, node):
        if attr not in self.values:
            raise fc.error(UnsupportedError, f"unsupported array flag '{attr}' (nbc "
                           "has c_contiguous, contiguous and f_contiguous)", node)
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
    if t.layout != "C":
        # Strided types do not pin the layout (strided<[1, ?]> is also
        # a.T[:, ::3]'s): the strides as they are at run time, NumPy's flags
        # from them.
        strides = fc.byte_strides(arr, node)
        if attr == "strides":
            return TupleValue(strides)
        return ArrayFlags(*(runtime_contiguity(b, dims, strides, itemsize, order, pos)
                            for order in "CF"))
    if attr == "strides":
        if t.ndim == 0:
            return TupleValue([], T.ResultTuple(()))
        # An empty array's strides are 0, as NumPy allocates it (np.zeros,
        # a.copy(); a reshape of one keeps other strides: NumPy varies).
        zero = b.constant(0, T.int64, pos)
        empty = S.compare(b, "Eq", product(dims), zero, pos)
        return TupleValue([S.where(b, empty, zero, product([itemsize] + dims[k + 1:]),
                                   pos) for k in range(t.ndim)])
    # NumPy's flags: axes of length 1 do not count, an empty array is both.
    one = b.constant(1, T.int64, pos)
    longer = b.constant(0, T.int64, pos)
    for d in dims:
        longer = S.binary(b, "Add", longer, S.cast(
            b, S.compare(b, "Gt", d, one, pos), T.int64, pos), pos)
    either = S.binary(b, "BitOr", S.compare(b, "LtE", longer, one, pos), S.compare(
        b, "Eq", product(dims), b.constant(0, T.int64, pos), pos), pos)
    return ArrayFlags(b.constant(True, T.boolean, pos), either)


def runtime_contiguity(b, dims, strides, itemsize, order, pos):
    """NumPy's C (or F) contiguity flag from run-time strides: each axis
    longer than 1 has the stride of the items after (before) it; an empty
    array is contiguous."""
    expected, empty = itemsize, b.constant(False, T.boolean, pos)
    contiguous = b.constant(True, T.boolean, pos)
    one, zero = (b.constant(c, T.int64, pos) for c in (1, 0))
    for k in (reversed(range(len(dims))) if order == "C" else range(len(dims))):
        fits = S.binary(b, "BitOr", S.compare(b, "Eq", dims[k], one, pos),
                        S.compare(b, "Eq", strides[k], expected, pos), pos)
        contiguous = S.binary(b, "BitAnd", contiguous, fits, pos)
        empty = S.binary(b, "BitOr", empty, S.compare(b, "Eq", dims[k], zero, pos), pos)
        expected = S.binary(b, "Mult", expected, dims[k], pos)
    return S.binary(b, "BitOr", contiguous, empty, pos)
