"""np.gcd and np.lcm (npimpl/integer_ufuncs.py) against NumPy: values and
dtypes, broadcasting, scalars, the signs (gcd is nonnegative, lcm(0, x) is
0) and NumPy's wraparound at the smallest integer and on overflow."""

import numpy as np
import pytest

import nbc
from conftest import check

RNG = np.random.default_rng(3)
I8 = np.array([-128, 100, -128, 127, 0, -6], np.int8)
I64_MIN = np.iinfo(np.int64).min


def gcd(x1, x2):
    return np.gcd(x1, x2)


def lcm(x1, x2):
    return np.lcm(x1, x2)


KERNELS = {f: nbc.njit(f) for f in (gcd, lcm)}


@pytest.mark.parametrize("fn", [gcd, lcm])
@pytest.mark.parametrize("x1, x2", [
    (np.array([12, -18, 0, 7, 0, -4]), np.array([8, 6, 0, -21, -5, -6])),
    (np.array([12, -18, 0, 7]), np.array([[8], [6], [-9]])),  # broadcast to 3 x 4
    (-12, np.array([4, 9])), (12, -18), (0, 0), (-7, 0),
    (I8, np.array([0, 3, -128, -128, -128, 4], np.int8)),  # |-128| stays -128; lcm wraps
    (np.array([I64_MIN, 2**63 - 1, I64_MIN, 6]), np.array([6, I64_MIN, 0, 4])),
    (np.array([200, 12], np.uint8), np.array([40, 255], np.uint8)),
    (np.array([2**64 - 1, 6], np.uint64), np.array([3, 4], np.uint64)),
    (np.array([12, 18], np.uint8), np.int8(-6)),
    (RNG.integers(-10**6, 10**6, (20, 30)), RNG.integers(-10**6, 10**6, 30)),
    (np.zeros((0, 3), np.int64), np.array([1, 2, 3])),
    (np.int16(30000), np.int16(-20000)),  # lcm wraps in int16
])
def test_gcd_lcm_match_numpy(fn, x1, x2):
    check(KERNELS[fn], x1, x2)
    if isinstance(x1, np.ndarray) or isinstance(x2, np.ndarray):
        assert KERNELS[fn](x1, x2).dtype == fn(x1, x2).dtype


@pytest.mark.parametrize("x1, x2", [
    (np.array([1.5]), np.array([2])), (np.array([True]), np.array([True])),
    (np.array([1], np.uint64), np.array([2])), (2.0, 4)])
def test_gcd_of_non_integers_is_refused(x1, x2):
    with pytest.raises(nbc.UnsupportedError, match="integer operands only"):
        KERNELS[gcd](x1, x2)
