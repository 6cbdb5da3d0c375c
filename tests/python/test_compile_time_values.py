"""Values known when the kernel compiles, as in Numba: `a.ndim` (a Python
int, so `(0,) * a.ndim` repeats a tuple) and `a.dtype` (bound to a name,
compared, passed as a dtype), against CPython/NumPy running the same
functions."""

import numpy as np
import pytest

import nbc
from conftest import check


@nbc.njit
def index_of_ndim(a):
    start = (0,) * a.ndim  # a Python int: known when the kernel compiles
    stop = (-1,) * a.ndim
    return a[start] + a[stop], 2 * (1, 2.5), (3,) * 0


@pytest.mark.parametrize("a", [np.arange(5.0), np.arange(12.0).reshape(3, 4),
                               np.arange(8).reshape(2, 2, 2)])
def test_tuple_repeated_by_ndim(a):
    check(index_of_ndim, a)


def test_tuple_repeated_by_a_runtime_count_is_refused():
    @nbc.njit
    def repeated(k):
        return (1,) * k
    with pytest.raises(nbc.TypingError, match="repeating a tuple needs an integer count "
                       "known when the kernel compiles"):
        repeated(3)


@nbc.njit
def by_dtype(a, b):
    d = a.dtype  # a compile-time value, as in Numba
    scale = 2.0 if a.dtype == np.float64 else 3.0
    return np.zeros(2, d), scale, a.dtype != b.dtype, np.int32 == b.dtype


@pytest.mark.parametrize("a, b", [(np.ones(2), np.ones(2)),
                                  (np.arange(3, dtype=np.int8), np.arange(2, dtype=np.int32))])
def test_dtype_as_a_compile_time_value(a, b):
    check(by_dtype, a, b)
