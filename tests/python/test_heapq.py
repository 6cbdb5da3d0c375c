"""heapq.heappush/heappop/heapify/heapreplace/heappushpop on lists in
kernels (Dijkstra on a CSR graph, k smallest, tie order of tuple keys),
against CPython running the same functions: CPython's pure-Python heapq is
what nbc compiles, so equal keys come out in the same order."""

import heapq
from heapq import heappush

import numpy as np
import pytest

import nbc
from conftest import requires_exec

pytestmark = requires_exec


def heap_sort(a):
    heap = [a[0]]  # seeded, as Numba needs to type it
    for x in a[1:]:
        heapq.heappush(heap, x)
    out = []
    while heap:
        out.append(heapq.heappop(heap))
    return out


def ties_in_order(keys):
    heap = [(keys[0], 0, 0)]
    for i in range(1, len(keys)):
        heappush(heap, (keys[i], i % 3, i))
    order = []
    while len(heap) > 0:
        _, _, i = heapq.heappop(heap)
        order.append(i)
    return order


def replace_and_pushpop(a, x):
    heap = [v for v in a]
    heapq.heapify(heap)
    first = heapq.heapreplace(heap, x)
    second = heapq.heappushpop(heap, x - 1.0)
    third = heapq.heappushpop(heap, 100.0)
    return first, second, third, heap


def _push_scaled(heap, v, scale):
    heapq.heappush(heap, v * scale)


def pushes_in_a_helper(a):
    heap = [0.0]
    heap.pop()
    for v in a:
        _push_scaled(heap, v, 2.0)
    return heap


def dijkstra(indptr, indices, weights, source):
    n = len(indptr) - 1
    dist = np.full(n, np.inf)
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
                heapq.heappush(heap, (nd, v))
    return dist


def push_to_empty(x):
    heap = []
    heapq.heappush(heap, x)
    return heap


def pop_empty(n):
    heap = [1.5]
    for _ in range(n):
        heapq.heappop(heap)
    return len(heap)


def graph(seed, n=25):
    rng = np.random.default_rng(seed)
    dense = rng.random((n, n)) < 0.15
    rows, cols = np.nonzero(dense)
    indptr = np.searchsorted(rows, np.arange(n + 1))
    return indptr, cols, rng.integers(1, 5, cols.size).astype(np.float64), 0


RNG = np.random.default_rng(3)
CASES = [(heap_sort, (RNG.random(30),)), (heap_sort, (RNG.integers(0, 5, 30),)),
         (ties_in_order, (RNG.integers(0, 4, 40),)),
         (replace_and_pushpop, (RNG.random(9), 0.5)),
         (pushes_in_a_helper, (RNG.random(12),)),
         (dijkstra, graph(1)), (dijkstra, graph(2))]


@pytest.mark.parametrize("fn, args", CASES, ids=lambda a: getattr(a, "__name__", ""))
def test_heapq_matches_cpython(fn, args):
    want = fn(*args)
    got = nbc.njit(fn)(*args)
    if isinstance(want, np.ndarray):
        np.testing.assert_array_equal(got, want)
    else:
        assert got == want


def test_heappop_of_an_empty_heap_raises_index_error():
    assert nbc.njit(pop_empty)(1) == pop_empty(1) == 0
    with pytest.raises(IndexError, match="index out of range"):
        pop_empty(2)
    with pytest.raises(IndexError, match="index out of range"):
        nbc.njit(pop_empty)(2)


def test_heappush_to_an_empty_list_needs_its_type_first():
    """As Numba, an empty list's element type must be known before it is
    passed on: the heap is seeded (`heap = [(0.0, source)]`)."""
    with pytest.raises(nbc.TypingError, match="cannot pass this empty list"):
        nbc.njit(push_to_empty)(1.0)
