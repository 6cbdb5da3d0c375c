"""Common prange patterns: which assigned variables are reductions, which are
private to an iteration, and which are errors (serial and parallel kernels,
checked against CPython/NumPy running the same source)."""

import inspect
import os

import numpy as np
import pytest

import nbc
from conftest import check, requires_exec, same

HERE = os.path.basename(__file__)
BOTH = pytest.mark.parametrize("parallel", [False, True], ids=["serial", "parallel"])


def jacobi(u, steps):
    n, m = u.shape
    v = u.copy()
    for t in range(steps):
        for i in nbc.prange(1, n - 1):
            for j in range(1, m - 1):
                v[i, j] = 0.25 * (u[i - 1, j] + u[i + 1, j] + u[i, j - 1] + u[i, j + 1])
        u, v = v, u
    return u


def jacobi_numpy(u, steps):
    u = u.copy()
    v = u.copy()
    for _ in range(steps):
        v[1:-1, 1:-1] = 0.25 * (u[:-2, 1:-1] + u[2:, 1:-1] + u[1:-1, :-2] + u[1:-1, 2:])
        u, v = v, u
    return u


def jacobi_in_place(u, v, steps):
    n, m = u.shape
    for t in range(steps):
        for i in nbc.prange(1, n - 1):
            for j in range(1, m - 1):
                v[i, j] = 0.25 * (u[i - 1, j] + u[i + 1, j] + u[i, j - 1] + u[i, j + 1])
        u, v = v, u
    return u[n // 2, m // 2]


def private_temporaries(a, out):
    for i in nbc.prange(a.shape[0]):
        x = a[i] * 2.0
        y = x + 1.0
        if y > 3.0:
            y = y - 3.0
        out[i] = x * y
    return out


def inner_reduction(a):
    n, m = a.shape
    out = np.empty(n)
    for i in nbc.prange(n):
        s = 0.0
        for j in range(m):
            s += a[i, j] * a[i, j]
        out[i] = s
    return out


def inner_and_outer_reduction(a):
    n, m = a.shape
    total = 0.0
    hi = -np.inf
    for i in nbc.prange(n):
        row = 0.0
        for j in range(m):
            row += a[i, j]
            total += a[i, j]
        hi = max(hi, row)
    return total, hi


def reduction_forms(a):
    s = 0
    p = 1.0
    m = 10 ** 9
    for i in nbc.prange(a.shape[0]):
        s = s + a[i]
        p = 1.0 * p
        m = min(a[i], m)
        k = a[i] - 1
        s -= k
    return s, p, m


def private_shadows_outer(a):
    x = 100.0
    for i in nbc.prange(a.shape[0]):
        x = a[i] + 1.0
        a[i] = x
    return a


@requires_exec
@BOTH
@pytest.mark.parametrize("steps", [1, 2, 5])
def test_jacobi_swap_matches_numpy(parallel, steps):
    u = np.random.default_rng(steps).random((9, 7))
    got = nbc.njit(parallel=parallel)(jacobi)(u.copy(), steps)
    assert same(jacobi_numpy(u, steps), got)
    assert same(jacobi(u.copy(), steps), got)


@requires_exec
@BOTH
def test_jacobi_arguments_swapped(parallel):
    u = np.random.default_rng(1).random((8, 8))
    check(nbc.njit(parallel=parallel)(jacobi_in_place), u, u.copy(), 3)


@requires_exec
@BOTH
@pytest.mark.parametrize("fn,make", [
    (private_temporaries, lambda: (np.linspace(0, 4, 33), np.zeros(33))),
    (inner_reduction, lambda: (np.random.default_rng(2).random((17, 5)),)),
    (inner_and_outer_reduction, lambda: (np.random.default_rng(3).random((13, 6)),)),
    (reduction_forms, lambda: (np.arange(1, 40),)),
    (private_shadows_outer, lambda: (np.linspace(0, 1, 20),)),
], ids=lambda x: getattr(x, "__name__", ""))
def test_private_and_reduction_patterns(parallel, fn, make):
    check(nbc.njit(parallel=parallel)(fn), *make())


# -- errors -------------------------------------------------------------------

def line_of(fn, text):
    lines, start = inspect.getsourcelines(fn)
    for k, line in enumerate(lines):
        if text in line:
            return start + k
    raise AssertionError(text)


def last_value(a):
    s = 0.0
    for i in nbc.prange(a.shape[0]):
        s = a[i]
    return s


def last_value_new_name(a):
    for i in nbc.prange(a.shape[0]):
        t = a[i] * 2.0
        a[i] = t
    return t


def partial_reduction_read(a, out):
    s = 0.0
    for i in nbc.prange(a.shape[0]):
        s += a[i]
        out[i] = s
    return s


def two_operators(a):
    s = 1.0
    for i in nbc.prange(a.shape[0]):
        s += a[i]
        s *= 2.0
    return s


def not_an_update(a):
    s = 0.0
    for i in nbc.prange(a.shape[0]):
        s = 2.0 * s + a[i]
    return s


def conditional_private(a, out):
    for i in nbc.prange(a.shape[0]):
        if a[i] > 0.5:
            t = a[i]
        out[i] = t
    return out


ERRORS = [
    (last_value, "s", "read after it", "for i in nbc.prange"),
    (last_value_new_name, "t", "read after it", "for i in nbc.prange"),
    (partial_reduction_read, "s", "other than by its update", "out[i] = s"),
    (two_operators, "s", "two different operators", "s *= 2.0"),
    (not_an_update, "s", "not a reduction", "s = 2.0 * s"),
    (conditional_private, "t", "before the iteration assigns it", "for i in nbc.prange"),
]


@BOTH
@pytest.mark.parametrize("fn,name,what,where", ERRORS, ids=[e[0].__name__ for e in ERRORS])
def test_prange_variable_errors(parallel, fn, name, what, where):
    a = np.linspace(0, 1, 10)
    args = (a, np.zeros(10)) if len(inspect.signature(fn).parameters) == 2 else (a,)
    with pytest.raises(nbc.UnsupportedError) as info:
        nbc.njit(parallel=parallel)(fn)(*args)
    message = str(info.value)
    assert f"'{name}'" in message and what in message, message
    assert f"{HERE}\", line {line_of(fn, where)}" in message, message


# -- `if x > m: m = x` is max(m, x): a max reduction (Numba races here) ------------
def max_by_if(a):
    m = a[0]
    for i in nbc.prange(len(a)):
        if a[i] > m:
            m = a[i]
    return m


def min_by_if_reversed(a, start):
    m = start
    for i in nbc.prange(len(a)):
        x = a[i]
        if m > x:
            m = x
    return m


MAX_BY_IF = {p: nbc.njit(parallel=p)(max_by_if) for p in (False, True)}
MIN_BY_IF = {p: nbc.njit(parallel=p)(min_by_if_reversed) for p in (False, True)}
RNG = np.random.default_rng(5)


@BOTH
@pytest.mark.parametrize("a", [
    RNG.random(10001), np.array([0.0, -0.0, 0.0]), np.array([-0.0, 0.0]),
    np.array([1.0, np.nan, 3.0]), np.array([np.nan, 1.0, 5.0]), RNG.integers(-9, 9, 5000),
    np.array([7]),
], ids=["random", "zeros", "negzero-first", "nan-inside", "nan-first", "ints", "one"])
def test_compare_and_assign_is_min_max(parallel, a):
    for got, want in ((MAX_BY_IF[parallel](a), max_by_if(a)),
                      (MIN_BY_IF[parallel](a, a[-1]), min_by_if_reversed(a, a[-1]))):
        assert same(want, got), (got, want)
        # Serially the first of equal values is kept, as CPython; in parallel
        # 0.0 and -0.0 may swap (docs/ArraysParallelSIMD.md, "min/max and NaN").
        assert parallel or np.signbit(want) == np.signbit(got), (got, want)


def test_serial_integer_max_by_if_vectorizes():
    kernel = nbc.njit(max_by_if)  # no branch left: a max reduction (was "its body branches")
    assert kernel(np.arange(-5, 9)) == 8
    report = kernel.inspect_vectorization()
    assert "vectorized:" in report and "not vectorized" not in report, report


def numpy_max_min(a, m, lo):
    for i in nbc.prange(a.shape[0]):
        m = np.maximum(m, a[i])
        lo = np.minimum(a[i], lo)  # either operand order
    return m, lo


NUMPY_MAX_MIN = {p: nbc.njit(parallel=p)(numpy_max_min) for p in (False, True)}


@BOTH
@pytest.mark.parametrize("a, m, lo", [
    (RNG.random(10001), 0.5, 0.5),
    (np.concatenate([RNG.random(5000), [np.nan], RNG.random(5000)]), -1.0, 2.0),
    (np.array([1.0, 2.0, np.nan]), 0.0, 0.0), (np.array([np.nan, 1.0]), 0.0, 0.0),
    (np.array([1.0, 2.0]), np.nan, 3.0),  # a NaN init propagates
    (np.array([-np.inf, np.inf]), 0.0, 0.0), (np.empty(0), -2.5, 7.0),
    ((RNG.random(4099) - 0.5).astype(np.float32), np.float32(0.0), np.float32(0.0)),
    (np.array([np.nan, 1.0], dtype=np.float32), np.float32(0), np.float32(0)),
    (RNG.integers(-99, 99, 5000), 0, 0), (np.array([-5, -3], np.int8), np.int8(-9), np.int8(9)),
], ids=["random", "nan-inside", "nan-last", "nan-first", "nan-init", "infs", "empty",
        "float32", "float32-nan", "ints", "int8"])
def test_numpy_maximum_minimum_reduce(parallel, a, m, lo):
    """np.maximum/np.minimum updates are NaN-propagating max/min reductions
    (a NaN anywhere wins, as NumPy); they were refused for floats."""
    want, got = numpy_max_min(a, m, lo), NUMPY_MAX_MIN[parallel](a, m, lo)
    assert same(want, got), (got, want)


def python_and_numpy_max(a):
    m = a[0]
    for i in nbc.prange(a.shape[0]):
        m = max(m, a[i])
        m = np.maximum(m, a[i])
    return m


def test_python_and_numpy_max_do_not_combine():
    with pytest.raises(nbc.UnsupportedError, match="reduced with two different operators"):
        nbc.njit(parallel=True)(python_and_numpy_max)(np.arange(3.0))
