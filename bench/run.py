"""nbc against NumPy, Numba and hand-written C, in one run.

    .venv/bin/python bench/run.py [--quick] [--only NAME] [--markdown FILE]

Every case first checks that all implementations agree, then warms up
(compilation happens there), then reports the best of several timed runs.
Ratios are time(other) / time(nbc): above 1 means nbc is faster.
"""
import argparse
import ctypes
import os
import platform
import subprocess
import sys
import tempfile
import time
import types

import numpy as np

sys.path.insert(0, os.path.dirname(__file__))
import kernels  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))


def build_c():
    out = os.path.join(tempfile.mkdtemp(prefix="nbc-bench-"), "kernels.so")
    subprocess.run(["clang-22", "-O3", "-march=native", "-fopenmp", "-shared",
                    "-fPIC", os.path.join(HERE, "kernels.c"), "-o", out,
                    "-L/usr/lib/llvm-22/lib", "-Wl,-rpath,/usr/lib/llvm-22/lib",
                    "-lm"], check=True)
    lib = ctypes.CDLL(out)
    dptr, i64 = ctypes.POINTER(ctypes.c_double), ctypes.c_int64
    sigs = {
        "sum_squares": ([dptr, i64], ctypes.c_double),
        "psum_squares": ([dptr, i64], ctypes.c_double),
        "floordiv_sum": ([ctypes.POINTER(i64), i64, i64], i64),
        "jacobi": ([dptr, dptr, i64, i64], ctypes.c_double),
        "mandelbrot": ([i64, i64, i64], i64),
        "pairwise_energy": ([dptr, dptr, dptr, i64], ctypes.c_double),
        "sum_gauss": ([dptr, i64], ctypes.c_double),
        "sin_map": ([dptr, dptr, i64], ctypes.c_double),
        "matmul": ([dptr, dptr, dptr, i64, i64, i64], ctypes.c_double),
    }
    for name, (args, res) in sigs.items():
        fn = getattr(lib, name)
        fn.argtypes, fn.restype = args, res
    return lib


def ptr(a, ctype=ctypes.c_double):
    return a.ctypes.data_as(ctypes.POINTER(ctype))


def best_time(fn, args, repeat):
    fn(*args)  # warm-up: compiles on first call
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        fn(*args)
        best = min(best, time.perf_counter() - start)
    return best


def cases(quick, c):
    rng = np.random.default_rng(0)
    n = 1_000_000 if quick else 10_000_000
    a = rng.random(n)
    ints = rng.integers(-10**9, 10**9, n)
    g = 500 if quick else 2000
    src = rng.random((g, g))
    dst = np.zeros_like(src)
    w, h, it = (200, 150, 100) if quick else (600, 400, 200)
    p = 500 if quick else 2000
    x, y, z = rng.random(p), rng.random(p), rng.random(p)
    t = rng.random(n // 10) * 10 - 5
    out = np.zeros_like(t)
    mm = 300 if quick else 1000
    ma, mb = rng.random((mm, mm)), rng.random((mm, mm))

    def c_matmul(a, b):
        out = np.empty((a.shape[0], b.shape[1]))
        c.matmul(ptr(a), ptr(b), ptr(out), a.shape[0], a.shape[1], b.shape[1])
        return out
    i64 = ctypes.c_int64
    return [
        ("sum_squares", kernels.sum_squares, kernels.sum_squares_numpy,
         lambda a: c.sum_squares(ptr(a), len(a)), (a,), {}),
        ("psum_squares (prange)", kernels.psum_squares,
         kernels.sum_squares_numpy,
         lambda a: c.psum_squares(ptr(a), len(a)), (a,), {"parallel": True}),
        ("floordiv_sum (int64 //)", kernels.floordiv_sum,
         kernels.floordiv_sum_numpy,
         lambda a, d: c.floordiv_sum(ptr(a, i64), len(a), d), (ints, 7), {}),
        ("jacobi 2-D stencil", kernels.jacobi, kernels.jacobi_numpy,
         lambda s, d: c.jacobi(ptr(s), ptr(d), *s.shape), (src, dst), {}),
        ("mandelbrot (while+break)", kernels.mandelbrot,
         kernels.mandelbrot_numpy, c.mandelbrot, (w, h, it), {}),
        ("pairwise energy (prange)", kernels.pairwise_energy,
         kernels.pairwise_energy_numpy,
         lambda x, y, z: c.pairwise_energy(ptr(x), ptr(y), ptr(z), len(x)),
         (x, y, z), {"parallel": True}),
        ("sum exp(-x*x) (libmvec)", kernels.sum_gauss, kernels.sum_gauss_numpy,
         lambda a: c.sum_gauss(ptr(a), len(a)), (t,),
         {"error_model": "numpy", "fastmath": True}),
        ("out[i] = sin(a[i]) (libmvec)", kernels.sin_map,
         kernels.sin_map_numpy,
         lambda a, o: c.sin_map(ptr(a), ptr(o), len(a)), (t, out),
         {"error_model": "numpy"}),
        # nbc, NumPy and Numba call BLAS (nbc: the system's OpenBLAS found
        # at run time, NBC_BLAS=none for its loops; NumPy and Numba: the
        # wheel's OpenBLAS through NumPy/SciPy); C runs an i-k-j loop nest.
        (f"A @ B ({mm}x{mm} f64)", kernels.matmul, kernels.matmul_numpy,
         c_matmul, (ma, mb), {}),
        (f"matmul triple loop ({mm}x{mm})", kernels.matmul_loops,
         kernels.matmul_numpy, c_matmul, (ma, mb), {}),
    ]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--quick", action="store_true", help="small sizes")
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--markdown", help="write the table to this file")
    parser.add_argument("--only", action="append",
                        help="run the kernels whose name contains this")
    args = parser.parse_args()

    import nbc
    import numba

    c = build_c()
    rows = []
    for name, py, np_impl, c_impl, call_args, opts in cases(args.quick, c):
        if args.only and not any(o in name for o in args.only):
            continue
        nbc_fn = nbc.njit(**opts)(py)
        # Numba must see its own prange in the function's globals.
        numba_py = types.FunctionType(
            py.__code__, {**py.__globals__, "prange": numba.prange}, py.__name__)
        numba_fn = numba.njit(**opts)(numba_py)
        impls = {"nbc": nbc_fn, "numba": numba_fn, "numpy": np_impl,
                 "C": c_impl}
        results = {k: f(*call_args) for k, f in impls.items()}
        ref = results["numpy"]
        for k, v in results.items():
            if not np.allclose(v, ref, rtol=1e-9):
                sys.exit(f"{name}: {k} gave {v}, NumPy gave {ref}")
        times = {k: best_time(f, call_args, args.repeat)
                 for k, f in impls.items()}
        rows.append((name, times))
        print(f"{name:28s} " + "  ".join(
            f"{k} {t * 1e3:9.3f} ms" for k, t in times.items()), flush=True)

    header = ("| kernel | nbc ms | NumPy/nbc | Numba/nbc | C/nbc |\n"
              "|---|---:|---:|---:|---:|\n")
    body = "".join(
        f"| {name} | {t['nbc'] * 1e3:.3f} | {t['numpy'] / t['nbc']:.2f} | "
        f"{t['numba'] / t['nbc']:.2f} | {t['C'] / t['nbc']:.2f} |\n"
        for name, t in rows)
    info = (f"{platform.processor() or platform.machine()}, "
            f"{os.cpu_count()} cores, OMP_NUM_THREADS="
            f"{os.environ.get('OMP_NUM_THREADS', 'default')}, "
            f"numpy {np.__version__}, numba {numba.__version__}, "
            f"{'quick' if args.quick else 'full'} sizes, best of {args.repeat}")
    print("\n" + info + "\n\n" + header + body)
    if args.markdown:
        with open(args.markdown, "w") as f:
            f.write(info + "\n\n" + header + body)


if __name__ == "__main__":
    main()
