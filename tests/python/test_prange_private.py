"""Small arrays a prange updates at shared elements (`h[k] += 1`,
`out[idx[i]] += v[i]`) get per-thread copies merged at the end instead of
atomics (nbc-privatize-array-updates, chosen at run time by size). Each
kernel runs many times on several thread counts, on sizes that take the
private copies and sizes that keep the atomics, against the same source run
by CPython."""

import numpy as np
import pytest

import nbc
from conftest import requires_exec

RUNS = 20


def thread_counts():
    most = nbc._core.get_max_threads() if hasattr(nbc, "_core") else 1
    return sorted({min(n, most) for n in (2, 3, 4)} | {1})


@pytest.fixture
def restore_threads():
    before = nbc.get_num_threads()
    yield
    nbc.set_num_threads(before)


def histogram(x, nbins):
    h = np.zeros(nbins, np.int64)
    for i in nbc.prange(x.shape[0]):
        h[x[i] % nbins] += 1
    return h


def bincount(x, weights, out):
    for i in nbc.prange(x.shape[0]):
        out[x[i]] += weights[i]
    return out


def scatter_max(idx, v, out):
    for i in nbc.prange(idx.shape[0]):
        out[idx[i]] = max(out[idx[i]], v[i])
    return out


def scatter_bits(idx, v, ors, xors):
    for i in nbc.prange(idx.shape[0]):
        ors[idx[i]] |= v[i]
        xors[idx[i]] ^= v[i]
    return ors, xors


def hist2d(xs, ys, h):
    for i in nbc.prange(xs.shape[0]):
        h[xs[i] % h.shape[0], ys[i] % h.shape[1]] += 1
    return h


def count_and_sum(x, h):
    # A scalar reduction next to the array updates.
    s = 0.0
    for i in nbc.prange(x.shape[0]):
        h[x[i] % h.shape[0]] += 1
        s += x[i] * 0.5
    return h, s


def strided_histogram(x, h):
    # Every third element, from the end: chunks of a stepped range.
    for i in nbc.prange(x.shape[0] - 1, -1, -3):
        h[x[i] % h.shape[0]] += 1
    return h


def image_histogram(img, h):
    for i in nbc.prange(img.shape[0]):
        for j in range(img.shape[1]):
            h[img[i, j]] -= 1
    return h


def run_many(fn, args, exact):
    """fn compiled parallel, RUNS times per thread count, against CPython."""
    fresh = lambda: tuple(a.copy() if isinstance(a, np.ndarray) else a for a in args)
    with np.errstate(over="ignore"):  # uint8 counts wrap, as compiled
        expected = fn(*fresh())
    kernel = nbc.njit(parallel=True)(fn)
    for n in thread_counts():
        nbc.set_num_threads(n)
        for _ in range(RUNS):
            got = kernel(*fresh())
            pairs = zip(expected, got) if isinstance(expected, tuple) else [(expected, got)]
            for e, g in pairs:
                if exact:
                    np.testing.assert_array_equal(g, e)
                else:
                    # Per-chunk sums, then across chunks: a parallel
                    # reduction's rounding, a few ulps per addition.
                    rtol = 1e-4 if np.asarray(e).dtype == np.float32 else 1e-9
                    np.testing.assert_allclose(g, e, rtol=rtol)
    return kernel


RNG = np.random.default_rng(5)
N = 30000
IDX = RNG.integers(0, 257, N)
FLOATS = RNG.random(N)
INTS = RNG.integers(-1000, 1000, N)
# Far more bins than iterations: the atomics stay (privatizing would cost
# more than the loop).
FEW = RNG.integers(0, 1 << 21, 500)

CASES = [
    ("histogram", histogram, (IDX, 100), True),
    ("histogram_one_bin", histogram, (IDX, 1), True),
    ("histogram_large_atomic", histogram, (FEW, 1 << 21), True),
    ("bincount_int64", bincount, (IDX, INTS, np.zeros(257, np.int64)), True),
    ("bincount_int32", bincount, (IDX, INTS.astype(np.int32), np.zeros(257, np.int32)), True),
    ("bincount_uint8_wraps", bincount, (IDX, np.full(N, 3, np.uint8),
                                        np.zeros(257, np.uint8)), True),
    ("bincount_float", bincount, (IDX, FLOATS, np.zeros(257)), False),
    ("bincount_float32", bincount, (IDX, FLOATS.astype(np.float32),
                                    np.zeros(257, np.float32)), False),
    ("scatter_add_negative_indices", bincount, (IDX - 257, INTS, np.zeros(257, np.int64)),
     True),
    ("scatter_add_large_atomic", bincount, (FEW, FEW.astype(np.float64),
                                            np.zeros(1 << 21)), False),
    ("scatter_max_int", scatter_max, (IDX, INTS, np.full(257, -5000)), True),
    ("scatter_max_float", scatter_max, (IDX, FLOATS, np.full(257, -np.inf)), True),
    ("scatter_bits", scatter_bits, (IDX % 9, INTS, np.zeros(9, np.int64),
                                    np.zeros(9, np.int64)), True),
    ("hist2d", hist2d, (IDX, INTS, np.zeros((12, 17), np.int64)), True),
    ("hist2d_float", hist2d, (IDX, INTS, np.zeros((5, 3))), True),
    ("count_and_sum", count_and_sum, (IDX, np.zeros(31, np.int64)), False),
    ("strided_histogram", strided_histogram, (IDX, np.zeros(10, np.int64)), True),
    ("image_histogram", image_histogram, ((IDX % 16).reshape(300, 100),
                                          np.zeros(16, np.int64)), True),
]


@requires_exec
@pytest.mark.parametrize("name,fn,args,exact", CASES, ids=[c[0] for c in CASES])
def test_privatized_updates_match_serial(restore_threads, name, fn, args, exact):
    run_many(fn, args, exact)


@requires_exec
@pytest.mark.parametrize("n", [0, 1, 2, 3, 5])
def test_fewer_iterations_than_threads(restore_threads, n):
    # Chunks with no iterations, arrays with more elements than iterations.
    x = np.arange(n) * 7
    run_many(bincount, (x % 4, np.ones(n, np.int64), np.zeros(4, np.int64)), True)
    run_many(histogram, (x, 1), True)


@requires_exec
def test_empty_array(restore_threads):
    kernel = nbc.njit(parallel=True)(bincount)
    got = kernel(np.zeros(0, np.int64), np.zeros(0), np.zeros(0))
    assert got.shape == (0,)


@requires_exec
def test_out_of_range_index_raises(restore_threads):
    kernel = nbc.njit(parallel=True, boundscheck=True)(bincount)
    with pytest.raises(IndexError):
        kernel(np.array([0, 1, 9] * 100), np.ones(300), np.zeros(3))


@requires_exec
def test_both_forms_in_the_code():
    kernel = nbc.njit(parallel=True)(bincount)
    kernel(IDX[:4], FLOATS[:4], np.zeros(257))
    llvm = kernel.inspect_mlir(stage="llvm-ir")
    # The thread count chooses between the private rows and the atomics.
    assert "omp_get_max_threads" in llvm
    assert "atomicrmw fadd" in llvm
    serial = nbc.njit(bincount)
    serial(IDX[:4], FLOATS[:4], np.zeros(257))
    assert "omp_get_max_threads" not in serial.inspect_mlir(stage="llvm-ir")


def unsafe_plain_write(x, h):
    for i in nbc.prange(x.shape[0]):
        h[x[i]] = 1
        h[x[i]] += 1
    return h


def test_unsafe_writes_stay_errors():
    kernel = nbc.njit(parallel=True)(unsafe_plain_write)
    with pytest.raises(Exception, match="prange: this writes an array"):
        kernel(np.array([0, 1]), np.zeros(2, np.int64))
