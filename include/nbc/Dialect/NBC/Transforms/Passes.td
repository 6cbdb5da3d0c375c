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

#endif // NBC_DIALECT_NBC_TRANSFORMS_PASSES_TD
