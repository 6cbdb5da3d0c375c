"""Self and mutual recursion, typed as Numba types it (by the returns that
do not recurse, wherever they are), against CPython running the same
functions."""

import numpy as np
import pytest

import nbc
from conftest import check
from nbc.errors import UnsupportedError


@nbc.njit
def fact(n):
    if n <= 1:
        return 1
    return n * fact(n - 1)


@nbc.njit
def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


@nbc.njit
def is_even(n):
    if n == 0:
        return True
    return is_odd(n - 1)


@nbc.njit
def is_odd(n):
    if n == 0:
        return False
    return is_even(n - 1)


@nbc.njit
def widening_f(n):
    if n == 0:
        return 0
    return widening_g(n - 1) + 1


@nbc.njit
def widening_g(n):
    if n == 0:
        return 0.5
    return widening_f(n - 1) * 2


@nbc.njit
def bsearch(a, x, lo, hi):
    if lo >= hi:
        return -1
    mid = (lo + hi) // 2
    if a[mid] == x:
        return mid
    if a[mid] < x:
        return bsearch(a, x, mid + 1, hi)
    return bsearch(a, x, lo, mid)


@nbc.njit
def tree_sum(a, lo, hi):
    if hi - lo == 1:
        return a[lo]
    mid = (lo + hi) // 2
    return tree_sum(a, lo, mid) + tree_sum(a, mid, hi)


@nbc.njit
def find(parent, x):
    if parent[x] != x:
        parent[x] = find(parent, parent[x])  # path compression
    return parent[x]


@nbc.njit
def fact_recursing_first(n):
    if n > 1:
        return n * fact_recursing_first(n - 1)
    return 1


@nbc.njit
def collatz_steps(n, steps):
    if n != 1:
        if n % 2 == 0:
            return collatz_steps(n // 2, steps + 1)
        return collatz_steps(3 * n + 1, steps + 1)
    return steps


@nbc.njit
def heap_depth(a, i):
    if 2 * i + 1 < a.shape[0]:
        right = heap_depth(a, 2 * i + 2) if 2 * i + 2 < a.shape[0] else 0
        return 1 + max(heap_depth(a, 2 * i + 1), right)
    return 1.0


@nbc.njit
def longer_first(s, t):
    if len(s) < len(t):
        return longer_first(t, s)
    return len(s) - len(t)


@pytest.mark.parametrize("n", [0, 1, 5, 20])
def test_self_recursion(n):
    check(fact, n)
    check(fib, n)


def test_self_recursion_other_entry_type():
    check(fact, np.int32(6))  # the int32 entry recurses on int64


@pytest.mark.parametrize("n", [0, 1, 6, 7])
def test_mutual_recursion(n):
    check(is_even, n)
    check(is_odd, n)


@pytest.mark.parametrize("n", [0, 1, 2, 5])
def test_mutual_recursion_whose_type_widens(n):
    check(widening_f, n)
    check(widening_g, n)


@pytest.mark.parametrize("x", [27.0, 28.0, 0.0, 99.0])
def test_recursive_binary_search(x):
    a = np.arange(0, 100, 3.0)
    check(bsearch, a, x, 0, a.shape[0])


def test_recursive_divide_and_conquer():
    check(tree_sum, np.arange(1.0, 38.0), 0, 37)


def test_recursive_call_before_the_base_case():
    """Union-find's `find` and others recurse before their base case's
    return (Numba types them by that return: nbc refused them)."""
    parent = np.array([0, 0, 1, 2, 3, 4, 6])
    assert check(find, parent, 5) == 0
    check(fact_recursing_first, 10)
    check(collatz_steps, 27, 0)
    check(longer_first, np.zeros(3), np.zeros(5))
    got = check(heap_depth, np.arange(10), 0)
    assert type(got) is float and type(heap_depth(np.arange(1), 0)) is float


def test_recursion_without_a_base_case_is_refused():
    @nbc.njit
    def no_base(n):
        return no_base(n - 1) + 1

    with pytest.raises(UnsupportedError, match="recursive call to 'no_base' before "
                       "any return whose type does not depend on it"):
        no_base(3)
