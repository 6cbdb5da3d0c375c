"""`return`, `break` and `continue` inside a try block, against CPython
running the same functions (Numba 0.68 compiles some of these forms too:
compared where it does). A jump in the body sets flags as in a loop body;
the rest of the body, the `else` block and the code after the try are
skipped, and `finally` still runs first."""

import numpy as np
import pytest

import nbc
from conftest import check


def returns_in_body(x):
    try:
        return x // 0
    except Exception:
        return 0


def returns_last(a, i):
    try:
        return a[i] * 2
    except IndexError:
        return -1.0


def returns_nested(a):
    try:
        if a[0] > 0:
            return float(a[0]) // float(a[1])
        x = a[1] * 2
    except ZeroDivisionError:
        return -1.0
    return x


def returns_array(a, k):
    try:
        if k > 0:
            return a * 2
        b = a / k
    except Exception:
        b = a - 1
    return b


def returns_from_inner_loop(a, v):
    try:
        for i in range(len(a)):
            if 10 // int(a[i]) == v:
                return i
    except ZeroDivisionError:
        return -1
    return -2


def returns_in_loop(a):
    for i in range(len(a)):
        try:
            if a[i] < 0:
                return i
            a[i] = 12 // int(a[i])
        except ZeroDivisionError:
            return -i
    return 99


def returns_then_finally(a):
    n = 0.0
    try:
        n = 10 // float(a[0])
        if n > 3:
            return n
    except Exception:
        n = -1
    finally:
        a[1] = 77
    return n + 0.5


def returns_in_nested_try(a, i):
    try:
        try:
            if a[i] > 2:
                return 100 // int(a[i] - 3)
        except ZeroDivisionError:
            return -3
        return 10 // int(a[i])
    except Exception:
        return -9


def break_in_body(a):
    s = 0.0
    for x in a:
        try:
            if x > 3:
                break
            s += 1.0 / float(x)
        except Exception:
            s -= 1
    return s


def continue_with_else_and_finally(a):
    s = 0
    for x in a:
        try:
            if x == 2:
                continue
            s += 10 // int(x)
        except Exception:
            s += 100
        else:
            s += 1000
        finally:
            s += 10000
    return s


def break_in_while(a, stop):
    i = 0
    hits = 0
    while i < len(a):
        try:
            if a[i] == stop:
                break
            hits += 12 // int(a[i])
        except ZeroDivisionError:
            hits -= 1
        i += 1
    return i, hits


CASES = [
    (returns_in_body, (3,)),
    (returns_last, (np.array([1.5, 2.5]), 1)),
    (returns_last, (np.array([1.5, 2.5]), 5)),
    (returns_nested, (np.array([1.0, 0.0]),)),
    (returns_nested, (np.array([-1.0, 3.0]),)),
    (returns_nested, (np.array([7.0, 2.0]),)),
    (returns_array, (np.arange(3.0), 1)),
    (returns_array, (np.arange(3.0), 0)),
    (returns_array, (np.arange(3.0), -2)),
    (returns_from_inner_loop, (np.array([5, 2, 1]), 5)),
    (returns_from_inner_loop, (np.array([5, 0, 1]), 10)),
    (returns_from_inner_loop, (np.array([5, 2]), 7)),
    (returns_in_loop, (np.array([1, 2, -1, 4]),)),
    (returns_in_loop, (np.array([1, 0, -1]),)),
    (returns_in_loop, (np.array([1, 2]),)),
    (returns_then_finally, (np.array([1.0, 0.0]),)),
    (returns_then_finally, (np.array([5.0, 0.0]),)),
    (returns_then_finally, (np.array([0.0, 0.0]),)),
    (returns_in_nested_try, (np.array([1, 3, 5]), 0)),
    (returns_in_nested_try, (np.array([1, 3, 5]), 1)),
    (returns_in_nested_try, (np.array([1, 3, 5]), 2)),
    (returns_in_nested_try, (np.array([0, 3, 5]), 0)),
    (returns_in_nested_try, (np.array([1, 3, 5]), 7)),
    (break_in_body, (np.array([1.0, 2.0, 5.0, 1.0]),)),
    (break_in_body, (np.array([1.0, 0.0, 2.0]),)),
    (continue_with_else_and_finally, (np.array([1, 2, 0, 4]),)),
    (continue_with_else_and_finally, (np.array([2, 2]),)),
    (break_in_while, (np.array([3, 0, 4, 6]), 6)),
    (break_in_while, (np.array([3, 0, 4]), 9)),
]


@pytest.mark.parametrize("fn,args", CASES, ids=lambda x: getattr(x, "__name__", ""))
def test_jumps_in_try_as_cpython(fn, args):
    check(nbc.njit(boundscheck=True)(fn), *args)


@pytest.mark.parametrize("fn,args", [
    (returns_array, (np.arange(3.0), 1)),
    (returns_then_finally, (np.array([5.0, 0.0]),)),
    (break_in_body, (np.array([1.0, 2.0, 5.0, 1.0]),)),
], ids=lambda x: getattr(x, "__name__", ""))
def test_jumps_in_try_as_numba(fn, args):
    numba = pytest.importorskip("numba")
    want = numba.njit(fn)(*[a.copy() if isinstance(a, np.ndarray) else a for a in args])
    got = nbc.njit(fn)(*[a.copy() if isinstance(a, np.ndarray) else a for a in args])
    np.testing.assert_array_equal(got, want)
