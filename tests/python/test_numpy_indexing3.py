"""NumPy coverage through the dialect, against NumPy running the same
Python (values, dtypes, shapes, arrays written in place, and the type and
message of NumPy's errors): a 1-d boolean mask on one axis of an N-d array
among full slices, integers and `...` (nbc.mask_take/mask_put with `axis`),
reading, assigning and updating in place; integer arrays with `...` and
np.newaxis; np.take of an N-d array without
axis= (the flattened array); complex np.median/np.nanmedian along axes;
np.linalg.norm's other ords along axes (vectors along one, matrices along
a pair in the pair's order)."""

import numpy as np
import pytest

import nbc
import numpy_outcomes


def check(kernel, *args):
    # norms: NumPy's formulas sum in another order
    numpy_outcomes.check(kernel, *args, close=True)


# -- a 1-d mask on one axis -------------------------------------------------
@nbc.njit
def mask_forms(a, columns, rows, i):
    """A mask on the last axis through each spelling; one on axis 0."""
    return a[:, columns], a[i, columns], a[..., columns], a[rows, :], a[rows, i]


@nbc.njit
def mask_separated(a, m, i):
    """NumPy puts the mask's axis first when an integer separates them."""
    return a[i, :, m], a[:, i, m], a[i, ..., m], a[:, m[:3], :], a[1:, m[:3], ::-1]


A2 = np.arange(12.0).reshape(3, 4)
A3 = np.arange(24, dtype=np.int32).reshape(2, 3, 4)
M4 = np.array([True, False, True, True])
M3 = np.array([False, True, True])


@pytest.mark.parametrize("a, columns, rows, i", [
    (A2, M4, M3, 1), (A2, ~M4, ~M3, -1), (A2, np.zeros(4, bool), M3, 0),
    (A2[:, ::-1], M4, M3, 2),                      # a strided view
    (A2.T.copy(), M3, M4, 0),
    (A2, M3, M3, 0),                               # IndexError along axis 1
    (A2, M4, M4, 0),                               # IndexError along axis 0
    (A2, M4, M3, 3),                               # the integer's IndexError
])
def test_mask_on_an_axis(a, columns, rows, i):
    check(mask_forms, a, columns, rows, i)


@pytest.mark.parametrize("a, m, i", [
    (A3, M4, 1), (A3[:, :, ::-1], ~M4, 0), (A3, M3, 1),
])
def test_mask_separated_from_an_integer(a, m, i):
    check(mask_separated, a, m, i)


@nbc.njit
def mask_assign(a, m, v):
    a[:, m] = v
    a[m[:a.shape[0]], 1:] = 0
    return a


@nbc.njit
def mask_update(a, m, i):
    a[i, m] += 1
    a[..., m] *= 2
    return a


@pytest.mark.parametrize("a, m, v", [
    (A2, M4, 7.5),
    (A2, M4, np.array([1.0, 2.0, 3.0])),            # broadcast over rows
    (A2, M4, np.arange(9.0).reshape(3, 3)),
    (A2, M4, np.array([1.0, 2.0])),                 # ValueError
    (A2, M3, 1.0),                                  # IndexError
])
def test_mask_assignment(a, m, v):
    check(mask_assign, a, m, np.asarray(v, dtype=np.float64))


@pytest.mark.parametrize("a, m, i", [(A2, M4, 0), (A2, ~M4, 2), (A2, M3, 1)])
def test_mask_update_in_place(a, m, i):
    check(mask_update, a, m, i)


@nbc.njit
def mask_own_row(b):
    """The mask is a view of the array written: NumPy reads it first."""
    b[:, b[0]] = False
    return b


def test_mask_is_a_view_of_the_target():
    check(mask_own_row, np.array([[True, False, True], [True, True, True]]))


@nbc.njit
def index_array_forms(a, idx):
    """Integer arrays with `...` and np.newaxis (basic indices, as slices)."""
    return a[..., idx], a[idx, None], a[None, idx], a[0, None, idx]


@pytest.mark.parametrize("idx", [np.array([2, 0, -1]), np.array([3])])
def test_index_array_with_ellipsis_and_newaxis(idx):
    check(index_array_forms, A2, idx)


# -- np.take without axis: the flattened array --------------------------------
@nbc.njit
def take_flat(a, idx, i):
    return np.take(a, idx), np.take(a, i), a.take(idx)


@pytest.mark.parametrize("a, idx, i", [
    (A2, np.array([0, 11, -1, 5]), 4),
    (A3, np.array([[0, 23], [-24, 7]]), -1),
    (A3[:, ::2, ::-1], np.array([3, 0, 7]), 2),     # a strided view
    (A2, np.array([12]), 0),                        # IndexError
    (A2, np.array([0]), -13),
])
def test_take_flattened(a, idx, i):
    check(take_flat, a, idx, i)


# -- np.median / np.nanmedian of complex arrays along an axis ----------------
@nbc.njit
def complex_medians(a):
    return (np.median(a, axis=0), np.median(a, axis=-1),
            np.nanmedian(a, axis=1), np.median(a, axis=(0, 1), keepdims=True))


C = np.array([[1 + 2j, 1 - 1j, 3j, -2 + 0j],
              [0.5j, 1 + 2j, -1 - 1j, 2 + 2j],
              [4 + 0j, 1 + 0.5j, 1 - 3j, 0j]])


@pytest.mark.parametrize("a", [
    C, C[:2],                                      # odd and even counts
    C.astype(np.complex64), C[:, ::-1].T,
    np.where(np.eye(3, 4, dtype=bool), complex(np.nan, 1), C),
])
def test_complex_median_along_an_axis(a):
    check(complex_medians, a)


# -- np.linalg.norm: ords other than 2 along axes ---------------------------
@nbc.njit
def norms_along(x, p):
    return (np.linalg.norm(x, p, axis=1), np.linalg.norm(x, 1, axis=0, keepdims=True),
            np.linalg.norm(x, np.inf, axis=(2, 0)), np.linalg.norm(x, -1, axis=(0, 1)),
            np.linalg.norm(x, "nuc", axis=(1, 2), keepdims=True),
            np.linalg.norm(x, 2, axis=(2, 1)), np.linalg.norm(x, "fro", axis=(0, 2)),
            np.linalg.norm(x, 0, axis=-1))


X = np.array([[[1.0, -2.0, 0.0, 3.5], [0.5, 4.0, -1.0, 2.0], [3.0, 0.0, 1.0, -1.0]],
              [[2.0, 1.0, -3.0, 0.0], [-0.5, 2.5, 1.5, 1.0], [0.0, 1.0, 2.0, 4.0]]])


@pytest.mark.filterwarnings("ignore:divide by zero")  # NumPy's 0 ** -p
@pytest.mark.parametrize("x, p", [
    (X, 3.0), (X, np.inf), (X, -np.inf), (X, 0.5), (X[:, ::-1, 1:], 1.0),
    ((X * (1 - 2j)).astype(np.complex64), -2.0),    # float32 norms
])
def test_norm_ords_along_axes(x, p):
    check(norms_along, x, p)


# -- np.einsum with '...' ------------------------------------------------------
@nbc.njit
def einsum_ellipses(a, b):
    return (np.einsum("...ij,...jk->...ik", a, b), np.einsum("...i,...i", a, a),
            np.einsum("i...->...i", b), np.einsum("...ii->...i", a[..., :2, :2]),
            np.einsum("...j", a))


@pytest.mark.parametrize("a, b", [
    (np.arange(24.0).reshape(2, 3, 4), np.arange(20.0).reshape(4, 5)),
    (np.arange(12.0).reshape(1, 3, 4) - 5, np.arange(40.0).reshape(2, 4, 5)),
])
def test_einsum_ellipsis(a, b):
    check(einsum_ellipses, a, b)


def test_einsum_ellipses_that_do_not_broadcast():
    a, b = np.ones((2, 3, 4)), np.ones((3, 4, 5))  # 2 against 3
    for fn in (einsum_ellipses, einsum_ellipses.py_func):  # NumPy's message is longer
        with pytest.raises(ValueError, match="^operands could not be broadcast "
                           "together with remapped shapes"):
            fn(a, b)


# -- np.bincount's weights: NumPy refuses complex ones -------------------------
@nbc.njit
def bincount_weighted(x, w):
    return np.bincount(x, w)


def test_bincount_complex_weights_refused():
    x, w = np.array([0, 1, 1, 3]), np.array([1 + 2j, 3j, 1, 2])
    with pytest.raises(TypeError, match="safe"):
        np.bincount(x, w)
    with pytest.raises(nbc.UnsupportedError, match=r"complex weights(.|\n)*line \d+"):
        bincount_weighted(x, w)
    check(bincount_weighted, x, w.real)
