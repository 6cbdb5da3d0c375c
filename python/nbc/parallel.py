"""`nbc.prange`: Numba's parallel range (a plain range when run by Python)."""


def prange(*args):
    return range(*args)
