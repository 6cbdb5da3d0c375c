//===- Passes.td - nbc to nbc passes -----------------------*- tablegen -*-===//
//
// Passes that run on nbc ops, before convert-nbc-to-core. Passes on
// lowered IR (scf, memref, vector, llvm) are in nbc/Transforms/Passes.td.
//
//===----------------------------------------------------------------------===//

#ifndef NBC_DIALECT_NBC_TRANSFORMS_PASSES_TD
#define NBC_DIALECT_NBC_TRANSFORMS_PASSES_TD

include "mlir/Pass/PassBase.td"

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

#endif // NBC_DIALECT_NBC_TRANSFORMS_PASSES_TD
