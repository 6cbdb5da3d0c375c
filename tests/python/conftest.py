"""Shared helpers: run a kernel with nbc and with CPython, compare."""

import math
import os
import sys

import numpy as np
import pytest

try:
    import nbc  # the installed package
except ImportError:  # running from the source tree
    sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "..", "python"))
    import nbc

from nbc.backend import get_backend, run_nbc_opt

EXECUTES = get_backend().name == "native"
requires_exec = pytest.mark.skipif(not EXECUTES, reason="nbc._core (execution) "
                                   "is not available")


def outcome(fn, args):
    """(value, None) or (None, exception type) of fn(*args)."""
    try:
        return fn(*args), None
    except Exception as e:  # noqa: BLE001 - we compare exception types
        return None, type(e)


def same(a, b):
    if isinstance(a, tuple):
        return isinstance(b, tuple) and len(a) == len(b) and all(
            same(x, y) for x, y in zip(a, b))
    if isinstance(a, np.ndarray) or isinstance(b, np.ndarray):
        a, b = np.asarray(a), np.asarray(b)
        rtol = 1e-5 if np.float32 in (a.dtype, b.dtype) else 1e-12
        return a.shape == b.shape and np.allclose(a, b, equal_nan=True, rtol=rtol,
                                                  atol=0) and \
            (a.dtype == b.dtype or a.dtype.kind == b.dtype.kind)
    if isinstance(a, (float, np.floating)) or isinstance(b, (float, np.floating)):
        rel = 1e-5 if isinstance(a, np.float32) or isinstance(b, np.float32) else 1e-12
        a, b = float(a), float(b)
        if math.isnan(a) or math.isnan(b):
            return math.isnan(a) and math.isnan(b)
        if math.isinf(a) or math.isinf(b):  # inf - x <= rel * inf holds for any x
            return a == b
        return a == b or abs(a - b) <= rel * max(abs(a), abs(b))
    return a == b


def check(kernel, *args, ref=None):
    """Runs `kernel` (a Dispatcher) and its Python function on copies of the
    same arguments; results (and any exception type, and arrays mutated in
    place) must agree."""
    ref = ref or kernel.py_func
    if not EXECUTES:
        verifies(kernel, *args)
        pytest.skip("no execution layer: the emitted IR verified")
    copies_py = [a.copy() if isinstance(a, np.ndarray) else a for a in args]
    copies_nbc = [a.copy() if isinstance(a, np.ndarray) else a for a in args]
    want, want_exc = outcome(ref, copies_py)
    got, got_exc = outcome(kernel, copies_nbc)
    assert got_exc == want_exc, (f"{kernel.py_func.__name__}{args}: nbc raised "
                                 f"{got_exc}, Python {want_exc} (got {got!r})")
    if want_exc is None:
        assert same(want, got), f"{kernel.py_func.__name__}{args}: {got!r} != {want!r}"
    for a, b in zip(copies_py, copies_nbc):
        if isinstance(a, np.ndarray):
            assert same(a, b), f"array argument differs: {b!r} != {a!r}"
    return got


def verifies(kernel, *args):
    """The module nbc emits for these argument types passes nbc-opt."""
    types = tuple(nbc.types.typeof(a) for a in args)
    k = kernel.compile_types(types)
    run_nbc_opt(k.inspect("input"))
    return k
