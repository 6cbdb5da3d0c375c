"""Polybench BLAS-like kernels in NumPy style, written after NPBench's
numba variants (atax, bicg, gemm, gemver, gesummv, k2mm, k3mm, mvt,
doitgen, symm, syr2k, syrk, trmm)."""

import numpy as np

from npbench_kernels.backend import njit


@njit
def atax(A, x):
    return (A @ x) @ A


@njit
def bicg(A, p, r):
    return r @ A, A @ p


@njit
def gemm(alpha, beta, C, A, B):
    C[:] = alpha * A @ B + beta * C


@njit
def gemver(alpha, beta, A, u1, v1, u2, v2, w, x, y, z):
    A += np.outer(u1, v1) + np.outer(u2, v2)
    x += beta * y @ A + z
    w += alpha * A @ x


@njit
def gesummv(alpha, beta, A, B, x):
    return alpha * A @ x + beta * B @ x


@njit
def k2mm(alpha, beta, A, B, C, D):
    D[:] = alpha * A @ B @ C + beta * D


@njit
def k3mm(A, B, C, D):
    return A @ B @ C @ D


@njit
def mvt(x1, x2, y_1, y_2, A):
    x1 += A @ y_1
    x2 += y_2 @ A


@njit
def doitgen(NR, NQ, NP, A, C4):
    for r in range(NR):
        for q in range(NQ):
            A[r, q, :] = A[r, q, :] @ C4


@njit
def symm(alpha, beta, C, A, B):
    upper = np.empty((C.shape[1],), dtype=C.dtype)
    C *= beta
    for i in range(C.shape[0]):
        for j in range(C.shape[1]):
            C[:i, j] += alpha * B[i, j] * A[i, :i]
            upper[j] = B[:i, j] @ A[i, :i]
        C[i, :] += alpha * B[i, :] * A[i, i] + alpha * upper


@njit
def syr2k(alpha, beta, C, A, B):
    for i in range(A.shape[0]):
        C[i, :i + 1] *= beta
        for k in range(A.shape[1]):
            C[i, :i + 1] += A[:i + 1, k] * alpha * B[i, k] + B[:i + 1, k] * alpha * A[i, k]


@njit
def syrk(alpha, beta, C, A):
    for i in range(A.shape[0]):
        C[i, :i + 1] *= beta
        for k in range(A.shape[1]):
            C[i, :i + 1] += alpha * A[i, k] * A[:i + 1, k]


@njit
def trmm(alpha, A, B):
    for i in range(B.shape[0]):
        for j in range(B.shape[1]):
            B[i, j] += np.dot(A[i + 1:, i], B[i + 1:, j])
    B *= alpha
