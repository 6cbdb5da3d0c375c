"""Lists of arrays in kernels (!nbc.list<memref<?x..xT>>) against CPython/NumPy
running the same code: appends (past the slot and data capacities), literals,
comprehensions, List.empty_list(float64[:]), indexing and writes through an
item, iteration, pop, item assignment of smaller and larger arrays, lists
returned to Python; several dtypes and ranks; Python's IndexErrors; the
TypingErrors and UnsupportedErrors of what is not supported; and lists
freed on every call (the resident set stays flat)."""

import numba
import numpy as np
import pytest

import nbc
from conftest import requires_exec
from numba import types as numba_types
from test_memory import resident_bytes

pytestmark = requires_exec

DTYPES = [np.float64, np.float32, np.int64, np.int32, np.uint8, np.bool_,
          np.complex128]


def same_lists(got, want):
    assert isinstance(got, list) and len(got) == len(want)
    for g, w in zip(got, want):
        assert isinstance(g, np.ndarray)
        assert g.dtype == w.dtype and g.shape == w.shape
        assert np.array_equal(g, w)


def suffixes(a, n):
    out = []
    for i in range(n):
        out.append(a[i:])
    return out


def rows_of(b, n):
    out = []
    for i in range(n):
        out.append(b[i % b.shape[0]:])
    return out


def filled_comprehension(n, k):
    l = [np.zeros(k) for _ in range(n)]
    for i in range(n):
        for j in range(k):
            l[i][j] = i * 10 + j
        l[i] += 0.5
    return l


def literal_and_len(a, b):
    l = [a, b, a + b]
    return l, len(l)


def iterate_sum(a, n):
    l = []
    for i in range(n):
        l.append(a * i)
    total = 0.0
    count = 0
    for arr in l:
        total += arr.sum()
        count += arr.size
    last = 0.0
    if n:
        last = l[-1][0]
    return total, count, last


def append_then_fill(n, k):
    out = []
    for i in range(n):
        row = np.empty(k)
        out.append(row)
        for j in range(k):
            row[j] = i + j * 0.5
    return out


def write_through_iteration(n):
    l = [np.ones(i + 1) for i in range(n)]
    for arr in l:
        arr[0] = 7.0
        arr += 1.0
    return l


def pops(a, n):
    l = []
    popped = []
    for i in range(n):
        l.append(a[:i + 1] * 2)
        if i % 3 == 2:
            popped.append(l.pop())
    while len(l) > 2:
        popped.append(l.pop())
    l.append(a[:1])
    return l, popped


def assign_items(a, n):
    l = [a[:i + 1] for i in range(n)]
    l[0] = a[:3]          # larger than the item: at the end of the data
    l[-1] = a[:1] + 100   # smaller: over the item's data
    l[n // 2] = a         # the whole array
    x = l[1]
    return l, x.size


def list_of_2d(m, n):
    l = []
    for i in range(n):
        l.append(m[:i + 1, :] + i)
    return l


def list_of_3d(t):
    # Copies: with `t` itself in it, the write would be refused (a list
    # holding a parameter is not written; test_list_alias.py).
    l = [t.copy(), t * 2, t[:1].copy()]
    l[1][0, 0, 0] = -1.0
    return l


def typed_empty_list(n):
    l = numba.typed.List.empty_list(numba_types.float64[:])
    for i in range(n):
        l.append(np.arange(i, dtype=np.float64))
    return l


def nbc_typed_empty_list(n):
    l = nbc.typed.List.empty_list(nbc.types.int32[:, :])
    for i in range(n):
        l.append(np.full((i, 2), i, dtype=np.int32))
    return l


def return_item(n):
    l = [np.arange(i + 1) * 1.5 for i in range(n)]
    return l[n - 1]


def index_item(n, k):
    l = [np.zeros(2) for _ in range(n)]
    return l[k][0]


def store_item(n, k):
    l = [np.zeros(2) for _ in range(n)]
    l[k] = np.ones(3)
    return len(l)


def pop_empty(n):
    l = [np.zeros(2) for _ in range(n)]
    l.pop()
    return l.pop()


@pytest.mark.parametrize("dtype", DTYPES)
@pytest.mark.parametrize("n", [0, 1, 8, 9, 40])
def test_appends_of_views(dtype, n):
    a = (np.arange(50) % 7).astype(dtype)
    same_lists(nbc.njit(suffixes)(a, n), suffixes(a, n))


@pytest.mark.parametrize("dtype", [np.float64, np.int16, np.complex64])
def test_appends_of_2d_views(dtype):
    b = np.arange(24).reshape(4, 6).astype(dtype)
    same_lists(nbc.njit(rows_of)(b, 11), rows_of(b, 11))
    # Fortran-ordered and non-contiguous items are copied in C order.
    f = np.asfortranarray(b)
    same_lists(nbc.njit(rows_of)(f, 5), rows_of(f, 5))
    s = b[:, ::2]
    same_lists(nbc.njit(rows_of)(s, 5), rows_of(s, 5))


@pytest.mark.parametrize("n,k", [(0, 3), (1, 1), (9, 4), (30, 50)])
def test_comprehension_and_writes_through_items(n, k):
    same_lists(nbc.njit(filled_comprehension)(n, k), filled_comprehension(n, k))


def test_literal():
    a, b = np.arange(4.0), np.ones(2)
    got, n = nbc.njit(literal_and_len)(a, b[:1].repeat(4))
    want, m = literal_and_len(a, b[:1].repeat(4))
    same_lists(got, want)
    assert n == m


@pytest.mark.parametrize("n", [0, 1, 20])
def test_iteration(n):
    a = np.arange(5.0)
    assert nbc.njit(iterate_sum)(a, n) == iterate_sum(a, n)


@pytest.mark.parametrize("n,k", [(1, 3), (12, 7), (40, 100)])
def test_a_name_appended_then_written_is_the_item(n, k):
    same_lists(nbc.njit(append_then_fill)(n, k), append_then_fill(n, k))


def test_writes_through_iteration():
    same_lists(nbc.njit(write_through_iteration)(10), write_through_iteration(10))


@pytest.mark.parametrize("n", [3, 10, 25])
def test_pop(n):
    a = np.arange(30, dtype=np.int64)
    got, got_popped = nbc.njit(pops)(a, n)
    want, want_popped = pops(a, n)
    same_lists(got, want)
    same_lists(got_popped, want_popped)


@pytest.mark.parametrize("n", [4, 9, 33])
def test_item_assignment(n):
    a = np.arange(40.0)
    got, size = nbc.njit(assign_items)(a, n)
    want, want_size = assign_items(a, n)
    same_lists(got, want)
    assert size == want_size


def test_ranks():
    m = np.arange(12.0).reshape(4, 3)
    same_lists(nbc.njit(list_of_2d)(m, 10), list_of_2d(m, 10))
    t = np.arange(24.0).reshape(2, 3, 4)
    same_lists(nbc.njit(list_of_3d)(t.copy()), list_of_3d(t.copy()))


def test_typed_empty_lists():
    got = nbc.njit(typed_empty_list)(12)
    assert isinstance(got, nbc.typed.List)  # as a List() of scalars
    same_lists(list(got), list(typed_empty_list(12)))
    got = nbc.njit(nbc_typed_empty_list)(5)
    same_lists(list(got), [np.full((i, 2), i, dtype=np.int32) for i in range(5)])


def test_an_item_returned_outlives_its_list():
    got = nbc.njit(return_item)(6)
    np.testing.assert_array_equal(got, return_item(6))


@pytest.mark.parametrize("fn,args", [(index_item, (3, 3)), (index_item, (3, -4)),
                                     (index_item, (0, 0)), (store_item, (2, 2)),
                                     (store_item, (2, -3)), (pop_empty, (1,)),
                                     (pop_empty, (0,))])
def test_index_errors_are_pythons(fn, args):
    with pytest.raises(IndexError) as py:
        fn(*args)
    with pytest.raises(IndexError) as ours:
        nbc.njit(fn)(*args)
    assert str(ours.value) == str(py.value)


def mixed_dtypes(n):
    l = [np.zeros(3)]
    l.append(np.zeros(3, dtype=np.int64))
    return len(l)


def mixed_ranks(n):
    l = [np.zeros(3)]
    l.append(np.zeros((3, 3)))
    return len(l)


def scalar_and_array(n):
    return len([1.0, np.zeros(3)])


def sort_arrays(n):
    l = [np.zeros(3) for _ in range(n)]
    l.sort()
    return len(l)


def contains_array(n):
    l = [np.zeros(3) for _ in range(n)]
    return np.zeros(3) in l


def array_of_arrays(n):
    l = [np.zeros(3) for _ in range(n)]
    return np.array(l)


def slice_of_arrays(n):
    l = [np.zeros(3) for _ in range(n)]
    return len(l[1:])


def concat_arrays(n):
    l = [np.zeros(3) for _ in range(n)]
    m = [np.ones(3)]
    return len(l + m)


def sum_arrays(n):
    l = [np.zeros(3) for _ in range(n)]
    return sum(l)


def sorted_arrays(n):
    return len(sorted([np.zeros(3) for _ in range(n)]))


def copied_by_list(n):
    l = [np.arange(3.0) + i for i in range(n)]
    m = list(l)
    m[0][0] = -1.0
    return m, l


def list_of_tuples_of_arrays(n):
    return len([(i, np.zeros(3)) for i in range(n)])


def list_of_lists_of_arrays(n):
    return len([[np.ones(2)] for _ in range(n)])


@pytest.mark.parametrize("fn,error,words", [
    (mixed_dtypes, nbc.TypingError, "cannot unify"),
    (mixed_ranks, nbc.TypingError, "cannot unify"),
    (scalar_and_array, nbc.TypingError, "cannot unify"),
    (sort_arrays, nbc.UnsupportedError, "list of arrays"),
    (contains_array, nbc.UnsupportedError, "list of arrays"),
    (array_of_arrays, nbc.UnsupportedError, "list of arrays"),
    (slice_of_arrays, nbc.UnsupportedError, "list of arrays"),
    (concat_arrays, nbc.UnsupportedError, "list of arrays"),
    (sum_arrays, nbc.UnsupportedError, "list of arrays"),
    (sorted_arrays, nbc.UnsupportedError, "list of arrays"),
    (copied_by_list, nbc.UnsupportedError, "list of arrays"),
    (list_of_tuples_of_arrays, nbc.UnsupportedError, "tuples of scalars"),
    (list_of_lists_of_arrays, nbc.UnsupportedError, "lists of lists hold lists of bool"),
])
def test_refused_at_their_line(fn, error, words):
    with pytest.raises(error) as info:
        nbc.njit(fn)(3)
    assert words in str(info.value) and "File " in str(info.value)


def test_a_list_of_arrays_passed_in_is_refused_clearly():
    lst = nbc.typed.List.empty_list(nbc.types.float64[:])
    with pytest.raises(TypeError) as info:
        nbc.njit(length_of)(lst)
    assert "lists of arrays cannot be passed" in str(info.value)


def length_of(l):
    return len(l)


@nbc.njit
def add_row(l, k):
    l.append(np.ones(k) * len(l))
    l[0][0] = 42.0


def passes_to_a_callee(n):
    l = [np.zeros(2)]
    for i in range(n):
        add_row(l, i + 1)
    t = 0.0
    for a in l:
        t += a.sum()
    return l, t


@nbc.njit
def make_rows(n):
    return [np.arange(i + 1.0) for i in range(n)]


def takes_from_a_callee(n):
    l = make_rows(n)
    l.append(np.zeros(1))
    return l


def test_lists_of_arrays_across_jitted_calls(monkeypatch):
    """A callee changes the caller's list (by reference, as Numba) and returns
    new ones; the reference runs the callees as Python."""
    got = nbc.njit(passes_to_a_callee)(5), nbc.njit(takes_from_a_callee)(4)
    monkeypatch.setattr(__import__(__name__), "add_row", add_row.py_func)
    monkeypatch.setattr(__import__(__name__), "make_rows", make_rows.py_func)
    want = passes_to_a_callee(5), takes_from_a_callee(4)
    same_lists(got[0][0], want[0][0])
    assert got[0][1] == want[0][1]
    same_lists(got[1], want[1])


def churn(n, k):
    l = [np.zeros(k) for _ in range(n)]
    for i in range(n):
        l[i] = np.ones(k + i % 3)
    x = l.pop()
    for arr in l:
        arr += x[0]
    return len(l)


def test_lists_of_arrays_are_freed():
    """10^4 calls building 40 items of ~8 KB each (3 GB in all): any leak of
    a buffer or an item grows the resident set by gigabytes."""
    kernel = nbc.njit(churn)
    assert kernel(40, 1000) == churn(40, 1000)
    kernel(40, 1000)
    before = resident_bytes()
    for _ in range(10_000):
        kernel(40, 1000)
    assert resident_bytes() - before < 64 << 20
