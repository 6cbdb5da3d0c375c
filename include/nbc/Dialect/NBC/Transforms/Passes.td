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
    they vectorize. Loops inside `nbc.try` keep their checks: there the
    iterations before a failing one must have run, as in Python.
  }];
  let dependentDialects = ["::mlir::nbc::NBCDialect"];
}

def NBCFuseDictUpdates : Pass<"nbc-fuse-dict-updates", "func::FuncOp"> {
  let summary = "One hash lookup for `d[k] = d.get(k, x) OP y` and `d[k] += y`";
  let description = [{
    An `nbc.dict_get` or `nbc.dict_get_or` followed in its block by an
    `nbc.dict_insert` of the same dict and key, with nothing between that
    may write memory (raising is allowed: it leaves the dict as it was),
    becomes an `nbc.dict_lookup_slot` and an `nbc.dict_store_slot`: the
    insertion reuses the lookup's slot instead of probing again. Python
    (and Numba) look the key up twice; the result is the same, `KeyError`
    of a missing key included, since the dict is unchanged between.

    ```mlir
    %v = nbc.dict_get_or %d[%k], %zero : !nbc.dict<si64, si64>
    %w = nbc.add %v, %one : si64
    %d2 = nbc.dict_insert %d[%k] = %w : !nbc.dict<si64, si64>
    // becomes
    %v, %at = nbc.dict_lookup_slot %d[%k], %zero : !nbc.dict<si64, si64>
    %w = nbc.add %v, %one : si64
    %d2 = nbc.dict_store_slot %d[%k] at %at = %w : !nbc.dict<si64, si64>
    ```
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

    Before classifying, `if x > m: m = x` (an `scf.if` yielding `x` or `m`
    on the strict comparison `x > m` or `m < x`, `x` the same value or the
    same read in the branch) becomes `nbc.max %m, %x`, which is Python's
    `max(m, x)` exactly; with `<` it becomes `nbc.min`. In every loop, not
    only pranges: the branch-free form vectorizes as a min/max reduction.

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

def NBCPrivatizeArrayUpdates
    : Pass<"nbc-privatize-array-updates", "::mlir::ModuleOp"> {
  let summary = "Per-thread copies instead of atomics for small arrays a prange updates";
  let description = [{
    `nbc-recognize-reductions` makes `hist[k] += 1`, `out[idx[i]] += v[i]`
    in a parallel `nbc.prange` race-free with `nbc.atomic_update`: correct,
    but every update is a compare-and-swap on memory the threads share.
    This pass gives such a prange a second, privatized form, chosen at run
    time. An array qualifies when it is defined above the loop, has rank
    >= 1 and a non-bool integer or float element, and the body touches its
    root (through any view) only with atomic updates of one operator
    (`+`/`-`, `*`, `min`, `max`, `&`, `|`, `^`; min/max only in the
    element type; no mix of integer and float). The prange qualifies when
    its kernel is parallel, it is neither nested in nor contains another
    prange, and its steps are constant, non-zero `si64`.

    The privatized form, taken when every qualifying array has elements,
    `num_threads * (their elements)` is at most `max-private-elements` and
    the loop runs at least as many iterations as the arrays have elements:
    a buffer `[num_threads * spacing, shape of A]` per array; an
    `nbc.prange` over `num_threads` chunks whose body fills the chunk's
    row with the operator's identity (0, 1, +-max, all ones, -0.0, +-inf),
    then runs `[n0 * t / threads, n0 * (t + 1) / threads)` of the first
    dimension and all of the others as serial `nbc.range` loops, the
    updates of A now plain `nbc.load`/`nbc.store` of the row (reductions
    the prange carries pass through); then an `nbc.prange` over the
    elements of A folding the rows into them. Rows under 512 bytes are
    spaced so that two chunks never share a cache line. Otherwise the
    original prange runs, with its atomics.

    Integer results equal the serial loop's exactly (the operators are
    associative and commutative, and wrap-around arithmetic keeps that).
    Float sums and products are re-associated as a parallel reduction's
    are: per chunk, then across chunks.

    ```mlir
    // before
    nbc.prange (%i) = (%c0) to (%n) step (%c1) : si64 {
      %k = nbc.load %x[%i] : memref<?xsi64>, si64
      nbc.atomic_update %h[%k] : memref<?xsi64>, si64 {
      ^bb0(%old: si64):
        %new = nbc.add %old, %c1 : si64
        nbc.yield %new : si64
      }
    }
    // after
    %p = nbc.num_threads : si64
    scf.if %small {
      %rows = nbc.empty(%prows, %bins) : memref<?x?xsi64>, si64, si64
      nbc.prange (%t) = (%c0) to (%p) step (%c1) : si64 {
        // rows[t * spacing, :] = 0; then for i in chunk t:
        //   rows[t * spacing, x[i]] += 1     (nbc.load / nbc.store)
      }
      nbc.prange (%j) = (%c0) to (%bins) step (%c1) : si64 {
        // h[j] += rows[0, j] + rows[spacing, j] + ...
      }
    } else {
      // the original prange
    }
    ```
  }];
  let options = [
    Option<"maxPrivateElements", "max-private-elements", "int64_t",
           /*default=*/"1 << 20",
           "Privatize when num_threads times the arrays' elements is at "
           "most this (0: never)">
  ];
  let dependentDialects = ["::mlir::nbc::NBCDialect",
                           "::mlir::scf::SCFDialect"];
}

def NBCElideDomainChecks : Pass<"nbc-elide-domain-checks", "func::FuncOp"> {
  let summary = "Drop math.sqrt's domain check where the operand is never negative";
  let description = [{
    Under `error_model = python`, `nbc.math sqrt` checks its operand for
    CPython's `ValueError("math domain error")` on every call, and the
    check's branch keeps a loop from vectorizing. Where the operand is
    provably never ordered below zero (it is `>= 0`, `-0.0` or NaN, none of
    which raise), this pass replaces the op by the unchecked `math.sqrt`.
    The proof follows the def-use chain: non-negative float constants,
    `x * x`, sums, products and quotients of such values, `abs`, `sqrt`,
    `exp`, `exp2`, `cosh`, `hypot`, `x ** n` with an even integer `n`,
    selects and `scf.if` results whose every choice is such a value, and
    values carried by a loop whose initial and yielded values are (the
    carried value assumed so while its update is checked). The sum of
    squares in a distance is the case that matters:

    ```mlir
    %s = nbc.range %k = %c0 to %d step %c1 : si64 iter_args(%acc = %zero) -> (f64) {
      %sq = nbc.mul %t, %t : f64
      %next = nbc.add %acc, %sq : f64
      nbc.yield %next : f64
    }
    %r = nbc.math sqrt %s : f64   // becomes math.sqrt %s : f64
    ```
  }];
  let dependentDialects = ["::mlir::math::MathDialect"];
}

#endif // NBC_DIALECT_NBC_TRANSFORMS_PASSES_TD
