"""Small NPBench kernels in NumPy style, written after NPBench's numba
variants (compute, go_fast, crc16, spmv, mandelbrot1, mandelbrot2,
stockham_fft)."""

import numpy as np

from npbench_kernels.backend import njit


@njit
def compute(array_1, array_2, a, b, c):
    return np.clip(array_1, 2, 10) * a + array_2 * b + c


@njit
def go_fast(a):
    trace = 0.0
    for i in range(a.shape[0]):
        trace += np.tanh(a[i, i])
    return a + trace


@njit
def crc16(data, poly=0x8408):
    """CRC-16-CCITT, bit by bit (least significant first)."""
    crc = 0xFFFF
    for byte in data:
        cur = 0xFF & byte
        for _ in range(8):
            if (crc & 1) ^ (cur & 1):
                crc = (crc >> 1) ^ poly
            else:
                crc >>= 1
            cur >>= 1
    crc = ~crc & 0xFFFF
    crc = (crc << 8) | ((crc >> 8) & 0xFF)
    return crc & 0xFFFF


@njit
def spmv(A_row, A_col, A_val, x):
    y = np.empty(A_row.size - 1, A_val.dtype)
    for i in range(A_row.size - 1):
        start, stop = A_row[i], A_row[i + 1]
        y[i] = A_val[start:stop] @ x[A_col[start:stop]]
    return y


@njit
def mandelbrot1(xmin, xmax, ymin, ymax, xn, yn, maxiter, horizon=2.0):
    X = np.linspace(xmin, xmax, xn)
    Y = np.linspace(ymin, ymax, yn)
    C = X + np.reshape(Y, (yn, 1)) * 1j
    N = np.zeros(C.shape, dtype=np.int64)
    Z = np.zeros(C.shape, dtype=np.complex128)
    for n in range(maxiter):
        inside = np.less(np.absolute(Z), horizon)
        N[inside] = n
        Z[inside] = Z[inside] ** 2 + C[inside]
    N[N == maxiter - 1] = 0
    return Z, N


@njit
def _index_grids(xn, yn, dtype):
    """np.mgrid[0:xn, 0:yn] of the given dtype."""
    Xi = np.empty((xn, yn), dtype=dtype)
    Yi = np.empty((xn, yn), dtype=dtype)
    for i in range(xn):
        Xi[i, :] = i
    for j in range(yn):
        Yi[:, j] = j
    return Xi, Yi


@njit
def mandelbrot2(xmin, xmax, ymin, ymax, xn, yn, itermax, horizon=2.0):
    """Iterates only the points still bounded, compacting them with boolean
    masks each step; the ufuncs write in place through `out`."""
    Xi, Yi = _index_grids(xn, yn, np.int64)
    C = np.reshape(np.linspace(xmin, xmax, xn), (xn, 1)) + np.linspace(ymin, ymax, yn) * 1j
    N_ = np.zeros(C.shape, dtype=np.int64)
    Z_ = np.zeros(C.shape, dtype=np.complex128)
    Xi = np.reshape(Xi, (xn * yn))
    Yi = np.reshape(Yi, (xn * yn))
    C = np.reshape(C, (xn * yn))
    Z = np.zeros(C.shape, np.complex128)
    for i in range(itermax):
        if not len(Z):
            break
        np.multiply(Z, Z, Z)
        np.add(Z, C, Z)
        escaped = np.absolute(Z) > horizon
        for j in range(escaped.shape[0]):
            if escaped[j]:
                N_[Xi[j], Yi[j]] = i + 1
                Z_[Xi[j], Yi[j]] = Z[j]
        np.logical_not(escaped, escaped)
        Z = Z[escaped]
        Xi, Yi = Xi[escaped], Yi[escaped]
        C = C[escaped]
    return Z_.T, N_.T


@njit
def stockham_fft(N, R, K, x, y):
    i_coord, j_coord = _index_grids(R, R, np.uint32)
    dft_mat = np.exp(-2.0j * np.pi * i_coord * j_coord / R)
    y[:] = x[:]
    ii_coord, jj_coord = _index_grids(R, R ** K, np.uint32)
    for i in range(K):
        yv = np.reshape(y, (R ** i, R, R ** (K - i - 1)))
        tmp_perm = np.transpose(yv, axes=(1, 0, 2)).copy()
        D = np.empty((R, R ** i, R ** (K - i - 1)), dtype=np.complex128)
        twiddle = np.exp(-2.0j * np.pi * ii_coord[:, :R ** i] * jj_coord[:, :R ** i]
                         / R ** (i + 1))
        for k in range(R ** (K - i - 1)):
            D[:, :, k] = twiddle
        tmp_twid = np.reshape(tmp_perm, (N,)) * np.reshape(D, (N,))
        y[:] = np.reshape(dft_mat @ np.reshape(tmp_twid, (R, R ** (K - 1))), (N,))
