"""Running a kernel and NumPy on the same Python, for the NumPy coverage
tests: (result, arguments after the call, exception) of each on copies that
keep the arguments' layouts, compared on values, dtypes, shapes, arrays
written in place, and the type and message of errors."""

import numpy as np


def same_layout_copy(a):
    """A copy of `a` with its strides: the same view of a copy of its base."""
    root = a
    while isinstance(root.base, np.ndarray):
        root = root.base
    if root is a or not root.flags.c_contiguous:
        return a.copy()
    offset = a.__array_interface__["data"][0] - root.__array_interface__["data"][0]
    return np.ndarray(a.shape, a.dtype, root.copy(), offset, a.strides)


def outcome(fn, args):
    """(result, arguments after the call, exception) of fn on copies that
    keep the arguments' layouts (strided, transposed)."""
    copies = [same_layout_copy(a) if isinstance(a, np.ndarray) else a for a in args]
    try:
        return fn(*copies), copies, None
    except Exception as e:  # noqa: BLE001 - compared below
        return None, copies, e


def assert_same(got, want, close=False):
    """Same dtype (kind for a scalar, boxed as a Python number as Numba
    does), shape and values; `close`: floats to a relative 1e-12 (1e-5 in
    single precision), for results NumPy sums in another order."""
    scalar = np.ndim(want) == 0
    got, want = np.asarray(got), np.asarray(want)
    assert got.dtype.kind == want.dtype.kind if scalar else got.dtype == want.dtype, \
        (got.dtype, want.dtype)
    assert got.shape == want.shape, (got.shape, want.shape)
    if close and want.dtype.kind in "fc":
        rtol = 1e-5 if want.dtype in (np.float32, np.complex64) else 1e-12
        np.testing.assert_allclose(got, want, rtol=rtol)
    else:
        np.testing.assert_array_equal(got, want)


def check(kernel, *args, close=False):
    """The kernel and its Python (kernel.py_func) on copies of `args`: the
    same results and written arguments, or the same error."""
    got, got_args, got_err = outcome(kernel, args)
    want, want_args, want_err = outcome(kernel.py_func, args)
    if want_err is not None:
        assert got_err is not None, f"expected {want_err!r}, got {got!r}"
        assert (type(got_err), str(got_err)) == (type(want_err), str(want_err))
        return
    assert got_err is None, got_err
    results = zip(got, want) if isinstance(want, tuple) else [(got, want)]
    assert not isinstance(want, tuple) or len(got) == len(want)
    for g, w in list(results) + list(zip(got_args, want_args)):
        if isinstance(w, np.ndarray) or np.ndim(w) == 0:
            assert_same(g, w, close)
