"""Python's math.gcd, lcm, comb, perm and isclose, and round(n, ndigits) of
an integer, written in Python and compiled by nbc when a kernel calls them
(frontend/python_math.py). Integers are int64: a result CPython's
unbounded integers would hold but int64 cannot raises OverflowError rather
than wrap."""

import math


def _overflow_check(product, factor, other):
    # product == factor * other unless int64 wrapped it (then the floor
    # division is off by a multiple of 2**64 / factor).
    if factor != 0 and product // factor != other:
        raise OverflowError("integer result too large for int64")


def _gcd2(a, b):
    a = abs(a)
    b = abs(b)
    while b != 0:
        a, b = b, a % b
    if a < 0:  # abs(-2**63)
        raise OverflowError("integer result too large for int64")
    return a


def _fold(integers, least_common_multiple):
    r = 1 if least_common_multiple else 0
    for v in integers:
        r = _lcm2(r, v) if least_common_multiple else _gcd2(r, v)
    return r


def gcd(*integers):
    return _fold(integers, False)


def _lcm2(a, b):
    if a == 0 or b == 0:
        return 0
    q = abs(a) // _gcd2(a, b)
    m = abs(b)
    r = q * m
    _overflow_check(r, m, q)
    return r


def lcm(*integers):
    return _fold(integers, True)


def _check_counts(n, k):
    if n < 0:
        raise ValueError("n must be a non-negative integer")
    if k < 0:
        raise ValueError("k must be a non-negative integer")


def comb(n, k):
    _check_counts(n, k)
    if k > n:
        return 0
    k = min(k, n - k)
    r = 1
    for i in range(1, k + 1):
        # r * (n - k + i) / i is an integer: divide first where possible.
        g = _gcd2(r, i)
        factor = (n - k + i) // (i // g)
        q = r // g
        r = q * factor
        _overflow_check(r, factor, q)
    return r


def perm(n, k=None):
    if k is None:
        k = n
    _check_counts(n, k)
    if k > n:
        return 0
    r = 1
    for i in range(n - k + 1, n + 1):
        q = r
        r = q * i
        _overflow_check(r, i, q)
    return r


def isclose(a, b, *, rel_tol=1e-09, abs_tol=0.0):
    # CPython's math_isclose_impl (Modules/mathmodule.c).
    if rel_tol < 0.0 or abs_tol < 0.0:
        raise ValueError("tolerances must be non-negative")
    x = float(a)
    y = float(b)
    if x == y:
        return True
    if math.isinf(x) or math.isinf(y):
        return False
    diff = abs(y - x)
    return (diff <= abs(rel_tol * y) or diff <= abs(rel_tol * x)) or diff <= abs_tol


def round_integer(number, ndigits):
    # number rounded to a multiple of 10**-ndigits, half to even.
    k = -ndigits
    if k >= 19:  # 10**k is beyond int64, and |number| < 10**19 / 1.08
        if k == 19 and (number > 5 * 10 ** 18 or number < -5 * 10 ** 18):
            raise OverflowError("integer result too large for int64")
        return number * 0
    scale = 1
    for _ in range(k):
        scale *= 10
    q = number // scale
    twice = 2 * (number % scale)  # (q * scale may be beyond int64)
    if twice > scale or (twice == scale and q % 2 == 1):
        q += 1
    r = q * scale
    _overflow_check(r, scale, q)
    return r
