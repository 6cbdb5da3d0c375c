"""np.partition and np.argpartition (nbc.npimpl.partition) against NumPy:
the partition property for each kth (the kth elements equal np.sort's,
none before is greater, none after is smaller; the result is a permutation),
as NumPy leaves the order of the other elements unspecified; int, negative
and array kth, every axis and None, C/F/strided/reversed, empty and
1-element arrays, NaNs, and NumPy's errors."""

import numpy as np
import pytest

import nbc
from conftest import requires_exec

pytestmark = requires_exec


@nbc.njit
def partitions(a, kth):
    return (np.partition(a, kth), np.argpartition(a, kth),
            np.partition(a, kth, axis=0), np.argpartition(a, kth, 0),
            np.partition(a, kth, axis=None), np.argpartition(a, kth, axis=None))


@nbc.njit
def partitions_last(a, kth):
    return np.partition(a, kth, axis=-1, kind="introselect"), \
        np.argpartition(a, kth=kth, axis=-1)


def check_partition(got, a, kth, axis, what):
    """`got` partitions `a` along `axis` (None: flattened) at every kth."""
    if axis is None:
        a, axis = a.ravel(), 0
    assert got.shape == a.shape and got.dtype == a.dtype, what
    want = np.sort(a, axis=axis)
    np.testing.assert_array_equal(np.sort(got, axis=axis), want, err_msg=what)
    n = a.shape[axis]
    g, w = np.moveaxis(got, axis, -1), np.moveaxis(want, axis, -1)
    for k in np.atleast_1d(kth):
        k = int(k) % n
        np.testing.assert_array_equal(g[..., k], w[..., k], err_msg=f"{what} kth={k}")
        pivot = g[..., k:k + 1]
        with np.errstate(invalid="ignore"):
            before = g[..., :k] <= pivot
            after = g[..., k + 1:] >= pivot
        if np.issubdtype(a.dtype, np.floating):  # NaNs sort last
            before |= np.isnan(pivot)
            after |= np.isnan(g[..., k + 1:])
        assert before.all() and after.all(), f"{what} kth={k}"


def check_argpartition(idx, a, kth, axis, what):
    assert idx.dtype == np.int64, what
    if axis is None:
        a, axis = a.ravel(), 0
    axis %= a.ndim
    assert idx.shape == a.shape, what
    np.testing.assert_array_equal(np.sort(idx, axis=axis),
                                  np.broadcast_to(np.arange(a.shape[axis]).reshape(
                                      [-1 if d == axis else 1 for d in range(a.ndim)]),
                                      a.shape), err_msg=f"{what}: a permutation")
    check_partition(np.take_along_axis(a, idx, axis), a, kth, axis, what)


def sample(shape, dtype, seed):
    rng = np.random.default_rng(seed)
    x = rng.integers(-5, 6, size=shape)
    if dtype == np.bool_:
        return x > 0
    x = x.astype(dtype)
    if np.dtype(dtype).kind == "f":
        x = x + rng.standard_normal(shape).astype(dtype) * (x > 1)
        if x.size > 3:
            x.ravel()[2] = np.nan
    return x


def layouts(a):
    out = [a, np.asfortranarray(a), a[::-1]]
    if a.ndim == 2 and a.shape[1] > 2:
        out.append(a[:, ::2])
    return out


def kths(a, all_kinds):
    """Scalar and int64-array kth; an int32 array kth (one more compile of
    every kernel) only where `all_kinds`."""
    n_common = min(a.shape[-1], a.shape[0], a.size)
    out = [0, n_common - 1, -1, np.array([0, n_common - 1])]
    if all_kinds:
        out.append(np.array([-1, 0, 0], np.int32))
    return out


def cases(a):
    """Every layout and kth kind for float64 (NaNs included); the other
    dtypes take the same layout and kth paths, so C order and the scalar and
    int64-array kth only."""
    if a.dtype != np.float64:
        return [(a, kth) for kth in kths(a, all_kinds=False)]
    return [(x, kth) for k, x in enumerate(layouts(a)) for kth in kths(x, all_kinds=k == 0)]


@pytest.mark.parametrize("dtype", [np.int32, np.int64, np.uint8, np.float32,
                                   np.float64, np.bool_], ids=lambda d: np.dtype(d).name)
@pytest.mark.parametrize("shape", [(1,), (7,), (5, 6), (1, 1), (3, 2, 4)], ids=str)
def test_partition_property(shape, dtype):
    for a, kth in cases(sample(shape, dtype, sum(shape))):
        got = partitions(a, kth)
        what = f"{a.dtype} {a.shape} {a.strides} kth={kth!r}"
        for (p, arg), axis in zip(zip(got[::2], got[1::2]), (-1, 0, None)):
            # NumPy's own answer must satisfy the same check.
            want = np.partition(a, kth, axis=axis)
            check_partition(want, a, kth, axis, "NumPy " + what)
            check_partition(p, a, kth, axis, f"partition axis={axis} {what}")
            check_argpartition(arg, a, kth, axis, f"argpartition axis={axis} {what}")


def test_partition_property_complex():
    """Complex values in NumPy's order (real part, then imaginary part)."""
    rng = np.random.default_rng(5)
    a = rng.integers(-2, 3, (5, 6)) + 1j * rng.integers(-2, 3, (5, 6))
    for x in (a[::-1, ::2], a[::-1, 1:5]):
        for kth in (0, -1, np.array([1, 2])):
            got = partitions(x, kth)
            what = f"{x.dtype} {x.shape} kth={kth!r}"
            for (p, arg), axis in zip(zip(got[::2], got[1::2]), (-1, 0, None)):
                check_partition(np.partition(x, kth, axis=axis), x, kth, axis,
                                "NumPy " + what)
                check_partition(p, x, kth, axis, f"partition axis={axis} {what}")
                check_argpartition(arg, x, kth, axis, f"argpartition axis={axis} {what}")


def test_partition_empty_and_last_axis():
    for a in (np.zeros((2, 0)), np.zeros((0, 3)), np.zeros(0)):
        got = partitions_last(a, 0)
        assert got[0].shape == np.partition(a, 0).shape
        assert got[1].shape == np.argpartition(a, 0).shape
    a = sample((4, 5), np.float64, 3)
    p, idx = partitions_last(a, 3)
    check_partition(p, a, 3, -1, "last axis")
    check_argpartition(idx, a, 3, -1, "last axis")


def test_partition_errors():
    for kth in (5, -6, np.array([0, 5])):
        with pytest.raises(ValueError, match=r"kth\(=-?\d+\) out of bounds"):
            np.partition(np.arange(5.0), kth)
        with pytest.raises(ValueError, match="kth out of bounds"):
            partitions_last(np.arange(5.0), kth)

    @nbc.njit
    def float_kth(a):
        return np.partition(a, 1.0)

    @nbc.njit
    def bad_axis(a):
        return np.argpartition(a, 0, axis=1)

    @nbc.njit
    def bad_kind(a):
        return np.partition(a, 0, kind="quicksort")
    with pytest.raises(nbc.TypingError, match="Partition index must be integer"):
        float_kth(np.ones(3))
    with pytest.raises(np.exceptions.AxisError, match="axis 1 is out of bounds"):
        bad_axis(np.ones(3))
    with pytest.raises(nbc.TypingError, match="kind= must be 'introselect'"):
        bad_kind(np.ones(3))
