"""np.gcd and np.lcm: Euclid's algorithm per element, on the operands
broadcast and promoted as NumPy's ufuncs do (integers only, as NumPy's
loops). NumPy computes on the magnitudes as unsigned numbers of the same
width and casts back: gcd(-128, 0) of int8 is -128, lcm wraps."""

import numpy as np


def _gcd_of_magnitudes(a, b):
    """gcd of |x| and |y| given as abs() in the operands' type: the only
    negative one is the smallest integer (its magnitude 2**(w-1)), which a
    floor remainder by the other nonzero one brings into range first."""
    if a < 0 and b != 0:
        a = a % b
    if b < 0 and a != 0:
        b = b % a
    while b != 0:
        a, b = b, a % b
    return a


def _lcm_of_magnitudes(a, b):
    g = _gcd_of_magnitudes(a, b)
    if g == 0:
        return g
    q = a // g
    if q < 0:  # 2**(w-1) // 1 as NumPy's unsigned quotient: the same bits
        q = -q
    return q * b  # wraps as NumPy's unsigned product


def _elementwise(x1, x2, least_multiple):
    """gcd (or lcm) of x1 and x2 broadcast and promoted as NumPy's ufunc
    would; abs wraps at the smallest integer, as NumPy's."""
    s = x1 + x2  # the result's dtype and shape
    a = np.abs(x1 + s * 0).reshape(-1)
    b = np.abs(x2 + s * 0).reshape(-1)
    out = np.empty(s.shape, s.dtype)
    flat = out.reshape(-1)
    for i in range(flat.shape[0]):
        if least_multiple:
            flat[i] = _lcm_of_magnitudes(a[i], b[i])
        else:
            flat[i] = _gcd_of_magnitudes(a[i], b[i])
    return out


def gcd(x1, x2):
    return _elementwise(x1, x2, False)


def gcd_scalar(x1, x2):
    # Through an array: scalar arithmetic widens small integers (as Numba's),
    # where NumPy's loop wraps in their type.
    return gcd(np.array([x1]), x2)[0]


def lcm(x1, x2):
    return _elementwise(x1, x2, True)


def lcm_scalar(x1, x2):
    return lcm(np.array([x1]), x2)[0]
