"""A list, dict, set, array or tuple of them returned from inside a loop
(`for x in a: if x > t: return d`) is carried as a value the body assigns
first (the returned containers' arrays; nbcAppendLoopCarried) in the loop
as first built: values as CPython, types as Numba, and no loop is built
again (frontend.common.REEMITS)."""

import numpy as np
import pytest

import nbc
from nbc.frontend import common
from test_loop_widening import rebuilt  # loops and functions built again


def dict_until(a, t):
    d = {}
    for x in a:
        d[x] = 1
        if x > t:
            return d
    return d


def list_until(a, t):
    l = [0.5]
    for x in a:
        if x > t:
            return l
        l.append(x)
    return l


def set_until(a, t):
    s = set()
    for x in a:
        s.add(x)
        if x > t:
            return s
    return s


def tuple_until(a, t):
    l = [0]
    d = {1: 2.0}
    for i in range(a.shape[0]):
        if a[i] > t:
            return (l, (d, i)), True
        l.append(a[i])
        d[a[i]] = i / 2
    return (l, (d, -1)), False


def row_until(m, t):
    i = 0
    while i < m.shape[0]:
        if m[i, 0] > t:
            return m[i] * 2
        i += 1
    return m[0] - 1


A = np.array([3, 1, 4, 1, 5, 9, 2, 6], dtype=np.int32)
M = np.arange(12.0).reshape(4, 3)


def plain(v):
    """A result as Python values (lists, dicts, sets, arrays as lists)."""
    if isinstance(v, tuple):
        return tuple(plain(x) for x in v)
    if isinstance(v, np.ndarray):
        return (v.dtype, v.shape, v.tolist())
    if hasattr(v, "items"):  # a dict or a typed Dict
        return {plain(k): plain(x) for k, x in v.items()}
    if isinstance(v, (list, set)):
        return type(v)(plain(x) for x in v)
    return v.item() if isinstance(v, np.generic) else v


def item_types(v):
    if isinstance(v, tuple):
        return tuple(item_types(x) for x in v)
    if hasattr(v, "items"):  # a dict or a typed Dict
        return sorted({(type(k), type(x)) for k, x in v.items()}, key=str)
    if isinstance(v, (list, set)):
        return sorted({type(x) for x in v}, key=str)
    return type(v)


@pytest.mark.parametrize("fn, data, limits", [
    (dict_until, A, (4, 100)), (list_until, A, (4, -1)), (set_until, A, (8, 100)),
    (tuple_until, A, (4, 100)), (row_until, M, (4.0, 100.0)),
], ids=lambda c: getattr(c, "__name__", ""))
def test_container_returned_in_a_loop_is_built_once(fn, data, limits):
    before = rebuilt()
    appended = common.REEMITS["avoided:appended-in-dialect"]
    kernel = nbc.njit(fn)
    got = [kernel(data, t) for t in limits]  # returned in the loop, after it
    assert rebuilt() == before, dict(common.REEMITS)
    assert common.REEMITS["avoided:appended-in-dialect"] > appended
    assert [plain(g) for g in got] == [plain(fn(data, t)) for t in limits]
    if fn is tuple_until:
        return  # its parts' types are the cases above (Numba's compile: ~5 s)
    numba = pytest.importorskip("numba")
    assert item_types(got[0]) == item_types(numba.njit(fn)(data, limits[0]))


def undecided_until(a, t):
    d = {}
    for x in a:
        if x > t:
            return d
        d[x] = 1
    return d


def test_undecided_container_returned_in_a_loop_is_built_again():
    """Returned before the insertion that decides its int32 keys (the
    return read it as int64's): the function is built again with the
    types, values still as CPython's, types as Numba's."""
    before = rebuilt()
    got = nbc.njit(undecided_until)(A, 4)
    assert rebuilt() == before + 1, dict(common.REEMITS)
    assert plain(got) == plain(undecided_until(A, 4))
    numba = pytest.importorskip("numba")
    assert item_types(got) == item_types(numba.njit(undecided_until)(A, 4))
