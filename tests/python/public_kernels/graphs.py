"""Graph and grid kernels written with numba.typed containers as public
Numba code builds them (`List()` of `List.empty_list(types.int64)`
adjacency lists, `Dict.empty` with tuple keys), PageRank by power
iteration on CSR arrays with a tolerance loop, Jacobi relaxation of
Laplace's equation until converged, and a Lorenz RK4 integrator whose
right-hand side returns a tuple. Written anew."""

import numpy as np
from numba import types
from numba.typed import Dict, List

from public_kernels.backend import njit


@njit
def build_adjacency(n, edges):
    adj = List()
    for _ in range(n):
        adj.append(List.empty_list(types.int64))
    for k in range(edges.shape[0]):
        u, v = edges[k, 0], edges[k, 1]
        adj[u].append(v)
        adj[v].append(u)
    return adj


@njit
def connected_components(n, edges):
    adj = build_adjacency(n, edges)
    comp = np.full(n, -1, dtype=np.int64)
    label = 0
    for s in range(n):
        if comp[s] >= 0:
            continue
        stack = [s]
        comp[s] = label
        while len(stack) > 0:
            u = stack.pop()
            for v in adj[u]:
                if comp[v] < 0:
                    comp[v] = label
                    stack.append(v)
        label += 1
    return comp, label


PAIR = types.UniTuple(types.int64, 2)


@njit
def cooccurrence(sequences, window):
    counts = Dict.empty(key_type=PAIR, value_type=types.float64)
    for s in range(sequences.shape[0]):
        seq = sequences[s]
        for i in range(seq.shape[0]):
            for j in range(i + 1, min(i + window + 1, seq.shape[0])):
                a, b = seq[i], seq[j]
                key = (a, b) if a <= b else (b, a)
                counts[key] = counts.get(key, 0.0) + 1.0 / (j - i)
    keys = np.empty((len(counts), 2), dtype=np.int64)
    vals = np.empty(len(counts))
    for k, (key, v) in enumerate(counts.items()):
        keys[k, 0], keys[k, 1] = key
        vals[k] = v
    order = np.argsort(keys[:, 0] * 1000 + keys[:, 1])
    return keys[order], vals[order]


@njit
def pagerank(indptr, indices, d=0.85, tol=1e-10, max_iter=200):
    n = indptr.shape[0] - 1
    out_degree = np.diff(indptr)
    r = np.full(n, 1.0 / n)
    for it in range(max_iter):
        new = np.full(n, (1.0 - d) / n)
        dangling = 0.0
        for u in range(n):
            if out_degree[u] == 0:
                dangling += r[u]
                continue
            share = d * r[u] / out_degree[u]
            for k in range(indptr[u], indptr[u + 1]):
                new[indices[k]] += share
        new += d * dangling / n
        err = np.abs(new - r).sum()
        r = new
        if err < n * tol:
            return r, it + 1
    raise RuntimeError("pagerank did not converge")


@njit
def jacobi_laplace(top, n, tol=1e-6, max_iter=10000):
    u = np.zeros((n, n))
    u[0, :] = top
    it = 0
    while it < max_iter:
        new = u.copy()
        new[1:-1, 1:-1] = 0.25 * (u[:-2, 1:-1] + u[2:, 1:-1] + u[1:-1, :-2] + u[1:-1, 2:])
        diff = np.max(np.abs(new - u))
        u = new
        it += 1
        if diff < tol:
            break
    return u, it


@njit
def lorenz(x, y, z, sigma=10.0, rho=28.0, beta=8.0 / 3.0):
    return sigma * (y - x), x * (rho - z) - y, x * y - beta * z


@njit
def lorenz_rk4(state, dt, steps):
    x, y, z = state
    out = np.empty((steps + 1, 3))
    out[0] = state
    for k in range(steps):
        k1 = lorenz(x, y, z)
        k2 = lorenz(x + dt / 2 * k1[0], y + dt / 2 * k1[1], z + dt / 2 * k1[2])
        k3 = lorenz(x + dt / 2 * k2[0], y + dt / 2 * k2[1], z + dt / 2 * k2[2])
        k4 = lorenz(x + dt * k3[0], y + dt * k3[1], z + dt * k3[2])
        x += dt / 6 * (k1[0] + 2 * k2[0] + 2 * k3[0] + k4[0])
        y += dt / 6 * (k1[1] + 2 * k2[1] + 2 * k3[1] + k4[1])
        z += dt / 6 * (k1[2] + 2 * k2[2] + 2 * k3[2] + k4[2])
        out[k + 1, 0], out[k + 1, 1], out[k + 1, 2] = x, y, z
    return out
