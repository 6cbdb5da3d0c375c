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
    return total, np.array(mst)


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


@njit
def sieve(n):
    is_prime = np.ones(n + 1, dtype=np.bool_)
    is_prime[:2] = False
    for i in range(2, int(n ** 0.5) + 1):
        if is_prime[i]:
            is_prime[i * i::i] = False
    return np.nonzero(is_prime)[0]


@njit
def running_median(x):
    """Two heaps: `lo` holds the smaller half negated (a max-heap)."""
    lo = [-x[0]]
    hi = [x[0]]
    hi.pop()
    out = np.empty(x.shape[0])
    out[0] = x[0]
    for k in range(1, x.shape[0]):
        v = x[k]
        if v <= -lo[0]:
            heapq.heappush(lo, -v)
        else:
            heapq.heappush(hi, v)
        if len(lo) > len(hi) + 1:
            heapq.heappush(hi, -heapq.heappop(lo))
        elif len(hi) > len(lo):
            heapq.heappush(lo, -heapq.heappop(hi))
        if len(lo) > len(hi):
            out[k] = -lo[0]
        else:
            out[k] = (-lo[0] + hi[0]) / 2.0
    return out


@njit
def value_counts(x):
    counts = {}
    for v in x:
        if v in counts:
            counts[v] += 1
        else:
            counts[v] = 1
    best, best_count = x[0], 0
    for k, c in counts.items():
        if c > best_count or (c == best_count and k < best):
            best, best_count = k, c
    return best, best_count, len(counts)


@njit
def matrix_chain_order(dims):
    n = len(dims) - 1
    cost = np.zeros((n, n))
    split = np.zeros((n, n), dtype=np.int64)
    for length in range(2, n + 1):
        for i in range(n - length + 1):
            j = i + length - 1
            cost[i, j] = np.inf
            for k in range(i, j):
                q = cost[i, k] + cost[k + 1, j] + dims[i] * dims[k + 1] * dims[j + 1]
                if q < cost[i, j]:
                    cost[i, j] = q
                    split[i, j] = k
    return cost[0, n - 1], split


@njit
def bfs_grid(grid, start, goal):
    """Shortest path length on a 0/1 grid (1 = wall); -1 when unreachable."""
    rows, cols = grid.shape
    dist = np.full((rows, cols), -1, dtype=np.int64)
    dist[start] = 0
    queue = [start]
    head = 0
    while head < len(queue):
        r, c = queue[head]
        head += 1
        if (r, c) == goal:
            return dist[r, c]
        for dr, dc in ((1, 0), (-1, 0), (0, 1), (0, -1)):
            nr, nc = r + dr, c + dc
            if 0 <= nr < rows and 0 <= nc < cols and grid[nr, nc] == 0 and dist[nr, nc] < 0:
                dist[nr, nc] = dist[r, c] + 1
                queue.append((nr, nc))
    return -1


@njit
def insertion_sort(a):
    a = a.copy()
    for i in range(1, len(a)):
        key = a[i]
        j = i - 1
        while j >= 0 and a[j] > key:
            a[j + 1] = a[j]
            j -= 1
        a[j + 1] = key
    return a


@njit
def popcount_energy(configs, J):
    """Energies of a ring of spins packed as bits (bit set: spin up)."""
    n_bits = J.shape[0]
    out = np.empty(configs.shape[0])
    for k in range(configs.shape[0]):
        c = configs[k]
        e = 0.0
        for i in range(n_bits):
            si = 1 if (c >> i) & 1 else -1
            sj = 1 if (c >> ((i + 1) % n_bits)) & 1 else -1
            e -= J[i] * si * sj
        ones = 0
        while c:
            c &= c - 1
            ones += 1
        out[k] = e + 0.01 * ones
    return out


@njit
def merge_sort(a):
    if len(a) <= 1:
        return a.copy()
    mid = len(a) // 2
    left = merge_sort(a[:mid])
    right = merge_sort(a[mid:])
    out = np.empty(len(a), dtype=a.dtype)
    i = j = k = 0
    while i < len(left) and j < len(right):
        if left[i] <= right[j]:
            out[k] = left[i]
            i += 1
        else:
            out[k] = right[j]
            j += 1
        k += 1
    while i < len(left):
        out[k] = left[i]
        i += 1
        k += 1
    while j < len(right):
        out[k] = right[j]
        j += 1
        k += 1
    return out


@njit
def quicksort_inplace(a, lo, hi):
    if lo >= hi:
        return
    p = partition(a, lo, hi)
    quicksort_inplace(a, lo, p - 1)
    quicksort_inplace(a, p + 1, hi)


@njit
def sort_in_place(a):
    quicksort_inplace(a, 0, len(a) - 1)
    return a


@njit
def n_queens(n, row, cols, diag1, diag2):
    if row == n:
        return 1
    count = 0
    for c in range(n):
        if cols[c] or diag1[row + c] or diag2[row - c + n - 1]:
            continue
        cols[c] = diag1[row + c] = diag2[row - c + n - 1] = True
        count += n_queens(n, row + 1, cols, diag1, diag2)
        cols[c] = diag1[row + c] = diag2[row - c + n - 1] = False
    return count


@njit
def count_queens(n):
    return n_queens(n, 0, np.zeros(n, np.bool_), np.zeros(2 * n - 1, np.bool_),
                    np.zeros(2 * n - 1, np.bool_))


@njit
def heap_permutations(n):
    """All permutations of range(n) in Heap's (iterative) order."""
    a = np.arange(n)
    total = 1
    for k in range(2, n + 1):
        total *= k
    out = np.empty((total, n), dtype=np.int64)
    out[0] = a
    c = np.zeros(n, dtype=np.int64)
    row = 1
    i = 0
    while i < n:
        if c[i] < i:
            if i % 2 == 0:
                a[0], a[i] = a[i], a[0]
            else:
                a[c[i]], a[i] = a[i], a[c[i]]
            out[row] = a
            row += 1
            c[i] += 1
            i = 0
        else:
            c[i] = 0
            i += 1
    return out


@njit
def label_components(grid):
    """4-connected components of the nonzero cells: two passes with a
    union-find of provisional labels."""
    rows, cols = grid.shape
    labels = np.zeros((rows, cols), dtype=np.int64)
    parent = np.arange(rows * cols + 1)
    nxt = 1
    for r in range(rows):
        for c in range(cols):
            if grid[r, c] == 0:
                continue
            up = labels[r - 1, c] if r > 0 else 0
            left = labels[r, c - 1] if c > 0 else 0
            if up == 0 and left == 0:
                labels[r, c] = nxt
                nxt += 1
            elif up and left:
                a, b = find(parent, up), find(parent, left)
                labels[r, c] = min(a, b)
                parent[max(a, b)] = min(a, b)
            else:
                labels[r, c] = max(up, left)
    for r in range(rows):
        for c in range(cols):
            if labels[r, c]:
                labels[r, c] = find(parent, labels[r, c])
    return labels, len(np.unique(labels)) - 1
