//===- NBCArrayOps.td - Arrays, reductions and ufuncs ------*- tablegen -*-===//

#ifndef NBC_DIALECT_NBC_IR_NBCARRAYOPS_TD
#define NBC_DIALECT_NBC_IR_NBCARRAYOPS_TD

include "nbc/Dialect/NBC/IR/NBCAttrs.td"
include "mlir/Interfaces/SideEffectInterfaces.td"
include "mlir/Interfaces/InferTypeOpInterface.td"

class NBC_AccessOp<string mnemonic, list<Trait> traits = []>
    : NBC_Op<mnemonic, traits # [
          DeclareOpInterfaceMethods<MemoryEffectsOpInterface>]> {
  code accessDeclarations = [{
    /// Whether a negative index counts from the end.
    bool wrapsAround() { return !getNowrap(); }
    /// Whether an out-of-range index raises IndexError.
    bool checksBounds() { return !getNoboundscheck(); }
  }];
}

def NBC_LoadOp : NBC_AccessOp<"load", [
    TypesMatchWith<"result is the array's element type", "array", "result",
                   "::llvm::cast<::mlir::MemRefType>($_self).getElementType()">]> {
  let summary = "array element read `a[i, j]` with Python indexing";
  let description = [{
    Negative indices count from the end (`a[-1]`) and an index out of
    range raises `IndexError("index out of bounds")`. `nowrap` turns off the
    wraparound (Numba's `wraparound=False`) and `noboundscheck` the check
    (Numba's `boundscheck=False`); indices are then taken as they are.

    ```mlir
    %x = nbc.load %a[%i, %j] : memref<?x?xf64>, si64, si64
    %y = nbc.load %a[%i, %j] {nowrap, noboundscheck} : memref<?x?xf64>, si64, si64
    ```
  }];
  let arguments = (ins NBC_Array:$array, Variadic<NBC_Int>:$indices,
                       UnitAttr:$nowrap, UnitAttr:$noboundscheck);
  let results = (outs NBC_Scalar:$result);
  let assemblyFormat = "$array `[` $indices `]` attr-dict `:` type($array) "
                       "(`,` type($indices)^)?";
  let hasVerifier = 1;
  let extraClassDeclaration = accessDeclarations;
}

def NBC_StoreOp : NBC_AccessOp<"store", [
    TypesMatchWith<"value is the array's element type", "array", "value",
                   "::llvm::cast<::mlir::MemRefType>($_self).getElementType()">]> {
  let summary = "array element write `a[i, j] = v` with Python indexing";
  let description = [{
    Same indexing rules as `nbc.load`.

    ```mlir
    nbc.store %v, %a[%i] : memref<?xsi64>, si64
    ```
  }];
  let arguments = (ins NBC_Scalar:$value, NBC_Array:$array,
                       Variadic<NBC_Int>:$indices,
                       UnitAttr:$nowrap, UnitAttr:$noboundscheck);
  let assemblyFormat = "$value `,` $array `[` $indices `]` attr-dict `:` "
                       "type($array) (`,` type($indices)^)?";
  let hasVerifier = 1;
  let extraClassDeclaration = accessDeclarations;
}

def NBC_AtomicUpdateOp : NBC_AccessOp<"atomic_update", [SingleBlock]> {
  let summary = "`a[i, j] = f(a[i, j])` as one atomic read-modify-write";
  let description = [{
    Reads the element, computes its new value with the body (which takes
    the old value and yields the new one) and writes it, as one atomic step
    with respect to other threads. Indexing follows `nbc.load`. The body
    must be free of memory effects; it may use values defined above.
    `nbc-recognize-reductions` builds it for `a[k] += v` (and `-=`, `*=`,
    `min`, `max`, `&=`, `|=`, `^=`) in a parallel `nbc.prange` whose
    iterations may update the same element. It lowers to
    `memref.atomic_rmw` when the body is one integer add/and/or/xor/min/max
    or float add of the old value and another value, and to
    `memref.generic_atomic_rmw` (a compare-and-swap loop) otherwise. That
    op's region returns a value, which buffer deallocation refuses, so
    `convert-nbc-to-core` keeps this op on converted types (signless
    elements, `index` indices it has already wrapped and checked, `nowrap`
    and `noboundscheck` set) and `nbc-expand-atomic-updates` makes it
    `memref.generic_atomic_rmw` after deallocation.

    ```mlir
    nbc.atomic_update %h[%k] : memref<?xsi64>, si64 {
    ^bb0(%old: si64):
      %new = nbc.add %old, %one : si64
      nbc.yield %new : si64
    }
    ```
  }];
  // Also converted types: see convert-nbc-to-core above.
  let arguments = (ins AnyMemRef:$array,
                       Variadic<AnyTypeOf<[AnyInteger, Index]>>:$indices,
                       UnitAttr:$nowrap, UnitAttr:$noboundscheck);
  let regions = (region SizedRegion<1>:$body);
  let assemblyFormat = "$array `[` $indices `]` attr-dict `:` type($array) "
                       "(`,` type($indices)^)? $body";
  let hasVerifier = 1;
  let hasRegionVerifier = 1;
  let extraClassDeclaration = accessDeclarations # [{
    /// The value the body yields (the element's new value).
    ::mlir::Value getNewValue();
  }];
}

def NBC_DimOp : NBC_Op<"dim", [Pure]> {
  let summary = "`a.shape[axis]` (and `len(a)` for axis 0) as `si64`";
  let description = [{
    ```mlir
    %n = nbc.dim %a, 0 : memref<?x?xf64>
    ```
  }];
  let arguments = (ins NBC_Array:$array, I64Attr:$axis);
  let results = (outs SI64:$result);
  let assemblyFormat = "$array `,` $axis attr-dict `:` type($array)";
  let hasVerifier = 1;
  let hasFolder = 1;
  let builders = [OpBuilder<(ins "::mlir::Value":$array, "int64_t":$axis)>];
}

def NBC_StrideOp : NBC_Op<"stride", [Pure]> {
  let summary = "the stride of an axis, in elements, as `si64`";
  let description = [{
    NumPy's `a.strides[axis]` is this times the item size.

    ```mlir
    %s = nbc.stride %a, 1 : memref<?x?xf64, strided<[?, ?], offset: ?>>
    ```
  }];
  let arguments = (ins NBC_Array:$array, I64Attr:$axis);
  let results = (outs SI64:$result);
  let assemblyFormat = "$array `,` $axis attr-dict `:` type($array)";
  let hasVerifier = 1;
  let hasFolder = 1;
}

def NBC_SliceOp : NBC_Op<"slice", [Pure, AttrSizedOperandSegments]> {
  let summary = "basic slicing `a[i, lo:hi:step, :]` into a strided view";
  let description = [{
    Each subscript is an integer index (the axis is dropped; negative
    counts from the end; out of range raises `IndexError`) or a slice
    `lo:hi:step` whose parts may be omitted. Slices follow Python: bounds
    are clamped, negative bounds count from the end, omitted bounds depend
    on the step's sign, a zero step raises `ValueError`. `none`
    (`np.newaxis`, `None` in Python) inserts an axis of size 1 and stride
    0 (both dynamic in the type) and consumes no source axis. Trailing axes not mentioned are kept
    whole. The result is a view sharing the array's memory.

    ```mlir
    %row = nbc.slice %a[%i, :] : memref<?x?xf64> to memref<?xf64, strided<[1], offset: ?>>
    %rev = nbc.slice %v[::%m1] : memref<?xf64> to memref<?xf64, strided<[?], offset: ?>>
    %mid = nbc.slice %v[%lo:%hi] : memref<?xf64> to memref<?xf64, strided<[1], offset: ?>>
    %col = nbc.slice %v[:, none] : memref<?xf64> to memref<?x?xf64, strided<[1, ?], offset: ?>>
    ```
  }];
  let arguments = (ins NBC_Array:$source, Variadic<NBC_Int>:$indices,
                       Variadic<NBC_Int>:$starts, Variadic<NBC_Int>:$stops,
                       Variadic<NBC_Int>:$steps,
                       DenseI32ArrayAttr:$subscripts);
  let results = (outs NBC_Array:$result);
  let hasCustomAssemblyFormat = 1;
  let hasVerifier = 1;
  let extraClassDeclaration = [{
    /// Bits of the `subscripts` entries: an index, a slice and which of
    /// its parts are present, or a new axis (exactly kNewAxis).
    static constexpr int32_t kIndex = 0, kSlice = 1, kHasStart = 2,
                             kHasStop = 4, kHasStep = 8, kNewAxis = 16;
    /// The result type for `source` under `subscripts` (static sizes and
    /// strides where they stay known).
    static ::mlir::MemRefType inferResultType(::mlir::MemRefType source,
                                              ::llvm::ArrayRef<int32_t> subscripts);
  }];
}

def NBC_TransposeOp : NBC_Op<"transpose", [Pure,
    InferTypeOpAdaptorWithIsCompatible]> {
  let summary = "`a.T` / `np.transpose(a, axes)`: a view with permuted axes";
  let description = [{
    Result axis `k` is source axis `axes[k]`; without `axes` the axes are
    reversed, as for `a.T`. No data moves: sizes and strides are permuted.
    The inferred result type is the source's with its shape and strides
    permuted (the offset kept); a written one may be any type memref.cast
    accepts from it (dynamic strides or offset).

    ```mlir
    %t = nbc.transpose %a : memref<?x?xf64> to memref<?x?xf64, strided<[1, ?]>>
    %p = nbc.transpose %b axes [2, 0, 1] : memref<2x3x4xf32> to memref<4x2x3xf32, strided<[1, 12, 4]>>
    ```
  }];
  let arguments = (ins NBC_Array:$source, OptionalAttr<DenseI64ArrayAttr>:$axes);
  let results = (outs NBC_Array:$result);
  let assemblyFormat = [{
    $source (`axes` $axes^)? attr-dict `:` type($source) `to` type($result)
  }];
  let hasVerifier = 1;
  let hasFolder = 1;
  let extraClassDeclaration = [{
    /// `axes`, or the reversed axes when absent.
    ::llvm::SmallVector<int64_t> getPermutation();
    /// The exact view type: `source`'s sizes and strides permuted.
    static ::mlir::FailureOr<::mlir::MemRefType>
    inferResultType(::mlir::MemRefType source, ::llvm::ArrayRef<int64_t> permutation);
  }];
}

def NBC_EmptyOp : NBC_Op<"empty", [
    DeclareOpInterfaceMethods<MemoryEffectsOpInterface>]> {
  let summary = "new array with uninitialised elements (`np.empty`)";
  let description = [{
    One `si64` size per dynamic dimension. A negative size raises
    `ValueError("negative dimensions are not allowed")`; a byte count
    (itemsize times all sizes) past `INT64_MAX` raises NumPy's
    `ValueError("array is too big; ...")`; an allocation the allocator
    refuses raises `MemoryError`. The array is owned by whoever holds it
    last; lowering frees arrays that do not escape.

    ```mlir
    %a = nbc.empty(%n, %m) : memref<?x?xf64>, si64, si64
    ```
  }];
  let arguments = (ins Variadic<NBC_Int>:$sizes);
  let results = (outs NBC_Array:$result);
  let assemblyFormat = "`(` $sizes `)` attr-dict `:` type($result) "
                       "(`,` type($sizes)^)?";
  let hasVerifier = 1;
}

def NBC_FullOp : NBC_Op<"full", [
    DeclareOpInterfaceMethods<MemoryEffectsOpInterface>,
    TypesMatchWith<"value is the element type", "result", "value",
                   "::llvm::cast<::mlir::MemRefType>($_self).getElementType()">]> {
  let summary = "new array filled with a value (`np.full`, `np.zeros`, `np.ones`)";
  let description = [{
    Sizes and errors as `nbc.empty`: negative sizes and byte counts past
    `INT64_MAX` raise `ValueError`, a failed allocation `MemoryError`.

    ```mlir
    %z = nbc.full(%n) %zero : memref<?xf64>, si64
    ```
  }];
  let arguments = (ins Variadic<NBC_Int>:$sizes, NBC_Scalar:$value);
  let results = (outs NBC_Array:$result);
  let assemblyFormat = "`(` $sizes `)` $value attr-dict `:` type($result) "
                       "(`,` type($sizes)^)?";
  let hasVerifier = 1;
}

def NBC_MatmulOp : NBC_Op<"matmul", [
    DeclareOpInterfaceMethods<MemoryEffectsOpInterface>]> {
  let summary = "`a @ b` (batched too), `np.dot`, `np.vdot`, `np.outer`";
  let description = [{
    NumPy's products of two arrays whose element types may differ: the
    elements are promoted as NumPy promotes arrays (`promoteTypes`:
    `int8` with `uint8` gives `int16`, `float32` with `int32` gives
    `float64`), then multiplied and summed (`bool` products are `and`,
    sums `or`). Integers wrap.

    - `matmul` (`a @ b`, `np.matmul`) and `dot` (`np.dot`, and `np.inner`
      with `b` transposed): `(n, k) x (k, m) -> (n, m)`, `(n, k) x (k) ->
      (n)`, `(k) x (k, m) -> (m)`, `(k) x (k) ->` a scalar. Inner
      dimensions that differ raise NumPy's `ValueError` for the function:
      `matmul: Input operand 1 has a mismatch in its core dimension 0, with
      gufunc signature (n?,k),(k,m?)->(n?,m?) (size 2 is different from
      3)` or `shapes (2,3) and (2,) not aligned: 3 (dim 1) != 2 (dim 0)`.
      `matmul` also takes N-d arrays: the dimensions before the last two
      are batch dimensions that broadcast as NumPy's (`(2,1,3,4) @ (5,4,2)
      -> (2,5,3,2)`; a 1-d operand has none), and batch sizes that do not
      broadcast raise NumPy's `operands could not be broadcast together
      with remapped shapes ...`.
    - `vdot` (`np.vdot` of 1-d arrays): a scalar; different lengths raise
      `ValueError("cannot reshape array of size 2 into shape (3,)")`.
    - `outer` (`np.outer` of 1-d arrays): `(n) x (m) -> (n, m)`, `a[i] *
      b[j]`.

    Array results are new row-major arrays (allocation errors as
    `nbc.empty`); their static sizes are the operands' where known
    (`inferResultType`). Operands may have any strided layout.

    ```mlir
    %c = nbc.matmul matmul %a, %b : memref<?x?xf64>, memref<?x?xf32> -> memref<?x?xf64>
    %t = nbc.matmul matmul %p, %q : memref<?x1x?x?xf64>, memref<5x?x?xf32> -> memref<?x5x?x?xf64>
    %y = nbc.matmul dot %a, %x : memref<?x?xf64>, memref<?xf64> -> memref<?xf64>
    %s = nbc.matmul vdot %i, %i : memref<?xsi32>, memref<?xsi32> -> si32
    %o = nbc.matmul outer %i, %v : memref<?xsi32>, memref<3xf32> -> memref<?x3xf64>
    ```
  }];
  let arguments = (ins NBC_MatmulKindAttr:$kind, NBC_Array:$lhs,
                       NBC_Array:$rhs);
  let results = (outs NBC_ScalarOrArray:$result);
  let assemblyFormat = "custom<EnumKeyword>($kind) $lhs `,` $rhs attr-dict `:` "
                       "type($lhs) `,` type($rhs) `->` type($result)";
  let hasVerifier = 1;
  let extraClassDeclaration = [{
    /// The result type of `kind` on arrays of these types: the promoted
    /// element type, a scalar or a new row-major array with the operands'
    /// static sizes. Null when the ranks do not fit the kind.
    static ::mlir::Type inferResultType(::mlir::nbc::MatmulKind kind,
                                        ::mlir::MemRefType lhs,
                                        ::mlir::MemRefType rhs);
  }];
}

def NBC_LinalgOp : NBC_Op<"linalg", [
    DeclareOpInterfaceMethods<MemoryEffectsOpInterface>]> {
  let summary = "`np.linalg.solve`, `inv`, `det`, `cholesky` through LAPACK";
  let description = [{
    NumPy's `np.linalg` function `kind` of float32, float64, complex<f32> or
    complex<f64> arrays (one element type for all operands and the result;
    `?` is s, d, c or z), computed by the LAPACK
    of the BLAS library that the runtime finds (docs/Python.md, linear
    algebra): `?gesv` for `solve` and `inv` (with an identity right-hand
    side), `?getrf` for `det`, `?potrf` for `cholesky`. Operands may have
    any strided layout; the runtime copies them to column-major
    temporaries. `a` may be a stack of matrices `(..., n, n)`: one call per
    matrix, results stacked the same way (`det` gives an array of the
    stack's shape); for `solve` a 1-d `b` is solved against every matrix,
    a `b` of rank 2 or more is a stack `(..., n, k)` whose leading
    dimensions broadcast with `a`'s (NumPy's gufunc rules and
    `ValueError`).

    - `solve %a, %b`: `x` with `a @ x == b`, `(n,n) x (n) -> (n)` or
      `(n,n) x (n,k) -> (n,k)`.
    - `inv %a`: `(n,n) -> (n,n)`.
    - `det %a`: a scalar (`1.0` for `(0,0)`, `0.0` when singular).
    - `cholesky %a`: the lower triangular `L` with `a == L @ L.T` (`L @
      L.conj().T` for complex `a`), from `a`'s lower triangle.

    A non-square `a` raises NumPy's `LinAlgError("Last 2 dimensions of the
    array must be square")`, a `b` of another length NumPy's `ValueError`
    of the gufunc, a singular `a` `LinAlgError("Singular matrix")` (solve,
    inv), one that is not positive definite `LinAlgError("Matrix is not
    positive definite")`. Without a LAPACK the op raises `RuntimeError`.

    ```mlir
    %x = nbc.linalg solve %a, %b : memref<?x?xf64>, memref<?xf64> -> memref<?xf64>
    %i = nbc.linalg inv %f : memref<?x?xf32> -> memref<?x?xf32>
    %d = nbc.linalg det %a : memref<?x?xf64> -> f64
    ```
  }];
  let arguments = (ins NBC_LinalgKindAttr:$kind,
                       Variadic<NBC_Array>:$operands);
  let results = (outs NBC_ScalarOrArray:$result);
  let assemblyFormat = "custom<EnumKeyword>($kind) $operands attr-dict `:` "
                       "type($operands) `->` type($result)";
  let hasVerifier = 1;
  let extraClassDeclaration = [{
    /// The result type of `kind` on arrays of these types (a new row-major
    /// array or the element type); null when the operands do not fit.
    static ::mlir::Type inferResultType(::mlir::nbc::LinalgKind kind,
                                        ::mlir::TypeRange operands);
  }];
}

def NBC_LinalgFactorOp : NBC_Op<"linalg_factor", [
    AttrSizedOperandSegments,
    DeclareOpInterfaceMethods<MemoryEffectsOpInterface>]> {
  let summary = "`np.linalg.eigh`, `svd`, `qr`, `lstsq`: several results";
  let description = [{
    The factorization `kind` of the 2-d float32 or float64 array `a`
    (m x n, any strided layout), computed by the LAPACK that the runtime
    finds, in double precision as NumPy does (float32 operands are
    widened, results narrowed back); every array result is a new row-major
    array of `a`'s element type. With k = min(m, n):

    - `eigh %a` -> `w (n)`, `v (n,n)`: `?syevd`, eigenvalues ascending,
      eigenvectors in columns, from `a`'s lower triangle (NumPy's
      UPLO='L') or, with `upper`, its upper one. `eigvalsh` gives `w` only.
      A complex (Hermitian) `a` takes `zheevd`: `w` real (the part type),
      `v` complex.
    - `svd %a` -> `u (m,k)`, `s (k)`, `vt (k,n)` (`?gesdd`); with `full`
      (full_matrices=True) `u (m,m)` and `vt (n,n)`. `svdvals` gives `s`
      (compute_uv=False). A complex `a` takes `zgesdd`: `s` real.
    - `qr %a` -> `q (m,k)`, `r (k,n)` (`?geqrf` + `?orgqr`); with `full`
      (mode='complete') `q (m,m)`, `r (m,n)`. `qr_r` gives `r (k,n)`. A
      complex `a` takes `zgeqrf` + `zungqr`.
    - `eig %a` -> `w (n)`, `v (n,n)` (`?geev`, right eigenvectors in
      columns, LAPACK's order); `eigvals` gives `w`. A real `a` gives real
      results, as Numba's: complex eigenvalues raise its `ValueError("eig()
      argument must not cause a domain change.")` (`eigvals()` for
      eigvals); a complex `a` takes `zgeev`, complex results.
    - Complex arrays (complex<f32> and complex<f64>, computed in double
      precision) for every kind.
    - Stacks `(..., m, n)` for every kind but lstsq: one call per matrix,
      each result with the stack's shape first.
    - `lstsq %a, %b rcond %r` -> `x (n)` or `(n,nrhs)` (b's rank),
      `residuals (0 or nrhs or 1)`, `rank : si64`, `s (k)` (`?gelsd`);
      residuals has NumPy's length (empty unless rank == n < m); without
      `rcond`, NumPy's default eps * max(m, n). A complex `a` and `b` take
      `zgelsd`: `x` complex, `residuals` and `s` real.

    A non-square `a` raises NumPy's `LinAlgError("Last 2 dimensions of the
    array must be square")` (eigh, eig), a `b` of another height
    `LinAlgError("Incompatible dimensions")`, non-convergence NumPy's
    LinAlgError ("Eigenvalues did not converge", "SVD did not converge",
    "SVD did not converge in Linear Least Squares"). Without a LAPACK the
    op raises `RuntimeError`.

    ```mlir
    %w, %v = nbc.linalg_factor eigh %a : memref<?x?xf64>
        -> memref<?xf64>, memref<?x?xf64>
    %s = nbc.linalg_factor svdvals %f : memref<?x?xf32> -> memref<?xf32>
    %x, %res, %rank, %sv = nbc.linalg_factor lstsq %a, %b : memref<?x?xf64>,
        memref<?xf64> -> memref<?xf64>, memref<?xf64>, si64, memref<?xf64>
    ```
  }];
  let arguments = (ins NBC_LinalgFactorKindAttr:$kind, NBC_Array:$a,
                       Optional<NBC_Array>:$b, Optional<F64>:$rcond,
                       UnitAttr:$upper, UnitAttr:$full);
  let results = (outs Variadic<NBC_ScalarOrArray>:$results);
  let assemblyFormat = "custom<EnumKeyword>($kind) $a (`,` $b^)? "
                       "(`rcond` $rcond^)? attr-dict `:` type($a) "
                       "(`,` type($b)^)? `->` type($results)";
  let hasVerifier = 1;
  let extraClassDeclaration = [{
    /// The result types of `kind` of `a` (and `b` for lstsq, else null),
    /// with `full` for full_matrices / mode='complete'; empty when the
    /// operands do not fit.
    static ::llvm::SmallVector<::mlir::Type>
    inferResultTypes(::mlir::nbc::LinalgFactorKind kind, bool full,
                     ::mlir::Type a, ::mlir::Type b);
  }];
}

def NBC_UfuncOp : NBC_Op<"ufunc", [
    AttrSizedOperandSegments, RecursiveMemoryEffects,
    DeclareOpInterfaceMethods<MemoryEffectsOpInterface>,
    SingleBlockImplicitTerminator<"nbc::YieldOp">]> {
  let summary = "a scalar kernel applied elementwise with NumPy broadcasting";
  let description = [{
    The body maps one element of each input (arrays or scalars) to one
    element of each output. Inputs broadcast against each other with
    NumPy's rules (NBCTypeRules.h); incompatible shapes raise
    `ValueError("operands could not be broadcast together")`. With `outs`,
    results are written into the given arrays (which must have the
    broadcast shape) and the op has no results; otherwise the op allocates
    and returns new arrays, raising NumPy's `ValueError("array is too big;
    ...")` when their byte count does not fit in i64 and `MemoryError` when
    the allocation fails.

    Array assignment (`a[1:] = a[:-1]`) and in-place updates (`a += b`,
    `a[1:] += a[:-1]`) are this op with `outs`, and `outs` may share memory
    with `ins`: the result is NumPy's, as if every input were read before any
    output is written. The lowering tests at run time whether an array
    input's byte range overlaps an output's; when it does and the two are not
    the same elements in the same order, the input is copied to a temporary
    first. An input that is the output itself, or that provably lives in
    another buffer (a new array of this function), is not tested. The loop
    nest that follows is the same in both cases.

    A plain assignment (the body yields one array input's element unchanged)
    follows NumPy's array assignment (`PyArray_AssignArray`) instead, which
    differs for 1-d views: when they overlap and their strides do not point
    in opposite directions, NumPy copies in place, element by element, from
    the destination's lowest address up, or from its highest address down
    when the source starts below the destination and reaches into it. With
    equal strides that is the copy's result; with different strides
    (`a[1:5] = a[0:8:2]`) it is NumPy's, and so the op's.

    ```mlir
    %c = nbc.ufunc ins(%a, %b : memref<?x?xf64>, memref<?xf64>) -> memref<?x?xf64> {
    ^bb0(%x: f64, %y: f64):
      %s = nbc.add %x, %y : f64
      nbc.yield %s : f64
    }
    nbc.ufunc ins(%v, %two : memref<?xf64>, f64) outs(%o : memref<?xf64>) {
    ^bb0(%x: f64, %y: f64):
      %s = nbc.mul %x, %y : f64
      nbc.yield %s : f64
    }
    ```
  }];
  let arguments = (ins Variadic<NBC_ScalarOrArray>:$ins,
                       Variadic<NBC_Array>:$outs);
  let results = (outs Variadic<NBC_Array>:$results);
  let regions = (region SizedRegion<1>:$region);
  let hasCustomAssemblyFormat = 1;
  let hasVerifier = 1;
  let builders = [
    // The body takes one element of each input; end it with `nbc.yield`.
    OpBuilder<(ins "::mlir::ValueRange":$ins, "::mlir::ValueRange":$outs,
                   "::mlir::TypeRange":$resultTypes)>
  ];
  let extraClassDeclaration = [{
    ::mlir::Block *getBody() { return &getRegion().front(); }
    ::mlir::nbc::YieldOp getYield();
    /// The broadcast shape of `ins` (dynamic where unknown), or nullopt
    /// when static extents cannot broadcast.
    static ::std::optional<::llvm::SmallVector<int64_t>>
    inferBroadcastShape(::mlir::TypeRange ins);
    /// The arrays written: `outs`, or the results.
    ::mlir::ValueRange getOutputs() {
      return getOuts().empty() ? ::mlir::ValueRange(getResults())
                               : ::mlir::ValueRange(getOuts());
    }
  }];
}

#endif // NBC_DIALECT_NBC_IR_NBCARRAYOPS_TD
