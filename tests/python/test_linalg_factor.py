"""np.linalg.eigh, eigvalsh, svd, qr, lstsq (nbc.linalg_factor, LAPACK at
run time) and pinv, matrix_rank (nbc.npimpl.linalg) against NumPy:
float64, float32 (kept float32) and int (made float64) inputs, empty, 1x1,
tall and wide matrices, views of any layout, NumPy's result shapes and
LinAlgError messages. Eigenvectors and singular vectors are compared up to
the sign NumPy documents as arbitrary (and through reconstruction)."""

import numpy as np
import pytest

import nbc
from nbc.errors import TypingError, UnsupportedError


@nbc.njit
def eigh(a):
    return np.linalg.eigh(a)


@nbc.njit
def eigh_upper(a):
    return np.linalg.eigh(a, UPLO="U")


@nbc.njit
def eigvalsh(a):
    return np.linalg.eigvalsh(a)


@nbc.njit
def eigvalsh_upper(a):
    return np.linalg.eigvalsh(a, "U")


@nbc.njit
def svd(a):
    return np.linalg.svd(a)


@nbc.njit
def svd_reduced(a):
    return np.linalg.svd(a, full_matrices=False)


@nbc.njit
def svd_values(a):
    return np.linalg.svd(a, compute_uv=False)


@nbc.njit
def qr(a):
    return np.linalg.qr(a)


@nbc.njit
def qr_complete(a):
    return np.linalg.qr(a, mode="complete")


@nbc.njit
def qr_r(a):
    return np.linalg.qr(a, "r")


@nbc.njit
def lstsq(a, b):
    return np.linalg.lstsq(a, b)


@nbc.njit
def lstsq_rcond(a, b, rcond):
    return np.linalg.lstsq(a, b, rcond=rcond)


@nbc.njit
def pinv(a):
    return np.linalg.pinv(a)


@nbc.njit
def pinv_rcond(a, rcond):
    return np.linalg.pinv(a, rcond)


@nbc.njit
def matrix_rank(a):
    return np.linalg.matrix_rank(a)


@nbc.njit
def matrix_rank_tol(a, tol):
    return np.linalg.matrix_rank(a, tol=tol)


DTYPES = [np.float64, np.float32, np.int64]
SHAPES = [(0, 0), (0, 3), (3, 0), (1, 1), (2, 2), (5, 3), (3, 5), (7, 7)]


def tolerance(dtype):
    return dict(rtol=1e-4, atol=1e-4) if dtype == np.float32 else \
        dict(rtol=1e-9, atol=1e-10)


def matrix(shape, dtype, seed=0):
    rng = np.random.default_rng(seed)
    if np.dtype(dtype).kind == "i":
        return rng.integers(-5, 6, shape).astype(dtype)
    return rng.standard_normal(shape).astype(dtype)


def symmetric(n, dtype, seed=0):
    m = matrix((n, n), dtype, seed)
    return m + m.T


def layouts(m):
    """m itself and views with the same values in other layouts."""
    big = np.zeros((2 * m.shape[0], 3 * m.shape[1]), m.dtype)
    big[::2, ::3] = m
    flipped = np.ascontiguousarray(m[::-1, ::-1])
    return [m, np.asfortranarray(m), big[::2, ::3], flipped[::-1, ::-1]]


def same(got, want):
    """Same type, dtype, shape and values (a Python int for NumPy's)."""
    if isinstance(want, (int, np.integer)):
        assert isinstance(got, int) and got == want
        return
    assert isinstance(got, np.ndarray)
    assert got.dtype == want.dtype, (got.dtype, want.dtype)
    assert got.shape == want.shape, (got.shape, want.shape)
    np.testing.assert_allclose(got, want, **tolerance(want.dtype))


def same_columns_up_to_sign(got, want):
    """Columns equal up to each column's sign, NumPy's freedom."""
    assert got.shape == want.shape and got.dtype == want.dtype
    signs = np.where(np.sum(got * want, axis=0) < 0, -1, 1)
    np.testing.assert_allclose(got * signs, want, **tolerance(want.dtype))


@pytest.mark.parametrize("dtype", DTYPES)
@pytest.mark.parametrize("n", [0, 1, 2, 5, 30])
def test_eigh(dtype, n):
    a = symmetric(n, dtype)
    w_np, v_np = np.linalg.eigh(a)
    for view in layouts(a):
        w, v = eigh(view)
        same(w, w_np)
        same_columns_up_to_sign(v, v_np)
        same(eigvalsh(view), np.linalg.eigvalsh(a))
    if n:  # a v = v diag(w), and ascending eigenvalues
        np.testing.assert_allclose(a @ v, v * w, **tolerance(w_np.dtype))
        assert np.all(np.diff(w) >= 0)


@pytest.mark.parametrize("dtype", [np.float64, np.float32])
def test_eigh_reads_one_triangle(dtype):
    a = symmetric(6, dtype, seed=3)
    lower = np.tril(a) + np.triu(np.full_like(a, 9), 1)
    upper = np.triu(a) + np.tril(np.full_like(a, -9), -1)
    same(eigh(lower)[0], np.linalg.eigh(lower)[0])
    same(eigvalsh(lower), np.linalg.eigvalsh(lower))
    same(eigh_upper(upper)[0], np.linalg.eigh(upper, UPLO="U")[0])
    same_columns_up_to_sign(eigh_upper(upper)[1], np.linalg.eigh(upper, "U")[1])
    same(eigvalsh_upper(upper), np.linalg.eigvalsh(upper, UPLO="U"))
    same(eigvalsh_upper(upper), eigvalsh(a))


@pytest.mark.parametrize("dtype", DTYPES)
@pytest.mark.parametrize("shape", SHAPES)
def test_svd(dtype, shape):
    a = matrix(shape, dtype)
    k = min(shape)
    for function, full in ((svd, True), (svd_reduced, False)):
        u_np, s_np, vt_np = np.linalg.svd(a, full_matrices=full)
        for view in layouts(a):
            u, s, vt = function(view)
            same(s, s_np)
            assert u.shape == u_np.shape and u.dtype == u_np.dtype
            assert vt.shape == vt_np.shape and vt.dtype == vt_np.dtype
            if k == 0:  # NumPy's identities for the non-empty side
                same(u, u_np)
                same(vt, vt_np)
                continue
            same_columns_up_to_sign(u[:, :k], u_np[:, :k])
            same_columns_up_to_sign(vt[:k].T, vt_np[:k].T)
            np.testing.assert_allclose((u[:, :k] * s) @ vt[:k], a,
                                       **tolerance(s_np.dtype))
            # Orthonormal columns, in the full case the whole basis.
            np.testing.assert_allclose(u.T @ u, np.eye(u.shape[1]),
                                       **tolerance(s_np.dtype))
            np.testing.assert_allclose(vt @ vt.T, np.eye(vt.shape[0]),
                                       **tolerance(s_np.dtype))
    for view in layouts(a):
        same(svd_values(view), np.linalg.svd(a, compute_uv=False))


def qr_signs(r):
    """Signs that make R's diagonal non-negative (Q, R are unique then)."""
    d = np.sign(np.diagonal(r)).copy()
    d[d == 0] = 1
    return d


@pytest.mark.parametrize("dtype", DTYPES)
@pytest.mark.parametrize("shape", SHAPES)
def test_qr(dtype, shape):
    a = matrix(shape, dtype)
    k = min(shape)
    for function, mode in ((qr, "reduced"), (qr_complete, "complete")):
        q_np, r_np = np.linalg.qr(a, mode=mode)
        for view in layouts(a):
            q, r = function(view)
            assert q.shape == q_np.shape and q.dtype == q_np.dtype
            assert r.shape == r_np.shape and r.dtype == r_np.dtype
            np.testing.assert_allclose(q @ r, a, **tolerance(r_np.dtype))
            np.testing.assert_allclose(q.T @ q, np.eye(q.shape[1]),
                                       **tolerance(r_np.dtype))
            assert np.all(np.tril(r, -1) == 0)
            # Equal to NumPy's after fixing the signs of R's first k rows.
            mine, theirs = qr_signs(r[:k, :k]), qr_signs(r_np[:k, :k])
            np.testing.assert_allclose(r[:k] * mine[:, None],
                                       r_np[:k] * theirs[:, None],
                                       **tolerance(r_np.dtype))
            np.testing.assert_allclose(q[:, :k] * mine, q_np[:, :k] * theirs,
                                       **tolerance(r_np.dtype))
            if mode == "complete" and k == 0:
                same(q, q_np)
        r_only = qr_r(a)
        assert r_only.shape == np.linalg.qr(a, "r").shape
        np.testing.assert_allclose(np.abs(r_only), np.abs(np.linalg.qr(a, "r")),
                                   **tolerance(r_np.dtype))


LSTSQ_CASES = [((6, 3), (6,)), ((6, 3), (6, 2)), ((3, 5), (3,)), ((3, 5), (3, 4)),
               ((4, 4), (4,)), ((1, 1), (1,)), ((5, 2), (5, 0)), ((0, 3), (0,)),
               ((3, 0), (3,)), ((3, 0), (3, 2)), ((0, 0), (0, 2))]


@pytest.mark.parametrize("dtype", DTYPES)
@pytest.mark.parametrize("shapes", LSTSQ_CASES)
def test_lstsq(dtype, shapes):
    a = matrix(shapes[0], dtype)
    b = matrix(shapes[1], dtype, seed=1)
    want = np.linalg.lstsq(a, b)
    for view in layouts(a):
        got = lstsq(view, b)
        assert isinstance(got, tuple) and len(got) == 4
        for g, w in zip(got, want):
            same(g, w)
    if b.ndim == 2:
        for g, w in zip(lstsq(a, np.asfortranarray(b)), want):
            same(g, w)
    else:  # a strided, reversed right-hand side
        twice = np.repeat(b[::-1], 2)
        for g, w in zip(lstsq(a, twice[::-2]), want):
            same(g, w)


@pytest.mark.parametrize("dtype", [np.float64, np.float32])
def test_lstsq_rank_deficient_and_rcond(dtype):
    a = matrix((6, 3), dtype)
    a[:, 2] = a[:, 0] + a[:, 1]  # rank 2: no residuals
    b = matrix((6,), dtype, seed=2)
    for g, w in zip(lstsq(a, b), np.linalg.lstsq(a, b)):
        same(g, w)
    scaled = np.diag(np.array([1.0, 1e-3, 1e-9])).astype(dtype)
    rhs = np.ones(3, dtype)
    for rcond in (1e-6, 1e-12, -1.0):
        for g, w in zip(lstsq_rcond(scaled, rhs, rcond),
                        np.linalg.lstsq(scaled, rhs, rcond=rcond)):
            same(g, w)


def test_lstsq_mixed_dtypes_are_numpys():
    a = matrix((5, 3), np.float32)
    b = matrix((5,), np.float64, seed=4)
    for g, w in zip(lstsq(a, b), np.linalg.lstsq(a, b)):
        same(g, w)


@pytest.mark.parametrize("dtype", DTYPES)
@pytest.mark.parametrize("shape", SHAPES)
def test_pinv(dtype, shape):
    a = matrix(shape, dtype)
    want = np.linalg.pinv(a)
    if a.size == 0 and want.dtype.kind == "i":
        # NumPy returns an empty integer array here, float64 otherwise; a
        # compiled result's dtype cannot depend on the run-time size.
        want = want.astype(np.float64)
    for view in layouts(a):
        same(pinv(view), want)
    if min(shape) >= 2:
        low = a.astype(np.float64)
        low[-1] = low[0]  # rank deficient
        same(pinv(low), np.linalg.pinv(low))
        same(pinv_rcond(low, 0.5), np.linalg.pinv(low, 0.5))


@pytest.mark.parametrize("dtype", DTYPES)
def test_matrix_rank(dtype):
    for shape in SHAPES:
        a = matrix(shape, dtype)
        assert matrix_rank(a) == np.linalg.matrix_rank(a)
    a = matrix((6, 4), dtype)
    a[:, 3] = a[:, 0] - a[:, 1]
    assert matrix_rank(a) == np.linalg.matrix_rank(a) == 3
    assert matrix_rank(a[::2]) == np.linalg.matrix_rank(a[::2])
    assert matrix_rank(np.asfortranarray(a)) == 3
    assert matrix_rank_tol(a, 1e3) == np.linalg.matrix_rank(a, tol=1e3)
    for v in (np.zeros(4, dtype), np.array([0, 2, 0], dtype), np.zeros(0, dtype)):
        assert matrix_rank(v) == np.linalg.matrix_rank(v)
    # float32's eps decides: 1e-7 relative is below it, 1e-6 above.
    d = np.diag(np.array([1.0, 1e-7, 1e-6], dtype=np.float32))
    assert matrix_rank(d) == np.linalg.matrix_rank(d)
    assert matrix_rank(d.astype(np.float64)) == \
        np.linalg.matrix_rank(d.astype(np.float64))


def numpy_error(function, *args):
    with pytest.raises(Exception) as info:
        function(*args)
    return type(info.value), str(info.value)


NAN = np.full((3, 3), np.nan)


@pytest.mark.parametrize("compiled,reference,args", [
    (eigh, np.linalg.eigh, (np.ones((2, 3)),)),
    (eigvalsh, np.linalg.eigvalsh, (np.ones((3, 2), np.float32),)),
    (lstsq, np.linalg.lstsq, (np.ones((3, 2)), np.ones(4))),
    (lstsq, np.linalg.lstsq, (np.ones((3, 2)), np.ones((2, 2)))),
    (eigh, np.linalg.eigh, (NAN,)),
    (svd, np.linalg.svd, (NAN,)),
    (svd_values, lambda a: np.linalg.svd(a, compute_uv=False), (NAN,)),
    (lstsq, np.linalg.lstsq, (NAN, np.ones(3))),
])
def test_numpys_errors(compiled, reference, args):
    kind, message = numpy_error(reference, *args)
    with pytest.raises(kind) as info:
        compiled(*args)
    assert type(info.value) is kind
    assert str(info.value) == message


def test_typing_errors():
    @nbc.njit
    def bad_uplo(a):
        return np.linalg.eigh(a, UPLO="X")

    @nbc.njit
    def raw(a):
        return np.linalg.qr(a, mode="raw")

    @nbc.njit
    def hermitian(a):
        return np.linalg.svd(a, hermitian=True)

    @nbc.njit
    def vector(a):
        return np.linalg.svd(a)

    with pytest.raises(TypingError, match="UPLO= must be one of 'L', 'U'"):
        bad_uplo(np.eye(2))
    with pytest.raises(TypingError, match="mode= must be one of"):
        raw(np.eye(2))
    with pytest.raises(UnsupportedError, match="hermitian="):
        hermitian(np.eye(2))
    with pytest.raises(TypingError, match="1-dimensional array given"):
        vector(np.ones(3))
    with pytest.raises(UnsupportedError, match="3-dimensional"):
        lstsq(np.ones((2, 2, 2)), np.ones(2))  # svd takes stacks


@nbc.njit
def slogdet(a):
    return np.linalg.slogdet(a)


@nbc.njit
def matrix_power(a, n):
    return np.linalg.matrix_power(a, n)


@nbc.njit
def cond(a):
    return np.linalg.cond(a)


@pytest.mark.parametrize("dtype", DTYPES)
@pytest.mark.parametrize("n", [0, 1, 2, 5, 12])
def test_slogdet(dtype, n):
    a = matrix((n, n), dtype)
    sign_np, log_np = np.linalg.slogdet(a)
    for view in layouts(a):
        sign, log = slogdet(view)
        assert isinstance(sign, float) and isinstance(log, float)
        assert sign == sign_np
        np.testing.assert_allclose(log, log_np, **tolerance(log_np.dtype))
    singular = np.ones((3, 3), dtype)
    assert slogdet(singular) == tuple(np.linalg.slogdet(singular))
    permuted = np.eye(4, dtype=dtype)[[1, 0, 3, 2]] * 2
    assert slogdet(permuted)[0] == np.linalg.slogdet(permuted)[0]


@pytest.mark.parametrize("dtype", DTYPES)
@pytest.mark.parametrize("power", [0, 1, 2, 3, 4, 5, 13])
def test_matrix_power(dtype, power):
    a = (np.eye(4) + matrix((4, 4), np.float64) / 4).astype(dtype)
    if np.dtype(dtype).kind == "i":
        a = matrix((4, 4), dtype) // 3
    for view in layouts(a):
        same(matrix_power(view, power), np.linalg.matrix_power(a, power))
    if np.dtype(dtype).kind == "f":
        same(matrix_power(a, -power), np.linalg.matrix_power(a, -power))
    empty = np.zeros((0, 0), dtype)
    same(matrix_power(empty, power), np.linalg.matrix_power(empty, power))


@pytest.mark.parametrize("dtype", DTYPES)
@pytest.mark.parametrize("shape", [(1, 1), (2, 2), (5, 3), (3, 5), (7, 7)])
def test_cond(dtype, shape):
    a = matrix(shape, dtype)
    for view in layouts(a):
        np.testing.assert_allclose(cond(view), np.linalg.cond(a),
                                   **tolerance(np.linalg.cond(a).dtype))
    singular = np.zeros(shape, dtype)
    assert cond(singular) == np.linalg.cond(singular) == np.inf


@pytest.mark.parametrize("compiled,reference,args", [
    (slogdet, np.linalg.slogdet, (np.ones((2, 3)),)),
    (matrix_power, np.linalg.matrix_power, (np.ones((2, 3)), 2)),
])
def test_composed_errors(compiled, reference, args):
    kind, message = numpy_error(reference, *args)
    with pytest.raises(kind, match=message):
        compiled(*args)


def test_integer_matrix_to_a_negative_power_is_refused():
    with pytest.raises(ValueError, match="negative power"):
        matrix_power(np.eye(2, dtype=np.int64), -1)


@nbc.njit
def eig(a):
    return np.linalg.eig(a)


@nbc.njit
def eigvals(a):
    return np.linalg.eigvals(a)


def real_spectrum(n, dtype, seed=0):
    """A non-symmetric matrix with real eigenvalues 1.5, 3, ..., 1.5 n."""
    p = np.random.default_rng(seed).standard_normal((n, n))
    return (p @ np.diag(1.5 * np.arange(1, n + 1)) @ np.linalg.inv(p)).astype(dtype)


@pytest.mark.parametrize("dtype", [np.float64, np.float32])
@pytest.mark.parametrize("n", [0, 1, 2, 5, 9])
def test_eig_with_real_eigenvalues(dtype, n):
    a = real_spectrum(n, dtype) if n else np.zeros((0, 0), dtype)
    w_np, v_np = np.linalg.eig(a)
    assert not np.iscomplexobj(w_np)  # NumPy's real results too
    for view in layouts(a):
        w, v = eig(view)
        same(w, w_np)  # LAPACK's order, computed in double as NumPy
        same_columns_up_to_sign(v, v_np)
        same(eigvals(view), np.linalg.eigvals(a))
    if n:
        np.testing.assert_allclose(a.astype(np.float64) @ v, v * w,
                                   rtol=1e-3, atol=1e-3)


def test_eig_of_an_integer_matrix_is_float64():
    a = np.array([[2, 1], [0, 3]])
    for got, want in zip(eig(a), np.linalg.eig(a)):
        same(got, want)


def test_eig_errors():
    rotation = np.array([[0.0, -1.0], [1.0, 0.0]])  # eigenvalues +-i
    for function in (eig, eigvals):
        with pytest.raises(ValueError, match="must not cause a domain change"):
            function(rotation)
    for compiled, reference in ((eig, np.linalg.eig), (eigvals, np.linalg.eigvals)):
        for args in ((np.ones((2, 3)),), (NAN,)):
            kind, message = numpy_error(reference, *args)
            with pytest.raises(kind) as info:
                compiled(*args)
            assert type(info.value) is kind and str(info.value) == message
