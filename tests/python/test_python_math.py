"""round(x, ndigits), math.gcd/lcm/comb/perm/isclose against CPython:
round's float results bit for bit (CPython rounds the exact binary value:
round(2.675, 2) == 2.67), integers exactly, errors of the same class."""

import math
import struct

import numpy as np
import pytest

import nbc
from conftest import check, requires_exec

pytestmark = requires_exec


@nbc.njit
def round_each(xs, ns, out):
    for i in range(len(xs)):
        out[i] = round(xs[i], ns[i])


@nbc.njit
def round_to(x, n):
    return round(x, n)


@nbc.njit
def round_int_each(xs, ns, out):
    for i in range(len(xs)):
        out[i] = round(xs[i], ns[i])


def bits(x):
    return struct.pack("<d", x)


def float_cases():
    rng = np.random.default_rng(15)
    xs = [2.675, 0.125, 0.375, 2.5, -2.5, 1.005, 5e-324, -0.0, 1e300, 123.456,
          -1234.5678, 0.1, 1e22, 1.5e22, 9.999999999999999e22, 4.35, 0.5, 1.5,
          float("inf"), float("-inf"), float("nan"), 1.7976931348623157e308, 12345.0]
    ns = list(range(-25, 26))
    pairs = [(x, n) for x in xs for n in ns]
    # Decimal ties at each scale (k + 1/2) / 10**n, and random magnitudes.
    for n in range(0, 8):
        for k in rng.integers(-10**6, 10**6, 20):
            pairs.append((float((k + 0.5) / 10.0 ** n), n))
    # Python floats: round(np.float64) would be NumPy's (scaled) rounding.
    for x in rng.standard_normal(300) * 10.0 ** rng.integers(-12, 16, 300):
        pairs.append((float(x), int(rng.integers(-15, 20))))
    pairs += [(0.5, 400), (123.0, -400), (2.5, 2**62), (2.5, -2**62)]
    return pairs


def test_round_floats_bit_for_bit():
    pairs = float_cases()
    xs = np.array([x for x, _ in pairs])
    ns = np.array([n for _, n in pairs], dtype=np.int64)
    out = np.empty_like(xs)
    round_each(xs, ns, out)
    for (x, n), got in zip(pairs, out):
        want = round(x, n)
        assert bits(got) == bits(want) or (math.isnan(want) and math.isnan(got)), \
            f"round({x!r}, {n}) = {got!r}, CPython {want!r}"


def test_round_known_values():
    # Numba 0.68 gives 2.68 for the first (it scales by 100 first).
    assert round_to(2.675, 2) == 2.67
    assert round_to(123, -1) == 120 and type(round_to(123, -1)) is int
    assert round_to(2.5, 0) == 2.0 and type(round_to(2.5, 0)) is float
    assert bits(round_to(-0.4, 0)) == bits(-0.0)


def test_round_integers():
    xs = np.array([123, 125, 135, -125, -135, 0, 7, 2**62 + 12345, -(2**63),
                   2**63 - 1, 5 * 10**18, -5 * 10**18, 15, 25, -15], dtype=np.int64)
    ns = np.arange(-20, 3, dtype=np.int64)
    for n in ns:
        want = []
        for x in xs.tolist():
            r = round(x, int(n))
            want.append(r if -2**63 <= r < 2**63 else None)
        out = np.empty_like(xs)
        if None in want:
            continue
        round_int_each(xs, np.full(len(xs), n), out)
        assert out.tolist() == want, n
    for x, n in [(2**63 - 1, -1), (2**63 - 1, -19), (-(2**63), -19)]:
        with pytest.raises(OverflowError):  # CPython's value is beyond int64
            round_to(x, n)
    assert round_to(6 * 10**17, -19) == 0 and round_to(True, -1) == 0


def test_round_errors():
    check(round_to, 1.7976931348623157e308, -308)  # OverflowError, as CPython
    for x, n in [(2.5, 1.0), (3 + 1j, 1)]:  # CPython's TypeError, at compile time
        with pytest.raises(nbc.TypingError):
            round_to(x, n)


def test_round_float32():
    # Rounded in double, then to float32 (a float32 result comes back a float).
    assert round_to(np.float32(2.675), 2) == float(np.float32(2.67))


@nbc.njit
def integer_functions(a, b):
    return (math.gcd(a, b), math.lcm(a, b), math.gcd(), math.gcd(a),
            math.gcd(a, b, 6), math.lcm(a, b, 4), math.lcm())


@nbc.njit
def counting(n, k):
    return math.comb(n, k), math.perm(n, k), math.perm(n)


@nbc.njit
def combinations(n, k):
    return math.comb(n, k)


INTS = [(12, 18), (-12, 18), (0, 5), (0, 0), (7, -3), (2**40, 2**20 * 3),
        (np.int32(14), np.int8(-21)), (True, 4), (2**61, 3 * 2**40)]


@pytest.mark.parametrize("a,b", INTS)
def test_gcd_lcm(a, b):
    check(integer_functions, a, b)


@pytest.mark.parametrize("n,k", [(10, 3), (5, 0), (5, 5), (3, 7), (0, 0), (20, 20),
                                 (-1, 2), (4, -2), (np.int16(12), True)])
def test_comb_perm(n, k):
    check(counting, n, k)


@pytest.mark.parametrize("n,k", [(60, 30), (66, 33), (30, 21), (1000, 3)])
def test_comb_large(n, k):
    # (66, 33): comb fits int64, the running product r * n would not.
    check(combinations, n, k)


def test_integer_overflow_raises():
    with pytest.raises(OverflowError):
        combinations(80, 40)  # comb(80, 40) > 2**63
    with pytest.raises(OverflowError):
        counting(21, 3)  # perm(21) > 2**63
    with pytest.raises(OverflowError):
        integer_functions(2**62 + 1, 2**62 - 1)


@nbc.njit
def close(a, b):
    return (math.isclose(a, b), math.isclose(a, b, rel_tol=1e-3),
            math.isclose(a, b, abs_tol=0.5), math.isclose(a, b, rel_tol=0.0, abs_tol=0.0))


@nbc.njit
def close_bad_tolerance(a, b):
    return math.isclose(a, b, rel_tol=-1.0)


INF, NAN = float("inf"), float("nan")


@pytest.mark.parametrize("a,b", [(1.0, 1.0 + 1e-10), (1.0, 1.0005), (1.0, 1.3),
                                 (0.0, 1e-12), (INF, INF), (INF, -INF), (NAN, NAN),
                                 (1e308, INF), (3, 3.0000000001), (np.float32(1.5), 1.5),
                                 (True, 1), (-2.0, -2.4)])
def test_isclose(a, b):
    check(close, a, b)


def test_isclose_negative_tolerance():
    check(close_bad_tolerance, 1.0, 2.0)


@nbc.njit
def gcd_of_floats(a):
    return math.gcd(a, 2)


def test_gcd_of_floats_refused():
    with pytest.raises(nbc.TypingError, match="cannot be interpreted as an integer"):
        gcd_of_floats(2.0)
