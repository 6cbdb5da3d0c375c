"""The suite's cases: each kernel's source, NumPy and C versions, arguments.

A case with `parallel=True` has a prange loop and gives two rows (serial and
parallel); `ufunc=True` means `py` is a scalar function for @vectorize.
`nbytes(args)` is the memory a memory-bound kernel must move per call (for
its fraction of STREAM bandwidth).
"""
import ctypes
from dataclasses import dataclass, field
from typing import Callable, Optional

import numpy as np

import kernels
import kernels_arrays as A
import kernels_dicts as D
import kernels_loops as L

F64 = ctypes.POINTER(ctypes.c_double)
I64 = ctypes.POINTER(ctypes.c_int64)
i64, f64 = ctypes.c_int64, ctypes.c_double

# C function signatures (argtypes, restype) shared by the four builds.
C_SIGNATURES = {
    "psum_squares": ([F64, i64], f64),
    "floordiv_sum": ([I64, i64, i64], i64),
    "pairwise_energy": ([F64, F64, F64, i64], f64),
    "sum_gauss": ([F64, i64], f64),
    "sin_map": ([F64, F64, i64], f64),
    "matmul": ([F64, F64, F64, i64, i64, i64], f64),
    "triad": ([F64, F64, F64, f64, i64], f64),
    "histogram": ([F64, i64, f64, f64, i64, I64], None),
    "rolling_mean": ([F64, i64, i64, F64], None),
    "sigmoid": ([F64, F64, i64], None),
    "damped_wave": ([F64, F64, i64], None),
    "pairwise_distances": ([F64, i64, i64, F64], None),
    "fractal": ([i64, i64, i64], i64),
    "cumulative_sum": ([F64, i64, F64], None),
    "time_stepping": ([F64, F64, i64, i64, f64, F64], None),
    "jacobi_sweeps": ([F64, i64, i64, i64, F64, F64], None),
    "normalize_columns": ([F64, i64, i64, F64], None),
    "scatter_add": ([I64, F64, i64, F64], None),
    "scatter_add_shared": ([I64, F64, i64, i64, F64], None),
    "covariance": ([F64, i64, i64, F64], None),
    "conjugate_gradient": ([F64, F64, i64, i64, F64], None),
    "mlp_forward": ([F64, F64, F64, F64, F64, i64, i64, i64, i64, F64], None),
    "batched_matmul": ([F64, F64, i64, i64, i64, i64, F64], None),
    "expression_chain": ([F64, F64, F64, F64, i64, F64], None),
    "force_histogram": ([F64, i64, F64, i64, F64], None),
    "count_keys": ([I64, i64], i64),
    "count_pairs": ([I64, I64, i64], i64),
    "set_hits": ([I64, i64, I64, i64], i64),
}


def p(a):
    """A C pointer to a C-contiguous array's data."""
    assert a.flags.c_contiguous
    return a.ctypes.data_as(I64 if a.dtype == np.int64 else F64)


@dataclass
class Case:
    name: str
    py: Callable
    numpy: Callable
    c: Optional[Callable]  # c(lib, *args) -> the same result
    make_args: Callable  # make_args(quick) -> tuple
    parallel: bool = False
    ufunc: bool = False
    opts: dict = field(default_factory=dict)
    # Options for nbc only (an expert switch the row measures).
    nbc_opts: dict = field(default_factory=dict)
    rtol: float = 1e-9
    nbytes: Optional[Callable] = None
    # Numba's parallel build races on the kernel's shared updates: its
    # result is timed but not checked.
    races_in_numba: bool = False


def _c_out(fn, shape, *args, dtype=np.float64):
    out = np.zeros(shape, dtype=dtype)
    fn(*args, p(out))
    return out


def _rng():
    return np.random.default_rng(0)


def _vec(quick, full=10_000_000):
    return (_rng().random(full // 20 if quick else full),)


def _spd(n):
    m = _rng().random((n, n))
    return m @ m.T / n + np.eye(n)


def _c_jacobi(c, u, sweeps):
    out, tmp = np.empty_like(u), np.empty_like(u)
    c.jacobi_sweeps(p(u), *u.shape, sweeps, p(out), p(tmp))
    return out


def _c_mlp(c, x, w1, b1, w2, b2):
    return _c_out(c.mlp_forward, (x.shape[0], w2.shape[1]), p(x), p(w1), p(b1),
                  p(w2), p(b2), x.shape[0], x.shape[1], w1.shape[1], w2.shape[1])


def _mlp_args(quick):
    r = _rng()
    n = 2000 if quick else 20000
    return (r.random((n, 64)) - 0.5, (r.random((64, 256)) - 0.5) / 8, r.random(256),
            (r.random((256, 10)) - 0.5) / 16, r.random(10))


def _vector_args(n):
    r = _rng()
    return r.random(n), r.random(n)


def _set_args(n):
    r = _rng()  # 1000 keys below 2000, probes below 4000: about 1 in 4 hits
    return r.integers(0, 2000, 1000), r.integers(0, 4000, n)


def all_cases():
    n8 = 8  # bytes per float64
    return [
        Case("STREAM triad", L.triad, L.triad_numpy,
             lambda c, a, b, cc, s: c.triad(p(a), p(b), p(cc), s, len(a)),
             lambda q: (np.zeros(len(_vec(q)[0])), *_vector_args(len(_vec(q)[0])), 3.0),
             parallel=True, nbytes=lambda args: 3 * n8 * len(args[0])),
        Case("sum of squares", kernels.psum_squares, kernels.sum_squares_numpy,
             lambda c, a: c.psum_squares(p(a), len(a)), _vec, parallel=True,
             nbytes=lambda args: n8 * len(args[0])),
        Case("floor division sum (int64 //)", kernels.floordiv_sum,
             kernels.floordiv_sum_numpy,
             lambda c, a, d: c.floordiv_sum(p(a), len(a), d),
             lambda q: (_rng().integers(-10**9, 10**9, 500_000 if q else 10_000_000), 7),
             nbytes=lambda args: n8 * len(args[0])),
        Case("histogram (uniform bins)", L.histogram, L.histogram_numpy,
             lambda c, a, lo, hi, nb: _c_out(c.histogram, nb, p(a), len(a), lo, hi, nb,
                                             dtype=np.int64),
             lambda q: (_vec(q)[0], 0.0, 1.0, 256), parallel=True,
             nbytes=lambda args: n8 * len(args[0])),
        Case("rolling mean (running sum)", L.rolling_mean, L.rolling_mean_numpy,
             lambda c, a, w: _c_out(c.rolling_mean, len(a) - w + 1, p(a), len(a), w),
             lambda q: (_vec(q)[0], 100), rtol=1e-6,
             nbytes=lambda args: 2 * n8 * len(args[0])),
        Case("cumulative sum (scan)", L.cumulative_sum, L.cumulative_sum_numpy,
             lambda c, a: _c_out(c.cumulative_sum, len(a), p(a), len(a)), _vec,
             nbytes=lambda args: 2 * n8 * len(args[0])),
        Case("scatter-add", L.scatter_add, L.scatter_add_numpy,
             lambda c, idx, w, nb: _c_out(c.scatter_add, nb, p(idx), p(w), len(idx)),
             lambda q: (_rng().integers(0, 100_000, len(_vec(q)[0])), _vec(q)[0], 100_000),
             rtol=1e-9),
        # Shared bins in a prange (nbc-privatize-array-updates); C: the
        # chunked C histogram, a scatter with per-thread copies.
        Case("histogram (shared bins)", L.histogram_shared, L.histogram_numpy,
             lambda c, a, lo, hi, nb: _c_out(c.histogram, nb, p(a), len(a), lo, hi, nb,
                                             dtype=np.int64),
             lambda q: (_vec(q)[0], 0.0, 1.0, 256), parallel=True,
             nbytes=lambda args: n8 * len(args[0]), races_in_numba=True),
        Case("scatter-add (shared slots)", L.scatter_add_shared, L.scatter_add_numpy,
             lambda c, idx, w, nb: _c_out(c.scatter_add_shared, nb, p(idx), p(w),
                                          len(idx), nb),
             lambda q: (_rng().integers(0, 100_000, len(_vec(q)[0])), _vec(q)[0], 100_000),
             parallel=True, rtol=1e-9, races_in_numba=True),
        # A temporary array per prange iteration (nbc-hoist-allocations).
        Case("histogram (per-point temporary)", L.force_histogram,
             L.force_histogram_numpy,
             lambda c, a, e: _c_out(c.force_histogram, len(e) - 1, p(a), len(a), p(e),
                                    len(e)),
             lambda q: (_vec(q, 2_000_000)[0], np.linspace(0, 1, 65)), parallel=True),
        Case("sigmoid ufunc", L.sigmoid, L.sigmoid_numpy,
             lambda c, x: _c_ufunc(c.sigmoid, x),
             lambda q: (_vec(q)[0] * 20 - 10,), parallel=True, ufunc=True,
             nbytes=lambda args: 2 * n8 * len(args[0])),
        Case("sin(x)exp(-x*x/2) ufunc", L.damped_wave, L.damped_wave_numpy,
             lambda c, x: _c_ufunc(c.damped_wave, x),
             lambda q: (_vec(q)[0] * 20 - 10,), parallel=True, ufunc=True),
        Case("out[i] = sin(a[i]) loop", kernels.sin_map, kernels.sin_map_numpy,
             lambda c, a, o: c.sin_map(p(a), p(o), len(a)),
             lambda q: ((_vec(q)[0] * 10 - 5)[:len(_vec(q)[0]) // 10],
                        np.zeros(len(_vec(q)[0]) // 10)),
             opts={"error_model": "numpy"}),
        Case("sum of exp(-x*x)", kernels.sum_gauss, kernels.sum_gauss_numpy,
             lambda c, a: c.sum_gauss(p(a), len(a)),
             lambda q: ((_vec(q)[0] * 10 - 5)[:len(_vec(q)[0]) // 10],),
             opts={"error_model": "numpy", "fastmath": True}),
        Case("pairwise distances (n x 3)", L.pairwise_distances,
             L.pairwise_distances_numpy,
             lambda c, x: _c_out(c.pairwise_distances, (len(x), len(x)), p(x), *x.shape),
             lambda q: (_rng().random((300 if q else 2000, 3)),), parallel=True),
        Case("pairwise 1/r energy", kernels.pairwise_energy,
             kernels.pairwise_energy_numpy,
             lambda c, x, y, z: c.pairwise_energy(p(x), p(y), p(z), len(x)),
             lambda q: tuple(_rng().random((3, 300 if q else 2000))), parallel=True),
        Case("escape-time fractal", L.fractal, kernels.mandelbrot_numpy,
             lambda c, w, h, it: c.fractal(w, h, it),
             lambda q: (200, 150, 100) if q else (800, 600, 200), parallel=True),
        Case("per-element time stepping", L.time_stepping, L.time_stepping_numpy,
             lambda c, x0, k, steps, dt: _c_out(c.time_stepping, len(x0), p(x0), p(k),
                                                len(x0), steps, dt),
             lambda q: (*_vector_args(20_000 if q else 200_000), 200, 0.01),
             parallel=True),
        Case("2-D stencil, sweeps + grid swap", L.jacobi_sweeps, L.jacobi_sweeps_numpy,
             _c_jacobi, lambda q: (_rng().random((300, 300) if q else (2000, 2000)), 10),
             parallel=True, nbytes=lambda args: 2 * n8 * args[0].size * args[1]),
        Case("per-column normalisation", L.normalize_columns,
             L.normalize_columns_numpy,
             lambda c, x: _c_out(c.normalize_columns, x.shape, p(x), *x.shape),
             lambda q: (_rng().random((400, 250) if q else (4000, 1000)),),
             parallel=True, rtol=1e-7),
        Case("naive matmul (triple loop)", kernels.matmul_loops, kernels.matmul_numpy,
             _c_matmul,
             lambda q: tuple(_rng().random((2, 120, 120) if q else (2, 500, 500)))),
        # nbc and NumPy call BLAS (nbc: the system's OpenBLAS, opened at run
        # time; NumPy and Numba: the wheels' OpenBLAS); C runs an i-k-j loop.
        Case("array: A @ B (BLAS)", kernels.matmul, kernels.matmul_numpy, _c_matmul,
             lambda q: tuple(_rng().random((2, 200, 200) if q else (2, 1000, 1000)))),
        Case("array: stencil with slices", A.slice_stencil, A.slice_stencil, _c_jacobi,
             lambda q: (_rng().random((300, 300) if q else (2000, 2000)), 10),
             nbytes=lambda args: 2 * n8 * args[0].size * args[1]),
        Case("array: covariance", A.covariance, A.covariance,
             lambda c, x: _c_out(c.covariance, (x.shape[1], x.shape[1]), p(x), *x.shape),
             lambda q: (_rng().random((20_000 if q else 200_000, 50)),), rtol=1e-8),
        Case("array: conjugate gradient", A.conjugate_gradient, A.conjugate_gradient,
             lambda c, a, b, it: _c_out(c.conjugate_gradient, len(b), p(a), p(b),
                                        len(b), it),
             lambda q: (_spd(300 if q else 2000), _rng().random(300 if q else 2000), 30),
             rtol=1e-6),
        Case("array: MLP forward", A.mlp_forward, A.mlp_forward, _c_mlp, _mlp_args,
             rtol=1e-8),
        Case("array: batched matmul", A.batched_matmul, A.batched_matmul_numpy,
             lambda c, a, b: _c_out(c.batched_matmul, (a.shape[0], a.shape[1], b.shape[2]),
                                    p(a), p(b), *a.shape, b.shape[2]),
             lambda q: tuple(_rng().random((2, 20 if q else 200, 64, 64))),
             parallel=True),
        # Hash tables: small tables (1000 keys), so the rows time the
        # lookups, not cache misses.
        Case("dict: count int keys", D.count_keys, D.count_keys_numpy,
             lambda c, k: c.count_keys(p(k), len(k)),
             lambda q: (_rng().integers(0, 1000, 200_000 if q else 2_000_000),)),
        Case("dict: count pair keys", D.count_pairs, D.count_pairs_numpy,
             lambda c, a, b: c.count_pairs(p(a), p(b), len(a)),
             lambda q: tuple(_rng().integers(0, [[40], [25]],
                                             (2, 200_000 if q else 2_000_000)))),
        Case("set: membership", D.set_hits, D.set_hits_numpy,
             lambda c, k, pr: c.set_hits(p(k), len(k), p(pr), len(pr)),
             lambda q: _set_args(200_000 if q else 2_000_000)),
        # Fusion's effect: the same row with nbc-fuse-ufuncs switched off.
        *(Case("array: expression chain" + tag, A.expression_chain, A.expression_chain,
               _c_expression_chain, lambda q: tuple(_rng().random((4, len(_vec(q)[0])))),
               nbc_opts=opts, rtol=1e-12, nbytes=lambda args: 5 * n8 * len(args[0]))
          for tag, opts in (("", {}), (" [no fusion]", {"fuse_ufuncs": False}))),
    ]


def _c_ufunc(fn, x):
    out = np.empty_like(x)
    fn(p(x), p(out), len(x))
    return out


def _c_expression_chain(c, a, b, cc, d):
    return _c_out(c.expression_chain, len(a), p(a), p(b), p(cc), p(d), len(a))


def _c_matmul(c, a, b):
    out = np.empty((a.shape[0], b.shape[1]))
    c.matmul(p(a), p(b), p(out), a.shape[0], a.shape[1], b.shape[1])
    return out
