"""np.linalg.norm(x, ord, axis=..., keepdims=...) for the ords other than
the 2-norm along axes: the normed axes are moved last and merged into rows
(a C-order copy) and each row is normed by linalg.py's formulas (a vector's
ord-norm along one axis; a matrix's along a pair of axes, in the pair's
order). The source is written for x's rank and the axes, as
ordering_axis.py's."""

import functools

from . import linalg
from .ordering_axis import _product, _shape, generated_function
from .shared import library


@functools.lru_cache(maxsize=None)
def norm_axis_function(kind, ndim, axes, keepdims):
    """The norms of x's vectors (`kind` 'vector', one axis) or matrices
    ('matrix' or 'nuclear', two axes, rows then columns) along `axes`
    (non-negative); `ord` a run-time float (unused for 'nuclear')."""
    kept = [d for d in range(ndim) if d not in axes]
    perm = tuple(kept) + tuple(axes)
    rows = _product([f"x.shape[{d}]" for d in kept])
    inner = [f"x.shape[{d}]" for d in axes]
    out_dims = [f"x.shape[{d}]" if d in kept else "1" for d in range(ndim)] \
        if keepdims else [f"x.shape[{d}]" for d in kept]
    call = {"vector": "norm_vector_ord(t[r], ord)",
            "matrix": "norm_matrix_ord(t[r], ord)",
            "nuclear": "norm_nuclear(t[r])"}[kind]
    lines = [f"    rows = {rows}",
             f"    t = np.transpose(x, {perm!r}).copy().reshape({_shape(['rows'] + inner)})",
             "    out = np.empty(rows, np.float64)",
             "    for r in range(rows):",
             f"        out[r] = {call}",
             f"    return out.reshape({_shape(out_dims)})" if out_dims else
             "    return out[0]"]
    fname = f"norm_{kind}_axes"
    source = f"def {fname}(x, ord):\n" + "\n".join(lines) + "\n"
    helpers = {k: getattr(linalg, k) for k in (
        "norm_vector_ord", "norm_matrix_ord", "norm_nuclear")}
    return library(generated_function(fname, source, f"norm_axis {kind} {ndim} "
                                      f"{axes} {keepdims}", helpers))
