"""np.average and np.count_nonzero along axes (`axis=` an int or a tuple):
the source is written for the axes, whether weights are given (of a's
shape, or 1-d along the one axis, as NumPy broadcasts them) and NumPy's
result dtype, and compiled like the other npimpl functions (see
ordering_axis.py). Messages are NumPy's."""

import functools

from .ordering_axis import generated_function


def _axis(axes):
    return str(axes[0]) if len(axes) == 1 else repr(tuple(axes))


@functools.lru_cache(maxsize=None)
def count_nonzero_axis_function(axes):
    source = ("def count_nonzero_axes(a):\n"
              f"    return np.sum(a != 0, axis={_axis(axes)})\n")
    return generated_function("count_nonzero_axes", source, f"averages_axis "
                              f"count_nonzero {axes}")


@functools.lru_cache(maxsize=None)
def average_axis_function(ndim, axes, weights_ndim, dtype):
    """np.average(a, axis=axes[, weights]) for `a` of rank `ndim`:
    weights_ndim None without weights; `dtype`, NumPy's result dtype
    (a numpy dtype name) with weights."""
    axis = _axis(axes)
    params = "a" if weights_ndim is None else "a, weights"
    if weights_ndim is None:
        lines = [f"    avg = np.mean(a, axis={axis})"]
        if len(axes) < ndim:  # NumPy divides a.size by avg.size: an empty result
            lines += ["    if avg.size == 0:",
                      '        raise ZeroDivisionError("division by zero")']
        lines.append("    return avg")
    elif weights_ndim == 1:  # along the one axis, as NumPy broadcasts it
        shape = ", ".join("weights.shape[0]" if d == axes[0] else "1"
                          for d in range(ndim))
        lines = [f"    if weights.shape[0] != a.shape[{axis}]:",
                 '        raise ValueError("Length of weights not compatible with '
                 'specified axis.")',
                 f"    w = weights.astype(np.{dtype}).reshape(({shape},))",
                 "    scl = np.sum(w)"]
    else:
        lines = ["    if weights.shape != a.shape:",
                 '        raise TypeError("1D weights expected when shapes of a '
                 'and weights differ.")',
                 f"    w = weights.astype(np.{dtype})",
                 f"    scl = np.sum(w, axis={axis})"]
    if weights_ndim is not None:
        scalar_sum = len(axes) == ndim or weights_ndim == 1
        lines += ["    if scl == 0.0:" if scalar_sum else "    if np.any(scl == 0.0):",
                  '        raise ZeroDivisionError("Weights sum to zero, can\'t be '
                  'normalized")',
                  f"    return np.sum(a.astype(np.{dtype}) * w, axis={axis}) / scl"]
    source = f"def average_axes({params}):\n" + "\n".join(lines) + "\n"
    return generated_function("average_axes", source, f"averages_axis average "
                              f"{ndim} {axes} {weights_ndim} {dtype}")
