"""The loop kernels behind nbc ufuncs (python/nbc/ufunc_build.py) verify and
lower with nbc-opt; runs with or without the execution layer."""

import math

import nbc
from nbc import types as T
from nbc.backend import run_nbc_opt
from nbc.ufunc_build import LoopModule


def hyp(x, y):
    return math.sqrt(x * x + y * y) if x > 0 else x - y


def row_sum(x, res):
    s = 0.0
    for i in range(x.shape[0]):
        s += x[i]
    res[0] = s


OPTS = dict(nbc._OPTIONS, error_model="numpy")


def test_elementwise_kernels():
    lm = LoopModule(OPTS)
    names, out = lm.add_elementwise(hyp, [T.int32, T.int32], None, parallel=True)
    assert out == T.float64  # inferred: sqrt gives a float
    assert [n[-2:] for n in names] == ["_c", "_s", "_1", "_p", "ps"]
    text = lm.text()
    assert text.count("nbc.ufunc ins(") == 4 and text.count("nbc.prange") == 2
    # Inputs are strided 1-d views; _c writes a contiguous output.
    assert f"@{names[0]}(%" in text and "memref<?xsi32, strided<[?], offset: ?>>" in text
    lowered = run_nbc_opt(text, "--nbc-to-llvm")
    # Each loop kernel is exported under its entry point; its own symbol is
    # internal (nbc-mangle-symbols).
    for name in names:
        assert f"@_nbc_call_{name}(" in lowered
        assert f"internal @nbc.fn.{name}(" in lowered


def test_declared_output_type_casts():
    lm = LoopModule(OPTS)
    _, out = lm.add_elementwise(hyp, [T.float64, T.float64], T.float32, parallel=False)
    assert out == T.float32
    text = lm.text()
    assert "nbc.cast" in text and "nbc.prange" not in text
    run_nbc_opt(text, "--nbc-to-llvm")


def test_generalized_kernel_takes_strided_arrays():
    lm = LoopModule(OPTS)
    name = lm.add_generalized(row_sum, [T.Array(T.float64, 1), T.Array(T.float64, 1)])
    text = lm.text()
    assert f"@{name}(%" in text and "strided<[?], offset: ?>" in text
    run_nbc_opt(text, "--nbc-to-llvm")
