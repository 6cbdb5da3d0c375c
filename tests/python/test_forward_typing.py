"""Types flow forward: where paths merge (if branches, a function's
returns) the merged type is decided once both sides are built, and nothing
is built twice. Back edges (a widening loop variable, a recursive call
typed before the returns merged) are retyped in the dialect as built.
Results are checked against CPython (values) and Numba (the merged types);
the build counts against the frontend's own emission calls."""

import math

import pytest

import nbc
from nbc.frontend import compiler


@pytest.fixture
def emissions(monkeypatch):
    """How many times each function body is emitted during a compilation."""
    counts = []
    original = compiler.FunctionCompiler.emit_function

    def emit_function(self):
        counts.append(self.src.name)
        return original(self)

    monkeypatch.setattr(compiler.FunctionCompiler, "emit_function", emit_function)
    return counts


def int_or_float(x):
    if x > 0:
        return 1
    return 2.5


def nested_branches(x):
    if x > 10:
        if x > 20:
            return 1
        return True
    elif x < -5:
        return -7.25
    return x // 3


def value_or_none(x):
    if x < 0:
        return None
    return x * 2


def loop_then_fallback(a):
    for i in range(a.shape[0]):
        if a[i] < 0:
            return i
    return math.nan


def tuple_merge(x):
    if x > 0:
        return x, 1
    return 0.5, x


MERGES = [
    (int_or_float, [(3,), (-3,)]),
    (nested_branches, [(25,), (15,), (-9,), (0,), (7,)]),
    (value_or_none, [(-1,), (4,)]),
    (tuple_merge, [(3,), (-2,)]),
]


@pytest.mark.parametrize("fn,cases", MERGES, ids=lambda v: getattr(v, "__name__", ""))
def test_merged_returns_build_once(fn, cases, emissions):
    numba = pytest.importorskip("numba")
    jitted, reference = nbc.njit(fn), numba.njit(fn)
    for args in cases:
        got, want = jitted(*args), fn(*args)
        assert got == want, (args, got, want)
        assert type(got) is type(reference(*args)), (args, got)
    # Every case has the same argument types: one build, no rebuilding at merges.
    assert emissions.count(fn.__name__) == 1


def test_loop_return_merges_with_the_fallback(emissions):
    import numpy as np
    jitted = nbc.njit(loop_then_fallback)
    a = np.array([3.0, 1.0, -2.0])
    assert jitted(a) == loop_then_fallback(a) == 2
    b = np.array([3.0, 1.0])
    assert math.isnan(jitted(b)) and math.isnan(loop_then_fallback(b))
    assert emissions.count("loop_then_fallback") == 1


def widening_recursion(n):
    if n <= 0:
        return 0
    return widening_recursion(n - 1) + 0.5


def test_recursion_with_a_widened_return_builds_once(emissions):
    """The recursive call was typed int64 (the base case) before the
    returns merged to float64: the dialect widens the call's result in the
    function as built (nbcWidenRecursiveCalls; test_recursion_widening.py)."""
    jitted = nbc.njit(widening_recursion)
    assert jitted(4) == widening_recursion(4) == 2.0
    assert type(jitted(4)) is float
    assert emissions.count("widening_recursion") == 1


def widening_loop(n):
    x = 0
    for i in range(n):
        x += 0.5
    return x


def test_widening_loop_variable(emissions):
    jitted = nbc.njit(widening_loop)
    assert jitted(5) == widening_loop(5) == 2.5
    assert jitted(0) == 0.0  # float64 on every path, as in Numba
    assert emissions.count("widening_loop") == 1
