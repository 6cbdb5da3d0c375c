"""Jitted callees are inlined into their callers before the loop passes
(NBCInliner.cpp): a helper called per element vectorizes with its caller's
loop, and a callee whose options (error model, fastmath) would lower
differently in the caller keeps its own semantics. Values against CPython
and NumPy running the same code."""

import math

import numpy as np
import pytest

import nbc
from conftest import requires_exec

pytestmark = requires_exec


@nbc.njit
def logistic(x):
    return 1.0 / (1.0 + math.exp(-x))


def apply_logistic(a, out):
    for i in range(a.shape[0]):            # LOOP-HELPER
        out[i] = logistic(a[i]) * 2.0
    return out


def test_a_helper_called_per_element_vectorizes():
    k = nbc.njit(apply_logistic)
    a = np.linspace(-30.0, 30.0, 1001)
    got = k(a, np.empty_like(a))
    np.testing.assert_allclose(got, 2.0 / (1.0 + np.exp(-a)), rtol=4e-15, atol=0)
    report = k.inspect_vectorization()
    line = next(l for l in report.splitlines() if "LOOP-HELPER" in l)
    decision = report.splitlines()[report.splitlines().index(line) + 1].strip()
    assert decision.startswith("vectorized"), report


def test_a_ufunc_with_a_transcendental_matches_numpy():
    sigmoid = nbc.vectorize(["float64(float64)"])(logistic.py_func)
    x = np.linspace(-800.0, 800.0, 4097)
    with pytest.warns(RuntimeWarning, match="overflow encountered"):
        want = 1.0 / (1.0 + np.exp(-x))
    for step in (1, 3):  # contiguous and strided loops
        with pytest.warns(RuntimeWarning, match="overflow encountered in logistic"):
            got = sigmoid(x[::step])
        np.testing.assert_allclose(got, want[::step], rtol=4e-15, atol=0)


@nbc.njit(error_model="numpy")
def reciprocal_numpy_model(x):
    return 1.0 / x


@nbc.njit
def reciprocal_python_model(x):
    return 1.0 / x


def sum_reciprocals_numpy_callee(a):
    s = 0.0
    for i in range(a.shape[0]):
        s += reciprocal_numpy_model(a[i])
    return s


def sum_reciprocals_python_callee(a):
    s = 0.0
    for i in range(a.shape[0]):
        s += reciprocal_python_model(a[i])
    return s


def test_a_numpy_model_callee_keeps_inf_in_a_python_model_caller():
    a = np.array([0.0, 2.0, 4.0])
    assert nbc.njit(sum_reciprocals_numpy_callee)(a) == math.inf
    b = np.array([1.0, 2.0, 4.0])
    assert nbc.njit(sum_reciprocals_numpy_callee)(b) == 1.75


def test_a_python_model_callee_still_raises_in_a_numpy_model_caller():
    k = nbc.njit(error_model="numpy")(sum_reciprocals_python_callee)
    with pytest.raises(ZeroDivisionError) as got:
        k(np.array([2.0, 0.0]))
    with pytest.raises(ZeroDivisionError) as want:  # CPython running the callee
        reciprocal_python_model.py_func(0.0)
    assert str(got.value) == str(want.value)
    assert k(np.array([1.0, 2.0, 4.0])) == 1.75


@nbc.njit
def angle(y, x):
    return math.atan2(y, x)


def angles_of_constants():
    # After inlining the arguments are constants the compiler folds.
    return angle(0.0, 0.0), angle(0.0, -0.0), angle(-0.0, 0.0), angle(-0.0, -0.0)


def test_constant_arguments_fold_to_libm_values():
    got = nbc.njit(angles_of_constants)()
    want = tuple(math.atan2(y, x) for y, x in
                 ((0.0, 0.0), (0.0, -0.0), (-0.0, 0.0), (-0.0, -0.0)))
    assert got == want
    assert [math.copysign(1.0, v) for v in got] == [math.copysign(1.0, v) for v in want]


@nbc.njit
def clipped_square(x):
    return min(x * x, 50.0)


def parallel_sum_of_helper(a):
    s = 0.0
    for i in nbc.prange(a.shape[0]):
        s += clipped_square(a[i])
    return s


def test_a_helper_in_a_prange_reduction():
    a = np.linspace(-10.0, 10.0, 10001)
    got = nbc.njit(parallel=True)(parallel_sum_of_helper)(a)
    want = sum(min(x * x, 50.0) for x in a.tolist())
    assert got == pytest.approx(want, rel=1e-12)
