"""heapq in kernels (python/nbc/npimpl/heap_queue.py) against CPython
running the same code and Numba 0.68 side by side: heappush/heappop in
loops (the loop carries the list the calls change), heaps of tuples with
equal keys (the same order as CPython's), heapify, heapreplace,
heappushpop, the spellings `heapq.f`, `from heapq import f` and a module
alias, a Python list passed in (reflected), and CPython's exceptions."""

import heapq
import heapq as hq
from heapq import heapify, heappop, heappush

import numba
import numpy as np
import pytest

import kernel_cache
from conftest import requires_exec

pytestmark = requires_exec


def heap_sort(vals):
    h = [vals[0]]
    for i in range(1, vals.shape[0]):
        heapq.heappush(h, vals[i])
    out = []
    while h:
        out.append(heapq.heappop(h))
    return out


def dijkstra(g, src):
    """Lazy-deletion Dijkstra on a dense int matrix (-1: no edge)."""
    n = len(g)
    dist = np.full(n, 1 << 60, np.int64)
    dist[src] = 0
    q = [(0, src)]
    pops = 0
    while q:
        du, u = heappop(q)
        pops += 1
        if du > dist[u]: continue  # noqa: E701 - as such code writes it
        for v in range(n):
            if g[u, v] < 0: continue  # noqa: E701
            dv = du + g[u, v]
            if dv < dist[v]:
                dist[v] = dv
                heappush(q, (dv, v))
    return dist, pops


def ties_in_order(keys):
    """Equal keys: the second field shows which came out first."""
    h = [(keys[0], 0)]
    for i in range(1, keys.shape[0]):
        hq.heappush(h, (keys[i], i))
    order = []
    while len(h) > 0:
        order.append(hq.heappop(h)[1])
    return order


def heapify_replace_pushpop(vals, extra):
    h = [v for v in vals]
    heapify(h)
    first = heapq.heapreplace(h, extra)
    kept = heapq.heappushpop(h, extra - 1.0)
    return first, kept, h


def k_largest(vals, k):
    """A bounded min-heap of the k largest (top-k as such code writes it)."""
    h = [vals[0]]
    for i in range(1, vals.shape[0]):
        if len(h) < k:
            heapq.heappush(h, vals[i])
        elif vals[i] > h[0]:
            heapq.heapreplace(h, vals[i])
    return h  # the heap order itself: CPython's sift order


def push_into(h, x):
    heapq.heappush(h, x)
    return heapq.heappop(h)


def pop_empty(n):
    h = [1.0]
    for _ in range(n):
        heapq.heappop(h)
    return len(h)


def push_into_array(a):
    heapq.heappush(a, 1.0)
    return a[0]


def _both(fn, *args):
    return fn(*args), kernel_cache.njit(fn)(*args)


RNG = np.random.default_rng(7)
GRAPH = RNG.integers(1, 20, (12, 12))
GRAPH[RNG.random((12, 12)) < 0.6] = -1


@pytest.mark.parametrize("fn, args", [
    (heap_sort, (RNG.integers(0, 50, 30),)),
    (dijkstra, (GRAPH, 0)),
    (ties_in_order, (RNG.integers(0, 4, 20),)),
    (heapify_replace_pushpop, (RNG.random(9), 0.5)),
    (k_largest, (RNG.random(40), 5)),
], ids=["ints", "dijkstra", "tuple_ties", "heapify", "top_k"])
def test_heapq_matches_cpython_and_numba(fn, args):
    want, got = _both(fn, *args)
    assert _equal(got, want), (got, want)
    assert _equal(kernel_cache.numba_njit(fn)(*args), want)


def _equal(a, b):
    """Same values, containers and kinds of number (int vs float)."""
    if isinstance(b, (list, tuple)):
        return type(a) is type(b) and len(a) == len(b) and \
            all(_equal(x, y) for x, y in zip(a, b))
    a, b = np.asarray(a), np.asarray(b)
    return (a.dtype.kind in "iu") == (b.dtype.kind in "iu") and np.array_equal(a, b)


def test_python_list_passed_in_is_changed():
    h, mine = [1.0, 5.0, 3.0], [1.0, 5.0, 3.0]
    assert kernel_cache.njit(push_into)(mine, 0.5) == push_into(h, 0.5) == 0.5
    assert mine == h
    assert kernel_cache.njit(push_into)(mine, 4.0) == push_into(h, 4.0) == 1.0
    assert mine == h


def test_cpython_exceptions():
    for fn, arg, kind, msg in ((pop_empty, 2, IndexError, "index out of range"),
                               (push_into_array, np.zeros(3), TypeError,
                                r"heappush\(\) argument 1 must be list")):
        with pytest.raises(kind, match=msg):
            fn(arg)
        with pytest.raises(kind, match=msg):
            kernel_cache.njit(fn)(arg)
    assert kernel_cache.njit(pop_empty)(1) == pop_empty(1) == 0
    with pytest.raises(numba.TypingError):  # Numba refuses a non-list heap
        kernel_cache.numba_njit(push_into_array)(np.zeros(3))
