"""`type(x)(v)` (a cast to x's scalar type, as Numba's) and `getattr(obj,
"name")` with a constant name, against CPython and Numba; other uses of
type() and getattr() are located errors that say what works."""

import numba
import numpy as np
import pytest

import nbc
from conftest import requires_exec

pytestmark = requires_exec


def type_cast(x, v):
    return type(x)(v) + type(x)(1)


def shape_by_getattr(a):
    return getattr(a, "shape")[0] + getattr(a, "ndim") + getattr(a, "size")


@pytest.mark.parametrize("x,v", [(2.5, 3), (3, 2.7), (np.int16(3), 7.9), (True, 0),
                                 (np.float32(1.5), 2.25)])
def test_type_of_value_casts_as_numba(x, v):
    got, want = nbc.njit(type_cast)(x, v), type_cast(x, v)
    assert got == want
    assert type(got) is type(numba.njit(type_cast)(x, v))


def test_getattr_with_constant_name():
    a = np.zeros((3, 4))
    assert nbc.njit(shape_by_getattr)(a) == shape_by_getattr(a)


def type_compared(x):
    return type(x) == float


def getattr_computed(a, name):
    return getattr(a, name)


def getattr_default(a):
    return getattr(a, "missing", 0)


def type_of_array(a):
    return type(a)(a)


def str_as_value(x):
    s = str(x)
    return len(s)


@pytest.mark.parametrize("fn,args,text", [
    (type_compared, (1.5,), "isinstance(x, T)"),
    (getattr_computed, (np.zeros(2), "shape"), "constant attribute name"),
    (getattr_default, (np.zeros(2),), "constant attribute name"),
    (type_of_array, (np.zeros(2),), "scalar x only"),
    (str_as_value, (1.5,), "str() of float64 is not supported as a value"),
], ids=lambda x: getattr(x, "__name__", ""))
def test_other_uses_are_located_errors(fn, args, text):
    with pytest.raises(nbc.UnsupportedError) as info:
        nbc.njit(fn)(*args)
    assert text in str(info.value) and "test_type_getattr.py" in str(info.value)
