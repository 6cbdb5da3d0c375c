"""range objects as values: len(), iteration, indexing, attributes, and the
zero-step ValueError wherever a range is built (checked against CPython)."""

import numpy as np
import pytest

import nbc
from conftest import check, requires_exec


def len_of_range(a, b, step):
    return len(range(a, b, step))


def len_of_stop(n):
    return len(range(n))


def range_value(a, b, c):
    r = range(a, b, c)
    total = 0
    for i in r:
        total += i * len(r)
    return total, len(r), r.start, r.stop, r.step


def range_items(a, b, c, k):
    r = range(a, b, c)
    return r[k] + r[-1] * 1000


def range_reused(n):
    r = range(1, n, 2)
    s = 0
    for i in r:
        for j in r:
            s += i * j
    return s


def range_built_unused(a, b, c):
    r = range(a, b, c)
    return a + b


def range_in_branch(n, flag):
    if flag:
        r = range(0, n, 2)
    else:
        r = range(n, 0, -3)
    s = 0
    for i in r:
        s += i
    return s, len(r)


def range_typed_bounds(a, n):
    return len(range(a[0], a[1], n))


STEPS = [1, 2, 3, -1, -2, -7, 100, -100, 0]
BOUNDS = [(0, 10), (10, 0), (-5, 5), (5, -5), (3, 3), (0, 1), (-(2 ** 40), 2 ** 40)]


@requires_exec
@pytest.mark.parametrize("step", STEPS)
@pytest.mark.parametrize("a,b", BOUNDS)
def test_len_of_range(a, b, step):
    check(nbc.njit(len_of_range), a, b, step)


@requires_exec
@pytest.mark.parametrize("n", [-3, 0, 1, 7])
def test_len_of_stop(n):
    check(nbc.njit(len_of_stop), n)


@requires_exec
@pytest.mark.parametrize("step", [1, 3, -2, 0])
@pytest.mark.parametrize("a,b", [(0, 10), (10, -4), (2, 2)])
def test_range_value(a, b, step):
    check(nbc.njit(range_value), a, b, step)


@requires_exec
@pytest.mark.parametrize("k", [0, 1, 3, -1, -4, 4, -5, 100])
def test_range_items(k):
    check(nbc.njit(range_items), 2, 12, 3, k)     # 2, 5, 8, 11
    check(nbc.njit(range_items), 10, -10, -5, k)  # 10, 5, 0, -5


@requires_exec
@pytest.mark.parametrize("n", [0, 1, 8])
def test_range_reused(n):
    check(nbc.njit(range_reused), n)


@requires_exec
def test_zero_step_raises_where_the_range_is_built():
    k = nbc.njit(range_built_unused)
    check(k, 0, 5, 1)
    with pytest.raises(ValueError, match="range\\(\\) arg 3 must not be zero"):
        k(0, 5, 0)
    with pytest.raises(ValueError, match="range\\(\\) arg 3 must not be zero"):
        nbc.njit(len_of_range)(0, 5, 0)


@requires_exec
@pytest.mark.parametrize("flag", [True, False])
def test_range_in_branch(flag):
    check(nbc.njit(range_in_branch), 10, flag)


@requires_exec
def test_range_of_small_ints():
    check(nbc.njit(range_typed_bounds), np.array([1, 30], dtype=np.int8), np.int16(4))


def sum_of_range(a, b, step):
    return sum(range(a, b, step))


def sum_of_tuple(x, y):
    return sum((x, y, 2)), sum((1.5, x))


@requires_exec
def test_sum_of_a_range_or_tuple():
    """sum(range(...)) and sum of a tuple of scalars, as Numba's (nbc
    refused: "sum() expects an array, got range")."""
    k = nbc.njit(sum_of_range)
    for step in (1, 3, -2, -7):
        for a, b in ((0, 10), (10, -4), (2, 2), (-5, 6), (0, 1)):
            check(k, a, b, step)
    # A sum beyond int64 wraps as Numba's loop of int64 additions does.
    import numba
    big = (0, 2 ** 62, 2 ** 40 + 1)
    assert k(*big) == numba.njit(sum_of_range)(*big) != sum_of_range(*big)
    check(nbc.njit(sum_of_tuple), 3, 4)
    check(nbc.njit(sum_of_tuple), 3.5, np.int32(4))


def range_extremes(a, b, step):
    r = range(a, b, step)
    return max(r), min(r)


def range_truth(n):
    r = range(n)
    if r:
        return len(r)
    return -1


@requires_exec
def test_min_max_and_truth_of_a_range():
    """max/min of a range are its items' (nbc took the range's fields,
    start, stop, step and length, as a tuple's: max(range(6)) was 6, a
    wrong answer); an empty one raises Python's ValueError; `if r:` tests
    its length (it crashed)."""
    k = nbc.njit(range_extremes)
    for step in (1, 3, -2, -7):
        for a, b in ((0, 10), (10, -4), (-5, 6), (0, 1), (3, 1)):
            check(k, a, b, step)  # the empty ones raise ValueError in both
    with pytest.raises(ValueError, match=r"max\(\) arg is an empty sequence"):
        k(2, 2, 1)
    for n in (0, 3):
        check(nbc.njit(range_truth), n)


def array_of_range(n):
    return np.array(range(n)).sum()


def spread_range(n):
    return range_value(*range(n))


def unpacked_ranges(n, stop, step):
    a, b = range(n, n + 2)
    c, d, e = range(n, stop, step)
    (f,) = range(3, n)
    return a, b, c, d, e, f


@requires_exec
def test_unpacking_a_range_gives_its_items():
    """`a, b, c = range(...)` unpacks the items (it was refused, and before
    that took the range's fields); another length raises ValueError."""
    k = nbc.njit(unpacked_ranges)
    for args in ((4, 10, 2), (4, -5, -3), (4, 7, 1), (-2, 5, 1), (4, 4, 1), (3, 10, 2)):
        check(k, *args)  # the last three have other lengths: ValueError
    with pytest.raises(ValueError, match="cannot unpack a range of another length"):
        k(4, 4, 1)


@pytest.mark.parametrize("fn,what", [
    (array_of_range, r"np.array\(\) of a range object is not supported"),
    (spread_range, "supported for tuples only, not range")])
def test_a_range_is_not_the_tuple_of_its_fields(fn, what):
    """These took the range's fields for its items (np.array(range(5)).sum()
    was 11, f(*range(3)) passed four arguments): now refused, as Numba
    refuses the first two."""
    with pytest.raises((nbc.UnsupportedError, nbc.TypingError), match=what):
        nbc.njit(fn)(3)


def returns_range(n):
    return range(n)


def slices_range(n):
    r = range(n)
    return len(r[1:])


@pytest.mark.parametrize("fn,what", [(returns_range, "returning a range"),
                                     (slices_range, "slicing a range")])
def test_unsupported_range_uses(fn, what):
    with pytest.raises(nbc.UnsupportedError, match=what):
        nbc.njit(fn)(5)
