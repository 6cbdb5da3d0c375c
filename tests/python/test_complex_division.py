"""Complex division with inf, nan, zero, huge and tiny parts: array
expressions give NumPy's values (its Smith's method, times the reciprocal
of the denominator); scalars give CPython's (and Numba's), including
ZeroDivisionError for a zero divisor under error_model='python'."""

import itertools
import math
import warnings

import numba
import numpy as np
import pytest

import nbc
from conftest import requires_exec

pytestmark = requires_exec

PARTS = [0.0, -0.0, 1.0, -2.5, math.inf, -math.inf, math.nan, 1e308, -1e308, 1e-308,
         5e-324, 3.0e38, 1e-40]
NUMBERS = [complex(r, i) for r in PARTS for i in PARTS]


def quotient(a, b):
    return a / b


def in_place(a, b):
    a /= b
    return a


def true_divide(a, b):
    return np.true_divide(a, b)


def scalar_quotient(a, b):
    return a / b


def same_bits(got, want):
    """Equal values, nan where nan (the sign of a nan does not count)."""
    got, want = np.asarray(got), np.asarray(want)
    assert got.dtype == want.dtype and got.shape == want.shape
    for part in ("real", "imag"):
        g, w = getattr(got, part), getattr(want, part)
        ok = (g == w) & (np.signbit(g) == np.signbit(w)) | np.isnan(g) & np.isnan(w)
        bad = np.flatnonzero(~ok)
        assert bad.size == 0, [(got.flat[i], want.flat[i]) for i in bad[:5]]


def operands(dtype):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # 1e308 overflows complex64's parts
        a = np.array([z for z in NUMBERS for _ in NUMBERS], dtype)
        b = np.array([w for _ in NUMBERS for w in NUMBERS], dtype)
    return a, b


@pytest.mark.parametrize("dtype", [np.complex128, np.complex64])
@pytest.mark.parametrize("fn", [quotient, true_divide, in_place])
def test_arrays_follow_numpy(fn, dtype):
    a, b = operands(dtype)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        want = fn(a.copy(), b)
        same_bits(nbc.njit(fn)(a.copy(), b), want)
        # non-contiguous, F-order and 2-d operands
        m, n = a.reshape(-1, len(NUMBERS)), b.reshape(-1, len(NUMBERS))
        same_bits(nbc.njit(fn)(np.asfortranarray(m), n[::-1]),
                  fn(np.asfortranarray(m), n[::-1]))
        same_bits(nbc.njit(fn)(a[::3].copy(), b[::3]), fn(a[::3].copy(), b[::3]))
        for size in (0, 1):
            same_bits(nbc.njit(fn)(a[:size].copy(), b[:size]), fn(a[:size].copy(), b[:size]))


def test_array_by_scalar_follows_numpy():
    a, _ = operands(np.complex128)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        for w in (0j, complex(math.inf, 0), complex(1e-308, 1e-308), complex(math.nan, 1)):
            same_bits(nbc.njit(quotient)(a, w), a / w)


def reference(fn, z, w):
    try:
        return fn(z, w)
    except ZeroDivisionError as e:
        return type(e)


def test_scalars_follow_cpython_and_numba():
    compiled = (nbc.njit(scalar_quotient), numba.njit(scalar_quotient))
    for z, w in itertools.product(NUMBERS, NUMBERS):
        want = reference(scalar_quotient, z, w)
        for fn in compiled:
            got = reference(fn, z, w)
            if want is ZeroDivisionError:
                assert got is ZeroDivisionError, (fn, z, w)
            else:
                same_bits(np.complex128(got), np.complex128(want))


def test_scalar_division_by_zero_message():
    with pytest.raises(ZeroDivisionError, match="complex division by zero"):
        nbc.njit(scalar_quotient)(1 + 1j, 0j)
