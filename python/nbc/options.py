"""Compile options and stages: the one place nbc's Python options become the
nbc-to-llvm pipeline's.

The pipeline's options (`parallel`, `vector-width`, `fastmath`, `vector-math`,
`fuse-ufuncs`, `opt-level`, `stop-after`; docs/Lowering.md) and the stage names are defined
once, in C++ (include/nbc/Pipelines/Pipelines.h), and reach Python through
libNBC-C (`nbc._core.stages()`, `nbc._core.vector_math_libraries()`). The
native backend hands `pipeline_options` to `nbc._core.Program`; the verify
backend hands the same options to `nbc-opt --nbc-to-llvm`, so both show the
same IR at each stage.
"""

import functools

# Copies for when nbc._core is not built (the verify backend);
# tests/python/test_options.py checks that they agree with libNBC-C.
_STAGES_WITHOUT_CORE = ("input", "standard", "llvm-dialect", "llvm-ir",
                        "llvm-ir-opt", "asm")
_MLIR_STAGES = 3  # input, standard and llvm-dialect: what nbc-opt prints
_VECTOR_MATH_WITHOUT_CORE = ("libmvec", "polynomial", "none")


@functools.cache
def stages():
    """The stage names, in order (their index is the NbcStage value)."""
    try:
        from ._core import stages as core_stages
    except ImportError:
        return _STAGES_WITHOUT_CORE
    return tuple(core_stages())


def mlir_stages():
    """The stages nbc-opt --nbc-to-llvm="stop-after=..." can stop after."""
    return stages()[:_MLIR_STAGES]


@functools.cache
def vector_math_libraries():
    """The names the pipeline's vector-math option takes."""
    try:
        from ._core import vector_math_libraries as core_libraries
    except ImportError:
        return _VECTOR_MATH_WITHOUT_CORE
    return tuple(core_libraries())


def check_stage(stage):
    """Raises ValueError for a name that is not a stage."""
    if stage not in stages():
        raise ValueError(f"unknown stage '{stage}'; one of {', '.join(stages())}")


def pipeline_options(options, parallel=None):
    """The nbc-to-llvm pipeline's options, by their nbc-opt names, for
    njit/vectorize options (`parallel` overrides options["parallel"]).
    Options Python does not set (vector-width, opt-level) keep the
    pipeline's defaults."""
    if parallel is None:
        parallel = options.get("parallel")
    result = {"parallel": bool(parallel),
              "fastmath": bool(options.get("fastmath"))}
    if options.get("vector_math") is not None:
        result["vector-math"] = options["vector_math"]
    if options.get("fuse_ufuncs") is False:  # expert: measuring fusion
        result["fuse-ufuncs"] = False
    if options.get("target_cpu") not in (None, "host"):  # AOT (nbc.aot)
        result["target-cpu"] = options["target_cpu"]
    return result


def nbc_opt_flag(options, stop_after="llvm-dialect"):
    """`--nbc-to-llvm=...` with the pipeline options of `options`, stopping
    after the MLIR stage `stop_after`."""
    text = []
    for name, value in pipeline_options(options).items():
        text.append(f"{name}={str(value).lower() if isinstance(value, bool) else value}")
    text.append(f"stop-after={stop_after}")
    return "--nbc-to-llvm=" + " ".join(text)


def core_program(module, options, parallel=None, remarks=False, symbols=None):
    """An `nbc._core.Program` compiled from `module` (an nbc._core.ir module
    the frontend built, or MLIR text) with the pipeline options of `options`
    (RuntimeError when it does not compile); with `remarks`, keeping the
    vectorization report (`Program.remarks()`); `symbols` ({name: address},
    the frontend module's external_symbols) are bound by the JIT."""
    from ._core import Program
    kwargs = {name.replace("-", "_"): value
              for name, value in pipeline_options(options, parallel).items()}
    source = (module, "<nbc>") if isinstance(module, str) else (module,)
    return Program(*source, vectorization_remarks=remarks, symbols=symbols or {},
                   **kwargs)
