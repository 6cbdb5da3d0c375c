"""Matrix products on float32/float64 through the run-time BLAS
(nbc_rt_blas_[sd]matmul, lib/Runtime/Blas.c) against NumPy: every layout
the BLAS takes directly (row- and column-major, strided rows) and those it
copies (no unit stride, negative and zero strides), vectors on either side,
batches, products inside prange, and the fallback to compiled loops when
no BLAS library loads (NBC_BLAS)."""

import ctypes
import os
import subprocess
import sys
import textwrap

import numpy as np
import pytest

import nbc

RUNTIME = os.path.join(os.path.dirname(nbc.__file__), "lib",
                       "libnbc_runtime.so")


def blas_library():
    """The BLAS file nbc's runtime uses in this process, or None."""
    runtime = ctypes.CDLL(RUNTIME)
    runtime.nbc_rt_blas_library.restype = ctypes.c_char_p
    name = runtime.nbc_rt_blas_library()
    return name.decode() if name else None


@nbc.njit
def at(a, b):
    return a @ b


@nbc.njit
def dot(a, b):
    return np.dot(a, b)


def tolerance(dtype):
    return dict(rtol=2e-5, atol=1e-4) if dtype == np.float32 else \
        dict(rtol=1e-12, atol=1e-10)


def check(a, b, function=at, expected=None):
    got = function(a, b)
    want = np.matmul(a, b) if expected is None else expected
    assert got.dtype == want.dtype
    assert got.shape == want.shape
    assert got.flags.c_contiguous
    np.testing.assert_allclose(got, want, **tolerance(want.dtype))


def random(shape, dtype, seed=0):
    return np.random.default_rng(seed).standard_normal(shape).astype(dtype)


DTYPES = [np.float64, np.float32]


def test_a_blas_is_found():
    # scripts/setup.sh installs libopenblas0-pthread.
    assert blas_library() is not None
    assert "blas" in os.path.basename(blas_library())


@pytest.mark.parametrize("dtype", DTYPES)
@pytest.mark.parametrize("n,k,m", [
    (0, 5, 3), (4, 0, 3), (4, 5, 0), (1, 1, 1), (2, 3, 4),   # loops
    (40, 50, 30), (64, 64, 64), (1, 300, 200), (200, 300, 1),
    (100, 1, 100), (33, 129, 257)])
def test_shapes(dtype, n, k, m):
    check(random((n, k), dtype, 1), random((k, m), dtype, 2))


@pytest.mark.parametrize("dtype", DTYPES)
def test_vectors(dtype):
    a, x = random((60, 70), dtype, 1), random(70, dtype, 2)
    y = random(60, dtype, 3)
    check(a, x)
    check(y, a)
    check(a, x, dot)
    check(y, a, dot)
    check(a[::2, ::3], x[::3])          # strided matrix and vector: gemv
    check(y[::-2], a[::2])              # negative vector stride: a copy
    check(a.T, y)                       # column-major matrix
    check(x, a.T)


@pytest.mark.parametrize("dtype", DTYPES)
def test_layouts(dtype):
    a, b = random((70, 60), dtype, 1), random((60, 80), dtype, 2)
    check(a, b)
    check(np.asfortranarray(a), b)
    check(a, np.asfortranarray(b))
    check(np.asfortranarray(a), np.asfortranarray(b))
    check(b.T, a.T)                           # both transposed views
    check(a[::2, :], b[:, ::1])               # row stride > columns
    check(a[:, ::2], b[::2, :])               # no unit stride: copied
    check(a[::-1, :], b[:, ::-1])             # negative strides: copied
    check(a[5:40, 3:50], b[3:50, 7:70])       # offsets into the buffer
    row = np.broadcast_to(random(60, dtype, 3), (70, 60))
    check(row, b)                             # zero stride: copied


@pytest.mark.parametrize("dtype", DTYPES)
def test_batched(dtype):
    check(random((3, 20, 30), dtype, 1), random((30, 25), dtype, 2))
    check(random((20, 30), dtype, 1), random((4, 30, 25), dtype, 2))
    check(random((2, 1, 20, 30), dtype, 1), random((5, 30, 20), dtype, 2))
    check(random((3, 30, 20), dtype, 1).transpose(0, 2, 1),
          random((3, 30, 25), dtype, 2)[:, :, ::2])
    check(random((3, 20, 30), dtype, 1), random(30, dtype, 2))
    check(random(20, dtype, 1), random((3, 20, 30), dtype, 2))


def test_mixed_and_integer_dtypes_keep_numpys_results():
    a = random((40, 50), np.float32, 1)
    b = random((50, 30), np.float64, 2)
    check(a, b)
    i = np.arange(40 * 50, dtype=np.int64).reshape(40, 50) % 7
    check(i, i.T.copy())


@nbc.njit(parallel=True)
def products_in_prange(a, b, out):
    for i in nbc.prange(a.shape[0]):
        out[i] = a[i] @ b


def test_inside_prange():
    # Each thread calls the (thread-safe) BLAS; results are NumPy's.
    a, b = random((8, 40, 50), np.float64, 1), random((50, 60), np.float64, 2)
    out = np.zeros((8, 40, 60))
    products_in_prange(a, b, out)
    np.testing.assert_allclose(out, a @ b, rtol=1e-12, atol=1e-10)


def test_prange_products_restore_the_blas_thread_count():
    # Inside a parallel region the runtime runs OpenBLAS on one thread (the
    # loop has the cores); the process-wide count comes back afterwards.
    try:
        openblas = ctypes.CDLL("libopenblas.so.0")
        count = openblas.openblas_get_num_threads
    except (OSError, AttributeError):
        pytest.skip("no OpenBLAS")
    before = count()
    for dtype in (np.float64, np.float32):
        a, b = random((16, 64, 64), dtype, 3), random((64, 64), dtype, 4)
        out = np.zeros((16, 64, 64), dtype)
        products_in_prange(a, b, out)
        np.testing.assert_allclose(out, a @ b, rtol=1e-5 if dtype == np.float32 else 1e-12)
        assert count() == before


FALLBACK = textwrap.dedent("""
    import ctypes, sys
    import numpy as np
    import nbc
    runtime = ctypes.CDLL(sys.argv[1])
    runtime.nbc_rt_blas_library.restype = ctypes.c_char_p

    @nbc.njit
    def at(a, b):
        return a @ b

    rng = np.random.default_rng(0)
    for dtype, tol in ((np.float64, 1e-12), (np.float32, 2e-5)):
        a = rng.standard_normal((70, 60)).astype(dtype)
        b = rng.standard_normal((60, 50)).astype(dtype)
        x = rng.standard_normal(60).astype(dtype)
        for p, q in ((a, b), (a.T, a), (a[::2, ::3], b[::3]), (a, x),
                     (x, b), (np.stack([a, a]), b)):
            np.testing.assert_allclose(at(p, q), p @ q, rtol=tol, atol=tol)
    name = runtime.nbc_rt_blas_library()
    print(name.decode() if name else "no BLAS")
""")


def run_with_blas(setting):
    env = dict(os.environ, NBC_BLAS=setting)
    done = subprocess.run([sys.executable, "-c", FALLBACK, RUNTIME], env=env,
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    return done.stdout.strip()


@pytest.mark.parametrize("setting", ["/nonexistent/libblas.so", "none"])
def test_without_blas_the_loops_give_the_same_results(setting):
    assert run_with_blas(setting) == "no BLAS"


def test_nbc_blas_chooses_the_library():
    reference = "/usr/lib/x86_64-linux-gnu/blas/libblas.so.3"
    if not os.path.exists(reference):
        pytest.skip("Debian's reference BLAS (libblas3) is not installed")
    assert run_with_blas(reference) == reference
