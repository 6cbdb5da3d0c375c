"""The builtins any() and all() (any_all.py), `x in` a tuple, range or
array, int()/float() of a string
constant (`float('inf')`, folded when the kernel compiles), bool() and
operator.truth of containers and ranges, against CPython running the same
functions."""

import operator

import numpy as np
import pytest

import nbc
from conftest import requires_exec


def of_arrays(a):
    return any(a > 2), all(a > 0), any(a), all(a), any(a[:0]), all(a[:0])


def of_displays(x, y):
    return all([]), any(()), all([x]), any([x, y]), all((x, y)), any([x > 1, y > 1])


def of_containers(n):
    return (any(range(n)), all(range(1, n)), any({0: 1, n: 3}), all({0, n}),
            any([i * 0.5 for i in range(n)]), all(sorted([n, 1])))


def of_generators(a):
    x = 7
    # Python stops at the first deciding item: a[x] past the end is never read.
    early = any(a[x] > 2 for x in range(a.shape[0] + 5))
    nested = all(i < j for i in range(3) for j in range(3) if i != j)
    filtered = any(a[i] > 3 for i in range(a.shape[0]) if i % 2 == 0)
    return early, x, nested, filtered, all(v >= a[0] for v in a)


def truth(n):
    r = range(n)
    return (bool(r), bool(range(n, 0, -1)), bool([n]), bool({n: 1}), bool(()),
            operator.truth(n), operator.truth(r))


def conversions(x):
    best = float("inf")
    worst = float("-INF")
    nan = float(" nan ")
    return min(best, x), max(worst, x), nan != nan, float("1e3") + x, int(" -12 ") * x


def membership(k, a):
    return (k in (1, 2.5, True), k not in (0, 3), (k, 1) in ((0, 1), (2, 1)),
            k in range(10, 0, -2), k in range(1, 20, 3), k in range(0), k in a,
            k not in a)


@requires_exec
@pytest.mark.parametrize("fn, inputs", [
    (membership, [(k, np.arange(6).reshape(2, 3)) for k in
                  (-1, 0, 1, 2, 4, 5, 7, 10, 11, 2.0, 2.5, float("inf"), float("nan"),
                   True)] + [(4, np.array([1.0, np.nan]))]),
    (of_arrays, [(np.arange(1, 5),), (np.array([0.0, 1.5]),), (np.array([True, True]),),
                 (np.zeros(3, np.int32),)]),
    (of_displays, [(3, 0), (0, 2), (1.5, 2.5)]),
    (of_containers, [(0,), (1,), (4,)]),
    (of_generators, [(np.arange(1, 5),), (np.arange(6) * 1.0,)]),
    (truth, [(0,), (3,)]),
    (conversions, [(2.5,), (-3.0,)]),
], ids=lambda v: getattr(v, "__name__", ""))
def test_against_cpython(fn, inputs):
    kernel = nbc.njit(fn)
    for args in inputs:
        got, want = kernel(*args), fn(*args)
        assert got == pytest.approx(want, nan_ok=True) if fn is conversions else \
            got == want, args
        assert [type(g) for g in got] == [type(w) for w in want] or fn is of_arrays


def any_of_2d(a):
    return any(a)


def float_of_bad_string(x):
    return float("1.5x") + x


def any_of_number(x):
    return any(x)


@pytest.mark.parametrize("fn, args, error, text", [
    (any_of_2d, (np.ones((2, 2)),), nbc.TypingError, "any() of a 2-d array: the truth"),
    (float_of_bad_string, (1.0,), nbc.TypingError,
     "float(): could not convert string to float: '1.5x'"),
    (any_of_number, (3,), nbc.TypingError, "any() takes an iterable, got int64"),
])
def test_errors(fn, args, error, text):
    with pytest.raises(error) as info:
        nbc.njit(fn)(*args)
    assert text in str(info.value)
