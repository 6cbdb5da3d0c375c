"""np.linalg.solve, inv, det and cholesky of stacks of matrices, a.shape ==
(..., M, M) (nbc.linalg, one LAPACK call per matrix), against NumPy: every
dtype, empty stacks and 0x0 matrices, views of any layout, solve's
broadcasting of the two stacks (and of a 1-d b against every matrix), and
NumPy's errors for one bad matrix in a stack. np.linalg.norm(x) of an
N-d array without axis: the flattened 2-norm, as NumPy's."""

import numpy as np
import pytest

import nbc

import test_linalg
from test_linalg import (DTYPES, cholesky, det, inv, norm, numpy_error,
                         positive_definite, random, solve, tolerance)


def same(got, want):
    assert got.dtype == want.dtype
    assert got.shape == want.shape
    np.testing.assert_allclose(got, want, **tolerance(want.dtype))


def stack(shape, n, dtype, make, seed=0):
    """A (*shape, n, n) stack of `make(n, dtype, seed)` matrices."""
    count = int(np.prod(shape, dtype=np.int64))
    mats = [make(n, dtype, seed + i) for i in range(count)]
    return np.array(mats, dtype).reshape(*shape, n, n)


def well_conditioned(n, dtype, seed):
    rng = np.random.default_rng(seed)
    return (random((n, n), dtype, rng) / max(n, 1) + np.eye(n)).astype(dtype)


def views(a):
    """`a` and the same values as an F-order copy, a strided view and a view
    with its last two axes swapped."""
    big = np.zeros(a.shape[:-1] + (2 * a.shape[-1],), a.dtype)
    big[..., ::2] = a
    swapped = np.ascontiguousarray(np.swapaxes(a, -1, -2))
    return [a, np.asfortranarray(a), big[..., ::2], np.swapaxes(swapped, -1, -2)]


SHAPES = [((2,), 3), ((2, 3), 4), ((0,), 3), ((3,), 0), ((2,), 1), ((1, 2), 2)]


@pytest.mark.parametrize("compiled,reference,make", [
    (inv, np.linalg.inv, well_conditioned),
    (det, np.linalg.det, well_conditioned),
    (cholesky, np.linalg.cholesky, positive_definite),
])
@pytest.mark.parametrize("dtype", DTYPES)
@pytest.mark.parametrize("shape,n", SHAPES)
def test_one_operand(compiled, reference, make, dtype, shape, n):
    a = stack(shape, n, dtype, make)
    for view in views(a):
        same(compiled(view), reference(a))


@pytest.mark.parametrize("dtype", DTYPES)
@pytest.mark.parametrize("a_shape,b_shape", [
    ((2, 3, 3), (3,)),          # one vector against every matrix
    ((2, 3, 3), (2, 3, 2)),
    ((3, 3), (2, 3, 2)),        # one matrix against a stack of b
    ((2, 3, 3), (3, 2)),
    ((2, 1, 3, 3), (4, 3, 1)),  # both stacks broadcast
    ((1, 3, 3), (2, 3, 2)),
    ((0, 3, 3), (3,)),
    ((2, 0, 0), (2, 0, 2)),
])
def test_solve(dtype, a_shape, b_shape):
    n = a_shape[-1]
    a = stack(a_shape[:-2], n, dtype, well_conditioned)
    b = random(b_shape, dtype, np.random.default_rng(5))
    want = np.linalg.solve(a, b)
    for view in views(a):
        same(solve(view, b), want)
    if b.ndim > 1:
        for view in views(b):
            same(solve(a, view), want)


def check_numpys_error(compiled, reference, *args):
    kind, message = numpy_error(reference, *args)
    with pytest.raises(kind) as info:
        compiled(*args)
    assert type(info.value) is kind
    assert str(info.value) == message


@pytest.mark.parametrize("dtype", [np.float64, np.complex64])
def test_one_bad_matrix_in_a_stack(dtype):
    a = stack((3,), 3, dtype, well_conditioned)
    a[1] = 0
    check_numpys_error(inv, np.linalg.inv, a)
    check_numpys_error(solve, np.linalg.solve, a, np.ones(3, dtype))
    same(det(a), np.linalg.det(a))  # singular: det 0, no error
    p = stack((2, 2), 3, dtype, positive_definite)
    p[1, 0] = -np.eye(3)
    check_numpys_error(cholesky, np.linalg.cholesky, p)


@pytest.mark.parametrize("compiled,reference,args", [
    (inv, np.linalg.inv, (np.ones((2, 3, 4)),)),
    (det, np.linalg.det, (np.ones((2, 2, 4, 3)),)),
    (cholesky, np.linalg.cholesky, (np.ones((2, 3, 2), np.complex128),)),
    (solve, np.linalg.solve, (np.ones((2, 3, 3)), np.ones((2, 4, 1)))),
    (solve, np.linalg.solve, (np.ones((2, 3, 3)), np.ones((3, 3, 1)))),
    (solve, np.linalg.solve, (np.ones((2, 3, 3)), np.ones((3, 3, 3, 2)))),
    (solve, np.linalg.solve, (np.ones((3, 3)), np.ones((2, 2, 2)))),
])
def test_numpys_shape_errors(compiled, reference, args):
    check_numpys_error(compiled, reference, *args)


@pytest.mark.parametrize("dtype", DTYPES)
def test_norm_of_nd_arrays(dtype):
    rng = np.random.default_rng(4)
    x = random((3, 4, 5), dtype, rng)
    for view in [x, np.asfortranarray(x), x[::-1, ::2], np.moveaxis(x, 0, 2),
                 random((2, 3, 2, 4), dtype, rng), np.zeros((2, 0, 3), dtype)]:
        test_linalg.same(norm(view), np.linalg.norm(view))


@nbc.njit
def slogdet(a):
    return np.linalg.slogdet(a)


@pytest.mark.parametrize("dtype", DTYPES)
@pytest.mark.parametrize("shape,n", [((3,), 4), ((2, 3), 3), ((0,), 3), ((2,), 0)])
def test_slogdet(dtype, shape, n):
    a = stack(shape, n, dtype, well_conditioned)
    if a.size:
        a[0] = a[0][::-1]  # a row swap: the sign changes
    want_sign, want_log = np.linalg.slogdet(a)
    for view in views(a):
        sign, log = slogdet(view)
        same(sign, want_sign)
        same(log, want_log)
    singular = np.ones((2, 3, 3), dtype)
    for got, want in zip(slogdet(singular), np.linalg.slogdet(singular)):
        same(got, want)
    with pytest.raises(np.linalg.LinAlgError,
                       match="Last 2 dimensions of the array must be square"):
        slogdet(np.ones((2, 3, 4), dtype))
