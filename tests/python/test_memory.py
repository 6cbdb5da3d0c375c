"""Arrays a kernel allocates are freed on every path, the error paths too.

Each call allocates and fills 8 MB before raising; 150 leaked calls would
grow the resident set by 1.2 GB, so the bound below fails on a leak.
"""

import os

import numpy as np
import pytest

import nbc


def resident_bytes():
    with open("/proc/self/statm") as statm:
        pages = int(statm.read().split()[1])
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


@nbc.njit
def ones(n):
    return np.ones(n)


def vma_flags(address):
    """VmFlags of the mapping holding `address`, from /proc/self/smaps."""
    inside = False
    with open("/proc/self/smaps") as smaps:
        for line in smaps:
            head = line.split()[0]
            if "-" in head and not head.endswith(":"):
                low, high = (int(x, 16) for x in head.split("-"))
                inside = low <= address < high
            elif inside and head == "VmFlags:":
                return line.split()[1:]
    raise AssertionError(f"no mapping holds {address:#x}")


@pytest.mark.skipif(not os.path.exists("/sys/kernel/mm/transparent_hugepage"),
                    reason="no transparent huge pages in this kernel")
@pytest.mark.parametrize("megabytes", [5, 30, 40])
def test_big_arrays_ask_for_huge_pages(megabytes):
    # From 4 MiB on (NumPy's threshold), whatever block malloc picks: 30 MB
    # grids faulted in 4 KiB at a time made a stencil's copies 3x slower.
    a = ones(megabytes * 10**6 // 8)
    assert a.sum() == a.size
    middle = a.ctypes.data + a.nbytes // 2
    assert "hg" in vma_flags(middle)
