"""Library functions (npimpl's @library: median, quantile, unique, ...):
compiled once per process for each argument types and options, later
kernels declare the compiled callee instead of compiling it again; their
errors still reach the caller; cache=True and nbc.aot kernels keep
compiling them into their own module (they must stand alone)."""

import numpy as np
import pytest

import nbc
from nbc.frontend import library

pytest.importorskip("nbc._core")

DECLARED = "func.func private @_nbc_library_"


def med_a(a, q):
    return np.median(a) + np.quantile(a, q)


def med_b(a, q):
    return np.quantile(a, q) * 2.0 - np.median(a)


@pytest.mark.parametrize("data, q", [
    ([3.0, 1.0, 2.0, 7.5], 0.25),
    ([np.nan, 1.0, 2.0], 0.5),
    ([5.0], 1.0),
])
def test_second_kernel_reuses_the_compiled_library_function(data, q):
    a = np.array(data)
    first, second = nbc.njit(med_a), nbc.njit(med_b)
    np.testing.assert_allclose(first(a, q), med_a(a, q))  # may compile the library
    before = library.stats["compiles"]
    np.testing.assert_allclose(second(a, q), med_b(a, q))
    assert library.stats["compiles"] == before  # reused, nothing compiled again
    text = second.inspect_mlir()
    assert DECLARED in text
    assert "_sorted_float" not in text  # neither defined nor called here


@nbc.njit
def checked_quantile(a, q):
    return np.quantile(a, q) + np.median(a)


@pytest.mark.parametrize("data, q", [([], 0.5), ([1.0, 2.0], 1.5)])
def test_errors_raised_in_a_library_function_reach_the_caller(data, q):
    a = np.array(data, dtype=np.float64)
    with pytest.raises(Exception) as expected:
        np.quantile(a, q)
    with pytest.raises(expected.type) as got:
        checked_quantile(a, q)
    assert str(got.value) == str(expected.value)
    assert DECLARED in checked_quantile.inspect_mlir()


def test_cache_true_kernels_define_library_functions(tmp_path, monkeypatch):
    monkeypatch.setenv("NBC_CACHE_DIR", str(tmp_path))
    cached = nbc.njit(cache=True)(med_a)
    a = np.array([4.0, 1.0, 3.0])
    np.testing.assert_allclose(cached(a, 0.5), med_a(a, 0.5))
    text = cached.inspect_mlir()
    assert DECLARED not in text and "_sorted_float" in text
    assert any(tmp_path.rglob("*.nbci"))  # stored: nothing bound to an address


def test_aot_kernels_define_library_functions():
    from nbc import aot, types
    group = aot._Group(0, {})
    disp = nbc.njit("float64(float64[:], float64)")(med_b)
    aot._compile_njit("med_b", disp, group, types)
    assert not group.lm.m.external_symbols
    text = group.lm.m.text()
    assert DECLARED not in text and "_sorted_float" in text
