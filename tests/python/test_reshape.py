"""a.reshape / np.reshape / ravel / flatten (nbc.reshape) and transpose with
axes against NumPy: values, shapes, dtypes, which results are views (writes
through them reach the argument), empty, one-element, strided, F-order and
transposed inputs, and NumPy's errors."""

import re

import numpy as np
import pytest

import nbc


def layouts(dtype=np.float64):
    """Arrays of 12 elements in several layouts, and some edge cases."""
    base = np.arange(1, 25).astype(dtype)
    return {
        "c1d": base[:12].copy(),
        "c2d": base[:12].reshape(3, 4).copy(),
        "strided1d": base[::2],
        "cols": base.reshape(3, 8)[:, ::2],
        "fortran": np.asfortranarray(base[:12].reshape(3, 4)),
        "transposed": base[:12].reshape(4, 3).T,
        "reversed": base[:12][::-1],
        "c3d": base.reshape(2, 3, 4)[:, :, :2].copy(),
    }


@nbc.njit
def reshape_varargs(a, n):
    return a.reshape(n, -1)


@nbc.njit
def reshape_tuple(a, n):
    return a.reshape((-1, n))


@nbc.njit
def np_reshape(a, n, m):
    return np.reshape(a, (n, m, -1))


@nbc.njit
def np_reshape_kw(a):
    return np.reshape(a, shape=-1)


@nbc.njit
def reshape_int(a, n):
    return a.reshape(n)


@nbc.njit
def reshape_shape_of(a, b):
    return a.reshape(b.shape)


@pytest.mark.parametrize("dtype", [np.float64, np.float32, np.int32, np.uint8, np.bool_])
@pytest.mark.parametrize("name", list(layouts()))
def test_reshape_values(name, dtype):
    a = layouts(dtype)[name]
    for fn, args in ((reshape_varargs, (3,)), (reshape_varargs, (6,)),
                     (reshape_tuple, (2,)), (np_reshape, (2, 3)),
                     (np_reshape_kw, ()), (reshape_int, (12,))):
        want = fn.py_func(a, *args)
        got = fn(a, *args)
        assert got.dtype == want.dtype and got.shape == want.shape, fn
        np.testing.assert_array_equal(got, want)
    b = np.zeros((4, 3))
    np.testing.assert_array_equal(reshape_shape_of(a, b), reshape_shape_of.py_func(a, b))


@nbc.njit
def reshape_to(a, s):
    return a.reshape(s)


@pytest.mark.parametrize("shape,sizes", [((0,), (0, 5)), ((0, 3), (-1, 3)),
                                         ((1,), (1, 1, 1)), ((1, 1), (-1,)),
                                         ((3, 0), (0, 7)), ((1,), ()),
                                         ((2, 0), (-1,))])
def test_reshape_empty_and_one(shape, sizes):
    a = np.arange(int(np.prod(shape)), dtype=np.float64).reshape(shape)
    got, want = reshape_to(a, sizes), reshape_to.py_func(a, sizes)
    assert got.shape == want.shape
    np.testing.assert_array_equal(got, want)


@nbc.njit
def write_through(a, n):
    b = a.reshape(n, -1)
    b[0, 0] = -7
    b[-1, -1] = -9
    return b


@pytest.mark.parametrize("name", list(layouts()))
@pytest.mark.parametrize("n", [2, 3, 6])
def test_reshape_view_or_copy_as_numpy(name, n):
    """A view exactly where NumPy gives one (a C-contiguous input, or one
    whose strides allow the new shape: 1-d strided or reversed arrays,
    splitting a strided axis), else a copy: writes through the result reach
    the argument as in NumPy."""
    mine, theirs = layouts()[name], layouts()[name]
    got = write_through(mine, n)
    want = write_through.py_func(theirs, n)
    np.testing.assert_array_equal(got, want)
    np.testing.assert_array_equal(mine, theirs)


def test_reshape_view_of_a_view():
    """A contiguous slice is viewed at its offset."""
    base = np.arange(20.0)
    mine, theirs = base.copy(), base.copy()
    write_through(mine[4:16], 3)
    write_through.py_func(theirs[4:16], 3)
    np.testing.assert_array_equal(mine, theirs)


@nbc.njit
def split_write(a, s):
    b = a.reshape(s)
    b[...] = -1
    return b


@pytest.mark.parametrize("make,shape", [
    (lambda: np.arange(48.0).reshape(4, 12)[:, ::2], (2, 2, 6)),   # NumPy views
    (lambda: np.arange(48.0).reshape(4, 12)[:, ::2], (4, 3, 2)),   # NumPy views
    (lambda: np.arange(48.0).reshape(4, 12)[:, ::2], (6, 4)),      # NumPy copies
    (lambda: np.arange(48.0).reshape(8, 6)[::2], (2, 2, 6)),       # NumPy views
    (lambda: np.arange(48.0).reshape(8, 6)[::2].T, (3, 2, 4)),     # NumPy copies
    (lambda: np.arange(48.0).reshape(4, 1, 12)[:, :, ::3], (4, 4, 1)),  # views
    (lambda: np.arange(30.0)[::-3], (2, 5, 1)),                    # views
])
def test_reshape_no_copy_as_numpy(make, shape):
    mine, theirs = make(), make()
    np.testing.assert_array_equal(split_write(mine, shape),
                                  split_write.py_func(theirs, shape))
    np.testing.assert_array_equal(mine.base, theirs.base)


@nbc.njit
def reshape_in_loop(a, n):
    s = 0.0
    for i in range(n):
        b = a.reshape(-1, 2)
        s += b[i % b.shape[0], 1]
    return s


def test_reshape_strided_in_a_long_loop():
    """The run-time no-copy test's stack buffer is freed every time."""
    a = np.arange(40.0)[::2]
    assert reshape_in_loop(a, 2_000_000) == reshape_in_loop.py_func(a, 2_000_000)


@pytest.mark.parametrize("sizes", [(5,), (2, -1), (-1, 5), (2, -1, 3), (-1, 0),
                                   (0, -1, 2), (-1, 0, 2), (4, 2), ()])
def test_reshape_size_errors(sizes):
    a = np.zeros(7)

    with pytest.raises(ValueError) as want:
        a.reshape(sizes)
    with pytest.raises(ValueError, match="^" + re.escape(str(want.value)) + "$"):
        reshape_to(a, sizes)


def test_reshape_two_unknown():
    @nbc.njit
    def f(a, n):
        return a.reshape(n, -1, -1)

    with pytest.raises(ValueError, match="^can only specify one unknown dimension$"):
        f(np.zeros(6), 2)
    with pytest.raises(ValueError, match="^can only specify one unknown dimension$"):
        f(np.zeros(6), -1)


def test_reshape_negative_other_than_minus_one():
    """NumPy 2 infers any negative size."""
    @nbc.njit
    def f(a):
        return a.reshape(-2, 3)

    a = np.arange(6.0)
    np.testing.assert_array_equal(f(a), f.py_func(a))


@nbc.njit
def ravel_write(a):
    r = a.ravel()
    r[0] = 100
    return r


@nbc.njit
def flatten_write(a):
    r = a.flatten()
    r[0] = 100
    return r


@nbc.njit
def np_ravel(a):
    return np.ravel(a)


@pytest.mark.parametrize("name", list(layouts()))
def test_ravel_flatten(name):
    for fn in (ravel_write, flatten_write, np_ravel):
        mine, theirs = layouts(np.int64)[name], layouts(np.int64)[name]
        got, want = fn(mine), fn.py_func(theirs)
        assert got.shape == want.shape and got.dtype == want.dtype
        np.testing.assert_array_equal(got, want)
        # ravel views exactly the C-contiguous inputs; flatten never views
        np.testing.assert_array_equal(mine, theirs)


def test_ravel_empty_and_zero_d():
    for a in (np.zeros((0, 3)), np.zeros((2, 0, 4)), np.ones((1, 1))):
        np.testing.assert_array_equal(np_ravel(a), np.ravel(a))


@nbc.njit
def transpose_varargs(a):
    return a.transpose(1, 2, 0)


@nbc.njit
def transpose_tuple(a):
    return a.transpose((2, 0, 1))


@nbc.njit
def np_transpose_axes(a):
    return np.transpose(a, (0, -1, 1))


@nbc.njit
def np_transpose(a):
    return np.transpose(a)


@nbc.njit
def transpose_write(a):
    t = a.transpose(2, 0, 1)
    t[1, 0, 2] = -1
    return t.sum()


@pytest.mark.parametrize("a", [np.arange(24.0).reshape(2, 3, 4),
                               np.arange(48, dtype=np.int16).reshape(2, 4, 6)[:, ::2, 1:5],
                               np.asfortranarray(np.arange(24.0).reshape(2, 3, 4)),
                               np.zeros((0, 2, 3)), np.ones((1, 1, 1), np.float32)])
def test_transpose_axes(a):
    for fn in (transpose_varargs, transpose_tuple, np_transpose_axes, np_transpose):
        got, want = fn(a), fn.py_func(a)
        assert got.shape == want.shape and got.dtype == want.dtype
        np.testing.assert_array_equal(got, want)
    if a.shape == (2, 3, 4):
        mine, theirs = a.copy(), a.copy()
        assert transpose_write(mine) == transpose_write.py_func(theirs)
        np.testing.assert_array_equal(mine, theirs)


def test_transpose_errors():
    @nbc.njit
    def repeated(a):
        return a.transpose(0, 0)

    @nbc.njit
    def count(a):
        return np.transpose(a, (1, 0, 2))

    @nbc.njit
    def bounds(a):
        return a.transpose(0, 2)

    with pytest.raises(nbc.TypingError, match="repeated axis in transpose"):
        repeated(np.zeros((2, 2)))
    with pytest.raises(nbc.TypingError, match="axes don't match array"):
        count(np.zeros((2, 2)))
    with pytest.raises(nbc.TypingError, match="axis 2 is out of bounds for array of "
                                              "dimension 2"):
        bounds(np.zeros((2, 2)))


@nbc.njit(parallel=True)
def reshape_in_prange(a, out):
    for i in nbc.prange(out.shape[0]):
        b = a[i].reshape(-1, 2)
        out[i] = b[:, 1].sum() + b.shape[0]
    return out


def test_reshape_strided_in_prange():
    """Each parallel iteration has its own buffer for the no-copy test."""
    a = np.arange(4000.0).reshape(100, 40)[:, ::2]
    got = reshape_in_prange(a, np.zeros(100))
    np.testing.assert_array_equal(got, reshape_in_prange.py_func(a, np.zeros(100)))
