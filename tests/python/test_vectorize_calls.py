"""A @vectorize(signatures) ufunc called on scalars inside a kernel or
inside another ufunc (fastjmd95's density ufuncs call each other), with
Numba's loop choice, checked against CPython and Numba."""

import numpy as np
import pytest

import nbc
from conftest import requires_exec

numba = pytest.importorskip("numba")
pytestmark = requires_exec


def _half_or_double(x):
    return x / 2 if x > 1 else x * 2


def _density(s, t):
    return 1000.0 + 0.8 * s - 0.2 * t


def _uses_ufunc(x, n):
    total = 0.0
    for i in range(n):
        total += half_or_double(x + i)
    return total, half_or_double(n)


def _outer(s, t, p):
    return density(s, t) / (1.0 - p / 20000.0)


def _build(lib):
    global half_or_double, density
    half_or_double = lib.vectorize(["float32(float32)", "float64(float64)"])(_half_or_double)
    density = lib.vectorize(["float64(float64, float64)"])(_density)
    outer = lib.vectorize(["float64(float64, float64, float64)"])(_outer)
    return lib.njit(_uses_ufunc), outer


def test_ufunc_called_on_scalars_in_a_kernel():
    want = _build(numba)[0](0.75, 5), _build(numba)[0](np.float32(0.75), 5)
    got = _build(nbc)[0](0.75, 5), _build(nbc)[0](np.float32(0.75), 5)
    assert got == want
    globals()["half_or_double"] = _half_or_double  # CPython runs the plain function
    assert _uses_ufunc(0.75, 5) == got[0]


def test_ufunc_calling_a_ufunc():
    s, t, p = np.linspace(30, 37, 7), np.linspace(-2, 30, 7), np.linspace(0, 5000, 7)
    want = _build(numba)[1](s, t, p)
    got = _build(nbc)[1](s, t, p)
    np.testing.assert_allclose(got, want, rtol=1e-15)


def test_ufunc_on_an_array_in_a_kernel_is_refused():
    _build(nbc)

    def on_array(a):
        return half_or_double(a)
    with pytest.raises(nbc.UnsupportedError, match="called on scalars only"):
        nbc.njit(on_array)(np.arange(3.0))
