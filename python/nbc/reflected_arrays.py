"""Python lists of arrays passed to kernels (Numba's reflected lists).

A kernel's list of arrays owns its items in one buffer (docs/Dialect.md,
Lists of arrays), so the caller's arrays go in as copies, packed in that
layout (any strides: the copies are C-contiguous), and come back: after the
call each array the caller passed gets its item's final data, and the
arrays the kernel appended are added to the caller's list, as Numba's
reflection shows them. The caller's list keeps its array objects. This is
exact because the frontend allows a list of arrays passed in only reads,
writes through its items and appends (frontend/list_aliasing.py), so item i
of the caller's list is item i of the kernel's at the end, and because the
call refuses items that share memory with each other or with another array
argument (the copies would then differ from Python's one array)."""

import math

import numpy as np

from . import types as T
from .errors import UnsupportedArgumentError

HEADER_WORDS = 4  # length, slot capacity, data bytes used, 0


def align16(n):
    return -(-n // 16) * 16


def item_offsets(arrays, itemsize):
    """The data offset of each item packed in order, and the bytes used."""
    offsets, used = [], 0
    for a in arrays:
        offsets.append(used)
        used += -(-a.size * itemsize // 16) * 16
    return offsets, used


def data_start(slots, ndim):
    return align16((HEADER_WORDS + slots * (ndim + 1)) * 8)


def arrays_to_buffer(arrays, t):
    """A list of arrays in the layout of a kernel's list of `t` items (the
    inverse of native.buffer_arrays): copies of the items, C-contiguous."""
    n, ndim, dtype = len(arrays), t.ndim, t.dtype.numpy()
    offsets, used = item_offsets(arrays, dtype.itemsize)
    start = data_start(n, ndim)
    buf = np.zeros(start + used, np.int8)
    words = buf[:start].view(np.int64)
    words[:3] = n, n, used
    if n:
        words[HEADER_WORDS:HEADER_WORDS + n * (ndim + 1)] = np.array(
            [[at, *a.shape] for at, a in zip(offsets, arrays)], np.int64).ravel()
    data = buf[start:].view(np.uint8)
    for at, a in zip(offsets, arrays):
        np.copyto(data[at:at + a.nbytes].view(dtype).reshape(a.shape), a)
    return buf


def reflect_arrays(lst, originals, buf, t, grown=True):
    """Writes the kernel's final list (`buf`) back: the data of item i into
    the caller's array i, the items after them appended to `lst` (unless
    not `grown`: a kernel that raised gives back only the buffer passed in,
    whose original items are its writes before any growth)."""
    ndim, dtype = t.ndim, t.dtype.numpy()
    words = buf[:(len(buf) // 8) * 8].view(np.int64)
    n, slots = int(words[0]), int(words[1])
    start = data_start(slots, ndim)
    table = words[HEADER_WORDS:HEADER_WORDS + n * (ndim + 1)].reshape(n, ndim + 1)
    offsets, _ = item_offsets(originals, dtype.itemsize)
    kept = table[:len(originals)].tolist()
    if n < len(originals) or kept != [[at, *a.shape] for at, a in
                                      zip(offsets, originals)]:
        raise RuntimeError("nbc: a kernel moved an item of a list of arrays "
                           "passed in")
    data = buf[start:].view(np.uint8)
    for (at, *shape), a in zip(kept, originals):
        np.copyto(a, data[at:at + a.nbytes].view(dtype).reshape(shape))
    if grown:
        lst.extend(data[at:at + math.prod(shape) * dtype.itemsize].view(
            dtype).reshape(shape).copy() for at, *shape in table[len(originals):].tolist())


def byte_bounds(a):
    """The first and one-past-last byte `a` may touch."""
    low = high = a.__array_interface__["data"][0]
    for n, s in zip(a.shape, a.strides):
        if n == 0:
            return low, low
        if s < 0:
            low += (n - 1) * s
        else:
            high += (n - 1) * s
    return low, high + a.itemsize


def refuse_shared_items(name, args, arg_types):
    """An UnsupportedArgumentError when an array of a list of arrays passed
    in shares memory with another such item or with an array argument (a
    tuple's item too): the kernel's copy and the other would be two arrays
    where Python has one. Sorted by address, so O(n log n) for n arrays."""
    spans = []  # (low, high, array, where, in a list)
    for i, (a, t) in enumerate(zip(args, arg_types)):
        if isinstance(t, T.List) and isinstance(t.dtype, T.Array):
            spans += [(*byte_bounds(x), x, f"item {k} of argument {i}", True)
                      for k, x in enumerate(a)]
        elif isinstance(a, np.ndarray):
            spans.append((*byte_bounds(a), a, f"argument {i}", False))
        elif isinstance(a, tuple):
            spans += [(*byte_bounds(x), x, f"item {k} of argument {i}", False)
                      for k, x in enumerate(a) if isinstance(x, np.ndarray)]
    spans = [s for s in spans if s[1] > s[0]]
    if not any(s[4] for s in spans):
        return
    spans.sort(key=lambda s: s[0])
    open_ = []  # spans reaching past the current start
    for s in spans:
        open_ = [o for o in open_ if o[1] > s[0]]
        for o in open_:
            if (o[4] or s[4]) and np.shares_memory(o[2], s[2]):
                raise UnsupportedArgumentError(
                    f"{name}: {o[3]} and {s[3]} share memory: a list of arrays "
                    "passed to a kernel holds copies of its arrays (written back "
                    "after the call), so the kernel would see two arrays where "
                    "Python has one; pass distinct arrays (`.copy()` one)")
        open_.append(s)
