"""np.cumsum / np.cumprod (functions and methods) and np.diff against
NumPy: dtypes (NumPy's widening of small integers and bools), empty and
1-element arrays, views, N-d arrays (flattened in C order)."""

import numpy as np
import pytest

import nbc
from conftest import requires_exec

pytestmark = requires_exec


def cumsum(a):
    return np.cumsum(a)


def cumprod(a):
    return np.cumprod(a)


def cumsum_method(a):
    return a.cumsum()


def cumprod_method(a):
    return a.cumprod()


def diff(a):
    return np.diff(a)


def inputs(dtype):
    rng = np.random.default_rng(0)
    base = (rng.integers(-3, 4, 24) if np.dtype(dtype).kind in "iu" else
            rng.random(24) + 0.5).astype(dtype)
    if np.dtype(dtype).kind == "u":
        base = rng.integers(0, 4, 24).astype(dtype)
    return [base, base[:0], base[:1], base[::-3], base.reshape(4, 6),
            base.reshape(4, 6).T, np.asfortranarray(base.reshape(3, 8))]


DTYPES = [np.int8, np.int32, np.int64, np.uint8, np.uint64, np.float32, np.float64]


@pytest.mark.parametrize("fn", [cumsum, cumprod, cumsum_method, cumprod_method])
@pytest.mark.parametrize("dtype", DTYPES + [np.bool_])
def test_scans_match_numpy(fn, dtype):
    k = nbc.njit(fn)
    for a in inputs(dtype) if dtype is not np.bool_ else [np.array([1, 0, 1, 1], bool)]:
        want, got = fn(a), k(a)
        assert got.dtype == want.dtype, (a.dtype, got.dtype, want.dtype)
        np.testing.assert_allclose(got, want, rtol=1e-6 if dtype is np.float32 else 1e-12)


@pytest.mark.parametrize("dtype", DTYPES)
def test_diff_matches_numpy(dtype):
    k = nbc.njit(diff)
    for a in inputs(dtype):
        if a.ndim != 1:
            continue
        want, got = diff(a), k(a)
        assert got.dtype == want.dtype and got.shape == want.shape
        np.testing.assert_array_equal(got, want)


def cumsum_out(a):
    return np.cumsum(a, axis=0, out=a)


def test_unsupported_keywords_name_themselves():
    with pytest.raises(nbc.UnsupportedError, match="the keyword argument 'out'"):
        nbc.njit(cumsum_out)(np.ones((2, 2)))
