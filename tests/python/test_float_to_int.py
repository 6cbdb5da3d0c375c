"""int(float) at the edges, in each of its lowered forms: outside loops and in
loops with control flow (one test guarding the truncation: on x86-64 the
hardware conversion, whose INT_MIN sentinel sends -2**63 itself and NaN,
inf and out-of-range values to a slow path), and in straight loops (selects).
Against CPython where int64 holds the answer; beyond it int64 saturates."""

import math

import numpy as np
import pytest

import nbc
from conftest import check, requires_exec

INT64_MIN, INT64_MAX = -2**63, 2**63 - 1
BELOW_2_63 = 9223372036854774784.0   # the largest double below 2**63
BELOW_MIN = -9223372036854777856.0   # the next double below -2**63

# In int64: CPython's own answer.
IN_RANGE = [0.0, -0.0, 2.7, -2.7, 0.999, -0.999, 2.0**53 + 2, -(2.0**63), BELOW_2_63,
            -BELOW_2_63, 1e18, -1e18]
# Out of int64: CPython gives a longer int, nbc saturates.
SATURATED = [(2.0**63, INT64_MAX), (1e300, INT64_MAX), (BELOW_MIN, INT64_MIN),
             (-1e300, INT64_MIN)]
RAISING = [math.nan, -math.nan, math.inf, -math.inf]


@nbc.njit
def int_scalar(x):
    return int(x)


@nbc.njit
def int_branchy_loop(a, out):
    # A loop with an `if` keeps int() as one guarded truncation.
    for i in range(len(a)):
        x = a[i]
        if x != 0.5:
            out[i] = int(x)
    return out


@nbc.njit
def int_straight_loop(a, out):
    # A loop without control flow computes every case with selects.
    for i in range(len(a)):
        out[i] = int(a[i])
    return out


@nbc.njit
def int32_branchy_loop(a, out):
    for i in range(len(a)):
        x = a[i]
        if x != 0.5:
            out[i] = np.int32(x)
    return out


LOOPS = [int_branchy_loop, int_straight_loop]


@requires_exec
@pytest.mark.parametrize("x", IN_RANGE + RAISING)
def test_scalar_as_cpython(x):
    check(int_scalar, x)  # ValueError for NaN, OverflowError for inf


@requires_exec
@pytest.mark.parametrize("x,want", SATURATED)
def test_scalar_saturates(x, want):
    assert int_scalar(x) == want


@requires_exec
@pytest.mark.parametrize("kernel", LOOPS)
@pytest.mark.parametrize("dtype", [np.float64, np.float32])
def test_loop_in_range(kernel, dtype):
    a = np.array(IN_RANGE, dtype=dtype)
    a = a[np.abs(a) <= 2.0**63]  # float32 rounds BELOW_2_63 up to 2**63
    a = a[a != 2.0**63]
    want = [int(x) for x in a]
    assert kernel(a, np.zeros(len(a), np.int64)).tolist() == want
    check(kernel, a, np.zeros(len(a), np.int64))


@requires_exec
@pytest.mark.parametrize("kernel", LOOPS)
@pytest.mark.parametrize("dtype", [np.float64, np.float32])
def test_loop_saturates(kernel, dtype):
    xs = [x for x, _ in SATURATED if abs(x) <= float(np.finfo(dtype).max)] + [2.0**63, -(2.0**64)]
    a = np.array(xs, dtype=dtype)
    want = [INT64_MAX if x > 0 else INT64_MIN for x in a]
    assert kernel(a, np.zeros(len(a), np.int64)).tolist() == want


@requires_exec
@pytest.mark.parametrize("kernel", LOOPS)
@pytest.mark.parametrize("dtype", [np.float64, np.float32])
@pytest.mark.parametrize("bad", RAISING)
def test_loop_raises_as_cpython(kernel, dtype, bad):
    a = np.array([1.5, -2.5, bad, 3.0], dtype=dtype)
    check(kernel, a, np.zeros(len(a), np.int64))


@requires_exec
@pytest.mark.parametrize("dtype", [np.float64, np.float32])
def test_int32_edges(dtype):
    # np.int32(x): the 32-bit conversion, -2**31 exactly through its slow path.
    a = np.array([0.0, -2.7, 2.7, -2.0**31, 2.0**31 - 128, -(2.0**31) + 128],
                 dtype=dtype)
    check(int32_branchy_loop, a, np.zeros(len(a), np.int32))
