"""Boolean masks inside @nbc.njit against NumPy running the same Python:
a[mask] (full-shape masks and 1-d masks on axis 0 of N-d arrays), a[a > 0],
a[mask] = scalar / array / broadcast rows, a[mask] += v, NumPy's IndexError
and ValueError messages (nbc.mask_take, nbc.mask_put), and np.nonzero,
np.where(cond), np.flatnonzero, np.argwhere, a.nonzero() (nbc.argwhere)."""

import numpy as np
import pytest

import nbc
from test_fancy_indexing import check

DTYPES = [np.float64, np.float32, np.int64, np.int32, np.uint8, np.bool_]


@nbc.njit
def get(a, mask):
    return a[mask]


@nbc.njit
def positive(a):
    return a[a > 0]


@nbc.njit
def set_where(a, mask, v):
    a[mask] = v


@nbc.njit
def clip_negative(a):
    a[a < 0] = 0


@nbc.njit
def add_where(a, mask, v):
    a[mask] += v


@nbc.njit
def nonzero(a):
    return np.nonzero(a)


@nbc.njit
def where1(a):
    return np.where(a)


@nbc.njit
def method_nonzero(a):
    return a.nonzero()


@nbc.njit
def flatnonzero(a):
    return np.flatnonzero(a)


@nbc.njit
def argwhere(a):
    return np.argwhere(a)


@nbc.njit
def count_positive(a):
    return len(a[a > 0]) + np.nonzero(a > 0)[0].size


def sample(shape, dtype, seed=0):
    rng = np.random.default_rng(seed)
    x = rng.integers(-3, 4, size=shape)
    if dtype == np.bool_:
        return x > 0
    return x.astype(dtype)


SHAPES = [(0,), (1,), (7,), (3, 4), (2, 3, 4), (0, 3), (1, 1, 1)]


@pytest.mark.parametrize("dtype", DTYPES)
def test_full_mask(dtype):
    for shape in SHAPES:
        a = sample(shape, dtype)
        m = sample(shape, np.bool_, seed=1)
        check(get, a, m)
        if dtype != np.bool_:
            check(positive, a)
        check(set_where, a, m, 1)
        check(nonzero, a)
        check(where1, a)
        check(flatnonzero, a)
        check(argwhere, a)


def test_views_and_layouts():
    a = sample((4, 6), np.float64)
    m = sample((4, 6), np.bool_, seed=2)
    for v, mv in ((a.T, m.T), (a[::2, ::-1], m[::2, ::-1]),
                  (np.asfortranarray(a), m), (a[1:, 1:], m[:3, :5])):
        check(get, v, mv)
        check(set_where, v, mv, -2.5)
        check(nonzero, v)
        check(argwhere, v)
        check(flatnonzero, v)
        check(method_nonzero, v)


def test_1d_mask_on_axis_0():
    a = sample((4, 3), np.int32)
    rows = np.array([True, False, True, True])
    check(get, a, rows)
    check(get, a[::-1], rows)
    check(get, sample((3, 2, 2), np.float64), np.array([False, True, True]))
    check(get, a, np.zeros(4, dtype=np.bool_))
    check(set_where, a, rows, 7)
    check(set_where, a, rows, np.array([1, 2, 3], dtype=np.int32))  # rows broadcast
    check(set_where, a, rows, np.arange(9, dtype=np.int32).reshape(3, 3))
    check(set_where, a, rows, np.arange(6, dtype=np.int32).reshape(2, 3))  # mismatch
    check(add_where, a, rows, np.array([10, 20, 30], dtype=np.int32))
    m2 = np.array([[True, False, True], [False, False, True], [True, True, True],
                   [False, False, False]])
    check(get, sample((4, 3, 2), np.float32), m2)  # a 2-d mask on a 3-d array


def test_assign_arrays_of_the_selected_length():
    a = np.arange(-4.0, 5.0)
    m = a > 0
    check(set_where, a, m, np.arange(4.0) * 10)
    check(set_where, a, m, np.array([9.0]))  # a length-1 value broadcasts
    check(set_where, a, m, np.arange(3.0))  # NumPy's ValueError
    check(set_where, a, a > 10, np.arange(2.0))  # 0 output values
    check(set_where, np.arange(6), np.arange(6) % 2 == 0, np.array([1.5, 2.5, 3.5]))
    check(add_where, a, m, 1.0)
    check(add_where, a, m, np.arange(4.0))
    check(clip_negative, a)
    check(clip_negative, sample((3, 3), np.int8))


def test_mask_size_mismatch_messages():
    a = np.arange(5.0)
    check(get, a, np.ones(4, dtype=np.bool_))
    check(set_where, a, np.ones(6, dtype=np.bool_), 0.0)
    b = np.arange(24.0).reshape(2, 3, 4)
    check(get, b, np.ones((2, 4), dtype=np.bool_))
    check(get, b, np.ones((3,), dtype=np.bool_))
    check(get, b, np.ones((2, 3, 3), dtype=np.bool_))


def test_nonzero_values():
    a = np.array([0.0, -0.0, np.nan, 1.0, np.inf])
    check(nonzero, a)
    check(flatnonzero, a)
    check(count_positive, np.arange(-5, 5))
    check(argwhere, np.zeros((2, 2)))


@nbc.njit
def mask_and_index(a, m):
    return a[m, np.array([0, 1])]  # a mask with an index array: m.nonzero()


@nbc.njit
def assign_2d_to_full_mask(a, m, v):
    a[m] = v


@nbc.njit
def nonzero_scalar(x):
    return np.nonzero(x)


def test_compile_time_errors():
    a, m = np.arange(4.0).reshape(2, 2), np.array([True, False])
    np.testing.assert_array_equal(mask_and_index(a, m), mask_and_index.py_func(a, m))
    with pytest.raises(nbc.TypingError, match="too many indices"):
        get(np.ones(3), np.ones((3, 1), dtype=np.bool_))
    with pytest.raises(nbc.TypingError, match="0 or 1-dimensional input"):
        assign_2d_to_full_mask(np.ones(4), np.ones(4, dtype=np.bool_), np.ones((2, 2)))
    with pytest.raises(nbc.TypingError, match="expects an array"):
        nonzero_scalar(1.0)
