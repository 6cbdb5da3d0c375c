"""Branches that pick between constants, against CPython.

`1 if c else 0` and `r = 0; if c: r = 1` become an scf.if yielding two
nbc.constant values, which upstream canonicalizations turned into
`arith.select` and then `arith.extui %c : i1 to si64` (a verifier error:
arith takes signless integers only). nbc now turns such an arith.select
into nbc.select first.
"""

import numpy as np
import pytest

import nbc
from conftest import check


@nbc.njit
def ternary_10(c):
    return 1 if c else 0


@nbc.njit
def ternary_01(c):
    return 0 if c else 1


@nbc.njit
def assign_if(c):
    r = 0
    if c:
        r = 1
    return r


@nbc.njit
def assign_if_else(c):
    if c:
        r = 0
    else:
        r = 1
    return r


@nbc.njit
def ternary_float(c):
    return 1.0 if c else 0.0


@nbc.njit
def ternary_bool(c):
    return True if c else False


@nbc.njit
def ternary_other(c):
    return 7 if c else -3


@nbc.njit
def compare_then_pick(x, y):
    return 1 if x < y else 0


@nbc.njit
def count_true(a):
    n = 0
    for i in range(len(a)):
        n += 1 if a[i] > 0 else 0
    return n


@nbc.njit
def pick_typed(c, x):
    # The constants take x's type: int8, uint8, uint64, float32 ...
    one = x - x + 1
    zero = x - x
    r = zero
    if c:
        r = one
    return r


@pytest.mark.parametrize("fn", [ternary_10, ternary_01, assign_if, assign_if_else,
                                ternary_float, ternary_bool, ternary_other])
@pytest.mark.parametrize("c", [True, False])
def test_pick_constant(fn, c):
    check(fn, c)


@pytest.mark.parametrize("x,y", [(1, 2), (2, 1), (np.uint8(3), np.uint8(3)),
                                 (np.int16(-1), np.int16(5)), (0.5, -0.5)])
def test_compare_then_pick(x, y):
    check(compare_then_pick, x, y)


def test_count_true():
    check(count_true, np.array([1.0, -2.0, 3.0, 0.0, 5.0]))


@pytest.mark.parametrize("x", [np.int8(5), np.int32(5), np.int64(5), np.uint8(5),
                               np.uint16(5), np.uint64(5), np.float32(5.0)])
@pytest.mark.parametrize("c", [True, False])
def test_pick_typed(c, x):
    check(pick_typed, c, x)
