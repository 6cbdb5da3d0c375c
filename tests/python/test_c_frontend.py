"""The C frontend example (examples/c-frontend/typed_kernel.c) builds `mixed`
below through the C API's typed builders; it must compute what the Python
frontend's kernel and CPython/NumPy compute for the same source."""

import os
import subprocess

import numpy as np
import pytest

import nbc
from conftest import requires_exec

ROOT = os.path.join(os.path.dirname(__file__), "..", "..")
EXAMPLE = os.path.join(ROOT, os.environ.get("NBC_BUILD_DIR", "build"), "bin",
                       "nbc-typed-kernel-example")


def mixed(a, n, k):
    scaled = np.where(a > 0, (a * n + k) // 3, -a * 2)
    total = 0.0
    for i in nbc.prange(len(scaled)):
        total += scaled[i] ** 2 - i % n
    return total + n / k


mixed_nbc = nbc.njit(parallel=True)(mixed)


def inputs(size, n, k):
    a = (np.arange(size) % 17).astype(np.float32) * np.float32(0.25) - \
        np.float32(1.5)
    return a, np.int32(n), np.uint8(k)


def run_c(size, n, k):
    if not os.path.exists(EXAMPLE):
        pytest.fail(f"{EXAMPLE} is not built (ninja -C build "
                    "nbc-typed-kernel-example)")
    proc = subprocess.run([EXAMPLE, str(size), str(n), str(k)],
                          capture_output=True, text=True, timeout=120)
    return proc.returncode, proc.stdout.strip()


# With small n every term is a multiple of 1/4 well below 2**53, so the
# parallel sum is exact whatever the order and must equal CPython's; with
# n near 2**31 the sum rounds, and only the two nbc frontends (same IR, same
# schedule) must agree exactly.
@requires_exec
@pytest.mark.parametrize("size", [0, 1, 17, 1000, 100003])
@pytest.mark.parametrize("n,k", [(7, 3), (-5, 1), (1, 200), (2**31 - 1, 255)])
def test_c_frontend_matches_python_frontend(size, n, k):
    args = inputs(size, n, k)
    code, out = run_c(size, n, k)
    assert code == 0, out
    expected = mixed_nbc(*args)
    assert float(out) == expected
    with np.errstate(all="ignore"):
        reference = mixed(*args)
    if abs(n) < 2**10:  # float32 is exact here
        assert float(out) == reference
    else:
        # `a * n` is float32 in nbc, as in Numba and in NumPy 2 for a Python
        # int n; NumPy 2 widens to float64 for the np.int32 n given here.
        assert float(out) == pytest.approx(reference, rel=1e-6)


@requires_exec
def test_c_frontend_raises_like_python_frontend():
    """n / 0 raises ZeroDivisionError in both frontends (Numba's rule)."""
    code, out = run_c(10, 7, 0)
    assert code == 2
    assert out == "ZeroDivisionError: division by zero"
    with pytest.raises(ZeroDivisionError, match="^division by zero$"):
        mixed_nbc(*inputs(10, 7, 0))
