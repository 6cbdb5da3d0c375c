"""Sets in kernels against CPython running the same functions: `set()`,
literals, `set(array)`, `set(list)`, comprehensions, add/discard/remove, the
set methods and in-place operators (set_methods.py),
`in`/`not in`, len, iteration; integer, float (-0.0 == 0.0) and bool items;
KeyError from remove; clear errors for what is not supported."""

import numpy as np
import pytest

import nbc
from conftest import requires_exec

SIZES = [0, 1, 5, 6, 7, 50, 1000]


def unique_count(a):
    return len(set(a))


def unique_items(a):
    s = set()
    for x in a:
        s.add(x)
    out = np.empty(len(s), dtype=a.dtype)
    i = 0
    for x in s:
        out[i] = x
        i += 1
    return out  # Python's order is not insertion order: the test sorts


def membership(a, b):
    s = set(a)
    hits = 0
    for x in b:
        if x in s:
            hits += 1
        if x not in s:
            hits -= 100
    return hits


def discard_and_remove(n):
    s = {i * 3 for i in range(n)}
    for i in range(0, 3 * n, 2):
        s.discard(i)
    total = 0
    for x in s:
        total += x
    if n > 1:
        s.remove(3)
    return total, len(s)


def remove_missing(n, k):
    s = {i for i in range(n)}
    s.remove(k)
    return len(s)


def from_list(n):
    l = [i % 4 for i in range(n)]
    return len(set(l)), len({1, 2, 2.5})


def bool_items(a):
    s = set()
    for x in a:
        s.add(x > 2)
    return len(s), True in s, False in s


def float_items(a):
    s = set(a)
    return len(s), 0.0 in s, -0.0 in s, 1.5 in s


def truth(n):
    s = {n}
    count = 0
    while s:
        s.discard(n)
        count += 1
    return count


@requires_exec
@pytest.mark.parametrize("n", SIZES)
def test_unique(n):
    rng = np.random.default_rng(n)
    for dtype in (np.int32, np.int64, np.float32, np.float64, np.uint8):
        a = rng.integers(0, 30, size=n).astype(dtype)
        assert nbc.njit(unique_count)(a) == unique_count(a)
        np.testing.assert_array_equal(np.sort(nbc.njit(unique_items)(a)),
                                      np.sort(unique_items(a)))
        b = rng.integers(0, 40, size=n // 2 + 1).astype(dtype)
        assert nbc.njit(membership)(a, b) == membership(a, b)
    a = np.arange(2 * n).reshape(2, n)[1, ::-2]  # strided, reversed
    assert nbc.njit(unique_count)(a) == unique_count(a)


@requires_exec
@pytest.mark.parametrize("n", SIZES)
def test_updates(n):
    assert nbc.njit(discard_and_remove)(n) == discard_and_remove(n)
    assert nbc.njit(from_list)(n) == from_list(n)
    assert nbc.njit(truth)(n) == truth(n)


@requires_exec
@pytest.mark.parametrize("k", [-1, 10, 3 ** 30])
def test_remove_missing(k):
    with pytest.raises(KeyError) as got:
        nbc.njit(remove_missing)(10, k)
    with pytest.raises(KeyError) as want:
        remove_missing(10, k)
    assert got.value.args == want.value.args


@requires_exec
def test_bool_and_float_items():
    a = np.array([1, 5, 0, 2])
    assert nbc.njit(bool_items)(a) == bool_items(a)
    assert nbc.njit(bool_items)(a[:1]) == bool_items(a[:1])
    for dtype in (np.float32, np.float64):
        f = np.array([0.0, -0.0, 1.5, 2.0, 1.5], dtype=dtype)
        assert nbc.njit(float_items)(f) == float_items(f)
        assert nbc.njit(float_items)(f[2:]) == float_items(f[2:])


def algebra(a, b):
    x = set(a)
    y = set(b)
    union = x | y
    both = x & y
    only = x - y
    either = x ^ y
    x |= {100}
    total = 0
    for v in union:
        total += v
    return len(union), len(both), len(only), len(either), total, len(x)


@requires_exec
@pytest.mark.parametrize("n", [0, 1, 6, 40])
def test_set_algebra(n):
    rng = np.random.default_rng(n)
    for dtype in (np.int64, np.int32, np.float64):
        a = rng.integers(0, 20, size=n).astype(dtype)
        b = rng.integers(10, 30, size=n + 2).astype(dtype)
        assert nbc.njit(algebra)(a, b) == algebra(a, b)
    a, b = np.arange(n, dtype=np.int32), np.arange(n) * 0.5  # mixed: float64 union
    assert nbc.njit(algebra)(a, b) == algebra(a, b)


def methods(a, b):
    x = set(a)
    y = set(b)
    union = x.union(y, b[:2])  # several arguments, any iterable, as Python's
    both = x.intersection(b)
    only = x.difference(y, {1})
    either = x.symmetric_difference(y)
    copy = x.union()
    relations = (x.issubset(union), union.issuperset(y), x.isdisjoint(y),
                 both.isdisjoint(only), x <= union, x < union, union < union,
                 union > both, union >= union, x <= y, y >= x)
    return (sorted(union), sorted(both), sorted(only), sorted(either), len(copy),
            relations)


def in_place(a, b):
    x = set(a)
    y = set(a)
    z = set(a)
    w = set(a)
    x &= set(b)
    y -= set(b)
    z ^= set(b)
    w |= set(b)
    v = set(a)
    v.intersection_update(b, a)
    v.difference_update(b[:1])
    v.symmetric_difference_update([7, 7, 8])
    return sorted(x), sorted(y), sorted(z), sorted(w), sorted(v)


def drained(a):
    s = set(a)
    total = 0
    count = 0
    while s:
        item = s.pop()
        if item in s:  # popped means removed
            return -1, -1
        total += item
        count += 1
    return total, count


def pop_empty(n):
    s = {n}
    s.pop()
    return s.pop()


def shrink(s, t):  # its parameter set is the caller's: changed in place
    s -= t
    s.symmetric_difference_update({-1})


def passed_on(a, b):
    s = set(a)
    shrink(s, set(b))
    return sorted(s)


@requires_exec
def test_set_methods():
    rng = np.random.default_rng(7)
    kernels = [nbc.njit(f) for f in (methods, in_place, drained, passed_on)]
    for n in (0, 1, 9):
        for dt_a, dt_b in ((np.int64, np.int64), (np.float64, np.float64),
                           (np.int32, np.float64)):
            a = rng.integers(0, 12, size=n).astype(dt_a)
            b = rng.integers(6, 18, size=n + 2).astype(dt_b)
            for kernel, args in zip(kernels, [(a, b), (a, b), (a,), (a.astype(np.int64), b)]):
                assert kernel(*args) == kernel.py_func(*args), kernel.__name__


@requires_exec
def test_pop_from_empty_set_raises_keyerror():
    with pytest.raises(KeyError) as got:
        nbc.njit(pop_empty)(3)
    with pytest.raises(KeyError) as want:
        pop_empty(3)
    assert got.value.args == want.value.args


def returned(a):
    s = set(a)
    s.discard(3)
    return s


@requires_exec
@pytest.mark.parametrize("n", [0, 1, 8, 200])
def test_returned_sets_are_python_sets(n):
    for dtype in (np.int64, np.float64, np.int8):
        a = np.random.default_rng(n).integers(0, 9, size=n).astype(dtype)
        got = nbc.njit(returned)(a)
        assert type(got) is set and got == returned(a)
    assert nbc.njit(returned)(a > 4) == returned(a > 4)


def subscripted(n):
    s = {n}
    return s[0]


def set_of_array_tuples(n):  # tuples of scalars are items (test_tuple_dicts.py)
    s = {(n, np.zeros(n))}
    return len(s)


def set_method(n):
    s = {n}
    s.sort()
    return len(s)


def pop_undecided(n):
    s = set()
    return s.pop()


def never_added(n):
    return len(set())


def compare_with_list(n):
    return {n} <= [n]


def in_place_with_list(n):
    s = {n}
    s &= [n]
    return len(s)


@pytest.mark.parametrize("fn, error, text", [
    (subscripted, nbc.TypingError, "'set' object is not subscriptable"),
    (set_of_array_tuples, nbc.TypingError,
     "set items must be scalars (bool, int, float) or tuples of them; got a tuple holding"),
    (set_method, nbc.UnsupportedError, "unsupported set method 'sort'"),
    (pop_undecided, nbc.TypingError, "cannot pop from an empty set whose item type"),
    (never_added, nbc.TypingError, "cannot infer the element type of this empty set:"),
    (compare_with_list, nbc.TypingError, "cannot compare set"),
    (in_place_with_list, nbc.TypingError, "unsupported operand types for &"),
])
def test_errors(fn, error, text):
    with pytest.raises(error) as info:
        nbc.njit(fn)(1)
    assert text in str(info.value)
