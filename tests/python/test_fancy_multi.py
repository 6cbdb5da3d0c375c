"""Several integer arrays in one subscript inside @nbc.njit against NumPy
running the same Python: a[i, j] (the arrays broadcast together), mixed
with integers and slices (NumPy's axis order when they are separated),
a[np.nonzero(m)], a[i, j] = v, a[i, j] += v; several index dtypes, negative
indices, views, and NumPy's IndexError/ValueError messages (nbc.take and
nbc.put with several index arrays)."""

import numpy as np
import pytest

import nbc

from test_fancy_indexing import INDEX_DTYPES, check


@nbc.njit
def get2(a, i, j):
    return a[i, j]


@nbc.njit
def get3(a, i, j, k):
    return a[i, j, k]


@nbc.njit
def get_pair_then_slice(a, i, j):
    return a[i, j, :]


@nbc.njit
def get_slice_then_pair(a, i, j):
    return a[:, i, j]


@nbc.njit
def get_separated(a, i, j):
    return a[i, :, j]


@nbc.njit
def get_int_between(a, i, j):
    return a[i, 1, j]


@nbc.njit
def get_int_then_pair(a, i, j):
    return a[0, i, j]


@nbc.njit
def get_int_slice_pair(a, i, j):
    return a[1, :, i, j]


@nbc.njit
def get_nonzero(a):
    return a[np.nonzero(a > 4)]


@nbc.njit
def get_where_tuple(a, m):
    return a[np.where(m)]


@nbc.njit
def put2(a, i, j, v):
    a[i, j] = v


@nbc.njit
def put2_scalar(a, i, j):
    a[i, j] = -1.5


@nbc.njit
def put_separated(a, i, j, v):
    a[i, :, j] = v


@nbc.njit
def add2(a, i, j, v):
    a[i, j] += v


@nbc.njit
def gather_loop(a, rows, cols):
    s = 0.0
    for t in range(3):
        s += a[rows, cols].sum() * (t + 1)
    return s


def grid(*shape, dtype=np.float64):
    return np.arange(np.prod(shape), dtype=dtype).reshape(shape)


@pytest.mark.parametrize("dtype", INDEX_DTYPES)
def test_pairs_of_index_dtypes(dtype):
    a = grid(4, 5)
    i = np.array([0, 3, 1, 1], dtype=dtype)
    j = np.array([4, 0, 2, 2], dtype=np.int64)
    check(get2, a, i, j)
    check(get2, a, j % 4, i)


@pytest.mark.parametrize("i, j", [
    (np.array([0, -1, 2]), np.array([-5, 4, 0])),          # negative indices
    (np.array([[0], [2], [3]]), np.array([1, 3])),          # (3,1) with (2,)
    (np.array([1]), np.array([[0, 1], [2, 3]])),            # extent 1 broadcast
    (np.array([], dtype=np.int64), np.array([], dtype=np.int64)),  # empty
    (np.array([[2, 1]]), np.array([[0], [4], [3]])),        # (1,2) with (3,1)
    (np.array([3, 3, 3]), np.array([2, 2, 2])),             # repeated
])
def test_broadcast_shapes(i, j):
    check(get2, grid(4, 5), i, j)
    check(get2, grid(4, 5, dtype=np.int32), i, j)


def test_three_arrays_and_trailing_axes():
    a = grid(3, 4, 5)
    i, j, k = np.array([0, 2]), np.array([[3], [1]]), np.array([4, 0])
    check(get3, a, i, j, k)
    check(get2, a, i, np.array([1, 3]))           # (2, 5)
    check(get_pair_then_slice, a, i, np.array([1, 3]))


@pytest.mark.parametrize("kernel", [get_slice_then_pair, get_separated,
                                    get_int_between, get_int_then_pair])
def test_axis_order_with_slices_and_integers(kernel):
    a = grid(3, 4, 5)
    i, j = np.array([0, 2, 1]), np.array([1, 1, 0])
    check(kernel, a, i, j)
    check(kernel, a, np.array([[2], [0]]), np.array([0, 1, 2]))


def test_int_slice_pair_in_4d():
    check(get_int_slice_pair, grid(2, 3, 4, 5), np.array([0, 3]), np.array([4, -1]))


def test_views_and_fortran_order():
    a = grid(6, 8)
    i, j = np.array([0, 2, 1]), np.array([1, 3, 0])
    check(get2, a[::2, 1::2], i, j)
    check(get2, np.asfortranarray(a), i, j)
    check(get2, a.T, j, i)


def test_nonzero_and_where_tuples():
    a = grid(3, 4)
    check(get_nonzero, a)
    check(get_nonzero, grid(2, 3, 2))
    m = (grid(3, 4) % 3) == 0
    check(get_where_tuple, a, m)


def test_stores():
    a = grid(4, 5)
    i, j = np.array([0, 3, -1]), np.array([4, 0, 2])
    check(put2, a, i, j, np.array([7.0, 8.0, 9.0]))
    check(put2, a, i, j, np.array([5.0]))
    check(put2, a, np.array([[0], [1]]), np.array([1, 2, 3]), np.array([1.0, 2.0, 3.0]))
    check(put2_scalar, a, i, j)
    check(put2, grid(4, 5, dtype=np.int64), i, j, np.array([1.9, -2.5, 3.0]))
    check(put_separated, grid(3, 4, 5), np.array([0, 2]), np.array([1, 4]),
          np.array([[1.0], [2.0]]))


def test_repeated_indices_update_once():
    a = grid(3, 3)
    check(add2, a, np.array([0, 0, 2]), np.array([1, 1, 2]), 10.0)
    check(add2, a, np.array([0, 1]), np.array([1, 2]), np.array([1.0, 2.0]))


def test_value_sharing_memory_with_target():
    # a[i, j] = a[j, i]: the value is read whole before writing, as NumPy.
    a = grid(4, 4)
    i, j = np.array([0, 1, 2, 3]), np.array([3, 2, 1, 0])
    check(put2, a, i, j, a[j, i])


def test_in_loops():
    check(gather_loop, grid(5, 6), np.array([0, 4, 2]), np.array([5, 0, 1]))


def test_errors_match_numpy():
    a = grid(3, 4)
    # shapes that do not broadcast, out of range along either axis (the
    # first array is checked whole first), a value of the wrong shape
    check(get2, a, np.array([0, 1]), np.array([0, 1, 2]))
    check(get2, a, np.array([0, 7]), np.array([9, 1]))
    check(get2, a, np.array([0, 1]), np.array([1, -5]))
    check(get_separated, grid(2, 3, 4), np.array([0, 1]), np.array([1, 9]))
    check(put2, a, np.array([0, 1]), np.array([0, 1, 2]), np.array([1.0]))
    check(put2, a, np.array([0, 1]), np.array([0, 1]), np.array([1.0, 2.0, 3.0]))
    check(put2, a, np.array([0, 3]), np.array([0, 1]), np.array([1.0, 2.0]))


def test_nothing_written_when_an_index_is_out_of_range():
    a = grid(3, 4)
    check(put2, a, np.array([0, 1, 2]), np.array([0, 1, 4]), np.array([-1.0]))


@nbc.njit
def too_many_arrays(a, i):
    return a[i, i, i]


@nbc.njit
def float_second_index(a, i, j):
    return a[i, j]


def test_compile_time_errors():
    with pytest.raises(nbc.TypingError, match="too many indices"):
        too_many_arrays(grid(2, 2), np.array([0]))
    with pytest.raises(nbc.TypingError, match="integer \\(or boolean\\) type"):
        float_second_index(grid(2, 2), np.array([0]), np.array([0.0]))


@pytest.mark.parametrize("kernel, args", [
    (get2, (grid(3, 4), np.array([0, 2]), np.array([1, 3]))),
    (get2, (grid(3, 4), np.array([[0], [2]]), np.array([1, -3]))),
    (get_separated, (grid(2, 3, 4), np.array([0, 1]), np.array([1, 3]))),
])
def test_same_as_numba(kernel, args):
    numba = pytest.importorskip("numba")
    want = numba.njit(kernel.py_func)(*args)
    got = kernel(*args)
    assert got.dtype == want.dtype and got.shape == want.shape
    np.testing.assert_array_equal(got, want)
