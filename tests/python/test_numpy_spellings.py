"""NumPy spellings of array creation that NPBench's pure-NumPy kernels use
and Numba refuses: `np.ndarray(shape, dtype)` (nbody, vadv), a list literal
as the shape (`np.empty([n, h, w, c], ...)`: lenet) and
`np.linspace(..., dtype=)` (mandelbrot1), `X, Y = np.mgrid[0:n, 0:m]`
(mandelbrot2, stockham_fft: unpacking an N-d array gives its views a[0],
a[1], ...) and `np.repeat(a, r, axis=k)` (stockham_fft). Against CPython running the same
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


@nbc.njit
def grids(n, m, step):
    X, Y = np.mgrid[0:n, 0:m]
    if n > 0 and m > 0:
        X[0, 0] = 7  # a view of the grid, as in NumPy
    return (X, Y, np.mgrid[2:n + 7:3], np.mgrid[n:-4:-2, :m], np.mgrid[5:1],
            np.mgrid[0:2, 1:3, 0:m:step], np.mgrid[-n:n:step])


@nbc.njit
def unpack_three(a):
    x, y, z = a
    return x + y * z


@nbc.njit
def repeated(a, r):
    return (np.repeat(a, r, axis=2), np.repeat(a, r, axis=0), np.repeat(a, 2, -2),
            np.repeat(a, r, axis=None), np.repeat(a, r))


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


@pytest.mark.parametrize("n,m,step", [(3, 4, 1), (1, 1, 2), (0, 2, 3), (5, 0, -1)])
def test_mgrid(n, m, step):
    _same(grids(n, m, step), grids.py_func(n, m, step))


def test_mgrid_zero_step_and_unpacking_lengths():
    with pytest.raises(ZeroDivisionError):
        grids.py_func(2, 2, 0)
    with pytest.raises(ZeroDivisionError):
        grids(2, 2, 0)
    a = np.arange(24.0).reshape(3, 2, 4)
    np.testing.assert_array_equal(unpack_three(a), unpack_three.py_func(a))
    for bad in (np.zeros((2, 3)), np.zeros((4, 1, 1))):
        with pytest.raises(ValueError):
            unpack_three.py_func(bad)
        with pytest.raises(ValueError):
            unpack_three(bad)


@pytest.mark.parametrize("r", [0, 1, 3])
@pytest.mark.parametrize("make", [lambda: np.arange(24.0).reshape(2, 3, 4),
                                  lambda: np.arange(24).reshape(2, 3, 4)[:, ::-1],
                                  lambda: np.zeros((0, 2, 1), np.float32)])
def test_repeat_along_an_axis(make, r):
    _same(repeated(make(), r), repeated.py_func(make(), r))


def test_repeat_negative_count():
    a = np.ones((2, 2, 2))
    with pytest.raises(ValueError, match="negative dimensions"):
        repeated.py_func(a, -1)
    with pytest.raises(ValueError, match="negative dimensions"):
        repeated(a, -1)


def test_unsupported_forms_are_errors():
    def buffer(n):
        return np.ndarray((n,), buffer=np.zeros(n))

    def retstep(n):
        return np.linspace(0.0, 1.0, n, retstep=True)

    with pytest.raises(nbc.TypingError, match="buffer"):
        nbc.njit(buffer)(3)
    with pytest.raises(nbc.UnsupportedError, match="retstep"):
        nbc.njit(retstep)(3)

    def float_grid(n):
        return np.mgrid[0.0:1.0:0.25]

    with pytest.raises(nbc.UnsupportedError, match="integer bounds"):
        nbc.njit(float_grid)(3)

    def counts(a):
        return np.repeat(a, np.array([1, 2]), axis=0)

    with pytest.raises(nbc.UnsupportedError, match="one integer count"):
        nbc.njit(counts)(np.ones((2, 2)))

    def reshape_in_place(a):  # mandelbrot2's `Xi.shape = xn * yn`
        a.shape = a.size
        return a

    with pytest.raises(nbc.UnsupportedError, match="a = a.reshape"):
        nbc.njit(reshape_in_place)(np.ones((2, 2)))
