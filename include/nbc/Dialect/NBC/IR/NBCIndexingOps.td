//===- NBCIndexingOps.td - Integer-array and boolean indexing -*- tablegen -*-===//
//
// NumPy's advanced indexing: `a[idx]` and `a[mask]` read into new arrays,
// `a[idx] = v` and `a[mask] = v` write through, np.argwhere/np.nonzero.
//
//===----------------------------------------------------------------------===//

#ifndef NBC_DIALECT_NBC_IR_NBCINDEXINGOPS_TD
#define NBC_DIALECT_NBC_IR_NBCINDEXINGOPS_TD

include "nbc/Dialect/NBC/IR/NBCAttrs.td"
include "mlir/Interfaces/SideEffectInterfaces.td"

def NBC_IntArray : Type<And<[NBC_Array.predicate, CPred<
    "::mlir::nbc::isNBCInteger(::llvm::cast<::mlir::MemRefType>($_self)"
    ".getElementType())">]>, "ranked memref of nbc integers",
    "::mlir::MemRefType">;
def NBC_BoolArray : Type<And<[NBC_Array.predicate, CPred<
    "::llvm::cast<::mlir::MemRefType>($_self).getElementType().isInteger(1)">]>,
    "ranked memref of bool (i1)", "::mlir::MemRefType">;

class NBC_IndexingOp<string mnemonic, list<Trait> traits = []>
    : NBC_Op<mnemonic, traits # [
          DeclareOpInterfaceMethods<MemoryEffectsOpInterface>]>;

def NBC_TakeOp : NBC_IndexingOp<"take"> {
  let summary = "`a[idx]`, `a[i, j]`, `np.take(a, idx, axis)`: a gather";
  let description = [{
    A new row-major array of `array`'s elements at the positions the integer
    arrays `indices` give along the consecutive axes `axis`,
    `axis + 1`, ...: the index arrays broadcast together (NumPy's rules) to
    a shape `B`, and `result[o..., b..., i...] = array[o..., indices0[b...],
    indices1[b...], ..., i...]`. The result's shape is `array`'s with those
    axes replaced by `B` (`(2, 3, 4)` taken with one `(5,)` array along axis
    1 is `(2, 5, 4)`; with two `(5,)` arrays along axes 0 and 1 it is
    `(5, 4)`; `inferResultType`). Index arrays that do not broadcast raise
    NumPy's `IndexError("shape mismatch: indexing arrays could not be
    broadcast together with shapes (2,) (3,) ")`. Negative indices count
    from the end. Every index is checked before any element is copied, the
    arrays in order; one out of range raises NumPy's `IndexError("index 7
    is out of bounds for axis 0 with size 3")` quoting the index as given.
    `error_axes` are the axes those messages name, one per index array,
    when `array` is a view of the array the program indexed with axes
    dropped, added or permuted (`a[i, idx]` takes along axis 0 of `a[i]`,
    NumPy's message says axis 1; `a[None, idx]` along axis 1 of `a[None]`
    says axis 0); they default to `axis`, `axis + 1`, .... A failed
    allocation raises as `nbc.empty`. `array` may have any strided layout.
    With `np_take` (the function `np.take`, not indexing) the checks are
    NumPy's take's: `IndexError("cannot do a non-empty take from an empty
    axes.")` when the taken axis is empty and the result is not, and the
    indices are checked only when the axes before `axis` hold elements
    (`np.take(np.zeros((0, 3)), [5], axis=1)` is an empty `(0, 1)` array).

    ```mlir
    %r = nbc.take %a[%idx] axis 0 : memref<?xf64>, memref<?xsi64> -> memref<?xf64>
    %c = nbc.take %m[%idx] axis 1 {error_axes = array<i64: 2>} : memref<?x?xf32, strided<[?, ?], offset: ?>>, memref<?xui8> -> memref<?x?xf32>
    %e = nbc.take %m[%i, %j] axis 0 : memref<?x?xf64>, memref<?x1xsi64>, memref<?xsi32> -> memref<?x?xf64>
    ```
  }];
  let arguments = (ins NBC_Array:$array, Variadic<NBC_IntArray>:$indices,
                       I64Attr:$axis, OptionalAttr<DenseI64ArrayAttr>:$error_axes,
                       UnitAttr:$np_take);
  let results = (outs NBC_Array:$result);
  let assemblyFormat = "$array `[` $indices `]` `axis` $axis attr-dict `:` "
                       "type($array) `,` type($indices) `->` type($result)";
  let hasVerifier = 1;
  let extraClassDeclaration = [{
    /// `array`'s shape with the axes from `axis` on, one per index array,
    /// replaced by the index arrays' broadcast shape (static sizes kept),
    /// row-major; null when the axes are not all axes of `array` or static
    /// sizes do not broadcast.
    static ::mlir::MemRefType inferResultType(
        ::mlir::MemRefType array, ::llvm::ArrayRef<::mlir::MemRefType> indices,
        int64_t axis);
    /// The axis an out-of-range message of index array `k` names.
    int64_t getReportedAxis(unsigned k) {
      if (auto axes = getErrorAxes())
        return (*axes)[k];
      return getAxis() + k;
    }
  }];
}

def NBC_PutOp : NBC_IndexingOp<"put"> {
  let summary = "`a[idx] = v`, `a[i, j] = v`: a scatter";
  let description = [{
    Writes `value` into `array` at the positions `indices` along the axes
    from `axis` on, the positions `nbc.take` with the same operands reads.
    `value` is a scalar of the element type or an array of it that
    broadcasts (NumPy's rules) to the shape `nbc.take` would give; one that
    does not raises NumPy's `ValueError("shape mismatch: value array of
    shape (3,) could not be broadcast to indexing result of shape (2,)")`.
    Index arrays are broadcast, wrap and are all checked first, as for
    `nbc.take` (nothing is written when one is out of range). The writes go
    in the C order of the indexing result, so with a repeated index the
    last write wins, as in NumPy (`a[[0, 0]] += 1` adds once). A `value` or
    index array that shares memory with `array` is read through a copy (a
    run-time test of their address ranges), since NumPy reads them whole
    before writing.

    ```mlir
    nbc.put %x, %a[%idx] axis 0 : f64, memref<?xf64>, memref<?xsi32>
    nbc.put %v, %m[%idx] axis 1 : memref<?xf64>, memref<?x?xf64>, memref<?xsi64>
    nbc.put %x, %m[%i, %j] axis 0 : f64, memref<?x?xf64>, memref<?xsi64>, memref<?xsi64>
    ```
  }];
  let arguments = (ins NBC_ScalarOrArray:$value, NBC_Array:$array,
                       Variadic<NBC_IntArray>:$indices, I64Attr:$axis,
                       OptionalAttr<DenseI64ArrayAttr>:$error_axes);
  let assemblyFormat = "$value `,` $array `[` $indices `]` `axis` $axis attr-dict "
                       "`:` type($value) `,` type($array) `,` type($indices)";
  let hasVerifier = 1;
  let extraClassDeclaration = [{
    int64_t getReportedAxis(unsigned k) {
      if (auto axes = getErrorAxes())
        return (*axes)[k];
      return getAxis() + k;
    }
  }];
}

def NBC_MaskTakeOp : NBC_IndexingOp<"mask_take"> {
  let summary = "`a[mask]`: the elements (or subarrays) where a mask is true";
  let description = [{
    `mask` covers the leading axes of `array` (all of them, or fewer: a
    1-d mask selects along axis 0 of an N-d array). The result is a new
    row-major array of the selected elements, or subarrays over the
    remaining axes, in C order: its shape is `(count,) + array.shape[k:]`
    for a `k`-d mask with `count` true entries. A mask whose size differs
    from the array's along an axis raises NumPy's `IndexError("boolean
    index did not match indexed array along axis 0; size of axis is 3 but
    size of corresponding boolean axis is 4")`. With `axis` the mask covers
    the axes from `axis` on instead (`a[:, mask]`, NumPy's
    `a[:, np.nonzero(mask)[0]]`): the result's shape is
    `array.shape[:axis] + (count,) + array.shape[axis + k:]`. `error_axis`
    is the first axis the size message names (default `axis`, or 0), for a
    view of the indexed array with axes dropped or permuted (`a[i, mask]`
    masks axis 0 of `a[i]`; NumPy names axis 1). Lowered in two passes:
    count, allocate, copy.

    ```mlir
    %s = nbc.mask_take %a[%m] : memref<?x?xf64>, memref<?x?xi1> -> memref<?xf64>
    %r = nbc.mask_take %a[%rows] : memref<?x?xsi32>, memref<?xi1> -> memref<?x?xsi32>
    %c = nbc.mask_take %a[%cols] {axis = 1 : i64} : memref<?x?xf64>, memref<?xi1> -> memref<?x?xf64>
    ```
  }];
  let arguments = (ins NBC_Array:$array, NBC_BoolArray:$mask,
                       OptionalAttr<I64Attr>:$axis,
                       OptionalAttr<I64Attr>:$error_axis);
  let results = (outs NBC_Array:$result);
  let assemblyFormat = "$array `[` $mask `]` attr-dict `:` type($array) `,` "
                       "type($mask) `->` type($result)";
  let hasVerifier = 1;
  let extraClassDeclaration = [{
    /// `array.shape[:axis] + (?,) + array.shape[axis + mask rank:]`,
    /// row-major; null when the mask has no axes or does not fit `array`
    /// from `axis` on.
    static ::mlir::MemRefType inferResultType(::mlir::MemRefType array,
                                              ::mlir::MemRefType mask,
                                              int64_t axis = 0);
    int64_t getMaskAxis() { return getAxis() ? int64_t(*getAxis()) : 0; }
    int64_t getReportedAxis() {
      return getErrorAxis() ? int64_t(*getErrorAxis()) : getMaskAxis();
    }
  }];
}

def NBC_MaskPutOp : NBC_IndexingOp<"mask_put"> {
  let summary = "`a[mask] = v`: writes where a mask is true";
  let description = [{
    Writes `value` into the elements (or subarrays) of `array` that
    `nbc.mask_take` with the same mask selects, in C order. `value` is a
    scalar of the element type or an array that broadcasts to the selected
    shape `(count,) + array.shape[k:]`. Mask sizes that differ raise as for
    `nbc.mask_take`; a value of the wrong length raises NumPy's
    `ValueError("NumPy boolean array indexing assignment cannot assign 3
    input values to the 2 output values where the mask is true")` when the
    mask covers every axis (and there is no `axis`), otherwise the shape
    mismatch message of `nbc.put`. `axis` and `error_axis` are those of
    `nbc.mask_take` (`a[:, mask] = v`). A `value` that shares memory with
    `array` is read through a copy.

    ```mlir
    nbc.mask_put %zero, %a[%m] : f64, memref<?x?xf64>, memref<?x?xi1>
    nbc.mask_put %v, %a[%m] : memref<?xf64>, memref<?xf64>, memref<?xi1>
    nbc.mask_put %zero, %a[%cols] {axis = 1 : i64} : f64, memref<?x?xf64>, memref<?xi1>
    ```
  }];
  let arguments = (ins NBC_ScalarOrArray:$value, NBC_Array:$array,
                       NBC_BoolArray:$mask, OptionalAttr<I64Attr>:$axis,
                       OptionalAttr<I64Attr>:$error_axis);
  let assemblyFormat = "$value `,` $array `[` $mask `]` attr-dict `:` "
                       "type($value) `,` type($array) `,` type($mask)";
  let hasVerifier = 1;
  let extraClassDeclaration = [{
    int64_t getMaskAxis() { return getAxis() ? int64_t(*getAxis()) : 0; }
    int64_t getReportedAxis() {
      return getErrorAxis() ? int64_t(*getErrorAxis()) : getMaskAxis();
    }
  }];
}

def NBC_ArgwhereOp : NBC_IndexingOp<"argwhere"> {
  let summary = "`np.argwhere`, `np.nonzero`, `np.flatnonzero`";
  let description = [{
    The indices of the nonzero elements of `array` in C order (a float is
    nonzero when it is not `0.0` or `-0.0`, so NaN counts). Without `flat`
    the result is NumPy's `np.argwhere(array)`: a new `(count, ndim)` array
    of `si64` whose row `k` is the index tuple of the `k`-th nonzero
    element; `np.nonzero` returns its columns. With `flat` it is
    `np.flatnonzero(array)`: the `(count,)` C-order flat indices. Two
    passes: count, allocate, fill.

    ```mlir
    %w = nbc.argwhere %a : memref<?x?xf64> -> memref<?x2xsi64>
    %f = nbc.argwhere %a flat : memref<?x?xi1> -> memref<?xsi64>
    ```
  }];
  let arguments = (ins NBC_Array:$array, UnitAttr:$flat);
  let results = (outs NBC_Array:$result);
  let assemblyFormat = "$array (`flat` $flat^)? attr-dict `:` type($array) `->` "
                       "type($result)";
  let hasVerifier = 1;
  let extraClassDeclaration = [{
    static ::mlir::MemRefType inferResultType(::mlir::MemRefType array,
                                              bool flat);
  }];
}

#endif // NBC_DIALECT_NBC_IR_NBCINDEXINGOPS_TD
