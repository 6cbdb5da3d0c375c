"""Array updates shared between prange iterations: `h[k] += 1` and
`out[idx[i]] += v[i]` become atomic read-modify-writes in parallel kernels
(checked against the same source run by CPython, many times, on several
threads), and writes that cannot be made safe are compile-time errors with
the line."""

import inspect
import os
import subprocess
import sys

import numpy as np
import pytest

import nbc
from conftest import requires_exec

HERE = os.path.basename(__file__)
RUNS = 30


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
        k = x[i]
        out[k] += weights[i]
    return out


def scatter_add(idx, v, out):
    for i in nbc.prange(idx.shape[0]):
        out[idx[i]] += v[i]
    return out


def scatter_sub(idx, v, out):
    for i in nbc.prange(idx.shape[0]):
        out[idx[i]] -= v[i]
    return out


def scatter_mul(idx, v, out):
    for i in nbc.prange(idx.shape[0]):
        out[idx[i]] *= v[i]
    return out


def scatter_min(idx, v, out):
    for i in nbc.prange(idx.shape[0]):
        out[idx[i]] = min(out[idx[i]], v[i])
    return out


def scatter_max(idx, v, out):
    for i in nbc.prange(idx.shape[0]):
        out[idx[i]] = max(out[idx[i]], v[i])
    return out


def scatter_bits(idx, v, ors, ands, xors):
    for i in nbc.prange(idx.shape[0]):
        ors[idx[i]] |= v[i]
        ands[idx[i]] &= v[i]
        xors[idx[i]] ^= v[i]
    return ors, ands, xors


def conditional_count(x, h):
    for i in nbc.prange(x.shape[0]):
        if x[i] % 3 != 0:
            h[x[i] % h.shape[0]] += 1
    return h


def neighbours(out):
    # out[i] and out[i + 1]: neighbouring iterations share elements.
    for i in nbc.prange(out.shape[0] - 1):
        out[i] += 1
        out[i + 1] += 1
    return out


def grid_histogram(xs, ys, h):
    for i in nbc.prange(xs.shape[0]):
        h[xs[i] % h.shape[0], ys[i] % h.shape[1]] += 1
    return h


def total_in_slot(v, out):
    for i in nbc.prange(v.shape[0]):
        out[0] += v[i]
    return out


def image_histogram(img, h):
    # The update in an inner serial loop.
    for i in nbc.prange(img.shape[0]):
        for j in range(img.shape[1]):
            h[img[i, j]] += 1
    return h


def flat_rows(a, out):
    # i * m + j is distinct per (i, j) but not proven so: accepted, plain.
    n, m = a.shape
    for i in nbc.prange(n):
        for j in range(m):
            out[i * m + j] = a[i, j] * 2
    return out


def run_many(fn, make_args, exact, threads):
    """fn compiled parallel, RUNS times per thread count, against CPython."""
    expected = fn(*make_args())
    kernel = nbc.njit(parallel=True)(fn)
    for n in threads:
        nbc.set_num_threads(n)
        for _ in range(RUNS):
            got = kernel(*make_args())
            # Whole arrays at once (zipping an array compared it element by
            # element: 20000 assert calls per run).
            if isinstance(expected, tuple):
                assert isinstance(got, tuple) and len(got) == len(expected), got
            pairs = zip(expected, got) if isinstance(expected, tuple) else [(expected, got)]
            for e, g in pairs:
                if exact:
                    np.testing.assert_array_equal(g, e)
                else:
                    # Sums in thread order round differently: a few ulps
                    # per addition at most (about 3000 per element here).
                    rtol = 1e-4 if np.asarray(e).dtype == np.float32 else 1e-9
                    np.testing.assert_allclose(g, e, rtol=rtol)
    return kernel


RNG = np.random.default_rng(1)
N = 20000
IDX = RNG.integers(0, 7, N)
SMALL = RNG.integers(0, 1 << 20, N)
FLOATS = RNG.random(N)
INTS = RNG.integers(-50, 50, N)
GROWTH = 1.0 + (RNG.random(N) - 0.5) * 1e-4


CASES = [
    ("histogram", histogram, lambda: (SMALL, 13), True),
    ("bincount_int", bincount, lambda: (IDX, INTS, np.zeros(7, np.int64)), True),
    ("bincount_int32", bincount, lambda: (IDX, INTS.astype(np.int32),
                                          np.zeros(7, np.int32)), True),
    ("bincount_uint8_wraps", bincount, lambda: (IDX, np.ones(N, np.uint8),
                                                np.zeros(7, np.uint8)), True),
    ("bincount_float", bincount, lambda: (IDX, FLOATS, np.zeros(7)), False),
    ("scatter_add_int", scatter_add, lambda: (IDX, INTS, np.zeros(7, np.int64)), True),
    ("scatter_add_float", scatter_add, lambda: (IDX, FLOATS, np.zeros(7)), False),
    ("scatter_add_float32", scatter_add, lambda: (IDX, FLOATS.astype(np.float32),
                                                  np.zeros(7, np.float32)), False),
    ("scatter_sub_int", scatter_sub, lambda: (IDX, INTS, np.zeros(7, np.int64)), True),
    ("scatter_sub_float", scatter_sub, lambda: (IDX, FLOATS, np.zeros(7)), False),
    ("scatter_mul_float", scatter_mul, lambda: (IDX, GROWTH, np.ones(7)), False),
    ("scatter_mul_int", scatter_mul, lambda: (IDX, np.where(INTS % 5 == 0, -1, 1),
                                              np.ones(7, np.int64)), True),
    ("scatter_min_int", scatter_min, lambda: (IDX, INTS, np.full(7, 100)), True),
    ("scatter_max_int", scatter_max, lambda: (IDX, INTS, np.full(7, -100)), True),
    ("scatter_min_uint", scatter_min, lambda: (IDX, INTS.astype(np.uint32),
                                               np.full(7, 2**32 - 1, np.uint32)), True),
    ("scatter_min_float", scatter_min, lambda: (IDX, FLOATS, np.full(7, np.inf)), True),
    ("scatter_max_float", scatter_max, lambda: (IDX, FLOATS, np.full(7, -np.inf)), True),
    ("scatter_bits", scatter_bits, lambda: (IDX, INTS, np.zeros(7, np.int64),
                                            np.full(7, -1), np.zeros(7, np.int64)), True),
    ("conditional_count", conditional_count, lambda: (SMALL, np.zeros(5, np.int64)), True),
    ("neighbours", neighbours, lambda: (np.zeros(N, np.int64),), True),
    ("grid_histogram", grid_histogram, lambda: (SMALL, SMALL // 7,
                                                np.zeros((3, 4), np.int64)), True),
    ("total_in_slot", total_in_slot, lambda: (INTS, np.zeros(1, np.int64)), True),
    ("image_histogram", image_histogram, lambda: ((SMALL % 9).reshape(200, 100),
                                                  np.zeros(9, np.int64)), True),
    ("flat_rows", flat_rows, lambda: (FLOATS.reshape(100, 200), np.zeros(N)), True),
]


@requires_exec
@pytest.mark.parametrize("name,fn,make_args,exact", CASES, ids=[c[0] for c in CASES])
def test_shared_updates_match_serial(restore_threads, name, fn, make_args, exact):
    run_many(fn, make_args, exact, thread_counts())


@requires_exec
def test_empty_and_one_element(restore_threads):
    kernel = nbc.njit(parallel=True)(scatter_add)
    for n in (0, 1):
        idx, v = np.zeros(n, np.int64), np.ones(n)
        np.testing.assert_array_equal(kernel(idx, v, np.zeros(3)),
                                      scatter_add(idx, v, np.zeros(3)))


@requires_exec
def test_negative_and_out_of_range_indices(restore_threads):
    kernel = nbc.njit(parallel=True, boundscheck=True)(scatter_add)
    idx = np.array([-1, 0, -1, 2])
    np.testing.assert_array_equal(kernel(idx, np.ones(4), np.zeros(3)),
                                  scatter_add(idx, np.ones(4), np.zeros(3)))
    with pytest.raises(IndexError):
        kernel(np.array([0, 3]), np.ones(2), np.zeros(3))


@requires_exec
def test_updates_are_atomic_in_the_ir():
    kernel = nbc.njit(parallel=True)(scatter_add)
    kernel(IDX[:4], FLOATS[:4], np.zeros(7))
    assert "nbc.atomic_update" in kernel.inspect_mlir()
    assert "atomicrmw fadd" in kernel.inspect_mlir(stage="llvm-ir")
    mul = nbc.njit(parallel=True)(scatter_mul)
    mul(IDX[:4], GROWTH[:4], np.ones(7))
    assert "cmpxchg" in mul.inspect_mlir(stage="llvm-ir")
    # Serial kernels keep plain loads and stores.
    serial = nbc.njit(scatter_add)
    serial(IDX[:4], FLOATS[:4], np.zeros(7))
    assert "atomic" not in serial.inspect_mlir()


def private_rows(a, out):
    n, m = a.shape
    for i in nbc.prange(n):
        row = out[i]
        for j in range(m):
            row[j] = a[i, j] * 2.0
            out[i, j] += 1.0
        out[i][0] += a[i, 0]
    return out


def strided_private(a, out):
    for i in nbc.prange(a.shape[0]):
        out[2 * i] = a[i]
        out[2 * i + 1] = -a[i]
    return out


@requires_exec
@pytest.mark.parametrize("fn,make", [
    (private_rows, lambda: (np.arange(12.0).reshape(3, 4), np.zeros((3, 4)))),
    (strided_private, lambda: (np.arange(5.0), np.zeros(10))),
], ids=["rows", "strided"])
def test_private_writes_stay_plain(restore_threads, fn, make):
    kernel = nbc.njit(parallel=True)(fn)
    np.testing.assert_array_equal(kernel(*make()), fn(*make()))
    assert "atomic" not in kernel.inspect_mlir()


def same_element(a, out):
    for i in nbc.prange(a.shape[0]):
        out[0] = a[i]
    return out


def inner_loop_index(a, out):
    for i in nbc.prange(a.shape[0]):
        for j in range(out.shape[0]):
            out[j] = a[i]
    return out


def read_of_updated(a, out):
    for i in nbc.prange(a.shape[0]):
        out[i % 3] += a[i]
        a[i] = out[0]
    return out


def stencil_in_place(a, out):
    for i in nbc.prange(1, a.shape[0]):
        a[i] = a[i - 1] + 1.0
    return out


def updated_and_assigned(a, out):
    for i in nbc.prange(a.shape[0]):
        out[int(a[i]) % 3] += 1.0
        out[i % 3] = 0.0
    return out


def two_operators(a, out):
    for i in nbc.prange(a.shape[0]):
        out[i % 3] += a[i]
        out[i % 2] *= a[i]
    return out


def not_an_update(a, out):
    for i in nbc.prange(a.shape[0]):
        out[i % 3] = out[i % 3] * 2.0 + a[i]
    return out


def bool_update(a, out):
    for i in nbc.prange(a.shape[0]):
        out[i % 3] |= a[i] > 0.5
    return out


def fill_in_loop(a, out):
    for i in nbc.prange(a.shape[0]):
        out[:] = a[i]
    return out


ERRORS = [
    (same_element, "writes the same array element", "out[0] = a[i]"),
    (inner_loop_index, "writes the same array element", "out[j] = a[i]"),
    (read_of_updated, "reads an array element", "a[i] = out[0]"),
    (stencil_in_place, "reads an array element", "a[i] = a[i - 1]"),
    (updated_and_assigned, "also updates", "out[i % 3] = 0.0"),
    (two_operators, "two different operators", "out[i % 2] *= a[i]"),
    (not_an_update, "reads an array element", "out[i % 3] = out[i % 3] * 2.0"),
    (bool_update, "bool array", "out[i % 3] |= a[i] > 0.5"),
    (fill_in_loop, "writes the same array element", "out[:] = a[i]"),
]


def line_of(fn, text):
    lines, first = inspect.getsourcelines(fn)
    return first + next(k for k, line in enumerate(lines) if text in line)


@pytest.mark.parametrize("fn,what,where", ERRORS, ids=[e[0].__name__ for e in ERRORS])
def test_unsafe_writes_are_errors(fn, what, where):
    a = np.linspace(0, 1, 10)
    out = np.zeros(3, np.bool_) if fn is bool_update else np.zeros(3)
    with pytest.raises(nbc.UnsupportedError) as info:
        nbc.njit(parallel=True)(fn)(a, out)
    message = str(info.value)
    assert "prange:" in message and what in message, message
    assert f"{HERE}\", line {line_of(fn, where)}" in message, message


@requires_exec
@pytest.mark.parametrize("fn", [e[0] for e in ERRORS], ids=[e[0].__name__ for e in ERRORS])
def test_unsafe_writes_run_serially(fn):
    # Without parallel=True prange is range (Numba): no race, no error.
    a = np.linspace(0, 1, 10)
    make = (lambda: np.zeros(3, np.bool_)) if fn is bool_update else (lambda: np.zeros(3))
    a1, a2 = a.copy(), a.copy()
    np.testing.assert_array_equal(nbc.njit(fn)(a1, make()), fn(a2, make()))


@requires_exec
def test_four_threads_on_any_machine(tmp_path):
    # More threads than cores make the interleavings more varied.
    code = inspect.getsource(histogram) + inspect.getsource(scatter_add) + """
import numpy as np, nbc
h, s = nbc.njit(parallel=True)(histogram), nbc.njit(parallel=True)(scatter_add)
nbc.set_num_threads(4)
x = np.random.default_rng(2).integers(0, 1000, 100000)
ok = True
for _ in range(30):
    ok &= bool((h(x, 11) == np.bincount(x % 11, minlength=11)).all())
    ok &= bool((s(x % 5, x, np.zeros(5, np.int64)) == np.bincount(x % 5, x).astype(np.int64)).all())
print(ok, nbc.get_num_threads())
"""
    script = tmp_path / "four.py"
    script.write_text(code)
    env = dict(os.environ, NBC_NUM_THREADS="4")
    out = subprocess.run([sys.executable, str(script)], capture_output=True, text=True,
                         env=env, timeout=600)
    assert out.returncode == 0, out.stderr
    assert out.stdout.split() == ["True", "4"], out.stdout
