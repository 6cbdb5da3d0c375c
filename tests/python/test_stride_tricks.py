"""np.lib.stride_tricks.as_strided and sliding_window_view (nbc.as_strided)
against NumPy: Numba's usecases, rolling windows, non-contiguous inputs,
writes through the views, the read-only ones and the errors."""

import numpy as np
import pytest

import nbc
from conftest import requires_exec

pytestmark = requires_exec

as_strided = np.lib.stride_tricks.as_strided
sliding_window_view = np.lib.stride_tricks.sliding_window_view


def as_strided1(a):
    # Numba's usecase: the shape implicit (the array's).
    strides = (a.strides[0] // 2,) + a.strides[1:]
    return np.lib.stride_tricks.as_strided(a, strides=strides)


def as_strided2(a):
    # Numba's usecase: the rolling-window idiom (numba issue 1884).
    window = 3
    shape = a.shape[:-1] + (a.shape[-1] - window + 1, window)
    strides = a.strides + (a.strides[-1],)
    return np.lib.stride_tricks.as_strided(a, shape=shape, strides=strides)


def rolling(a, k):
    w = sliding_window_view(a, k)
    return w.mean(axis=-1), w.max(axis=1), w


def windows_2d(a):
    return sliding_window_view(a, (2, 3), axis=(0, 1)).copy()


def windows_last_axis(a):
    return sliding_window_view(a, [2], axis=-1)


def windows_repeated_axis(a):
    return np.lib.stride_tricks.sliding_window_view(a, window_shape=(3, 2), axis=(1, 1))


def windows_all_axes(a):
    return sliding_window_view(a, (2, 2))


def write_through(a):
    v = as_strided(a, [2, 2], strides=[2 * a.itemsize, a.itemsize])
    v[1, 1] = -7
    return a, v


def same_array(got, want):
    assert type(got) is np.ndarray, type(got)
    assert got.dtype == want.dtype and got.shape == want.shape, (got, want)
    assert np.array_equal(got, want), (got, want)


def compare(fn, make, *rest):
    """fn(make(), *rest) compiled and by NumPy, each on its own array
    (made afresh: a copy would not keep the strides)."""
    want = fn(make(), *rest)
    got = nbc.njit(fn)(make(), *rest)
    for g, w in zip(got, want) if isinstance(want, tuple) else [(got, want)]:
        same_array(g, w)
    return got


@pytest.mark.parametrize("make", [
    lambda: np.arange(24)[::2], lambda: np.arange(24.0).reshape(6, 4)[::2],
    lambda: np.arange(48, dtype=np.int32).reshape(8, 6)[::4, 1:]],
    ids=["1d-step2", "2d-rows2", "2d-int32-view"])
def test_numba_as_strided1(make):
    compare(as_strided1, make)


@pytest.mark.parametrize("make", [
    lambda: np.arange(10.0), lambda: np.arange(24).reshape(4, 6),
    lambda: np.arange(24.0).reshape(4, 6)[:, ::2],
    lambda: np.arange(12, dtype=np.float32).reshape(3, 4).T],
    ids=["1d", "2d-C", "2d-columns2", "2d-F"])
def test_numba_as_strided2(make):
    compare(as_strided2, make)


def test_rolling_mean_and_max():
    x = np.random.default_rng(1).standard_normal(20)
    compare(rolling, lambda: x, 4)
    compare(rolling, lambda: x[::3], 2)  # a strided input


def test_two_dimensional_windows():
    a = np.arange(30.0).reshape(5, 6)
    compare(windows_2d, lambda: a)
    compare(windows_last_axis, lambda: a[:, ::-2])
    compare(windows_repeated_axis, lambda: a.T)  # an axis twice, as NumPy allows
    compare(windows_all_axes, lambda: a[1:, :4])


def test_as_strided_writes_through():
    a, v = compare(write_through, lambda: np.arange(6))
    assert a[3] == -7 and v[1, 1] == -7


def writes_window(a):
    w = sliding_window_view(a, 2)
    w[0, 0] = 1.0
    return w


def writes_read_only_strided(a):
    v = as_strided(a, writeable=False)
    v[0] = 1.0


def test_read_only_views():
    for fn in (writes_window, writes_read_only_strided):
        with pytest.raises(ValueError, match="read-only"):
            fn(np.zeros(4))
        with pytest.raises(nbc.TypingError, match="read-only"):
            nbc.njit(fn)(np.zeros(4))


def writable_window(a):
    w = sliding_window_view(a, 2, writeable=True)
    w[1, 1] = 9.0
    return a


def test_writeable_window():
    compare(writable_window, lambda: np.zeros(4))


def negative_shape(a, n):
    return as_strided(a, shape=(n,), strides=(a.itemsize,))


def partial_stride(a):
    return as_strided(a, shape=(2,), strides=(3,))


def too_large_window(a, k):
    return sliding_window_view(a, k)


def mismatched(a):
    return as_strided(a, shape=(2, 2))


def test_errors():
    with pytest.raises(ValueError, match="negative dimensions are not allowed"):
        nbc.njit(negative_shape)(np.zeros(3), -1)
    # NumPy reads across items then; nbc's views address whole items.
    with pytest.raises(ValueError, match="a stride of 3 bytes is not a multiple of "
                       "the itemsize 8"):
        nbc.njit(partial_stride)(np.zeros(3))
    kernel = nbc.njit(too_large_window)
    for k, message in ((5, "window shape cannot be larger than input array shape"),
                       (-1, "`window_shape` cannot contain negative values")):
        with pytest.raises(ValueError, match=message):
            too_large_window(np.zeros(4), k)
        with pytest.raises(ValueError, match=message):
            kernel(np.zeros(4), k)
    with pytest.raises(nbc.TypingError, match="must provide window_shape for all"):
        nbc.njit(windows_all_axes)(np.zeros(4))
    with pytest.raises(nbc.TypingError, match="mismatch in length of strides and "
                       "shape"):
        nbc.njit(mismatched)(np.zeros(4))


def view_layouts(a):
    # a.T[1:, ::3] has a.T's type (unit first stride), not its layout.
    v = a.T[1:, ::3]
    return (a[::2].strides, v.strides, v.flags.f_contiguous, v.flags.c_contiguous,
            a.T.flags.f_contiguous, a[:, 1:2].flags.c_contiguous)


def test_strides_and_flags_of_views():
    for a in (np.zeros((5, 7), np.int16), np.zeros((3, 1))):
        assert nbc.njit(view_layouts)(a) == view_layouts(a)
