"""Comparisons and logical ufuncs called as functions (np.less,
np.logical_and, ...) on arrays, scalars and broadcast shapes, against
NumPy."""

import numpy as np
import pytest

import nbc
from conftest import check

NAMES = ["less", "less_equal", "greater", "greater_equal", "equal", "not_equal",
         "logical_and", "logical_or", "logical_xor"]


def binary_kernel(name):
    fn = getattr(np, name)

    def kernel(a, b):
        return fn(a, b)
    kernel.__name__ = f"np_{name}"
    return nbc.njit(kernel)


KERNELS = {name: binary_kernel(name) for name in NAMES}


@nbc.njit
def logical_not(a):
    return np.logical_not(a)


ARRAYS = [
    (np.array([0.0, 1.5, np.nan, -2.0, 3.0]), np.array([1.0, 1.5, np.nan, 0.0, -3.0])),
    (np.arange(6, dtype=np.int32).reshape(2, 3), np.array([2, 0, 4], dtype=np.int64)),
    (np.array([True, False, True]), np.array([False, False, True])),
    (np.arange(5.0)[::2], 2.0),
    (np.zeros((0, 3)), np.zeros(3)),
]


@pytest.mark.parametrize("name", NAMES)
@pytest.mark.parametrize("k", range(len(ARRAYS)))
def test_binary_logical_and_comparison_ufuncs(name, k):
    a, b = ARRAYS[k]
    check(KERNELS[name], a, b)


@pytest.mark.parametrize("a", [np.array([0.0, -1.0, np.nan]), np.arange(4) % 2,
                               np.array([True, False])])
def test_logical_not(a):
    check(logical_not, a)
