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

def NBCFuseUfuncs : Pass<"nbc-fuse-ufuncs", "::mlir::ModuleOp"> {
  let summary = "Fuse chains of nbc.ufunc into one loop without temporaries";
  let description = [{
    NumPy evaluates `a * b + c` one operator at a time, allocating an
    intermediate array for `a * b`; nbc's frontend emits the same chain of
    `nbc.ufunc` ops. When a ufunc's only result is read only by the next
    ufunc in the same block, as an input, this pass inlines the producer's
    body into the consumer's, so the chain is one loop nest with no
    temporary. It fuses only when that cannot change what is observed:
    nothing between the two ops has memory effects, neither body may raise
    or write memory (also through the functions it calls), and the
    temporary has the consumer's rank (so no element is recomputed along a
    broadcast axis). NumPy's broadcasting composes, so the fused op's shape
    and broadcast errors are the consumer's. It runs on the module, since
    deciding whether a body may raise reads the functions it calls.

    ```mlir
    %t = nbc.ufunc ins(%a, %b : memref<?xf64>, memref<?xf64>) -> memref<?xf64> {
    ^bb0(%x: f64, %y: f64):
      %m = nbc.mul %x, %y : f64
      nbc.yield %m : f64
    }
    %r = nbc.ufunc ins(%t, %c : memref<?xf64>, memref<?xf64>) -> memref<?xf64> {
    ^bb0(%x: f64, %z: f64):
      %s = nbc.add %x, %z : f64
      nbc.yield %s : f64
    }
    // becomes one nbc.ufunc ins(%c, %a, %b) whose body multiplies, then adds.
    ```
  }];
  let dependentDialects = ["::mlir::nbc::NBCDialect"];
}

def NBCRecognizeReductions : Pass<"nbc-recognize-reductions"> {
  let summary = "Classify the values an nbc.prange carries as reductions";
  let description = [{
    Frontends may build `nbc.prange` with plain carried values
    (`iter_args(%acc = %init : T)`, no `kinds`) and leave deciding which
    reduction each one is to this pass (mlir::nbc::recognizeReductions,
    also nbcRecognizeReductions in the C API). The kind comes from the
    def-use chain between the accumulator and the value yielded for it:
    `nbc.add`, `nbc.sub` (accumulator on the left) -> add; `nbc.mul`;
    `nbc.min`/`nbc.max`; `nbc.and`/`nbc.or`/`nbc.xor`, also through
    `nbc.select`, `scf.if`, `nbc.range` and `scf.while` that pass the
    accumulator on unchanged on other paths. Anything else fails with
    "prange: ..." at the offending op, naming the variable by the
    accumulator's `NameLoc`. Inner pranges are classified first.

    In a kernel with `parallel = true` it also makes array elements that
    iterations may share safe (mlir::nbc::makeArrayUpdatesAtomic): updates
    `a[e] = a[e] op v` whose index is not `c * iv + d` become
    `nbc.atomic_update`; a plain write of an element every iteration
    writes, a read of an array updated at shared elements, or updates with
    two operators fail with "prange: ..." at the access
    (docs/ArraysParallelSIMD.md).

    ```mlir
    // before
    %s = nbc.prange (%i) = (%c0) to (%n) step (%c1) : si64
        iter_args(%acc = %zero : f64) { ... nbc.sub %acc, %x ... }
    // after
    %s = nbc.prange (%i) = (%c0) to (%n) step (%c1) : si64
        reduce(add %acc = %zero : f64) { ... }
    ```
  }];
}

#endif // NBC_DIALECT_NBC_TRANSFORMS_PASSES_TD
