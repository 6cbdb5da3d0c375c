//===- NBCControlOps.td - Ranges, parallel ranges, errors --*- tablegen -*-===//

#ifndef NBC_DIALECT_NBC_IR_NBCCONTROLOPS_TD
#define NBC_DIALECT_NBC_IR_NBCCONTROLOPS_TD

include "nbc/Dialect/NBC/IR/NBCAttrs.td"
include "nbc/Dialect/NBC/IR/NBCTypes.td"
include "mlir/Interfaces/ControlFlowInterfaces.td"
include "mlir/Interfaces/LoopLikeInterface.td"
include "mlir/Interfaces/SideEffectInterfaces.td"

def NBC_RangeOp : NBC_Op<"range", [
    AutomaticAllocationScope, RecursiveMemoryEffects,
    DeclareOpInterfaceMethods<MemoryEffectsOpInterface>,
    AllTypesMatch<["start", "stop", "step"]>,
    DeclareOpInterfaceMethods<LoopLikeOpInterface, [
        "getInitsMutable", "getRegionIterArgs", "getLoopInductionVars", "getLoopLowerBounds",
        "getLoopUpperBounds", "getLoopSteps", "getLoopResults",
        "getYieldedValuesMutable"]>,
    DeclareOpInterfaceMethods<RegionBranchOpInterface, [
        "getEntrySuccessorOperands"]>,
    SingleBlockImplicitTerminator<"nbc::YieldOp">]> {
  let summary = "Python `for i in range(start, stop, step)`";
  let description = [{
    Iterates `i = start, start + step, ...` while `i < stop` (positive step)
    or `i > stop` (negative step); the trip count is
    `max(0, ceil((stop - start) / step))`, so empty ranges run zero times.
    A zero `step` raises `ValueError("range() arg 3 must not be zero")`.
    The bounds are run-time values of one integer type, also the type of
    the induction variable.

    Loop-carried values work as in `scf.for`. The body's `nbc.yield` may
    carry a `break_if` condition: when it holds, the loop ends after this
    iteration with the yielded values as its results (Python's `break`).

    ```mlir
    %sum = nbc.range %i = %c0 to %n step %c1 : si64
        iter_args(%acc = %zero) -> (f64) {
      %x = nbc.load %a[%i] : memref<?xf64>, si64
      %s = nbc.add %acc, %x : f64
      nbc.yield %s : f64
    }
    ```
  }];
  let arguments = (ins NBC_Int:$start, NBC_Int:$stop, NBC_Int:$step,
                       Variadic<AnyType>:$initArgs);
  let results = (outs Variadic<AnyType>:$results);
  let regions = (region SizedRegion<1>:$region);
  let hasCustomAssemblyFormat = 1;
  let hasVerifier = 1;
  let hasCanonicalizer = 1;
  let skipDefaultBuilders = 1;
  let builders = [
    OpBuilder<(ins "::mlir::Value":$start, "::mlir::Value":$stop,
                   "::mlir::Value":$step, CArg<"::mlir::ValueRange", "{}">:$inits)>
  ];
  let extraClassDeclaration = [{
    ::mlir::Value getInductionVar() { return getBody()->getArgument(0); }
    ::mlir::Block *getBody() { return &getRegion().front(); }
    ::mlir::nbc::YieldOp getYield();
    /// The constant trip count, when start, stop and step are constants.
    std::optional<int64_t> getConstantTripCount();
  }];
}

def NBC_PRangeOp : NBC_Op<"prange", [
    AutomaticAllocationScope, RecursiveMemoryEffects, AttrSizedOperandSegments,
    DeclareOpInterfaceMethods<MemoryEffectsOpInterface>,
    DeclareOpInterfaceMethods<LoopLikeOpInterface, [
        "getLoopInductionVars", "getLoopLowerBounds", "getLoopUpperBounds",
        "getLoopSteps"]>,
    SingleBlockImplicitTerminator<"nbc::YieldOp">]> {
  let summary = "Numba's `prange`: a parallel range with reductions";
  let description = [{
    A (possibly multi-dimensional) Python range whose iterations may run in
    any order and in parallel. Each dimension has `range` semantics (any
    step sign, empty ranges, zero step raises `ValueError`).

    Reductions follow Numba: every worker has private accumulators that
    start at the identity of their `kind`; the body receives the private
    accumulators after the induction variables and yields their updated
    values. At the end, the private values are combined with `kind`, and
    with the `init` value (which need not be the identity), into the
    results. A body that updates only conditionally yields the accumulator
    unchanged on the other path. The value yielded for a reduction must
    depend on its accumulator (the verifier rejects a body that ignores
    it: serially that would be the last iteration's value, in parallel the
    combination of all iterations).

    ```mlir
    %s, %m = nbc.prange (%i) = (%c0) to (%n) step (%c1) : si64
        reduce(add %acc = %zero : f64, max %hi = %lowest : f64) {
      %x = nbc.load %a[%i] : memref<?xf64>, si64
      %s1 = nbc.add %acc, %x : f64
      %m1 = nbc.max %hi, %x : f64
      nbc.yield %s1, %m1 : f64, f64
    }
    ```

    Frontends may leave the kinds to `nbc-recognize-reductions`: without
    the `kinds` attribute the op carries plain values, printed as
    `iter_args`, which the pass classifies from the body
    (mlir::nbc::recognizeReductions, docs/Dialect.md). Such an
    op verifies like one with kinds, but is not lowered.

    ```mlir
    %s = nbc.prange (%i) = (%c0) to (%n) step (%c1) : si64
        iter_args(%acc = %zero : f64) {
      %x = nbc.load %a[%i] : memref<?xf64>, si64
      %s1 = nbc.add %acc, %x : f64
      nbc.yield %s1 : f64
    }
    ```
  }];
  let arguments = (ins Variadic<NBC_Int>:$starts, Variadic<NBC_Int>:$stops,
                       Variadic<NBC_Int>:$steps, Variadic<NBC_Scalar>:$initVals,
                       OptionalAttr<TypedArrayAttrBase<NBC_ReductionKindAttr,
                           "reduction kinds">>:$kinds);
  let results = (outs Variadic<NBC_Scalar>:$results);
  let regions = (region SizedRegion<1>:$region);
  let hasCustomAssemblyFormat = 1;
  let hasVerifier = 1;
  let builders = [
    // The body takes the induction variables, then one accumulator per
    // init; without reductions it already ends with `nbc.yield`. Without
    // `kinds` (std::nullopt) the carried values are left unclassified.
    OpBuilder<(ins "::mlir::ValueRange":$starts, "::mlir::ValueRange":$stops,
                   "::mlir::ValueRange":$steps,
                   "std::optional<::llvm::ArrayRef<::mlir::nbc::ReductionKind>>":$kinds,
                   "::mlir::ValueRange":$inits)>
  ];
  let extraClassDeclaration = [{
    unsigned getNumDims() { return getStarts().size(); }
    ::mlir::Block *getBody() { return &getRegion().front(); }
    ::mlir::Block::BlockArgListType getInductionVars() {
      return getBody()->getArguments().take_front(getNumDims());
    }
    ::mlir::Block::BlockArgListType getAccumulators() {
      return getBody()->getArguments().drop_front(getNumDims());
    }
    /// Whether the carried values have kinds (nbc-recognize-reductions
    /// sets them on ops built without).
    bool isClassified() { return bool(getKindsAttr()); }
    ::mlir::nbc::ReductionKind getKind(unsigned i) {
      return ::llvm::cast<::mlir::nbc::ReductionKindAttr>(getKindsAttr()[i])
          .getValue();
    }
    ::mlir::nbc::YieldOp getYield();
  }];
}

def NBC_YieldOp : NBC_Op<"yield", [Pure, Terminator, AttrSizedOperandSegments,
    ParentOneOf<["RangeOp", "PRangeOp", "UfuncOp", "AtomicUpdateOp", "TryOp"]>,
    DeclareOpInterfaceMethods<RegionBranchTerminatorOpInterface>]> {
  let summary = "yields values from an nbc region; may break a range";
  let description = [{
    Ends the body of `nbc.range`, `nbc.prange`, `nbc.ufunc`,
    `nbc.atomic_update` and `nbc.try`. In a `nbc.range`, `break_if(%c)` ends the loop
    after this iteration when `%c` holds (Python's `break`).

    ```mlir
    nbc.yield %x : f64
    nbc.yield break_if(%done) %x, %n : f64, si64
    ```
  }];
  let arguments = (ins Optional<I1>:$break_cond, Variadic<AnyType>:$values);
  let builders = [OpBuilder<(ins), [{ /* nothing to build */ }]>,
                  OpBuilder<(ins "::mlir::ValueRange":$values), [{
                    build($_builder, $_state, ::mlir::Value(), values);
                  }]>];
  let assemblyFormat = [{
    (`break_if` `(` $break_cond^ `)`)? ($values^ `:` type($values))? attr-dict
  }];
  let hasVerifier = 1;
}

def NBC_TryOp : NBC_Op<"try", [RecursiveMemoryEffects, NoRegionArguments,
    SingleBlockImplicitTerminator<"nbc::YieldOp">]> {
  let summary = "Python `try` with its `except` clauses: runs its body, "
                "catching what they name";
  let description = [{
    Runs the body. When nothing in it raises, the `caught` flags are false
    and the other results are the values the body yields. When something
    raises (an `nbc.raise_if`, an op's implicit check, a call of a
    function that raises), the body stops there as a function would: what
    it did before takes effect, nothing after does, and the other results
    are undefined (the frontend keeps the values a handler needs in
    memory).

    Without `catch`, the op has one flag and catches everything (Python's
    `try: ... except Exception: ...`). With `catch [K...] [K...]`, one flag
    per list, in order: flag `i` is true when the exception's kind is in
    list `i` and in no earlier list (Python tries its `except` clauses in
    order; the frontend lists every kind a clause's classes cover, so
    `except ArithmeticError` lists ZeroDivisionError, OverflowError and
    ArithmeticError). An exception no list names is not caught: it
    propagates from the op, kind and message unchanged, as from a call.
    The handlers are `scf.if`s on the flags after the op.

    With `pending`, an exception no list names does not propagate: it is
    the `!nbc.exception` result after the flags (none when the body
    succeeded or a clause caught it), which `nbc.reraise` raises again
    later. `pending` without `catch` has no flags and holds every
    exception: Python's `finally`, which runs and then re-raises what the
    body (or an `except` clause inside it) left.

    `nbc-hoist-checks` leaves the loops of a body in place, so a loop that
    raises has run the iterations before the failing one, as in Python.
    `nbc-lower-errors` lowers it: the flags test the body's status.

    ```mlir
    %caught, %q = nbc.try -> (f64) {
      %r = nbc.truediv %x, %y : f64 -> f64
      nbc.yield %r : f64
    }
    %zero, %lookup, %v = nbc.try catch [ZeroDivisionError]
                                       [IndexError, KeyError] -> (si64) {
      %d = nbc.floordiv %n, %m : si64
      nbc.yield %d : si64
    }
    %pending, %w = nbc.try pending -> (f64) {
      %r = nbc.truediv %x, %y : f64 -> f64
      nbc.yield %r : f64
    }
    ```
  }];
  let arguments = (ins OptionalAttr<TypedArrayAttrBase<
      TypedArrayAttrBase<NBC_ExceptionKindAttr, "exception kinds">,
      "lists of exception kinds">>:$catch_kinds,
      UnitAttr:$pending);
  // One i1 per clause, the pending exception (with `pending`), then the
  // values (see getCaught / getPendingException / getValues).
  let results = (outs Variadic<AnyType>:$results);
  let regions = (region SizedRegion<1>:$body);
  let hasCustomAssemblyFormat = 1;
  let hasVerifier = 1;
  let skipDefaultBuilders = 1;
  let builders = [
    // The body region is left empty: the caller adds its block (or moves
    // a region in) and ends it with `nbc.yield` of `valueTypes`. A null
    // `catchKinds` catches everything.
    // A null `catchKinds` catches everything, or nothing with `pending`.
    OpBuilder<(ins "::mlir::TypeRange":$valueTypes,
                   CArg<"::mlir::ArrayAttr", "{}">:$catchKinds,
                   CArg<"bool", "false">:$pending)>
  ];
  let extraClassDeclaration = [{
    ::mlir::Block *getBodyBlock() { return &getBody().front(); }
    /// How many `caught` flags lead the results (without `catch`: one, or
    /// none with `pending`).
    unsigned getNumClauses() {
      auto kinds = getCatchKinds();
      return kinds ? kinds->size() : getPending() ? 0 : 1;
    }
    bool catchesEverything() { return !getCatchKinds() && !getPending(); }
    /// The exception left pending (null without `pending`).
    ::mlir::Value getPendingException() {
      return getPending() ? getResult(getNumClauses()) : ::mlir::Value();
    }
    /// How many results come before the values.
    unsigned getNumLeading() { return getNumClauses() + (getPending() ? 1 : 0); }
    /// The flag of clause `clause`.
    ::mlir::Value getCaught(unsigned clause = 0) {
      return getResult(clause);
    }
    ::mlir::ResultRange getCaughtFlags() {
      return getResults().take_front(getNumClauses());
    }
    ::mlir::ResultRange getValues() {
      return getResults().drop_front(getNumLeading());
    }
    /// Every exception kind, in value order.
    static ::llvm::SmallVector<::mlir::nbc::ExceptionKind> getAllKinds();
    /// The kinds clause `clause` catches (every kind without `catch`).
    ::llvm::SmallVector<::mlir::nbc::ExceptionKind> getClauseKinds(
        unsigned clause);
  }];
}

def NBC_ReraiseOp : NBC_Op<"reraise", [
    DeclareOpInterfaceMethods<MemoryEffectsOpInterface>]> {
  let summary = "raise again the exception an `nbc.try pending` held";
  let description = [{
    Raises `pending`, kind and message unchanged, as if it propagated from
    where it was raised; nothing when it is none. Python's implicit
    re-raise at the end of a `finally` block.

    ```mlir
    nbc.reraise %pending
    ```
  }];
  let arguments = (ins NBC_ExceptionType:$pending);
  let assemblyFormat = "$pending attr-dict";
}

def NBC_RaiseIfOp : NBC_Op<"raise_if", [
    DeclareOpInterfaceMethods<MemoryEffectsOpInterface>]> {
  let summary = "raise a Python exception when a condition holds";
  let description = [{
    The single op through which kernels raise. When `condition` is true the
    kernel stops, nothing after this op takes effect, and the caller sees
    the exception `kind` with `message` (see docs/ErrorModel.md for how
    this crosses the function boundary once lowered). Python's
    `raise ValueError("msg")` is this op with a `true` condition.

    A message may hold run-time values: each `{}` in it is replaced by the
    next `args` operand (at most 16), formatted as Python's `str` does:
    integers in decimal (signed, unless their type is unsigned or their
    `unsigned_args` entry is true, which is how convert-nbc-to-core keeps
    a `ui64` once signedness is erased), `i1` as `True`/`False`, floats as
    `repr` (float32 as the Python float it boxes to). `{{` and `}}` stand
    for literal braces then, as in `str.format`. `formats`, when present,
    holds one Python format spec per arg (`".3f"` for `f"{x:.3f}"`, empty
    for `str`), rendered as `format(value, spec)` (a bool with a spec as an
    int, as Python does); the verifier rejects, with Python's ValueError
    message, a spec Python rejects for the arg's type. The spec `type`
    (never a Python spec) stands for the arg's type name as NumPy spells it
    (`float64`, `int32`, `bool`), filled in when convert-nbc-to-core
    lowers the op: a message about a value whose type a typing step may
    still widen (nbcWidenValues) names the type the value ends with. The
    message is only formatted when the condition holds (on the failure
    path).

    ```mlir
    nbc.raise_if %zero, ZeroDivisionError, "integer division or modulo by zero"
    nbc.raise_if %ne, ValueError, "size {} is different from {}" (%m, %n : i64, i64)
    nbc.raise_if %bad, ValueError, "bad value {} at {}" (%x, %i : f64, si64) {formats = [".3f", ">5d"]}
    ```
  }];
  let arguments = (ins I1:$condition, NBC_ExceptionKindAttr:$kind,
                       StrAttr:$message,
                       Variadic<AnyTypeOf<[AnyInteger, AnyFloat]>>:$args,
                       OptionalAttr<StrArrayAttr>:$formats,
                       OptionalAttr<DenseBoolArrayAttr>:$unsigned_args);
  let assemblyFormat = "$condition `,` custom<EnumKeyword>($kind) `,` $message "
                       "(`(` $args^ `:` type($args) `)`)? attr-dict";
  let hasCanonicalizer = 1;
  let hasVerifier = 1;
  let builders = [
    OpBuilder<(ins "::mlir::Value":$condition,
                   "::mlir::nbc::ExceptionKind":$kind,
                   "::llvm::StringRef":$message), [{
      build($_builder, $_state, condition, kind, message, ::mlir::ValueRange(),
            ::mlir::ArrayAttr(), ::mlir::DenseBoolArrayAttr());
    }]>,
    OpBuilder<(ins "::mlir::Value":$condition,
                   "::mlir::nbc::ExceptionKind":$kind,
                   "::llvm::StringRef":$message,
                   "::mlir::ValueRange":$args), [{
      build($_builder, $_state, condition, kind, message, args,
            ::mlir::ArrayAttr(), ::mlir::DenseBoolArrayAttr());
    }]>
  ];
  let extraClassDeclaration = [{
    /// The most `args` a message may format.
    static constexpr unsigned kMaxArgs = 16;
    /// The format spec of arg `i` ("" for str).
    ::llvm::StringRef getFormat(unsigned i);
    /// The spec that formats an arg as its type's name (`float64`).
    static constexpr ::llvm::StringLiteral kTypeNameFormat = "type";
    /// Whether an arg has the spec kTypeNameFormat.
    bool hasTypeNameArgs();
    /// Whether arg `i` is formatted as an unsigned integer.
    bool isUnsignedArg(unsigned i);
  }];
}

def NBC_PrintOp : NBC_Op<"print"> {
  let summary = "Python's `print`: text pieces and values on one line";
  let description = [{
    Writes `pieces[0]`, `values[0]`, `pieces[1]`, ..., `values[n-1]`,
    `pieces[n]` as one line (the frontend folds `sep`, `end` and string
    literals into the pieces). Scalars are formatted as Python's `str`
    does (`repr` of floats, `True`/`False`, `(1+2j)`); float32 values as
    the Python float they box to, as in Numba. Arrays are formatted by the
    runtime's array hook (NumPy's `str` under the Python package; a plain
    nested list otherwise). The line goes to the runtime's print hook
    (`sys.stdout` under the Python package, C's `stdout` otherwise) in one
    write, so lines of different threads do not interleave.

    `formats`, when present, holds one Python format spec per value (the
    part after `:` in `f"{x:>10.3f}"`; empty for `str`): ints, bools and
    floats are then rendered as `format(value, spec)` does, and the
    verifier rejects, with Python's ValueError message, a spec Python
    would reject for the value's type. `stream` is 1 for `sys.stdout`, 2
    for `sys.stderr` (`print(..., file=sys.stderr)`).

    ```mlir
    nbc.print ["x = ", " y = ", "\0A"] (%x, %y : si64, memref<?xf64>)
    nbc.print ["", "\0A"] (%z : f64) {formats = [">10.3f"], stream = 2 : i32}
    ```
  }];
  let arguments = (ins StrArrayAttr:$pieces, Variadic<AnyType>:$values,
                       OptionalAttr<StrArrayAttr>:$formats,
                       DefaultValuedAttr<I32Attr, "1">:$stream);
  let assemblyFormat = "$pieces (`(` $values^ `:` type($values) `)`)? attr-dict";
  let hasVerifier = 1;
}

def NBC_ThreadIdOp : NBC_Op<"thread_id", [MemoryEffects<[MemRead]>]> {
  let summary = "Numba's `get_thread_id()`: the thread's number in its region";
  let description = [{
    The number (0 up to the region's thread count minus one) of the thread
    that runs it inside a parallel `nbc.prange`, and 0 outside one or when
    the prange runs serially. It reads the OpenMP runtime, so it is never
    hoisted out of the loop that runs it.

    ```mlir
    %t = nbc.thread_id : si64
    ```
  }];
  let results = (outs SI64:$result);
  let assemblyFormat = "attr-dict `:` type($result)";
}

def NBC_NumThreadsOp : NBC_Op<"num_threads", [MemoryEffects<[MemRead]>]> {
  let summary = "Numba's `get_num_threads()`: the thread count setting";
  let description = [{
    The number of threads the parallel regions the running thread starts
    use (`nbc.set_num_threads`, `NBC_NUM_THREADS`; OpenMP's
    `omp_get_max_threads`).

    ```mlir
    %n = nbc.num_threads : si64
    ```
  }];
  let results = (outs SI64:$result);
  let assemblyFormat = "attr-dict `:` type($result)";
}

#endif // NBC_DIALECT_NBC_IR_NBCCONTROLOPS_TD
