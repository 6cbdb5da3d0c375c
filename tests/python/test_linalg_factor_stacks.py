"""np.linalg.eigh, eigvalsh, svd, qr, eig and eigvals of stacks of matrices, a.shape ==
(..., M, N) (nbc.linalg_factor, one LAPACK call per matrix), against
NumPy: real and complex dtypes, empty stacks and empty matrices, views of
any layout. Eigenvalues and singular values are compared with NumPy's;
vectors, unique only up to a unit factor each, through the reconstruction
of each matrix (and R's diagonal made real positive for qr). eig of a real
stack has real results, as Numba's 2-d eig: a matrix with complex
eigenvalues anywhere in it raises Numba's ValueError."""

import numpy as np
import pytest

import nbc

from test_linalg import tolerance
from test_linalg_complex_factor import phases
from test_linalg_factor import (eigh, eigvalsh_upper, qr, qr_complete, qr_r,
                                svd, svd_reduced, svd_values)
from test_linalg_stacks import views

DTYPES = [np.float64, np.float32, np.complex128, np.complex64]
SHAPES = [(2, 3, 4, 4), (3, 5, 3), (2, 3, 5), (0, 3, 3), (2, 0, 3), (1, 1, 1)]


def random(shape, dtype, seed=0):
    rng = np.random.default_rng(seed)
    a = rng.standard_normal(shape)
    if np.dtype(dtype).kind == "c":
        a = a + 1j * rng.standard_normal(shape)
    return a.astype(dtype)


def hermitian(shape, dtype):
    a = random(shape, dtype)
    return ((a + np.swapaxes(a, -1, -2).conj()) / 2).astype(dtype)


def close(got, want, dtype):
    np.testing.assert_allclose(got, want, **tolerance(np.dtype(dtype)))


@pytest.mark.parametrize("dtype", DTYPES)
@pytest.mark.parametrize("shape", [s for s in SHAPES if s[-1] == s[-2]])
def test_eigh(dtype, shape):
    a = hermitian(shape, dtype)
    w_np = np.linalg.eigvalsh(a)
    for view in views(a):
        w, v = eigh(view)
        assert w.dtype == w_np.dtype and w.shape == w_np.shape
        assert v.dtype == a.dtype and v.shape == a.shape
        close(w, w_np, dtype)
        close(a @ v, v * w[..., None, :], dtype)
        close(np.swapaxes(v, -1, -2).conj() @ v,
              np.broadcast_to(np.eye(shape[-1]), shape), dtype)
        vals = eigvalsh_upper(view)
        assert vals.dtype == w_np.dtype
        close(vals, np.linalg.eigvalsh(a, UPLO="U"), dtype)


@pytest.mark.parametrize("dtype", DTYPES)
@pytest.mark.parametrize("shape", SHAPES)
def test_svd(dtype, shape):
    a = random(shape, dtype, seed=1)
    k = min(shape[-2:])
    for function, full in ((svd, True), (svd_reduced, False)):
        u_np, s_np, vh_np = np.linalg.svd(a, full_matrices=full)
        for view in views(a):
            u, s, vh = function(view)
            for got, want in ((u, u_np), (s, s_np), (vh, vh_np)):
                assert got.dtype == want.dtype and got.shape == want.shape
            close(s, s_np, dtype)
            if k == 0:  # NumPy's identities
                np.testing.assert_array_equal(u, u_np)
                np.testing.assert_array_equal(vh, vh_np)
                continue
            close((u[..., :k] * s[..., None, :]) @ vh[..., :k, :], a, dtype)
    for view in views(a):
        s = svd_values(view)
        assert s.dtype == np.linalg.svd(a, compute_uv=False).dtype
        close(s, np.linalg.svd(a, compute_uv=False), dtype)


@pytest.mark.parametrize("dtype", DTYPES)
@pytest.mark.parametrize("shape", SHAPES)
def test_qr(dtype, shape):
    a = random(shape, dtype, seed=2)
    k = min(shape[-2:])
    for function, mode in ((qr, "reduced"), (qr_complete, "complete")):
        q_np, r_np = np.linalg.qr(a, mode=mode)
        for view in views(a):
            q, r = function(view)
            for got, want in ((q, q_np), (r, r_np)):
                assert got.dtype == want.dtype and got.shape == want.shape
            close(q @ r, a, dtype)
            mine = phases(r[..., :k, :k])
            theirs = phases(r_np[..., :k, :k])
            close(r[..., :k, :] / mine[..., :, None],
                  r_np[..., :k, :] / theirs[..., :, None], dtype)
            close(q[..., :k] * mine[..., None, :],
                  q_np[..., :k] * theirs[..., None, :], dtype)
    r_np = np.linalg.qr(a, "r")
    for view in views(a):
        r = qr_r(view)
        assert r.shape == r_np.shape and r.dtype == r_np.dtype
        close(np.abs(r), np.abs(r_np), dtype)


def test_one_bad_matrix_in_a_stack():
    a = hermitian((3, 4, 4), np.float64)
    a[1, 2, 2] = np.nan
    for compiled, reference in ((eigh, np.linalg.eigh), (svd, np.linalg.svd)):
        with pytest.raises(np.linalg.LinAlgError) as want:
            reference(a)
        with pytest.raises(np.linalg.LinAlgError, match=str(want.value)):
            compiled(a)
    with pytest.raises(np.linalg.LinAlgError,
                       match="Last 2 dimensions of the array must be square"):
        eigh(np.ones((2, 3, 4)))


@nbc.njit
def eig_and_eigvals(a):
    w, v = np.linalg.eig(a)
    return w, v, np.linalg.eigvals(a)


def real_spectra(shape, dtype):
    """Non-symmetric matrices with real eigenvalues 1.5, 3, ..., 1.5 n."""
    n = shape[-1]
    p = random(shape, np.float64, seed=3) + n * np.eye(n)
    return (p * (1.5 * np.arange(1, n + 1)) @ np.linalg.inv(p)).astype(dtype)


@pytest.mark.parametrize("dtype", DTYPES + [np.int64])
@pytest.mark.parametrize("shape", [(2, 3, 4, 4), (0, 3, 3), (2, 0, 0), (1, 1, 1)])
def test_eig(dtype, shape):
    if np.dtype(dtype).kind == "c":
        a = random(shape, dtype, seed=4)
    elif dtype == np.int64:  # symmetric: real eigenvalues
        a = np.round(4 * hermitian(shape, np.float64)).astype(dtype)
    else:
        a = real_spectra(shape, dtype)
    w_np, v_np = np.linalg.eig(a)
    assert w_np.dtype.kind == np.dtype(dtype).kind or dtype == np.int64
    single = np.dtype(dtype) in (np.float32, np.complex64)
    for view in views(a)[::2]:  # C-order and strided
        w, v, values = eig_and_eigvals(view)
        for got, want in ((w, w_np), (v, v_np), (values, w_np)):
            assert got.dtype == want.dtype and got.shape == want.shape
        # LAPACK's order, computed in double precision as NumPy's.
        np.testing.assert_allclose(w, w_np, rtol=1e-4 if single else 1e-9)
        np.testing.assert_allclose(values, w_np, rtol=1e-4 if single else 1e-9)
        close(np.abs(v), np.abs(v_np), dtype)
        close(a.astype(v.dtype) @ v, v * w[..., None, :], dtype)


def test_eig_of_a_stack_with_complex_eigenvalues():
    """NumPy's results become complex; nbc's (Numba's rule) are real, so a
    stack with one rotation raises Numba's ValueError; one NaN NumPy's
    LinAlgError."""
    a = real_spectra((3, 2, 2), np.float64)
    eig_and_eigvals(a)
    a[2] = [[0.0, -1.0], [1.0, 0.0]]
    with pytest.raises(ValueError, match="eig.. argument must not cause a "
                       "domain change"):
        eig_and_eigvals(a)
    a[2] = np.nan
    with pytest.raises(np.linalg.LinAlgError,
                       match="Array must not contain infs or NaNs"):
        eig_and_eigvals(a)
