"""`a[int(y)]`: the conversion's test and Python's wraparound of the index
share one branch (nbc-wrap-in-conversion-slow-path); negative values must
still wrap, NaN and inf still raise as in Python. Against CPython."""

import math

import numpy as np
import pytest

import nbc
from conftest import check, requires_exec


def bin_counts(x, scale, nbins):
    counts = np.zeros(nbins, dtype=np.int64)
    for i in range(len(x)):
        counts[int(x[i] * scale)] += 1
    return counts


@requires_exec
@pytest.mark.parametrize("values", [
    [0.0, 0.5, 1.5, 3.99],
    [-0.5, -1.0, -1.5, -4.0, 2.0],  # int() toward zero, then a[-k] wraps
    [-0.0, 1e-300, -1e-300],
])
def test_int_index_wraps_like_python(values):
    check(nbc.njit(bin_counts), np.array(values), 1.0, 4, ref=bin_counts)


@requires_exec
@pytest.mark.parametrize("bad,error", [(math.nan, ValueError),
                                       (math.inf, OverflowError),
                                       (-math.inf, OverflowError)])
def test_int_index_raises_like_python(bad, error):
    kernel = nbc.njit(bin_counts)
    x = np.array([0.5, bad])
    with pytest.raises(error):
        bin_counts(x, 1.0, 4)
    with pytest.raises(error):
        kernel(x, 1.0, 4)
