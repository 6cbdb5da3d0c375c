"""Options and stages are defined once, in C++ (Pipelines.h), and reach Python
through libNBC-C; nbc.options converts njit's options to the pipeline's in
one place, for nbc._core and for nbc-opt alike."""

import numpy as np
import pytest

import nbc
from nbc import options
from nbc.backend import VerifiedKernel, run_nbc_opt
from conftest import requires_exec


@requires_exec
def test_fallbacks_agree_with_core():
    from nbc import _core
    assert tuple(_core.stages()) == options._STAGES_WITHOUT_CORE
    assert tuple(_core.vector_math_libraries()) == options._VECTOR_MATH_WITHOUT_CORE
    assert options.mlir_stages() == ("input", "standard", "llvm-dialect")


def test_pipeline_options_are_nbc_opt_options():
    opts = nbc._options({"parallel": True, "vector_math": "none"}, "njit")
    assert options.pipeline_options(opts) == {
        "parallel": True, "fastmath": False, "vector-math": "none"}
    assert options.pipeline_options(opts, parallel=False)["parallel"] is False
    assert options.nbc_opt_flag(opts, "standard") == (
        "--nbc-to-llvm=parallel=true fastmath=false vector-math=none "
        "stop-after=standard")


def scale(a):
    for i in range(len(a)):
        a[i] = a[i] * 2.0


@requires_exec
@pytest.mark.parametrize("stage", ["standard", "llvm-dialect"])
@pytest.mark.parametrize("kwargs", [{}, {"parallel": True, "vector_math": "none"},
                                    {"fuse_ufuncs": False}])
def test_verify_backend_shows_what_the_program_shows(stage, kwargs):
    """The verify backend's nbc-opt run and the native program's snapshot
    (taken during its one pipeline run) are the same text."""
    kernel = nbc.njit(**kwargs)(scale)
    kernel(np.ones(4))
    native = kernel.inspect_mlir(stage)
    text = kernel.inspect_mlir("input")
    verified = VerifiedKernel(text, "scale", None, None, kernel.options)
    assert verified.inspect(stage) == native + "\n"


@requires_exec
def test_inspect_llvm_and_asm_use_the_stage_names():
    kernel = nbc.njit(scale)
    kernel(np.ones(4))
    assert "define" in kernel.inspect_llvm()
    assert kernel.inspect_mlir("llvm-ir-opt")
    assert kernel.inspect_asm()
    with pytest.raises(ValueError, match="unknown stage 'bogus'; one of input, standard"):
        kernel.inspect_mlir("bogus")


def test_unknown_stage_in_nbc_opt():
    with pytest.raises(Exception, match="stop-after: 'asm' is not a stage"):
        run_nbc_opt("module {}", "--nbc-to-llvm=stop-after=asm")
