//===- Passes.td - Conversions out of the nbc dialect ------*- tablegen -*-===//

#ifndef NBC_CONVERSION_PASSES_TD
#define NBC_CONVERSION_PASSES_TD

include "mlir/Pass/PassBase.td"

def ConvertNBCToCore : Pass<"convert-nbc-to-core", "ModuleOp"> {
  let summary = "Lower nbc ops to the core dialects: arith, math, scf, memref";
  let description = [{
    Lowers nbc to the core dialects upstream MLIR lowers to LLVM: scalar
    ops to `arith` and `math`, `nbc.range`/`nbc.prange`/`nbc.ufunc` loops to
    `scf`, arrays to `memref`, with `func` signatures converted. Only
    `nbc.raise_if` is left.

    One dialect conversion that applies every `populateNBC*Patterns`
    with the `NBCTypeConverter`, which erases signedness (`si64` -> `i64`,
    `memref<?xui8>` -> `memref<?xi8>`) in ops, blocks and function
    signatures. Implicit checks become explicit `nbc.raise_if` ops, which
    `nbc-lower-errors` turns into status returns afterwards.
  }];
  let dependentDialects = [
    "::mlir::arith::ArithDialect", "::mlir::complex::ComplexDialect",
    "::mlir::math::MathDialect",
    "::mlir::scf::SCFDialect", "::mlir::memref::MemRefDialect",
    "::mlir::func::FuncDialect", "::mlir::linalg::LinalgDialect",
    "::mlir::nbc::NBCDialect"];
}

#endif // NBC_CONVERSION_PASSES_TD
