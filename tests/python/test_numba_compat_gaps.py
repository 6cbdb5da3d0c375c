"""Numba-compatibility odds and ends against NumPy and CPython: the array
layout attributes (a.itemsize, a.nbytes, a.strides, a.flags), np.select,
tuple() of a tuple (of an array: refused, as Numba), nbc.cuda's stand-in,
and the key a KeyError carries."""

import numpy as np
import pytest

import nbc
from conftest import check, requires_exec

pytestmark = requires_exec


@nbc.njit
def layout(a):
    return (a.itemsize, a.nbytes, a.strides, a.ndim, a.size,
            a.flags.c_contiguous, a.flags.f_contiguous)


@pytest.mark.parametrize("a", [
    np.zeros((2, 3)), np.zeros(5, np.int32), np.zeros((1, 4), np.float32),
    np.zeros((3, 1, 2), np.int8), np.zeros((0, 3)), np.zeros((2, 0), order="F"), np.zeros((2, 3), order="F"),
    np.ones((4, 1), np.complex128, order="F"), np.zeros((), np.uint16),
    np.zeros(4, np.bool_)], ids=lambda a: f"{a.dtype}{a.shape}{'F' if a.flags.f_contiguous and a.ndim > 1 else ''}")
def test_layout_attributes(a):
    check(layout, a)


@nbc.njit
def strides_of_view(a):
    return a[::2].strides


def test_strides_of_strided_view():
    assert strides_of_view(np.zeros(6)) == (16,)  # read at run time


@nbc.njit
def select3(x, default):
    return np.select([x < 0, x > 5, x == 2], [x * 2, x * 3, x - 100], default)


@nbc.njit
def select_scalars(x):
    return np.select([x < 0, x > 1], [1.0, 2.0], -1)


@nbc.njit
def select_one(x):
    return np.select([x > 0], [x])


@pytest.mark.parametrize("x,default", [
    (np.arange(-3.0, 9.0), 7.0), (np.arange(-3, 9, dtype=np.int32), 0),
    (np.arange(-3, 9, dtype=np.int32), 0.5), (np.arange(-4.0, 8.0).reshape(3, 4), -1.0),
    (np.linspace(-2, 7, 10, dtype=np.float32), 0)])
def test_select(x, default):
    got = check(select3, x, default)
    assert got.dtype == np.select([x < 0], [x], default).dtype


@nbc.njit
def select_tuples(x):
    return np.select((x < 0, x > 1), (-x, x * 10), 0)


@pytest.mark.parametrize("x", [np.arange(-3.0, 4.0), np.arange(-3, 4, dtype=np.int16)])
def test_select_scalars_tuples_and_default(x):
    check(select_scalars, x)
    check(select_one, x)
    assert check(select_tuples, x).dtype == np.select((x < 0,), (x,), 0).dtype


@nbc.njit
def select_lengths(x):
    return np.select([x > 0, x < 0], [x])


@nbc.njit
def select_not_bool(x):
    return np.select([x], [x])


def test_select_errors():
    check(select_lengths, np.arange(3.0))  # ValueError, as NumPy
    with pytest.raises(nbc.UnsupportedError, match="condlist must hold boolean"):
        select_not_bool(np.arange(3.0))


@nbc.njit
def tuple_of_shape(a):
    t = tuple(a.shape)
    return t[0] + t[-1]


@nbc.njit
def tuple_of_array(a):
    return tuple(a)


def test_tuple_builtin():
    check(tuple_of_shape, np.zeros((3, 5)))
    # Numba refuses it as well: the length would be part of the type.
    with pytest.raises(nbc.UnsupportedError, match="(?s)'tuple'.*index the items"):
        tuple_of_array(np.arange(3.0))


def test_cuda_stand_in():
    import nbc as numba
    from nbc import cuda
    assert numba.cuda.is_available() is False

    @cuda.jit("void(f8[:])")  # decorating at import time works, as stumpy does
    def kernel(a):
        a[0] = 1.0

    @cuda.jit
    def device(a):
        return a
    for launch in (lambda: kernel[1, 32](np.zeros(1)), lambda: device(1.0)):
        with pytest.raises(nbc.UnsupportedError, match="CPUs only"):
            launch()
    assert not hasattr(cuda, "to_device")


@nbc.njit
def lookup(d, k):
    return d[k]


@pytest.mark.parametrize("key_type,value,key", [
    (nbc.types.int64, 2.0, 3), (nbc.types.float64, 1, 3.5),
    (nbc.types.int32, 1, -7), (nbc.types.boolean, 1, False)])
def test_keyerror_carries_the_key(key_type, value, key):
    d = nbc.typed.Dict.empty(key_type, nbc.typeof(value))
    d[type(key)(not key) if isinstance(key, bool) else key + 1] = value
    with pytest.raises(KeyError) as info:
        lookup(d, key)
    # CPython's KeyError(3) (not KeyError('3')): the key itself.
    assert info.value.args == (key,) and repr(info.value) == repr(KeyError(key))


@nbc.njit
def raise_key(k, which):
    if which == 0:
        raise KeyError("3")
    if which == 1:
        raise KeyError(k)
    if which == 2:
        raise KeyError(f"{k}")
    if which == 3:
        raise KeyError("it's", k)
    raise KeyError(k + 0.5)


@pytest.mark.parametrize("which", range(5))
def test_raised_keyerror_keeps_its_argument(which):
    with pytest.raises(KeyError) as want:
        raise_key.py_func(3, which)
    with pytest.raises(KeyError) as got:
        raise_key(3, which)
    assert got.value.args == want.value.args and str(got.value) == str(want.value)
