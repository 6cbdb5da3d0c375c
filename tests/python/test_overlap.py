"""Copies and elementwise updates between views of one buffer give NumPy's
result (as if every input were read before any output is written)."""

import itertools

import numpy as np
import pytest

import nbc
from conftest import requires_exec

pytestmark = requires_exec

DTYPES = [np.int64, np.int32, np.float64, np.float32]


@nbc.njit
def assign_slices(a, lo, hi, st, lo2, hi2, st2):
    a[lo:hi:st] = a[lo2:hi2:st2]


@nbc.njit
def add_slices(a, lo, hi, st, lo2, hi2, st2):
    a[lo:hi:st] += a[lo2:hi2:st2]


@nbc.njit
def shift_right(a):
    a[1:] = a[:-1]


@nbc.njit
def shift_left(a):
    a[:-1] = a[1:]


@nbc.njit
def add_reversed(a):
    a += a[::-1]


@nbc.njit
def accumulate_shifted(a):
    a[1:] += a[:-1]


@nbc.njit
def assign_transpose(a):
    a[:, :] = a.T


@nbc.njit
def add_transpose(a):
    a += a.T


@nbc.njit
def rows_down(a):
    a[1:, :] = a[:-1, :]


@nbc.njit
def cols_right(a):
    a[:, 1:] = a[:, :-1]


@nbc.njit
def broadcast_row(a):
    a[:, :] += a[0]


@nbc.njit
def same_view(a):
    v = a[::2]
    w = a[::2]
    v += w


@nbc.njit
def fresh_arrays(n):
    x = np.arange(n) * 1.0
    y = np.zeros(n)
    y[1:] = x[:-1]
    return y


def ref(fn, a):
    fn(a)
    return a


SIMPLE = [(shift_right, lambda a: a.__setitem__(slice(1, None), a[:-1])),
          (shift_left, lambda a: a.__setitem__(slice(None, -1), a[1:])),
          (add_reversed, lambda a: a.__iadd__(a[::-1])),
          (accumulate_shifted, lambda a: a[1:].__iadd__(a[:-1]))]


@pytest.mark.parametrize("dtype", DTYPES, ids=lambda d: d.__name__)
@pytest.mark.parametrize("n", [0, 1, 2, 3, 8, 17, 64])
@pytest.mark.parametrize("kernel,numpy_fn", SIMPLE, ids=lambda k: getattr(k, "__name__", ""))
def test_one_dimensional(kernel, numpy_fn, n, dtype):
    a = (np.arange(n) * 3 + 1).astype(dtype)
    want = a.copy()
    numpy_fn(want)
    kernel(a)
    np.testing.assert_array_equal(a, want)


def slice_pairs(n):
    """Pairs of equal-length slices of range(n), many offsets and steps."""
    steps = [1, 2, 3, -1, -2]
    out = []
    for st, st2 in itertools.product(steps, steps):
        for lo, lo2 in itertools.product(range(0, n, 3), range(0, n, 2)):
            s1 = range(n)[lo::st] if st > 0 else range(n)[n - 1 - lo::st]
            s2 = range(n)[lo2::st2] if st2 > 0 else range(n)[n - 1 - lo2::st2]
            m = min(len(s1), len(s2))
            if m == 0:
                continue
            s1, s2 = s1[:m], s2[:m]
            out.append((s1.start, s1.stop if s1.stop >= 0 else None, st,
                        s2.start, s2.stop if s2.stop >= 0 else None, st2))
    return out


@pytest.mark.parametrize("dtype", DTYPES, ids=lambda d: d.__name__)
def test_many_offsets_and_steps(dtype):
    n = 13
    pairs = slice_pairs(n)
    assert len(pairs) > 100
    directional = 0
    for lo, hi, st, lo2, hi2, st2 in pairs:
        for kernel in (assign_slices, add_slices):
            a = (np.arange(n) * 2 + 1).astype(dtype)
            want = a.copy()
            if kernel is assign_slices:
                want[lo:hi:st] = want[lo2:hi2:st2]
                copied = a.copy()
                copied[lo:hi:st] = a.copy()[lo2:hi2:st2]
                # NumPy's plain assignment between overlapping 1-d views
                # that run the same way copies in place in a chosen
                # direction (array_assign_array.c), which differs from a
                # copy through a temporary when the strides differ: nbc
                # does the same.
                directional += not (copied == want).all()
            else:
                want[lo:hi:st] += want[lo2:hi2:st2]
            # A None stop (negative steps only) as -n-1, which means the same.
            h1 = hi if hi is not None else (-n - 1)
            h2 = hi2 if hi2 is not None else (-n - 1)
            kernel(a, lo, h1, st, lo2, h2, st2)
            np.testing.assert_array_equal(
                a, want, err_msg=f"{kernel.__name__} [{lo}:{hi}:{st}] <- [{lo2}:{hi2}:{st2}]")
    assert directional > 10  # such pairs are among the cases


@pytest.mark.parametrize("dtype", DTYPES, ids=lambda d: d.__name__)
@pytest.mark.parametrize("shape", [(1, 1), (3, 3), (5, 5), (4, 7), (16, 9)], ids=str)
def test_two_dimensional(shape, dtype):
    cases = [(rows_down, lambda a: a.__setitem__((slice(1, None), slice(None)), a[:-1, :])),
             (cols_right, lambda a: a.__setitem__((slice(None), slice(1, None)), a[:, :-1])),
             (broadcast_row, lambda a: a.__iadd__(a[0]))]
    if shape[0] == shape[1]:
        cases += [(assign_transpose, lambda a: a.__setitem__((slice(None), slice(None)), a.T)),
                  (add_transpose, lambda a: a.__iadd__(a.T))]
    for kernel, numpy_fn in cases:
        for order in ("C", "F"):
            a = np.asarray((np.arange(np.prod(shape)) * 5 + 2).reshape(shape).astype(dtype),
                           order=order)
            want = a.copy()
            numpy_fn(want)
            kernel(a)
            np.testing.assert_array_equal(a, want, err_msg=f"{kernel.__name__} {order}")


def test_identical_views_and_fresh_arrays():
    a = np.arange(10.0)
    want = a.copy()
    want[::2] += want[::2]
    same_view(a)
    np.testing.assert_array_equal(a, want)
    np.testing.assert_array_equal(fresh_arrays(6), np.r_[0.0, np.arange(5.0)])


def test_caller_passes_one_array_twice():
    @nbc.njit
    def copy_into(dst, src):
        dst[:] = src

    base = np.arange(10.0)
    want = base.copy()
    want[2:] = want[:-2]
    copy_into(base[2:], base[:-2])
    np.testing.assert_array_equal(base, want)


@nbc.njit
def spread_one(a, k):
    a[:] = a[k:k + 1]


@nbc.njit
def spread_one_reversed(a, k):
    a[::-1] = a[k:k + 1]


@pytest.mark.parametrize("dtype", DTYPES, ids=lambda d: d.__name__)
def test_broadcast_source_inside_destination(dtype):
    for kernel, view in ((spread_one, slice(None)), (spread_one_reversed, slice(None, None, -1))):
        for k in (0, 3, 6):
            a = np.arange(7, dtype=dtype)
            want = a.copy()
            want[view] = want[k:k + 1]
            kernel(a, k)
            np.testing.assert_array_equal(a, want)
