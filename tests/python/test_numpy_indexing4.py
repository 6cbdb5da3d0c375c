"""NumPy coverage through the dialect, against NumPy running the same
Python (values, dtypes, shapes, arrays written in place, and the type and
message of NumPy's errors): boolean masks combined with index arrays, with
np.newaxis, and N-d masks among other subscripts (NumPy's `m.nonzero()`
arrays: nbc.argwhere, then nbc.take/nbc.put), read, assigned and updated in
place; np.take's mode='wrap'/'clip'."""

import numpy as np
import pytest

import nbc
from numpy_outcomes import check


A2 = np.arange(12.0).reshape(3, 4)
B3 = np.arange(24, dtype=np.int32).reshape(2, 3, 4)
ROWS = np.array([True, False, True])
COLS = np.array([False, True, True, True])


# -- a mask with an index array: the mask's nonzero() arrays broadcast --------
@nbc.njit
def mask_with_index(a, rows, cols, idx):
    return a[rows, idx], a[idx, cols], a[rows, idx[:1]]


@pytest.mark.parametrize("a, rows, cols, idx", [
    (A2, ROWS, COLS, np.array([3, -4])),
    (A2[:, ::-1], ~ROWS, COLS, np.array([0], np.uint8)),   # strided, unsigned
    (A2.T[:3, :3].T, ROWS, COLS[1:], np.array([2, 0])),    # a transposed view
    (A2, np.zeros(3, bool), np.zeros(4, bool), np.array([1])),  # empty masks
    (A2, ROWS, COLS, np.array([0, 1, 2])),          # broadcast IndexError
    (A2, ROWS, COLS, np.array([4, 0])),             # out of range on axis 1
    (A2, ROWS[:2], COLS, np.array([0, 1])),         # mask size IndexError
])
def test_mask_with_index_array(a, rows, cols, idx):
    check(mask_with_index, a, rows, cols, idx)


@nbc.njit
def mask_with_index_store(a, rows, idx, v):
    a[rows, idx] = v
    a[idx[::-1], rows] *= 2
    return a


@pytest.mark.parametrize("rows, idx, v", [
    (ROWS, np.array([2, -1]), np.array([10.0, 20.0])),
    (ROWS, np.array([0, 1], np.uint16), 7.5),
    (np.zeros(3, bool), np.array([1]), 7.5),        # nothing selected
    (ROWS, np.array([1, 2]), np.array([1.0, 2.0, 3.0])),  # value ValueError
    (ROWS, np.array([3, 3, 3]), 1.0),               # broadcast IndexError
])
def test_mask_with_index_assignment(rows, idx, v):
    check(mask_with_index_store, np.arange(9.0).reshape(3, 3), rows, idx,
          np.asarray(v))
    check(mask_with_index_store, np.arange(9.0).reshape(3, 3).T, rows, idx,
          np.asarray(v))


# -- a mask with np.newaxis ---------------------------------------------------
@nbc.njit
def mask_with_newaxis(a, rows, cols):
    return a[None, rows], a[rows, None], a[:, None, cols], a[rows, None, 1]


@nbc.njit
def mask_with_newaxis_store(a, rows, cols, v):
    a[None, rows] = v
    a[:, None, cols] += 1
    return a


@pytest.mark.parametrize("a, rows, cols", [
    (A2, ROWS, COLS), (A2[::-1, ::2], ~ROWS, COLS[:2]),
    (A2, ROWS, COLS[:3]),                           # IndexError along axis 1
])
def test_mask_with_newaxis(a, rows, cols):
    check(mask_with_newaxis, a, rows, cols)
    check(mask_with_newaxis_store, a, rows, cols, np.arange(a.shape[1], dtype=a.dtype))


# -- an N-d mask among other subscripts ---------------------------------------
@nbc.njit
def nd_mask_forms(b, lead, tail, idx):
    return (b[lead, 0], b[lead, :], b[..., tail], b[lead, idx[:1]], b[1, tail],
            b[lead, -1:], b[lead, idx])


@nbc.njit
def nd_mask_store(b, lead, tail, v):
    b[lead, 1] = v
    b[..., tail] += 3
    b[lead, ...] -= 1
    return b


LEAD = B3[:, :, 0] % 8 == 0
TAIL = B3[0] % 3 == 1


@pytest.mark.parametrize("b, lead, tail, idx", [
    (B3, LEAD, TAIL, np.array([3, -4, 0], np.int8)),
    (B3[:, ::-1, ::-1], ~LEAD, ~TAIL, np.array([0], np.uint32)),    # strided
    (B3.T.copy().T, LEAD, TAIL, np.array([1])),     # a Fortran-ordered array
    (B3, np.zeros((2, 3), bool), TAIL, np.array([2])),               # empty
    (B3, LEAD, TAIL, np.array([1, 2])),             # broadcast IndexError
    (B3, LEAD, TAIL, np.array([4])),                # out of range on axis 2
    (B3, LEAD[:, :2], TAIL, np.array([1])),         # mask size along axis 1
    (B3, LEAD, TAIL[:2], np.array([1])),            # ... along axis 1 of b[...]
])
def test_nd_mask_with_other_subscripts(b, lead, tail, idx):
    check(nd_mask_forms, b, lead, tail, idx)


@pytest.mark.parametrize("b, lead, tail, v", [
    (B3, LEAD, TAIL, np.array([5, 6, 7], np.int32)),
    (B3[:, ::-1], ~LEAD, TAIL, np.array([9], np.int32)),
    (B3, LEAD, TAIL, np.array([1, 2], np.int32)),   # value ValueError
])
def test_nd_mask_assignment(b, lead, tail, v):
    check(nd_mask_store, b, lead, tail, v)


# -- np.take's mode= -----------------------------------------------------------
@nbc.njit
def take_modes(a, idx, i):
    return (np.take(a, idx, mode="wrap"), np.take(a, idx, axis=1, mode="clip"),
            a.take(idx, axis=0, mode="wrap"), np.take(a, i, mode="clip"),
            np.take(a, i, mode="wrap"))


@pytest.mark.parametrize("a, idx, i", [
    (A2, np.array([-13, 25, 3, -1]), 14),
    (A2[::-1, 1:], np.array([[250, 7], [0, 255]], np.uint8), -20),   # strided
    (A2, np.array([], np.int64), 0),                # empty indices
    (np.zeros((0, 2)), np.array([1]), 0),           # empty axis IndexError
])
def test_take_modes(a, idx, i):
    check(take_modes, a, idx, i)


@nbc.njit
def take_raise(a, idx):
    return np.take(a, idx, 1, mode="raise")


@pytest.mark.parametrize("idx", [np.array([-4, 3]), np.array([2, 4])])
def test_take_mode_raise(idx):
    check(take_raise, A2, idx)


@nbc.njit
def take_bad_mode(a, idx):
    return np.take(a, idx, mode="bounce")


def test_take_mode_is_checked():
    with pytest.raises(ValueError, match="^clipmode must be one of 'clip', 'raise', "
                       "or 'wrap'"):
        take_bad_mode.py_func(A2, np.array([0]))
    with pytest.raises(nbc.TypingError, match="clipmode must be one of 'clip', "
                       r"'raise', or 'wrap' \(got 'bounce'\)"):
        take_bad_mode(A2, np.array([0]))


# -- quantiles of complex arrays: NumPy's TypeError, with and without axis= ---
@nbc.njit
def complex_quantiles(z, q):
    return np.percentile(z, q), np.nanquantile(z, q / 100, axis=1)


@nbc.njit
def complex_quantiles_along(z):
    return np.quantile(z, 0.5, axis=0), np.nanpercentile(z, np.array([50.0, 90.0]), axis=-1)


@pytest.mark.parametrize("q", [50.0, 150.0])        # a's kind is checked first
def test_complex_quantiles_raise_numpys_type_error(q):
    z = np.array([[1 + 2j, 3j], [2 - 1j, 0j]])
    check(complex_quantiles, z, q)
    check(complex_quantiles, z.real.copy(), q)
    check(complex_quantiles_along, z)
    check(complex_quantiles_along, z.imag.copy())


# -- np.newaxis before an index array: NumPy's messages name a's axis ---------
@nbc.njit
def index_after_newaxis(a, idx):
    return a[None, :, None, idx], a[None, idx]


@pytest.mark.parametrize("idx", [np.array([3, -1]), np.array([4]), np.array([0, 3])])
def test_index_array_after_newaxis(idx):
    check(index_after_newaxis, A2, idx)       # out of range on axes 1 and 0
