"""What the Numba API tests share: the same function compiled by Numba and
by nbc, and their results compared by value and type."""

import numpy as np
import pytest

import nbc
from conftest import same

numba = pytest.importorskip("numba")

A = np.arange(1.0, 7.0)
M = np.arange(6.0).reshape(2, 3)


def both(sig, func, **opts):
    """`func` compiled by numba.njit and by nbc.njit with `sig` (None: lazy)."""
    if sig is None:
        return numba.njit(**opts)(func), nbc.njit(**opts)(func)
    return numba.njit(sig, **opts)(func), nbc.njit(sig, **opts)(func)


def agree(ref, got):
    """Same value and same Python/NumPy result type (arrays: same dtype)."""
    assert same(ref, got), (ref, got)
    if isinstance(ref, tuple):
        for r, g in zip(ref, got):
            agree(r, g)
    elif isinstance(ref, np.ndarray):
        assert got.dtype == ref.dtype, (ref.dtype, got.dtype)
    else:
        assert type(got) is type(ref), (type(ref), type(got))


def run_both(sig, func, *arg_lists, **opts):
    ref_k, got_k = both(sig, func, **opts)
    for args in arg_lists:
        ref = ref_k(*[a.copy() if isinstance(a, np.ndarray) else a for a in args])
        got = got_k(*[a.copy() if isinstance(a, np.ndarray) else a for a in args])
        agree(ref, got)
    return ref_k, got_k
