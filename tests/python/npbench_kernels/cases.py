"""One case per NPBench benchmark: (id, module, function, make_args, rtol).
make_args(rng) builds small seeded inputs, fresh for each run, so arrays a
kernel writes in place are compared too. Sizes are tiny (CI time); the
shapes follow each benchmark's own `initialize`."""

import numpy as np

from npbench_kernels.backend import load
from public_kernels.cases import run as shared_run


def _m(r, *shape):
    return r.random(shape)


def _c(r, *shape):
    return r.random(shape) + r.random(shape) * 1j


def _spd(r, n):
    A = r.random((n, n))
    return A @ A.T + n * np.eye(n)


def _lu_ready(r, n):
    """Diagonally dominant: LU without pivoting stays well conditioned."""
    return r.random((n, n)) + n * np.eye(n)


def _gemver(r, n=7):
    return (1.5, 1.2, _m(r, n, n)) + tuple(_m(r, n) for _ in range(8))


def _correlation_data(r, n=9, m=6):
    return m, float(n), _m(r, n, m)


def _nussinov(r, n=12):
    return n, r.integers(0, 4, n).astype(np.int32)


def _cavity(r, nx=9, ny=8):
    z = np.zeros((ny, nx))
    return (nx, ny, 3, 4, z.copy(), z.copy(), 0.1 / ((nx - 1) * (ny - 1)), 2 / (nx - 1),
            2 / (ny - 1), z.copy(), 1.0, 0.1)


def _channel(r, nx=8, ny=7):
    z = np.zeros((ny, nx))
    return (3, z.copy(), z.copy(), 0.1 / ((nx - 1) * (ny - 1)), 2 / (nx - 1), 2 / (ny - 1),
            np.ones((ny, nx)), 1.0, 0.1, 1.0)


def _nbody(r, n=6, steps=4):
    return (20.0 * np.ones((n, 1)) / n, _m(r, n, 3), _m(r, n, 3), n, steps, 0.05, 1.0, 0.1)


def _lenet(r, n=2, size=16):
    f = np.float32
    hw = ((size - 4) // 2 - 4) // 2
    flat = hw * hw * 4

    def w(*shape):
        return (r.random(shape) - 0.5).astype(f)
    return (w(n, size, size, 1), w(5, 5, 1, 3), w(3), w(5, 5, 3, 4), w(4), w(flat, 8), w(8),
            w(8, 6), w(6), w(6, 3), w(3), n, flat)


def _mlp(r, n=3, c=5):
    f = np.float32
    return tuple((r.random(s) - 0.5).astype(f) for s in
                 ((n, c), (c, 6), (6,), (6, 7), (7,), (7, 4), (4,)))


def _resnet(r, n=2, size=6, c=3):
    return (_m(r, n, size, size, c), _m(r, 1, 1, c, 4) - 0.5, _m(r, 3, 3, 4, 4) - 0.5,
            _m(r, 1, 1, 4, c) - 0.5)


def _hdiff(r, i=4, j=5, k=3):
    return _m(r, i + 4, j + 4, k), _m(r, i, j, k), _m(r, i, j, k)


def _vadv(r, i=3, j=4, k=5):
    return (_m(r, i, j, k), _m(r, i, j, k), _m(r, i + 1, j, k), _m(r, i, j, k),
            _m(r, i, j, k), 3.0 / 20.0)


def _self_energies(r, nkz=2, ne=3, nqz=2, nw=2, n3d=2, na=4, nb=2, norb=2):
    neigh = np.array([[(a + b - nb // 2) % na for b in range(nb)] for a in range(na)],
                     dtype=np.int32)
    return (neigh, _c(r, na, nb, n3d, norb, norb), _c(r, nkz, ne, na, norb, norb),
            _c(r, nqz, nw, na, nb, n3d, n3d), np.zeros((nkz, ne, na, norb, norb), complex))


def _contour(r, nr, nm, slab=2, points=4):
    return nr, nm, slab, _c(r, slab + 1, nr, nr), _c(r, points), _c(r, nr, nm)


def _csr(r, rows=6, cols=7):
    dense = np.where(r.random((rows, cols)) < 0.4, r.random((rows, cols)), 0.0)
    indptr = np.concatenate((np.zeros(1, np.int64), np.cumsum((dense != 0).sum(axis=1))))
    nz = np.nonzero(dense)
    return (indptr.astype(np.uint32), nz[1].astype(np.uint32), dense[nz], _m(r, cols))


def _stockham(r, radix=2, k=3):
    n = radix ** k
    return n, radix, k, _c(r, n), np.zeros(n, complex)


def _sym_ab(r, m=5, n=4):
    return 1.5, 1.2, _m(r, m, n), _m(r, m, m), _m(r, m, n)


CASES = [
    # polybench BLAS-like
    ("atax", "blas", "atax", lambda r: (_m(r, 5, 6), _m(r, 6)), 1e-12),
    ("bicg", "blas", "bicg", lambda r: (_m(r, 5, 6), _m(r, 6), _m(r, 5)), 1e-12),
    ("gemm", "blas", "gemm", lambda r: (1.5, 1.2, _m(r, 4, 5), _m(r, 4, 3), _m(r, 3, 5)), 1e-12),
    ("gemver", "blas", "gemver", _gemver, 1e-12),
    ("gesummv", "blas", "gesummv", lambda r: (1.5, 1.2, _m(r, 5, 5), _m(r, 5, 5), _m(r, 5)),
     1e-12),
    ("k2mm", "blas", "k2mm",
     lambda r: (1.5, 1.2, _m(r, 3, 4), _m(r, 4, 5), _m(r, 5, 6), _m(r, 3, 6)), 1e-12),
    ("k3mm", "blas", "k3mm", lambda r: (_m(r, 3, 4), _m(r, 4, 5), _m(r, 5, 6), _m(r, 6, 2)),
     1e-12),
    ("mvt", "blas", "mvt", lambda r: (_m(r, 5), _m(r, 5), _m(r, 5), _m(r, 5), _m(r, 5, 5)),
     1e-12),
    ("doitgen", "blas", "doitgen", lambda r: (3, 2, 4, _m(r, 3, 2, 4), _m(r, 4, 4)), 1e-12),
    ("symm", "blas", "symm", _sym_ab, 1e-12),
    ("syr2k", "blas", "syr2k", lambda r: (1.5, 1.2, _m(r, 5, 5), _m(r, 5, 4), _m(r, 5, 4)),
     1e-12),
    ("syrk", "blas", "syrk", lambda r: (1.5, 1.2, _m(r, 5, 5), _m(r, 5, 4)), 1e-12),
    ("trmm", "blas", "trmm", lambda r: (1.5, _m(r, 5, 5), _m(r, 5, 4)), 1e-12),
    # polybench solvers and statistics
    ("cholesky", "solvers", "cholesky", lambda r: (_spd(r, 6),), 1e-12),
    ("cholesky2", "solvers", "cholesky2", lambda r: (_spd(r, 6),), 1e-12),
    ("lu", "solvers", "lu", lambda r: (_lu_ready(r, 6),), 1e-12),
    ("ludcmp", "solvers", "ludcmp", lambda r: (_lu_ready(r, 6), _m(r, 6)), 1e-12),
    ("trisolv", "solvers", "trisolv",
     lambda r: (np.tril(_m(r, 6, 6)) + np.eye(6), np.zeros(6), _m(r, 6)), 1e-12),
    ("durbin", "solvers", "durbin", lambda r: (0.1 * _m(r, 8),), 1e-12),
    ("gramschmidt", "solvers", "gramschmidt", lambda r: (_m(r, 6, 4),), 1e-12),
    ("covariance", "solvers", "covariance", _correlation_data, 1e-12),
    ("covariance2", "solvers", "covariance2", _correlation_data, 1e-12),
    ("correlation", "solvers", "correlation", _correlation_data, 1e-12),
    # polybench stencils and dynamic programming
    ("adi", "stencils", "adi", lambda r: (3, 6, _m(r, 6, 6)), 1e-12),
    ("deriche", "stencils", "deriche", lambda r: (0.25, _m(r, 5, 6)), 1e-12),
    ("fdtd_2d", "stencils", "fdtd_2d",
     lambda r: (3, _m(r, 5, 6), _m(r, 5, 6), _m(r, 5, 6), _m(r, 3)), 1e-12),
    ("heat_3d", "stencils", "heat_3d", lambda r: (3, _m(r, 5, 5, 5), _m(r, 5, 5, 5)), 1e-12),
    ("jacobi_1d", "stencils", "jacobi_1d", lambda r: (4, _m(r, 9), _m(r, 9)), 1e-12),
    ("jacobi_2d", "stencils", "jacobi_2d", lambda r: (4, _m(r, 6, 6), _m(r, 6, 6)), 1e-12),
    ("seidel_2d", "stencils", "seidel_2d", lambda r: (3, 6, _m(r, 6, 6)), 1e-12),
    ("floyd_warshall", "stencils", "floyd_warshall",
     lambda r: (r.integers(1, 20, (7, 7)).astype(np.int32),), 0),
    ("nussinov", "stencils", "nussinov", _nussinov, 0),
    # deep learning
    ("conv2d_bias", "deep_learning", "conv2d_bias",
     lambda r: (_m(r, 2, 6, 6, 2).astype(np.float32), _m(r, 3, 3, 2, 4).astype(np.float32),
                _m(r, 4).astype(np.float32)), 1e-5),
    ("lenet", "deep_learning", "lenet5", _lenet, 1e-4),
    ("mlp", "deep_learning", "mlp", _mlp, 1e-5),
    ("resnet", "deep_learning", "resnet_basicblock", _resnet, 1e-5),
    ("softmax", "deep_learning", "softmax",
     lambda r: (_m(r, 2, 2, 3, 5).astype(np.float32),), 1e-5),
    # physics and weather
    ("cavity_flow", "cfd", "cavity_flow", _cavity, 1e-10),
    ("channel_flow", "cfd", "channel_flow", _channel, 1e-10),
    ("nbody", "physics", "nbody", _nbody, 1e-10),
    ("hdiff", "physics", "hdiff", _hdiff, 1e-12),
    ("vadv", "physics", "vadv", _vadv, 1e-12),
    ("scattering_self_energies", "physics", "scattering_self_energies", _self_energies,
     1e-12),
    ("contour_integral", "physics", "contour_integral", lambda r: _contour(r, 4, 6), 1e-9),
    ("contour_integral_inv", "physics", "contour_integral", lambda r: _contour(r, 4, 4),
     1e-9),
    ("azimint_naive", "physics", "azimint_naive", lambda r: (_m(r, 60), _m(r, 60), 5), 1e-12),
    ("azimint_hist", "physics", "azimint_hist", lambda r: (_m(r, 60), _m(r, 60), 5), 1e-12),
    ("arc_distance", "physics", "arc_distance",
     lambda r: (_m(r, 20), _m(r, 20), _m(r, 20), _m(r, 20)), 1e-12),
    # other
    ("compute", "misc", "compute",
     lambda r: (r.integers(0, 15, (4, 5)), r.integers(0, 15, (4, 5)), 4, 3, 9), 0),
    ("go_fast", "misc", "go_fast", lambda r: (_m(r, 5, 5),), 1e-12),
    ("crc16", "misc", "crc16", lambda r: (r.integers(0, 256, 40).astype(np.uint8),), 0),
    ("spmv", "misc", "spmv", _csr, 1e-12),
    ("mandelbrot1", "misc", "mandelbrot1", lambda r: (-2.0, 0.5, -1.25, 1.25, 9, 7, 12), 1e-12),
    ("mandelbrot2", "misc", "mandelbrot2", lambda r: (-2.0, 0.5, -1.25, 1.25, 9, 7, 12), 1e-12),
    ("stockham_fft", "misc", "stockham_fft", _stockham, 1e-12),
]


def run(case, backend):
    """(result, arguments after the call) or (exception, None)."""
    return shared_run(case, backend, load, 2026)
