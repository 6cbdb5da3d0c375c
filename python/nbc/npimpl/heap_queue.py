"""Python's heapq on lists (reflected or typed, of scalars or tuples),
written in Python and compiled by nbc when a kernel calls heapq's functions
(frontend/calls.py): the same binary min-heap and comparisons (`<` only)
as CPython's heapq, so equal keys come out in the same order; CPython's
exceptions (TypeError for a heap that is not a list, its message without
CPython's ", not <type>"; IndexError for an empty one)."""

import heapq


def _sift_down(heap, startpos, pos):
    # The item at `pos` moves up towards the root while it is smaller
    # than its parent.
    newitem = heap[pos]
    while pos > startpos:
        parentpos = (pos - 1) >> 1
        parent = heap[parentpos]
        if newitem < parent:
            heap[pos] = parent
            pos = parentpos
            continue
        break
    heap[pos] = newitem


def _sift_up(heap, pos):
    # The hole at `pos` moves down to a leaf along the smaller children,
    # then the item settles back up (CPython's fewer-comparisons order).
    endpos = len(heap)
    startpos = pos
    newitem = heap[pos]
    childpos = 2 * pos + 1
    while childpos < endpos:
        rightpos = childpos + 1
        if rightpos < endpos and not heap[childpos] < heap[rightpos]:
            childpos = rightpos
        heap[pos] = heap[childpos]
        pos = childpos
        childpos = 2 * pos + 1
    heap[pos] = newitem
    _sift_down(heap, startpos, pos)


def heappush(heap, item):
    if not isinstance(heap, list):
        raise TypeError("heappush() argument 1 must be list")
    heap.append(item)
    _sift_down(heap, 0, len(heap) - 1)


def heappop(heap):
    if not isinstance(heap, list):
        raise TypeError("heappop() argument must be list")
    if len(heap) == 0:
        raise IndexError("index out of range")
    lastelt = heap.pop()
    if len(heap) > 0:
        returnitem = heap[0]
        heap[0] = lastelt
        _sift_up(heap, 0)
        return returnitem
    return lastelt


def heapreplace(heap, item):
    if not isinstance(heap, list):
        raise TypeError("heapreplace() argument 1 must be list")
    if len(heap) == 0:
        raise IndexError("index out of range")
    returnitem = heap[0]
    heap[0] = item
    _sift_up(heap, 0)
    return returnitem


def heappushpop(heap, item):
    if not isinstance(heap, list):
        raise TypeError("heappushpop() argument 1 must be list")
    if len(heap) > 0 and heap[0] < item:
        returnitem = heap[0]
        heap[0] = item
        _sift_up(heap, 0)
        return returnitem
    return item


def heapify(x):
    if not isinstance(x, list):
        raise TypeError("heapify() argument must be list")
    for i in range(len(x) // 2 - 1, -1, -1):
        _sift_up(x, i)


# heapq's functions -> these (by identity: heapq's are C builtins).
HEAPQ_FUNCTIONS = ((heapq.heappush, heappush), (heapq.heappop, heappop),
                   (heapq.heapreplace, heapreplace), (heapq.heappushpop, heappushpop),
                   (heapq.heapify, heapify))


def heapq_function(obj):
    """nbc's implementation of heapq's function `obj`, else None."""
    for theirs, ours in HEAPQ_FUNCTIONS:
        if obj is theirs:
            return ours
    return None
