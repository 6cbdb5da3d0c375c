//===- Passes.td - nbc transformations ---------------------*- tablegen -*-===//

#ifndef NBC_DIALECT_NBC_TRANSFORMS_PASSES_TD
#define NBC_DIALECT_NBC_TRANSFORMS_PASSES_TD

include "mlir/Pass/PassBase.td"

def NBCHoistChecks : Pass<"nbc-hoist-checks", "func::FuncOp"> {
  let summary = "Replace per-iteration bounds checks by one check before the loop";
  let description = [{
    An `nbc.load`/`nbc.store` inside an `nbc.range` with step 1 whose array
    is loop-invariant and whose index on an axis is the induction variable
    plus a loop-invariant offset is checked once before the loop: the
    first and last index must lie in `[-n, n)`. The access then loses its
    per-iteration check (`noboundscheck`), and its wraparound (`nowrap`)
    when the first index is a non-negative constant. The error is raised
    before the loop instead of at the failing iteration, as
    docs/ErrorModel.md allows. This keeps inner loops free of checks so
    they vectorize.
  }];
  let dependentDialects = ["::mlir::nbc::NBCDialect"];
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
    `vector.reduction` after the loop; float add/mul reductions only when
    reassociation is allowed (the kernel's or the pass's fastmath), since
    that changes rounding. `vector-width` 0 asks LLVM for the host's
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

#endif // NBC_DIALECT_NBC_TRANSFORMS_PASSES_TD
