"""NumPy spellings of array creation that NPBench's pure-NumPy kernels use
and Numba refuses: `np.ndarray(shape, dtype)` (nbody, vadv), a list literal
as the shape (`np.empty([n, h, w, c], ...)`: lenet) and
`np.linspace(..., dtype=)` (mandelbrot1). Against CPython running the same
functions: values, dtypes, shapes."""

import numpy as np
import pytest

import nbc
from conftest import requires_exec

pytestmark = requires_exec


@nbc.njit
def created(n, m):
    a = np.ndarray((n, m), dtype=np.float32)
    a[:] = 1.5
    b = np.empty([n, m, 2], dtype=np.int64)
    b[:] = 3
    c = np.zeros(shape=[n, 1], dtype=np.uint8)
    d = np.ndarray(n)
    d[:] = 2.0
    e = np.full([m], 7)
    f = np.ndarray([m, n], np.int16, order="F")
    f[:] = 4
    return a, b, c, d, e, f


@nbc.njit
def spaced(lo, hi, n):
    return (np.linspace(lo, hi, n, dtype=np.int32), np.linspace(lo, hi, n, dtype=np.float32),
            np.linspace(lo, hi, n, endpoint=False, dtype=np.int64),
            np.linspace(lo, hi, num=n, dtype=np.float64), np.linspace(lo, hi, n, dtype=None))


def _same(got, want):
    assert len(got) == len(want)
    for g, w in zip(got, want):
        assert g.dtype == w.dtype and g.shape == w.shape, (g, w)
        assert g.flags.f_contiguous == w.flags.f_contiguous
        np.testing.assert_array_equal(g, w)


@pytest.mark.parametrize("n,m", [(3, 4), (1, 1), (0, 2)])
def test_ndarray_and_list_shapes(n, m):
    _same(created(n, m), created.py_func(n, m))


@pytest.mark.parametrize("lo,hi,n", [(0.0, 10.0, 7), (-3.0, 2.5, 6), (-2.5, -7.0, 5),
                                     (1.0, 4.0, 1), (0.0, 1.0, 0)])
def test_linspace_dtype(lo, hi, n):
    _same(spaced(lo, hi, n), spaced.py_func(lo, hi, n))


def test_unsupported_forms_are_errors():
    def buffer(n):
        return np.ndarray((n,), buffer=np.zeros(n))

    def retstep(n):
        return np.linspace(0.0, 1.0, n, retstep=True)

    with pytest.raises(nbc.TypingError, match="buffer"):
        nbc.njit(buffer)(3)
    with pytest.raises(nbc.UnsupportedError, match="retstep"):
        nbc.njit(retstep)(3)
