"""Algorithm kernels written the way public Numba code (competitive
programming snippets, graph and string utilities) writes them: Levenshtein
and longest-common-subsequence DP (on str and on integer codes, with a
backtrack into a list), longest increasing subsequence with a bisect helper,
Dijkstra with heapq on a list of tuples and on CSR arrays with a linear scan,
Floyd-Warshall with a next-hop matrix and path reconstruction, and
k-means assign/update with enumerate over rows. Same constructs as such
code (one-line `if ...: continue`, `1 << 60`, asserts, tuple unpacking of
array rows, `dtype=` given as a Python type), written anew."""

import heapq

import numpy as np

from public_kernels.backend import njit


@njit(cache=True)
def levenshtein(a, b):
    m = len(a)
    n = len(b)
    d = np.zeros((m + 1, n + 1), dtype=np.uintc)
    for i in range(m + 1):
        d[i, 0] = i
    for j in range(n + 1):
        d[0, j] = j
    for j in range(1, n + 1):
        for i in range(1, m + 1):
            d[i, j] = min(d[i - 1, j] + 1, d[i, j - 1] + 1,
                          d[i - 1, j - 1] + int(a[i - 1] != b[j - 1]))
    return d[m, n]


@njit
def edit_distance_codes(s, t):
    """Two-row Levenshtein over integer codes; swaps so the shorter is t."""
    if len(s) < len(t):
        return edit_distance_codes(t, s)
    if len(t) == 0:
        return len(s)
    previous = np.arange(len(t) + 1)
    current = np.empty_like(previous)
    for i, c1 in enumerate(s):
        current[0] = i + 1
        for j, c2 in enumerate(t):
            insertions = previous[j + 1] + 1
            deletions = current[j] + 1
            substitutions = previous[j] + (c1 != c2)
            current[j + 1] = min(insertions, deletions, substitutions)
        previous, current = current, previous
    return previous[-1]


@njit
def lcs(x, y):
    """Length table, then the subsequence itself walked back from the end."""
    n, m = len(x), len(y)
    L = np.zeros((n + 1, m + 1), dtype=np.int64)
    for i in range(1, n + 1):
        for j in range(1, m + 1):
            if x[i - 1] == y[j - 1]:
                L[i, j] = L[i - 1, j - 1] + 1
            else:
                L[i, j] = max(L[i - 1, j], L[i, j - 1])
    out = []
    i, j = n, m
    while i > 0 and j > 0:
        if x[i - 1] == y[j - 1]:
            out.append(x[i - 1])
            i -= 1
            j -= 1
        elif L[i - 1, j] >= L[i, j - 1]:
            i -= 1
        else:
            j -= 1
    out.reverse()
    return L[n, m], np.array(out)


@njit
def bisect_left(a, x, lo, hi):
    while lo < hi:
        mid = (lo + hi) // 2
        if a[mid] < x:
            lo = mid + 1
        else:
            hi = mid
    return lo


@njit
def longest_increasing_subsequence(seq):
    n = seq.shape[0]
    tails = np.empty(n, dtype=seq.dtype)
    tail_idx = np.zeros(n, dtype=np.int64)
    prev = np.full(n, -1, dtype=np.int64)
    size = 0
    for i in range(n):
        k = bisect_left(tails, seq[i], 0, size)
        tails[k] = seq[i]
        tail_idx[k] = i
        if k > 0:
            prev[i] = tail_idx[k - 1]
        if k == size:
            size += 1
    result = np.empty(size, dtype=seq.dtype)
    k = tail_idx[size - 1]
    for pos in range(size - 1, -1, -1):
        result[pos] = seq[k]
        k = prev[k]
    return result


@njit
def dijkstra_dense(g, src):
    n = len(g)
    assert g.shape == (n, n)
    inf = 1 << 60
    dist = np.full(n, inf, np.int64)
    dist[src] = 0
    hq = [(0, src)]
    while hq:
        du, u = heapq.heappop(hq)
        if du > dist[u]: continue  # noqa: E701 - as such code writes it
        for v in range(n):
            if g[u, v] < 0: continue  # noqa: E701
            dv = du + g[u, v]
            if dv >= dist[v]: continue  # noqa: E701
            dist[v] = dv
            heapq.heappush(hq, (dv, v))
    return dist


@njit
def dijkstra_csr(indptr, indices, data, source):
    n = indptr.shape[0] - 1
    dist = np.full(n, np.inf)
    pred = np.full(n, -1, dtype=np.int32)
    visited = np.zeros(n, dtype=np.bool_)
    dist[source] = 0.0
    for _ in range(n):
        u = -1
        best = np.inf
        for v in range(n):
            if not visited[v] and dist[v] < best:
                best = dist[v]
                u = v
        if u == -1:
            break
        visited[u] = True
        for k in range(indptr[u], indptr[u + 1]):
            v = indices[k]
            alt = dist[u] + data[k]
            if alt < dist[v]:
                dist[v] = alt
                pred[v] = u
    return dist, pred


@njit
def floyd_warshall(W):
    n = W.shape[0]
    dist = W.copy()
    nxt = np.full((n, n), -1, dtype=np.int64)
    for i in range(n):
        for j in range(n):
            if np.isfinite(W[i, j]):
                nxt[i, j] = j
        dist[i, i] = 0.0
        nxt[i, i] = i
    for k in range(n):
        for i in range(n):
            dik = dist[i, k]
            if dik == np.inf:
                continue
            for j in range(n):
                if dik + dist[k, j] < dist[i, j]:
                    dist[i, j] = dik + dist[k, j]
                    nxt[i, j] = nxt[i, k]
    return dist, nxt


@njit
def fw_path(nxt, u, v):
    if nxt[u, v] == -1:
        return [-1]
    path = [u]
    while u != v:
        u = nxt[u, v]
        path.append(u)
    return path


@njit
def shortest_path_via(W, u, v):
    dist, nxt = floyd_warshall(W)
    return dist[u, v], np.array(fw_path(nxt, u, v))


@njit
def kmeans_assign(data, centroids):
    labels = np.empty(data.shape[0], dtype=np.int64)
    inertia = 0.0
    for i, xi in enumerate(data):
        minimum = 1e10
        centroid_idx = 0
        for j, centroid in enumerate(centroids):
            d = np.linalg.norm(xi - centroid)
            if d < minimum:
                minimum = d
                centroid_idx = j
        labels[i] = centroid_idx
        inertia += minimum ** 2
    return labels, inertia


@njit
def kmeans_update(data, labels, k):
    centroids = np.zeros((k, data.shape[1]))
    counts = np.zeros(k, dtype=np.int64)
    for i in range(data.shape[0]):
        centroids[labels[i]] += data[i]
        counts[labels[i]] += 1
    for c in range(k):
        if counts[c] > 0:
            centroids[c] /= counts[c]
    return centroids, counts


@njit
def kmeans(data, init_centroids, max_iter=100, tol=1e-8):
    centroids = init_centroids.copy()
    labels, inertia = kmeans_assign(data, centroids)
    for it in range(max_iter):
        new_centroids, counts = kmeans_update(data, labels, centroids.shape[0])
        for c in range(counts.size):
            if counts[c] == 0:
                new_centroids[c] = centroids[c]
        shift = np.sum((new_centroids - centroids) ** 2)
        centroids = new_centroids
        labels, inertia = kmeans_assign(data, centroids)
        if shift < tol:
            break
    return centroids, labels, inertia, it + 1


@njit
def find(parent, x):
    if parent[x] != x:
        parent[x] = find(parent, parent[x])
    return parent[x]


@njit
def union(parent, rank, a, b):
    ra, rb = find(parent, a), find(parent, b)
    if ra == rb:
        return False
    if rank[ra] < rank[rb]:
        ra, rb = rb, ra
    parent[rb] = ra
    if rank[ra] == rank[rb]:
        rank[ra] += 1
    return True


@njit
def kruskal_mst(n, edges, weights):
    order = np.argsort(weights, kind="mergesort")
    parent = np.arange(n)
    rank = np.zeros(n, dtype=np.int32)
    mst = []
    total = 0.0
    for e in order:
        u, v = edges[e]
        if union(parent, rank, u, v):
            mst.append((u, v))
            total += weights[e]
            if len(mst) == n - 1:
                break
    return total, mst


@njit
def bellman_ford(n, edges, weights, source):
    dist = np.full(n, np.inf)
    dist[source] = 0.0
    for _ in range(n - 1):
        changed = False
        for k in range(edges.shape[0]):
            u, v = edges[k, 0], edges[k, 1]
            if dist[u] + weights[k] < dist[v]:
                dist[v] = dist[u] + weights[k]
                changed = True
        if not changed:
            break
    for k in range(edges.shape[0]):
        u, v = edges[k]
        if dist[u] + weights[k] < dist[v]:
            return dist, True
    else:
        return dist, False


@njit
def topological_sort(n, edges):
    indeg = np.zeros(n, dtype=np.int64)
    for k in range(edges.shape[0]):
        indeg[edges[k, 1]] += 1
    queue = [i for i in range(n) if indeg[i] == 0]
    order = []
    while len(queue) > 0:
        u = queue.pop(0)
        order.append(u)
        for k in range(edges.shape[0]):
            if edges[k, 0] == u:
                indeg[edges[k, 1]] -= 1
                if indeg[edges[k, 1]] == 0:
                    queue.append(edges[k, 1])
    if len(order) != n:
        raise ValueError("graph has a cycle")
    return np.array(order)


@njit
def knapsack(values, weights, capacity):
    n = len(values)
    best = np.zeros(capacity + 1, dtype=values.dtype)
    take = np.zeros((n, capacity + 1), dtype=np.bool_)
    for i in range(n):
        for c in range(capacity, weights[i] - 1, -1):
            cand = best[c - weights[i]] + values[i]
            if cand > best[c]:
                best[c] = cand
                take[i, c] = True
    chosen = []
    c = capacity
    for i in range(n - 1, -1, -1):
        if take[i, c]:
            chosen.append(i)
            c -= weights[i]
    return best[capacity], chosen[::-1]


@njit
def partition(a, lo, hi):
    pivot = a[hi]
    i = lo
    for j in range(lo, hi):
        if a[j] < pivot:
            a[i], a[j] = a[j], a[i]
            i += 1
    a[i], a[hi] = a[hi], a[i]
    return i


@njit
def quickselect(a, k, lo=0, hi=-1):
    if hi == -1:
        hi = len(a) - 1
    while True:
        if lo == hi:
            return a[lo]
        p = partition(a, lo, hi)
        if k == p:
            return a[k]
        elif k < p:
            hi = p - 1
        else:
            lo = p + 1


@njit
def median_quickselect(x):
    a = x.copy()
    n = len(a)
    if n % 2 == 1:
        return quickselect(a, n // 2)
    return 0.5 * (quickselect(a, n // 2 - 1) + quickselect(a, n // 2))
