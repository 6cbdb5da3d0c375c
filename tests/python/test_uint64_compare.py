"""uint64 against signed integers and Python ints near 2**63 and 2**64,
against NumPy 2: comparisons are exact (promotion to float64 would call
2**63 + 1 and 2**63 - 1 equal), Python int literals up to 2**64 - 1 take
the array's dtype, and np.clip's bounds beyond uint64 clamp as NumPy's."""

import numpy as np
import pytest

import nbc

U = np.array([0, 1, 2**63 - 1, 2**63, 2**63 + 1, 2**64 - 1, 5], np.uint64)
I64 = np.array([-1, 1, 2**63 - 1, 2**63 - 1, -2**63, -1, 5], np.int64)
I8 = np.array([-1, 1, 127, -128, 0, -1, 5], np.int8)


@nbc.njit
def compare_all(u, i):
    return u == i, u != i, u < i, u <= i, u > i, u >= i, i < u, i >= u


@nbc.njit
def with_literals(u):
    return (u + 9223372036854775813, u == 18446744073709551615,
            u < 9223372036854775813, u > -1, u <= -1, u != -5,
            np.clip(u, 5, 18446744073709551613), np.clip(u, -5, 18446744073709551620))


def same(want, got):
    assert len(want) == len(got)
    for w, g in zip(want, got):
        assert np.asarray(w).dtype == np.asarray(g).dtype
        np.testing.assert_array_equal(g, w)


@pytest.mark.parametrize("u, i", [
    (U, I64), (U, I8), (U[::-1], I64), (U, np.int64(2**63 - 1)), (U, np.int64(-1)),
    (np.uint64(2**63 + 1), np.int64(2**63 - 1)), (np.uint64(2**64 - 1), np.int64(-1)),
    (np.uint64(7), np.int8(-3))])
def test_uint64_against_signed_is_exact(u, i):
    same(compare_all.py_func(u, i), compare_all(u, i))


def test_python_int_literals_near_two_to_the_64():
    same(with_literals.py_func(U), with_literals(U))


@nbc.njit
def beyond_uint64(u):
    return u < 18446744073709551616


@nbc.njit
def past_int64():
    return 9223372036854775813


def test_int_literals_past_int64():
    """Up to 2**64 - 1 a literal is uint64 (Numba's type; it was int64 and
    wrapped); past 64 bits nbc refuses it with the line."""
    assert past_int64() == past_int64.py_func()
    with pytest.raises(nbc.TypingError, match="integer 18446744073709551616 does not "
                       "fit in 64 bits"):
        beyond_uint64(U)
