"""np.linalg.pinv, matrix_rank, cond and slogdet of complex64/complex128
matrices against NumPy: pinv through the svd of a's conjugate (as NumPy's,
so conjugate transposes), checked also by the Moore-Penrose identities;
matrix_rank with the eps of the singular values' dtype; slogdet's sign a
complex number of modulus 1 and its log|det| real, of the input's
precision."""

import numpy as np
import pytest

from test_linalg import tolerance
from test_linalg_factor import SHAPES, cond, layouts, matrix_rank, pinv, slogdet

DTYPES = [np.complex128, np.complex64]


def general(shape, dtype, seed=0):
    rng = np.random.default_rng(seed)
    return (rng.standard_normal(shape) + 1j * rng.standard_normal(shape)).astype(dtype)


@pytest.mark.parametrize("dtype", DTYPES)
@pytest.mark.parametrize("shape", SHAPES)
def test_pinv(dtype, shape):
    a = general(shape, dtype)
    want = np.linalg.pinv(a)
    tol = tolerance(dtype)
    for view in layouts(a):
        got = pinv(view)
        assert got.dtype == want.dtype == dtype and got.shape == want.shape
        np.testing.assert_allclose(got, want, **tol)
        if a.size:
            np.testing.assert_allclose(a @ got @ a, a, **tol)
            np.testing.assert_allclose((a @ got).conj().T, a @ got, **tol)
            np.testing.assert_allclose((got @ a).conj().T, got @ a, **tol)
    if min(shape) >= 2:
        low = a.copy()
        low[-1] = low[0] * (1 - 2j)  # rank deficient
        np.testing.assert_allclose(pinv(low), np.linalg.pinv(low), **tol)


@pytest.mark.parametrize("dtype", DTYPES)
def test_matrix_rank(dtype):
    for shape in SHAPES:
        a = general(shape, dtype, seed=2)
        assert matrix_rank(a) == np.linalg.matrix_rank(a)
    a = general((5, 4), dtype, seed=3)
    a[:, 3] = a[:, 0] * 1j - a[:, 1]
    assert matrix_rank(a) == np.linalg.matrix_rank(a) == 3
    for view in layouts(a):
        assert matrix_rank(view) == 3
    assert matrix_rank(np.array([0j, 0j], dtype)) == 0
    assert matrix_rank(np.array([0j, 1j], dtype)) == 1


@pytest.mark.parametrize("dtype", DTYPES)
@pytest.mark.parametrize("shape", [(1, 1), (2, 2), (5, 3), (3, 5), (7, 7)])
def test_cond(dtype, shape):
    a = general(shape, dtype, seed=4)
    want = np.linalg.cond(a)
    for view in layouts(a):
        got = cond(view)
        np.testing.assert_allclose(got, want, **tolerance(dtype))
    assert cond(np.zeros(shape, dtype)) == np.inf


@pytest.mark.parametrize("dtype", DTYPES)
@pytest.mark.parametrize("n", [0, 1, 2, 5, 12])
def test_slogdet(dtype, n):
    a = general((n, n), dtype, seed=n)
    sign_np, log_np = np.linalg.slogdet(a)
    tol = tolerance(dtype)
    for view in layouts(a):
        sign, log = slogdet(view)
        # Boxed as Python scalars, like the real slogdet's floats.
        assert isinstance(sign, complex) and isinstance(log, float)
        assert sign_np.dtype == dtype
        np.testing.assert_allclose(abs(sign), 1, **tol)
        np.testing.assert_allclose(sign, sign_np, **tol)
        np.testing.assert_allclose(log, log_np, **tol)
    singular = np.ones((3, 3), dtype) * (1 + 1j)
    sign, log = slogdet(singular)
    assert sign == 0 and log == -np.inf
    assert (sign, log) == tuple(np.linalg.slogdet(singular))
    # Row swaps and pivots' phases: det(i * P) for a permutation P.
    permuted = np.eye(4, dtype=dtype)[[1, 0, 3, 2]] * 2j
    np.testing.assert_allclose(slogdet(permuted)[0],
                               np.linalg.slogdet(permuted)[0], **tol)


def test_slogdet_not_square():
    a = np.ones((2, 3), np.complex128)
    with pytest.raises(np.linalg.LinAlgError,
                       match="Last 2 dimensions of the array must be square"):
        slogdet(a)
    with pytest.raises(np.linalg.LinAlgError):
        np.linalg.slogdet(a)
