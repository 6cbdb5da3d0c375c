"""NumPy's str() of an array a kernel prints (called by the runtime's array
hook, python/src/Print.cpp, under the GIL)."""

import ctypes

import numpy as np

# NBCPrintKind (include/nbc/Runtime/NBCRuntime.h) -> dtype
DTYPES = [np.bool_, np.int8, np.int16, np.int32, np.int64, np.uint8, np.uint16,
          np.uint32, np.uint64, np.float32, np.float64, np.complex64, np.complex128]


def format_array(kind, shape, strides, address):
    """str() of the array at `address` (its first element) with `strides` in
    elements, read in place."""
    dtype = np.dtype(DTYPES[kind])
    size = dtype.itemsize
    if 0 in shape:
        return str(np.empty(shape, dtype))
    low = sum(min(0, (n - 1) * s) for n, s in zip(shape, strides)) * size
    high = sum(max(0, (n - 1) * s) for n, s in zip(shape, strides)) * size + size
    buffer = (ctypes.c_char * (high - low)).from_address(address + low)
    array = np.ndarray(shape, dtype, buffer=buffer, offset=-low,
                       strides=tuple(s * size for s in strides))
    return str(array)
