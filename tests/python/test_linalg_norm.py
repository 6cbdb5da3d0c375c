"""np.linalg.norm(x, ord, axis, keepdims) inside @njit against NumPy: vector
ords (numbers, ±inf, 0, negative, given at run time), matrix ords ('fro',
'nuc', ±1, ±2, ±inf), the 2-norm along an axis with keepdims, on float64,
float32, int and complex arrays of several layouts."""

import numpy as np
import pytest

import nbc
from conftest import requires_exec

pytestmark = requires_exec


@nbc.njit
def vector_norm(x, o):
    return np.linalg.norm(x, o)


def vector_constants(x):
    return (np.linalg.norm(x, np.inf), np.linalg.norm(x, -np.inf),
            np.linalg.norm(x, 0), np.linalg.norm(x, 1), np.linalg.norm(x, ord=2),
            np.linalg.norm(x, -1), np.linalg.norm(x, 3))


def matrix_norms(a):
    return (np.linalg.norm(a, "fro"), np.linalg.norm(a, "nuc"), np.linalg.norm(a, 1),
            np.linalg.norm(a, -1), np.linalg.norm(a, np.inf),
            np.linalg.norm(a, -np.inf), np.linalg.norm(a, 2), np.linalg.norm(a, -2),
            np.linalg.norm(a, None), np.linalg.norm(a, ord=None, axis=(0, 1)))


def along_axes(a):
    return (np.linalg.norm(a, axis=0), np.linalg.norm(a, axis=-1),
            np.linalg.norm(a, None, 1, True), np.linalg.norm(a, ord=2, axis=0,
                                                             keepdims=True))


def along_last_of_3d(a):
    return np.linalg.norm(a, axis=-1), np.linalg.norm(a, axis=1, keepdims=True)


def check(fn, *args):
    got, want = nbc.njit(fn)(*args), fn(*args)
    for g, w in zip(got, want):
        w = np.asarray(w)
        assert np.asarray(g).shape == w.shape
        if isinstance(g, np.ndarray):  # (a float32 scalar comes back a float)
            assert g.dtype == w.dtype
        np.testing.assert_allclose(g, w, rtol=2e-6 if w.dtype == np.float32 else 1e-12,
                                   atol=1e-12)


VECTORS = [np.array([3.0, -4.0, 0.0, 1.5]), np.array([2.5]),
           np.arange(-7.0, 9.0)[::3], np.array([1, -2, 5]),
           np.array([1 + 2j, -3j, 0.5])]


@pytest.mark.parametrize("x", VECTORS)
def test_vector_ords_given_at_run_time(x):
    for o in (0.5, 1, 2, 3, 0, -1.5, np.inf, -np.inf):
        np.testing.assert_allclose(vector_norm(x, o), np.linalg.norm(x, o), rtol=1e-12)


@pytest.mark.parametrize("x", VECTORS + [np.array([3.0, -4.0, 0.25], np.float32)])
def test_vector_constant_ords(x):
    check(vector_constants, x)


MATRIX = np.arange(12.0).reshape(3, 4) - 5.5


@pytest.mark.parametrize("a", [MATRIX, MATRIX.T, np.asfortranarray(MATRIX),
                               MATRIX[:, ::2], MATRIX.astype(np.float32),
                               np.arange(6).reshape(2, 3),
                               MATRIX + 1j * MATRIX[::-1]],
                         ids=["C", "T", "F", "strided", "float32", "int", "complex"])
def test_matrix_ords(a):
    check(matrix_norms, a)


@pytest.mark.parametrize("a", [MATRIX, MATRIX.T, MATRIX.astype(np.float32),
                               np.arange(6).reshape(2, 3), MATRIX + 2j * MATRIX,
                               np.empty((0, 3))],
                         ids=["C", "T", "float32", "int", "complex", "empty"])
def test_two_norm_along_an_axis(a):
    check(along_axes, a)


def test_along_axes_of_3d():
    check(along_last_of_3d, np.arange(24.0).reshape(2, 3, 4)[:, ::-1])


def vector_fro(x):
    return np.linalg.norm(x, "fro")


def matrix_three(a):
    return np.linalg.norm(a, 3)


def three_axes(a):
    return np.linalg.norm(a, axis=(0, 1, 2))


def unknown_keyword(a):
    return np.linalg.norm(a, order=2)


@pytest.mark.parametrize("fn, arg, error, text", [
    (vector_fro, np.ones(3), nbc.TypingError, "Invalid norm order 'fro' for vectors"),
    (matrix_three, np.ones((2, 2)), nbc.TypingError, "Invalid norm order for matrices"),
    (three_axes, np.ones((2, 2, 2)), nbc.TypingError, "improper number of dimensions"),
    (unknown_keyword, np.ones(2), nbc.TypingError, "unexpected keyword argument 'order'"),
])
def test_errors_name_the_argument(fn, arg, error, text):
    with pytest.raises(error, match=text) as info:
        nbc.njit(fn)(arg)
    assert "test_linalg_norm.py" in str(info.value)
