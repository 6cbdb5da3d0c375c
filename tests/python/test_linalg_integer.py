"""np.linalg of integer and bool arrays and of operands of mixed dtypes,
against NumPy: solve/inv/det/cholesky/norm (nbc.linalg) compute in NumPy's
common type (float64 for ints and bools, float64/complex128 for a mix of
single and double precision), as do the factorizations (nbc.linalg_factor)
and the functions composed on them; matrix_power keeps an integer matrix's
dtype, and to a constant negative power gives the float64 inverse's power.
Shapes: 0x0, 1x1, 3x3 and a stack; F-order and strided views."""

import numpy as np
import pytest

import nbc

from test_linalg import cholesky, solve
from test_linalg_stacks import views

INTEGERS = [np.int64, np.uint8, np.bool_]


def integer_matrix(shape, dtype, seed=0):
    """Diagonally dominant symmetric integer values (so invertible and
    positive definite); a bool matrix is tridiagonal, ones on three
    diagonals (invertible, eigenvalues 1 + 2 cos(k pi / (n + 1)))."""
    n = shape[-1]
    if dtype == np.bool_:
        band = np.eye(n, dtype=bool) | np.eye(n, k=1, dtype=bool) | \
            np.eye(n, k=-1, dtype=bool)
        return np.broadcast_to(band, shape).copy()
    a = np.random.default_rng(seed).integers(0, 3, shape)
    a = a + np.swapaxes(a, -1, -2) + 4 * n * np.eye(n, dtype=np.int64)
    return a.astype(dtype)


def same(got, want):
    got, want = np.asarray(got), np.asarray(want)
    assert got.dtype == want.dtype and got.shape == want.shape
    np.testing.assert_allclose(got, want, rtol=1e-9, atol=1e-11)


@nbc.njit
def one_operand(a):
    return np.linalg.inv(a), np.linalg.det(a), np.linalg.norm(a)


@pytest.mark.parametrize("dtype", INTEGERS)
@pytest.mark.parametrize("shape", [(3, 3), (1, 1), (0, 0), (2, 3, 3)])
def test_one_operand(dtype, shape):
    a = integer_matrix(shape, dtype)
    strided = views(a)[2]
    for got, reference in zip(one_operand(strided), (
            np.linalg.inv, np.linalg.det, np.linalg.norm)):
        same(got, reference(a))
    if dtype != np.bool_:  # NumPy's float64 cholesky of the same values
        same(cholesky(np.asfortranarray(a)), np.linalg.cholesky(a))


@pytest.mark.parametrize("a_dtype,b_dtype", [
    (np.int64, np.int64), (np.float32, np.float64), (np.uint8, np.float32),
    (np.int64, np.complex64), (np.bool_, np.int8),
])
@pytest.mark.parametrize("shapes", [((3, 3), (3,)), ((2, 3, 3), (2, 3, 1)),
                                    ((0, 0), (0,))])
def test_solve_of_mixed_dtypes(a_dtype, b_dtype, shapes):
    a = integer_matrix(shapes[0], np.int64).astype(a_dtype)
    if a_dtype == np.bool_:
        a = integer_matrix(shapes[0], np.bool_)
    b = np.arange(np.prod(shapes[1]), dtype=np.int64).reshape(shapes[1])
    b = b.astype(b_dtype)
    want = np.linalg.solve(a, b)
    got = solve(np.asfortranarray(a), b)
    assert got.dtype == want.dtype and got.shape == want.shape
    single = want.dtype in (np.float32, np.complex64)
    np.testing.assert_allclose(got, want, rtol=1e-5 if single else 1e-9)


@nbc.njit
def factorizations(a):
    w, v = np.linalg.eigh(a)
    u, s, vh = np.linalg.svd(a)
    q, r = np.linalg.qr(a)
    sign, logdet = np.linalg.slogdet(a)
    x = np.linalg.lstsq(a, a[:, 0])[0]
    return (w, v, np.linalg.eigvalsh(a), u, s, vh, q, r, sign, logdet, x,
            np.linalg.pinv(a), np.linalg.matrix_rank(a), np.linalg.cond(a),
            np.linalg.eigvals(a))


def test_factorizations_of_integers_are_float64():
    """The values that do not depend on LAPACK's choice of vectors equal
    NumPy's; the vectors reconstruct the matrix. (test_linalg_factor has
    int64 matrices; every integer dtype is cast the same way.)"""
    a = integer_matrix((4, 4), np.bool_)
    f = a.astype(np.float64)
    (w, v, vals, u, s, vh, q, r, sign, logdet, x, p, rank, c,
     eigvals) = factorizations(a[::-1, :][::-1, :])
    for got in (w, v, vals, u, s, vh, q, r, x, p, eigvals):
        assert got.dtype == np.float64
    same(w, np.linalg.eigvalsh(a))
    same(vals, np.linalg.eigvalsh(a))
    same(s, np.linalg.svd(a, compute_uv=False))
    same(np.array(sign), np.linalg.slogdet(a)[0])
    same(np.array(logdet), np.linalg.slogdet(a)[1])
    same(x, np.linalg.lstsq(a, a[:, 0])[0])
    same(p, np.linalg.pinv(a))
    assert rank == np.linalg.matrix_rank(a)
    np.testing.assert_allclose(c, np.linalg.cond(a), rtol=1e-9)
    same(np.sort(eigvals), np.sort(np.linalg.eigvals(a).real))
    np.testing.assert_allclose(f @ v, v * w, atol=1e-9)
    np.testing.assert_allclose((u * s) @ vh, f, atol=1e-9)
    np.testing.assert_allclose(q @ r, f, atol=1e-9)


@nbc.njit
def inverse_cubed(a):
    return np.linalg.matrix_power(a, n=-3)


@pytest.mark.parametrize("dtype", [np.int64, np.bool_])
@pytest.mark.parametrize("n", [3, 1, 0])
def test_integer_matrix_to_a_constant_negative_power(dtype, n):
    """NumPy's float64 inverse's power (test_linalg_factor has the
    non-negative powers, which keep the integer dtype)."""
    a = integer_matrix((n, n), dtype)
    got = inverse_cubed(views(a)[2])  # strided
    same(got, np.linalg.matrix_power(a, -3))


@nbc.njit
def products(a, b):
    return a @ b, np.dot(a, b)


@pytest.mark.parametrize("a_dtype,b_dtype", [
    (np.int32, np.float32), (np.bool_, np.float64), (np.int8, np.uint8),
])
@pytest.mark.parametrize("shapes", [((3, 4), (4, 2)), ((3, 4), (4,)),
                                    ((0, 4), (4, 2))])
def test_products_of_mixed_dtypes(a_dtype, b_dtype, shapes):
    rng = np.random.default_rng(1)
    a = rng.integers(0, 4, shapes[0]).astype(a_dtype)
    b = rng.integers(0, 4, shapes[1]).astype(b_dtype)
    want = a @ b
    for got in products(np.asfortranarray(a), b):
        assert got.dtype == want.dtype and got.shape == want.shape
        np.testing.assert_array_equal(got, want)
