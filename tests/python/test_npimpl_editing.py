"""NumPy functions nbc implements in Python (python/nbc/npimpl/
array_editing.py, numeric_helpers.py), each against NumPy running the same
kernel: values, dtypes and shapes on several dtypes, empty, 1-element,
non-contiguous and F-order inputs, and NumPy's exception types."""

import numpy as np
import pytest

import nbc
import kernel_cache
from conftest import check

F = np.array([3.0, -1.0, 0.0, 2.5, 0.0, 7.0])
I = np.array([4, 0, -2, 9, 4, 1])
B = np.array([True, False, True])
M = np.arange(12.0).reshape(3, 4)
VECTORS = [F, I, B.astype(np.int32), F[::2], F[:0], F[:1], F.astype(np.float32)]


def append_array(a, b):
    return np.append(a, b)


def append_scalar(a, x):
    return np.append(a, x)


def delete_one(a, i):
    return np.delete(a, i)


def delete_many(a, idx):
    return np.delete(a, idx)


def repeat_each(a, n):
    return np.repeat(a, n)


def resize_to(a, n):
    return np.resize(a, n)


def resize_shape(a, r, c):
    return np.resize(a, (r, c))


def extract_positive(a):
    return np.extract(a > 0, a)


def trim(a):
    return np.trim_zeros(a)


def trim_front(a):
    return np.trim_zeros(a, "f"), np.trim_zeros(a, trim="b")


def ediff(a):
    return np.ediff1d(a)


def columns(a, b):
    return np.column_stack((a, b))


def along(a, axis):  # the indices sorting along `axis` (argsort's is constant)
    order = np.argsort(a, axis=0) if axis == 0 else np.argsort(a, axis=-1)
    return np.take_along_axis(a, order, axis)


def along_flat(a):
    return np.take_along_axis(a, np.argsort(a.ravel()), None)


def diagonal_filled(n, m, v, wrap):
    out = np.zeros((n, m))
    np.fill_diagonal(out, v, wrap)
    return out


def diagonal_cycled(n, m):
    out = np.zeros((n, m), np.int64)
    np.fill_diagonal(out, np.array([7, 8]))
    return out


@pytest.mark.parametrize("a", VECTORS, ids=range(len(VECTORS)))
def test_one_array(a):
    for fn in (extract_positive, trim, trim_front, ediff):
        check(kernel_cache.njit(fn), a)
    check(kernel_cache.njit(append_array), a, a[::-1])
    check(kernel_cache.njit(append_scalar), a, 2.5)
    check(kernel_cache.njit(append_scalar), a, 3)
    for i in (0, -1, 2, 9):
        check(kernel_cache.njit(delete_one), a, i)
    check(kernel_cache.njit(delete_many), a, np.array([0, -1]))
    for n in (0, 2, -1):
        check(kernel_cache.njit(repeat_each), a, n)
    check(kernel_cache.njit(repeat_each), a, np.arange(a.shape[0]))
    check(kernel_cache.njit(resize_to), a, 9)
    check(kernel_cache.njit(resize_shape), a, 2, 3)


def test_two_dimensional():
    for m in (M, np.asfortranarray(M), M[:, ::2], M[:0]):
        check(kernel_cache.njit(append_array), m, m)
        check(kernel_cache.njit(delete_one), m, 3)
        check(kernel_cache.njit(repeat_each), m, 2)
        check(kernel_cache.njit(extract_positive), m - 5)
        for axis in (0, 1, -1):
            check(kernel_cache.njit(along), m, axis)
        check(kernel_cache.njit(along_flat), m)
    check(kernel_cache.njit(along), F, 0)
    check(kernel_cache.njit(along), F, -1)
    check(kernel_cache.njit(columns), F, I)
    check(kernel_cache.njit(columns), M, M)


def append_axis(a, b):
    return np.append(a, b, axis=0)


def test_append_axis_is_refused_by_name():
    with pytest.raises(nbc.UnsupportedError) as e:
        nbc.njit(append_axis)(M, M)
    assert "axis" in str(e.value).splitlines()[0]


def test_fill_diagonal():
    for n, m in ((3, 3), (5, 2), (2, 5), (7, 3)):
        for wrap in (False, True):
            check(kernel_cache.njit(diagonal_filled), n, m, 4.5, wrap)
        check(kernel_cache.njit(diagonal_cycled), n, m)


def nan_clean(a):
    return np.nan_to_num(a)


def nan_clean_to(a):
    return np.nan_to_num(a, nan=-1.0)


def nan_clean_in_place(a):
    # copy=False: NumPy changes `a` itself and returns it.
    r = np.nan_to_num(a, copy=False, nan=-2.0)
    r[0] = r[0] + 1
    return a.sum()


def nan_clean_in_place_view(a):
    nan_clean_in_place(a[::2].T)
    return a


def nan_args(a):
    return np.nanargmax(a), np.nanargmin(a)


def nan_scans(a):
    return np.nancumsum(a), np.nancumprod(a)


def infinities(a):
    return np.isposinf(a), np.isneginf(a)


def sinc_of(a):
    return np.sinc(a)


def set_ops(a, b):
    return (np.isin(a, b), np.union1d(a, b), np.intersect1d(a, b),
            np.setdiff1d(a, b), np.setxor1d(a, b))


def triangles(n, k, m):
    return np.tri(n, m, k), np.tril_indices(n, k, m), np.triu_indices(n, k, m)


def vander_of(x, n, increasing):
    return np.vander(x, n, increasing)


def vander_default(x):
    return np.vander(x)


def spaced(a, b, num, endpoint):
    return np.logspace(a, b, num, endpoint), np.geomspace(a, b, num, endpoint)


SPECIAL = np.array([np.nan, 1.5, -np.inf, 0.0, np.inf, -2.0, np.nan])


@pytest.mark.parametrize("a", [SPECIAL, SPECIAL.astype(np.float32), I, SPECIAL[::3],
                               SPECIAL[:1], SPECIAL.reshape(7, 1)],
                         ids=range(6))
def test_nans_and_infinities(a):
    for fn in (nan_clean, nan_clean_to, nan_scans, infinities, nan_clean_in_place,
               nan_clean_in_place_view):
        check(kernel_cache.njit(fn), a)
    check(kernel_cache.njit(nan_args), a)  # all-NaN: ValueError, as NumPy


def test_sinc():
    check(kernel_cache.njit(sinc_of), np.linspace(-2, 2, 9))
    check(kernel_cache.njit(sinc_of), 0.0)
    check(kernel_cache.njit(sinc_of), 0.5)


@pytest.mark.parametrize("a,b", [(I, np.array([4, 1, 7])), (F, F[::2]),
                                 (F, I), (I[:0], I), (M, np.array([1.0, 5.0]))],
                         ids=range(5))
def test_set_routines(a, b):
    check(kernel_cache.njit(set_ops), a, b)


def test_constructors():
    for n, k, m in ((3, 0, 3), (4, 1, 2), (3, -1, 5), (0, 0, 0)):
        check(kernel_cache.njit(triangles), n, k, m)
    for x in (F, I, B, F.astype(np.float32), F[:0]):
        check(kernel_cache.njit(vander_default), x)
        for n in (0, 3):
            for increasing in (False, True):
                check(kernel_cache.njit(vander_of), x, n, increasing)
    for a, b in ((0.0, 2.0), (1.0, 1000.0), (-1.0, -16.0), (0.0, 1.0)):
        for num in (0, 1, 5):
            for endpoint in (True, False):
                check(kernel_cache.njit(spaced), a, b, num, endpoint)


@pytest.mark.parametrize("a, b", [
    (np.array([1.0, -2.0, 5.0]), np.array([100.0, -300.0, 5.0])), (np.array([1.0, 2.0]), 1000.0),
    (np.array([-1.0, -2.0]), np.array([-8.0, -27.0])),
    (np.array([0.0, 1.0]), 2.0), (np.array([-1.0, 1.0]), 2.0)])  # ValueError; NaNs inside
def test_spaced_with_arrays(a, b):
    """Array start/stop give (num, n) results, as NumPy (they were refused:
    expected a scalar, got array)."""
    for num in (0, 1, 5):
        for endpoint in (True, False):
            check(kernel_cache.njit(spaced), a, b, num, endpoint)


def kinds(x):
    return np.iscomplex(x), np.isreal(x), np.iscomplexobj(x), np.isrealobj(x), np.isscalar(x)


def unwrapped(p):
    return np.unwrap(p)


def unwrapped_with(p, discont, period):
    return np.unwrap(p, discont, period=period)


def triangles_of_rows(v):  # a 1-d argument: NumPy repeats it as rows
    return np.tril(v), np.triu(v, 1), np.tril(v, -2)


def test_kind_predicates():
    """Numba's test_np_functions iscomplex/isreal/...: arrays and scalars."""
    for x in (F, I, B, np.array([1 + 2j, 3.0]), M.astype(np.complex64), 2.5, 3, 1j):
        check(kernel_cache.njit(kinds), x)


def test_unwrap():
    rng = np.random.default_rng(5)
    phases = np.cumsum(rng.normal(0, 2.5, 60)) % (2 * np.pi)
    for p in (phases, phases.reshape(6, 10), np.arange(10) * 3, F[:0],
              np.array([0.0, np.pi, 0.0, -np.pi, np.nan, 1.0]), phases[::-3]):
        check(kernel_cache.njit(unwrapped), p)
    for discont, period in ((1.0, 4.0), (5.0, 3.0), (None, 2.0)):
        check(kernel_cache.njit(unwrapped_with), phases, discont, period)
    with pytest.raises(nbc.UnsupportedError, match="np.unwrap of float32 data"):
        nbc.njit(unwrapped)(phases.astype(np.float32))


def test_tril_triu_of_a_vector():
    for v in (F, I, F[:0], B):
        check(kernel_cache.njit(triangles_of_rows), v)
