"""Sparse-matrix kernels in the style of public Numba code (SciPy's
sparsetools routines as ported to Numba by sparse/PyNNDescent/numba-based
graph code): CSR mat-vec and mat-mat with int32 index arrays, CSR
transpose (csr_tocsc), COO to CSR with duplicates summed, sorting the
column indices of each row, and a CSR breadth-first search; written anew."""

import heapq

import numpy as np

from public_kernels.backend import njit, prange


@njit(cache=True)
def csr_matvec(n_row, indptr, indices, data, x):
    y = np.zeros(n_row, dtype=data.dtype)
    for i in range(n_row):
        s = 0.0
        for jj in range(indptr[i], indptr[i + 1]):
            s += data[jj] * x[indices[jj]]
        y[i] = s
    return y


@njit(parallel=True, fastmath=True)
def csr_matmat_dense(indptr, indices, data, B):
    n_row = indptr.shape[0] - 1
    k = B.shape[1]
    C = np.zeros((n_row, k), dtype=data.dtype)
    for i in prange(n_row):
        for jj in range(indptr[i], indptr[i + 1]):
            j = indices[jj]
            v = data[jj]
            for c in range(k):
                C[i, c] += v * B[j, c]
    return C


@njit(cache=True)
def csr_tocsc(n_row, n_col, Ap, Aj, Ax):
    nnz = Ap[n_row]
    Bp = np.zeros(n_col + 1, dtype=Ap.dtype)
    Bi = np.empty(nnz, dtype=Aj.dtype)
    Bx = np.empty(nnz, dtype=Ax.dtype)
    for n in range(nnz):
        Bp[Aj[n]] += 1
    cumsum = 0
    for col in range(n_col):
        temp = Bp[col]
        Bp[col] = cumsum
        cumsum += temp
    Bp[n_col] = nnz
    for row in range(n_row):
        for jj in range(Ap[row], Ap[row + 1]):
            col = Aj[jj]
            dest = Bp[col]
            Bi[dest] = row
            Bx[dest] = Ax[jj]
            Bp[col] += 1
    last = 0
    for col in range(n_col + 1):
        temp = Bp[col]
        Bp[col] = last
        last = temp
    return Bp, Bi, Bx


@njit
def coo_tocsr(n_row, rows, cols, vals):
    nnz = len(vals)
    indptr = np.zeros(n_row + 1, dtype=np.int32)
    indices = np.empty(nnz, dtype=np.int32)
    data = np.empty(nnz, dtype=vals.dtype)
    for n in range(nnz):
        indptr[rows[n] + 1] += 1
    indptr = np.cumsum(indptr).astype(np.int32)
    fill = indptr[:-1].copy()
    for n in range(nnz):
        r = rows[n]
        dest = fill[r]
        indices[dest] = cols[n]
        data[dest] = vals[n]
        fill[r] += 1
    return indptr, indices, data


@njit(cache=True)
def csr_sort_indices(indptr, indices, data):
    for i in range(len(indptr) - 1):
        start, end = indptr[i], indptr[i + 1]
        order = np.argsort(indices[start:end], kind="mergesort")
        indices[start:end] = indices[start:end][order]
        data[start:end] = data[start:end][order]


@njit(cache=True)
def csr_sum_duplicates(indptr, indices, data):
    """In place on sorted rows; returns the new nnz (SciPy's csr_sum_duplicates)."""
    nnz = 0
    row_end = 0
    for i in range(len(indptr) - 1):
        jj = row_end
        row_end = indptr[i + 1]
        while jj < row_end:
            j = indices[jj]
            x = data[jj]
            jj += 1
            while jj < row_end and indices[jj] == j:
                x += data[jj]
                jj += 1
            indices[nnz] = j
            data[nnz] = x
            nnz += 1
        indptr[i + 1] = nnz
    return nnz


@njit
def csr_row_norms(indptr, data):
    n = len(indptr) - 1
    norms = np.empty(n)
    for i in range(n):
        row = data[indptr[i]:indptr[i + 1]]
        norms[i] = np.sqrt(np.sum(row * row)) if row.size else 0.0
    return norms


@njit(cache=True)
def csr_bfs(indptr, indices, source):
    n = len(indptr) - 1
    dist = np.full(n, -1, dtype=np.int64)
    queue = np.empty(n, dtype=np.int64)
    head = tail = 0
    queue[tail] = source
    tail += 1
    dist[source] = 0
    while head < tail:
        u = queue[head]
        head += 1
        for k in range(indptr[u], indptr[u + 1]):
            v = indices[k]
            if dist[v] < 0:
                dist[v] = dist[u] + 1
                queue[tail] = v
                tail += 1
    return dist


@njit(cache=True)
def csr_matmat(n_row, n_col, Ap, Aj, Ax, Bp, Bj, Bx):
    """SciPy's csr_matmat (SMMP): nnz first, then the product, rows unsorted."""
    mask = np.full(n_col, -1, dtype=np.int64)
    nnz = 0
    for i in range(n_row):
        row_nnz = 0
        for jj in range(Ap[i], Ap[i + 1]):
            j = Aj[jj]
            for kk in range(Bp[j], Bp[j + 1]):
                k = Bj[kk]
                if mask[k] != i:
                    mask[k] = i
                    row_nnz += 1
        nnz += row_nnz
    Cp = np.zeros(n_row + 1, dtype=np.int64)
    Cj = np.empty(nnz, dtype=np.int64)
    Cx = np.empty(nnz, dtype=Ax.dtype)
    next = np.full(n_col, -1, dtype=np.int64)
    sums = np.zeros(n_col, dtype=Ax.dtype)
    nnz = 0
    for i in range(n_row):
        head = -2
        length = 0
        for jj in range(Ap[i], Ap[i + 1]):
            j = Aj[jj]
            v = Ax[jj]
            for kk in range(Bp[j], Bp[j + 1]):
                k = Bj[kk]
                sums[k] += v * Bx[kk]
                if next[k] == -1:
                    next[k] = head
                    head = k
                    length += 1
        for _ in range(length):
            if sums[head] != 0:
                Cj[nnz] = head
                Cx[nnz] = sums[head]
                nnz += 1
            temp = head
            head = next[head]
            next[temp] = -1
            sums[temp] = 0
        Cp[i + 1] = nnz
    return Cp, Cj[:nnz], Cx[:nnz]


@njit
def csr_get(indptr, indices, data, i, j):
    start, end = indptr[i], indptr[i + 1]
    k = np.searchsorted(indices[start:end], j)
    if k < end - start and indices[start + k] == j:
        return data[start + k]
    return 0.0


@njit
def csr_lookup_many(indptr, indices, data, rows, cols):
    out = np.empty(len(rows))
    for n in range(len(rows)):
        out[n] = csr_get(indptr, indices, data, rows[n], cols[n])
    return out


@njit(cache=True)
def coo_sum_duplicates_dict(rows, cols, vals):
    acc = {}
    for n in range(len(vals)):
        key = (rows[n], cols[n])
        if key in acc:
            acc[key] += vals[n]
        else:
            acc[key] = vals[n]
    keys = list(acc.keys())
    keys.sort()
    r = np.empty(len(keys), dtype=np.int64)
    c = np.empty(len(keys), dtype=np.int64)
    v = np.empty(len(keys))
    for n, (i, j) in enumerate(keys):
        r[n] = i
        c[n] = j
        v[n] = acc[(i, j)]
    return r, c, v


@njit(cache=True)
def csr_diagonal(n, indptr, indices, data):
    diag = np.zeros(n, dtype=data.dtype)
    for i in range(n):
        for jj in range(indptr[i], indptr[i + 1]):
            if indices[jj] == i:
                diag[i] += data[jj]
    return diag


@njit(cache=True)
def jacobi_csr(indptr, indices, data, b, tol=1e-10, maxiter=500):
    n = len(b)
    diag = csr_diagonal(n, indptr, indices, data)
    x = np.zeros(n)
    x_new = np.empty(n)
    it = 0
    while it < maxiter:
        for i in range(n):
            s = 0.0
            for jj in range(indptr[i], indptr[i + 1]):
                j = indices[jj]
                if j != i:
                    s += data[jj] * x[j]
            x_new[i] = (b[i] - s) / diag[i]
        delta = np.max(np.abs(x_new - x))
        x, x_new = x_new, x
        it += 1
        if delta < tol:
            break
    return x, it


@njit(parallel=True)
def pagerank_csr(indptr, indices, damping=0.85, n_iter=30):
    n = len(indptr) - 1
    out_degree = np.diff(indptr)
    rank = np.full(n, 1.0 / n)
    for _ in range(n_iter):
        dangling = 0.0
        for u in range(n):
            if out_degree[u] == 0:
                dangling += rank[u]
        contrib = np.zeros(n)
        for u in range(n):
            if out_degree[u] > 0:
                share = rank[u] / out_degree[u]
                for k in range(indptr[u], indptr[u + 1]):
                    contrib[indices[k]] += share
        new_rank = np.empty(n)
        for v in prange(n):
            new_rank[v] = (1.0 - damping) / n + damping * (contrib[v] + dangling / n)
        rank = new_rank
    return rank


@njit
def csr_to_coo(indptr, indices, data):
    n_row = len(indptr) - 1
    rows = np.repeat(np.arange(n_row), np.diff(indptr))
    return rows, indices.copy(), data.copy()


@njit
def csr_scale_rows(indptr, data, scale):
    for i in range(len(indptr) - 1):
        data[indptr[i]:indptr[i + 1]] *= scale[i]


@njit
def _uf_find(pi, x):
    if pi[x] != x:
        pi[x] = _uf_find(pi, pi[x])
    return pi[x]


@njit  # (Numba's cache=True crashes loading a caller of a recursive function)
def graph_components(n, indptr, indices):
    pi = np.arange(n)
    for u in range(n):
        for k in range(indptr[u], indptr[u + 1]):
            ru = _uf_find(pi, u)
            rv = _uf_find(pi, indices[k])
            if ru != rv:
                pi[max(ru, rv)] = min(ru, rv)
    labels = np.empty(n, dtype=np.int64)
    count = 0
    for u in range(n):
        labels[u] = _uf_find(pi, u)
        if labels[u] == u:
            count += 1
    return count, labels


@njit(cache=True)
def dense_to_csr(A, tol=0.0):
    n_row, n_col = A.shape
    indptr = np.zeros(n_row + 1, dtype=np.int64)
    for i in range(n_row):
        indptr[i + 1] = indptr[i] + np.count_nonzero(np.abs(A[i]) > tol)
    nnz = indptr[-1]
    indices = np.empty(nnz, dtype=np.int64)
    data = np.empty(nnz, dtype=A.dtype)
    for i in range(n_row):
        k = indptr[i]
        for j in range(n_col):
            if abs(A[i, j]) > tol:
                indices[k] = j
                data[k] = A[i, j]
                k += 1
    return indptr, indices, data


@njit(cache=True)
def dijkstra_csr(indptr, indices, weights, source):
    n = len(indptr) - 1
    dist = np.full(n, np.inf)
    pred = np.full(n, -1, dtype=np.int64)
    dist[source] = 0.0
    heap = [(0.0, source)]
    while heap:
        d, u = heapq.heappop(heap)
        if d > dist[u]:
            continue
        for k in range(indptr[u], indptr[u + 1]):
            v = indices[k]
            nd = d + weights[k]
            if nd < dist[v]:
                dist[v] = nd
                pred[v] = u
                heapq.heappush(heap, (nd, v))
    return dist, pred
