/*===- nbc-c/Arrays.h - C API builders of nbc's array ops ---------*- C -*-===*\
|*                                                                            *|
|* Builders of the array ops (allocation, reductions and scans, matmul and    *|
|* linear algebra, random numbers, advanced indexing, views, sorting), in     *|
|* the style of nbc-c/Dialect.h, which includes this header: builders return *|
|* a detached, verified operation or a null handle with nbcGetLastError()    *|
|* saying why; result types are inferred by the dialect.                     *|
|*                                                                            *|
\*===----------------------------------------------------------------------===*/

#ifndef NBC_C_ARRAYS_H
#define NBC_C_ARRAYS_H

#include "nbc-c/Dialect.h"

#ifdef __cplusplus
extern "C" {
#endif

/// `nbc.empty(sizes) : arrayType`: one nbc integer size per dynamic
/// dimension of `arrayType` (an identity-layout array type).
NBC_CAPI_EXPORTED MlirOperation nbcEmptyOpCreate(MlirLocation loc,
                                                 MlirType arrayType,
                                                 intptr_t numSizes,
                                                 const MlirValue *sizes);
/// A constant array (a global NumPy array a kernel reads, frozen as in
/// Numba): a private `memref.global constant` named `name` (with a suffix
/// if `module` has the name) holding `data` (the elements in C order as
/// NumPy stores them, a bool in a byte) is added to `module`, and the
/// `memref.get_global` and `memref.cast` to the dynamic array type that read
/// it are inserted at the start of `block` (a function's entry block). The
/// value is that array; null (nbcGetLastError) for bad arguments.
NBC_CAPI_EXPORTED MlirValue nbcConstantArrayCreate(
    MlirModule module, MlirBlock block, MlirLocation loc, MlirStringRef name,
    MlirType elementType, intptr_t rank, const int64_t *shape,
    const void *data);
/// `nbc.full(sizes) value : arrayType`; `value` has the element type.
NBC_CAPI_EXPORTED MlirOperation nbcFullOpCreate(MlirLocation loc,
                                                MlirType arrayType,
                                                intptr_t numSizes,
                                                const MlirValue *sizes,
                                                MlirValue value);

/// `nbc.array_reduce kind array (axis)?`. The result type follows from the
/// kind (ArrayReduceOp::inferResultType): the element type for
/// sum/prod/min/max, si64 for argmin/argmax, i1 for any/all, a float for
/// mean; with `hasAxis`, a new array of that type with `axis` removed.
NBC_CAPI_EXPORTED MlirOperation
nbcArrayReduceOpCreate(MlirLocation loc, NbcArrayReductionKind kind,
                       MlirValue array, bool hasAxis, int64_t axis);
/// `nbc.array_reduce kind array (axes [...] keepdims)? (ddof d)?`: with
/// `hasAxes`, over the `numAxes` sorted, distinct, in-range `axes` (a new
/// array, the axes kept with size 1 under `keepdims`), else over the whole
/// array (a scalar). `ddof` (f64, may be null) is for var/std/nanvar/nanstd.
NBC_CAPI_EXPORTED MlirOperation nbcArrayReduceAxesOpCreate(
    MlirLocation loc, NbcArrayReductionKind kind, MlirValue array,
    bool hasAxes, intptr_t numAxes, const int64_t *axes, bool keepdims,
    MlirValue ddof);
/// `nbc.array_scan kind array axis N`: running sum (0), prod (1), min (2) or
/// max (3) along `axis`, a new array of `array`'s shape (sum/prod widened to
/// NumPy's accumulator type, as nbc.array_reduce's).
NBC_CAPI_EXPORTED MlirOperation nbcArrayScanOpCreate(MlirLocation loc,
                                                     int32_t kind,
                                                     MlirValue array,
                                                     int64_t axis);

/// `nbc.matmul kind lhs, rhs`: `a @ b` / `np.matmul` (NbcMatmul),
/// `np.dot` (NbcMatmulDot; `np.inner` is `np.dot` with `rhs` transposed),
/// `np.vdot` and `np.outer` of arrays with any element types. The result
/// type is inferred (MatmulOp::inferResultType): NumPy's promoted element
/// type, a scalar for two 1-d operands of matmul/dot/vdot, otherwise a new
/// array. Ranks that do not fit the kind are refused.
NBC_CAPI_EXPORTED MlirOperation nbcMatmulOpCreate(MlirLocation loc,
                                                  NbcMatmulKind kind,
                                                  MlirValue lhs, MlirValue rhs);

/// `nbc.linalg kind operands`: np.linalg.solve (a, b), inv, det, cholesky
/// (a) of float32/float64 arrays of one element type; the result type is
/// inferred (LinalgOp::inferResultType). Other operands are refused.
NBC_CAPI_EXPORTED MlirOperation nbcLinalgOpCreate(MlirLocation loc,
                                                  NbcLinalgKind kind,
                                                  intptr_t numOperands,
                                                  MlirValue const *operands);
/// `nbc.linalg_factor kind a[, b][ rcond r]`: np.linalg.eigh/eigvalsh
/// (`upper`: UPLO='U'), eig/eigvals, svd (`full`: full_matrices), qr (`full`:
/// mode='complete') of a 2-d float32/float64 `a`; lstsq takes `b` of a's
/// element type and an optional f64 `rcond` (null: NumPy's default), the
/// others null `b` and `rcond`. The result types are inferred
/// (LinalgFactorOp::inferResultTypes); other operands are refused.
NBC_CAPI_EXPORTED MlirOperation nbcLinalgFactorOpCreate(
    MlirLocation loc, NbcLinalgFactorKind kind, MlirValue a, MlirValue b,
    MlirValue rcond, bool upper, bool full);
/// `nbc.random_seed %seed` (np.random.seed; `seed` an si64) and
/// `nbc.random kind(operands)`: one draw of np.random's legacy generator,
/// f64 or si64 by kind (RandomOp::inferResultType); `integer` takes low and
/// high, both si64 (lib/CAPI/RandomBuilders.cpp).
NBC_CAPI_EXPORTED MlirOperation nbcRandomSeedOpCreate(MlirLocation loc,
                                                      MlirValue seed);
NBC_CAPI_EXPORTED MlirOperation nbcRandomOpCreate(MlirLocation loc,
                                                  NbcRandomKind kind,
                                                  intptr_t numOperands,
                                                  MlirValue const *operands);
/// `nbc.generator kind %state(operands)`: seeds (`seed`, one si64) or
/// draws from a np.random.Generator's PCG64 state, a 1-d ui64 array of 6
/// words; the result (f64, si64, or none for `seed`) is
/// GeneratorOp::inferResultType's. `integers` takes low and the range, si64.
NBC_CAPI_EXPORTED MlirOperation nbcGeneratorOpCreate(
    MlirLocation loc, NbcGeneratorKind kind, MlirValue state,
    intptr_t numOperands, MlirValue const *operands);
/// NumPy's advanced indexing (lib/CAPI/IndexingBuilders.cpp); the result
/// types are inferred. `nbc.take array[indices...] axis`: `a[i, j]` along
/// the axes from `axis` on, one per index array (any nbc integer arrays,
/// broadcast together): a new array whose shape has those axes replaced by
/// the broadcast shape of the indices. `errorAxes` (null, or one per index
/// array; -1 for the default) are the axes out-of-range messages name, for
/// a view that dropped or permuted axes; by default `axis`, `axis + 1`...
NBC_CAPI_EXPORTED MlirOperation nbcTakeIndicesOpCreate(
    MlirLocation loc, MlirValue array, intptr_t numIndices,
    const MlirValue *indices, int64_t axis, const int64_t *errorAxes);
/// nbcTakeIndicesOpCreate with one index array (`errorAxis` -1: `axis`).
NBC_CAPI_EXPORTED MlirOperation nbcTakeOpCreate(MlirLocation loc,
                                                MlirValue array,
                                                MlirValue indices,
                                                int64_t axis,
                                                int64_t errorAxis);
/// `nbc.put value, array[indices...] axis`: `a[i, j] = value`, `value` a
/// scalar of the element type or an array of it broadcasting to what
/// nbcTakeIndicesOpCreate would give.
NBC_CAPI_EXPORTED MlirOperation nbcPutIndicesOpCreate(
    MlirLocation loc, MlirValue value, MlirValue array, intptr_t numIndices,
    const MlirValue *indices, int64_t axis, const int64_t *errorAxes);
/// nbcPutIndicesOpCreate with one index array.
NBC_CAPI_EXPORTED MlirOperation nbcPutOpCreate(MlirLocation loc,
                                               MlirValue value,
                                               MlirValue array,
                                               MlirValue indices, int64_t axis,
                                               int64_t errorAxis);
/// `nbc.mask_take array[mask]`: `a[mask]` with an i1 array covering the
/// leading axes; the result is `(count,) + array.shape[mask.ndim:]`.
NBC_CAPI_EXPORTED MlirOperation nbcMaskTakeOpCreate(MlirLocation loc,
                                                    MlirValue array,
                                                    MlirValue mask);
/// nbcMaskTakeOpCreate with the mask covering the axes from `axis` on
/// (`a[:, mask]`; the result is `array.shape[:axis] + (count,) + ...`);
/// `axis` -1 is the leading axes, `errorAxis` (-1: `axis`) the first axis a
/// size message names.
NBC_CAPI_EXPORTED MlirOperation nbcMaskTakeAxisOpCreate(MlirLocation loc,
                                                        MlirValue array,
                                                        MlirValue mask,
                                                        int64_t axis,
                                                        int64_t errorAxis);
/// `nbc.mask_put value, array[mask]`: `a[mask] = value`.
NBC_CAPI_EXPORTED MlirOperation nbcMaskPutOpCreate(MlirLocation loc,
                                                   MlirValue value,
                                                   MlirValue array,
                                                   MlirValue mask);
/// nbcMaskPutOpCreate with `axis` and `errorAxis` as for
/// nbcMaskTakeAxisOpCreate (`a[:, mask] = value`).
NBC_CAPI_EXPORTED MlirOperation nbcMaskPutAxisOpCreate(
    MlirLocation loc, MlirValue value, MlirValue array, MlirValue mask,
    int64_t axis, int64_t errorAxis);
/// `nbc.argwhere array (flat)?`: np.argwhere's `(count, ndim)` si64 array,
/// or with `flat` np.flatnonzero's `(count,)`.
NBC_CAPI_EXPORTED MlirOperation nbcArgwhereOpCreate(MlirLocation loc,
                                                    MlirValue array, bool flat);

/// One subscript of nbcSliceOpCreate: an integer `index` (the axis is
/// dropped), a slice `start:stop:step` whose null parts are omitted, or,
/// with `isNewAxis`, `None`/`np.newaxis` (a new axis of size 1).
typedef struct NbcSubscript {
  bool isSlice;
  MlirValue index;
  MlirValue start, stop, step;
  bool isNewAxis;
} NbcSubscript;
/// `nbc.slice array[subscripts]`: a strided view; the result type is
/// inferred (SliceOp::inferResultType). Missing trailing axes are kept.
NBC_CAPI_EXPORTED MlirOperation nbcSliceOpCreate(MlirLocation loc,
                                                 MlirValue array,
                                                 intptr_t numSubscripts,
                                                 const NbcSubscript *subscripts);
/// `nbc.reshape array(sizes)`: `sizes` are si64, one negative size is
/// inferred; the result type is inferred (ReshapeOp::inferResultType).
/// `contiguousView` (NumPy's ravel) views only a C-contiguous array.
NBC_CAPI_EXPORTED MlirOperation nbcReshapeOpCreate(MlirLocation loc,
                                                   MlirValue array,
                                                   intptr_t numSizes,
                                                   const MlirValue *sizes,
                                                   bool contiguousView);
/// `nbc.diagonal array, offset`: the `offset`-th (si64) diagonal of the
/// last two axes of an array of rank >= 2 as a strided view, the leading
/// axes kept (NumPy's `a.diagonal(offset, -2, -1)`).
NBC_CAPI_EXPORTED MlirOperation nbcDiagonalOpCreate(MlirLocation loc,
                                                    MlirValue array,
                                                    MlirValue offset);
/// `nbc.broadcast_to array(sizes)`: a view of `array` broadcast to the si64
/// `sizes` (zero strides), raising NumPy's ValueErrors.
NBC_CAPI_EXPORTED MlirOperation nbcBroadcastToOpCreate(MlirLocation loc,
                                                       MlirValue array,
                                                       intptr_t numSizes,
                                                       const MlirValue *sizes);
/// `nbc.as_strided array sizes(sizes) strides(strides)`: a view of
/// `array`'s memory with the si64 `sizes` and byte `strides` (one per size),
/// NumPy's as_strided; negative sizes and strides that are not a multiple
/// of the item size raise ValueError at run time.
NBC_CAPI_EXPORTED MlirOperation nbcAsStridedOpCreate(MlirLocation loc,
                                                     MlirValue array,
                                                     intptr_t rank,
                                                     const MlirValue *sizes,
                                                     const MlirValue *strides);
/// `nbc.complex_part array`: the real (or `imag`) parts of a complex array
/// as a float view sharing its memory (NumPy's `a.real`/`a.imag`).
NBC_CAPI_EXPORTED MlirOperation nbcComplexPartOpCreate(MlirLocation loc,
                                                       MlirValue array,
                                                       bool imag);
/// `nbc.concatenate inputs axis`: arrays of one rank and element type
/// joined along `axis` into a new row-major array.
NBC_CAPI_EXPORTED MlirOperation nbcConcatenateOpCreate(MlirLocation loc,
                                                       intptr_t numInputs,
                                                       const MlirValue *inputs,
                                                       int64_t axis);
/// `nbc.sort array axis`: sorts `array` in place along `axis` (no result).
NBC_CAPI_EXPORTED MlirOperation nbcSortOpCreate(MlirLocation loc,
                                                MlirValue array, int64_t axis);
/// `nbc.argsort source axis`: a new row-major si64 array of the indices
/// that sort `source` along `axis` (stable).
NBC_CAPI_EXPORTED MlirOperation nbcArgsortOpCreate(MlirLocation loc,
                                                   MlirValue source,
                                                   int64_t axis);
/// `nbc.transpose array (axes)?`: `axes` NULL reverses the axes (`a.T`).
/// The result type is the one the op infers: sizes and strides permuted,
/// the offset kept.
NBC_CAPI_EXPORTED MlirOperation nbcTransposeOpCreate(MlirLocation loc,
                                                     MlirValue array,
                                                     intptr_t numAxes,
                                                     const int64_t *axes);
/// As nbcTransposeOpCreate, with a dynamic offset in the result type (the
/// view type of a frontend whose views all have one, as nbc.slice's).
NBC_CAPI_EXPORTED MlirOperation nbcTransposeOpCreateWithDynamicOffset(
    MlirLocation loc, MlirValue array, intptr_t numAxes, const int64_t *axes);

#ifdef __cplusplus
}
#endif

#endif /* NBC_C_ARRAYS_H */
