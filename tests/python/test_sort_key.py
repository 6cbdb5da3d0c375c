"""`l.sort(key=...)` and `sorted(x, key=..., reverse=...)` with a lambda,
an inner function, a jitted function or a builtin as the key: stable as
CPython's (equal keys keep their order, reverse=True too), keys computed
once per item. Checked against CPython running the same functions and
Numba 0.68 side by side."""

import numpy as np
import pytest

import nbc
import kernel_cache
from conftest import requires_exec

pytestmark = requires_exec


def same(got, want):
    """The same items, of the same Python kinds (NumPy's scalars as numbers)."""
    assert isinstance(got, list)
    want = [w.item() if isinstance(w, np.generic) else w for w in want]
    assert len(got) == len(want) and all(
        type(g) is type(w) and g == w for g, w in zip(got, want)), (got, want)


def check(fn, *args, numba_key=None):
    """nbc exactly as CPython (stable); Numba's key sorts are not stable (a
    quicksort), so against Numba only the order of the keys `numba_key`
    gives, and the same items."""
    want = fn(*args)
    same(kernel_cache.njit(fn)(*args), want)
    if numba_key is not None:
        got = list(kernel_cache.numba_njit(fn)(*args))
        assert [numba_key(x) for x in got] == [numba_key(x) for x in want]
        assert sorted(got) == sorted(want)
    return want


def sort_mod(n, rev):
    l = [(i * 7 + 3) % 11 for i in range(n)]
    l.sort(key=lambda x: x % 3, reverse=rev)
    return l


def sorted_captured(n, c, rev):
    l = [i * 0.5 for i in range(n)]
    return sorted(l, key=lambda x: abs(x - c), reverse=rev)


def sort_inner_def(n, rev):
    def parity_then_neg(x):
        return (x % 2, -x)
    l = [(i * 5) % 13 for i in range(n)]
    l.sort(key=parity_then_neg, reverse=rev)
    return l


def sorted_array(a, rev):
    return sorted(a, key=lambda x: x * x, reverse=rev)


def sorted_range(n):
    return sorted(range(n), key=lambda i: (i * 37) % 10)


def sort_pairs_by_second(n, rev):
    l = [(i, (i * 3) % 4) for i in range(n)]
    l.sort(key=lambda p: p[1], reverse=rev)
    return l


def sort_builtin_key(n):
    l = [i - n // 2 for i in range(n)]
    l.sort(key=abs)
    return l


def key_none(n):
    l = [(i * 7) % 5 for i in range(n)]
    l.sort(key=None, reverse=True)
    return l


def sort_bools_by_float(n):
    l = [i % 3 == 0 for i in range(n)]
    return sorted(l, key=lambda b: 0.5 if b else 1.5)


@pytest.mark.parametrize("rev", [False, True])
@pytest.mark.parametrize("n", [0, 1, 2, 17, 64])
def test_sort_key_lambda(n, rev):
    check(sort_mod, n, rev, numba_key=lambda x: x % 3)


@pytest.mark.parametrize("rev", [False, True])
def test_sorted_key_captures(rev):
    check(sorted_captured, 21, 4.25, rev)  # Numba cannot capture c


@pytest.mark.parametrize("rev", [False, True])
def test_sort_key_inner_def_tuple_keys(rev):
    check(sort_inner_def, 30, rev, numba_key=lambda x: (x % 2, -x))


@pytest.mark.parametrize("rev", [False, True])
def test_sorted_array_by_key(rev):
    check(sorted_array, np.array([3.0, -1.0, 2.0, 1.0, -3.0, 0.5, -2.0]), rev,
          numba_key=lambda x: x * x)


def test_sorted_range_by_key():
    check(sorted_range, 40, numba_key=lambda i: (i * 37) % 10)


@pytest.mark.parametrize("rev", [False, True])
def test_sort_tuples_by_field(rev):
    check(sort_pairs_by_second, 25, rev, numba_key=lambda p: p[1])


def test_builtin_key():
    check(sort_builtin_key, 15)


def test_key_none():
    check(key_none, 12, numba_key=lambda x: x)


def test_bools_by_float_key():
    check(sort_bools_by_float, 10, numba_key=lambda b: b)


@nbc.njit
def jitted_key(x):
    return -(x % 4)


def sort_by_jitted(n, rev):
    l = [(i * 9) % 14 for i in range(n)]
    l.sort(key=jitted_key, reverse=rev)
    return l


@pytest.mark.parametrize("rev", [False, True])
def test_jitted_key(rev):
    check(sort_by_jitted, 30, rev)  # an nbc dispatcher: not Numba's


def array_keys(n):
    l = [i for i in range(n)]
    l.sort(key=lambda x: np.zeros(2) + x)
    return l


def key_of_two_parameters(n):
    l = [i for i in range(n)]
    return sorted(l, key=lambda x, y: x)


def test_array_keys_refused():
    with pytest.raises(nbc.UnsupportedError, match="the key returns arrays"):
        nbc.njit(array_keys)(3)


def test_key_arity_is_a_typing_error():
    with pytest.raises(TypeError):
        key_of_two_parameters(3)
    with pytest.raises(nbc.TypingError, match="missing 1 required positional"):
        nbc.njit(key_of_two_parameters)(3)
