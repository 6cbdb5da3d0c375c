"""Array-style kernels of the suite: whole-array NumPy code under @njit.

CPython running the same function is the NumPy baseline, so each kernel is
its own reference.
"""
import numpy as np

try:
    from nbc import prange
except ImportError:  # pragma: no cover
    prange = range


def slice_stencil(u0, sweeps):
    u = u0.copy()
    v = u0.copy()
    for s in range(sweeps):
        v[1:-1, 1:-1] = 0.25 * (u[:-2, 1:-1] + u[2:, 1:-1] +
                                u[1:-1, :-2] + u[1:-1, 2:])
        u, v = v, u
    return u


def covariance(x):
    n = x.shape[0]
    xc = x - np.sum(x, axis=0) / n
    return xc.T @ xc / (n - 1)


def conjugate_gradient(a, b, iters):
    x = np.zeros_like(b)
    r = b - a @ x
    p = r.copy()
    rs = np.dot(r, r)
    for k in range(iters):
        ap = a @ p
        alpha = rs / np.dot(p, ap)
        x = x + alpha * p
        r = r - alpha * ap
        rs_new = np.dot(r, r)
        p = r + (rs_new / rs) * p
        rs = rs_new
    return x


def mlp_forward(x, w1, b1, w2, b2):
    h = np.tanh(x @ w1 + b1)
    return h @ w2 + b2


def batched_matmul(a, b):
    nb = a.shape[0]
    out = np.empty((nb, a.shape[1], b.shape[2]))
    for k in prange(nb):
        out[k] = a[k] @ b[k]
    return out


def batched_matmul_numpy(a, b):
    return a @ b


def expression_chain(a, b, c, d):
    # NumPy allocates a temporary per operator (six); nbc-fuse-ufuncs makes
    # the chain one loop.
    return np.sqrt(a * a + b * b) * np.exp(-c) + 0.5 * d
