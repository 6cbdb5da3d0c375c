"""Reduction nests that nbc-interchange-reductions turns from i-j-p into
i-p-j (accumulating in the result row), and nests it must leave alone: the
results must be bit-identical to CPython running the same loops (the same
operations on each element in the same order), NaN, inf and -0.0 included."""

import numpy as np
import pytest

import nbc
from conftest import requires_exec


@nbc.njit
def matmul(a, b):
    n, k = a.shape
    m = b.shape[1]
    c = np.zeros((n, m))
    for i in range(n):
        for j in range(m):
            s = 0.0
            for p in range(k):
                s += a[i, p] * b[p, j]
            c[i, j] = s
    return c


@nbc.njit
def matmul_int(a, b):
    n, k = a.shape
    m = b.shape[1]
    c = np.zeros((n, m), dtype=np.int64)
    for i in range(n):
        for j in range(m):
            s = 0
            for p in range(k):
                s += a[i, p] * b[p, j]
            c[i, j] = s
    return c


@nbc.njit
def affine_body(a, b, init):
    # A loop-invariant start and more arithmetic in the reduction.
    n, k = a.shape
    m = b.shape[1]
    c = np.empty((n, m))
    for i in range(n):
        for j in range(m):
            s = init
            for p in range(k):
                s = s * 0.5 + (a[i, p] - b[p, j]) * b[p, j]
            c[i, j] = s
    return c


@nbc.njit
def into_argument(a, b, c):
    # C is an argument: it may be A or B, so the nest stays as written.
    n, k = a.shape
    m = b.shape[1]
    for i in range(n):
        for j in range(m):
            s = 0.0
            for p in range(k):
                s += a[i, p] * b[p, j]
            c[i, j] = s
    return c


@nbc.njit
def triangle(a, b):
    # The p loop's bound depends on j: left alone.
    n, k = a.shape
    m = b.shape[1]
    c = np.zeros((n, m))
    for i in range(n):
        for j in range(m):
            s = 0.0
            for p in range(min(j, k)):
                s += a[i, p] * b[p, j]
            c[i, j] = s
    return c


@nbc.njit
def reads_result(b):
    # The reduction reads the array it stores into: left alone.
    n = b.shape[0]
    c = np.ones((n, n))
    for i in range(n):
        for j in range(n):
            s = 0.0
            for p in range(n):
                s += c[i, p] * b[p, j]
            c[i, j] = s
    return c


def operands(dtype, n=13, k=9, m=11, special=False):
    rng = np.random.default_rng(7)
    a = (rng.random((n, k)) * 4 - 2).astype(dtype)
    b = (rng.random((k, m)) * 4 - 2).astype(dtype)
    if special:
        a[1, 2], a[3, 0], b[4, 5], b[0, 7] = np.nan, np.inf, -0.0, -np.inf
        a[5, :] = -0.0
    return a, b


def bit_identical(got, want):
    assert got.dtype == want.dtype and got.shape == want.shape
    assert np.array_equal(got.view(np.uint8), want.view(np.uint8)), (got, want)


@requires_exec
@pytest.mark.parametrize("dtype", [np.float64, np.float32])
@pytest.mark.parametrize("special", [False, True])
def test_matmul_bit_identical(dtype, special):
    a, b = operands(dtype, special=special)
    if dtype == np.float32:
        # `s = 0.0` is a float64 accumulator, as in Numba; NumPy 2's
        # Python-float + float32 would accumulate in float32.
        import numba
        want = numba.njit(matmul.py_func)(a, b)
    else:
        with np.errstate(invalid="ignore"):
            want = matmul.py_func(a, b)
    bit_identical(matmul(a, b), want)


@requires_exec
@pytest.mark.parametrize("shape", [(0, 3, 4), (3, 0, 4), (3, 4, 0), (1, 1, 1), (2, 17, 33)])
def test_matmul_shapes(shape):
    a, b = operands(np.float64, *shape)
    bit_identical(matmul(a, b), matmul.py_func(a, b))


@requires_exec
def test_matmul_boundscheck():
    # Checked subscripts: the same products, and B too short raises.
    checked = nbc.njit(boundscheck=True)(matmul.py_func)
    a, b = operands(np.float64)
    bit_identical(checked(a, b), matmul.py_func(a, b))
    with pytest.raises(IndexError):
        checked(a, b[:-1])


@requires_exec
def test_matmul_int():
    rng = np.random.default_rng(3)
    a = rng.integers(-2**20, 2**20, (6, 5))
    b = rng.integers(-2**20, 2**20, (5, 7))
    bit_identical(matmul_int(a, b), matmul_int.py_func(a, b))


@requires_exec
def test_affine_body_and_init():
    a, b = operands(np.float64, special=True)
    with np.errstate(invalid="ignore"):
        bit_identical(affine_body(a, b, 1.25), affine_body.py_func(a, b, 1.25))


@requires_exec
@pytest.mark.parametrize("kernel", [into_argument])
def test_argument_result_aliasing_input(kernel):
    a = np.arange(16.0).reshape(4, 4) / 7
    want = kernel.py_func(a.copy(), a.copy(), a.copy())
    bit_identical(kernel(a.copy(), a.copy(), a.copy()), want)
    # c is a itself: each C[i, j] read back by later rows, as in Python.
    x, y = a.copy(), a.copy()
    kernel.py_func(x, a.copy(), x)
    bit_identical(kernel(y, a.copy(), y), x)


@requires_exec
def test_left_alone_nests():
    a, b = operands(np.float64)
    bit_identical(triangle(a, b), triangle.py_func(a, b))
    sq = operands(np.float64, 6, 6, 6)[0]
    bit_identical(reads_result(sq), reads_result.py_func(sq))
