"""Errors name Python objects as the user wrote them (`np.piecewise`, not
`<function piecewise at 0x...>`), on the first line, with the source line."""

import math
import os

import numpy as np
import pytest

import nbc


def calls_piecewise(a):
    return np.piecewise(a, [a > 0], [1, 0])  # np.dot, np.cross, np.kron are supported now


def calls_tensorinv(a):
    return np.linalg.tensorinv(a)  # np.linalg.norm and eigvals are supported now


def calls_getcwd(a):
    return os.getcwd()


def bad_attribute(a):
    return math.no_such_function(a[0])


@pytest.mark.parametrize("fn,name", [(calls_piecewise, "np.piecewise"),
                                     (calls_tensorinv, "np.linalg.tensorinv"),
                                     (calls_getcwd, "os.getcwd")])
def test_unsupported_calls_name_the_function(fn, name):
    with pytest.raises(nbc.UnsupportedError) as e:
        nbc.njit(fn)(np.ones(3))
    first = str(e.value).splitlines()[0]
    assert first == f"unsupported call to {name}"
    assert "0x" not in str(e.value)
    assert "test_error_names.py" in str(e.value)


def test_unknown_attribute_names_the_module():
    with pytest.raises(nbc.TypingError) as e:
        nbc.njit(bad_attribute)(np.ones(3))
    assert str(e.value).splitlines()[0] == "unknown attribute 'no_such_function' of math"
