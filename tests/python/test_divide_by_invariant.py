"""`a[i] // d` and `a[i] % d` with a run-time divisor fixed in the loop: a
multiply-high by a constant computed once before the loop
(nbc-divide-by-invariant) instead of an idiv per element. Every quotient and
remainder must be CPython's, for divisors and dividends at the edges of
int64 (powers of two, +-1, INT64_MIN/MAX, 2**32 +- 1) and random ones."""

import numpy as np
import pytest

import nbc
from conftest import requires_exec

INT64_MIN, INT64_MAX = -2**63, 2**63 - 1


def floor_quotients(a, d):
    out = np.empty_like(a)
    for i in range(len(a)):
        out[i] = a[i] // d
    return out


def remainders(a, d):
    out = np.empty_like(a)
    for i in range(len(a)):
        out[i] = a[i] % d
    return out


def quotient_sum(a, d):
    total = 0
    for i in range(len(a)):
        total += a[i] // d
    return total


def parallel_quotients(a, d):
    out = np.empty_like(a)
    for i in nbc.prange(len(a)):
        out[i] = a[i] // d
    return out


def per_divisor_quotients(a, divisors):
    # The divisor changes in the outer loop only: constants per row.
    out = np.empty((len(divisors), len(a)), dtype=np.int64)
    for j in range(len(divisors)):
        d = divisors[j]
        for i in range(len(a)):
            out[j, i] = a[i] // d
    return out


def _dividends():
    edges = [0, 1, -1, 2, -2, 3, -3, 6, -6, 7, -7, 100, -100, 2**31, -2**31,
             2**32 - 1, 2**32, -2**32, 2**32 + 1, 2**62, -2**62, INT64_MAX,
             INT64_MAX - 1, INT64_MIN, INT64_MIN + 1]
    rng = np.random.default_rng(18)
    shifts = rng.integers(0, 63, 400)
    random = rng.integers(INT64_MIN, INT64_MAX, 400, endpoint=True) >> shifts
    return np.concatenate([np.array(edges, dtype=np.int64), random])


DIVISORS = [1, -1, 2, -2, 3, -3, 7, -7, 10, 641, 2**31, -2**31, 2**32 - 1,
            2**32 + 1, 2**62, -2**62, 1000000007, INT64_MAX, INT64_MIN,
            INT64_MIN + 1, 6074001000, -8589934592]


def _python(a, d, op):
    # INT64_MIN // -1 overflows int64 (Numba and nbc give 0 there; not the
    # multiply's concern): left out of the comparison.
    return [op(int(x), d) if not (x == INT64_MIN and d == -1) else None for x in a]


def _compare(got, want):
    assert len(got) == len(want)
    for x, g, w in zip(_dividends(), got, want):
        if w is not None:
            assert int(g) == w, f"{x}: {g} != {w}"


@requires_exec
@pytest.mark.parametrize("kernel,op", [(floor_quotients, int.__floordiv__),
                                       (remainders, int.__mod__)])
def test_quotients_and_remainders_match_python(kernel, op):
    a = _dividends()
    compiled = nbc.njit(kernel)
    for d in DIVISORS:
        _compare(compiled(a, d), _python(a, d, op))
        # Fewer than 16 iterations: the loop's copy that divides.
        _compare(compiled(a[:9], d), _python(a[:9], d, op))
    # Long runs multiply: the kernel calls for the constants.
    assert "nbc_rt_sdiv64_multiplier" in compiled.inspect_llvm()


@requires_exec
def test_prange_quotients_match_python():
    a = _dividends()
    compiled = nbc.njit(parallel=True)(parallel_quotients)
    for d in DIVISORS[::3]:
        _compare(compiled(a, d), _python(a, d, int.__floordiv__))


@requires_exec
def test_divisor_changing_between_inner_loops():
    a = _dividends()
    divisors = np.array(DIVISORS, dtype=np.int64)
    got = nbc.njit(per_divisor_quotients)(a, divisors)
    for row, d in zip(got, DIVISORS):
        _compare(row, _python(a, d, int.__floordiv__))


@requires_exec
def test_sum_and_zero_divisor_like_python():
    a = np.arange(-50, 50, dtype=np.int64) * 12345
    compiled = nbc.njit(quotient_sum)
    assert compiled(a, -7) == sum(int(x) // -7 for x in a)
    with pytest.raises(ZeroDivisionError) as python_error:
        int(a[0]) // 0
    with pytest.raises(ZeroDivisionError) as nbc_error:
        compiled(a, 0)
    assert str(nbc_error.value) == str(python_error.value)
