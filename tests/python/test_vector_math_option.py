"""njit(vector_math=...) reaches the pipeline's vector-math option through the
C API: libmvec calls by default, scalar libm calls (bit-identical to
CPython's math module) with 'none'."""

import math

import numpy as np
import pytest

import nbc
from conftest import requires_exec


def sines(a, out):
    for i in range(len(a)):
        out[i] = math.sin(a[i])


@requires_exec
@pytest.mark.parametrize("vector_math,libmvec", [("libmvec", True),
                                                 ("polynomial", False),
                                                 ("none", False)])
def test_vector_math_reaches_the_pipeline(vector_math, libmvec):
    kernel = nbc.njit(vector_math=vector_math)(sines)
    a = np.linspace(-10.0, 10.0, 1003)
    out = np.empty_like(a)
    kernel(a, out)
    reference = np.array([math.sin(x) for x in a])
    if vector_math == "none":
        assert np.array_equal(out, reference)  # libm itself, bit for bit
    else:
        assert np.allclose(out, reference, rtol=1e-13, atol=1e-15)
    lowered = kernel.inspect_mlir(stage="llvm-dialect")
    assert ("_ZGV" in lowered) == libmvec


def test_vector_math_is_checked():
    with pytest.raises(ValueError, match="vector_math must be"):
        nbc.njit(vector_math="svml")(sines)
