"""np.isclose, np.allclose, np.array_equal, np.count_nonzero, np.average,
np.ptp, np.trapezoid, np.polyval and np.cross (of vectors, and of stacks of
them along the last axis), compiled by nbc when kernels
call them (see __init__.py). Formulas and messages are NumPy's."""

import functools

import numpy as np

from .ordering import refuse_bools
from .ordering_axis import generated_function


def isclose(a, b, rtol=1e-05, atol=1e-08, equal_nan=False):
    b = b * 1.0  # NumPy's y in result_type(y, 1.0): bools and ints compare as floats
    close = (np.abs(a - b) <= atol + rtol * np.abs(b)) & np.isfinite(b) | (a == b)
    if equal_nan:
        return close | (np.isnan(a) & np.isnan(b))
    return close


def allclose(a, b, rtol=1e-05, atol=1e-08, equal_nan=False):
    return bool(np.all(isclose(a, b, rtol, atol, equal_nan)))


def allclose_scalar(a, b, rtol=1e-05, atol=1e-08, equal_nan=False):
    return bool(isclose(a, b, rtol, atol, equal_nan))


def array_equal(a1, a2):
    if a1.shape != a2.shape:
        return False
    return bool(np.all(a1 == a2))


def count_nonzero(a, axis=None):  # an axis: averages_axis.py
    n = 0
    for x in a.flat:
        if x != 0:
            n += 1
    return n


def average(a, axis=None, weights=None):  # an axis: averages_axis.py
    if weights is None:
        return np.mean(a)
    if weights.shape != a.shape:
        raise TypeError("Axis must be specified when shapes of a and weights differ.")
    total = np.sum(weights)
    if total == 0:
        raise ZeroDivisionError("Weights sum to zero, can't be normalized")
    return np.sum(a * weights) / total


def ptp(a):  # in a's dtype: an int8 range of 255 wraps to -1, as NumPy's
    return np.subtract(np.max(a), np.min(a))


def ptp_of_bools(a):  # NumPy reduces (ValueError when empty), then subtracts
    spread = np.max(a) | np.min(a)
    refuse_bools()
    return spread


def trapezoid(y, x=None, dx=1.0):
    """NumPy's formula along the last axis: sums in y's dtype (uint8 wraps),
    widths of x's (its diff, broadcast against the sums as NumPy's)."""
    sums = y[..., 1:] + y[..., :-1]
    if x is None:  # dx in the result dtype, as NumPy's weak Python float
        width = np.full(1, dx, (sums[..., :0] * 1.0).dtype)[0]
        return np.sum(width * sums / 2.0, axis=-1)
    return np.sum(np.diff(x) * sums / 2.0, axis=-1)


@functools.lru_cache(maxsize=None)
def trapezoid_axis_function(axis, x_ndim):
    """np.trapezoid(y, x, dx, axis=axis): y's axis moved last, and x's when
    it is not 1-d (x_ndim None: no x; else x has y's rank)."""
    x = "None" if x_ndim is None else "x" if x_ndim == 1 else f"np.moveaxis(x, {axis}, -1)"
    source = ("def trapezoid_along(y, x, dx):\n"
              f"    return trapezoid(np.moveaxis(y, {axis}, -1), {x}, dx)\n")
    return generated_function("trapezoid_along", source, f"comparison trapezoid "
                              f"{axis} {x_ndim}", {"trapezoid": trapezoid})


@functools.lru_cache(maxsize=None)
def cross_axes_function(axisa, axisb, axisc):
    """np.cross(a, b, axisa=, axisb=, axisc=) (normalised axes): NumPy's
    vectors along axisa/axisb moved last, the product's moved to axisc."""
    source = ("def cross_along(a, b):\n"
              f"    c = np.cross(np.moveaxis(a, {axisa}, -1), np.moveaxis(b, {axisb}, -1))\n"
              f"    return np.moveaxis(c, -1, {axisc})\n")
    return generated_function("cross_along", source, f"comparison cross {axisa} "
                              f"{axisb} {axisc}")


def polyval(p, x):
    # NumPy's type when p is not empty (an empty p gives x's dtype there).
    y = np.zeros(x.shape, (x.ravel()[:0] * p[:0]).dtype)
    for i in range(p.shape[0]):
        y = y * x + p[i]
    return y


def polyval_scalar(p, x):
    y = np.zeros(1, (p[:0] * x).dtype)[0]
    for i in range(p.shape[0]):
        y = y * x + p[i]
    return y


def cross(a, b):
    if a.ndim != 1 or b.ndim != 1:
        raise ValueError("np.cross: nbc supports 1-d vectors of length 3")
    na, nb = a.shape[0], b.shape[0]
    if not (2 <= na <= 3 and 2 <= nb <= 3):
        raise ValueError("incompatible dimensions for cross product\n"
                         "(dimension must be 2 or 3)")
    if na == 2 and nb == 2:  # NumPy's 0-d result: a type known only at run time
        raise ValueError("np.cross of two 2-element vectors: nbc supports a "
                         "3-element operand (as Numba)")
    out = np.empty(3, (a[:0] * b[:0]).dtype)
    a0, a1, b0, b1 = a[0], a[1], b[0], b[1]
    a2 = a[2] if na == 3 else a0 * 0  # a 2-element vector has z = 0 (NumPy)
    b2 = b[2] if nb == 3 else b0 * 0
    out[0] = a1 * b2 - a2 * b1
    out[1] = a2 * b0 - a0 * b2
    out[2] = a0 * b1 - a1 * b0
    return out


def cross_of_stacks(a, b):
    """np.cross of vectors along the last axis of N-d arrays, their other
    axes broadcast: NumPy's products for each pair of lengths."""
    na, nb = a.shape[-1], b.shape[-1]
    if not (2 <= na <= 3 and 2 <= nb <= 3):
        raise ValueError("incompatible dimensions for cross product\n"
                         "(dimension must be 2 or 3)")
    if na == 2 and nb == 2:  # NumPy drops the last axis: a rank known at run time
        raise ValueError("np.cross of two 2-element vectors: nbc supports a "
                         "3-element operand (as Numba)")
    a0, a1, b0, b1 = a[..., 0], a[..., 1], b[..., 0], b[..., 1]
    if na == 2:  # z = 0
        b2 = b[..., 2]
        return np.stack((a1 * b2, -(a0 * b2), a0 * b1 - a1 * b0), axis=-1)
    a2 = a[..., 2]
    if nb == 2:
        return np.stack((-(a2 * b1), a2 * b0, a0 * b1 - a1 * b0), axis=-1)
    b2 = b[..., 2]
    return np.stack((a1 * b2 - a2 * b1, a2 * b0 - a0 * b2, a0 * b1 - a1 * b0), axis=-1)
