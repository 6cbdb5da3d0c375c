"""Views NumPy gives that nbc builds with nbc.diagonal, nbc.broadcast_to
and nbc.complex_part: the diagonal of any layout (of N-d arrays too, with
np.trace over any two axes), np.broadcast_to
(zero strides) and a complex array's .real/.imag. Against NumPy running
the same functions (and Numba side by side for the complex parts): values,
dtypes, writes through the views reaching the source and the source's
later changes showing through them, on empty, 1-element, strided,
reversed, transposed and F-ordered arrays."""

import numba
import numpy as np
import pytest

import nbc
from conftest import requires_exec
from test_views_shape import same

pytestmark = requires_exec

LAYOUTS = {
    "C": lambda a: a,
    "F": np.asfortranarray,
    "steps": lambda a: np.concatenate([a, a, a])[::3, ::-1],
    "sliced": lambda a: np.concatenate([a, a], axis=1)[:, 1::2],
    "transposed": lambda a: np.ascontiguousarray(a.T).T,
}
SHAPES = [(3, 4), (4, 2), (0, 3), (1, 1), (5, 5)]


def matrix(shape, dtype=np.float64, layout="C"):
    a = (np.arange(int(np.prod(shape))) * 3 % 11 + 1).reshape(shape)
    if np.dtype(dtype).kind == "c":
        a = a + 1j * (a % 5 - 2)
    return LAYOUTS[layout](a.astype(dtype))


def run(fn, make, *extra, numba_too=False):
    """fn on fresh arrays from `make` with nbc (and Numba) and with
    CPython: the results and the argument after the call agree."""
    a_py = make()
    want = fn(a_py, *extra)
    for compiled in [nbc.njit(fn)] + ([numba.njit(fn)] if numba_too else []):
        a = make()
        same(compiled(a, *extra), want)
        np.testing.assert_array_equal(a, a_py)


# -- the diagonal ---------------------------------------------------------------------
def diagonal_sees_later_writes(a, k):
    d = np.diagonal(a, k)
    e = a.diagonal(-k, 1, 0)
    a[...] = a * 2 + 1
    return d.copy(), e.copy(), d.sum() + e.sum()


def diagonal_values(a, k):
    return a.diagonal(k), np.diagonal(a, offset=k), np.diag(a, k)


def diagonal_write(a):
    d = np.diagonal(a)
    d[0] = 1


@pytest.mark.parametrize("layout", list(LAYOUTS))
@pytest.mark.parametrize("shape", SHAPES, ids=str)
def test_diagonal_is_a_view_of_any_layout(shape, layout):
    for k in (0, 1, -1, 2, -3, 7):
        run(diagonal_values, lambda: matrix(shape, np.float64, layout), k)
        if 0 not in shape:
            run(diagonal_sees_later_writes, lambda: matrix(shape, np.int64, layout), k)


def stack_diagonals(a, k):
    """The diagonals over two axes (moved last, as NumPy's), a view that
    sees a later write, and the traces over them."""
    d = np.diagonal(a, k, 1, 2)
    e = a.diagonal(-k, -1, 0)
    traces = (np.trace(a), np.trace(a, k, 0, 2), np.trace(a, offset=-k, axis1=2,
                                                          axis2=1))
    a[...] = a * 2 + 1
    return (d.copy(), e.copy()) + traces


def matrix_traces(a, k):
    return np.trace(a, k, 1, 0), np.trace(a, axis1=-1, axis2=-2)


STACK_LAYOUTS = {"C": np.copy, "F": np.asfortranarray,
                 "steps": lambda a: np.concatenate([a, a])[::-2][::-1]}
STACKS = {"stack": nbc.njit(stack_diagonals), "matrix": nbc.njit(matrix_traces)}


@pytest.mark.parametrize("shape,dtype,layout", [
    ((2, 3, 4), np.int64, "C"), ((0, 3, 3), np.int64, "C"), ((3, 1, 2), np.int64, "C"),
    ((2, 3, 4), np.int64, "steps"), ((0, 3, 3), np.int64, "steps"),
    ((2, 3, 4), np.bool_, "steps"), ((3, 4, 2), np.float32, "F"),
    ((2, 3, 2, 4), np.int64, "steps"), ((3, 4), np.int64, "steps")], ids=str)
def test_diagonals_and_traces_of_stacks(shape, dtype, layout):
    """One dispatcher per function: compiled once per signature."""
    a = (np.arange(int(np.prod(shape))) * 3 % 11 + 1).reshape(shape).astype(dtype)
    fn = stack_diagonals if len(shape) > 2 else matrix_traces
    for k in (0, 1, -2):
        a_py, a_nbc = STACK_LAYOUTS[layout](a), STACK_LAYOUTS[layout](a)
        same(STACKS["stack" if len(shape) > 2 else "matrix"](a_nbc, k), fn(a_py, k))
        np.testing.assert_array_equal(a_nbc, a_py)


@pytest.mark.parametrize("dtype", [np.float32, np.int8, np.bool_, np.complex64,
                                   np.complex128])
def test_diagonal_dtypes(dtype):
    for layout in ("C", "steps", "F"):
        for k in (0, 1, -2):
            run(diagonal_values, lambda: matrix((4, 3), dtype, layout), k)


def test_diagonal_is_read_only():
    with pytest.raises(nbc.TypingError, match="read-only") as e:
        nbc.njit(diagonal_write)(matrix((2, 2)))
    assert "d[0] = 1" in str(e.value)


# -- broadcast_to ----------------------------------------------------------------------
def broadcast_sees_later_writes(a):
    r = np.broadcast_to(a, (3,) + a.shape)
    c = np.broadcast_to(a[:, :1], (a.shape[0], 4))
    a[...] = a * 2 + 1
    return r.copy(), c.copy(), r.sum() + c.sum()


def broadcast_shapes(a):
    return (np.broadcast_to(a, a.shape), np.broadcast_to(a, (2, 1) + a.shape),
            np.broadcast_to(a[:1], (4, a.shape[1])))


def broadcast_write(a):
    r = np.broadcast_to(a, (2,) + a.shape)
    r[0, 0] += 1


def broadcast_negative(a, n):
    return np.broadcast_to(a, (n, a.shape[0]))


def broadcast_mismatch(a, n):
    return np.broadcast_to(a, (2, n))


@pytest.mark.parametrize("layout", list(LAYOUTS))
@pytest.mark.parametrize("shape", SHAPES, ids=str)
def test_broadcast_to_is_a_view(shape, layout):
    run(broadcast_leading, lambda: matrix(shape, np.float64, layout))
    if 0 not in shape:  # a[:1] of an empty a does not broadcast to 4 rows
        run(broadcast_shapes, lambda: matrix(shape, np.float64, layout))
        run(broadcast_sees_later_writes, lambda: matrix(shape, np.int32, layout))


def broadcast_many(a):
    return np.broadcast_to(a, (1000, a.shape[0]))


def broadcast_leading(a):
    return np.broadcast_to(a, (2,) + a.shape)


def test_broadcast_to_is_read_only():
    r = nbc.njit(broadcast_many)(np.arange(3.0))
    np.testing.assert_array_equal(r, np.broadcast_to(np.arange(3.0), (1000, 3)))
    with pytest.raises(nbc.TypingError, match="read-only") as e:
        nbc.njit(broadcast_write)(matrix((2, 2)))
    assert "r[0, 0] += 1" in str(e.value)


def test_broadcast_to_errors():
    a = np.arange(3.0)
    for fn, n in ((broadcast_negative, -1), (broadcast_mismatch, 4)):
        with pytest.raises(ValueError) as want:
            fn(a, n)
        with pytest.raises(ValueError) as got:
            nbc.njit(fn)(a, n)
        assert str(got.value) == str(want.value)


# -- complex parts ---------------------------------------------------------------------
def zero_real_parts(a):
    a.real[...] = 0
    return a


def bump_imag_parts(a):
    a.imag += 1
    return a


def write_through_name(a):
    x = a.real
    y = np.imag(a)
    if x.size:
        x.flat[0] = 5  # not for Numba: a.flat[i] = v
    y *= -2
    return x, y


def first_element_through_parts(a):
    x = a.real
    y = a.imag
    x[0] = 5
    y[0] = -7
    return a


def parts_see_later_writes(a):
    re, im = np.real(a), a.imag
    a *= 2j
    return re.copy(), im.copy(), re.sum() - im.sum()


def parts_of_real(a):
    return a.real, a.imag, np.real(a), np.imag(a)


def real_part_is_the_array(a):
    x = a.real
    x += 1
    return a


def imag_write_of_real(a):
    a.imag[...] = 1


COMPLEX_ARRAYS = {
    "empty": lambda d: np.zeros(0, d),
    "one": lambda d: np.array([1.5 - 2j], d),
    "vector": lambda d: (np.arange(7) - 2.5j * np.arange(7)).astype(d),
    "reversed": lambda d: (np.arange(7) + 1j).astype(d)[::-2],
    "matrix": lambda d: matrix((3, 4), d),
    "F": lambda d: matrix((3, 4), d, "F"),
    "steps": lambda d: matrix((3, 4), d, "steps"),
    "transposed": lambda d: matrix((4, 3), d, "transposed"),
}


@pytest.mark.parametrize("dtype", [np.complex64, np.complex128])
@pytest.mark.parametrize("kind", list(COMPLEX_ARRAYS))
def test_complex_parts_are_writable_views(kind, dtype):
    make = lambda: COMPLEX_ARRAYS[kind](dtype)  # noqa: E731
    for fn in (zero_real_parts, parts_see_later_writes):
        run(fn, make, numba_too=True)
    run(bump_imag_parts, make)  # Numba: no setattr of a.imag
    run(write_through_name, make)
    if make().ndim == 1 and make().size:
        run(first_element_through_parts, make, numba_too=True)


@pytest.mark.parametrize("dtype", [np.float64, np.float32, np.int64, np.bool_])
def test_parts_of_real_arrays(dtype):
    for layout in ("C", "F", "steps"):
        run(parts_of_real, lambda: matrix((3, 4), dtype, layout))
        if dtype != np.bool_:
            run(real_part_is_the_array, lambda: matrix((3, 4), dtype, layout))
    with pytest.raises(ValueError, match="read-only"):
        imag_write_of_real(matrix((2, 2), dtype))
    with pytest.raises(nbc.TypingError, match="read-only"):
        nbc.njit(imag_write_of_real)(matrix((2, 2), dtype))


def test_parts_of_read_only_arrays_are_read_only():
    z = np.array([1 + 2j, 3 - 4j])
    z.flags.writeable = False
    with pytest.raises(nbc.TypingError, match="read-only"):
        nbc.njit(zero_real_parts)(z)


# -- overlapping reads and writes through the views -------------------------------------
def shift_real(z):
    z.real[1:] = z.real[:-1]
    return z


def imag_from_real(z):
    z.imag[:] = z.real * 2
    return z


def reversed_sum_of_parts(z):
    r = z.real
    r[::-1] = r + z.imag
    return z


def row_from_diagonal(a):
    d = a.diagonal()
    a[0, :] = d[::-1]
    return a


def rows_from_broadcast(a):
    a[1:, :] = np.broadcast_to(a[0], (a.shape[0] - 1, a.shape[1])) + 1
    return a


@pytest.mark.parametrize("dtype", [np.complex64, np.complex128])
def test_overlapping_parts_read_before_written(dtype):
    make = lambda: (np.arange(6) - 1j * np.arange(6)).astype(dtype)  # noqa: E731
    for fn in (shift_real, imag_from_real, reversed_sum_of_parts):
        run(fn, make)


def test_overlapping_views_read_before_written():
    run(row_from_diagonal, lambda: matrix((3, 3), np.float64, "F"))
    run(rows_from_broadcast, lambda: matrix((3, 4), np.float64, "steps"))


def same_axes(a):
    return np.trace(a, 0, 1, -2)


def run_time_axis(a, axis):
    return np.diagonal(a, 0, axis, 2)


def test_diagonal_axes_errors():
    a = np.ones((2, 3, 3))
    with pytest.raises(ValueError):
        same_axes(a)
    with pytest.raises(nbc.TypingError, match="axis1 and axis2 cannot be the same"):
        nbc.njit(same_axes)(a)
    with pytest.raises(nbc.UnsupportedError, match="integer constants"):
        nbc.njit(run_time_axis)(a, 0)
