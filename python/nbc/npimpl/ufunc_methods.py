"""np.<ufunc>.at (unbuffered indexed update: a repeated index applies the
ufunc once per occurrence) and np.<ufunc>.reduceat (reductions over the
slices between indices, along any axis), as loops written as Python
source for the ranks involved and compiled like the other npimpl
functions. Values, dtypes
and messages are NumPy's: ufunc.at computes in the ufunc's loop dtype and
casts back unsafely; reduceat's result has np.<ufunc>.reduce's dtype."""

import functools
import linecache

import numpy as np

# The ufuncs whose .at and .reduceat nbc compiles.
AT_UFUNCS = ("add", "subtract", "multiply", "maximum", "minimum")
REDUCEAT_UFUNCS = ("add", "multiply", "maximum", "minimum")
BROADCAST_ERROR = 'raise ValueError("array is not broadcastable to correct shape")'


def _compile(name, source, key, **env):
    filename = f"<nbc.npimpl.ufunc_methods {name} {key}>"
    linecache.cache[filename] = (len(source), None, source.splitlines(True), filename)
    namespace = {"np": np, **env}
    exec(compile(source, filename, "exec"), namespace)  # noqa: S102
    return namespace[name]


@functools.lru_cache(maxsize=None)
def at_function(ufunc, a_ndim, index_ndim, b_ndim):
    """np.<ufunc>.at(a, indices, b) for an `a` of rank a_ndim, a scalar
    (index_ndim 0) or an index array of rank index_ndim on a's first axis,
    and `b` of rank b_ndim (None: a scalar), which broadcasts to
    a[indices]'s shape: the indices' shape, then a's other axes."""
    target = [f"indices.shape[{d}]" for d in range(index_ndim)] + \
        [f"a.shape[{d}]" for d in range(1, a_ndim)]
    # Every index is checked first, with NumPy's IndexError: a fancy read
    # of a small array of a's length (its values are not used).
    every = "indices" if index_ndim else "np.full(1, indices)"
    lines = [f"    np.empty(a.shape[0], np.int8)[{every}]"] + _broadcast_checks(
        target, b_ndim)
    for d in range(index_ndim):
        lines.append("    " * (d + 1) + f"for k{d} in range(indices.shape[{d}]):")
    pad = "    " * (index_ndim + 1)
    ks = ", ".join(f"k{d}" for d in range(index_ndim))
    lines.append(f"{pad}i = indices[{ks}]" if index_ndim else f"{pad}i = indices")
    # b's leading axes that lie along the indices' last ones (length or 1).
    along = min(index_ndim, (b_ndim or 0) - (a_ndim - 1))
    picks = [f"(k{index_ndim - along + j} if b.shape[{j}] != 1 else 0)"
             for j in range(along)]
    value = f"b[{', '.join(picks)}]" if picks else "b"
    lines.append(f"{pad}a[i] = np.{ufunc}(a[i], {value})")
    name = f"{ufunc}_at"
    source = f"def {name}(a, indices, b):\n" + "\n".join(lines) + "\n"
    return _compile(name, source, (a_ndim, index_ndim, b_ndim))


def _broadcast_checks(target, b_ndim):
    """Lines raising NumPy's ValueError unless `b` (of rank b_ndim, None: a
    scalar) broadcasts to the shape `target` (expressions)."""
    b_ndim = b_ndim or 0
    if b_ndim > len(target):
        return [f"    {BROADCAST_ERROR}"]
    lines = []
    for j in range(b_ndim):
        extent = target[len(target) - b_ndim + j]
        lines.append(f"    if b.shape[{j}] != 1 and b.shape[{j}] != {extent}:")
        lines.append(f"        {BROADCAST_ERROR}")
    return lines


@functools.lru_cache(maxsize=None)
def at_tuple_function(ufunc, a_ndim, index_kinds, b_ndim):
    """np.<ufunc>.at(a, (i0, i1, ...), b): one index per leading axis of a,
    each an integer (kind 0) or a 1-d integer array (kind 1); the arrays
    broadcast together (length m or 1) and b broadcasts to a[i0, i1, ...]'s
    shape. The indices arrive as arguments i0, i1, ..."""
    n = len(index_kinds)
    names = [f"i{d}" for d in range(n)]
    arrays = any(index_kinds)
    # Every index checked first, with NumPy's IndexErrors (bounds, shape
    # mismatch): a fancy read of a small array of a's leading shape.
    shape = "".join(f"a.shape[{d}], " for d in range(n))
    every = ", ".join(x if kind else f"np.full(1, {x})" for x, kind in zip(names, index_kinds))
    lines = [f"    m = np.empty(({shape}), np.int8)[{every}].shape[0]"]
    target = (["m"] if arrays else []) + [f"a.shape[{d}]" for d in range(n, a_ndim)]
    lines += _broadcast_checks(target, b_ndim)
    lines.append("    for t in range(m):")
    for x, kind in zip(names, index_kinds):
        pick = f"{x}[t if {x}.shape[0] != 1 else 0]" if kind else x
        lines.append(f"        j{x} = {pick}")
    where = ", ".join(f"j{x}" for x in names)
    value = "b"
    if arrays and b_ndim is not None and b_ndim == len(target):
        value = "b[t if b.shape[0] != 1 else 0]"  # b has the indices' axis
    lines.append(f"        a[{where}] = np.{ufunc}(a[{where}], {value})")
    name = f"{ufunc}_at"
    source = f"def {name}(a, b, {', '.join(names)}):\n" + "\n".join(lines) + "\n"
    return _compile(name, source, (a_ndim, index_kinds, b_ndim))


@functools.lru_cache(maxsize=None)
def reduceat_function(ufunc, a_ndim, dtype, axis=0):
    """np.<ufunc>.reduceat(a, indices, axis) with a result of `dtype` (a
    NumPy dtype name): out[k] reduces a[indices[k]:indices[k+1]] along
    the axis when indices[k] < indices[k+1], else it is a[indices[k]]; the
    last slice runs to the end. Another axis than 0 is moved first (a
    transposed view) and the result's moved back."""
    rest = "".join(f", a.shape[{d}]" for d in range(1, a_ndim))
    order = [axis] + [d for d in range(a_ndim) if d != axis]
    back = [order.index(d) for d in range(a_ndim)]
    lines = [f"    a = np.transpose(a, {tuple(order)})"] if axis else []
    lines += [
        "    n = a.shape[0]",
        "    m = indices.shape[0]",
        "    for k in range(m):",
        "        if indices[k] < 0 or indices[k] >= n:",
        f'            raise IndexError("index out-of-bounds in {ufunc}.reduceat")',
        f"    out = np.empty((m{rest}), np.{dtype})",
        "    for k in range(m):",
        "        start = indices[k]",
        "        stop = indices[k + 1] if k + 1 < m else n",
        "        out[k] = a[start]",
        "        for j in range(start + 1, stop):",
        f"            out[k] = np.{ufunc}(out[k], a[j])",
        f"    return np.transpose(out, {tuple(back)})" if axis else "    return out",
    ]
    name = f"{ufunc}_reduceat"
    source = f"def {name}(a, indices):\n" + "\n".join(lines) + "\n"
    return _compile(name, source, (a_ndim, dtype, axis))


@functools.lru_cache(maxsize=None)
def at_mask_function(ufunc, a_ndim, mask_ndim, b_ndim):
    """np.<ufunc>.at(a, mask, b) for a boolean `mask` over a's leading
    mask_ndim axes (NumPy's IndexError unless their lengths match): the
    tuple form over the mask's nonzero positions, in C order."""
    lines = []
    for d in range(mask_ndim):
        lines += [f"    if mask.shape[{d}] != a.shape[{d}]:",
                  '        raise IndexError(f"boolean index did not match indexed array '
                  f'along axis {d}; size of axis is {{a.shape[{d}]}} but size of '
                  f'corresponding boolean axis is {{mask.shape[{d}]}}")']
    lines.append("    where = np.nonzero(mask)")
    picks = ", ".join(f"where[{d}]" for d in range(mask_ndim))
    lines.append(f"    at_positions(a, b, {picks})")
    name = f"{ufunc}_at_mask"
    source = f"def {name}(a, mask, b):\n" + "\n".join(lines) + "\n"
    inner = at_tuple_function(ufunc, a_ndim, (1,) * mask_ndim, b_ndim)
    return _compile(name, source, (a_ndim, mask_ndim, b_ndim), at_positions=inner)


@functools.lru_cache(maxsize=None)
def at_slice_function(ufunc, a_ndim, given, b_ndim):
    """np.<ufunc>.at(a, slice(start, stop, step), b) on a's first axis;
    `given` says which of start, stop, step the slice has (the others are
    None): the integer-array form over the slice's positions, found as
    CPython's slice.indices does."""
    params = [p for p, g in zip(("start", "stop", "step"), given) if g]
    lines = ["    n = a.shape[0]"]
    if not given[2]:
        lines.append("    step = 1")
    lines += ["    if step == 0:", '        raise ValueError("slice step cannot be zero")',
              "    lower = -1 if step < 0 else 0", "    upper = n - 1 if step < 0 else n"]
    for p, g, default in (("start", given[0], "upper if step < 0 else lower"),
                          ("stop", given[1], "lower if step < 0 else upper")):
        if not g:
            lines.append(f"    {p} = {default}")
            continue
        lines += [f"    if {p} < 0:", f"        {p} = max({p} + n, lower)",
                  f"    elif {p} >= n:", f"        {p} = upper"]
    lines.append("    at_indices(a, np.arange(start, stop, step), b)")
    name = f"{ufunc}_at_slice"
    source = (f"def {name}(a, b{''.join(', ' + p for p in params)}):\n"
              + "\n".join(lines) + "\n")
    inner = at_function(ufunc, a_ndim, 1, b_ndim)
    return _compile(name, source, (a_ndim, given, b_ndim), at_indices=inner)
