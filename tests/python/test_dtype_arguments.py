"""NumPy dtypes passed as arguments (`np.int64`, `np.dtype("f4")`), from
Python or from another kernel, as NPBench's mgrid/linspace helpers do: a
compile-time value like a string, the kernel specialised on it. Results,
dtypes included, against CPython running the same functions."""

import numpy as np
import pytest

import nbc
from conftest import requires_exec

pytestmark = requires_exec


@nbc.njit
def index_grid(n, m, dtype):
    rows = np.empty((n, m), dtype=dtype)
    for i in range(n):
        rows[i, :] = i
    return rows


@nbc.njit
def grids(n):
    return index_grid(n, 3, np.int64), index_grid(n, 2, np.uint32), index_grid(n, 2, np.float32)


@nbc.njit
def convert(x, dtype):
    return dtype(x), np.zeros(2, dtype) + dtype(x)


def _same(got, want):
    """Equal values; arrays of equal dtypes (a scalar result is a Python
    number, as Numba's)."""
    if isinstance(want, tuple):
        assert isinstance(got, tuple) and len(got) == len(want)
        for g, w in zip(got, want):
            _same(g, w)
        return
    if isinstance(want, np.ndarray):
        assert isinstance(got, np.ndarray) and got.dtype == want.dtype
    np.testing.assert_array_equal(got, want)


def test_dtype_from_a_kernel():
    _same(grids(4), grids.py_func(4))


@pytest.mark.parametrize("dtype", [np.float32, np.int16, np.uint8, np.complex128,
                                   np.bool_, np.dtype("f8"), np.dtype(np.int32)])
def test_dtype_from_python(dtype):
    _same(index_grid(3, 2, dtype), index_grid.py_func(3, 2, dtype))


@pytest.mark.parametrize("dtype", [np.int32, np.float32, np.uint8])
def test_dtype_class_converts(dtype):
    _same(convert(3.75, dtype), convert.py_func(3.75, dtype))


def test_one_specialisation_per_dtype():
    index_grid(2, 2, np.float64)
    index_grid(2, 2, np.float64)
    index_grid(2, 2, np.dtype(np.float64))
    sigs = [s[2] for s in index_grid.signatures]
    assert nbc.types.DTypeArgument(np.float64) in sigs
    assert nbc.types.DTypeArgument(np.dtype(np.float64)) in sigs
    assert sigs.count(nbc.types.DTypeArgument(np.float64)) == 1


def test_unsupported_dtype_is_a_type_error():
    with pytest.raises(TypeError, match="argument 2"):
        index_grid(2, 2, np.float16)
