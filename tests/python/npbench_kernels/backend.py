"""`njit` for the NPBench kernel modules and `load(domain, name)` binding it
to CPython, Numba or nbc: the public-kernel loader pointed at this folder."""

import os

from public_kernels import backend as _shared

njit = _shared.njit
HERE = os.path.dirname(__file__)


def load(domain, name):
    return _shared.load(domain, name, HERE, "npbench_kernels")
