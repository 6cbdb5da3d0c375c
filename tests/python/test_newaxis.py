"""`None`/`np.newaxis` and `...` in subscripts (nbc.slice with `none`),
reads and writes, against NumPy on several layouts."""

import numpy as np
import pytest

import nbc


@nbc.njit
def outer_product(a):
    return a[:, None] * a[None, :]


@nbc.njit
def views(a):
    return (a[None], a[..., None], a[None, ..., None], a[:, np.newaxis],
            a[...], a[np.newaxis, 1:])


@nbc.njit
def ellipsis_index(a):
    return a[..., 0], a[1, ...], a[..., 1:, None]


@nbc.njit
def write_ellipsis(a, v):
    a[..., 0] = v
    a[1, ...] += 1
    b = a[None, ...]
    b[0, 0, -1] = 42
    return a


@nbc.njit
def scalar_via_ellipsis(a):
    return a[1, 2, ...]


@nbc.njit
def fill_all(a):
    a[...] = 3
    return a


MAKERS = {
    "c": lambda: np.arange(12.0).reshape(3, 4),
    "f": lambda: np.asfortranarray(np.arange(12, dtype=np.int32).reshape(3, 4)),
    "strided": lambda: np.arange(40, dtype=np.int64).reshape(5, 8)[::2, 1::2],
    "transposed": lambda: np.arange(12.0, dtype=np.float32).reshape(4, 3).T,
    "one": lambda: np.ones((1, 1)),
    "empty": lambda: np.zeros((0, 4)),
}
ARRAYS = {name: make() for name, make in MAKERS.items()}


def test_outer_product():
    for a in (np.arange(4.0), np.zeros(0), np.ones(1, np.int32), np.arange(8.0)[::-2]):
        got, want = outer_product(a), outer_product.py_func(a)
        assert got.shape == want.shape and got.dtype == want.dtype
        np.testing.assert_array_equal(got, want)


@pytest.mark.parametrize("name", list(ARRAYS))
def test_reads(name):
    a = ARRAYS[name]
    fns = [views] + ([ellipsis_index] if a.shape[0] > 1 else [])
    for fn in fns:
        for got, want in zip(fn(a), fn.py_func(a)):
            assert got.shape == want.shape and got.dtype == want.dtype
            np.testing.assert_array_equal(got, want)


@pytest.mark.parametrize("name", ["c", "f", "strided", "transposed"])
def test_writes(name):
    mine, theirs = MAKERS[name](), MAKERS[name]()
    got = write_ellipsis(mine, 7)
    want = write_ellipsis.py_func(theirs, 7)
    np.testing.assert_array_equal(got, want)
    np.testing.assert_array_equal(mine, theirs)
    np.testing.assert_array_equal(fill_all(mine), fill_all.py_func(theirs))


def test_ellipsis_alone_with_all_indices():
    a = np.arange(24.0).reshape(2, 3, 4)
    got, want = scalar_via_ellipsis(a), scalar_via_ellipsis.py_func(a)
    np.testing.assert_array_equal(got, want)


def test_errors():
    @nbc.njit
    def two(a):
        return a[..., ...]

    @nbc.njit
    def too_many(a):
        return a[None, 0, 0, None, 0]

    with pytest.raises(nbc.TypingError, match=r"an index can only have a single "
                                              r"ellipsis \('\.\.\.'\)"):
        two(np.zeros((2, 2)))
    with pytest.raises(nbc.TypingError, match="too many indices for a 2-d array"):
        too_many(np.zeros((2, 2)))


@nbc.njit
def reverse(a):
    return a[::-1], a[1::-1], np.flip(a)


@nbc.njit
def reverse_2d(a):
    return a[::-1], a[:, ::-1], np.flip(a, 1), a[::-1, None, ::-2]


def test_views_of_reversed_arguments():
    """An argument with negative strides is passed with its lowest element
    as the base, so views computed from it stay inside its buffer."""
    for a in (np.arange(6)[::-1], np.arange(10.0)[::-3]):
        for got, want in zip(reverse(a), reverse.py_func(a)):
            np.testing.assert_array_equal(got, want)
    for a in (np.arange(6).reshape(2, 3)[:, ::-1], np.arange(12.0).reshape(3, 4)[::-1],
              np.arange(12.0).reshape(3, 4)[::-2, ::-1]):
        for got, want in zip(reverse_2d(a), reverse_2d.py_func(a)):
            assert got.shape == want.shape
            np.testing.assert_array_equal(got, want)
