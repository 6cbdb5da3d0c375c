"""Recursion whose return type widens after the recursive call: the call is
typed with the returns seen before it (as Numba types recursion), and the
dialect widens its results to the decided type in the function as built
(nbcWidenRecursiveCalls), so the function is built once. Results against
CPython running the same functions."""

import types

import pytest

import nbc
from nbc.frontend import common


@nbc.njit
def halves(n):  # int, then float: the call in arithmetic
    if n <= 0:
        return 1
    return halves(n - 1) / 2 + n


@nbc.njit
def count_true(n):  # bool, then int
    if n <= 0:
        return True
    return count_true(n - 1) + n


@nbc.njit
def compared(n):  # the call in a comparison
    if n <= 0:
        return 1
    if compared(n - 1) > 2:
        return n * 0.5
    return n + 1.5


@nbc.njit
def capped(n):  # the call in a min
    if n <= 0:
        return 1
    return min(capped(n - 1), 2.5) + n


@nbc.njit
def passed_on(n, x):  # the call returned directly
    if n <= 0:
        return 1
    if n % 2 == 0:
        return passed_on(n - 1, x)
    return x * n


@nbc.njit
def listed(n):  # the call stored in a list
    if n <= 0:
        return 1
    values = [listed(n - 1)]
    values.append(0.5 * n)
    return values[0] + values[1]


@nbc.njit
def summed(n):  # the call in a loop's carried value
    if n <= 0:
        return 1
    s = 0
    for i in range(n):
        s += summed(i)
    return s / 3


@nbc.njit
def mutual_f(n):  # through another function: its call to this one widens
    if n <= 0:
        return 0
    return mutual_g(n - 1) + 1


@nbc.njit
def mutual_g(n):
    if n <= 0:
        return 0.5
    return mutual_f(n - 1) * 2


@nbc.njit
def int_max(n, x):  # an integer max that becomes a float one
    if n <= 0:
        return 1
    return max(int_max(n - 1, x), n) + x


@nbc.njit
def appended(n):  # a list whose items the call decided
    if n <= 0:
        return 1
    values = []
    values.append(appended(n - 1))
    return values[0] * 0.5 + n


def python_function(kernel):
    """The kernel's Python function calling itself (and mutual_g's and
    mutual_f's each other), not the kernels."""
    env = dict(kernel.py_func.__globals__)
    for k in (kernel, mutual_f, mutual_g):
        f = k.py_func
        env[f.__name__] = types.FunctionType(f.__code__, env, f.__name__)
    return env[kernel.py_func.__name__]


def rebuilt():
    return {k: v for k, v in common.REEMITS.items() if k.startswith("function")}


def run(kernel, args):
    """The function's re-emits (compiling it on the first call); its result
    is CPython's, of the joined return type (Numba's: int64 when a base case
    returns a bool and another return an int)."""
    before = rebuilt()
    got = kernel(*args)
    after = rebuilt()
    want = python_function(kernel)(*args)
    joined = int if kernel is count_true else float  # mutual_f: float too
    assert got == want and type(got) is joined, (got, want)
    return {k: v - before.get(k, 0) for k, v in after.items() if v != before.get(k, 0)}


WIDENED_IN_PLACE = [
    (halves, (0,)), (halves, (6,)),
    (count_true, (0,)), (count_true, (5,)),
    (compared, (1,)), (compared, (7,)),
    (capped, (0,)), (capped, (4,)),
    (passed_on, (0, 1.5)), (passed_on, (6, 1.5)), (passed_on, (7, -0.25)),
    (listed, (0,)), (listed, (5,)),
    (summed, (0,)), (summed, (5,)),
    (mutual_f, (0,)), (mutual_f, (5,)), (mutual_g, (4,)),
    (int_max, (4, 0.5)),
]


@pytest.mark.parametrize("kernel, args", WIDENED_IN_PLACE,
                         ids=lambda c: getattr(c, "__name__", ""))
def test_recursive_call_widens_without_rebuilding(kernel, args):
    assert run(kernel, args) == {}


# Readers the IR cannot tell how to retype: the function is built again once
# with the joined return type (counted), as before.
@pytest.mark.parametrize("kernel, args", [(appended, (4,))],
                         ids=lambda c: getattr(c, "__name__", ""))
def test_refused_widening_builds_again(kernel, args):
    if kernel.signatures:
        pytest.skip("compiled already in this process")
    assert run(kernel, args) == {"function-recursion-refused": 1}
