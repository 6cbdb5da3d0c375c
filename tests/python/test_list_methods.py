"""List methods and operators in kernels against CPython running the same
functions (and Numba, on the int64 cases): extend, insert, pop(i),
remove, index, count, reverse, sort, copy, clear, del, slices read and
assigned, +, *, +=, *=, comparisons, min/max/sum/list/sorted and
enumerate/zip/reversed loops over lists, on int64, float64 and bool items,
empty lists, negative and out-of-range indices; Python's IndexError and
ValueError with CPython's messages; and reflected lists (Python lists passed
in) showing the changes after the call."""

import numpy as np
import pytest

import nbc
from conftest import requires_exec

pytestmark = [requires_exec, pytest.mark.filterwarnings(
    "ignore::numba.core.errors.NumbaPendingDeprecationWarning")]

DTYPES = [np.int64, np.float64, np.bool_]


def items(dtype, n, seed=0):
    rng = np.random.default_rng(seed)
    return rng.integers(0, 4, n).astype(dtype)


def extend(a, b):
    l = []
    for x in a:
        l.append(x)
    m = []
    for y in b:
        m.append(y)
    l.extend(m)
    l.extend(b)
    l.extend(l)
    return l


def insert(a, i, x):
    l = []
    for v in a:
        l.append(v)
    l.insert(i, x)
    l.insert(-i, x)
    return l


def pop_at(a, i):
    l = []
    for v in a:
        l.append(v)
    r = l.pop(i)
    return r, l


def remove(a, x):
    l = []
    for v in a:
        l.append(v)
    l.remove(x)
    return l


def index(a, x):
    l = []
    for v in a:
        l.append(v)
    return l.index(x)


def index_range(a, x, s, e):
    l = []
    for v in a:
        l.append(v)
    return l.index(x, s, e)


def count(a, x):
    l = []
    for v in a:
        l.append(v)
    return l.count(x)


def reorder(a):
    l = []
    for v in a:
        l.append(v)
    l.reverse()
    m = l.copy()
    m.sort()
    r = l.copy()
    r.sort(reverse=True)
    return l, m, \
        r


def clear(a):
    l = []
    for v in a:
        l.append(v)
    m = l.copy()
    l.clear()
    return len(l), len(m)


def delete(a, i):
    l = []
    for v in a:
        l.append(v)
    del l[i]
    return l


def delete_slice(a, s, e):
    l = []
    for v in a:
        l.append(v)
    del l[s:e]
    del l[:1]
    return l


def slices(a, s, e, st):
    l = []
    for v in a:
        l.append(v)
    return (l[s:e], l[s:],
            l[:e], l[::st],
            l[s:e:st], l[:])


def slice_store(a, s, e, b):
    l = []
    for v in a:
        l.append(v)
    m = []
    for v in b:
        m.append(v)
    l[s:e] = m
    return l


def operators(a, b, k):
    l = []
    for v in a:
        l.append(v)
    m = []
    for v in b:
        m.append(v)
    p = l + m
    q = l * k
    r = k * m
    l += m
    m *= k
    return (p, q,
            r, l,
            m)


def compare(a, b):
    l = []
    for v in a:
        l.append(v)
    m = []
    for v in b:
        m.append(v)
    return l == m, l != m, l < m, l <= m, l > m, l >= m


JITTED = {}


def jit(fn, which="nbc"):
    """One dispatcher per function and compiler (compiled once per signature)."""
    if (fn, which) not in JITTED:
        import numba
        JITTED[fn, which] = (nbc.njit if which == "nbc" else numba.njit)(fn)
    return JITTED[fn, which]


def numba_too(args):
    """Numba runs the int64 cases too (CPython is the reference for every
    case; Numba's compiles take seconds each, so one dtype shows it agrees)."""
    return all(not isinstance(a, np.ndarray) or a.dtype == np.int64 for a in args)


def check(fn, *args, numba=True):
    want = fn(*args)
    results = [jit(fn)(*args)]
    if numba and numba_too(args):
        results.append(jit(fn, "numba")(*args))
    for r in results:
        w = want if isinstance(want, tuple) else (want,)
        r = r if isinstance(r, tuple) else (r,)
        assert len(r) == len(w)
        for x, y in zip(r, w):
            assert type(x) in (list, type(y)) or np.ndim(x) == 0
            assert (list(x) if isinstance(x, list) else x) == y


def check_raises(kind, fn, *args, message=None):
    with pytest.raises(kind) as py:
        fn(*args)
    with pytest.raises(kind) as ours:
        jit(fn)(*args)
    assert str(ours.value) == (message or str(py.value))


@pytest.mark.parametrize("dtype", DTYPES)
@pytest.mark.parametrize("n", [0, 1, 5])
def test_extend_reorder_clear(dtype, n):
    a, b = items(dtype, n), items(dtype, 3, 1)
    check(extend, a, b)
    check(reorder, a)
    check(clear, a)


@pytest.mark.parametrize("dtype", DTYPES)
@pytest.mark.parametrize("n", [0, 1, 6])
@pytest.mark.parametrize("i", [0, 2, -1, -9, 9])
def test_insert(dtype, n, i):
    check(insert, items(dtype, n), i, dtype(1))


@pytest.mark.parametrize("dtype", [np.int64, np.float64])
def test_extend_and_insert_in_loops(dtype):
    """The list a loop grows with extend/insert is the one after the loop
    (it was the list before: length 1, the loop's items lost)."""
    check(grown_in_loops, items(dtype, 4, 2), 3)


@pytest.mark.parametrize("dtype", DTYPES)
@pytest.mark.parametrize("i", [0, 3, -1, -6])
def test_pop_at_and_del(dtype, i):
    a = items(dtype, 6)
    check(pop_at, a, i)
    check(delete, a, i)


@pytest.mark.parametrize("dtype", DTYPES)
def test_remove_index_count(dtype):
    a = np.array([3, 1, 0, 1, 2], dtype=dtype)
    for x in (1, 0, 2):
        x = dtype(x)
        check(remove, a, x)
        check(index, a, x)
        check(count, a, x)
    for s, e in [(0, 5), (2, 5), (-3, -1), (-9, 9), (4, 99)]:
        if 1 in list(a[s:e] if s >= 0 else a[max(s + 5, 0):e]):
            check(index_range, a, dtype(1), s, e)
    check(count, a[:0], dtype(1))


def test_value_errors():
    a = np.array([3.0, 1.0, 2.0])
    check_raises(ValueError, remove, a, 5.0)
    check_raises(ValueError, remove, a[:0], 5.0)
    check_raises(ValueError, index, a, 5.0)
    check_raises(ValueError, index_range, a, 3.0, 1, 3)
    check_raises(ValueError, index, np.array([3, 1]), 7)
    check_raises(ValueError, index, np.array([True]), False)


def test_index_errors():
    a = np.arange(4)
    check_raises(IndexError, pop_at, a, 4)
    check_raises(IndexError, pop_at, a, -5)
    check_raises(IndexError, pop_at, a[:0], 0)  # "pop from empty list"
    check_raises(IndexError, delete, a, 4)
    check_raises(IndexError, delete, a, -5)
    check_raises(IndexError, delete, a[:0], 0)


@pytest.mark.parametrize("dtype", DTYPES)
@pytest.mark.parametrize("n", [0, 1, 7])
@pytest.mark.parametrize("s,e,st", [(1, 4, 1), (-3, -1, 2), (5, 1, -1), (-9, 9, 3),
                                     (9, -9, -2), (0, 0, -1)])
def test_slices(dtype, n, s, e, st):
    a = items(dtype, n)
    check(slices, a, s, e, st)
    check(delete_slice, a, s, e)
    for m in (0, 2, 5):
        check(slice_store, a, s, e, items(dtype, m, 2))


def test_slice_step_zero():
    check_raises(ValueError, slices, np.arange(3), 0, 2, 0)


@pytest.mark.parametrize("dtype", DTYPES)
@pytest.mark.parametrize("n,m", [(0, 0), (0, 2), (3, 2), (2, 3)])
@pytest.mark.parametrize("k", [-1, 0, 1, 3])
def test_operators(dtype, n, m, k):
    check(operators, items(dtype, n), items(dtype, m, 1), k)


@pytest.mark.parametrize("dtype", [np.int64, np.float64])
@pytest.mark.parametrize("a,b", [([], []), ([1], []), ([1, 2], [1, 2]), ([1, 2], [1, 3]),
                                 ([2], [1, 5]), ([1, 2], [1, 2, 0])])
def test_compare(dtype, a, b):
    a, b = np.array(a, dtype=dtype), np.array(b, dtype=dtype)
    check(compare, a, b)
    check(compare, b, a)


# -- reflected lists: the changes show in the caller's list ------------------------
def edit_reflected(l, x):
    l.extend([x, x])
    l.insert(1, x)
    l.remove(x)
    del l[0]
    l.reverse()
    l.sort()
    l[1:2] = [x, x, x]
    l += [x]
    return l.index(x) + l.count(x) + l.pop(0)


def clear_reflected(l):
    n = len(l)
    l.clear()
    return n


@pytest.mark.parametrize("items_", [[4, 1, 3], [2.5, -1.0, 0.5, 7.0], [True, False, True]])
def test_reflected_lists_see_the_changes(items_):
    x = type(items_[0])(1)
    for fn, args in ((edit_reflected, (x,)), (clear_reflected, ())):
        py, ours, nb = list(items_), list(items_), list(items_)
        assert nbc.njit(fn)(ours, *args) == fn(py, *args)
        assert ours == py
        if isinstance(x, int) and not isinstance(x, bool):  # as numba_too()
            import numba
            numba.njit(fn)(nb, *args)
            assert nb == py


# -- what is refused says why ------------------------------------------------------
def sort_with_key(a):
    l = []
    for v in a:
        l.append(v)
    l.sort(key=abs)
    return l[0]


def bad_arity(a):
    l = []
    for v in a:
        l.append(v)
    l.insert(1)
    return l[0]


def extended_slice_store(a):
    l = [v for v in range(len(a))]
    l[::2] = [0, 0]
    return l[0]


def extended_slice_del(a):
    l = [v for v in range(len(a))]
    del l[::2]
    return l[0]


def test_refused_forms_say_why():
    a = np.arange(3)
    assert nbc.njit(sort_with_key)(a - 1) == sort_with_key(a - 1)  # key= works now
    with pytest.raises(nbc.TypingError, match=r"insert\(\) takes 2 argument"):
        nbc.njit(bad_arity)(a)
    with pytest.raises(nbc.UnsupportedError, match="extended slice"):
        nbc.njit(extended_slice_store)(a)
    with pytest.raises(nbc.UnsupportedError, match="extended slice"):
        nbc.njit(extended_slice_del)(a)


# -- builtins and loops over lists -------------------------------------------------
def builtins_of(a, k):
    l = []
    for v in a:
        l.append(v)
    m = list(range(k))
    s = sorted(l)
    r = sorted(l, reverse=True)
    c = list(a)
    return min(l), max(l), sum(l), sum(m), m, s, r, c, sum([v * 2 for v in l])


def builtins_of_list_values(a):
    l = []
    for v in a:
        l.append(v)
    return (min(l[1:]), sum(l[1:]), max(l[::-1]), sum(sorted(l)), min(list(l)),
            max(l + l), sum(l[-2:]))


def grown_in_loops(a, n):
    l = [a[0]]
    for k in range(n):
        l.extend(a)
        if k > 0:
            l.insert(0, a[k % len(a)])
    w = 0
    while w < n:
        w += 1
        l.insert(-1, a[-1])
    return len(l), sum(l), l[0], l[-2]


def loops_over(a):
    l = []
    for v in a:
        l.append(v)
    t = 0.0
    for i, x in enumerate(l):
        t += i * x
    for x, y in zip(l, a):
        t = t * 0.5 + x * y
    for x in reversed(l):
        t = t * 0.25 + x
    return t


@pytest.mark.parametrize("dtype", [np.int64, np.float64])
@pytest.mark.parametrize("n", [1, 6])
def test_builtins_and_loops(dtype, n):
    a = items(dtype, n, 3)
    check(builtins_of, a, n)
    check(loops_over, a, numba=False)  # Numba has no reversed() of a list
    check_raises(ValueError, builtins_of, a[:0], n)  # min() arg is an empty sequence


@pytest.mark.parametrize("dtype", [np.int64, np.float64])
def test_builtins_of_list_expressions(dtype):
    """min/max/sum of a list that is no name: a slice, sorted(), list(), a
    concatenation (was a TypingError "sum() expects an array")."""
    a = items(dtype, 5, 4)
    check(builtins_of_list_values, a, numba=False)  # (Numba: ~5 s CPU to compile)
    check_raises(ValueError, builtins_of_list_values, a[:1])  # min(l[1:]) of none
