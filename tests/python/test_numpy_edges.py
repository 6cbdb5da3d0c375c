"""Edge cases where nbc once gave a different answer from NumPy's (found by
running the same kernels under both over NaN, ±0, limits of narrow
integer types, bools and empty arrays): each is checked against NumPy."""

import numpy as np
import pytest

import nbc
from conftest import requires_exec

pytestmark = requires_exec


@nbc.njit
def floor_divide(a, b):
    return a // b, np.floor_divide(a, b), a % b


@pytest.mark.parametrize("dtype", [np.int8, np.int16, np.int32, np.int64])
def test_int_min_floor_divide_minus_one_wraps(dtype):
    """NumPy's loop gives INT_MIN for INT_MIN // -1 (the quotient does not
    fit) where scalar code gives Numba's 0."""
    low = np.iinfo(dtype).min
    a = np.array([low, low, 7, -7, low, 5], dtype)
    b = np.array([-1, 1, -1, 2, 0, 0], dtype)
    for got, want in zip(floor_divide(a, b), (a // b, np.floor_divide(a, b), a % b)):
        assert got.dtype == want.dtype
        np.testing.assert_array_equal(got, want)
