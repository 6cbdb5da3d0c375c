//===- Passes.td - nbc's passes on lowered IR --------------*- tablegen -*-===//
//
// Passes of the nbc-to-llvm pipeline that work on the module's symbols and
// on what convert-nbc-to-core produces (scf, memref, affine, vector,
// math, llvm, omp): error lowering, affine raising, vectorisation, libmvec
// calls, OpenMP fix-ups and the exported entry points. Passes on nbc ops
// are in nbc/Dialect/NBC/Transforms/Passes.td.
//
//===----------------------------------------------------------------------===//

#ifndef NBC_TRANSFORMS_PASSES_TD
#define NBC_TRANSFORMS_PASSES_TD

include "mlir/Pass/PassBase.td"

def NBCLowerErrors : Pass<"nbc-lower-errors", "ModuleOp"> {
  let summary = "Turn nbc.raise_if into the status-return ABI";
  let description = [{
    Runs after `convert-nbc-to-core`. Every function that may raise
    (it holds an `nbc.raise_if` or calls a function that may raise) gets a
    leading `!llvm.ptr` result, the status: null on success, else the
    address of a constant string whose first byte is the exception kind and
    the rest the message (docs/ErrorModel.md). After a raise point the rest
    of the block runs under `scf.if` (status is null); `scf.for` loops with
    raise points become `scf.while` loops that also stop on failure;
    `scf.while` and `scf.if` carry the status as an extra value; a raise in
    an `scf.parallel` body merges its status into a `memref<i64>` slot with
    `memref.atomic_rmw maxu` (deterministic whatever the thread timing) and
    skips the rest of that iteration. Calls to
    functions that may raise propagate the status; functions with the unit
    attribute `nbc.status_abi` (declared callees of another module, and
    the callees an AOT library exports) return a status whether or not
    they raise. Functions with the unit
    attribute `nbc.report_errors` keep their signature and pass a non-null
    status to `nbc_rt_report_error` (the nbc_runtime library).
  }];
  let dependentDialects = [
    "::mlir::LLVM::LLVMDialect", "::mlir::scf::SCFDialect",
    "::mlir::ub::UBDialect", "::mlir::func::FuncDialect",
    "::mlir::arith::ArithDialect", "::mlir::memref::MemRefDialect"];
}

def NBCExpandAtomicUpdates : Pass<"nbc-expand-atomic-updates"> {
  let summary = "Turn the nbc.atomic_update left by convert-nbc-to-core into a compare-and-swap loop";
  let description = [{
    `convert-nbc-to-core` lowers an `nbc.atomic_update` whose body is not
    one `memref.atomic_rmw` kind to the same op on converted types (the
    element and `index` indices, already wrapped and checked). This pass,
    after buffer deallocation, computes the element's address, loads it,
    and loops: run the body on the value, `llvm.cmpxchg` the result (on the
    value's bits, `iN`) against it, and retry with the value another thread
    stored in between. Upstream `memref.generic_atomic_rmw` would do the
    same, but deallocation refuses it and its LLVM lowering emits
    `llvm.cmpxchg` on floats, which the LLVM dialect rejects.

    ```mlir
    nbc.atomic_update %a[%i] {noboundscheck, nowrap} : memref<?xf64>, index {
    ^bb0(%old: f64):
      %new = arith.mulf %old, %v : f64
      nbc.yield %new : f64
    }
    // becomes (address computation elided)
    %0 = memref.load %a[%i] : memref<?xf64>
    %1 = arith.bitcast %0 : f64 to i64
    %2 = scf.while (%expected = %1) : (i64) -> i64 {
      %old = arith.bitcast %expected : i64 to f64
      %new = arith.mulf %old, %v : f64
      %bits = arith.bitcast %new : f64 to i64
      %r = llvm.cmpxchg %ptr, %expected, %bits acq_rel monotonic : !llvm.ptr, i64
      %seen = llvm.extractvalue %r[0] : !llvm.struct<(i64, i1)>
      %ok = llvm.extractvalue %r[1] : !llvm.struct<(i64, i1)>
      %retry = arith.xori %ok, %true : i1
      scf.condition(%retry) %seen : i64
    } do { ... scf.yield }
    ```
  }];
  let dependentDialects = ["::mlir::LLVM::LLVMDialect",
                           "::mlir::memref::MemRefDialect",
                           "::mlir::scf::SCFDialect",
                           "::mlir::arith::ArithDialect"];
}

def NBCReturnArgumentViews : Pass<"nbc-return-argument-views", "ModuleOp"> {
  let summary = "Return an argument's array (or a view of it) instead of a copy";
  let description = [{
    Runs after `ownership-based-buffer-deallocation`, which makes a public
    function return arrays it owns: one returning (a view of) an argument
    returns a `bufferization.clone` of it. In an entry kernel (a public
    function nothing in the module calls) that copy is dropped when its only
    use is the return and its source is a view chain from an argument: the
    caller gets the argument's memory back, as Python returns the object,
    and recognises it by its `allocated` pointer (the Python marshaller
    makes the result a view keeping the argument alive; C callers do not
    free a result whose `allocated` is an argument's). Not in
    `nbc.status_abi` functions: their callers own every array result.
  }];
  let dependentDialects = ["::mlir::memref::MemRefDialect"];
}

def NBCSplitDeallocs : Pass<"nbc-split-deallocs"> {
  let summary = "One bufferization.dealloc per memref, before lower-deallocations";
  let description = [{
    `lower-deallocations` lowers a `bufferization.dealloc` of several
    memrefs through a generic helper that heap-allocates its scratch arrays:
    five allocations and frees each time it runs. A loop that appends to a
    list twice an iteration ran one per iteration (three times slower than
    Numba). This pass rewrites it as one dealloc per memref, which lowers to
    inline pointer compares: memref `i` keeps its condition only when no
    earlier memref with a true condition is the same buffer (so a buffer is
    freed once), and each retained value's ownership is the `or` of the
    parts' (the same results as the helper).

    ```mlir
    %o = bufferization.dealloc (%a, %b : memref<i8>, memref<i8>) if (%ca, %cb) retain (%r : memref<?xi8>)
    // becomes
    %oa = bufferization.dealloc (%a : memref<i8>) if (%ca) retain (%r : memref<?xi8>)
    // %cb2 = %cb and not (%ca and %a is %b)
    %ob = bufferization.dealloc (%b : memref<i8>) if (%cb2) retain (%r : memref<?xi8>)
    %o = arith.ori %oa, %ob : i1
    ```
  }];
  let dependentDialects = ["::mlir::arith::ArithDialect",
                           "::mlir::memref::MemRefDialect"];
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

def NBCMangleSymbols : Pass<"nbc-mangle-symbols", "ModuleOp"> {
  let summary = "Give every defined function an internal, mangled symbol";
  let description = [{
    First pass of the nbc-to-llvm pipeline. Every `func.func` with a body
    is renamed `nbc.fn.<name>` (uniqued; a `.` is in no C identifier) and
    gets internal linkage, so no kernel or helper named like a libm, libc,
    runtime or OpenMP function (`sin`, `atan2`, `malloc`, `main`,
    `nbc_rt_*`, `__kmpc_*`) is found by the passes that declare those
    functions, nor exported from the JIT or an AOT object. Declarations
    (`func.func private @sin(f64) -> f64` without a body) keep their names:
    they refer to the outside world. Public functions whose signature nbc
    can pass (scalars and memrefs of nbc dtypes, after an optional leading
    `!llvm.ptr` status) are kernels: they get `llvm.emit_c_interface` and
    `nbc.export = {name = "<name>", type = <signature>}`, which
    `nbc-add-entry-points` turns into the exported entry points. A public
    definition with `nbc.status_abi` (an AOT library's `_nbc_callee_<k>`,
    which other modules declare and call) keeps its name and external
    linkage and is no kernel.

    ```mlir
    func.func @sin(%x: f64) -> f64 { ... }
    // becomes
    func.func @nbc.fn.sin(%x: f64) -> f64 attributes {
      llvm.emit_c_interface, llvm.linkage = #llvm.linkage<internal>,
      nbc.export = {name = "sin", type = (f64) -> f64}} { ... }
    ```
  }];
  let dependentDialects = ["::mlir::LLVM::LLVMDialect"];
}

def NBCAddEntryPoints : Pass<"nbc-add-entry-points", "ModuleOp"> {
  let summary = "Export each kernel as _nbc_call_<name> and _mlir_ciface_<name>";
  let description = [{
    Runs on the LLVM dialect, after `convert-func-to-llvm`. For each
    internal `llvm.func` with the `nbc.export` attribute of
    `nbc-mangle-symbols` it renames the MLIR C interface
    `_mlir_ciface_nbc.fn.<name>` to `_mlir_ciface_<name>` and adds the
    uniform entry point (nbc-c/ABI.h)

    ```mlir
    llvm.func @_nbc_call_<name>(%args: !llvm.ptr, %results: !llvm.ptr) -> !llvm.ptr
    ```

    which loads each argument from `args[i]` (a bool as one byte, an array
    as its descriptor), calls the kernel and stores its results through
    `results[j]`; it returns the kernel's status, or null when the kernel
    cannot raise. These two are the only external symbols nbc defines, and
    neither prefix is used by a C library. Then drops `nbc.export`.
  }];
  let dependentDialects = ["::mlir::LLVM::LLVMDialect"];
}

def NBCUseRuntimeAllocator : Pass<"nbc-use-runtime-allocator", "ModuleOp"> {
  let summary = "Allocate arrays with nbc_rt_malloc instead of malloc";
  let description = [{
    Runs on the LLVM dialect. Renames the external `llvm.func @malloc` that
    the memref lowering declares, and its calls, to `nbc_rt_malloc` (the
    nbc_runtime library: aligned, transparent huge pages when large), in
    the JIT and AOT alike; `nbc_rt_free` and `free` release both. Does
    nothing when the module already has an `nbc_rt_malloc`.
  }];
}

def NBCInterchangeReductions
    : Pass<"nbc-interchange-reductions", "func::FuncOp"> {
  let summary = "Accumulate a j-loop of p-reductions in the stored row (i-j-p to i-p-j)";
  let description = [{
    Runs on raised loops (after `nbc-raise-to-affine`). An `affine.for` j
    whose body is pure ops, an `affine.for` p with one scalar accumulator
    and the store of its result to `C[..., j]` (the naive matmul's
    `s = 0.0; for p: s += A[i, p] * B[p, j]; C[i, j] = s`) becomes a j loop
    storing the initial value, then a p loop around a j loop that
    accumulates in `C[..., j]` itself: unit stride in j, which
    `nbc-vectorize` turns into vector code. Each element still gets the
    same operations in the same order, so results are bit-identical. Only
    when: C is an allocation of the function and the accumulating loop
    reads no memory that may alias it (local alias analysis); the p loop
    reads memory and computes without other effects (no raise, no call)
    and its bounds do not depend on j; the stored subscript is injective
    in j (j plus terms free of j in the last subscript only); and a load
    goes unit-stride in j but not in p (else the nest is left alone: a
    loop that is already unit-stride in p would become strided).
  }];
  let dependentDialects = ["::mlir::affine::AffineDialect"];
}

def NBCRaiseToAffine : Pass<"nbc-raise-to-affine", "func::FuncOp"> {
  let summary = "Raise check-free scf.for loops with affine bounds to affine.for";
  let description = [{
    Runs after `convert-nbc-to-core`. An `scf.for` with a constant
    positive step, a signed comparison and bounds that are affine in the
    induction variables of enclosing `affine.for` loops and in top-level
    values (through `index_cast`, `addi`, `subi` and `muli` by constants on
    64-bit integers) becomes an `affine.for`; `memref.load`/`memref.store`
    with affine subscripts become `affine.load`/`affine.store` in raised
    loops whose body can no longer raise (no `nbc.raise_if`, no call).
    Upstream affine transforms then apply (the pipeline runs
    `affine-scalrep`); `lower-affine` returns to SCF before
    `nbc-lower-errors`. An outer loop that holds checks hoisted out of its
    inner loops is raised but keeps its own accesses as memref ops, since
    scalar replacement's dead-store elimination would not see that a raise
    between two stores makes the first one observable.
  }];
  let dependentDialects = ["::mlir::affine::AffineDialect",
                           "::mlir::arith::ArithDialect"];
}

def NBCVersionChecks : Pass<"nbc-version-checks", "func::FuncOp"> {
  let summary = "Move loop-invariant raise points out of scf.for loops";
  let description = [{
    Runs between `convert-nbc-to-core` and `nbc-lower-errors`. An
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

def NBCHoistAllocations : Pass<"nbc-hoist-allocations", "func::FuncOp"> {
  let summary = "Allocate a loop's per-iteration temporary arrays once, before the loop";
  let description = [{
    Runs between `convert-nbc-to-core` and the buffer deallocation. A
    `memref.alloc` directly in the body of an `scf.for` or of the `do`
    region of an `scf.while` moves before the loop when its sizes are
    loop-invariant (pure, speculatable operand computations move with it)
    and the array cannot outlive the iteration: every use, through views
    (`subview`, `reinterpret_cast`, `cast`, `expand_shape`,
    `collapse_shape`, `transpose`, `extract_strided_metadata`'s base), is a
    load, a store into it, `memref.dim`, `memref.copy`, an atomic update or
    its address used in comparisons only (the null check); anything else (a
    yield, a call, a store of the array itself, its address passed on)
    keeps it in the loop. Its fill (`np.zeros`, `np.full`)
    stays in the body. The hoisted sizes are clamped at 0 and are 0 when an
    `scf.for` runs no iteration, so the body's size checks still raise as
    before and a loop that does not run allocates nothing; the deallocation
    pass frees the array once, after the loop. An `scf.parallel` body's
    temporary is never shared between threads: the loop is strip-mined
    into `blocks` blocks (as `nbc-strip-mine-parallel`, step 1 on its last
    dimension, reductions with a known identity) and the array is allocated
    once per block, in the `scf.parallel` body. A temporary this pass moved
    into an `scf.parallel` body (from an inner `scf.for`, such as the
    per-thread chunks of `nbc-privatize-array-updates`) stays there.
  }];
  let options = [
    Option<"blocks", "blocks", "unsigned", "128",
           "Blocks a strip-mined scf.parallel is split into (each "
           "allocates its temporaries once)">
  ];
  let dependentDialects = ["::mlir::scf::SCFDialect",
                           "::mlir::arith::ArithDialect",
                           "::mlir::memref::MemRefDialect"];
}

def NBCWrapInConversionSlowPath
    : Pass<"nbc-wrap-in-conversion-slow-path", "func::FuncOp"> {
  let summary = "Test an int(x) index for wraparound on the conversion's slow path";
  let description = [{
    Runs after `convert-nbc-to-core`. An index computed by `int(x)` (the
    branch form: `scf.if` whose hot path yields the hardware truncation
    `t`) and then wrapped as Python's negative index (`k < 0 ? k + n : k`)
    took two tests per element: `t != INT64_MIN`, then `k < 0`. Both go
    behind one, `t >= 0` (which implies the first): the hot path yields `t`,
    the other path runs the conversion's slow path and the wrap as before.
    The histogram's `counts[int((x - lo) * scale)] += 1` is the case.
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
    pass's fastmath), since that changes rounding. `vector-width` 0 asks LLVM for the
    preferred vector register width of `target-cpu` (the host's by default).
  }];
  let options = [
    Option<"vectorWidth", "vector-width", "unsigned", "0",
           "Elements per vector; 0 picks the target CPU's register width, 1 "
           "disables">,
    Option<"targetCPU", "target-cpu", "std::string", "\"host\"",
           "The CPU whose register width vector-width 0 picks: host or an "
           "LLVM CPU name (x86-64-v3)">,
    Option<"fastmath", "fastmath", "bool", "false",
           "Allow reassociating float reductions in every kernel">,
    Option<"remarks", "remarks", "bool", "false",
           "Emit a remark at each loop: vectorized at which width, or why "
           "not and what would change it (the vectorization report)">
  ];
  // The nbc dialect for the kernel attribute it reads (a default one is
  // built when a function has none).
  let dependentDialects = ["::mlir::vector::VectorDialect",
                           "::mlir::arith::ArithDialect",
                           "::mlir::nbc::NBCDialect"];
}

def NBCStripMineParallel : Pass<"nbc-strip-mine-parallel", "func::FuncOp"> {
  let summary = "Split innermost scf.parallel loops into blocks with an inner scf.for";
  let description = [{
    An innermost `scf.parallel` (no loop in its body) whose last dimension
    has step 1 and whose reductions have a known identity (add, mul,
    and/or/xor, min/max as one arith op or as compare + select) becomes an
    `scf.parallel` stepping over blocks of that dimension, whose body is an
    `scf.for` over one block. The `scf.for` carries one partial per
    reduction, starting at the identity (`-0.0` for float add), combines
    each iteration's contribution with the `scf.reduce` combiner, and its
    results go into the new `scf.reduce`. It is marked
    `nbc.parallel_block`: its reductions may be reassociated (a parallel
    reduction is anyway), so `nbc-vectorize` vectorizes float sums in it
    without fastmath. The block size is chosen at run time for about
    `blocks` blocks, which OpenMP's static schedule spreads evenly over the
    threads, and rounded up to a multiple of `block-multiple` when it is at
    least that (short ranges keep one iteration per block at least, so that
    a few costly iterations still run on all threads).
  }];
  let options = [
    Option<"blocks", "blocks", "unsigned", "128",
           "Number of blocks to aim for (at least one block per thread "
           "for balance)">,
    Option<"blockMultiple", "block-multiple", "unsigned", "64",
           "The block size is a multiple of this (a multiple of every "
           "vector width)">
  ];
  let dependentDialects = ["::mlir::scf::SCFDialect",
                           "::mlir::arith::ArithDialect"];
}

def NBCDivideByInvariant : Pass<"nbc-divide-by-invariant", "ModuleOp"> {
  let summary = "Divide by a loop-invariant i64 divisor with a multiply-high";
  let description = [{
    An `arith.divsi` or `arith.remsi` on scalar i64 inside a loop whose
    divisor the loop does not change (`a[i] // d`) becomes a multiply-high,
    an add and shifts: the multiplier and shift come from the runtime
    (`nbc_rt_sdiv64_multiplier`/`_shift`, Hacker's Delight 10-4), called once
    before the outermost such loop. The quotient is the same for every
    dividend (divsi's undefined cases excepted); a 64-bit `idiv` costs
    10-20 cycles, the multiply 3. An `scf.for` is versioned on its trip
    count: a copy that divides runs when it has fewer than 16 iterations.
    Constant divisors are left to LLVM.
  }];
  let dependentDialects = ["::mlir::func::FuncDialect",
                           "::mlir::arith::ArithDialect"];
}

def NBCVectorMath : Pass<"nbc-vector-math", "ModuleOp"> {
  let summary = "Lower math ops on vectors to a vector math library";
  let description = [{
    Runs after `nbc-vectorize`. With `library=libmvec` (the default), a
    math op on a 1-D vector of f32/f64 that glibc's libmvec implements
    (sin cos tan asin acos atan atan2 sinh cosh tanh asinh acosh atanh exp
    exp2 expm1 log log2 log10 log1p erf erfc cbrt pow) becomes a call to
    its x86-64 vector-ABI variant, e.g. `vector<4xf64>` sin to
    `_ZGVdN4v_sin` on AVX2 and `vector<8xf32>` to `_ZGVdN8v_sinf`. The
    widest ISA class in `isa` whose lane count divides the vector length is
    used, a longer vector is split into such pieces; other ops stay and
    later become one libm call per lane. glibc documents at most 4 ulp of
    error for libmvec (docs/ArraysParallelSIMD.md has measured bounds).
    `library=polynomial` instead expands f32 vector ops with MLIR's
    polynomial approximations (f64 ones stay libm calls); `library=none`
    leaves every op alone (libm per lane: the scalar results exactly).
  }];
  let options = [
    Option<"library", "library", "std::string", "\"libmvec\"",
           "libmvec, polynomial or none">,
    Option<"targetISA", "isa", "std::string", "\"host\"",
           "Widest x86-64 vector ABI class to call: host, none, sse4, avx, "
           "avx2 or avx512">
  ];
  let dependentDialects = ["::mlir::func::FuncDialect",
                           "::mlir::vector::VectorDialect",
                           "::mlir::arith::ArithDialect",
                           "::mlir::math::MathDialect"];
}

def NBCOMPReductionIdentities
    : Pass<"nbc-omp-reduction-identities", "ModuleOp"> {
  let summary = "Give omp.declare_reduction the true identity of its combiner";
  let description = [{
    Runs after `convert-scf-to-openmp`, which starts each thread's private
    float sum at `+0.0` and float min/max at the largest finite value.
    This pass makes the init region yield `-0.0` for float add (so a
    parallel sum of `-0.0` values is `-0.0`, as Python's sequential sum)
    and `+/-inf` for float min/max (so a range of infinities reduces to
    infinity). Integer and mul identities are left as they are (upstream's
    match). Combiners it does not recognise are left alone.
  }];
  let dependentDialects = ["::mlir::LLVM::LLVMDialect"];
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

#endif // NBC_TRANSFORMS_PASSES_TD
