"""np.linalg.solve, inv, det and cholesky (nbc.linalg, LAPACK at run time)
and norm (composed in the frontend)
against NumPy: float32/float64/complex64/complex128, empty and 1x1 matrices, views of any layout
(transposed, F-order, strided, negative strides), 1-d and 2-d right-hand
sides, NumPy's LinAlgError and ValueError messages, Numba's TypingErrors,
and a RuntimeError when no LAPACK can be loaded."""

import os
import subprocess
import sys
import textwrap

import numpy as np
import pytest

import nbc
from nbc.errors import TypingError


@nbc.njit
def solve(a, b):
    return np.linalg.solve(a, b)


@nbc.njit
def inv(a):
    return np.linalg.inv(a)


@nbc.njit
def det(a):
    return np.linalg.det(a)


@nbc.njit
def cholesky(a):
    return np.linalg.cholesky(a)


@nbc.njit
def norm(a):
    return np.linalg.norm(a)


DTYPES = [np.float64, np.float32, np.complex128, np.complex64]


def tolerance(dtype):
    return dict(rtol=1e-3, atol=1e-4) if dtype in (np.float32, np.complex64) \
        else dict(rtol=1e-9, atol=1e-11)


def random(shape, dtype, rng):
    """Standard normal values of `dtype` (both parts for a complex one)."""
    x = rng.standard_normal(shape)
    if np.issubdtype(dtype, np.complexfloating):
        x = x + 1j * rng.standard_normal(shape)
    return x.astype(dtype)


def well_conditioned(n, dtype, seed=0):
    rng = np.random.default_rng(seed)
    return (random((n, n), dtype, rng) / max(n, 1) + np.eye(n)).astype(dtype)


def positive_definite(n, dtype, seed=0):
    """Hermitian positive definite (symmetric for a real dtype)."""
    m = random((n, n), dtype, np.random.default_rng(seed))
    return (m @ m.conj().T + n * np.eye(n)).astype(dtype)


def same(got, want):
    if np.ndim(want) == 0:
        # A scalar result is a Python float (complex), as Numba returns it.
        assert isinstance(got, complex if np.iscomplexobj(want) else float)
        np.testing.assert_allclose(got, want, **tolerance(want.dtype))
        return
    assert got.dtype == want.dtype
    assert got.shape == want.shape
    np.testing.assert_allclose(got, want, **tolerance(want.dtype))


def layouts(m):
    """m itself and views with the same values in other layouts."""
    big = np.zeros((2 * m.shape[0], 3 * m.shape[1]), m.dtype)
    big[::2, ::3] = m
    flipped = np.ascontiguousarray(m[::-1, ::-1])
    return [m, np.asfortranarray(m), m.T.copy().T, big[::2, ::3],
            flipped[::-1, ::-1]]


@pytest.mark.parametrize("dtype", DTYPES)
@pytest.mark.parametrize("n", [0, 1, 2, 5, 40])
def test_solve(dtype, n):
    a = well_conditioned(n, dtype)
    rng = np.random.default_rng(1)
    b1 = random(n, dtype, rng)
    b2 = random((n, 3), dtype, rng)
    for view in layouts(a):
        same(solve(view, b1), np.linalg.solve(a, b1))
        same(solve(view, b2), np.linalg.solve(a, b2))
    same(solve(a, np.asfortranarray(b2)), np.linalg.solve(a, b2))
    same(solve(a, b2[:, ::2]), np.linalg.solve(a, b2[:, ::2]))
    same(solve(a, b2[:, :0]), np.linalg.solve(a, b2[:, :0]))
    same(solve(a, b1[::-1]), np.linalg.solve(a, b1[::-1]))


@pytest.mark.parametrize("dtype", DTYPES)
@pytest.mark.parametrize("n", [0, 1, 2, 5, 40])
def test_inv_det(dtype, n):
    a = well_conditioned(n, dtype)
    for view in layouts(a):
        same(inv(view), np.linalg.inv(a))
        same(det(view), np.linalg.det(a))
    assert inv(a).flags.c_contiguous


@pytest.mark.parametrize("dtype", DTYPES)
@pytest.mark.parametrize("n", [0, 1, 2, 5, 40])
def test_cholesky(dtype, n):
    a = positive_definite(n, dtype)
    for view in layouts(a):
        same(cholesky(view), np.linalg.cholesky(a))
    # Only the lower triangle is read, as NumPy's.
    junk = np.tril(a) + np.triu(np.full_like(a, 7), 1)
    same(cholesky(junk), np.linalg.cholesky(junk))


def test_det_of_singular_and_permuted_matrices():
    same(det(np.zeros((3, 3))), np.linalg.det(np.zeros((3, 3))))
    p = np.eye(4)[[1, 0, 3, 2]]
    same(det(p), np.linalg.det(p))
    p3 = np.eye(3)[[1, 2, 0]]
    same(det(p3), np.linalg.det(p3))
    ones = np.ones((3, 3))
    same(det(ones), np.linalg.det(ones))


@pytest.mark.parametrize("dtype", DTYPES)
def test_norm(dtype):
    rng = np.random.default_rng(2)
    for x in [np.zeros(0, dtype), np.array([3.0, -4.0], dtype),
              random(1000, dtype, rng), random((30, 40), dtype, rng)]:
        same(norm(x), np.linalg.norm(x))
    m = random((30, 40), dtype, rng)
    same(norm(m.T), np.linalg.norm(m.T))
    same(norm(m[::3, ::-2]), np.linalg.norm(m[::3, ::-2]))


def numpy_error(function, *args):
    with pytest.raises(Exception) as info:
        function(*args)
    return type(info.value), str(info.value)


@pytest.mark.parametrize("compiled,reference,args", [
    (solve, np.linalg.solve, (np.zeros((3, 3)), np.ones(3))),
    (solve, np.linalg.solve, (np.ones((2, 3)), np.ones(2))),
    (solve, np.linalg.solve, (np.eye(2), np.ones(3))),
    (solve, np.linalg.solve, (np.eye(2), np.ones((3, 2)))),
    (inv, np.linalg.inv, (np.zeros((2, 2)),)),
    (inv, np.linalg.inv, (np.ones((2, 3)),)),
    (det, np.linalg.det, (np.ones((3, 2)),)),
    (cholesky, np.linalg.cholesky, (-np.eye(2),)),
    (cholesky, np.linalg.cholesky, (np.array([[1.0, 2.0], [2.0, 1.0]]),)),
    (cholesky, np.linalg.cholesky, (np.ones((2, 3), np.float32),)),
    (inv, np.linalg.inv, (np.zeros((2, 2), np.complex64),)),
    (solve, np.linalg.solve, (np.ones((2, 2), np.complex128), np.ones(2, np.complex128))),
    (cholesky, np.linalg.cholesky, (np.array([[1, 2j], [-2j, 1]]),)),
    (det, np.linalg.det, (np.ones((3, 2), np.complex128),)),
])
def test_numpys_errors(compiled, reference, args):
    kind, message = numpy_error(reference, *args)
    with pytest.raises(kind) as info:
        compiled(*args)
    assert type(info.value) is kind
    assert str(info.value) == message


def test_linalg_error_is_numpys_and_a_value_error():
    with pytest.raises(np.linalg.LinAlgError):
        inv(np.zeros((2, 2)))
    with pytest.raises(ValueError):
        inv(np.zeros((2, 2)))


def test_typing_error_of_a_vector():
    with pytest.raises(TypingError):
        det(np.ones(3))


NO_LAPACK = textwrap.dedent("""
    import numpy as np
    import nbc

    @nbc.njit
    def inv(a):
        return np.linalg.inv(a)

    try:
        inv(np.eye(2))
    except RuntimeError as error:
        print(error)
""")


def test_without_lapack_a_runtime_error():
    env = dict(os.environ, NBC_BLAS="/nonexistent/libopenblas.so")
    done = subprocess.run([sys.executable, "-c", NO_LAPACK], env=env,
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("np.linalg.inv needs LAPACK"), done.stdout
