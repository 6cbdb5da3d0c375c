"""np.concatenate / np.stack / np.hstack / np.vstack (nbc.concatenate)
against NumPy: values, shapes, result dtypes, empty and non-contiguous
inputs, and NumPy's errors."""

import re

import numpy as np
import pytest

import nbc


@nbc.njit
def concat0(a, b):
    return np.concatenate((a, b))


@nbc.njit
def concat1(a, b):
    return np.concatenate((a, b), axis=1)


@nbc.njit
def concat_last(a, b, c):
    return np.concatenate((a, b, c), -1)


@nbc.njit
def concat_none(a, b):
    return np.concatenate((a, b), axis=None)


@nbc.njit
def stack0(a, b):
    return np.stack((a, b))


@nbc.njit
def stack1(a, b):
    return np.stack((a, b), axis=1)


@nbc.njit
def stack_last(a, b, c):
    return np.stack((a, b, c), axis=-1)


@nbc.njit
def hstack(a, b):
    return np.hstack((a, b))


@nbc.njit
def vstack(a, b):
    return np.vstack((a, b))


def check(fn, *args):
    got, want = fn(*args), fn.py_func(*args)
    assert got.shape == want.shape and got.dtype == want.dtype, (got, want)
    np.testing.assert_array_equal(got, want)


def pairs_2d():
    x = np.arange(12.0).reshape(3, 4)
    return [
        (x, x + 100),
        (x, x[:, ::-1]),                       # a reversed view
        (np.asfortranarray(x), x.T.T),         # F-order
        (x[::2], x[1:2]),                      # strided rows
        (np.zeros((0, 4)), x),                 # empty
        (np.ones((1, 4), np.float32), x[:1]),  # one row, mixed dtypes
        (x.astype(np.int32), x.astype(np.uint8)),
        (x.astype(np.int16), x.astype(np.float32)),
        (x > 3, x.astype(np.int8)),
    ]


@pytest.mark.parametrize("k", range(9))
def test_concatenate_axis0(k):
    a, b = pairs_2d()[k]
    check(concat0, a, b)
    check(concat_none, a, b)
    check(vstack, a, b)


def test_concatenate_axis1_and_last():
    x = np.arange(12.0).reshape(3, 4)
    check(concat1, x, x[:, :1])
    check(concat1, x, np.zeros((3, 0)))
    check(concat_last, x, x[:, ::2], x.astype(np.float32))
    check(hstack, x, x[:, 1:])
    check(concat_last, np.arange(3), np.arange(2.0), np.zeros(0, np.int8))
    check(concat0, np.arange(3), np.arange(3)[::-1])
    check(hstack, np.arange(3), np.arange(4, dtype=np.uint16))


def test_concatenate_same_array():
    x = np.arange(6).reshape(2, 3)
    check(concat0, x, x)
    check(concat1, x, x)


@pytest.mark.parametrize("a", [np.arange(6.0), np.arange(12).reshape(3, 4)[:, ::2],
                               np.zeros((0, 2)), np.ones((1, 1, 1), np.int32)])
def test_stack(a):
    check(stack0, a, a * 2)
    check(stack1, a, a + 1)
    check(stack_last, a, a, a.astype(np.float32))


def test_vstack_1d():
    check(vstack, np.arange(3.0), np.arange(3))
    check(vstack, np.arange(6.0).reshape(2, 3), np.arange(3))


def message(fn, *args):
    with pytest.raises(ValueError) as e:
        fn(*args)
    return "^" + re.escape(str(e.value)) + "$"


@pytest.mark.parametrize("fn,a,b", [
    (concat0, np.zeros((2, 3)), np.zeros((2, 2))),
    (concat1, np.zeros((2, 3)), np.zeros((4, 3))),
    (hstack, np.zeros((2, 3)), np.zeros((3, 3))),
    (vstack, np.zeros((2, 3)), np.zeros((2, 2))),
    (vstack, np.zeros(3), np.zeros(2)),
    (stack0, np.zeros((2, 3)), np.zeros((2, 2))),
    (stack1, np.zeros(3), np.zeros(4)),
])
def test_size_errors(fn, a, b):
    with pytest.raises(ValueError, match=message(fn.py_func, a, b)):
        fn(a, b)


def test_compile_time_errors():
    with pytest.raises(nbc.TypingError, match=re.escape(
            "all the input arrays must have same number of dimensions, but the array "
            "at index 0 has 2 dimension(s) and the array at index 1 has 1 "
            "dimension(s)")):
        concat0(np.zeros((2, 3)), np.zeros(3))
    with pytest.raises(nbc.TypingError, match="all input arrays must have the same "
                                              "shape"):
        stack0(np.zeros((2, 3)), np.zeros(3))
    with pytest.raises(nbc.TypingError, match="axis 1 is out of bounds for array of "
                                              "dimension 1"):
        concat1(np.zeros(3), np.zeros(3))

    @nbc.njit
    def zero_d(a):
        return np.concatenate((a, a))

    with pytest.raises(nbc.TypingError, match="zero-dimensional arrays cannot be "
                                              "concatenated"):
        zero_d(np.zeros(()))
