"""Python lists passed to kernels, as Numba's reflected lists: the kernel's
appends, item stores and pops show in the caller's list after the call;
nbc.typed.List (fixed item type, empty ones too); lists a kernel returns
become Python lists. Against CPython running the same functions and Numba
(same results, same list contents after the call), on int, float and bool
items; what cannot be passed says which argument and why."""

import copy

import numpy as np
import pytest

import nbc
from nbc.errors import UnsupportedArgumentError
from nbc.typed import List
from conftest import requires_exec


def grow(l, n):
    for i in range(n):
        l.append(l[i % len(l)] + i)
    return len(l)


def edit(l, x):
    l[0] = x
    l[-1] += x
    last = l.pop()
    l.append(last * 2)
    s = 0
    for v in l:
        s += v
    return s


def drain(l):
    s = 0
    while len(l) > 1:
        s += l.pop()
    return s


def doubled(l):
    return [v * 2 for v in l]


def both(a, b, k):
    a.append(b[k])
    b[k] = a[0]
    return a[-1] - b[k]


def run_both(fn, *args):
    """fn on deep copies under CPython and nbc: results and the lists after."""
    py_args, nbc_args = copy.deepcopy(args), copy.deepcopy(args)
    want = fn(*py_args)
    got = nbc.njit(fn)(*nbc_args)
    assert got == want and type(got) is type(want)
    assert [a for a in nbc_args if isinstance(a, list)] == \
        [a for a in py_args if isinstance(a, list)]
    for a, b in zip(nbc_args, py_args):
        if isinstance(a, list):
            assert [type(x) for x in a] == [type(x) for x in b]
    return nbc_args


ITEMS = [[3], [1, 2, 3], [0.5, -1.5], [True, False, True], list(range(50))]


@requires_exec
@pytest.mark.parametrize("items", ITEMS, ids=str)
@pytest.mark.parametrize("n", [0, 1, 20])
def test_appends_are_reflected(items, n):
    if isinstance(items[0], bool):
        items = [int(x) for x in items]  # bool + int is int in Python
    run_both(grow, items, n)


@requires_exec
@pytest.mark.parametrize("items", ITEMS, ids=str)
def test_stores_and_pops_are_reflected(items):
    x = items[0]
    if isinstance(x, bool):
        return  # l[-1] += True makes an int in Python
    run_both(edit, items, x)
    run_both(drain, items)


@requires_exec
@pytest.mark.parametrize("items", [[1, 2, 3], [0.25], list(range(30))], ids=str)
def test_returned_lists_are_python_lists(items):
    run_both(doubled, items)


@requires_exec
def test_two_lists_and_the_identity_of_the_argument():
    a, b = [1.5, 2.5], [7.0, 8.0, 9.0]
    kernel = nbc.njit(both)
    assert kernel(a, b, 1) == both([1.5, 2.5], [7.0, 8.0, 9.0], 1)
    assert a == [1.5, 2.5, 8.0] and b == [7.0, 1.5, 9.0]


@requires_exec
def test_numba_agrees():
    numba = pytest.importorskip("numba")
    import warnings
    for fn, args in ((grow, ([1, 2], 9)), (edit, ([1.5, 2.5, 4.0], 2.0)),
                     (drain, ([4, 5, 6],))):
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # reflected lists are deprecated
            mine, theirs = copy.deepcopy(args), copy.deepcopy(args)
            assert nbc.njit(fn)(*mine) == numba.njit(fn)(*theirs)
        assert mine == theirs


@requires_exec
@pytest.mark.parametrize("dtype, items", [(nbc.float64, [0.5, 2.0]),
                                          (nbc.int64, [3, -4]), (nbc.int32, [])])
def test_typed_lists(dtype, items):
    l = List.empty_list(dtype)
    for x in items:
        l.append(x)
    assert len(l) == len(items) and list(l) == items
    kernel = nbc.njit(grow)
    if not items:
        with pytest.raises(ZeroDivisionError):  # l[i % 0]: as CPython
            kernel(l, 1)
        assert kernel(l, 0) == 0
        return
    want = list(items)
    grow(want, 5)
    assert kernel(l, 5) == len(want)
    assert list(l) == want and type(l) is List
    assert [type(x) for x in l] == [type(x) for x in want]


@requires_exec
def test_typed_list_spelled_as_numba():
    numba = pytest.importorskip("numba")
    l = List.empty_list(numba.float64)
    l.append(1.0)
    assert nbc.njit(grow)(l, 3) == 4 and l == [1.0, 1.0, 2.0, 4.0]


@requires_exec
def test_errors_in_kernels_still_reflect_nothing_wrong():
    l, empty = [1, 2], List.empty_list(nbc.int64)
    with pytest.raises(IndexError):
        nbc.njit(edit)(empty, 1)
    assert empty == []
    assert nbc.njit(drain)(l) == 2 and l == [1]


def test_lists_that_cannot_be_passed_name_the_argument():
    kernel = nbc.njit(lambda l: len(l))
    with pytest.raises(UnsupportedArgumentError, match=r"argument 0 \('l'\).*empty list"):
        kernel([])
    with pytest.raises(UnsupportedArgumentError, match=r"argument 0 \('l'\).*one scalar"):
        kernel([1, 2.5])
    with pytest.raises(UnsupportedArgumentError, match=r"argument 0 \('l'\)"):
        kernel([np.zeros(2), 1.0])  # (a list of arrays alone passes)
    with pytest.raises(UnsupportedArgumentError, match=r"argument 0 \('l'\)"):
        kernel(["a"])


def returns_argument(l):
    l.append(1)
    return l


def test_returning_the_argument_is_refused():
    with pytest.raises(nbc.UnsupportedError, match="returning the list passed in"):
        nbc.njit(returns_argument)([1])


def typed_inside(n):
    a = List()
    b = List.empty_list(nbc.float32)
    for i in range(n):
        a.append(i)
        b.append(i * 0.5)
    a.append(0.5)  # widens List() as `[]`
    b.append(1)  # cast to float32, as Numba's typed lists
    return np.array(a).sum(), np.array(b).sum(), len(b), b[-1]


@requires_exec
@pytest.mark.parametrize("n", [0, 1, 6])
def test_typed_lists_built_in_kernels(n):
    assert nbc.njit(typed_inside)(n) == typed_inside(n)


def test_typed_list_needs_a_scalar_type():
    def bad(n):
        l = List.empty_list(n)
        return len(l)
    with pytest.raises(nbc.TypingError, match="List.empty_list"):
        nbc.njit(bad)(1)


def resident_bytes():
    import os
    with open("/proc/self/statm") as statm:
        pages = int(statm.read().split()[1])
    return pages * os.sysconf("SC_PAGE_SIZE")


def append_some(l, n):
    for i in range(n):
        l.append(i * 0.5)
    return len(l)


@requires_exec
def test_reflected_buffers_are_freed():
    """A 256K-float list in (2 MB), grown to 512K and given back each call
    (and a 2 MB returned list): 20 leaking calls would hold 160 MB."""
    kernel = nbc.njit(append_some)
    ret = nbc.njit(doubled)
    base = [0.5] * (1 << 18)
    kernel(list(base), 1 << 18)
    before = resident_bytes()
    for _ in range(20):
        l = list(base)
        assert kernel(l, 1 << 18) == 1 << 19 and len(l) == 1 << 19
        assert len(ret(base)) == 1 << 18
    del l
    grown = resident_bytes() - before
    assert grown < 80 << 20, f"resident set grew by {grown >> 20} MB"


@requires_exec
def test_numba_typed_lists():
    numba = pytest.importorskip("numba")
    from numba.typed import List as NumbaList
    mine = NumbaList.empty_list(numba.int64)
    theirs = NumbaList.empty_list(numba.int64)
    for l in (mine, theirs):
        l.append(2)
        l.append(5)
    assert nbc.njit(grow)(mine, 4) == numba.njit(grow)(theirs, 4)
    assert list(mine) == list(theirs) and type(mine) is NumbaList
    with pytest.raises(UnsupportedArgumentError, match="untyped numba.typed.List"):
        nbc.njit(grow)(NumbaList(), 1)


def edges_total(edges):
    s = 0.0
    for u, v, w in edges:
        s += (u + 1) * w - v
    return s


def shift_pairs(pairs, x):
    i, y = pairs.pop()
    pairs.append((i + x, y * 2.0))
    pairs[0] = (x, -y)
    return i


def sort_pairs(pairs):
    pairs.sort()
    pairs.insert(0, (-1, False))
    return len(pairs)


def widen_field(stack, x):
    a, b = stack[0]
    stack[0] = (b, a + x)
    return a + b


TUPLE_LISTS = [
    (edges_total, ([(0, 1, 0.5), (2, 3, 1.5), (1, 1, -2.0)],)),
    (shift_pairs, ([(1, 2.5), (3, 4.0)], 5)),
    (shift_pairs, ([(-7, 0.25)], 2)),
    (sort_pairs, ([(3, True), (1, False), (1, True), (-5, True)],)),
    (sort_pairs, ([(2.5, True), (np.float64(-1.5), False), (2.5, False)],)),
]


@requires_exec
@pytest.mark.parametrize("fn,args", TUPLE_LISTS, ids=lambda c: getattr(c, "__name__", ""))
def test_lists_of_tuples_are_reflected(fn, args):
    """A Python list of tuples passed in (Numba's reflected list): the
    kernel's pops, appends, stores and sorts show in the caller's list,
    items as tuples of Python numbers, as CPython's and Numba's."""
    numba = pytest.importorskip("numba")
    import warnings
    mine, want, theirs = (copy.deepcopy(args) for _ in range(3))
    assert nbc.njit(fn)(*mine) == fn(*want)
    assert mine[0] == want[0]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # reflected lists are deprecated
        assert numba.njit(fn)(*theirs) == fn(*args)
    assert mine[0] == theirs[0]
    assert [tuple(type(x) for x in t) for t in mine[0]] == \
        [tuple(type(x) for x in t) for t in theirs[0]]


@requires_exec
def test_a_field_the_list_cannot_hold_is_refused():
    """(b, a + x) would store a float in the int field of the caller's
    (int64, float64) tuples: a TypingError at its line, the list untouched
    (Numba fails to compile such a kernel too)."""
    l = [(1, 2.5), (3, 4.0)]
    with pytest.raises(nbc.TypingError, match="wider element type") as info:
        nbc.njit(widen_field)(l, 3)
    assert "File " in str(info.value)
    assert l == [(1, 2.5), (3, 4.0)]


def test_lists_of_tuples_that_cannot_be_passed_name_the_argument():
    kernel = nbc.njit(lambda l: len(l))
    with pytest.raises(UnsupportedArgumentError, match=r"argument 0 \('l'\).*one scalar"):
        kernel([(1, 2.0), (1, 2)])
    with pytest.raises(UnsupportedArgumentError, match=r"argument 0 \('l'\).*tuples"):
        kernel([(1, 2j)])
    with pytest.raises(UnsupportedArgumentError, match=r"argument 0 \('l'\)"):
        kernel([(1, np.zeros(2))])
