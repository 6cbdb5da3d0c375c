"""np.copy, np.flip, np.trace, np.eye, np.identity, np.triu, np.tril and
np.linspace against NumPy."""

import numpy as np
import pytest

import nbc


@nbc.njit
def copy_write(a):
    c = np.copy(a)
    c[0, 0] = 7
    return c


@nbc.njit
def flips(a):
    return np.flip(a), np.flip(a, 0), np.flip(a, axis=1), np.flip(a, (0, 1))


@nbc.njit
def traces(a, k):
    return np.trace(a), np.trace(a, k), np.trace(a, offset=-k)


@nbc.njit
def triangles(a, k):
    return np.triu(a), np.tril(a), np.triu(a, k), np.tril(a, k=-k)


MATS = [np.arange(12.0).reshape(3, 4), np.arange(12, dtype=np.int32).reshape(4, 3).T,
        np.asfortranarray(np.arange(20, dtype=np.uint8).reshape(4, 5)),
        np.arange(40.0, dtype=np.float32).reshape(5, 8)[::2, 1::2],
        np.ones((1, 1), np.bool_), np.zeros((0, 3)), np.arange(6).reshape(2, 3)[:, ::-1]]


def same(got, want):
    assert got.shape == want.shape and got.dtype == want.dtype, (got, want)
    np.testing.assert_array_equal(got, want)


@pytest.mark.parametrize("i", range(len(MATS)))
def test_copy_flip_trace_triangles(i):
    a = MATS[i]
    if a.size:
        mine = a.copy()
        same(copy_write(mine), copy_write.py_func(a.copy()))
        np.testing.assert_array_equal(mine, a)
    for got, want in zip(flips(a), flips.py_func(a)):
        same(got, want)
    for k in (0, 1, 2, -1, 7):
        for got, want in zip(traces(a, k), traces.py_func(a, k)):
            assert got == want and type(got) is type(want.item())
        for got, want in zip(triangles(a, k), triangles.py_func(a, k)):
            same(got, want)


@nbc.njit
def eyes(n, m, k):
    return (np.eye(n), np.eye(n, m), np.eye(n, m, k), np.eye(n, M=m, k=-k,
                                                             dtype=np.int32),
            np.identity(n), np.identity(n, np.uint8), np.eye(n, None, k))


@pytest.mark.parametrize("n,m,k", [(3, 3, 0), (3, 5, 1), (4, 2, 2), (0, 3, 0),
                                   (1, 1, 0), (3, 3, 5), (3, 4, -2)])
def test_eye(n, m, k):
    for got, want in zip(eyes(n, m, k), eyes.py_func(n, m, k)):
        same(got, want)


@nbc.njit
def spaces(a, b, n):
    return (np.linspace(a, b), np.linspace(a, b, n), np.linspace(a, b, n, False),
            np.linspace(a, b, num=n, endpoint=True))


@pytest.mark.parametrize("a,b,n", [(0.0, 1.0, 5), (2, 10, 9), (-1.5, 3.25, 1),
                                   (1.0, 1.0, 4), (5.0, -5.0, 0), (0, 1e-300, 3),
                                   (0.1, 0.7, 7)])
def test_linspace(a, b, n):
    for got, want in zip(spaces(a, b, n), spaces.py_func(a, b, n)):
        same(got, want)
