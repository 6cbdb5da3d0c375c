"""a.T of n-d arrays: a view with the axes reversed, compared with NumPy."""

import numpy as np

import nbc
from conftest import check


@nbc.njit
def transposed(a):
    return a.T


@nbc.njit
def weighted(a):
    b = a.T
    s = 0.0
    for i in range(b.shape[0]):
        for j in range(b.shape[1]):
            s += b[i, j] * (i + 1) - j
    return s


@nbc.njit
def combine(a):
    return a.T + a.T * 2.0 - a.T.T.T


@nbc.njit
def write_through(a):
    b = a.T
    b[0, 1] = 100.0
    b[2, 0] = -1.0


@nbc.njit
def with_row(a, v):
    return a.T * v  # broadcasting of the transposed view against a row


@nbc.njit
def shape_of(a):
    return a.T.shape


def test_values_and_shape():
    a = np.arange(6.0).reshape(2, 3)
    got = check(transposed, a)
    assert got.shape == (3, 2)
    check(transposed, np.arange(24, dtype=np.int32).reshape(2, 3, 4))
    check(shape_of, np.zeros((2, 5, 7)))
    check(transposed, np.arange(5.0))  # 1-d: the array itself


def test_reads_in_loops():
    check(weighted, np.arange(12.0).reshape(3, 4))
    check(weighted, np.arange(12.0).reshape(4, 3)[::2, ::-1])  # already strided


def test_elementwise():
    a = np.arange(6.0).reshape(2, 3)
    check(combine, a)
    check(combine, np.asfortranarray(np.arange(12.0).reshape(3, 4)))
    check(with_row, a, np.array([1.0, -1.0]))


def test_is_a_view():
    a = np.arange(6.0).reshape(2, 3)
    check(write_through, a)  # the writes land in the argument, as in NumPy
    b = a.copy()
    write_through(b)
    assert b[1, 0] == 100.0 and b[0, 2] == -1.0
