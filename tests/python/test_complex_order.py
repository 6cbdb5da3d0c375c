"""NumPy's order of complex numbers inside kernels: lexicographic (real
part, then imaginary), with NumPy's NaN rules, for comparisons of arrays,
np.maximum/minimum/fmax/fmin, np.clip, np.sort/argsort, max/min/argmax/
argmin, np.unique and np.searchsorted, checked against NumPy itself on a
grid of special values (each kernel compiles once per dtype). Python's
`z < w` on complex scalars stays an error, as in CPython."""

import itertools

import numpy as np
import pytest

import nbc

PARTS = [-np.inf, -1.0, -0.0, 0.0, 1.0, np.inf, np.nan]
GRID = np.array([complex(r, i) for r, i in itertools.product(PARTS, PARTS)])
DTYPES = [np.complex128, np.complex64]


def grid_pairs(dtype):
    """Every grid value against every grid value."""
    a, b = np.repeat(GRID, GRID.size), np.tile(GRID, GRID.size)
    return a.astype(dtype), b.astype(dtype)


def shuffled(dtype, seed=0, repeat=3):
    """The grid several times over, with duplicates, in random order."""
    return np.random.default_rng(seed).permutation(np.tile(GRID, repeat)).astype(dtype)


def exact(want, got):
    """Equal values and dtypes; complex parts compared separately, so
    nan+1j and 1+nanj differ (np.allclose would call both NaN)."""
    if isinstance(want, tuple):
        assert isinstance(got, tuple) and len(got) == len(want)
        for w, g in zip(want, got):
            exact(w, g)
        return
    want, got = np.asarray(want), np.asarray(got)
    assert want.dtype == got.dtype and want.shape == got.shape
    if want.dtype.kind == "c":
        want, got = np.stack([want.real, want.imag]), np.stack([got.real, got.imag])
    assert np.array_equal(want, got, equal_nan=True), (want, got)


def run(kernel, *args):
    with np.errstate(invalid="ignore"):  # NumPy warns on NaN comparisons
        want = kernel.py_func(*args)
    exact(want, kernel(*args))


@nbc.njit
def comparisons(a, b):
    return a < b, a <= b, a > b, a >= b, a == b, a != b


@nbc.njit
def comparisons_with_scalars(a, b):
    return a > 0, 1j <= a, np.less(a, b), np.greater_equal(a, b[0]), a[::2] < b[::-2]


@nbc.njit
def extremes(a, b):
    return np.maximum(a, b), np.minimum(a, b), np.fmax(a, b), np.fmin(a, b)


@nbc.njit
def clips(a, lo, hi):
    return np.clip(a, lo, hi), np.clip(a, 0, 2j), a.clip(None, hi[0])


@pytest.mark.parametrize("dtype", DTYPES)
def test_elementwise_order(dtype):
    a, b = grid_pairs(dtype)
    run(comparisons, a, b)
    run(comparisons_with_scalars, a, b)
    run(extremes, a, b)
    run(clips, a, b, b[::-1].copy())


@nbc.njit
def sorts(a, m):
    return (np.sort(a), np.argsort(a), np.sort(m, axis=0), np.argsort(m, axis=1),
            np.sort(m.T, axis=None), np.sort(a[::-3]))


@pytest.mark.parametrize("dtype", DTYPES)
@pytest.mark.parametrize("seed", [0, 1])
def test_sort_and_argsort(dtype, seed):
    a = shuffled(dtype, seed)
    m = a[:140].reshape(7, 20)

    def reference(a, m):  # argsort: NumPy's stable kind, as nbc's argsort
        return (np.sort(a), np.argsort(a, kind="stable"), np.sort(m, axis=0),
                np.argsort(m, axis=1, kind="stable"), np.sort(m.T, axis=None),
                np.sort(a[::-3]))
    exact(reference(a, m), sorts(a, m))


def test_sort_in_place_and_empty():
    a = shuffled(np.complex128, 2)
    sort_in_place(a)
    exact(np.sort(shuffled(np.complex128, 2)), a)
    exact(np.sort(a[:0]), sorts(a[:0], a[:0].reshape(0, 3))[0])


@nbc.njit
def sort_in_place(a):
    a.sort()


@nbc.njit
def reductions(a, m):
    return (a.max(), a.min(), a.argmax(), a.argmin(), np.max(m, axis=0),
            np.min(m, axis=1), np.argmax(m, axis=1), np.argmin(m, axis=0))


@pytest.mark.parametrize("nans", [False, True])
def test_reductions(nans):
    a = shuffled(np.complex128, 3)
    if not nans:
        a = a[~np.isnan(a)]
    m = a[:100].reshape(5, 20)
    run(reductions, a, m)
    run(reductions, a[:1], m[:1, :1])
    b = np.array([1 + 1j, 2 + 0j, 2 + 3j, 2 + 3j, -5 + 9j, 2 + 1j])  # ties: first index
    run(reductions, b, b.reshape(2, 3))


@nbc.njit
def unique(a):
    return np.unique(a), np.unique(a, return_counts=True)


@nbc.njit
def searches(a, v):
    return (np.searchsorted(a, v), np.searchsorted(a, v, side="right"),
            np.searchsorted(a, v[0]))


@pytest.mark.parametrize("seed", [4, 5])
def test_unique_and_searchsorted(seed):
    a = shuffled(np.complex128, seed)
    run(unique, a)
    run(unique, a[~np.isnan(a)])
    s = np.sort(a)
    run(searches, s, shuffled(np.complex128, seed + 1, repeat=1))


@nbc.njit
def python_order(z, w):
    return z < w


def test_python_complex_scalars_are_not_ordered():
    with pytest.raises(TypeError):
        python_order.py_func(1j, 2j)  # CPython
    with pytest.raises(nbc.TypingError, match="'<' not supported between complex128"):
        python_order(1j, 2j)
