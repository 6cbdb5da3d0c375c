"""np.linalg.eigh and eigvalsh of complex Hermitian matrices (zheevd in
double precision, as NumPy) and eig / eigvals of complex matrices (zgeev)
against NumPy: complex128 and complex64 (eigh's eigenvalues real float64 /
float32, the rest complex of the input's dtype), empty, 1x1 and views of
any layout, UPLO, and NumPy's LinAlgErrors. Eigenvectors, unique only up
to a unit complex factor each, are checked through a v = v diag(w) and
unit norms (v^H v = I for eigh) rather than compared with NumPy's. Also
svd of complex matrices (zgesdd: real s, complex u and vh, checked through
u diag(s) vh = a and unitary u, vh), qr of complex matrices (zgeqrf +
zungqr: q r = a, unitary q, equal to NumPy's once R's diagonal is made
real positive), lstsq (zgelsd: complex x, real residuals and s, NumPy's
common type of mixed operands) and np.linalg.matrix_power (products, and
inv for n < 0)."""

import numpy as np
import pytest

from test_linalg import tolerance
from test_linalg_factor import (LSTSQ_CASES, SHAPES, eig, eigh, eigh_upper,
                                eigvals, eigvalsh, eigvalsh_upper, layouts,
                                lstsq, lstsq_rcond, matrix_power, qr,
                                qr_complete, qr_r, svd, svd_reduced, svd_values)

DTYPES = [np.complex128, np.complex64]


def hermitian(n, dtype, seed=0):
    rng = np.random.default_rng(seed)
    m = rng.standard_normal((n, n)) + 1j * rng.standard_normal((n, n))
    return ((m + m.conj().T) / 2).astype(dtype)


def real_of(dtype):
    return np.float32 if dtype == np.complex64 else np.float64


def check_pair(a, w, v):
    """w ascending and real, v's columns orthonormal eigenvectors of a."""
    assert w.dtype == real_of(a.dtype) and v.dtype == a.dtype
    assert w.shape == a.shape[:1] and v.shape == a.shape
    tol = tolerance(a.dtype)
    np.testing.assert_allclose(a @ v, v * w, **tol)
    np.testing.assert_allclose(v.conj().T @ v, np.eye(len(w)), **tol)
    assert np.all(np.diff(w) >= 0)


@pytest.mark.parametrize("dtype", DTYPES)
@pytest.mark.parametrize("n", [0, 1, 2, 5, 30])
def test_eigh(dtype, n):
    a = hermitian(n, dtype)
    w_np = np.linalg.eigh(a)[0]
    for view in layouts(a):
        w, v = eigh(view)
        np.testing.assert_allclose(w, w_np, **tolerance(dtype))
        check_pair(a, w, v)
        vals = eigvalsh(view)
        assert vals.dtype == w_np.dtype
        np.testing.assert_allclose(vals, np.linalg.eigvalsh(a), **tolerance(dtype))


@pytest.mark.parametrize("dtype", DTYPES)
def test_reads_one_triangle(dtype):
    a = hermitian(6, dtype, seed=3)
    lower = np.tril(a) + np.triu(np.full_like(a, 9 + 2j), 1)
    upper = np.triu(a) + np.tril(np.full_like(a, -9j), -1)
    want = np.linalg.eigvalsh(a)
    for got in (eigh(lower)[0], eigvalsh(lower), eigh_upper(upper)[0],
                eigvalsh_upper(upper)):
        np.testing.assert_allclose(got, want, **tolerance(dtype))
        np.testing.assert_allclose(got, np.linalg.eigvalsh(lower), **tolerance(dtype))
    check_pair(a, *eigh_upper(upper))


def test_numpys_errors():
    for bad in (np.ones((2, 3), np.complex128),
                np.full((3, 3), np.nan, np.complex64)):
        with pytest.raises(Exception) as want:
            np.linalg.eigh(bad)
        with pytest.raises(type(want.value)) as got:
            eigh(bad)
        assert str(got.value) == str(want.value)


def general(n, dtype, seed=0):
    rng = np.random.default_rng(seed)
    return (rng.standard_normal((n, n)) + 1j * rng.standard_normal((n, n))).astype(dtype)


@pytest.mark.parametrize("dtype", DTYPES)
@pytest.mark.parametrize("n", [0, 1, 2, 5, 20])
def test_eig(dtype, n):
    a = general(n, dtype, seed=n)
    w_np = np.linalg.eig(a)[0]
    tol = tolerance(dtype)
    for view in layouts(a):
        w, v = eig(view)
        assert w.dtype == w_np.dtype == dtype and v.dtype == dtype
        assert w.shape == (n,) and v.shape == (n, n)
        # LAPACK's order, as NumPy's (the same zgeev computation).
        np.testing.assert_allclose(w, w_np, **tol)
        np.testing.assert_allclose(a @ v, v * w, **tol)
        np.testing.assert_allclose(np.linalg.norm(v, axis=0), np.ones(n), **tol)
        vals = eigvals(view)
        assert vals.dtype == dtype
        np.testing.assert_allclose(vals, np.linalg.eigvals(a), **tol)


def test_eig_numpys_errors():
    for compiled, reference in ((eig, np.linalg.eig), (eigvals, np.linalg.eigvals)):
        for bad in (np.ones((2, 3), np.complex128),
                    np.array([[1, np.inf], [0, 1j]], np.complex64),
                    np.array([[1, complex(0, np.nan)], [0, 1j]])):
            with pytest.raises(Exception) as want:
                reference(bad)
            with pytest.raises(type(want.value)) as got:
                compiled(bad)
            assert str(got.value) == str(want.value)


@pytest.mark.parametrize("dtype", DTYPES)
@pytest.mark.parametrize("power", [0, 1, 2, 3, 5, 13, -1, -4])
def test_matrix_power(dtype, power):
    a = (np.eye(4) + general(4, np.complex128, seed=7) / 4).astype(dtype)
    for view in layouts(a):
        got, want = matrix_power(view, power), np.linalg.matrix_power(a, power)
        assert got.dtype == want.dtype and got.shape == want.shape
        np.testing.assert_allclose(got, want, **tolerance(dtype))
    empty = np.zeros((0, 0), dtype)
    assert matrix_power(empty, power).dtype == dtype


@pytest.mark.parametrize("dtype", DTYPES)
@pytest.mark.parametrize("shape", SHAPES)
def test_svd(dtype, shape):
    rng = np.random.default_rng(11)
    a = (rng.standard_normal(shape) + 1j * rng.standard_normal(shape)).astype(dtype)
    k = min(shape)
    tol = tolerance(dtype)
    for function, full in ((svd, True), (svd_reduced, False)):
        u_np, s_np, vh_np = np.linalg.svd(a, full_matrices=full)
        for view in layouts(a):
            u, s, vh = function(view)
            assert s.dtype == s_np.dtype == real_of(dtype)
            np.testing.assert_allclose(s, s_np, **tol)
            assert u.shape == u_np.shape and u.dtype == u_np.dtype == dtype
            assert vh.shape == vh_np.shape and vh.dtype == vh_np.dtype
            if k == 0:  # NumPy's identities for the non-empty side
                np.testing.assert_array_equal(u, u_np)
                np.testing.assert_array_equal(vh, vh_np)
                continue
            np.testing.assert_allclose((u[:, :k] * s) @ vh[:k], a, **tol)
            np.testing.assert_allclose(u.conj().T @ u, np.eye(u.shape[1]), **tol)
            np.testing.assert_allclose(vh @ vh.conj().T, np.eye(vh.shape[0]), **tol)
    for view in layouts(a):
        s = svd_values(view)
        assert s.dtype == real_of(dtype)
        np.testing.assert_allclose(s, np.linalg.svd(a, compute_uv=False), **tol)


def phases(r):
    """Unit factors that make R's diagonal real non-negative (Q, R are
    unique then): R's rows are divided by them, Q's columns multiplied."""
    d = np.diagonal(r, axis1=-2, axis2=-1).astype(np.complex128)
    return np.where(d == 0, 1, d / np.where(d == 0, 1, np.abs(d)))


@pytest.mark.parametrize("dtype", DTYPES)
@pytest.mark.parametrize("shape", SHAPES)
def test_qr(dtype, shape):
    rng = np.random.default_rng(5)
    a = (rng.standard_normal(shape) + 1j * rng.standard_normal(shape)).astype(dtype)
    k = min(shape)
    tol = tolerance(dtype)
    for function, mode in ((qr, "reduced"), (qr_complete, "complete")):
        q_np, r_np = np.linalg.qr(a, mode=mode)
        for view in layouts(a):
            q, r = function(view)
            assert q.shape == q_np.shape and q.dtype == q_np.dtype == dtype
            assert r.shape == r_np.shape and r.dtype == r_np.dtype == dtype
            np.testing.assert_allclose(q @ r, a, **tol)
            np.testing.assert_allclose(q.conj().T @ q, np.eye(q.shape[1]), **tol)
            assert np.all(np.tril(r, -1) == 0)
            mine, theirs = phases(r[:k, :k]), phases(r_np[:k, :k])
            np.testing.assert_allclose(r[:k] / mine[:, None],
                                       r_np[:k] / theirs[:, None], **tol)
            np.testing.assert_allclose(q[:, :k] * mine, q_np[:, :k] * theirs,
                                       **tol)
            if mode == "complete" and k == 0:
                np.testing.assert_array_equal(q, q_np)
    for view in layouts(a):
        r_only, r_np = qr_r(view), np.linalg.qr(a, "r")
        assert r_only.shape == r_np.shape and r_only.dtype == r_np.dtype
        np.testing.assert_allclose(np.abs(r_only), np.abs(r_np), **tol)


def same(got, want):
    """Same type, dtype, shape and values (a Python int for NumPy's rank)."""
    if isinstance(want, (int, np.integer)):
        assert isinstance(got, int) and got == want
        return
    assert isinstance(got, np.ndarray)
    assert got.dtype == want.dtype and got.shape == want.shape
    np.testing.assert_allclose(got, want, **tolerance(want.dtype))


@pytest.mark.parametrize("dtype", DTYPES)
@pytest.mark.parametrize("shapes", LSTSQ_CASES)
def test_lstsq(dtype, shapes):
    rng = np.random.default_rng(9)
    a, b = ((rng.standard_normal(s) + 1j * rng.standard_normal(s)).astype(dtype)
            for s in shapes)
    want = np.linalg.lstsq(a, b)
    assert want[0].dtype == dtype and want[3].dtype == real_of(dtype)
    for view in layouts(a):
        got = lstsq(view, b)
        assert isinstance(got, tuple) and len(got) == 4
        for g, w in zip(got, want):
            same(g, w)
    if b.ndim == 1 and a.size:  # a reversed, strided right-hand side
        twice = np.repeat(b[::-1], 2)
        for g, w in zip(lstsq(a, twice[::-2]), want):
            same(g, w)
        # The normal equations: a^H (a x - b) = 0.
        x = lstsq(a, b)[0]
        np.testing.assert_allclose(a.conj().T @ (a @ x - b), 0,
                                   atol=tolerance(dtype)["atol"] * 10)


@pytest.mark.parametrize("a_dtype,b_dtype", [
    (np.complex128, np.float64), (np.float32, np.complex64),
    (np.complex64, np.float64), (np.complex64, np.int64),
    (np.float64, np.complex64)])
def test_lstsq_mixed(a_dtype, b_dtype):
    rng = np.random.default_rng(12)
    a = (rng.standard_normal((6, 3)) + 1j * rng.standard_normal((6, 3)))
    a = a.astype(a_dtype) if np.dtype(a_dtype).kind == "c" else a.real.astype(a_dtype)
    b = (rng.standard_normal(6) * 4 + 1j * rng.standard_normal(6)).astype(b_dtype) \
        if np.dtype(b_dtype).kind == "c" else (rng.standard_normal(6) * 4).astype(b_dtype)
    want = np.linalg.lstsq(a, b)
    for g, w in zip(lstsq(a, b), want):
        same(g, w)


def test_lstsq_rank_deficient_and_rcond():
    a = general(5, np.complex128, seed=13)[:, :4]
    a[:, 3] = a[:, 0] * (2 - 1j)
    b = general(5, np.complex128, seed=14)[:, :2]
    for rcond in (1e-6, 1e-12, -1.0):
        for g, w in zip(lstsq_rcond(a, b, rcond),
                        np.linalg.lstsq(a, b, rcond=rcond)):
            same(g, w)
