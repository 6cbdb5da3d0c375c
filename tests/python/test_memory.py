"""Arrays a kernel allocates are freed on every path, the error paths too.

Each call allocates and fills 8 MB before raising; 150 leaked calls would
grow the resident set by 1.2 GB, so the bound below fails on a leak.
"""

import numpy as np
import pytest

import nbc


def resident_bytes():
    with open("/proc/self/statm") as statm:
        pages = int(statm.read().split()[1])
    import os

    return pages * os.sysconf("SC_PAGE_SIZE")


@nbc.njit
def fill_then_raise(n, d):
    a = np.ones(n)
    total = 0.0
    for i in range(n):
        total += a[i]
    return total // d


@nbc.njit(parallel=True)
def fill_then_raise_in_prange(n, d):
    a = np.ones(n)
    total = 0.0
    for i in nbc.prange(n):
        total += a[i] // d
    return total


@pytest.mark.parametrize("kernel", [fill_then_raise, fill_then_raise_in_prange])
def test_error_path_frees_arrays(kernel):
    n = 1 << 20
    assert kernel(n, 2.0) == kernel.py_func(n, 2.0)
    with pytest.raises(ZeroDivisionError):
        kernel(n, 0.0)
    before = resident_bytes()
    for _ in range(150):
        with pytest.raises(ZeroDivisionError):
            kernel(n, 0.0)
    grown = resident_bytes() - before
    assert grown < 200 << 20, f"resident set grew by {grown >> 20} MB"
