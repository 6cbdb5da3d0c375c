"""@nbc.vectorize against np.vectorize / NumPy."""

import math

import numpy as np
import pytest

import nbc
from conftest import EXECUTES, requires_exec


@nbc.vectorize(["float64(float64, float64)", "int64(int64, int64)"])
def hyp(x, y):
    return math.sqrt(x * x + y * y) if x > 0 else x - y


@nbc.vectorize(["float64(float64)"], target="parallel")
def halve(x):
    return x / 2.0


def ref_hyp(x, y):
    return np.vectorize(hyp.py_func)(x, y)


def test_loop_types():
    assert hyp.types == ["dd->d", "ll->l"]
    assert hyp.nin == 2


@requires_exec
def test_broadcasting_and_dtypes():
    x = np.linspace(-2, 2, 12).reshape(3, 4)
    y = np.arange(4.0)
    np.testing.assert_allclose(hyp(x, y), ref_hyp(x, y))
    xi = np.arange(-3, 3).reshape(2, 3)
    got = hyp(xi, 2)
    # NumPy picks the first declared loop the inputs cast to safely: dd->d.
    assert got.dtype == np.float64
    np.testing.assert_allclose(got, ref_hyp(xi.astype(np.float64), 2.0))
    got = hyp(np.float32(3), np.int16(4))
    assert got == 5.0


@requires_exec
def test_out_and_scalars():
    x = np.arange(5.0)
    out = np.empty(5)
    assert hyp(x, 1.0, out=out) is out
    np.testing.assert_allclose(out, ref_hyp(x, 1.0))
    assert hyp(3.0, 4.0) == 5.0


@requires_exec
def test_noncontiguous_and_parallel():
    x = np.arange(40.0).reshape(8, 5)[::2, 1::2]
    np.testing.assert_allclose(halve(x), x / 2)


@requires_exec
def test_reduce():
    x = np.arange(1.0, 6.0)
    assert halve is not None
    np.testing.assert_allclose(hyp.reduce(x), np.frompyfunc(hyp.py_func, 2, 1).reduce(x))


def test_no_matching_loop():
    with pytest.raises(TypeError, match="not supported for the input types"):
        hyp(np.array(["a"]), np.array(["b"]))


def test_emits_verified_ufunc():
    if EXECUTES:
        pytest.skip("covered by the executed tests")
    from nbc.backend import run_nbc_opt
    from nbc.frontend.unit import ufunc_wrapper
    text = ufunc_wrapper(hyp.py_func, [nbc.types.float64] * 2, nbc.types.float64, 2,
                         hyp.options, "w")
    assert "nbc.ufunc" in run_nbc_opt(text)
