"""math.sqrt of a value that cannot be negative loses its domain check
(nbc-elide-domain-checks); where the operand may be negative the check stays
and raises CPython's ValueError. Results against CPython running the same
function."""

import math

import numpy as np
import pytest

import nbc
from conftest import check


def distances(x):
    n, d = x.shape
    out = np.empty((n, n))
    for i in range(n):
        for j in range(n):
            s = 0.0
            for k in range(d):
                t = x[i, k] - x[j, k]
                s += t * t
            out[i, j] = math.sqrt(s)
    return out


def shifted_norm(x, c):
    s = 0.0
    for k in range(len(x)):
        s += x[k] * x[k] - c  # may go below zero
    return math.sqrt(s)


def mixed(x, y):
    return (math.sqrt(abs(x)), math.sqrt(x ** 2 + math.exp(y)), math.sqrt(math.hypot(x, y)),
            math.sqrt(-0.0 if x < y else x * x))


DISTANCES = nbc.njit(distances)
SHIFTED = nbc.njit(shifted_norm)
MIXED = nbc.njit(mixed)


@pytest.mark.parametrize("x", [
    np.array([[0.0, 1.0, 2.0], [3.0, -4.0, 5.0], [0.5, 0.5, 0.5]]),
    np.array([[np.nan, 1.0], [2.0, np.inf], [-np.inf, -0.0]]),
    np.zeros((0, 3)), np.ones((2, 0)),
])
def test_distances_match_cpython_without_a_domain_check(x):
    np.testing.assert_array_equal(DISTANCES(x), distances(x))
    assert "math domain error" not in DISTANCES.inspect_mlir("standard")


@pytest.mark.parametrize("x,c", [(np.array([1.0, 2.0]), 1.0), (np.array([1.0, 2.0]), 3.0),
                                 (np.array([]), 0.0), (np.array([np.nan]), 0.0)])
def test_possibly_negative_operand_keeps_its_check(x, c):
    check(SHIFTED, x, c)  # c = 3.0: ValueError("math domain error"), as CPython
    assert "math domain error" in SHIFTED.inspect_mlir("standard")


@pytest.mark.parametrize("x,y", [(2.0, -1.0), (-3.5, 0.25), (-0.0, 0.0), (float("nan"), 1.0),
                                 (float("-inf"), 2.0)])
def test_provably_non_negative_operands(x, y):
    check(MIXED, x, y)
    assert "math domain error" not in MIXED.inspect_mlir("standard")
