"""Lists in kernels against CPython/NumPy (and Numba where typing rules
matter): literals, appends past several capacities, comprehensions, pop,
indexing, iteration, `in`, np.array of lists, tuples and nested literals;
Python's IndexErrors; TypingErrors for lists whose element type cannot be
decided; and lists freed on every call (the resident set stays flat)."""

import numpy as np
import pytest

import nbc
from conftest import requires_exec

SIZES = [0, 1, 7, 8, 9, 100, 1000]  # capacities 8, 16, 32, ... are passed


def f5(n):
    l = []
    for i in range(n):
        l.append(i * 2)
    return np.array(l)


def f6(n):
    return np.array([i * i for i in range(n)])


def f12(a):
    return np.array([a[0], a[1]])


def f12t(a):
    return np.array((a[0], a[1]))


def f13(a):
    return np.array([[a[0], 1.0], [2.0, a[1]]])


def comprehension_filter(n):
    return np.array([i * 0.5 for i in range(n) if i % 3 != 1])


def comprehension_over_array(a):
    return np.array([x + 1.0 for x in a])


def comprehension_zip(a, b):
    return np.array([x * y for x, y in zip(a, b)])


def comprehension_enumerate(a):
    return np.array([i * x for i, x in enumerate(a)])


def nested_comprehension(n):
    return np.array([i * 10 + j for i in range(n) for j in range(i)])


def mixed_literal(x):
    l = [1, 2.5, x]
    return np.array(l)


def bool_list(n):
    return np.array([i % 2 == 0 for i in range(n)])


def widened_by_append(n):
    l = [1, 2]
    for i in range(n):
        l.append(i / 4)
    return np.array(l)


def pop_sum(n):
    l = [i for i in range(n)]
    total = 0
    while len(l) > 0:
        total += l.pop() * len(l)
    return total


def index_negative(n, k):
    l = []
    for i in range(n):
        l.append(i * 3)
    return l[k]


def set_items(n):
    l = [0.0 for _ in range(n)]
    for i in range(n):
        l[i] = i * 1.5
        l[-1] = 7.0
    return np.array(l)


def iterate_list(n):
    l = [i * i for i in range(n)]
    s = 0
    for x in l:
        s += x
    return s, len(l)


def contains(n, v):
    l = [i * 2 for i in range(n)]
    return v in l, v not in l


def appends_in_branches(n):
    evens = []
    odds = []
    for i in range(n):
        if i % 2 == 0:
            evens.append(i)
        else:
            odds.append(i * 1.0)
    return np.array(evens).sum() + np.array(odds).sum()


def dtype_kw(n):
    return np.array([i for i in range(n)], dtype=np.float32)


def asarray_list(n):
    return np.asarray([i + 0.5 for i in range(n)])


CASES_N = [f5, f6, comprehension_filter, nested_comprehension, bool_list,
           widened_by_append, pop_sum, set_items, iterate_list, appends_in_branches,
           dtype_kw, asarray_list]


def check(got, want, typed=None):
    """`got` equals `want`; its dtype is that of `typed` (the result for a
    non-empty list: an empty list keeps its static type, as in Numba, where
    NumPy would make np.array([]) float64)."""
    typed = want if typed is None else typed
    if isinstance(want, tuple):
        assert isinstance(got, tuple) and len(got) == len(want)
        for g, w, t in zip(got, want, typed):
            check(g, w, t)
        return
    got, want = np.asarray(got), np.asarray(want)
    assert got.dtype == np.asarray(typed).dtype, (got.dtype, np.asarray(typed).dtype)
    assert got.shape == want.shape
    np.testing.assert_array_equal(got, want)


@requires_exec
@pytest.mark.parametrize("fn", CASES_N, ids=lambda f: f.__name__)
@pytest.mark.parametrize("n", SIZES)
def test_lists_match_cpython(fn, n):
    check(nbc.njit(fn)(n), fn(n), fn(9))


@requires_exec
@pytest.mark.parametrize("a", [np.array([3.0, -1.5]), np.array([7, 9]),
                               np.arange(6.0)[::3]])
def test_arrays_from_items_match_numpy(a):
    for fn in (f12, f12t, f13):
        check(nbc.njit(fn)(a), fn(a))


@requires_exec
@pytest.mark.parametrize("n", [0, 1, 50])
def test_comprehensions_over_arrays(n):
    a = np.linspace(0, 1, n)
    b = np.arange(n, dtype=np.int32)
    a1, b1 = np.ones(1), np.ones(1, np.int32)
    check(nbc.njit(comprehension_over_array)(a), comprehension_over_array(a),
          comprehension_over_array(a1))
    check(nbc.njit(comprehension_zip)(a, b), comprehension_zip(a, b),
          comprehension_zip(a1, b1))
    check(nbc.njit(comprehension_enumerate)(a), comprehension_enumerate(a),
          comprehension_enumerate(a1))


def not_of_a_pop(n):
    l = [1, 0, n]
    flag = 0
    if not l.pop():
        flag = 1
    return len(l), flag


@requires_exec
def test_not_evaluates_its_operand_once():
    # `not l.pop()` popped twice (a wrong length) before.
    for n in (0, 3):
        assert nbc.njit(not_of_a_pop)(n) == not_of_a_pop(n)


@requires_exec
def test_mixed_literal_is_float64_as_in_numba():
    numba = pytest.importorskip("numba")
    got = nbc.njit(mixed_literal)(3)
    check(got, numba.njit(mixed_literal)(3))
    assert got.dtype == np.float64


@requires_exec
@pytest.mark.parametrize("n,k", [(5, 0), (5, 4), (5, -1), (5, -5), (100, 57)])
def test_indexing(n, k):
    assert nbc.njit(index_negative)(n, k) == index_negative(n, k)


@requires_exec
@pytest.mark.parametrize("n,k", [(5, 5), (5, -6), (0, 0), (0, -1)])
def test_index_errors_are_pythons(n, k):
    with pytest.raises(IndexError) as py:
        index_negative(n, k)
    with pytest.raises(IndexError) as ours:
        nbc.njit(index_negative)(n, k)
    assert str(ours.value) == str(py.value) == "list index out of range"


def store_out_of_range(n):
    l = [1, 2, 3]
    l[n] = 0
    return l[0]


def pop_empty(n):
    l = [i for i in range(n)]
    l.pop()
    return l.pop()


@requires_exec
def test_store_and_pop_errors_are_pythons():
    for fn, arg in ((store_out_of_range, 3), (store_out_of_range, -4), (pop_empty, 1),
                    (pop_empty, 0)):
        with pytest.raises(IndexError) as py:
            fn(arg)
        with pytest.raises(IndexError) as ours:
            nbc.njit(fn)(arg)
        assert str(ours.value) == str(py.value)
    assert nbc.njit(pop_empty)(2) == 0


@requires_exec
@pytest.mark.parametrize("n,v", [(0, 0), (5, 4), (5, 5), (5, 8), (5, 10)])
def test_contains(n, v):
    assert nbc.njit(contains)(n, v) == contains(n, v)


def never_appended(n):
    l = []
    return len(l)


def mixed_incompatible(a):
    l = [1.0, a]
    return len(l)


def append_array(a):
    l = [1.0]
    l.append(a)
    return len(l)


def returns_list(n):
    return [i for i in range(n)]


def aliased(n):
    l = [1]
    m = l
    m.append(n)
    return len(l)


def level_bfs(indptr, indices, source):
    level = np.full(len(indptr) - 1, -1)
    level[source] = 0
    frontier = [source]
    depth = 0
    while len(frontier) > 0:
        current = frontier
        frontier = [np.int64(0) for _ in range(0)]
        depth += 1
        for u in current:
            for k in range(indptr[u], indptr[u + 1]):
                if level[indices[k]] < 0:
                    level[indices[k]] = depth
                    frontier.append(indices[k])
    return level


def moved_then_used(n):
    x = [1, 2]
    y = x
    x = [3]
    y.append(n)
    return x, y


def moved_parameter(lst):
    inp = lst
    lst = [0]
    inp.append(5)
    return len(inp)


@requires_exec
def test_a_list_moved_to_another_name():
    """`current = frontier` followed by `frontier = []` moves the list (no
    name shares it after): level-synchronous BFS, Sutherland-Hodgman
    (before: "aliasing a list ... is not supported"). A parameter's list
    goes back to the caller by its name: still refused."""
    indptr, indices = np.array([0, 2, 3, 4, 5, 5]), np.array([1, 2, 3, 4, 0])
    np.testing.assert_array_equal(nbc.njit(level_bfs)(indptr, indices, 0),
                                  level_bfs(indptr, indices, 0))
    assert nbc.njit(moved_then_used)(4) == moved_then_used(4)
    with pytest.raises(nbc.UnsupportedError, match="aliasing a list"):
        nbc.njit(moved_parameter)([1, 2])


def test_typing_errors():
    with pytest.raises(nbc.TypingError, match="cannot infer the element type") as e:
        nbc.njit(never_appended)(3)
    assert "l = []" in str(e.value)
    with pytest.raises(nbc.TypingError, match="element type of this empty list:"):
        nbc.njit(lambda: len(list()))()  # not "dict or set"
    with pytest.raises(nbc.TypingError, match="list items must be scalars"):
        nbc.njit(mixed_incompatible)(np.ones(2))
    with pytest.raises(nbc.TypingError, match="cannot append"):
        nbc.njit(append_array)(np.ones(2))
    with pytest.raises(nbc.UnsupportedError, match="aliasing a list"):
        nbc.njit(aliased)(3)


@requires_exec
def test_lists_as_arguments_and_results():  # test_reflected_lists.py has more
    assert nbc.njit(list_length)([1, 2, 3]) == 3
    assert nbc.njit(returns_list)(3) == returns_list(3)
    with pytest.raises(nbc.UnsupportedError, match="empty list"):
        nbc.njit(list_length)([])


def list_length(l):
    return len(l)


def drain(n):
    l = []
    for i in range(n):
        if i > 2:
            l.append(i)
    s = 0
    while l:
        s += l.pop()
    return s, len(l)


def augmented_item(x):
    l = [1.0, 2.0]
    l[0] += x
    l[-1] *= x
    return l[0], l[1]


def two_d_dtype(x):
    return np.array([[1, 2], [3, x]], dtype=np.float32)


@requires_exec
@pytest.mark.parametrize("n", [0, 3, 4, 50])
def test_truth_and_augmented_items(n):
    check(nbc.njit(drain)(n), drain(n))
    check(nbc.njit(augmented_item)(n), augmented_item(n))
    check(nbc.njit(two_d_dtype)(n), two_d_dtype(n))


def resident_bytes():
    import os
    with open("/proc/self/statm") as statm:
        pages = int(statm.read().split()[1])
    return pages * os.sysconf("SC_PAGE_SIZE")


def grow_then_sum(n, k):
    l = []
    for i in range(n):
        l.append(i * 1.0)
    total = 0.0
    for x in l:
        total += x
    return total + l[k]


@requires_exec
def test_lists_are_freed():
    """1M float64 items (8 MB, 16 MB once grown) a call: 150 leaking calls
    would grow the resident set by gigabytes; the error path too."""
    kernel = nbc.njit(grow_then_sum)
    n = 1 << 20
    assert kernel(n, 0) == grow_then_sum(n, 0)
    with pytest.raises(IndexError):
        kernel(n, n)
    before = resident_bytes()
    for _ in range(75):
        kernel(n, 0)
        with pytest.raises(IndexError):
            kernel(n, n)
    grown = resident_bytes() - before
    assert grown < 200 << 20, f"resident set grew by {grown >> 20} MB"
