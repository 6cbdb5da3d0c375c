"""njit(fuse_ufuncs=False), an expert switch for measuring what fusion gains,
reaches the pipeline's fuse-ufuncs option through the C API: a chain of
array expressions is then one loop per operator, each writing a temporary,
with the same values."""

import numpy as np
import pytest

import nbc
from nbc import options
from conftest import requires_exec


def chain(a, b, c, d):
    return (a * b + c) * d


# One dispatcher each, shared by the tests (compiled once per signature).
_KERNELS = {fuse: nbc.njit(fuse_ufuncs=fuse)(chain) for fuse in (True, False)}


_RNG = np.random.default_rng(3)
_INPUTS = {
    "contiguous": tuple(_RNG.random(1001) for _ in range(4)),
    "strided and broadcast": (_RNG.random(2002)[::2], _RNG.random(1001),
                              _RNG.random(1), _RNG.random((3, 1001))[1]),
    "2-d": tuple(_RNG.random((7, 9)) for _ in range(4)),
}


@requires_exec
@pytest.mark.parametrize("fuse", [True, False])
@pytest.mark.parametrize("inputs", list(_INPUTS))
def test_same_values_with_and_without_fusion(fuse, inputs):
    args = _INPUTS[inputs]
    kernel = _KERNELS[fuse]
    assert np.array_equal(kernel(*args), chain(*args))


@requires_exec
@pytest.mark.parametrize("fuse,arrays", [(True, 1), (False, 3)])
def test_fusion_leaves_one_array(fuse, arrays):
    kernel = _KERNELS[fuse]
    args = _INPUTS["contiguous"]
    kernel(*args)
    assert kernel.inspect_mlir("standard").count("memref.alloc(") == arrays


def test_option_reaches_the_pipeline_options():
    opts = nbc._options({"fuse_ufuncs": False}, "njit")
    assert options.pipeline_options(opts)["fuse-ufuncs"] is False
    assert "fuse-ufuncs" not in options.pipeline_options(nbc._options({}, "njit"))
    assert "fuse-ufuncs=false" in options.nbc_opt_flag(opts)
