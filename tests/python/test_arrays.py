"""Arrays: indexing, slicing, creation, reductions, elementwise ops vs NumPy."""

import numpy as np
import pytest

import nbc
from conftest import check, requires_exec


@nbc.njit
def sum_squares(a):
    total = 0.0
    for i in range(len(a)):
        total += a[i] * a[i]
    return total


@nbc.njit
def get(a, i):
    return a[i]


@nbc.njit(boundscheck=True)
def get_checked(a, i):
    return a[i]


@nbc.njit(boundscheck=True)
def set_checked(a, i, v):
    a[i] = v


@nbc.njit
def get2(a, i, j):
    return a[i, j]


@nbc.njit
def scale_inplace(a, s):
    for i in range(a.shape[0]):
        for j in range(a.shape[1]):
            a[i, j] *= s


@nbc.njit
def shape_info(a):
    return a.shape[0], a.ndim, a.size, len(a)


@nbc.njit
def slices(a):
    return a[1:].sum() + a[::2].sum() + a[::-1][0] + a[-3:-1].sum()


@nbc.njit
def huge_steps(a, m):
    # Python accepts steps of any size; these select at most one element.
    # -2**63 is MLIR's dynamic-size sentinel, and 2 * 2**62 (the stride of a
    # (3, 2) array's rows times the step) wraps to it.
    # (The frontend reads no literal below -2**63 + 1: the product folds.)
    lowest = -4611686018427387904 * 2
    return (a[::lowest].sum() + 10.0 * a[1::lowest].sum()
            + 100.0 * a[::4611686018427387904].sum()
            + 1000.0 * m[::4611686018427387904, :].sum()
            + 10000.0 * m[::-4611686018427387904, :].sum()
            + 100000.0 * len(a[:0:lowest]))


@nbc.njit
def slice_store(a):
    a[1:4] = 7.0
    a[::3] = a[1]


@nbc.njit
def tuple_store(stack, y, x):
    for top in range(stack.shape[0]):
        stack[top] = y + top, x - top  # a row
    stack[1:3, 0] = 9, 1.5  # a strided view; the float cast to its dtype
    stack[:2] = ((1, 2), (3, 4))


@nbc.njit
def tuple_store_broadcast(a, v):
    a[:] = (v,)  # one item fills the view
    a[1:, 1:] = (v, 2 * v)  # along the last axis of each row


@nbc.njit
def row_view(a, i):
    r = a[i]
    s = 0.0
    for x in r:
        s += x
    return s


@nbc.njit
def enumerate_loop(a):
    s = 0.0
    for i, x in enumerate(a):
        s += i * x
    return s


@nbc.njit
def create(n):
    a = np.zeros(n)
    b = np.ones((n, 2), dtype=np.int32)
    c = np.full(n, 2.5)
    d = np.arange(n)
    e = np.empty_like(a)
    e[:] = 1.0
    return a.sum() + b.sum() + c.sum() + d.sum() + e.sum()


@nbc.njit
def make_array(n):
    a = np.empty(n)
    for i in range(n):
        a[i] = i * 0.5
    return a


@nbc.njit
def arange_variants(a, b, c):
    return np.arange(a, b, c)


@nbc.njit
def reductions(a):
    return (np.sum(a), np.prod(a), np.min(a), np.max(a), np.mean(a), np.argmin(a),
            np.argmax(a), a.sum(), a.max(), a.argmax())


@nbc.njit
def reduce_axis(a):
    return np.sum(a, axis=0), a.max(axis=1)


@nbc.njit
def elementwise(a, b):
    return a + b, a * 2.0 - b, np.sqrt(np.abs(a)), a > b, -a


@nbc.njit
def broadcast(a, row):
    return a + row


@nbc.njit
def int_sum(a):
    return np.sum(a)


@nbc.njit
def empty_max(a):
    return np.max(a)


@nbc.njit
def strided_sum(a):
    s = 0.0
    for i in range(a.shape[0]):
        s += a[i]
    return s


@nbc.njit
def dot(a, b):
    s = 0.0
    for i in range(a.shape[0]):
        s += a[i] * b[i]
    return s


RNG = np.random.default_rng(0)


@pytest.mark.parametrize("dtype", [np.float64, np.float32, np.int64, np.int32, np.uint8])
def test_sum_squares_dtypes(dtype):
    a = (RNG.random(17) * 10).astype(dtype)
    check(sum_squares, a)


@pytest.mark.parametrize("i", [0, 3, -1, -5])
def test_negative_indexing(i):
    check(get, np.arange(5.0), i)


@pytest.mark.parametrize("i", [5, -6, 100])
def test_boundscheck_raises_index_error(i):
    check(get_checked, np.arange(5.0), i)
    check(set_checked, np.arange(5.0), i, 1.0)


def test_2d_indexing():
    a = RNG.random((4, 5))
    for i, j in [(0, 0), (3, 4), (-1, -1), (2, -3)]:
        check(get2, a, i, j)


def test_inplace_update():
    check(scale_inplace, RNG.random((3, 4)), 3.0)


def test_noncontiguous_argument():
    base = RNG.random((6, 8))
    check(strided_sum, base[:, 3])
    check(strided_sum, base[0, ::2])
    check(strided_sum, base[::-1, 0])
    check(scale_inplace, base[::2, 1::3], 2.0)


def test_shape_info():
    check(shape_info, np.zeros((4, 3)))


def test_slices():
    check(slices, np.arange(10.0))


def test_huge_slice_steps():
    check(huge_steps, np.arange(5.0), np.arange(6.0).reshape(3, 2))


def test_slice_store():
    check(slice_store, np.arange(10.0))


@pytest.mark.parametrize("shape", [(4, 2), (4, 3), (2, 1)])
def test_tuple_store_into_a_view(shape):
    """`stack[top] = y, x` as flood fills write it (before: "expected an array
    or a scalar, got Tuple(int64, int64)"): NumPy's assignment of
    np.array(tuple), ValueError when the row has another length."""
    check(tuple_store, np.zeros(shape, dtype=np.int64), 5, 7)
    check(tuple_store_broadcast, np.zeros(shape), 1.5)


def test_row_view_and_array_iteration():
    check(row_view, RNG.random((3, 4)), 1)
    check(row_view, RNG.random((3, 4)), -1)
    check(enumerate_loop, RNG.random(6))


@pytest.mark.parametrize("n", [0, 1, 5])
def test_creation(n):
    check(create, n)


def test_negative_size_raises():
    check(create, -1)


def test_returned_array():
    got = check(make_array, 6)
    assert got.dtype == np.float64 and got.flags.c_contiguous


@pytest.mark.parametrize("args", [(0, 10, 3), (10, 0, -2), (5, 1, 1), (0.0, 1.0, 0.25)])
def test_arange(args):
    check(arange_variants, *args)


@pytest.mark.parametrize("dtype", [np.float64, np.float32, np.int64, np.int32])
def test_reductions(dtype):
    a = (RNG.random(9) * 10 - 5).astype(dtype)
    check(reductions, a)


def test_reductions_nan():
    a = np.array([1.0, np.nan, 3.0])
    check(reductions, a)


def test_reduce_axis():
    check(reduce_axis, RNG.random((3, 4)))


def test_int_sum_widens():
    a = np.full(10, 2**30, dtype=np.int32)
    assert check(int_sum, a) == 10 * 2**30


def test_empty_max_raises():
    check(empty_max, np.zeros(0))


def test_elementwise():
    a, b = RNG.random(7) - 0.5, RNG.random(7)
    check(elementwise, a, b)


def test_broadcasting():
    check(broadcast, RNG.random((3, 4)), RNG.random(4))


def test_broadcast_mismatch_raises():
    check(broadcast, RNG.random((3, 4)), RNG.random(3))


def test_dot():
    check(dot, RNG.random(100), RNG.random(100))


@nbc.njit
def created_with_positional_dtypes(n, a):
    return (np.empty(n, np.int64), np.zeros(n, np.int32), np.ones((n, 2), np.uint8),
            np.full(n, 3, np.int16), np.zeros_like(a, np.float32),
            np.full_like(a, 2, np.int8), np.ones_like(a, np.bool_))


@requires_exec
def test_positional_dtype_is_honoured():
    """np.empty(shape, dtype) and friends: the dtype given positionally is
    the array's dtype, as in NumPy (it was silently float64)."""
    a = np.arange(4.0)
    got = created_with_positional_dtypes(3, a)
    want = (np.empty(3, np.int64), np.zeros(3, np.int32), np.ones((3, 2), np.uint8),
            np.full(3, 3, np.int16), np.zeros_like(a, np.float32),
            np.full_like(a, 2, np.int8), np.ones_like(a, np.bool_))
    for k, (g, w) in enumerate(zip(got, want)):
        assert g.dtype == w.dtype and g.shape == w.shape, k
        if k:
            np.testing.assert_array_equal(g, w)


def test_dtype_given_twice_or_like_is_an_error():
    @nbc.njit
    def twice(n):
        return np.zeros(n, np.int32, dtype=np.int64)

    @nbc.njit
    def with_like(n):
        return np.zeros((n, 2), np.int32, "F", None)

    with pytest.raises(nbc.TypingError, match="multiple values for argument 'dtype'"):
        twice(3)
    with pytest.raises(nbc.UnsupportedError, match="not like"):
        with_like(3)


@nbc.njit
def created_with_keywords(n, a):
    return (np.zeros(shape=n), np.empty(shape=(n, 2), dtype=np.int32),
            np.full(shape=(2, n), fill_value=7, dtype=np.int8),
            np.full((n,), fill_value=2.5), np.ones_like(a=a), np.full_like(a, fill_value=3))


@requires_exec
def test_creation_keywords_as_numpy_names_them():
    a = np.arange(4)
    got = created_with_keywords(3, a)
    want = (np.zeros(shape=3), np.empty(shape=(3, 2), dtype=np.int32),
            np.full(shape=(2, 3), fill_value=7, dtype=np.int8),
            np.full((3,), fill_value=2.5), np.ones_like(a=a), np.full_like(a, fill_value=3))
    for k, (g, w) in enumerate(zip(got, want)):
        assert g.dtype == w.dtype and g.shape == w.shape, k
        if k != 1:
            np.testing.assert_array_equal(g, w)


def test_creation_argument_given_twice():
    @nbc.njit
    def twice(n):
        return np.zeros(n, shape=n)

    with pytest.raises(nbc.TypingError, match="multiple values for argument 'shape'"):
        twice(3)
