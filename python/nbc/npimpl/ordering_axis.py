"""np.median, np.nanmedian, np.(nan)percentile and np.(nan)quantile with `axis=` (an
int or a tuple) and `keepdims=`: the reduced axes are moved last and merged
(a C-order copy), each row is sorted (nbc.sort along the last axis) and
reduced by ordering.py's helpers. The source is written for the array's
rank, the axes and q's rank, and compiled like the other npimpl functions
(see einsum.py)."""

import functools
import linecache

import numpy as np

from . import ordering
from .shared import library


def _product(terms):
    return " * ".join(terms) if terms else "1"


def _shape(terms):
    return "(" + "".join(f"{t}, " for t in terms) + ")"


@functools.lru_cache(maxsize=None)
def ordering_axis_function(name, ndim, axes, keepdims, q_ndim, is_complex=False):
    """np.<name>(a, [q,] axis=axes, keepdims=keepdims) for an `a` of rank
    `ndim`; `axes` sorted, non-negative; q_ndim None for median/nanmedian
    and for a scalar q, else q's rank; `is_complex` for median/nanmedian of
    a complex `a` (NumPy sorts lexicographically, the result is complex);
    the quantiles of a complex `a` raise NumPy's TypeError first."""
    kept = [d for d in range(ndim) if d not in axes]
    perm = tuple(kept) + tuple(axes)
    rows = _product([f"a.shape[{d}]" for d in kept])
    n = _product([f"a.shape[{d}]" for d in axes])
    out_dims = [f"a.shape[{d}]" if d in kept else "1" for d in range(ndim)] \
        if keepdims else [f"a.shape[{d}]" for d in kept]
    has_q = name.endswith(("percentile", "quantile"))
    array_q = has_q and q_ndim is not None
    scale = " / 100.0" if name.endswith("percentile") else " * 1.0"
    check = "_check_percentile" if name.endswith("percentile") else "_check_quantile"
    quantile = "_nanquantile_of_sorted" if name.startswith("nan") else "_quantile_of_sorted"
    refused = has_q and is_complex
    lines = ["    refuse_complex()"] if refused else []
    if array_q:
        lines += ["    flat = q.ravel()",
                  "    for i in range(flat.shape[0]):",
                  f"        {check}(flat[i])"]
    elif has_q:
        lines.append(f"    {check}(q)")
    lines += [f"    rows = {rows}",
              f"    n = {n}",
              f"    t = np.transpose({'a.real' if refused else 'a'}, {perm!r})"
              ".copy().reshape((rows, n))",
              "    s = np.sort(t, axis=1)" + ("" if is_complex and not refused
                                             else ".astype(np.float64)")]
    if array_q:
        lines += ["    out = np.empty((flat.shape[0], rows), np.float64)",
                  "    for i in range(flat.shape[0]):",
                  "        for r in range(rows):",
                  f"            out[i, r] = {quantile}(s[r], flat[i]{scale})"]
        q_dims = [f"q.shape[{d}]" for d in range(q_ndim)]
        lines.append(f"    return out.reshape({_shape(q_dims + out_dims)})")
    else:
        out_dtype = "a.dtype" if is_complex and not refused else "np.float64"
        lines += [f"    out = np.empty(rows, {out_dtype})",
                  "    for r in range(rows):"]
        if has_q:
            lines.append(f"        out[r] = {quantile}(s[r], q{scale})")
        elif is_complex:
            median = "_complex_nanmedian_of_sorted(s[r])" if name == "nanmedian" \
                else "_complex_median_of_sorted(s[r], n)"
            lines.append(f"        out[r] = {median}")
        elif name == "nanmedian":
            lines.append("        out[r] = _nanmedian_of_sorted(s[r])")
        else:
            lines.append("        out[r] = _median_of_sorted(s[r], n)")
        if out_dims:
            lines.append(f"    return out.reshape({_shape(out_dims)})")
        else:
            lines.append("    return out[0]")
    fname = f"{name}_axes"
    params = "a, q" if has_q else "a"
    source = f"def {fname}({params}):\n" + "\n".join(lines) + "\n"
    helpers = {k: getattr(ordering, k) for k in (
        "_check_percentile", "_check_quantile", "_quantile_of_sorted",
        "_median_of_sorted", "_nanmedian_of_sorted", "_nanquantile_of_sorted")}
    helpers.update((k, getattr(ordering, k)) for k in (
        "_complex_median_of_sorted", "_complex_nanmedian_of_sorted", "refuse_complex"))
    return library(generated_function(fname, source, f"ordering_axis {name} {ndim} "
                                      f"{axes} {keepdims} {q_ndim} {is_complex}",
                                      helpers))


def generated_function(fname, source, tag, helpers=None):
    """The function `fname` that `source` defines, its source kept (in
    linecache, under a name made of `tag`) for nbc's frontend to read."""
    filename = f"<nbc.npimpl.{tag}>"
    linecache.cache[filename] = (len(source), None, source.splitlines(True), filename)
    namespace = {"np": np, **(helpers or {})}
    exec(compile(source, filename, "exec"), namespace)  # noqa: S102
    return namespace[fname]
