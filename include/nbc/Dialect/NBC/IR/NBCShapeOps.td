//===- NBCShapeOps.td - Reshaping and joining arrays -------*- tablegen -*-===//

#ifndef NBC_DIALECT_NBC_IR_NBCSHAPEOPS_TD
#define NBC_DIALECT_NBC_IR_NBCSHAPEOPS_TD

include "nbc/Dialect/NBC/IR/NBCAttrs.td"
include "mlir/Interfaces/SideEffectInterfaces.td"

def NBC_ReshapeOp : NBC_Op<"reshape", [
    DeclareOpInterfaceMethods<MemoryEffectsOpInterface>]> {
  let summary = "`a.reshape(shape)`, `np.reshape`, `a.ravel()`: a view or a copy";
  let description = [{
    The source's elements in row-major (C) order, in an array of the given
    sizes, one `si64` per result dimension. One negative size is inferred
    from the others (NumPy's `-1`). The result is a view of the source, so
    writes through it reach the source, exactly when NumPy's `reshape`
    returns a view: the source is C-contiguous at run time (extents 1 and
    empty arrays count as NumPy counts them), or its strides allow the new
    shape without moving data (NumPy's `_attempt_nocopy_reshape`, asked of
    the runtime's `nbc_rt_reshape_strides`: a 1-d strided or reversed
    array, a split of a strided axis). Otherwise it is a new row-major
    array holding a copy. With `contiguous_view` (NumPy's `ravel`) only a
    C-contiguous source is viewed.

    The result type (`inferResultType`) has dynamic sizes and offset; its
    strides are `[?, ..., ?, 1]` when the result is always C-contiguous (a
    source of identity layout, or `contiguous_view`), otherwise dynamic.

    Errors are NumPy's `ValueError`s: two negative sizes raise `can only
    specify one unknown dimension`; sizes whose product is not the source's
    size raise `cannot reshape array of size 7 into shape (2,newaxis)`
    (NumPy's wording: the inferred size prints as `newaxis`, and a leading
    inferred size not at all).

    ```mlir
    %m = nbc.reshape %v(%n, %m1) : memref<?xf64> to memref<?x?xf64, strided<[?, 1], offset: ?>>
    %f = nbc.reshape %t(%m1) : memref<?x?xf32, strided<[1, ?], offset: ?>> to memref<?xf32, strided<[?], offset: ?>>
    %r = nbc.reshape %t(%m1) {contiguous_view} : memref<?x?xf32, strided<[1, ?], offset: ?>> to memref<?xf32, strided<[1], offset: ?>>
    ```
  }];
  let arguments = (ins NBC_Array:$source, Variadic<SI64>:$sizes,
                       UnitAttr:$contiguous_view);
  let results = (outs NBC_Array:$result);
  let assemblyFormat = "$source `(` $sizes `)` attr-dict `:` type($source) "
                       "`to` type($result)";
  let hasVerifier = 1;
  let extraClassDeclaration = [{
    /// The result type for `source` reshaped to `rank` dimensions: dynamic
    /// sizes and offset; strides [?, ..., ?, 1] when the result is always
    /// C-contiguous (`source` has the identity layout, or
    /// `contiguousView`), else dynamic.
    static ::mlir::MemRefType inferResultType(::mlir::MemRefType source,
                                              int64_t rank,
                                              bool contiguousView);
  }];
}

def NBC_ConcatenateOp : NBC_Op<"concatenate", [
    DeclareOpInterfaceMethods<MemoryEffectsOpInterface>]> {
  let summary = "`np.concatenate((a, b, ...), axis)`: a new array";
  let description = [{
    Joins arrays of one rank and one element type along `axis` into a new
    row-major array (allocation errors as `nbc.empty`). Sizes along the
    other axes that differ raise NumPy's `ValueError("all the input array
    dimensions except for the concatenation axis must match exactly, but
    along dimension 1, the array at index 0 has size 3 and the array at
    index 1 has size 2")`. Inputs may have any strided layout and may
    alias each other. `np.stack`, `np.hstack` and `np.vstack` are this op
    on views with a new axis (`nbc.slice` with `none`); operands of
    different dtypes are cast to NumPy's result dtype first.

    ```mlir
    %c = nbc.concatenate %a, %b axis 0 : memref<?x?xf64>, memref<?x?xf64, strided<[?, ?], offset: ?>> -> memref<?x?xf64>
    ```
  }];
  let arguments = (ins Variadic<NBC_Array>:$inputs, I64Attr:$axis);
  let results = (outs NBC_Array:$result);
  let assemblyFormat = "$inputs `axis` $axis attr-dict `:` type($inputs) "
                       "`->` type($result)";
  let hasVerifier = 1;
}

#endif // NBC_DIALECT_NBC_IR_NBCSHAPEOPS_TD
