//===- NBCViewOps.td - Strided views NumPy gives -----------*- tablegen -*-===//
//
// Views that are not slices or transpositions: a diagonal, a broadcast
// (zero strides), NumPy's as_strided and a complex array's parts. Each shares the source's
// memory (a write through the source shows through it) and lowers to
// memref.reinterpret_cast of the source's buffer.
//
//===----------------------------------------------------------------------===//

#ifndef NBC_DIALECT_NBC_IR_NBCVIEWOPS_TD
#define NBC_DIALECT_NBC_IR_NBCVIEWOPS_TD

include "nbc/Dialect/NBC/IR/NBCAttrs.td"
include "mlir/Interfaces/SideEffectInterfaces.td"

def NBC_DiagonalOp : NBC_Op<"diagonal", [Pure]> {
  let summary = "`np.diagonal(a, offset, -2, -1)`: a strided view";
  let description = [{
    The elements `a[..., i, i + offset]` (offset >= 0) or
    `a[..., i - offset, i]` (offset < 0) that exist, over the last two
    axes, as a view whose last stride is the sum of those axes' strides
    (the leading axes kept): NumPy's `a.diagonal(offset, -2, -1)` for any
    layout and rank >= 2 (other axes are moved last first). Its length is
    `max(0, min(rows + min(offset, 0), cols - max(offset, 0)))`; an empty
    diagonal starts at the source's offset. (NumPy's diagonal is
    read-only; the frontend types it so.)

    ```mlir
    %d = nbc.diagonal %a, %k : memref<?x?xf64, strided<[?, ?], offset: ?>> to memref<?xf64, strided<[?], offset: ?>>
    %s = nbc.diagonal %b, %k : memref<2x?x?xf32> to memref<?x?xf32, strided<[?, ?], offset: ?>>
    ```
  }];
  let arguments = (ins NBC_Array:$source, SI64:$offset);
  let results = (outs NBC_Array:$result);
  let assemblyFormat = "$source `,` $offset attr-dict `:` type($source) `to` "
                       "type($result)";
  let hasVerifier = 1;
}

def NBC_BroadcastToOp : NBC_Op<"broadcast_to", [
    DeclareOpInterfaceMethods<MemoryEffectsOpInterface>]> {
  let summary = "`np.broadcast_to(a, shape)`: a view with zero strides";
  let description = [{
    One `si64` size per result axis; the source's axes align with the last
    ones. A source axis of extent 1 broadcast to another size, and every
    leading new axis, get stride 0; the others keep their stride. Errors
    are NumPy's `ValueError`s: a negative size raises `all elements of
    broadcast shape must be non-negative`, a source extent that is neither
    1 nor the size raises `operands could not be broadcast together with
    remapped shapes [original->remapped]: (2,3)  and requested shape
    (3,3)`. (NumPy's result is read-only; the frontend types it so.)

    ```mlir
    %b = nbc.broadcast_to %a(%m, %n) : memref<?xf64> to memref<?x?xf64, strided<[?, ?], offset: ?>>
    ```
  }];
  let arguments = (ins NBC_Array:$source, Variadic<SI64>:$sizes);
  let results = (outs NBC_Array:$result);
  let assemblyFormat = "$source `(` $sizes `)` attr-dict `:` type($source) "
                       "`to` type($result)";
  let hasVerifier = 1;
}

def NBC_AsStridedOp : NBC_Op<"as_strided", [AttrSizedOperandSegments,
    DeclareOpInterfaceMethods<MemoryEffectsOpInterface>]> {
  let summary = "`np.lib.stride_tricks.as_strided(a, shape, strides)`: a "
                "view with given sizes and byte strides";
  let description = [{
    A view of the source's memory starting at its first element (the
    source's offset is kept) with one `si64` size and one `si64` stride
    per result axis; the strides are in bytes, as NumPy takes them, and
    are divided by the item size. As NumPy's, the view is not checked to
    stay inside the source's memory: sizes and strides are the caller's
    promise (`sliding_window_view` derives safe ones). Errors are
    `ValueError`s raised at run time: a negative size raises NumPy's
    `negative dimensions are not allowed`; a stride that is not a
    multiple of the item size raises `as_strided: a stride of 3 bytes is
    not a multiple of the itemsize 8` (NumPy accepts one; nbc's views
    address whole elements). The source's rank and the result's are
    independent.

    ```mlir
    %w = nbc.as_strided %a sizes(%n, %k) strides(%s, %s) : memref<?xf64> to memref<?x?xf64, strided<[?, ?], offset: ?>>
    ```
  }];
  let arguments = (ins NBC_Array:$source, Variadic<SI64>:$sizes,
                   Variadic<SI64>:$strides);
  let results = (outs NBC_Array:$result);
  let assemblyFormat = "$source `sizes` `(` $sizes `)` `strides` `(` $strides "
                       "`)` attr-dict `:` type($source) `to` type($result)";
  let hasVerifier = 1;
}

def NBC_ComplexPartOp : NBC_Op<"complex_part", [Pure]> {
  let summary = "`a.real` / `a.imag` of a complex array: a view of the parts";
  let description = [{
    The real (or, with `imag`, imaginary) parts of a complex array as a
    float array of the part type sharing its memory, as NumPy's: offset
    and strides in elements of the part type are twice the source's (plus
    one for `imag`). A write through the view changes the source.

    ```mlir
    %re = nbc.complex_part %z : memref<?xcomplex<f64>> to memref<?xf64, strided<[?], offset: ?>>
    %im = nbc.complex_part %w imag : memref<?xcomplex<f32>> to memref<?xf32, strided<[?], offset: ?>>
    ```
  }];
  let arguments = (ins NBC_Array:$source, UnitAttr:$imag);
  let results = (outs NBC_Array:$result);
  let assemblyFormat = "$source (`imag` $imag^)? attr-dict `:` type($source) "
                       "`to` type($result)";
  let hasVerifier = 1;
}

#endif // NBC_DIALECT_NBC_IR_NBCVIEWOPS_TD
