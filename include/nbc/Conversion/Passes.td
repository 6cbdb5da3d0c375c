//===- Passes.td - Conversions out of the nbc dialect ------*- tablegen -*-===//

#ifndef NBC_CONVERSION_PASSES_TD
#define NBC_CONVERSION_PASSES_TD

include "mlir/Pass/PassBase.td"

def ConvertNBCToStandard : Pass<"convert-nbc-to-standard", "ModuleOp"> {
  let summary = "Lower nbc ops to arith, math, scf and memref";
  let description = [{
    One dialect conversion that applies every `populateNBCTo*Patterns`
    with the `NBCTypeConverter`, which erases signedness (`si64` -> `i64`,
    `memref<?xui8>` -> `memref<?xi8>`) in ops, blocks and function
    signatures. Implicit checks become explicit `nbc.raise_if` ops, which
    `nbc-lower-errors` turns into status returns afterwards.
  }];
  let dependentDialects = [
    "::mlir::arith::ArithDialect", "::mlir::math::MathDialect",
    "::mlir::scf::SCFDialect", "::mlir::memref::MemRefDialect",
    "::mlir::func::FuncDialect", "::mlir::linalg::LinalgDialect",
    "::mlir::nbc::NBCDialect"];
}

#endif // NBC_CONVERSION_PASSES_TD
