"""A variable with a value before a loop whose body may set it to None
(`best = None`, `x = None if c else v`, `row = None` of an array row) is carried as the
optional it becomes from the first build (issue 12: types settled in one forward
build); one whose value part widens (`v = 0`, later `v = x * 0.5`) is
widened by the dialect. Each result is CPython's, typed as Numba types it."""

import numpy as np
import pytest

import nbc
from nbc.frontend import common
from test_loop_widening import rebuilt
from test_none_loop_carry import check_like_cpython_and_numba


def value_then_none(a, t):
    best = a[0]
    for i in range(a.shape[0]):
        if a[i] > t:
            best = None
        elif best is not None and a[i] > best:
            best = a[i]
    return best


def value_then_none_ifexp(a, t):
    last = 0
    for x in a:
        last = None if x > t else x
    return -1 if last is None else last


def while_value_then_none(a, t):
    cur = 1.5
    i = 0
    while i < a.shape[0] and cur is not None:
        if a[i] > t:
            cur = None
        else:
            cur = cur + a[i]
        i += 1
    return cur


def int_then_float_or_none(a, t):
    v = 0
    for x in a:
        if x > t:
            v = None
        else:
            v = x * 0.5
    return v


def inner_loop_sets_none(a, t):
    total = 0.0
    for r in range(a.shape[0]):
        m = a[r, 0]
        for c in range(a.shape[1]):
            if a[r, c] > t:
                m = None
        if m is not None:
            total += m
    return total


def row_then_none(m, t):
    row = m[0]
    total = 0.0
    for i in range(m.shape[0]):
        if m[i, 0] > t:
            row = None
        elif row is not None:
            total += row.sum()
            row = m[i]
    return total if row is None else total + row[0]


def optional_widened_in_loop(xs, ys, k):
    # pf: Optional(int64) before the loop, float64 in it. The loop yields
    # the optional's flag and value (a plain value crashed the widening).
    acc = 0.0
    pf = None
    if k > 0:
        pf = ys[0]
    for w in range(k):
        if pf is not None:
            acc += pf
        pf = xs[w]
    return acc, pf


def optional_widened_in_while(xs, ys, k):
    pf = None
    if k > 0:
        pf = ys[0]
    w = 0
    while w < k:
        pf = xs[w]
        w += 1
    return pf


A = np.array([3.0, -1.0, 4.0, 1.0, -5.0, 9.0, 2.0, 6.0])
INTS = np.array([4, 1, 7, 1, 3])
CASES = [
    (value_then_none, (A, 3.5)), (value_then_none, (A, 100.0)),
    (value_then_none, (INTS.astype(np.int32), 5)), (value_then_none, (INTS, 0)),
    (value_then_none_ifexp, (A, 3.5)), (value_then_none_ifexp, (A, -9.0)),
    (value_then_none_ifexp, (INTS, 5)), (value_then_none_ifexp, (A[:0], 1.0)),
    (while_value_then_none, (A, 3.5)), (while_value_then_none, (A, 100.0)),
    (while_value_then_none, (INTS.astype(np.int32), 5)),
    (int_then_float_or_none, (A, 8.0)), (int_then_float_or_none, (A, 1.0)),
    (int_then_float_or_none, (INTS, 100)), (int_then_float_or_none, (A[:0], 0.0)),
    (inner_loop_sets_none, (A.reshape(2, 4), 3.5)),
    (inner_loop_sets_none, (A.reshape(4, 2), 100.0)),
    (row_then_none, (A.reshape(4, 2), 3.5)), (row_then_none, (A.reshape(2, 4), 100.0)),
    (row_then_none, (np.arange(12).reshape(4, 3), 0)),
    (optional_widened_in_loop, (A, INTS, 0)), (optional_widened_in_loop, (A, INTS, 3)),
    (optional_widened_in_while, (A, INTS, 0)), (optional_widened_in_while, (A, INTS, 2)),
]


@pytest.mark.parametrize("fn, args", CASES,
                         ids=[f"{c[0].__name__}-{i}" for i, c in enumerate(CASES)])
def test_value_set_to_none_is_built_once(fn, args):
    before = rebuilt()
    check_like_cpython_and_numba(fn, args)
    assert rebuilt() == before, dict(common.REEMITS)


def test_optional_read_while_none_raises_numbas_type_error():
    def add_after_none(a):
        s = a[0]
        for x in a:
            s = None if x < 0 else s + x
        return s

    kernel = nbc.njit(add_after_none)
    assert kernel(np.array([1.0, 2.0])) == add_after_none(np.array([1.0, 2.0]))
    with pytest.raises(TypeError, match="expected float64, got None"):
        kernel(np.array([1.0, -2.0, 3.0]))
