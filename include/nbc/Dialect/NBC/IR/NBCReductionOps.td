//===- NBCReductionOps.td - Reductions and scans over axes -*- tablegen -*-===//

#ifndef NBC_DIALECT_NBC_IR_NBCREDUCTIONOPS_TD
#define NBC_DIALECT_NBC_IR_NBCREDUCTIONOPS_TD

include "nbc/Dialect/NBC/IR/NBCAttrs.td"
include "mlir/Interfaces/SideEffectInterfaces.td"

def NBC_ArrayReduceOp : NBC_Op<"array_reduce", [
    DeclareOpInterfaceMethods<MemoryEffectsOpInterface>]> {
  let summary = "reduction over some or all axes (`np.sum`, `np.argmax`, ...)";
  let description = [{
    Without `axes` the whole array is reduced to a scalar. With `axes`
    (sorted, distinct, in range; NumPy's `axis=` after normalisation) the
    result is a new array with those axes removed, or kept with size 1
    under `keepdims` (NumPy's `keepdims=True`; its sizes are dynamic).

    Result elements: `sum`/`prod` widen bools and integers narrower than
    64 bits to `si64` (`ui64` for unsigned ones), NumPy's accumulator, and
    keep other types; `min`/`max` keep the element type;
    `argmin`/`argmax` give `si64`, the index of the first extreme in the
    reduced axes taken in C order (NumPy's calls give one axis, or all of
    them with `keepdims`: the flat index);
    `any`/`all` give `i1`; `mean`, `var`, `std` and their `nan` forms give
    a float (the element type for floats, `f64` otherwise); `mean` and
    `nanmean` of complex elements keep them, their variances are real
    (the part type: the mean of `|z - mean|**2`).

    The `nan` kinds (float and complex elements; a complex element with a
    NaN part counts as NaN) skip NaNs as NumPy's `np.nansum`,
    `np.nanmin`, ...: `nansum`/`nanprod` of nothing are 0/1, `nanmean` of
    nothing is NaN, `nanmin`/`nanmax` of only NaNs are NaN. `var`/`std`
    (and `nanvar`/`nanstd`) are two-pass: the mean, then the sum of squared
    deviations divided by `max(count - ddof, 0)` (`ddof` defaults to 0;
    a zero divisor gives NaN or inf, as NumPy). Complex elements take every
    kind; `min`, `max`, `argmin`, `argmax`, `nanmin`, `nanmax` follow
    NumPy's lexicographic order (nbc.cmp): for the first four the first
    element with a NaN part wins, as in NumPy (`nanmin`/`nanmax` of only
    NaNs give `nan+nanj`).

    Errors: `min`, `max`, `nanmin`, `nanmax`, `argmin`, `argmax` over no
    elements (a reduced axis of size 0) raise NumPy's `ValueError`, even
    when the result is empty; NaN propagates through `min`/`max` as in
    NumPy. With `axes`, a failed allocation of the result raises
    `MemoryError`.

    ```mlir
    %s = nbc.array_reduce sum %a : memref<?x?xf64> -> f64
    %c = nbc.array_reduce max %a axes [1] : memref<?x?xf64> -> memref<?xf64>
    %k = nbc.array_reduce mean %b axes [0, 2] keepdims
        : memref<?x?x?xsi32> -> memref<?x?x?xf64>
    %v = nbc.array_reduce var %a axes [0] ddof %one
        : memref<?x?xf32> -> memref<?xf32>
    ```
  }];
  let arguments = (ins NBC_ArrayReductionKindAttr:$kind, NBC_Array:$array,
                       OptionalAttr<DenseI64ArrayAttr>:$axes,
                       UnitAttr:$keepdims, Optional<F64>:$ddof);
  let results = (outs NBC_ScalarOrArray:$result);
  let assemblyFormat = "custom<EnumKeyword>($kind) $array (`axes` $axes^)? "
                       "(`keepdims` $keepdims^)? (`ddof` $ddof^)? attr-dict `:` "
                       "type($array) `->` type($result)";
  let hasVerifier = 1;
  let extraClassDeclaration = [{
    /// The scalar a reduction of `kind` over `element`s produces.
    static ::mlir::Type getScalarResultType(::mlir::nbc::ArrayReductionKind kind,
                                            ::mlir::Type element);
    /// The result type: that scalar without `axes`; with `axes` (which
    /// must be sorted, distinct and in range, else null), a new array of
    /// that scalar with the axes removed, or of size `?` with `keepdims`.
    static ::mlir::Type inferResultType(::mlir::nbc::ArrayReductionKind kind,
                                        ::mlir::MemRefType array,
                                        ::std::optional<::llvm::ArrayRef<int64_t>> axes,
                                        bool keepdims);
    /// Whether `kind` skips NaNs (`nansum`, ...).
    static bool skipsNaN(::mlir::nbc::ArrayReductionKind kind);
    /// Whether `kind` is a variance (`var`, `std`, `nanvar`, `nanstd`).
    static bool isVariance(::mlir::nbc::ArrayReductionKind kind);
  }];
}

def NBC_ArrayScanOp : NBC_Op<"array_scan", [
    DeclareOpInterfaceMethods<MemoryEffectsOpInterface>]> {
  let summary = "running reduction along one axis (`np.cumsum`, `np.minimum.accumulate`)";
  let description = [{
    A new array of the operand's shape whose element `i` along `axis`
    reduces elements `0..i`: `sum` and `prod` in NumPy's accumulator type
    (bools and integers narrower than 64 bits widen to `si64`/`ui64`, as
    `np.cumsum`), `min`/`max` in the element type, propagating NaN as
    NumPy's `np.minimum.accumulate`. The frontend flattens for
    `axis=None`. A failed allocation raises `MemoryError`.

    ```mlir
    %c = nbc.array_scan sum %a axis 1 : memref<?x?xf64> -> memref<?x?xf64>
    %i = nbc.array_scan prod %b axis 0 : memref<?xsi32> -> memref<?xsi64>
    ```
  }];
  let arguments = (ins NBC_ArrayScanKindAttr:$kind, NBC_Array:$array,
                       I64Attr:$axis);
  let results = (outs NBC_Array:$result);
  let assemblyFormat = "custom<EnumKeyword>($kind) $array `axis` $axis attr-dict `:` "
                       "type($array) `->` type($result)";
  let hasVerifier = 1;
  let extraClassDeclaration = [{
    /// A new array of `array`'s shape (elements widened for sum/prod as
    /// array_reduce's), or null when `axis` is out of range.
    static ::mlir::Type inferResultType(::mlir::nbc::ArrayScanKind kind,
                                        ::mlir::MemRefType array, int64_t axis);
  }];
}

#endif // NBC_DIALECT_NBC_IR_NBCREDUCTIONOPS_TD
