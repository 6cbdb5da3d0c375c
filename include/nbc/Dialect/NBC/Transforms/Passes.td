//===- Passes.td - nbc to nbc (and nbc-only) passes --------*- tablegen -*-===//

#ifndef NBC_DIALECT_NBC_TRANSFORMS_PASSES_TD
#define NBC_DIALECT_NBC_TRANSFORMS_PASSES_TD

include "mlir/Pass/PassBase.td"

def NBCLowerErrors : Pass<"nbc-lower-errors", "ModuleOp"> {
  let summary = "Turn nbc.raise_if into the status-return ABI";
  let description = [{
    Runs after `convert-nbc-to-standard`. Every function that may raise
    (it holds an `nbc.raise_if` or calls a function that may raise) gets a
    leading `!llvm.ptr` result, the status: null on success, else the
    address of a constant string whose first byte is the exception kind and
    the rest the message (docs/ErrorModel.md). After a raise point the rest
    of the block runs under `scf.if` (status is null); `scf.for` loops with
    raise points become `scf.while` loops that also stop on failure;
    `scf.while` and `scf.if` carry the status as an extra value; a raise in
    an `scf.parallel` body records the first status with an atomic
    compare-and-swap and skips the rest of that iteration. Calls to
    functions that may raise propagate the status. Functions with the unit
    attribute `nbc.report_errors` keep their signature and pass a non-null
    status to `nbc_rt_report_error` (the nbc_runtime library).
  }];
  let dependentDialects = [
    "::mlir::LLVM::LLVMDialect", "::mlir::scf::SCFDialect",
    "::mlir::ub::UBDialect", "::mlir::func::FuncDialect",
    "::mlir::arith::ArithDialect"];
}

def NBCStripAttributes : Pass<"nbc-strip-attributes", "ModuleOp"> {
  let summary = "Drop nbc.* attributes once no pass reads them";
  let description = [{
    Removes `nbc.kernel`, `nbc.report_errors` and any other `nbc.`
    attribute from every op, so that the LLVM-dialect output parses without
    the nbc dialect (mlir-runner, mlir-translate). The nbc-to-llvm pipeline
    runs it just before leaving for the LLVM dialect.
  }];
}

def NBCHoistChecks : Pass<"nbc-hoist-checks", "func::FuncOp"> {
  let summary = "Replace per-iteration bounds checks by one check before the loop";
  let description = [{
    An `nbc.load`/`nbc.store` directly in an `nbc.range` without break
    with a constant step of either sign, or in an `nbc.prange` with steps
    1, whose array is loop-invariant and whose index on each axis is an
    induction variable plus a loop-invariant offset (or invariant) is
    checked once before the loop: the lowest and highest index must lie in
    `[-n, n)` (Python's negative indices wrap). The access then loses its
    per-iteration check (`noboundscheck`), and its wraparound (`nowrap`)
    when the lowest index is provably non-negative. The error is raised
    before the loop instead of at the failing iteration, as
    docs/ErrorModel.md allows. This keeps inner loops free of checks so
    they vectorize.
  }];
  let dependentDialects = ["::mlir::nbc::NBCDialect"];
}

def NBCVersionChecks : Pass<"nbc-version-checks", "func::FuncOp"> {
  let summary = "Move loop-invariant raise points out of scf.for loops";
  let description = [{
    Runs between `convert-nbc-to-standard` and `nbc-lower-errors`. An
    `nbc.raise_if` directly in an `scf.for` body whose condition is
    loop-invariant (a zero check of a run-time divisor) moves before the
    loop as `raise_if (lb < ub) && cond` when nothing before it in the body
    writes memory or raises; otherwise the loop is versioned into
    `scf.if (lb < ub) && (cond || ...)` over the original loop and a copy
    without those checks. Python's side effects and exception are kept
    either way, and the check-free loop stays an `scf.for`.
  }];
  let dependentDialects = ["::mlir::scf::SCFDialect",
                           "::mlir::arith::ArithDialect"];
}

def NBCVectorize : Pass<"nbc-vectorize", "func::FuncOp"> {
  let summary = "Vectorize innermost unit-step scf.for loops";
  let description = [{
    Turns an innermost `scf.for` with step 1 whose body is loads and stores
    indexed by the induction variable on a unit-stride innermost axis,
    loop-invariant values and elementwise arith/math ops into a loop over
    `vector<W x T>` (`vector.load`, vector arith, `vector.store`) followed
    by the original loop for the remaining iterations. Loop-carried values
    that are reductions become vector accumulators reduced with
    `vector.reduction` after the loop. A loop holding `nbc.raise_if` (the
    pass runs before `nbc-lower-errors`) becomes an `scf.while` over
    vectors that ORs each vector's raise conditions (`vector.reduction
    <or>`) before its stores and stops at the first failing vector; the
    scalar loop then runs from there and raises at the exact element.
    Integer divisions whose divisor is provably neither 0 nor -1 (the
    `select` of the Python division lowering) count as pure. Float add/mul
    reductions only when reassociation is allowed (the kernel's or the
    pass's fastmath), since that changes rounding. `vector-width` 0 asks LLVM for the host's
    preferred vector register width.
  }];
  let options = [
    Option<"vectorWidth", "vector-width", "unsigned", "0",
           "Elements per vector; 0 picks the host's register width, 1 "
           "disables">,
    Option<"fastmath", "fastmath", "bool", "false",
           "Allow reassociating float reductions in every kernel">
  ];
  let dependentDialects = ["::mlir::vector::VectorDialect",
                           "::mlir::arith::ArithDialect"];
}

def NBCPreciseMath : Pass<"nbc-precise-math", "ModuleOp"> {
  let summary = "Call libm for math ops convert-math-to-llvm computes imprecisely";
  let description = [{
    `convert-math-to-llvm` expands `math.log1p` to `log(1 + x)` and
    `math.expm1` to `exp(x) - 1`, which lose all precision for small `x`;
    Python's `math.log1p`/`math.expm1` call libm. This pass turns just those
    ops into libm calls (the `convert-math-to-libm` patterns, applied to
    them alone) and leaves every other math op to the LLVM intrinsics.
  }];
  let dependentDialects = ["::mlir::func::FuncDialect",
                           "::mlir::LLVM::LLVMDialect"];
}

#endif // NBC_DIALECT_NBC_TRANSFORMS_PASSES_TD
