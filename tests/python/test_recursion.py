"""Self and mutual recursion, typed as Numba types it (the base case's
return first), against CPython running the same functions."""

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
def find_root(parent, x):
    if parent[x] != x:
        parent[x] = find_root(parent, parent[x])
    return parent[x]


@nbc.njit
def roots(parent):
    out = np.empty_like(parent)
    for i in range(len(parent)):
        out[i] = find_root(parent, i)
    return out


@nbc.njit
def accumulate(a, n):
    if n > 0:
        b = accumulate(a, n - 1)
        a[0] += b[0]
    return a


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


def test_recursion_before_the_base_case_is_refused():
    @nbc.njit
    def no_base(n):
        return no_base(n - 1) + 1

    with pytest.raises(UnsupportedError, match="recursive call to 'no_base' before "
                       "any return whose type does not depend on it"):
        no_base(3)


@pytest.mark.parametrize("dtype", [np.int64, np.int32])
def test_recursion_before_a_return_that_reads_no_call(dtype):
    """Union-find's find with path compression as CLRS writes it (the one
    return after the recursive call; before: refused). The call is typed
    int64 first; for int32 parents the function is built again with int32."""
    parent = np.array([0, 0, 1, 2, 3, 5, 5, 6, 7, 1], dtype=dtype)
    check(roots, parent)
    check(find_root, parent, 9)


def test_recursion_the_int64_guess_cannot_build_is_refused():
    with pytest.raises(UnsupportedError, match="recursive call to 'accumulate' before "
                       "any return whose type does not depend on it"):
        accumulate(np.ones(3), 2)
