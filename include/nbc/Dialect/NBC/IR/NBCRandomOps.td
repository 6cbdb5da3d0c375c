//===- NBCRandomOps.td - np.random's legacy generator ------*- tablegen -*-===//

#ifndef NBC_DIALECT_NBC_IR_NBCRANDOMOPS_TD
#define NBC_DIALECT_NBC_IR_NBCRANDOMOPS_TD

include "nbc/Dialect/NBC/IR/NBCAttrs.td"
include "mlir/Interfaces/SideEffectInterfaces.td"

def NBC_RandomSeedOp : NBC_Op<"random_seed", [
    DeclareOpInterfaceMethods<MemoryEffectsOpInterface>]> {
  let summary = "`np.random.seed(seed)`: reseeds this thread's generator";
  let description = [{
    Seeds the running thread's MT19937 generator as NumPy's legacy
    `RandomState.seed(int)` does (`init_genrand`) and forgets the cached
    normal value, so the draws of `nbc.random` that follow are those of
    `np.random.seed(seed)` in CPython. The generator is the runtime's
    (lib/Runtime/Random.c), one per thread, separate from NumPy's own.
    A seed outside `[0, 2**32 - 1]` raises NumPy's
    `ValueError("Seed must be between 0 and 2**32 - 1")`.

    ```mlir
    nbc.random_seed %s : si64
    ```
  }];
  let arguments = (ins SI64:$seed);
  let assemblyFormat = "$seed attr-dict `:` type($seed)";
}

def NBC_RandomOp : NBC_Op<"random", [
    DeclareOpInterfaceMethods<MemoryEffectsOpInterface>]> {
  let summary = "one draw from np.random's legacy generator";
  let description = [{
    One value from the running thread's generator (see
    `nbc.random_seed`), with the algorithm of NumPy's legacy
    `RandomState`, so seeded sequences match CPython's bit for bit:

    - `uniform : f64`: `random_sample()`, 53 random bits in `[0, 1)`.
    - `normal : f64`: `standard_normal()`, the polar Box-Muller method
      that keeps its second value for the next draw.
    - `exponential : f64`: `standard_exponential()`, `-log(1 - u)`.
    - `integer(%low, %high) : si64`: `randint(low, high)`, masked
      rejection sampling in `[low, high)`; `low >= high` raises NumPy's
      `ValueError("low >= high")`. `integer(0, i + 1)` is also NumPy's
      `random_interval(i)`, the draw of `shuffle` and `permutation`.

    Every draw reads and writes the generator, so draws are never
    reordered, merged or hoisted.

    ```mlir
    %u = nbc.random uniform : f64
    %k = nbc.random integer(%lo, %hi) : si64
    ```
  }];
  let arguments = (ins NBC_RandomKindAttr:$kind, Variadic<SI64>:$operands);
  let results = (outs AnyTypeOf<[SI64, F64]>:$result);
  let assemblyFormat = "custom<EnumKeyword>($kind) (`(` $operands^ `)`)? "
                       "attr-dict `:` type($result)";
  let hasVerifier = 1;
  let extraClassDeclaration = [{
    /// The number of operands a draw of `kind` takes.
    static unsigned numOperandsOf(::mlir::nbc::RandomKind kind);
    /// The result type of `kind`: f64 or si64.
    static ::mlir::Type inferResultType(::mlir::MLIRContext *context,
                                        ::mlir::nbc::RandomKind kind);
  }];
}

def NBC_GeneratorOp : NBC_Op<"generator", [
    DeclareOpInterfaceMethods<MemoryEffectsOpInterface>]> {
  let summary = "seeds, or draws from, a np.random.Generator's PCG64 state";
  let description = [{
    `$state` is a 1-d `ui64` array of 6 words holding a
    `np.random.Generator(PCG64)`'s state: the 128-bit LCG state (high word
    first), the 128-bit increment, `has_uint32` and `uinteger` (the half
    of a 64-bit draw kept for the next 32-bit one). The algorithms are
    NumPy's (numpy/random/src/pcg64, distributions.c), so the same seed
    gives the same values bit for bit:

    - `seed(%s)`: `default_rng(s)` for `s >= 0`: SeedSequence(s) hashed
      into 4 words, PCG64's `set_seed`. No result. A negative seed raises
      NumPy's `ValueError("expected non-negative integer")`.
    - `random : f64`: `random()`, `(next_uint64 >> 11) * 2**-53`.
    - `normal : f64`: `standard_normal()`, the 256-level ziggurat.
    - `exponential : f64`: `standard_exponential()`, the ziggurat.
    - `integers(%low, %range) : si64`: `integers` with int64 output: `low`
      plus a value in `[0, range]` (`range` an unsigned 64-bit count in an
      si64), Lemire's bounded method on 32-bit draws for ranges below
      2**32, on 64-bit draws above.

    The op reads and writes `$state`, so draws keep their order.

    ```mlir
    nbc.generator seed %g(%s) : memref<?xui64>
    %u = nbc.generator random %g : memref<?xui64> -> f64
    %k = nbc.generator integers %g(%lo, %range) : memref<?xui64> -> si64
    ```
  }];
  let arguments = (ins NBC_GeneratorKindAttr:$kind, NBC_Array:$state,
                       Variadic<SI64>:$args);
  let results = (outs Optional<AnyTypeOf<[SI64, F64]>>:$result);
  let assemblyFormat = "custom<EnumKeyword>($kind) $state (`(` $args^ `)`)? "
                       "attr-dict `:` type($state) (`->` type($result)^)?";
  let hasVerifier = 1;
  let extraClassDeclaration = [{
    /// The number of operands `kind` takes.
    static unsigned numOperandsOf(::mlir::nbc::GeneratorKind kind);
    /// The result type of `kind`: f64, si64, or null for `seed`.
    static ::mlir::Type inferResultType(::mlir::MLIRContext *context,
                                        ::mlir::nbc::GeneratorKind kind);
  }];
}

#endif // NBC_DIALECT_NBC_IR_NBCRANDOMOPS_TD
