"""Kernels modelled on PyNNDescent (github.com/lmcinnes/pynndescent,
BSD-2-Clause) and UMAP (github.com/lmcinnes/umap, BSD-3-Clause): same
algorithms, constructs and decorator options (fastmath, cache, explicit
signature lists with read-only arrays, `locals=` with small integer
types, global array defaults), written anew.
Files: pynndescent/distances.py (euclidean, squared_euclidean,
standardised_euclidean, jaccard, haversine, correlation, rankdata,
spearmanr, correct_alternative_cosine), pynndescent/utils.py (tau_rand_int,
make_heap, heap_push, deheap_sort), umap/umap_.py (smooth_knn_dist)."""

import numba
import numpy as np

from public_kernels.backend import njit, vectorize

_mock_ones = np.ones(2, dtype=np.float32)
SMOOTH_K_TOLERANCE = 1e-5
MIN_K_DIST_SCALE = 1e-3


@njit(fastmath=True, cache=True)
def euclidean(x, y):
    result = 0.0
    for i in range(x.shape[0]):
        result += (x[i] - y[i]) ** 2
    return np.sqrt(result)


@njit(
    [
        "f4(f4[::1],f4[::1])",
        numba.types.float32(
            numba.types.Array(numba.types.float32, 1, "C", readonly=True),
            numba.types.Array(numba.types.float32, 1, "C", readonly=True),
        ),
    ],
    fastmath=True,
    locals={
        "result": numba.types.float32,
        "diff": numba.types.float32,
        "dim": numba.types.uint32,
        "i": numba.types.uint16,
    },
)
def squared_euclidean(x, y):
    result = 0.0
    dim = x.shape[0]
    for i in range(dim):
        diff = x[i] - y[i]
        result += diff * diff
    return result


@njit(fastmath=True, cache=True)
def standardised_euclidean(x, y, sigma=_mock_ones):
    result = 0.0
    for i in range(x.shape[0]):
        result += ((x[i] - y[i]) ** 2) / sigma[i]
    return np.sqrt(result)


@njit(fastmath=True, cache=True)
def jaccard(x, y):
    num_non_zero = 0.0
    num_equal = 0.0
    for i in range(x.shape[0]):
        x_true = x[i] != 0
        y_true = y[i] != 0
        num_non_zero += x_true or y_true
        num_equal += x_true and y_true
    if num_non_zero == 0.0:
        return 0.0
    else:
        return float(num_non_zero - num_equal) / num_non_zero


@njit(fastmath=True, cache=True)
def haversine(x, y):
    if x.shape[0] != 2:
        raise ValueError("haversine is only defined for 2 dimensional data")
    sin_lat = np.sin(0.5 * (x[0] - y[0]))
    sin_long = np.sin(0.5 * (x[1] - y[1]))
    result = np.sqrt(sin_lat ** 2 + np.cos(x[0]) * np.cos(y[0]) * sin_long ** 2)
    return 2.0 * np.arcsin(result)


@njit(fastmath=True, cache=True)
def correlation(x, y):
    mu_x = 0.0
    mu_y = 0.0
    norm_x = 0.0
    norm_y = 0.0
    dot_product = 0.0
    for i in range(x.shape[0]):
        mu_x += x[i]
        mu_y += y[i]
    mu_x /= x.shape[0]
    mu_y /= x.shape[0]
    for i in range(x.shape[0]):
        shifted_x = x[i] - mu_x
        shifted_y = y[i] - mu_y
        norm_x += shifted_x ** 2
        norm_y += shifted_y ** 2
        dot_product += shifted_x * shifted_y
    if norm_x == 0.0 and norm_y == 0.0:
        return 0.0
    elif dot_product == 0.0:
        return 1.0
    else:
        return 1.0 - (dot_product / np.sqrt(norm_x * norm_y))


@njit()
def rankdata(a, method="average"):
    flat = np.ravel(np.asarray(a))
    if method == "ordinal":
        order = flat.argsort(kind="mergesort")
    else:
        order = flat.argsort(kind="quicksort")
    rank_of = np.empty(order.size, dtype=np.intp)
    rank_of[order] = np.arange(order.size)
    if method == "ordinal":
        return (rank_of + 1).astype(np.float64)
    flat = flat[order]
    is_new = np.ones(flat.size, np.bool_)
    is_new[1:] = flat[1:] != flat[:-1]
    dense_rank = is_new.cumsum()[rank_of]
    if method == "dense_rank":
        return dense_rank.astype(np.float64)
    starts = np.nonzero(is_new)[0]
    bounds = np.concatenate((starts, np.array([len(is_new)], starts.dtype)))
    if method == "max":
        return bounds[dense_rank].astype(np.float64)
    if method == "min":
        return (bounds[dense_rank - 1] + 1).astype(np.float64)
    return 0.5 * (bounds[dense_rank] + bounds[dense_rank - 1] + 1)


@njit(fastmath=True)
def spearmanr(x, y):
    a = np.column_stack((x, y))
    n_vars = a.shape[1]
    for i in range(n_vars):
        a[:, i] = rankdata(a[:, i])
    rs = np.corrcoef(a, rowvar=0)
    return rs[1, 0]


@vectorize(fastmath=True)
def correct_alternative_cosine(d):
    return 1.0 - pow(2.0, -d)


@njit("i4(i8[:])", cache=True)
def tau_rand_int(state):
    state[0] = (((state[0] & 4294967294) << 12) & 0xFFFFFFFF) ^ (
        (((state[0] << 13) & 0xFFFFFFFF) ^ state[0]) >> 19
    )
    state[1] = (((state[1] & 4294967288) << 4) & 0xFFFFFFFF) ^ (
        (((state[1] << 2) & 0xFFFFFFFF) ^ state[1]) >> 25
    )
    state[2] = (((state[2] & 4294967280) << 17) & 0xFFFFFFFF) ^ (
        (((state[2] << 3) & 0xFFFFFFFF) ^ state[2]) >> 11
    )
    return state[0] ^ state[1] ^ state[2]


@njit
def random_ints(state, count):
    out = np.empty(count, dtype=np.int64)
    for i in range(count):
        out[i] = tau_rand_int(state)
    return out, state


@njit(cache=True)
def make_heap(n_points, size):
    indices = np.full((int(n_points), int(size)), -1, dtype=np.int32)
    distances = np.full((int(n_points), int(size)), np.inf, dtype=np.float32)
    flags = np.zeros((int(n_points), int(size)), dtype=np.uint8)
    result = (indices, distances, flags)
    return result


@njit(cache=True)
def simple_heap_push(priorities, indices, p, n):
    if p >= priorities[0]:
        return 0
    size = priorities.shape[0]
    priorities[0] = p
    indices[0] = n
    i = 0
    while True:
        ic1 = 2 * i + 1
        ic2 = ic1 + 1
        if ic1 >= size:
            break
        elif ic2 >= size:
            if priorities[ic1] > p:
                i_swap = ic1
            else:
                break
        elif priorities[ic1] >= priorities[ic2]:
            if p < priorities[ic1]:
                i_swap = ic1
            else:
                break
        else:
            if p < priorities[ic2]:
                i_swap = ic2
            else:
                break
        priorities[i] = priorities[i_swap]
        indices[i] = indices[i_swap]
        i = i_swap
    priorities[i] = p
    indices[i] = n
    return 1


@njit(cache=True)
def siftdown(heap1, heap2, elt):
    while elt * 2 + 1 < heap1.shape[0]:
        left_child = elt * 2 + 1
        right_child = left_child + 1
        swap = elt
        if heap1[swap] < heap1[left_child]:
            swap = left_child
        if right_child < heap1.shape[0] and heap1[swap] < heap1[right_child]:
            swap = right_child
        if swap == elt:
            break
        else:
            heap1[elt], heap1[swap] = heap1[swap], heap1[elt]
            heap2[elt], heap2[swap] = heap2[swap], heap2[elt]
            elt = swap


@njit(cache=True)
def deheap_sort(indices, distances):
    for i in range(indices.shape[0]):
        ind_heap = indices[i]
        dist_heap = distances[i]
        for j in range(ind_heap.shape[0] - 1):
            ind_heap[0], ind_heap[ind_heap.shape[0] - j - 1] = (
                ind_heap[ind_heap.shape[0] - j - 1],
                ind_heap[0],
            )
            dist_heap[0], dist_heap[dist_heap.shape[0] - j - 1] = (
                dist_heap[dist_heap.shape[0] - j - 1],
                dist_heap[0],
            )
            siftdown(dist_heap[: dist_heap.shape[0] - j - 1],
                     ind_heap[: ind_heap.shape[0] - j - 1], 0)
    return indices, distances


@njit
def build_knn_heap(data, k):
    heap = make_heap(data.shape[0], k)
    for i in range(data.shape[0]):
        for j in range(data.shape[0]):
            if i != j:
                d = euclidean(data[i], data[j])
                simple_heap_push(heap[1][i], heap[0][i], d, j)
    return deheap_sort(heap[0], heap[1])


@njit(
    locals={
        "total": numba.types.float32,
        "low": numba.types.float32,
        "guess": numba.types.float32,
        "high": numba.types.float32,
    },
    fastmath=True,
)
def smooth_knn_dist(distances, k, n_iter=64, local_connectivity=1.0, bandwidth=1.0):
    goal = np.log2(k) * bandwidth
    nearest = np.zeros(distances.shape[0], dtype=np.float32)
    sigmas = np.zeros(distances.shape[0], dtype=np.float32)
    global_mean = np.mean(distances)
    for i in range(distances.shape[0]):
        low = 0.0
        high = np.inf
        guess = 1.0
        row = distances[i]
        positive = row[row > 0.0]
        if positive.shape[0] >= local_connectivity:
            whole = int(np.floor(local_connectivity))
            fraction = local_connectivity - whole
            if whole > 0:
                nearest[i] = positive[whole - 1]
                if fraction > SMOOTH_K_TOLERANCE:
                    nearest[i] += fraction * (
                        positive[whole] - positive[whole - 1]
                    )
            else:
                nearest[i] = fraction * positive[0]
        elif positive.shape[0] > 0:
            nearest[i] = np.max(positive)
        for n in range(n_iter):
            total = 0.0
            for j in range(1, distances.shape[1]):
                d = distances[i, j] - nearest[i]
                if d > 0:
                    total += np.exp(-(d / guess))
                else:
                    total += 1.0
            if np.fabs(total - goal) < SMOOTH_K_TOLERANCE:
                break
            if total > goal:
                high = guess
                guess = (low + high) / 2.0
            else:
                low = guess
                if high == np.inf:
                    guess *= 2
                else:
                    guess = (low + high) / 2.0
        sigmas[i] = guess
        if nearest[i] > 0.0:
            row_mean = np.mean(row)
            if sigmas[i] < MIN_K_DIST_SCALE * row_mean:
                sigmas[i] = MIN_K_DIST_SCALE * row_mean
        else:
            if sigmas[i] < MIN_K_DIST_SCALE * global_mean:
                sigmas[i] = MIN_K_DIST_SCALE * global_mean
    return sigmas, nearest


# umap/utils.py: exact k nearest by sorting each row, rows in parallel.
@njit(parallel=True)
def fast_knn_indices(X, n_neighbors):
    knn_indices = np.empty((X.shape[0], n_neighbors), dtype=np.int32)
    for row in numba.prange(X.shape[0]):
        order = X[row].argsort(kind="quicksort")
        order = order[:n_neighbors]
        knn_indices[row] = order
    return knn_indices


# pynndescent/sparse.py: sorted-index sparse vectors, built in lists.
@njit()
def arr_unique(arr):
    aux = np.sort(arr)
    flag = np.concatenate((np.ones(1, dtype=np.bool_), aux[1:] != aux[:-1]))
    return aux[flag]


@njit()
def arr_union(ar1, ar2):
    if ar1.shape[0] == 0:
        return ar2
    elif ar2.shape[0] == 0:
        return ar1
    else:
        return arr_unique(np.concatenate((ar1, ar2)))


@njit()
def arr_intersect(ar1, ar2):
    aux = np.concatenate((ar1, ar2))
    aux.sort()
    return aux[:-1][aux[1:] == aux[:-1]]


@njit()
def sparse_sum(ind1, data1, ind2, data2):
    result_ind = arr_union(ind1, ind2)
    result_data = np.zeros(result_ind.shape[0], dtype=np.float32)
    i1 = 0
    i2 = 0
    nnz = 0
    while i1 < ind1.shape[0] and i2 < ind2.shape[0]:
        j1 = ind1[i1]
        j2 = ind2[i2]
        if j1 == j2:
            val = data1[i1] + data2[i2]
            if val != 0:
                result_data[nnz] = val
                nnz += 1
            i1 += 1
            i2 += 1
        elif j1 < j2:
            val = data1[i1]
            if val != 0:
                result_data[nnz] = val
                nnz += 1
            i1 += 1
        else:
            val = data2[i2]
            if val != 0:
                result_data[nnz] = val
                nnz += 1
            i2 += 1
    while i1 < ind1.shape[0]:
        val = data1[i1]
        if val != 0:
            result_data[nnz] = val
            nnz += 1
        i1 += 1
    while i2 < ind2.shape[0]:
        val = data2[i2]
        if val != 0:
            result_data[nnz] = val
            nnz += 1
        i2 += 1
    result_data = result_data[:nnz]
    return result_ind, result_data


@njit()
def sparse_mul(ind1, data1, ind2, data2):
    result_ind = []
    result_data = []
    i1 = 0
    i2 = 0
    while i1 < ind1.shape[0] and i2 < ind2.shape[0]:
        j1 = ind1[i1]
        j2 = ind2[i2]
        if j1 == j2:
            val = data1[i1] * data2[i2]
            if val != 0:
                result_ind.append(j1)
                result_data.append(val)
            i1 += 1
            i2 += 1
        elif j1 < j2:
            i1 += 1
        else:
            i2 += 1
    return np.array(result_ind, dtype=np.int32), np.array(result_data, dtype=np.float32)


# umap/umap_.py: fuzzy membership strengths; the distances only on request
# (None otherwise), rows in parallel.
@njit(
    locals={"knn_dist": numba.types.float32, "rho": numba.types.float32,
            "val": numba.types.float32},
    parallel=True,
    fastmath=True,
)
def compute_membership_strengths(knn_indices, knn_dists, sigmas, rhos, return_dists=False,
                                 bipartite=False):
    n_samples = knn_indices.shape[0]
    n_neighbors = knn_indices.shape[1]
    rows = np.zeros(knn_indices.size, dtype=np.int32)
    cols = np.zeros(knn_indices.size, dtype=np.int32)
    vals = np.zeros(knn_indices.size, dtype=np.float32)
    if return_dists:
        dists = np.zeros(knn_indices.size, dtype=np.float32)
    else:
        dists = None
    for i in numba.prange(n_samples):
        for j in range(n_neighbors):
            if knn_indices[i, j] == -1:
                continue
            if (bipartite == 0) & (knn_indices[i, j] == i):
                val = 0.0
            elif knn_dists[i, j] - rhos[i] <= 0.0 or sigmas[i] == 0.0:
                val = 1.0
            else:
                val = np.exp(-((knn_dists[i, j] - rhos[i]) / (sigmas[i])))
            rows[i * n_neighbors + j] = i
            cols[i * n_neighbors + j] = knn_indices[i, j]
            vals[i * n_neighbors + j] = val
            if return_dists:
                dists[i * n_neighbors + j] = knn_dists[i, j]
    return rows, cols, vals, dists
