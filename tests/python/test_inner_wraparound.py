"""Negative indices computed from an outer loop's variable in an inner loop
(`a[i - 1, j]` with i from 0): nbc-hoist-checks wraps them once before the
inner loop (which then vectorizes); the values read must be Python's, the
last row for i = 0. Chunked loops starting at `c * step` (>= 0) drop the
wraparound, `c * step - 1` keeps it. Serial and prange, against CPython on the same code."""

import numpy as np
import pytest

import nbc
from conftest import check, requires_exec

prange = range  # with_prange gives each kernel its compiler's prange


def previous_row(a):
    n, m = a.shape
    out = np.zeros((n, m))
    for i in prange(n):
        for j in range(1, m):
            out[i, j] = a[i - 1, j] + a[i - 2, j - 1] * 0.5
    return out


def sweeps(u0, count):
    u = u0.copy()
    v = u0.copy()
    n, m = u.shape
    for s in range(count):
        for i in prange(1, n - 1):
            for j in range(1, m - 1):
                v[i, j] = 0.25 * (u[i - 1, j] + u[i + 1, j] + u[i, j - 1] + u[i, j + 1])
        u, v = v, u
    return u


def chunk_sums(a, shift):
    # Chunk starts `c * step` are >= 0 (the wraparound of a[i] goes);
    # `c * step - shift` reaches below 0 for c = 0 and must wrap.
    n = len(a)
    step = (n + 4 - 1) // 4
    out = np.zeros(4)
    for c in prange(4):
        for i in range(c * step, min(n, (c + 1) * step)):
            out[c] += a[i]
        for i in range(c * step - shift, c * step):
            out[c] += 10.0 * a[i]
    return out


def with_prange(fn, prange):
    import types
    return types.FunctionType(fn.__code__, {**fn.__globals__, "prange": prange},
                              fn.__name__)


@requires_exec
@pytest.mark.parametrize("parallel", [False, True])
@pytest.mark.parametrize("fn,args", [
    (previous_row, (np.arange(30.0).reshape(5, 6),)),
    (previous_row, (np.arange(8.0).reshape(2, 4),)),
    (sweeps, (np.random.default_rng(1).random((9, 13)), 3)),
    (chunk_sums, (np.arange(1.0, 11.0), 2)),
    (chunk_sums, (np.arange(1.0, 4.0), 1)),
])
def test_inner_loop_negative_rows(fn, args, parallel):
    kernel = nbc.njit(parallel=parallel)(with_prange(fn, nbc.prange))
    check(kernel, *args, ref=with_prange(fn, range))
