"""np.squeeze, a.view(), a.flat[i], the diagonal and np.diag, np.flipud,
np.fliplr, np.rot90, np.split, np.array_split, np.broadcast_to,
np.asfortranarray and order= (empty/zeros/ones/full/reshape/ravel/flatten/
copy) against NumPy running the same functions: values, dtypes, shapes,
layouts, and writes through the views reaching the source (and the
source's changes reaching the views) as in NumPy, on C, F, strided,
reversed, empty and 1-element arrays. Read-only results refuse writes."""

import functools

import numpy as np
import pytest

import kernel_cache
import nbc
from conftest import requires_exec

pytestmark = requires_exec

DTYPES = [np.float64, np.int64, np.float32, np.bool_]
LAYOUTS = {
    "C": lambda a: a,
    "F": np.asfortranarray,
    "rows2": lambda a: np.concatenate([a, a])[::2],      # strided rows
    "cols_reversed": lambda a: a[:, ::-1],                 # negative strides
    "transposed": lambda a: np.ascontiguousarray(a.T).T,   # F by transposition
}


# Every layout on float64, the other dtypes on C arrays: these views do
# not depend on dtype and layout together.
layouts_and_dtypes = pytest.mark.parametrize(
    "layout,dtype", [(layout, np.float64) for layout in LAYOUTS] +
    [("C", dtype) for dtype in DTYPES[1:]], ids=lambda v: getattr(v, "__name__", v))


def matrix(shape, dtype=np.float64, layout="C"):
    a = (np.arange(int(np.prod(shape))) % 7 + 1).reshape(shape).astype(dtype)
    return LAYOUTS[layout](a)


def same(got, want):
    if isinstance(want, (tuple, list)):
        assert isinstance(got, tuple) and len(got) == len(want)
        for g, w in zip(got, want):
            same(g, w)
        return
    if not isinstance(want, np.ndarray):
        # scalars come back as Python's (as from Numba): the kind agrees
        assert got == want and np.asarray(got).dtype.kind == np.asarray(want).dtype.kind
        return
    assert isinstance(got, np.ndarray)
    assert got.dtype == want.dtype and got.shape == want.shape, (got, want)
    np.testing.assert_array_equal(got, want)


def run_both(fn, make, *extra):
    """fn on fresh arrays from `make` with nbc and with CPython: the results
    and the argument after the call agree (one compile per signature)."""
    a_nbc, a_py = make(), make()
    got, want = kernel_cache.njit(fn)(a_nbc, *extra), fn(a_py, *extra)
    same(got, want)
    np.testing.assert_array_equal(a_nbc, a_py)
    return got, want


# -- squeeze, view ------------------------------------------------------------------------
def squeeze_axis0(a):
    return np.squeeze(a, axis=0)


def squeeze_write(a):
    r = a.squeeze((0, 2))
    r[-1] = 9
    return a, r


def squeeze_last(a):
    r = np.squeeze(a, -1)
    a[0, 0, 0] = 4
    return r


def squeeze_any(a):
    return a.squeeze()


def view_write(a):
    r = a.view()
    r[0, -1] = 9
    a[-1, 0] = 8
    return a, r


def view_same_dtype(a):
    r = a.view(a.dtype)
    r[0] = 3
    return a


def view_other_dtype(a):
    return a.view(np.int32)


@pytest.mark.parametrize("dtype", DTYPES, ids=lambda d: d.__name__)
@pytest.mark.parametrize("shape", [(1, 3), (1, 1), (1, 0)], ids=str)
def test_squeeze_values(dtype, shape):
    run_both(squeeze_axis0, lambda: matrix(shape, dtype))


@pytest.mark.parametrize("layout", ["C", "F"])
def test_squeeze_views_write_through(layout):
    run_both(squeeze_write, lambda: np.asfortranarray(matrix((1, 4, 1)))
             if layout == "F" else matrix((1, 4, 1)))
    run_both(squeeze_last, lambda: matrix((2, 3, 1)))


def test_squeeze_errors():
    with pytest.raises(ValueError, match="cannot select an axis to squeeze out"):
        squeeze_axis0(matrix((2, 3)))
    with pytest.raises(ValueError, match="cannot select an axis to squeeze out"):
        nbc.njit(squeeze_axis0)(matrix((2, 3)))
    with pytest.raises(nbc.UnsupportedError, match="without axis") as e:
        nbc.njit(squeeze_any)(matrix((1, 3)))
    assert "a.squeeze()" in str(e.value)


@pytest.mark.parametrize("layout", ["C", "F", "rows2", "cols_reversed"])
def test_view_shares_memory(layout):
    run_both(view_write, lambda: matrix((3, 4), layout=layout))
    run_both(view_same_dtype, lambda: matrix((5,), np.int64))
    with pytest.raises(nbc.UnsupportedError, match="own dtype"):
        nbc.njit(view_other_dtype)(matrix((4,)))


# -- a.flat ---------------------------------------------------------------------------
def flat_read(a):
    out = np.zeros(a.size, a.dtype)
    for i in range(a.size):
        out[i] = a.flat[i]
    return out, a.flat[-1]


def flat_write(a):
    for i in range(a.size):
        a.flat[i] = i * 2
    a.flat[-2] += 1
    return a


def flat_iterate(a):
    s = 0
    for x in a.flat:
        s = s * 3 + x
    return s


def flat_outside(a, i):
    return a.flat[i]


@layouts_and_dtypes
def test_flat_read_write_iterate(layout, dtype):
    run_both(flat_read, lambda: matrix((3, 4), dtype, layout))
    if dtype is not np.bool_:
        run_both(flat_write, lambda: matrix((3, 4), dtype, layout))
        run_both(flat_iterate, lambda: matrix((3, 4), dtype, layout))


def flat_slice(a):
    return a.flat[1:3]


def test_flat_index_errors():
    with pytest.raises(nbc.UnsupportedError, match="one integer index") as e:
        nbc.njit(flat_slice)(matrix((4,)))
    assert "a.flat[1:3]" in str(e.value)
    a = matrix((2, 3))
    for i in (6, -7):
        with pytest.raises(IndexError) as want:
            flat_outside(a, i)
        with pytest.raises(IndexError) as got:
            nbc.njit(flat_outside)(a, i)
        assert str(got.value) == str(want.value)


# -- the diagonal -------------------------------------------------------------------------
def diagonals(a, k):
    return a.diagonal(), np.diagonal(a, k), np.diag(a, k), a.diagonal(k, 1, 0)


def diag_of_vector(v, k):
    return np.diag(v, k), np.diag(v)


def diagonal_sees_source(a):
    d = np.diagonal(a, 1)
    a[0, 1] = 42
    return d


def diagonal_write(a):
    d = a.diagonal()
    d[0] = 1
    return d


@layouts_and_dtypes
@pytest.mark.parametrize("shape", [(3, 4), (4, 2), (0, 3), (1, 1)], ids=str)
def test_diagonals(shape, layout, dtype):
    for k in (0, 1, -1, 3, -5):
        run_both(diagonals, lambda: matrix(shape, dtype, layout), k)


@pytest.mark.parametrize("dtype", DTYPES, ids=lambda d: d.__name__)
@pytest.mark.parametrize("n", [0, 1, 4])
def test_diag_builds_a_matrix(n, dtype):
    for k in (0, 2, -1):
        run_both(diag_of_vector, lambda: matrix((n,), dtype), k)
    run_both(diag_of_vector, lambda: matrix((2 * n,), dtype)[::-2], 1)


@pytest.mark.parametrize("layout", list(LAYOUTS))
def test_diagonal_is_a_view(layout):
    run_both(diagonal_sees_source, lambda: matrix((3, 3), layout=layout))


def broadcast_sees_source(a):
    r = np.broadcast_to(a, (2,) + a.shape)
    a[0] = 42
    return r


def test_broadcast_to_is_a_view():
    run_both(broadcast_sees_source, lambda: matrix((3,)))


def test_diagonal_is_read_only():
    with pytest.raises(ValueError, match="read-only"):
        diagonal_write(matrix((2, 2)))
    with pytest.raises(nbc.TypingError, match="read-only") as e:
        nbc.njit(diagonal_write)(matrix((2, 2)))
    assert "d[0] = 1" in str(e.value)


# -- flips and rotations -------------------------------------------------------------------
def flips(a):
    return np.flipud(a), np.fliplr(a)


def flip_write(a):
    u, r = np.flipud(a), np.fliplr(a)
    u[0, 0] = 7
    r[0, 0] = 8
    return a, u, r


def rotations(a):
    return (np.rot90(a), np.rot90(a, 2), np.rot90(a, -1), np.rot90(a, 3),
            np.rot90(a, 4), np.rot90(a, 1, (1, 0)), np.rot90(a, k=5, axes=(-1, 0)))


def rot90_write(a):
    r = np.rot90(a)
    r[0, -1] = 9
    s = np.rot90(a, 3)
    s[1, 0] = 8
    return a, r, s


def flipud_1d(a):
    return np.flipud(a)


def fliplr_1d(a):
    return np.fliplr(a)


def rot90_same_axes(a):
    return np.rot90(a, 1, (0, 0))


@layouts_and_dtypes
@pytest.mark.parametrize("shape", [(3, 4), (0, 2), (1, 1)], ids=str)
def test_flips_and_rotations(shape, layout, dtype):
    run_both(flips, lambda: matrix(shape, dtype, layout))
    run_both(rotations, lambda: matrix(shape, dtype, layout))


@pytest.mark.parametrize("layout", list(LAYOUTS))
def test_flips_and_rotations_are_views(layout):
    run_both(flip_write, lambda: matrix((3, 4), layout=layout))
    run_both(rot90_write, lambda: matrix((3, 4), layout=layout))
    run_both(rotations, lambda: matrix((2, 3, 4)))
    run_both(flipud_1d, lambda: matrix((5,), np.int64))


def test_flip_errors():
    with pytest.raises(ValueError, match=r"Input must be >= 2-d\."):
        fliplr_1d(matrix((3,)))
    with pytest.raises(nbc.TypingError, match=r"Input must be >= 2-d\.") as e:
        nbc.njit(fliplr_1d)(matrix((3,)))
    assert "np.fliplr(a)" in str(e.value)
    with pytest.raises(ValueError, match="Axes must be different"):
        rot90_same_axes(matrix((2, 2)))
    with pytest.raises(nbc.TypingError, match="Axes must be different"):
        nbc.njit(rot90_same_axes)(matrix((2, 2)))


# -- split -------------------------------------------------------------------------------
def split3(a):
    return np.split(a, 3)


def split_columns(a):
    return np.split(a, 2, axis=1)


def split_points(a):
    return np.split(a, [1, 3]), np.array_split(a, (-1, 10, 2), axis=0)


def array_split4(a):
    return np.array_split(a, 4, 1)


def split_write(a):
    p, q = np.split(a, 2)
    p[0, 0] = 9
    q[-1, -1] = 8
    return a, p, q


def split_runtime_sections(a, n):
    return np.split(a, n)


@layouts_and_dtypes
def test_splits(layout, dtype):
    def check(fn, shape):  # NumPy's lists are nbc's tuples
        run_both(fn, lambda: matrix(shape, dtype, layout))
    check(split3, (6, 2))
    check(split_columns, (3, 4))
    check(split_points, (5, 3))
    check(array_split4, (2, 6))
    check(array_split4, (3, 2))
    check(split3, (0, 2))
    check(array_split4, (1, 1))


def test_split_views_and_errors():
    run_both(split_write, lambda: matrix((4, 3)))
    with pytest.raises(ValueError, match="does not result in an equal division"):
        split3(matrix((4, 2)))
    with pytest.raises(ValueError, match="does not result in an equal division"):
        nbc.njit(split3)(matrix((4, 2)))
    with pytest.raises(nbc.UnsupportedError, match="integer constant") as e:
        nbc.njit(split_runtime_sections)(matrix((4, 2)), 2)
    assert "np.split(a, n)" in str(e.value)


# -- broadcast_to, asfortranarray --------------------------------------------------------
def broadcast_rows(a):
    return np.broadcast_to(a, (3,) + a.shape)


def broadcast_column(a):
    return np.broadcast_to(a[:, :1], (a.shape[0], 5))


def broadcast_bad(a):
    return np.broadcast_to(a, (3, 3))


def broadcast_write(a):
    r = np.broadcast_to(a, (2, 3))
    r[0, 0] = 1
    return r


def fortran(a):
    return np.asfortranarray(a)


def fortran_write(a):
    r = np.asfortranarray(a)
    r[0, 0] = 9
    return a, r


@layouts_and_dtypes
def test_broadcast_to(layout, dtype):
    run_both(broadcast_rows, lambda: matrix((2, 4), dtype, layout))
    run_both(broadcast_column, lambda: matrix((3, 2), dtype, layout))
    run_both(broadcast_rows, lambda: matrix((0, 4), dtype, layout))


def test_broadcast_to_errors_and_read_only():
    with pytest.raises(ValueError) as want:
        broadcast_bad(matrix((2, 3)))
    with pytest.raises(ValueError) as got:
        nbc.njit(broadcast_bad)(matrix((2, 3)))
    assert str(got.value) == str(want.value)
    with pytest.raises(nbc.TypingError, match="read-only") as e:
        nbc.njit(broadcast_write)(matrix((3,)))
    assert "r[0, 0] = 1" in str(e.value)


@layouts_and_dtypes
@pytest.mark.parametrize("shape", [(3, 4), (0, 3), (1, 1)], ids=str)
def test_asfortranarray(shape, layout, dtype):
    got, want = run_both(fortran, lambda: matrix(shape, dtype, layout))
    assert got.flags.f_contiguous
    run_both(fortran, lambda: matrix((5,), dtype)[::-1])
    if 0 not in shape:
        run_both(fortran_write, lambda: matrix(shape, dtype, layout))


# -- order= -----------------------------------------------------------------------------
def created_f(n):
    return (np.empty((n, 3), order="F").shape, np.zeros((n, 3), np.int64, "F"),
            np.ones((2, n), order="F"), np.full((n, 2, 2), 1.5, order="F"),
            np.zeros((n, 3), order="C"))


def creation_bad_order(n):
    return np.zeros(n, order="A")


def reshapes(a):
    return (a.reshape((2, 6), order="F"), np.reshape(a, (4, 3), "F"),
            np.reshape(a, (6, -1), order="A"), a.reshape(12, order="C"))


def ravels(a):
    return (a.ravel("F"), np.ravel(a, order="F"), a.ravel(order="A"),
            np.ravel(a, "K"), a.flatten("F"), a.flatten(order="K"))


def copies(a):
    return np.copy(a, order="F"), a.copy("F"), np.copy(a), a.copy(order="A")


def reshape_f_write(a):
    r = a.reshape((2, 6), order="F")
    r[1, 0] = 99
    return a, r


def ravel_f_write(a):
    r = a.ravel(order="F")
    r[1] = 99
    return a, r


def reshape_order_k(a):
    return a.reshape(12, order="K")


@pytest.mark.parametrize("n", [0, 1, 4])
def test_creation_order(n):
    got = kernel_cache.njit(created_f)(n)
    same(got, created_f(n))
    for arr in got[1:4]:
        assert arr.flags.f_contiguous
    assert got[4].flags.c_contiguous
    with pytest.raises(nbc.TypingError, match="only 'C' or 'F' order is permitted"):
        nbc.njit(creation_bad_order)(3)


# order= follows the layout, whatever the dtype: the layouts on float64, the
# other dtypes on C arrays.
@pytest.mark.parametrize("layout,dtype", [(layout, np.float64) for layout in
                                          ("C", "F", "transposed")] +
                         [("C", dtype) for dtype in DTYPES[1:]],
                         ids=lambda v: getattr(v, "__name__", v))
def test_reshape_ravel_copy_orders(layout, dtype):
    run_both(reshapes, lambda: matrix((3, 4), dtype, layout))
    run_both(ravels, lambda: matrix((3, 4), dtype, layout))
    got, want = run_both(copies, lambda: matrix((3, 4), dtype, layout))
    for g, w in zip(got, want):
        assert g.flags.f_contiguous == w.flags.f_contiguous


@pytest.mark.parametrize("layout", ["C", "F", "rows2"])
def test_order_f_views_write_through(layout):
    run_both(reshape_f_write, lambda: matrix((3, 4), layout=layout))
    run_both(ravel_f_write, lambda: matrix((3, 4), layout=layout))


def test_order_errors():
    with pytest.raises(nbc.TypingError, match="order 'K' is not permitted"):
        nbc.njit(reshape_order_k)(matrix((3, 4)))
    with pytest.raises(nbc.UnsupportedError, match="known only at run time") as e:
        nbc.njit(ravels)(matrix((3, 4), layout="rows2"))
    assert "a.ravel(order=\"A\")" in str(e.value) or "ravel" in str(e.value)


# -- against Numba, where it compiles them -------------------------------------------------
def rot90_numba(a):
    return np.rot90(a), np.rot90(a, 2), np.rot90(a, -1)


def flat_numba(a):  # Numba's a.flat[-1] reads outside the array: no negative index
    s = 0
    for i in range(a.size):
        a.flat[i] = a.flat[i] * 2 + i
        s += a.flat[i]
    return s


def diag_numba(a, k):
    return np.diag(a, k), np.diag(a)


NUMBA_CASES = [(flips, (3, 4)), (split3, (6, 2)), (split_columns, (3, 4)),
               (split_points, (5, 3)), (array_split4, (2, 6)), (broadcast_rows, (2, 4)),
               (broadcast_column, (3, 2)), (fortran, (3, 4)), (flat_numba, (3, 4)),
               (rot90_numba, (3, 4))]


# One Numba comparison per kernel, the layouts taken in turn (the same
# operations are checked against NumPy on every layout above).
@pytest.mark.parametrize("fn,shape,layout",
                         [(fn, shape, ("C", "F", "rows2")[i % 3])
                          for i, (fn, shape) in enumerate(NUMBA_CASES)],
                         ids=lambda c: getattr(c, "__name__", "") if callable(c)
                         else c if isinstance(c, str) else "")
def test_against_numba(fn, shape, layout):
    numba = pytest.importorskip("numba")
    a_nbc, a_numba = matrix(shape, np.int64, layout), matrix(shape, np.int64, layout)
    same(kernel_cache.njit(fn)(a_nbc), numba.njit(fn)(a_numba))
    np.testing.assert_array_equal(a_nbc, a_numba)


@pytest.mark.parametrize("shape", [(4,), (3, 4), (4, 2)], ids=str)
def test_diag_against_numba(shape):
    numba = pytest.importorskip("numba")
    jitted = numba_diag(numba)
    for k in (0, 1, -2):
        same(kernel_cache.njit(diag_numba)(matrix(shape), k), jitted(matrix(shape), k))


@functools.lru_cache(maxsize=None)
def numba_diag(numba):
    return numba.njit(diag_numba)
