"""np.sort / a.sort() / np.argsort on the input patterns sorting algorithms
get wrong (sorted, reversed, all equal, few distinct values, many NaNs,
signed zeros, every small size over random permutations), compared with
NumPy bit for bit: values with NaN payloads and the order of -0.0 and 0.0
as NumPy's stable sort gives them, argsort indices as kind='stable'. 64-bit
lanes take the AVX-512 quicksort where the CPU has one; the same checks run
again in a child process with NBC_SORT_NO_AVX512=1 (the radix sorts)."""

import os
import subprocess
import sys

import numpy as np
import pytest

import nbc
from conftest import requires_exec

pytestmark = requires_exec

DTYPES = [np.float64, np.int64, np.uint64, np.float32, np.int32, np.int16]


@nbc.njit
def sort_copy(a):
    return np.sort(a)


@nbc.njit
def sort_method(a):
    a.sort()


@nbc.njit
def argsort(a):
    return np.argsort(a, kind="stable")


def bits(a):
    """The array's bytes: equal arrays with the same NaNs and signed zeros."""
    return np.ascontiguousarray(a).view(np.uint8)


def check_sort(a):
    want = np.sort(a, kind="stable")
    got = sort_copy(a)
    assert got.dtype == want.dtype and got.shape == want.shape
    assert np.array_equal(bits(got), bits(want)), (a, got, want)
    b = a.copy()
    sort_method(b)
    assert np.array_equal(bits(b), bits(want)), (a, b, want)
    np.testing.assert_array_equal(argsort(a), np.argsort(a, kind="stable"))


def random_values(rng, n, dtype):
    if np.dtype(dtype).kind == "f":
        return rng.standard_normal(n).astype(dtype)
    info = np.iinfo(dtype)
    return rng.integers(info.min, info.max, n, dtype=dtype, endpoint=True)


def patterns(n, dtype, seed):
    rng = np.random.default_rng(seed)
    x = random_values(rng, n, dtype)
    out = {"random": x, "sorted": np.sort(x), "reversed": np.sort(x)[::-1].copy(),
           "all equal": np.full(n, x[0] if n else 0, dtype),
           "few distinct": rng.integers(0, 4, n).astype(dtype),
           "sorted then one": np.append(np.sort(x)[:-1], x[:1]) if n else x,
           "organ pipe": np.concatenate([np.sort(x[: n // 2]),
                                         np.sort(x[n // 2:])[::-1]])}
    if np.dtype(dtype).kind == "f":
        nans = x.copy()
        nans[rng.random(n) < 0.5] = np.nan
        out["half NaN"] = nans
        out["all NaN"] = np.full(n, np.nan, dtype)
        zeros = rng.choice(np.array([0.0, -0.0, 1.0, -1.0, np.nan], dtype), n)
        out["signed zeros"] = zeros
        negative_nan = np.array([np.nan], dtype) * -1
        out["NaN payloads"] = np.where(rng.random(n) < 0.3, negative_nan, x)
    return out


@pytest.mark.parametrize("dtype", DTYPES)
@pytest.mark.parametrize("n", [1000, 100_003])
def test_patterns(dtype, n):
    for name, a in patterns(n, dtype, n).items():
        check_sort(a)


@pytest.mark.parametrize("dtype", [np.float64, np.int64, np.float32])
def test_small_sizes_over_random_permutations(dtype):
    """Every size up to 40 (the sorting networks' and insertion sorts'
    range), then around the vectorised quicksort's base case (128)."""
    rng = np.random.default_rng(7)
    for n in list(range(41)) + [63, 64, 65, 127, 128, 129, 130, 255, 256, 257]:
        base = random_values(rng, n, dtype)
        if np.dtype(dtype).kind == "f" and n > 4:
            base[:: 5] = 0.0
            base[1:: 7] = -0.0
            base[2:: 9] = np.nan
        for _ in range(6 if n <= 40 else 2):
            check_sort(rng.permutation(base))
        check_sort(rng.integers(0, 3, n).astype(dtype))


@nbc.njit
def sort_columns(a):
    return np.sort(a, axis=0)


def test_strided_lanes_of_many_patterns():
    rng = np.random.default_rng(3)
    a = rng.standard_normal((300, 40))
    a[::3, ::2] = np.nan
    a[1::4, 1::3] = -0.0
    a[:, 5] = np.sort(a[:, 5])
    a[:, 6] = np.sort(a[:, 6])[::-1]
    for v in (a, a.T, a[::-2, 1:]):
        got, want = sort_copy(v), np.sort(v, kind="stable")
        assert np.array_equal(bits(got), bits(want))
        got, want = sort_columns(v), np.sort(v, axis=0, kind="stable")
        assert np.array_equal(bits(got), bits(want))


def test_radix_sorts_without_avx512():
    """The same checks in a child process that turns the AVX-512 sort off."""
    env = dict(os.environ, NBC_SORT_NO_AVX512="1")
    here = os.path.dirname(os.path.abspath(__file__))
    code = ("import sys; sys.path.insert(0, %r)\n"
            "import numpy as np, test_sort_patterns as t\n"
            "for d in (np.float64, np.int64, np.uint64):\n"
            "    for n in (1000, 20000):\n"
            "        for a in t.patterns(n, d, n).values():\n"
            "            t.check_sort(a)\n"
            "t.test_small_sizes_over_random_permutations(np.float64)\n" % here)
    # The kernels live in this file, so `-c` may call them.
    done = subprocess.run([sys.executable, "-c", code], env=env, cwd=here,
                          capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr[-3000:]
