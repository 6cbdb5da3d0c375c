"""A temporary array made in every iteration of a loop is allocated once,
before the loop (nbc-hoist-allocations; Numba's parfor allocation
hoisting), when it cannot outlive the iteration; in a prange once per block
of iterations, so threads never share it. Each kernel is checked against
CPython running the same source: serial loops, prange loops on 1 and 2
threads, arrays that escape the iteration (appended, returned, carried, a
view kept), zero-trip loops and the sizes the body refuses, and the
resident set (the hoisted array is freed once, after the loop)."""

import os

import numpy as np
import pytest

import nbc
from conftest import requires_exec

RNG = np.random.default_rng(22)
RUNS = 8


@pytest.fixture
def restore_threads():
    before = nbc.get_num_threads()
    yield
    nbc.set_num_threads(before)


def serial_zeros(a, m):
    s = 0.0
    for i in range(a.shape[0]):
        t = np.zeros(m)
        t[i % m] = a[i]
        t[(i + 1) % m] += 0.5 * a[i]
        s += t.sum() * (i % 3) + t[i % m]
    return s


def nested_full_2d(a, m):
    out = np.zeros(a.shape[0])
    for i in range(a.shape[0]):
        for j in range(3):
            t = np.full((m, 2), a[i] + j)
            t[j % m, 1] = -1.0
            out[i] += t.sum()
    return out


def while_ones(n, m):
    s = 0
    k = 0
    while k < n:
        t = np.ones(m, np.int64)
        t[k % m] = k
        s += t.sum()
        k += 1
    return s


def empty_written_first(a, m):
    s = 0.0
    for i in range(a.shape[0]):
        t = np.empty(m)
        for j in range(m):
            t[j] = a[i] * j
        s += t.max()
    return s


def appended(n, m):
    out = []
    for i in range(n):
        t = np.zeros(m)
        t[i % m] = i + 1.0
        out.append(t)
    total = np.zeros(m)
    for k in range(len(out)):
        total += out[k] * (k + 1)
    return total


def returned_from_loop(n, m):
    for i in range(n):
        t = np.full(m, i * 1.0)
        if i == n // 2:
            return t
        t[0] = 9.0
    return np.zeros(m)


def carried(n, m):
    prev = np.zeros(m)
    for i in range(n):
        t = np.zeros(m)
        t += prev
        t[i % m] += 1.0
        prev = t
    return prev


def view_kept(n, m):
    kept = np.zeros(2)
    for i in range(n):
        t = np.zeros(m)
        t[0] = i
        t[1] = 2 * i
        if i % 2 == 0:
            kept = t[:2]
    return kept


def prange_private(a, m):
    out = np.empty(a.shape[0])
    total = 0.0
    for i in nbc.prange(a.shape[0]):
        t = np.zeros(m)
        for j in range(m):
            t[j] += a[i] + j
        t[i % m] *= 2.0
        out[i] = t.sum()
        total += t[i % m]
    return out, total


def prange_empty(a, m):
    out = np.empty((a.shape[0], 2))
    for i in nbc.prange(a.shape[0]):
        t = np.empty(m)
        t[:] = a[i]
        t[i % m] = -a[i]
        out[i, 0] = t.min()
        out[i, 1] = t.max()
    return out


def prange_inner_loop(a, m):
    out = np.zeros(a.shape[0])
    for i in nbc.prange(a.shape[0]):
        for j in range(4):
            t = np.ones(m) * j
            t[i % m] = a[i]
            out[i] += t.sum()
    return out


def prange_raises(codes, m):
    out = np.zeros(codes.shape[0])
    for i in nbc.prange(codes.shape[0]):
        t = np.zeros(m)
        t[codes[i]] = 1.0
        out[i] = t.sum() + i
    return out


SMALL = RNG.normal(size=37)

SERIAL = [
    (serial_zeros, (SMALL, 5)),
    (serial_zeros, (SMALL[:0], 5)),
    (nested_full_2d, (SMALL, 4)),
    (while_ones, (23, 6)),
    (while_ones, (0, 6)),
    (empty_written_first, (SMALL, 7)),
    (appended, (9, 4)),
    (returned_from_loop, (9, 4)),
    (carried, (11, 3)),
    (view_kept, (8, 3)),
]


def check_same(got, expected):
    for g, e in zip(got, expected) if isinstance(expected, tuple) else [(got, expected)]:
        assert np.asarray(g).dtype == np.asarray(e).dtype
        assert np.shape(g) == np.shape(e)
        np.testing.assert_allclose(g, e, rtol=1e-9)


@requires_exec
@pytest.mark.parametrize("fn,args", SERIAL,
                         ids=[f"{c[0].__name__}-{i}" for i, c in enumerate(SERIAL)])
def test_serial_loops_match_python(fn, args):
    check_same(nbc.njit(fn)(*args), fn(*args))


PRANGE = [
    (prange_private, (RNG.normal(size=3001), 6)),
    # Long iterations: a buffer shared by the threads would be overwritten.
    (prange_private, (RNG.normal(size=2001), 700)),
    (prange_empty, (RNG.normal(size=2999), 5)),
    (prange_inner_loop, (RNG.normal(size=1001), 3)),
    (prange_private, (SMALL[:0], 6)),
]


@requires_exec
@pytest.mark.parametrize("fn,args", PRANGE,
                         ids=[f"{c[0].__name__}-{i}" for i, c in enumerate(PRANGE)])
def test_prange_temporaries_stay_private(restore_threads, fn, args):
    expected = fn(*args)
    kernel = nbc.njit(parallel=True)(fn)
    for threads in (1, 2):
        nbc.set_num_threads(threads)
        for _ in range(RUNS):
            got = kernel(*args)
            # prange's scalar reduction adds per-thread partials.
            check_same(got, expected)


@requires_exec
@pytest.mark.parametrize("parallel", [False, True])
def test_sizes_the_body_refuses(parallel):
    # The body's check still raises, as in Python, only when it runs; a
    # loop that runs no iteration allocates nothing (not 2**50 elements).
    fn = prange_private if parallel else serial_zeros
    kernel = nbc.njit(parallel=parallel)(fn)
    with pytest.raises(ValueError, match="negative dimensions are not allowed"):
        fn(SMALL, -3)
    with pytest.raises(ValueError, match="negative dimensions are not allowed"):
        kernel(SMALL, -3)
    check_same(kernel(SMALL[:0], 1 << 50), fn(SMALL[:0], 1 << 50))
    check_same(kernel(SMALL[:0], -3), fn(SMALL[:0], -3))


@requires_exec
def test_prange_body_raises(restore_threads):
    # The strip-mined prange still reports the body's IndexError (indices
    # are checked with boundscheck=True, as in Numba).
    codes = np.arange(500) % 4
    codes[317] = 9
    with pytest.raises(IndexError) as expected:
        prange_raises(codes, 4)
    kernel = nbc.njit(parallel=True, boundscheck=True)(prange_raises)
    for threads in (1, 2):
        nbc.set_num_threads(threads)
        with pytest.raises(IndexError) as got:
            kernel(codes, 4)
        assert str(got.value) == str(expected.value)
    codes[317] = 3
    check_same(kernel(codes, 4), prange_raises(codes, 4))


def resident_bytes():
    with open("/proc/self/statm") as statm:
        pages = int(statm.read().split()[1])
    return pages * os.sysconf("SC_PAGE_SIZE")


@requires_exec
@pytest.mark.parametrize("parallel", [False, True])
def test_hoisted_array_is_freed(parallel):
    # 4 MB a call: 100 leaked calls would grow the resident set by 400 MB.
    fn = prange_private if parallel else empty_written_first
    kernel = nbc.njit(parallel=parallel)(fn)
    a, m = SMALL[:3], 1 << 19
    check_same(kernel(a, m), fn(a, m))
    before = resident_bytes()
    for _ in range(100):
        kernel(a, m)
    grown = resident_bytes() - before
    assert grown < 100 << 20, f"resident set grew by {grown >> 20} MB"
