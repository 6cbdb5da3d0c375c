"""complex64/complex128 arrays: array expressions, NumPy's complex
functions, reductions and creation, against NumPy running the same source
(several shapes: empty, one element, non-contiguous, F-order)."""

import math

import numba
import numpy as np
import pytest

import nbc
from conftest import requires_exec

pytestmark = requires_exec

INF, NAN = math.inf, math.nan
SPECIAL = np.array([1 + 2j, -3.5 + 0.25j, 0j, complex(0, -0.0), complex(INF, 1),
                    complex(NAN, 0), complex(1, -INF), 2.5 - 1j])


def arrays(dtype):
    """Complex arrays of several shapes and layouts."""
    rng = np.random.default_rng(7)
    m = (rng.standard_normal((4, 6)) + 1j * rng.standard_normal((4, 6))).astype(dtype)
    return [np.zeros(0, dtype), np.array([1 - 2j], dtype), SPECIAL.astype(dtype),
            m, m[:, ::2], np.asfortranarray(m), m[::-1]]


def same(got, want, rtol):
    got, want = np.asarray(got), np.asarray(want)
    assert got.shape == want.shape and got.dtype == want.dtype, (got.dtype, want.dtype)
    np.testing.assert_allclose(got, want, rtol=rtol, atol=0, equal_nan=True)


def check(py, *args, rtol=None):
    want = py(*args)
    got = nbc.njit(py)(*args)
    if rtol is None:
        single = any(getattr(a, "dtype", None) in (np.complex64, np.float32)
                     for a in args)
        rtol = 1e-6 if single else 1e-13
    if isinstance(want, tuple):
        for g, w in zip(got, want):
            same(g, w, rtol)
    else:
        same(got, want, rtol)


def arith(a, b):
    return a * b, a + b, a - b, -a


def scaled(a):
    return a * 2.5 - 1j


def quotient(a, b):
    return a / b


@pytest.mark.parametrize("dtype", [np.complex64, np.complex128])
def test_arithmetic(dtype):
    for a in arrays(dtype):
        check(arith, a, a)
        # Python numbers are weak, as in NumPy 2: complex64 arrays stay
        # complex64 (Numba widens them to complex128).
        want = scaled(a)
        got = nbc.njit(scaled)(a)
        assert got.dtype == want.dtype == dtype
        np.testing.assert_allclose(got, want, rtol=1e-6 if dtype == np.complex64
                                   else 1e-15)
        if a.size:
            b = a[..., ::-1] if a.ndim == 1 else a
            with np.errstate(all="ignore"):
                check(quotient, a, b + 1)


def test_mixed_dtypes_follow_numpy():
    """float32 with complex64 stays complex64; float64 or int32 with
    complex64 is complex128 (NumPy's rules for arrays)."""
    z = arrays(np.complex64)[2]
    for other in (np.linspace(-1, 1, 8, dtype=np.float32), np.arange(8, dtype=np.int32),
                  np.linspace(-1, 1, 8), np.arange(8, dtype=np.int8),
                  np.ones(8, dtype=np.complex128)):
        check(arith, z, other)
        check(arith, other, z)


def funcs(a):
    return (np.abs(a), np.absolute(a), np.exp(a), np.sqrt(a), np.conj(a),
            np.conjugate(a), np.real(a), np.imag(a), a.real, a.imag, np.angle(a),
            a.conj(), a == a, a != 1j)


@pytest.mark.parametrize("dtype", [np.complex64, np.complex128])
def test_functions(dtype):
    for a in arrays(dtype):
        with np.errstate(all="ignore"):
            want = funcs(a)
        got = nbc.njit(funcs)(a)
        for k, (g, w) in enumerate(zip(got, want)):
            g, w = np.asarray(g), np.asarray(w)
            assert g.shape == w.shape and g.dtype == w.dtype, (k, g.dtype, w.dtype)
            finite = np.isfinite(a) if a.size else np.ones(0, bool)
            tol = 1e-6 if dtype == np.complex64 else 1e-12
            # exp/sqrt: upstream's algorithms, compared where the input is finite.
            np.testing.assert_allclose(g[finite], w[finite], rtol=tol, atol=tol,
                                       equal_nan=True, err_msg=f"result {k}")
            if k not in (2, 3):
                np.testing.assert_allclose(g, w, rtol=tol, atol=0, equal_nan=True,
                                           err_msg=f"result {k}")


def real_parts(a):
    return np.real(a), np.imag(a), a.real, a.imag, np.angle(a), np.conj(a)


def test_functions_of_real_arrays():
    for a in (np.linspace(-2, 2, 5), np.arange(4, dtype=np.float32) - 1):
        check(real_parts, a)


def reductions(a):
    return a.sum(), a.prod(), np.sum(a), np.mean(a)


@pytest.mark.parametrize("dtype", [np.complex64, np.complex128])
def test_reductions(dtype):
    for a in arrays(dtype)[1:]:
        want = reductions(a)
        got = nbc.njit(reductions)(a)
        tol = 1e-5 if dtype == np.complex64 else 1e-12
        for g, w in zip(got, want):
            assert np.isclose(g, w, rtol=tol, atol=0, equal_nan=True) or \
                (np.isnan(g) and np.isnan(w)), (a, got, want)


def loop_sum(a):
    s = 0j
    for i in range(a.shape[0]):
        s += a[i] * a[i].conjugate()
    return s


def test_loop_over_complex_array():
    a = arrays(np.complex128)[2][:3]
    check(loop_sum, a)


def create(n):
    a = np.zeros(n, dtype=np.complex128)
    b = np.ones(n, dtype=np.complex64)
    c = np.empty(n, dtype=np.complex128)
    c[:] = 1j
    a[0] = 2 - 1j
    return a, b, c


def test_creation():
    check(create, 3)


def fill(a):
    for i in range(a.shape[0]):
        a[i] = complex(i, -i)


def test_store_into_argument():
    for dtype in (np.complex64, np.complex128):
        a, b = np.zeros(3, dtype), np.zeros(3, dtype)
        fill(a)
        nbc.njit(fill)(b)
        same(b, a, 0)


def test_vectorize_with_complex_signatures():
    # complex64 first: Numba's rule drops a loop an earlier one takes safely.
    @nbc.vectorize(["complex64(complex64, float32)", "complex128(complex128, float64)"])
    def scale(z, x):
        return z * x + 1j

    assert scale.types == ["Ff->F", "Dd->D"]
    for z, x in ((arrays(np.complex128)[3], 2.0),
                 (arrays(np.complex64)[3], np.float32(2))):
        want = (z * x + 1j).astype(z.dtype)
        got = scale(z, x)
        assert got.dtype == want.dtype
        np.testing.assert_allclose(got, want, rtol=1e-6)


def ordered(a, b):
    return a < b


def floor_div(a):
    return a // a


def test_refused():
    """// and % are refused as by NumPy; < on complex arrays is NumPy's
    lexicographic order (test_complex_order.py)."""
    a = np.ones(3, np.complex128)
    with pytest.raises(nbc.TypingError):
        nbc.njit(floor_div)(a)
    with pytest.raises(TypeError):
        floor_div(a)
    b = np.array([1 + 2j, 1 + 1j, 0j])
    np.testing.assert_array_equal(nbc.njit(ordered)(b, a), ordered(b, a))


def prange_sum(a):
    s = 0j
    for i in nbc.prange(a.shape[0]):
        s += a[i] * 1j
    return s


def test_prange_complex_reduction_runs_serially():
    """A complex prange accumulator has no OpenMP reduction: the loop runs
    serially, with the sequential sum's result."""
    a = arrays(np.complex128)[3].ravel()
    got = nbc.njit(parallel=True)(prange_sum)(a)
    assert np.isclose(got, prange_sum(a), rtol=1e-13, atol=0)
