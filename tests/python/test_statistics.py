"""np.var/np.std (functions and methods) and the NaN-skipping reductions
against NumPy over the whole array: NaNs, all-NaN and empty arrays (nan as
NumPy, no ZeroDivisionError), integer and float32 inputs, N-d and strided
arrays; nanmin/nanmax of an empty array raise NumPy's ValueError."""

import warnings

import numpy as np
import pytest

import nbc
from conftest import requires_exec

pytestmark = requires_exec


def var(a):
    return np.var(a)


def std(a):
    return np.std(a)


def nansum(a):
    return np.nansum(a)


def nanprod(a):
    return np.nanprod(a)


def nanmean(a):
    return np.nanmean(a)


def nanmin(a):
    return np.nanmin(a)


def nanmax(a):
    return np.nanmax(a)


def nanvar(a):
    return np.nanvar(a)


def nanstd(a):
    return np.nanstd(a)


def var_method(a):
    return a.var()


def std_method(a):
    return a.std()


FUNCTIONS = [var, std, nansum, nanprod, nanmean, nanmin, nanmax, nanvar, nanstd,
             var_method, std_method]


def inputs():
    rng = np.random.default_rng(1)
    x = rng.random(30) * 4 - 2
    x[[3, 17]] = np.nan
    return [x, x.astype(np.float32), x[::-4], x.reshape(5, 6).T,
            np.array([np.nan, np.nan]), np.array([2.5]), np.arange(12).reshape(3, 4),
            np.arange(7, dtype=np.uint8), np.array([], float)]


@pytest.mark.parametrize("fn", FUNCTIONS, ids=lambda f: f.__name__)
def test_matches_numpy(fn):
    k = nbc.njit(fn)
    for a in inputs():
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            try:
                want = fn(a)
            except ValueError as e:
                with pytest.raises(ValueError, match="zero-size array"):
                    k(a)
                assert "zero-size array" in str(e)
                continue
        got = k(a)
        rtol = 1e-5 if a.dtype == np.float32 else 1e-12
        assert np.allclose(got, want, rtol=rtol, equal_nan=True), (fn.__name__, a, got,
                                                                    want)


def var_dtype(a):
    return np.var(a, axis=0, dtype=np.float32)


def test_unsupported_keyword_is_refused_with_its_name():
    with pytest.raises(nbc.UnsupportedError, match="np.var: the keyword argument "
                       "'dtype' is not supported"):
        nbc.njit(var_dtype)(np.ones((2, 2)))
