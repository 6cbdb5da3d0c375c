"""for ... in zip(arrays) and enumerate(zip(...)), compared with CPython."""

import numpy as np
import pytest

import nbc
from conftest import check, requires_exec


@nbc.njit
def dot(a, b):
    s = 0.0
    for x, y in zip(a, b):
        s += x * y
    return s


@nbc.njit
def weighted(a, b, c):
    s = 0
    for i, (x, y, z) in enumerate(zip(a, b, c)):
        s += i * x - y * z
    return s


@nbc.njit
def first_big(a, b):
    found = -1.0
    for x, y in zip(a, b):
        if x + y > 10:
            found = x
            break
    else:
        found = -2.0
    return found


@nbc.njit
def write_through(a, b):
    for x, y in zip(a, b[::-1]):
        x[0] = y


@pytest.mark.parametrize("n, m", [(0, 0), (1, 3), (5, 5), (7, 4), (1001, 1000)])
def test_dot_stops_at_shortest(n, m):
    rng = np.random.default_rng(n + m)
    check(dot, rng.standard_normal(n), rng.standard_normal(m))


# (int8 would differ: NumPy 2 keeps `i * x` in int8, nbc and Numba widen the
# Python int `i` to int64.)
@pytest.mark.parametrize("dtype", [np.int32, np.int64, np.float32, np.float64])
def test_enumerate_zip_three(dtype):
    a = np.arange(9, dtype=dtype)
    b = np.arange(11, dtype=dtype)[::-1].copy()
    c = (np.arange(10) % 3).astype(dtype)
    check(weighted, a, b, c)


def test_break_and_else():
    check(first_big, np.arange(8.0), np.arange(8.0))
    check(first_big, np.zeros(3), np.ones(5))


@requires_exec
def test_zip_of_views_writes_through():
    a = np.zeros((4, 1))
    b = np.arange(4.0)
    write_through(a, b)
    assert a[:, 0].tolist() == [3.0, 2.0, 1.0, 0.0]


def test_zip_needs_matching_targets():
    @nbc.njit
    def bad(a, b):
        s = 0.0
        for x in zip(a, b):
            s += x
        return s

    with pytest.raises(nbc.UnsupportedError, match="unpack zip"):
        bad(np.ones(2), np.ones(2))


def test_zip_of_a_scalar_is_rejected():
    @nbc.njit
    def bad(a, k):
        s = 0.0
        for x, y in zip(a, k):
            s += x * y
        return s

    with pytest.raises(nbc.UnsupportedError, match="zip"):
        bad(np.ones(2), 3)


def over_tuples(k):
    t = (1.5, 2.5, 4.0)
    total = 0.0
    for i, x in enumerate(t):
        total += i * x
    for i, x in enumerate((1, 2.5), start=k):  # items of two types: unrolled
        total += i * x
    for i, x in enumerate(t, 10):
        if x > 2.0:
            break  # one type: an indexed loop
        total += i
    for x, y in zip((1, 2, 3), (4.5, 6.7)):  # stops at the shorter
        total += x * y
    for (x,) in zip(t):
        total -= x
    for _ in zip():
        total = -1.0
    return total


@requires_exec
def test_enumerate_and_zip_over_tuples():
    """Numba's test_builtins enumerate_usecase / zip_usecase: the pairs are
    known when the kernel compiles; the index is an int64 as Numba's."""
    for k in (0, 5, -2):
        assert nbc.njit(over_tuples)(k) == over_tuples(k)
