"""Results that NumPy gives as views (or as the array itself) alias their
source in compiled kernels too: a write through the result shows in the
source, exactly as when CPython runs the same function. Where NumPy copies,
nbc copies. Where nbc cannot build the view (the parts of a complex array),
writes through the result are refused at compile time, never a wrong answer."""

import numpy as np
import pytest

import nbc
from conftest import requires_exec

pytestmark = requires_exec


# -- the array itself or a view in NumPy ---------------------------------------
def real_attr(a):
    r = a.real
    r[0] = 5
    return a, r


def np_real(a):
    r = np.real(a)
    r[0] = 5
    return a, r


def conj_method(a):
    r = a.conj()
    r[0] = 5
    return a, r


def conjugate_method(a):
    r = a.conjugate()
    r[0] = 5
    return a, r


def np_asarray(a):
    r = np.asarray(a)
    r[0] = 5
    return a, r


def ascontiguous(a):
    r = np.ascontiguousarray(a)
    r[0] = 5
    return a, r


def astype_same_no_copy(a):
    r = a.astype(a.dtype, copy=False)
    r[0] = 5
    return a, r


def astype_float64_no_copy(a):
    r = a.astype(np.float64, copy=False)
    r[0] = 5
    return a, r


def reshape_contiguous(a):
    r = a.reshape(2, 3)
    r[0, 1] = 5
    return a, r


def np_reshape(a):
    r = np.reshape(a, (3, 2))
    r[1, 0] = 5
    return a, r


def ravel_contiguous(a):
    r = a.reshape(2, 3).ravel()
    r[4] = 5
    return a, r


def np_ravel(a):
    r = np.ravel(a)
    r[1] = 5
    return a, r


def transpose_attr(a):
    r = a.reshape(2, 3).T
    r[2, 0] = 5
    return a, r


def transpose_method(a):
    r = a.reshape(2, 3).transpose()
    r[2, 1] = 5
    return a, r


def np_transpose(a):
    r = np.transpose(a.reshape(2, 3))
    r[1, 1] = 5
    return a, r


def atleast_1d(a):
    r = np.atleast_1d(a)
    r[2] = 5
    return a, r


def atleast_2d(a):
    r = np.atleast_2d(a)
    r[0, 3] = 5
    return a, r


def atleast_3d(a):
    r = np.atleast_3d(a)
    r[0, 3, 0] = 5
    return a, r


def expand_dims(a):
    r = np.expand_dims(a, 0)
    r[0, 2] = 5
    return a, r


def squeeze(a):
    r = np.squeeze(a.reshape(1, 6), 0)
    r[3] = 5
    return a, r


def new_axis(a):
    r = a[None, :]
    r[0, 1] = 5
    return a, r


def flat_store(a):
    a.reshape(2, 3).flat[4] = 5
    return a


def in_place_add_real(a):
    r = a.real
    r += 1
    return a, r


# -- copies in NumPy -----------------------------------------------------------
def np_conj(a):
    r = np.conj(a)
    r[0] = 5
    return a, r


def flatten(a):
    r = a.reshape(2, 3).flatten()
    r[0] = 5
    return a, r


def astype_copy(a):
    r = a.astype(a.dtype)
    r[0] = 5
    return a, r


def copy_method(a):
    r = a.copy()
    r[0] = 5
    return a, r


def np_copy(a):
    r = np.copy(a)
    r[0] = 5
    return a, r


def ravel_transposed(a):
    r = a.reshape(2, 3).T.ravel()
    r[0] = 5
    return a, r


def ascontiguous_transposed(a):
    r = np.ascontiguousarray(a.reshape(2, 3).T)
    r[0, 0] = 5
    return a, r


def np_array(a):
    r = np.array(a)
    r[0] = 5
    return a, r


def complex_conj(a):
    r = a.conj()
    r[0] = 5
    return a, r


def complex_real_write(z):
    r = z.real
    r[0] = 5
    return z


def complex_imag_write(z):
    r = z.imag
    r[1:] = 5
    return z


def np_real_write(z):
    r = np.real(z)
    r += 1
    return z


def np_imag_write(z):
    np.imag(z).fill(0)
    return z


def real_imag_write(a):
    a.imag[0] = 1  # read-only in NumPy too
    return a


def write_part(r):
    r[0] = 5


def complex_part_passed(z):
    write_part(z.real)
    return z


def complex_parts_read(z):
    r = z.real
    i = np.imag(z)
    return r, i, r.sum() + i[1:].sum(), np.real(z)[::2]


def real_parts_read(a):
    return a.real, np.real(a), a.imag, np.imag(a), a.conj()


def einsum_transpose(a):
    r = np.einsum("ij->ji", a.reshape(2, 3))
    r[2, 0] = 5
    return a, r


def einsum_implicit(a):
    r = np.einsum("ji", a.reshape(2, 3))
    r[1, 1] = 5
    return a, r


def einsum_identity(a):
    r = np.einsum("i", a)
    r[3] = 5
    return a, r


def einsum_3d(a):
    r = np.einsum("ijk->kij", a.reshape(1, 2, 3))
    r[2, 0, 1] = 5
    return a, r


def einsum_sum(a):
    r = np.einsum("ij->i", a.reshape(2, 3))
    r[0] = 5
    return a, r


def einsum_diagonal_read(a):
    return np.einsum("ii->i", a.reshape(3, 3))


def einsum_diagonal_write(a):
    r = np.einsum("ii->i", a.reshape(3, 3))
    r[0] = 5
    return a


def matrix_power_one(a):
    r = np.linalg.matrix_power(a[:4].reshape(2, 2), 1)
    r[0, 1] = 5
    return a, r


def matrix_power_two(a):
    r = np.linalg.matrix_power(a[:4].reshape(2, 2), 2)
    r[0, 1] = 5
    return a, r


def matrix_power_read(a, n):
    return np.linalg.matrix_power(a, n)


def matrix_power_write(a, n):
    r = np.linalg.matrix_power(a, n)
    r[0, 0] = 5
    return a


def matrix_power_one_of(a):
    return np.linalg.matrix_power(a, 1)


def ascontiguous_of(a):
    r = np.ascontiguousarray(a)
    r[0, 0] = 5
    return a, r


def atleast_each(a):
    r1, r2, r3 = np.atleast_1d(a), np.atleast_2d(a), np.atleast_3d(a)
    r1[0] = 7
    r2[0, 0] = 8
    r3[0, 0, 0] = r3[0, 0, 0] + 1
    return a, r1, r2, r3


def expand_dims_out_of_range(a):
    return np.expand_dims(a, 2)


def np_swapaxes(a):
    r = np.swapaxes(a.reshape(1, 2, 3), 0, 2)
    r[2, 1, 0] = 5
    return a, r


def swapaxes_method(a):
    r = a.reshape(2, 3)[:, ::2].swapaxes(-1, 0)
    r[1, 0] = 5
    return a, r


def np_moveaxis(a):
    r = np.moveaxis(a.reshape(1, 2, 3), 0, -1)
    r[1, 2, 0] = 5
    return a, r


VIEWS = [real_attr, np_real, conj_method, conjugate_method, np_asarray, ascontiguous,
         atleast_1d, atleast_2d, atleast_3d, expand_dims, np_swapaxes, swapaxes_method,
         np_moveaxis, squeeze, flat_store,
         astype_same_no_copy, reshape_contiguous, np_reshape, ravel_contiguous, np_ravel,
         transpose_attr, transpose_method, np_transpose, new_axis, in_place_add_real,
         einsum_transpose, einsum_implicit, einsum_identity, einsum_3d, matrix_power_one]
COPIES = [np_conj, flatten, astype_copy, copy_method, np_copy, ravel_transposed, np_array,
          ascontiguous_transposed,
          einsum_sum, matrix_power_two]


def same(got, want):
    if isinstance(want, tuple):
        assert isinstance(got, tuple) and len(got) == len(want)
        for g, w in zip(got, want):
            same(g, w)
        return
    if not isinstance(want, np.ndarray):
        assert got == want
        return
    assert type(got) is type(want)
    assert got.dtype == want.dtype and got.shape == want.shape
    np.testing.assert_array_equal(got, want)


def run_both(fn, make):
    """fn on fresh arrays from `make` with nbc and with CPython: the returned
    arrays and the argument after the call agree."""
    a_nbc, a_py = make(), make()
    got, want = nbc.njit(fn)(a_nbc), fn(a_py)
    same(got, want)
    np.testing.assert_array_equal(a_nbc, a_py)


@pytest.mark.parametrize("fn", VIEWS + COPIES, ids=lambda f: f.__name__)
def test_writes_through_results_of_real_arrays(fn):
    run_both(fn, lambda: np.arange(6.0))


@pytest.mark.parametrize("fn", [real_attr, np_real, conj_method, np_conj,
                                astype_same_no_copy], ids=lambda f: f.__name__)
def test_writes_through_results_of_integer_arrays(fn):
    run_both(fn, lambda: np.arange(6, dtype=np.int64))


def test_astype_to_another_dtype_copies_even_without_copy():
    run_both(astype_float64_no_copy, lambda: np.arange(6, dtype=np.int64))


@pytest.mark.parametrize("fn", [np_conj, complex_conj, copy_method, np_asarray,
                                reshape_contiguous, transpose_attr],
                         ids=lambda f: f.__name__)
def test_complex_arrays(fn):
    run_both(fn, lambda: np.arange(6.0) + 1j)


@pytest.mark.parametrize("dtype", [np.complex128, np.complex64], ids=lambda d: d.__name__)
def test_complex_parts_read(dtype):
    run_both(complex_parts_read, lambda: (np.arange(6.0) + 1j * np.arange(6.0, 12.0))
             .astype(dtype))


@pytest.mark.parametrize("dtype", [np.float64, np.int64, np.bool_],
                         ids=lambda d: d.__name__)
def test_real_parts_read(dtype):
    run_both(real_parts_read, lambda: np.arange(6).astype(dtype))


@pytest.mark.parametrize("fn", [complex_real_write, complex_imag_write, np_real_write,
                                np_imag_write, complex_part_passed],
                         ids=lambda f: f.__name__)
@pytest.mark.parametrize("dtype", [np.complex128, np.complex64], ids=lambda d: d.__name__)
def test_writes_through_complex_parts_reach_the_array(fn, dtype):
    """The parts are views (nbc.complex_part): writes through them change
    the complex array, as in NumPy."""
    run_both(fn, lambda: (np.arange(3.0) + 2j).astype(dtype))


def test_write_into_imag_of_real_array_refused():
    a = np.arange(3.0)
    with pytest.raises(ValueError):
        real_imag_write(a)  # read-only in NumPy
    with pytest.raises(nbc.TypingError, match="read-only") as e:
        nbc.njit(real_imag_write)(a)
    assert "a.imag[0] = 1" in str(e.value)


def test_einsum_diagonal_reads_and_refuses_writes():
    """NumPy's einsum('ii->i', a) is a writable view of a's diagonal; nbc's
    is a copy, so a write through it is refused."""
    run_both(einsum_diagonal_read, lambda: np.arange(9.0))
    with pytest.raises(nbc.TypingError, match=r"read-only.*einsum") as e:
        nbc.njit(einsum_diagonal_write)(np.arange(9.0))
    assert "r[0] = 5" in str(e.value)
    assert einsum_diagonal_write(np.arange(9.0))[0] == 5


def test_matrix_power_exponent_at_run_time():
    """matrix_power(a, n) is `a` itself in NumPy when n == 1: with n known
    only at run time, nbc's result is read-only."""
    a = np.arange(9.0).reshape(3, 3)
    for n in (0, 1, 2, 5, -1):
        b = a + np.eye(3)
        np.testing.assert_allclose(nbc.njit(matrix_power_read)(b, n),
                                   matrix_power_read(b, n))
    with pytest.raises(nbc.TypingError, match=r"read-only.*matrix_power") as e:
        nbc.njit(matrix_power_write)(a, 1)
    assert "r[0, 0] = 5" in str(e.value)
    assert matrix_power_write(a.copy(), 1)[0, 0] == 5


def test_matrix_power_one_checks_the_shape():
    with pytest.raises(np.linalg.LinAlgError):
        matrix_power_one_of(np.ones((2, 3)))
    with pytest.raises(np.linalg.LinAlgError):
        nbc.njit(matrix_power_one_of)(np.ones((2, 3)))


@pytest.mark.parametrize("make", [
    lambda: np.arange(12.0).reshape(3, 4),              # C: a itself
    lambda: np.arange(12.0).reshape(3, 4)[1:],          # rows: contiguous at run time
    lambda: np.arange(12.0).reshape(3, 4)[:, ::2],      # strided: a copy
    lambda: np.asfortranarray(np.arange(12.0).reshape(3, 4)),  # F: a copy
    lambda: np.arange(12.0).reshape(3, 4)[:, :1],       # one column: a copy
    lambda: np.arange(12.0).reshape(3, 4)[:1, :2],      # one row: contiguous
], ids=["C", "rows", "strided", "F", "column", "row"])
def test_ascontiguousarray_views_exactly_when_numpy_does(make):
    run_both(ascontiguous_of, make)


@pytest.mark.parametrize("shape", [(), (3,), (2, 3), (1, 2, 3), (2, 2, 2)], ids=str)
def test_atleast_nd_of_each_rank(shape):
    run_both(atleast_each, lambda: np.arange(float(np.prod(shape))).reshape(shape))


def test_expand_dims_axis_out_of_range():
    with pytest.raises(np.exceptions.AxisError):
        expand_dims_out_of_range(np.arange(3.0))
    with pytest.raises(np.exceptions.AxisError, match="axis 2 is out of bounds") as e:
        nbc.njit(expand_dims_out_of_range)(np.arange(3.0))
    assert "np.expand_dims(a, 2)" in str(e.value)
