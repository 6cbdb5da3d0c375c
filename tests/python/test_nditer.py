"""np.nditer in kernels (elements as writable 0-d views, operands
broadcast, Numba's order), 0-d array semantics it relies on (`a[i, j, ...]`
is a 0-d view, arithmetic on 0-d arrays gives scalars) and `ndarray.item`.
Checked against NumPy running the same functions."""

import numpy as np
import pytest

import nbc
from conftest import requires_exec

pytestmark = requires_exec


def collect(a):
    out = []
    for x in np.nditer(a):
        out.append(x.item())
    return np.array(out)


def weighted(a, b):
    s = 0.0
    for x, y in np.nditer((a, b)):
        s += x * y
    return s


def double_in_place(a):
    for x in np.nditer(a, op_flags=["readwrite"]):
        x[...] = 2 * x
    return a


def count_positive(a):
    n = 0
    for x in np.nditer(a):
        if x > 0:
            n += 1
    return n


def arrays():
    a = np.arange(6.0).reshape(2, 3) - 2.5
    return [a, np.asfortranarray(a), a.T, np.arange(5), np.arange(24).reshape(2, 3, 4),
            np.asfortranarray(np.arange(24.0).reshape(2, 3, 4)), np.array([7.5]),
            np.array(3.0), np.array([True, False, True])]


@pytest.mark.parametrize("a", arrays(), ids=lambda a: f"{a.ndim}d-{a.dtype}-"
                         f"{'F' if a.flags.f_contiguous and a.ndim > 1 else 'C'}")
def test_order_and_values_as_numpy(a):
    # Contiguous arrays (C or Fortran) iterate in memory order, as NumPy's
    # default order='K' and Numba.
    np.testing.assert_array_equal(nbc.njit(collect)(a), collect(a))
    assert nbc.njit(count_positive)(a) == count_positive(a)


def test_non_contiguous_views_iterate_in_c_order_as_numba():
    a = np.arange(12.0).reshape(3, 4)[:, ::-2]
    # NumPy's order='K' follows the strides here; Numba and nbc use C order.
    np.testing.assert_array_equal(nbc.njit(collect)(a), a.ravel(order="C"))


@pytest.mark.parametrize("shapes", [((2, 3), (3,)), ((2, 3), (2, 1)), ((4,), ()),
                                    ((1, 3), (2, 1)), ((2, 3, 2), (3, 1))])
def test_operands_broadcast(shapes):
    a = np.arange(np.prod(shapes[0]), dtype=np.float64).reshape(shapes[0])
    b = np.linspace(1, 2, int(np.prod(shapes[1]))).reshape(shapes[1])
    assert nbc.njit(weighted)(a, b) == pytest.approx(weighted(a, b))


def test_writes_go_through():
    for a in (np.arange(6.0).reshape(2, 3), np.asfortranarray(np.arange(6).reshape(2, 3))):
        got = nbc.njit(double_in_place)(a.copy())
        np.testing.assert_array_equal(got, double_in_place(a.copy()))


def test_errors_as_numpy():
    with pytest.raises(ValueError, match="operands could not be broadcast together"):
        nbc.njit(weighted)(np.zeros((2, 3)), np.zeros(4))
    with pytest.raises(ValueError, match="zero-sized operands"):
        nbc.njit(collect)(np.zeros((0, 3)))
    with pytest.raises(ValueError, match="zero-sized operands"):
        collect(np.zeros((0, 3)))

    @nbc.njit
    def unpack_mismatch(a, b):
        for x in np.nditer((a, b)):
            pass

    with pytest.raises(nbc.UnsupportedError, match="unpack np.nditer of 2 operands"):
        unpack_mismatch(np.zeros(2), np.zeros(2))

    @nbc.njit
    def order(a):
        for x in np.nditer(a, order="F"):
            pass

    with pytest.raises(nbc.UnsupportedError, match="np.nditer takes one array"):
        order(np.zeros(2))


def zero_d(a):
    x = a[1, 2, ...]
    y = a[0, 1, ...]
    x[...] = x * y + 1
    return x * 2 - y, -y, x > y, a


def test_zero_d_views_and_scalar_arithmetic():
    a = np.arange(6.0).reshape(2, 3)
    got, want = nbc.njit(zero_d)(a.copy()), zero_d(a.copy())
    for g, w in zip(got, want):
        np.testing.assert_array_equal(g, w)
        assert np.ndim(g) == np.ndim(w)


def item_all(a):
    return a.item(0), a.item(-1), a.item(a.size // 2)


@pytest.mark.parametrize("a", [np.arange(6.0).reshape(2, 3), np.arange(6).reshape(2, 3).T,
                               np.arange(10)[::-3], np.arange(24).reshape(2, 3, 4)[:, 1]])
def test_item_with_a_flat_index(a):
    assert nbc.njit(item_all)(a) == item_all(a)


def item_one(a):
    return a.item()


def item_at(a, i, j):
    return a.item(i, j)


def item_flat(a, k):
    return a.item(k)


def test_item_forms_and_errors():
    one = nbc.njit(item_one)
    assert one(np.array([[2.5]])) == 2.5
    assert one(np.array(7)) == 7
    with pytest.raises(ValueError, match="can only convert an array of size 1"):
        one(np.arange(3.0))
    at = nbc.njit(item_at)
    a = np.arange(6).reshape(2, 3)
    assert at(a, 1, -1) == a.item(1, -1)
    with pytest.raises(IndexError):
        at(a, 2, 0)
    flat = nbc.njit(item_flat)
    for k in (6, -7):
        with pytest.raises(IndexError):
            flat(a, k)
        with pytest.raises(IndexError):
            item_flat(a, k)
