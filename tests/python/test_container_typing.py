"""Empty lists, dicts and sets (`[]`, `{}`, `set()`, `List()`) get their
element types from their first insertion, decided by the dialect in the
function as built (nbcDecideContainerType): values as CPython, types as
Numba, and the function is built once (frontend.common.REEMITS). A
container whose items are read before the first insertion is still built
again with its type, with the reason recorded."""

import numpy as np
import pytest
from numba.typed import List  # nbc compiles Numba's own List() too

import nbc
from nbc.frontend import common
from test_loop_widening import rebuilt  # loops and functions built again


def floats_in_loop(n):
    out = []
    for i in range(n):
        out.append(i * 0.5)
    return out


def append_in_branch(a):
    out = []
    for i in range(a.shape[0]):
        if a[i] > 0:
            out.append(a[i])
    return len(out), out


def append_in_while(n):
    out = []
    i = 0
    while i < n:
        if len(out) < 3:
            out.append(np.float32(i))
        i += 1
    return out


def nested_loops(a):
    rows = []
    for i in range(a.shape[0]):
        for j in range(a.shape[1]):
            if a[i, j] > 1:
                rows.append(i * 10 + j)
    return rows


def len_before_append(n):
    out = []
    for i in range(n):
        if len(out) == 0 or i % 2 == 0:
            out.append(i)
    return out


def dict_in_loop(a):
    d = {}
    for i in range(a.shape[0]):
        d[i] = a[i] * 2.0
    total = 0.0
    for k in d:
        total += d[k]
    return total, len(d)


def set_in_branch(a):
    s = set()
    for x in a:
        if x > 0:
            s.add(x)
    return len(s)


def typed_list(n):
    out = List()
    for i in range(n):
        out.append(i > 2)
    return out


def list_then_sum(n):
    vals = []
    for i in range(n):
        vals.append(i * i)
    s = 0
    for v in vals:
        s += v
    return s


CASES = [
    (floats_in_loop, (6,)),
    (floats_in_loop, (0,)),
    (append_in_branch, (np.array([1.0, -2.0, 3.5, 0.0]),)),
    (append_in_branch, (np.array([3, -1, 4], dtype=np.int32),)),
    (append_in_while, (10,)),
    (nested_loops, (np.arange(12.0).reshape(3, 4),)),
    (len_before_append, (7,)),
    (dict_in_loop, (np.arange(5.0),)),
    (set_in_branch, (np.array([1, 2, 2, -3, 1]),)),
    (typed_list, (5,)),
    (list_then_sum, (9,)),
]


def as_python(v):
    """`v` with typed Lists as lists and NumPy scalars as Python's."""
    if isinstance(v, tuple):
        return tuple(as_python(x) for x in v)
    if isinstance(v, list) or type(v).__name__ == "List":
        return [as_python(x) for x in v]
    return v.item() if isinstance(v, np.generic) else v


@pytest.mark.parametrize("fn, args", CASES, ids=lambda c: getattr(c, "__name__", ""))
def test_first_insertion_decides_without_rebuilding(fn, args):
    before = rebuilt()
    got = nbc.njit(fn)(*args)
    assert rebuilt() == before, dict(common.REEMITS)
    want = fn(*args)
    assert as_python(got) == as_python(want)


@pytest.mark.parametrize("fn, args", [
    (append_in_while, (5,)),
    (append_in_branch, (np.array([3, -1, 4], dtype=np.int32),)),
    (typed_list, (4,)),
], ids=lambda c: getattr(c, "__name__", ""))
def test_item_types_are_numbas(fn, args):
    numba = pytest.importorskip("numba")
    got, want = nbc.njit(fn)(*args), numba.njit(fn)(*args)
    if isinstance(want, tuple):
        got, want = got[1], want[1]
    assert [type(x) for x in got] == [type(x) for x in want]
    assert list(got) == list(want)


def count_with_get(a):
    d = {}
    for x in a:
        d[x] = d.get(x, 0) + 1
    return d


def count_with_in(a):
    d = {}
    for x in a:
        if x in d:
            d[x] += 1
        else:
            d[x] = 1
    return d


def seen_floats(a):
    s = set()
    n = 0
    for x in a:
        if x not in s:
            n += 1
        s.add(x)
    return n, len(s)


# Reads before the first insertion guess the types (`d.get(x, 0)`: the
# key's and the default's); the insertion confirms them.
@pytest.mark.parametrize("fn, args", [
    (count_with_get, (np.array([3, 1, 3, 3, 2]),)),
    (count_with_get, (np.array([0.5, 1.0, 0.5]),)),
    (count_with_in, (np.array([3, 1, 3, 3, 2], dtype=np.int32),)),
    (seen_floats, (np.array([0.5, 1.5, 0.5, 2.0]),)),
], ids=lambda c: getattr(c, "__name__", ""))
def test_reads_before_first_insertion_guess_the_types(fn, args):
    before = rebuilt()
    got = nbc.njit(fn)(*args)
    assert rebuilt() == before, dict(common.REEMITS)
    want = fn(*args)
    assert (dict(got) if isinstance(got, dict) else got) == want


def weighted_count(a):
    d = {}
    for x in a:
        d[x] = d.get(x, 0) + 0.5
    return d


def read_before_append(n):
    out = []
    for i in range(n):
        if len(out) > 0 and out[-1] > 3:
            break
        out.append(i * 1.5)
    return out


def probe_of_another_type(a):
    d = {}
    hits = 0
    for x in a:
        if x in d:
            hits += 1
        if x + 0.5 in d:  # a float probe of an int dict: never a key
            hits += 100
        d[x] = 1
    return hits


# A guess the insertion contradicts, a read the dialect cannot retype, or a
# read built as for an undecided table: the function is built again once,
# with the reason recorded, and the values are still CPython's.
@pytest.mark.parametrize("fn, args, reason", [
    (weighted_count, (np.array([3, 1, 3]),), "table-decide (nbc.dict_get_or first)"),
    (read_before_append, (10,), "list-decide (nbc.list_get first)"),
    (probe_of_another_type, (np.array([1, 2, 1, 3, 2]),),
     "table-decide (a read built before it)"),
])
def test_read_before_first_insertion_builds_again(fn, args, reason):
    before = common.REEMITS[f"function-{reason}"]
    got = nbc.njit(fn)(*args)
    assert common.REEMITS[f"function-{reason}"] == before + 1, dict(common.REEMITS)
    want = fn(*args)
    assert (dict(got) if isinstance(got, dict) else got) == want


def widen_in_loop(n):
    out = [1, 2]
    for i in range(n):
        out.append(i * 0.5)
    return out


def widen_in_branch(a):
    out = []
    for x in a:
        if x > 0:
            out.append(1)
        else:
            out.append(x)
    return out


def widen_from_bool(n):
    out = [True]
    out.append(n)
    return out


def widen_dict_values(a):
    d = {0: 1}
    for i in range(a.shape[0]):
        d[i + 1] = a[i]
    return d


def widen_dict_keys(a):
    d = {}
    d[1] = 10
    for x in a:
        d[x] = 1
    total = 0.0
    for k in d:
        total += k * d[k]
    return total, len(d)


def widen_set(a):
    s = {1, 2}
    for x in a:
        s.add(x)
    return len(s)


def widen_tuples(n):
    pairs = [(1, 2)]
    pairs.append((1.5, n))  # (float64, int64): the first pair's fields cast
    return pairs


WIDENING = [
    (widen_in_loop, (5,)),
    (widen_in_loop, (0,)),
    (widen_in_branch, (np.array([1.5, -2.5, 3.0]),)),
    (widen_from_bool, (7,)),
    (widen_dict_values, (np.array([0.5, 2.5]),)),
    (widen_dict_keys, (np.array([0.5, 1.0, 2.5]),)),
    (widen_set, (np.array([0.5, 2.0, 3.5]),)),
    (widen_tuples, (3,)),
]


# A later insertion that needs a wider type (Numba unifies the insertions)
# widens the container as built: the items inserted so far are converted
# (nbcWidenContainerType), and the function is built once.
@pytest.mark.parametrize("fn, args", WIDENING, ids=lambda c: getattr(c, "__name__", ""))
def test_wider_insertion_widens_without_rebuilding(fn, args):
    before = rebuilt()
    got = nbc.njit(fn)(*args)
    assert rebuilt() == before, dict(common.REEMITS)
    want = fn(*args)
    assert as_python(dict(got) if isinstance(got, dict) else got) == want


@pytest.mark.parametrize("fn, args", WIDENING[:4], ids=lambda c: getattr(c, "__name__", ""))
def test_widened_item_types_are_numbas(fn, args):
    numba = pytest.importorskip("numba")
    got, want = nbc.njit(fn)(*args), numba.njit(fn)(*args)
    assert [type(x) for x in got] == [type(x) for x in want]
    assert list(got) == list(want)


def read_then_widen(n):
    out = [n]
    first = out[0]
    out.append(n / 4)
    return first / 3, out


# An item read before the widening insertion was built for the narrower
# type: the function is built again with the wider one, as Numba types it.
def test_read_before_widening_builds_again():
    reason = "function-list-widen (nbc.list_get first)"
    before = common.REEMITS[reason]
    got = nbc.njit(read_then_widen)(7)
    assert common.REEMITS[reason] == before + 1, dict(common.REEMITS)
    assert got == read_then_widen(7)
    assert type(got[1][0]) is float  # list(float64), as Numba's
