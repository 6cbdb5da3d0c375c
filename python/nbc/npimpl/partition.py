"""np.partition and np.argpartition: a sort along the axis (nbc.sort, and
the stable nbc.argsort) satisfies the partition property for every kth at
once (NumPy leaves the order of the other elements unspecified), after
NumPy's check of each kth. Written as Python source for the array's rank
and the axis, and compiled like the other npimpl functions (see
einsum.py). O(n log n) where NumPy's introselect is O(n)."""

import functools
import linecache

import numpy as np

from .shared import library

KTH_ERROR = 'raise ValueError("kth out of bounds")'


@functools.lru_cache(maxsize=None)
def partition_function(name, ndim, axis, kth_ndim):
    """np.<name>(a, kth, axis) for an `a` of rank `ndim`, `axis` a
    non-negative int or None (flattened), kth an int (kth_ndim 0) or a 1-d
    array of ints (NumPy checks kth only when `a` has elements)."""
    n = "a.size" if axis is None else f"a.shape[{axis}]"
    lines = [f"    n = {n}",
             "    if a.size > 0:"]
    if kth_ndim:
        lines += ["        for j in range(kth.shape[0]):",
                  "            if kth[j] < -n or kth[j] >= n:",
                  f"                {KTH_ERROR}"]
    else:
        lines += ["        if kth < -n or kth >= n:",
                  f"            {KTH_ERROR}"]
    sort = "np.sort" if name == "partition" else "np.argsort"
    lines.append(f"    return {sort}(a, axis={axis})")
    fname = f"{name}_{ndim}d"
    source = f"def {fname}(a, kth):\n" + "\n".join(lines) + "\n"
    filename = f"<nbc.npimpl.partition {name} {ndim} {axis} {kth_ndim}>"
    linecache.cache[filename] = (len(source), None, source.splitlines(True), filename)
    namespace = {"np": np}
    exec(compile(source, filename, "exec"), namespace)  # noqa: S102
    return library(namespace[fname])  # (a sort: compiled once per process)
