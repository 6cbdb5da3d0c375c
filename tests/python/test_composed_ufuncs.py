"""NumPy ufuncs composed from the dialect's scalar ops (np.square,
reciprocal, rint, fabs, signbit, sign, deg2rad/radians, rad2deg/degrees,
positive, fmax, fmin, logaddexp, logaddexp2, heaviside, float_power) and
np.round/np.around, against NumPy: values (NaN, infinities, signed zeros,
halves), dtypes (float32 stays float32, ints go to float where NumPy's
loop does), scalars and arrays, out=."""

import warnings

import numpy as np
import pytest

import nbc
from conftest import requires_exec

pytestmark = requires_exec

A = np.array([-2.5, -1.5, -0.5, 0.0, -0.0, 0.5, 1.5, 2.5, np.nan, np.inf, -np.inf, 3.7, 1e300])
B = np.array([1.0, np.nan, -0.5, 0.0, 2.0, np.nan, 1.5, -np.inf, 0.3, np.inf, -np.inf, 3.7,
              1e300])


def unary(name):
    ufunc = getattr(np, name)

    @nbc.njit
    def f(x):
        return ufunc(x)
    return f


def binary(name):
    ufunc = getattr(np, name)

    @nbc.njit
    def f(x, y):
        return ufunc(x, y)
    return f


def same(got, want, rtol=0.0, zero_sign=True):
    got, want = np.asarray(got), np.asarray(want)
    assert got.dtype == want.dtype and got.shape == want.shape
    if rtol:
        np.testing.assert_allclose(got, want, rtol=rtol)
    else:
        np.testing.assert_array_equal(got, want)
        if zero_sign:
            np.testing.assert_array_equal(np.signbit(got), np.signbit(want))


@pytest.mark.parametrize("name", ["square", "reciprocal", "rint", "fabs", "signbit", "sign",
                                  "deg2rad", "radians", "rad2deg", "degrees", "positive"])
def test_unary(name):
    f = unary(name)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        for x in (A, A.astype(np.float32), A[::-3], A.reshape(1, 13).T, np.arange(-3, 4),
                  np.arange(6, dtype=np.int32), np.array([True, False]), 2.5, 3, -0.0,
                  np.array([0, 7, 255], np.uint8), np.array([-128, 0, 5], np.int8)):
            kind = np.asarray(x).dtype.kind
            if (name == "reciprocal" and kind in "iub") or (name in ("positive", "sign")
                                                          and kind == "b"):
                continue
            want = getattr(np, name)(x)
            if np.asarray(want).dtype == np.float16:  # bools, 8-bit ints
                # nbc has no float16: its float32, as Numba
                want = getattr(np, name)(np.asarray(x, np.float32))
            same(f(x), want)


def test_what_numpy_has_no_loop_for_is_refused():
    with pytest.raises(nbc.UnsupportedError, match="np.reciprocal of integers"):
        unary("reciprocal")(np.arange(3))
    with pytest.raises(nbc.UnsupportedError, match="np.positive of booleans"):
        unary("positive")(np.ones(2, bool))
    with pytest.raises(nbc.UnsupportedError, match="np.sign of booleans"):
        unary("sign")(np.ones(2, bool))


@pytest.mark.parametrize("name", ["fmax", "fmin", "logaddexp", "logaddexp2", "heaviside",
                                  "float_power"])
def test_binary(name):
    f = binary(name)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        for x, y in ((A, B), (A.astype(np.float32), B.astype(np.float32)),
                     (np.arange(-3, 4), np.arange(7) - 2), (A, 0.5), (2.5, 3),
                     (A.reshape(13, 1), B[:4])):
            want = getattr(np, name)(x, y)
            exact = name in ("fmax", "fmin", "heaviside")
            # C's fmax/fmin leave the sign of fmax(-0.0, 0.0) unspecified.
            same(f(x, y), want, 0.0 if exact else
                 (1e-15 if np.asarray(want).dtype == np.float64 else 1e-6),
                 zero_sign=name == "heaviside")


@nbc.njit
def rounded(x):
    return np.round(x), np.round(x, 2), np.around(x, decimals=-1), np.round(x, 1)


@pytest.mark.parametrize("x", [np.array([1.2345, -2.675, 15.0, 25.0, 0.125, -0.135, 1e10 + 0.5,
                                         np.nan, -0.4]),
                               np.array([0.5, 1.5, 2.5, -0.05], np.float32)])
def test_round(x):
    for got, want in zip(rounded(x), (np.round(x), np.round(x, 2), np.around(x, decimals=-1),
                                      np.round(x, 1))):
        same(got, want)
    for got, want in zip(rounded(2.675), (np.round(2.675), np.round(2.675, 2),
                                          np.around(2.675, -1), np.round(2.675, 1))):
        assert got == want


def test_round_integers_and_out():
    @nbc.njit
    def f(x, out):
        np.round(x, 1, out)
        return np.round(x)
    x, out = np.arange(5), np.empty(5)
    same(f(x, out), np.round(x))
    np.testing.assert_array_equal(out, x)

    @nbc.njit
    def g(x, d):
        return np.round(x, d)
    with pytest.raises(nbc.UnsupportedError, match="decimals must be an integer constant"):
        g(1.5, 1)


def test_out_keyword():
    @nbc.njit
    def f(x, out):
        np.square(x, out=out)
        np.fmax(x, out, out)
        return out
    x = np.array([1.0, np.nan, -2.0])
    np.testing.assert_array_equal(f(x, np.empty(3)), np.fmax(x, np.square(x)))


def int_power(a, b):
    return a ** b, np.power(a, 2)


def test_integer_fmod_is_c_remainder():
    # NumPy's integer loop: the dividend's sign, 0 for a zero divisor (it
    # used to compute in float64: NaN for 0 and a float result).
    f = binary("fmod")
    x = np.array([7, -7, 7, -7, 5, 0, -128, 127])
    y = np.array([3, 3, -3, -3, 0, 0, -1, 5])
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        for a, b in ((x.astype(np.int8), y.astype(np.int8)), (x, y), (x.astype(np.uint8),
                     y.astype(np.int8)), (x.astype(np.int16), y.astype(np.float32)),
                     (x.astype(bool), y.astype(bool)), (x, 3), (-7, y)):
            same(f(a, b), np.fmod(a, b))


def test_integer_array_to_a_negative_power_raises_as_numpy():
    f = nbc.njit(int_power)
    got, squares = f(np.arange(-3, 4), np.arange(7))
    same(got, np.arange(-3, 4) ** np.arange(7))
    for base, exponent in ((np.arange(3), np.array([1, -1, 2])), (np.arange(3), -1),
                           (2, np.array([-2]))):
        with pytest.raises(ValueError, match="Integers to negative integer powers are "
                           "not allowed"):
            int_power(base, exponent)
        with pytest.raises(ValueError, match="Integers to negative integer powers are "
                           "not allowed"):
            f(base, exponent)


def test_floor_ceil_trunc_keep_integer_dtypes():
    # NumPy 2 returns integer and bool input unchanged (nbc gave float:
    # 2**62 + 1 lost its last bit in float64).
    for name in ("floor", "ceil", "trunc"):
        f = unary(name)
        for x in (np.array([-3, 4], np.int8), np.array([True, False]),
                  np.array([2**62 + 1, -5]), np.array([7], np.uint16),
                  np.array([-1.5, 2.5], np.float32), A):
            same(f(x), getattr(np, name)(x))
        assert f(2**62 + 1) == 2**62 + 1


@nbc.njit
def absolute_values(a):
    return np.abs(a), abs(a), np.absolute(a)


def test_absolute_of_bool_arrays_is_bool():
    # NumPy's absolute loop on bools is the identity (nbc gave int64); a
    # scalar abs(True) stays CPython's int 1.
    for a in (np.array([True, False]), np.array([-3, 4], np.int8), A):
        for got, want in zip(absolute_values(a), absolute_values.py_func(a)):
            same(got, want)
