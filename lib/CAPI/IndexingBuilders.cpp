//===- IndexingBuilders.cpp - C API: integer-array and boolean indexing ---===//
//
// Builders of nbc.take, nbc.put, nbc.mask_take, nbc.mask_put and
// nbc.argwhere. The dialect infers the result types; each builder checks
// its handles and returns a detached, verified op.
//
//===----------------------------------------------------------------------===//

#include "nbc-c/Dialect.h"

#include "BuilderSupport.h"
#include "mlir/IR/Builders.h"
#include "nbc/Dialect/NBC/IR/NBCOps.h"

using namespace mlir;
using namespace mlir::nbc;
using capi::arrayType;
using capi::failOp;
using capi::verifiedOrNull;

/// The error_axes attribute: null when every array reports the axis it
/// indexes (`errorAxes` null, or the defaults).
static DenseI64ArrayAttr errorAxesAttr(OpBuilder &builder, int64_t axis,
                                       intptr_t numIndices,
                                       const int64_t *errorAxes) {
  if (!errorAxes)
    return {};
  SmallVector<int64_t> axes(errorAxes, errorAxes + numIndices);
  bool defaults = true;
  for (auto [k, reported] : llvm::enumerate(axes)) {
    if (reported < 0)
      reported = axis + k;
    defaults &= reported == axis + (int64_t)k;
  }
  return defaults ? DenseI64ArrayAttr() : builder.getDenseI64ArrayAttr(axes);
}

/// The index arrays, or failure for none or a handle that is not an array.
static FailureOr<SmallVector<Value>>
indexArrays(intptr_t numIndices, const MlirValue *indices) {
  if (numIndices < 1 || !indices)
    return failure();
  SmallVector<Value> values;
  for (intptr_t k = 0; k < numIndices; ++k) {
    if (mlirValueIsNull(indices[k]) || !arrayType(indices[k]))
      return failure();
    values.push_back(unwrap(indices[k]));
  }
  return values;
}

MlirOperation nbcTakeIndicesOpCreate(MlirLocation loc, MlirValue array,
                                     intptr_t numIndices,
                                     const MlirValue *indices, int64_t axis,
                                     const int64_t *errorAxes) {
  if (mlirLocationIsNull(loc) || mlirValueIsNull(array))
    return failOp("nbcTakeOpCreate: null location or operand");
  FailureOr<SmallVector<Value>> values = indexArrays(numIndices, indices);
  MemRefType arrayTy = arrayType(array);
  if (!arrayTy || failed(values))
    return failOp("nbcTakeOpCreate: the operands are not nbc arrays (one "
                  "array and at least one index array)");
  SmallVector<MemRefType> indexTypes;
  for (Value v : *values)
    indexTypes.push_back(cast<MemRefType>(v.getType()));
  if (axis < 0 || axis + numIndices > arrayTy.getRank())
    return failOp("nbcTakeOpCreate: axis " + Twine(axis) + " with " +
                  Twine(numIndices) +
                  " index array(s) is out of range for a rank-" +
                  Twine(arrayTy.getRank()) + " array");
  MemRefType result = TakeOp::inferResultType(arrayTy, indexTypes, axis);
  if (!result)
    return failOp("nbcTakeOpCreate: the index arrays' static shapes do not "
                  "broadcast together");
  OpBuilder builder(unwrap(loc)->getContext());
  auto op = TakeOp::create(
      builder, unwrap(loc), result, unwrap(array), *values,
      builder.getI64IntegerAttr(axis),
      errorAxesAttr(builder, axis, numIndices, errorAxes));
  return verifiedOrNull(op);
}

MlirOperation nbcTakeOpCreate(MlirLocation loc, MlirValue array,
                              MlirValue indices, int64_t axis,
                              int64_t errorAxis) {
  return nbcTakeIndicesOpCreate(loc, array, 1, &indices, axis, &errorAxis);
}

MlirOperation nbcPutIndicesOpCreate(MlirLocation loc, MlirValue value,
                                    MlirValue array, intptr_t numIndices,
                                    const MlirValue *indices, int64_t axis,
                                    const int64_t *errorAxes) {
  if (mlirLocationIsNull(loc) || mlirValueIsNull(value) ||
      mlirValueIsNull(array))
    return failOp("nbcPutOpCreate: null location or operand");
  FailureOr<SmallVector<Value>> values = indexArrays(numIndices, indices);
  if (!arrayType(array) || failed(values))
    return failOp("nbcPutOpCreate: the array or the indices are not nbc "
                  "arrays");
  OpBuilder builder(unwrap(loc)->getContext());
  auto op = PutOp::create(builder, unwrap(loc), unwrap(value), unwrap(array),
                          *values, builder.getI64IntegerAttr(axis),
                          errorAxesAttr(builder, axis, numIndices, errorAxes));
  return verifiedOrNull(op);
}

MlirOperation nbcPutOpCreate(MlirLocation loc, MlirValue value,
                             MlirValue array, MlirValue indices, int64_t axis,
                             int64_t errorAxis) {
  return nbcPutIndicesOpCreate(loc, value, array, 1, &indices, axis,
                               &errorAxis);
}

/// The optional axis attributes of mask_take/mask_put: none for `axis` < 0
/// (the leading axes), `errorAxis` only when it differs from `axis`.
static std::pair<IntegerAttr, IntegerAttr>
maskAxisAttrs(OpBuilder &builder, int64_t axis, int64_t errorAxis) {
  if (axis < 0)
    return {};
  return {builder.getI64IntegerAttr(axis),
          errorAxis < 0 || errorAxis == axis
              ? IntegerAttr()
              : builder.getI64IntegerAttr(errorAxis)};
}

MlirOperation nbcMaskTakeAxisOpCreate(MlirLocation loc, MlirValue array,
                                      MlirValue mask, int64_t axis,
                                      int64_t errorAxis) {
  if (mlirLocationIsNull(loc) || mlirValueIsNull(array) ||
      mlirValueIsNull(mask))
    return failOp("nbcMaskTakeOpCreate: null location or operand");
  MemRefType arrayTy = arrayType(array), maskTy = arrayType(mask);
  if (!arrayTy || !maskTy)
    return failOp("nbcMaskTakeOpCreate: the operands are not nbc arrays");
  MemRefType result =
      MaskTakeOp::inferResultType(arrayTy, maskTy, std::max<int64_t>(axis, 0));
  if (!result)
    return failOp("nbcMaskTakeOpCreate: a rank-" + Twine(maskTy.getRank()) +
                  " mask does not index a rank-" + Twine(arrayTy.getRank()) +
                  " array from axis " + Twine(std::max<int64_t>(axis, 0)));
  OpBuilder builder(unwrap(loc)->getContext());
  auto [axisAttr, errorAttr] = maskAxisAttrs(builder, axis, errorAxis);
  auto op = MaskTakeOp::create(builder, unwrap(loc), result, unwrap(array),
                               unwrap(mask), axisAttr, errorAttr);
  return verifiedOrNull(op);
}

MlirOperation nbcMaskTakeOpCreate(MlirLocation loc, MlirValue array,
                                  MlirValue mask) {
  return nbcMaskTakeAxisOpCreate(loc, array, mask, -1, -1);
}

MlirOperation nbcMaskPutAxisOpCreate(MlirLocation loc, MlirValue value,
                                     MlirValue array, MlirValue mask,
                                     int64_t axis, int64_t errorAxis) {
  if (mlirLocationIsNull(loc) || mlirValueIsNull(value) ||
      mlirValueIsNull(array) || mlirValueIsNull(mask))
    return failOp("nbcMaskPutOpCreate: null location or operand");
  if (!arrayType(array) || !arrayType(mask))
    return failOp("nbcMaskPutOpCreate: the array or the mask are not nbc "
                  "arrays");
  OpBuilder builder(unwrap(loc)->getContext());
  auto [axisAttr, errorAttr] = maskAxisAttrs(builder, axis, errorAxis);
  auto op = MaskPutOp::create(builder, unwrap(loc), unwrap(value),
                              unwrap(array), unwrap(mask), axisAttr, errorAttr);
  return verifiedOrNull(op);
}

MlirOperation nbcMaskPutOpCreate(MlirLocation loc, MlirValue value,
                                 MlirValue array, MlirValue mask) {
  return nbcMaskPutAxisOpCreate(loc, value, array, mask, -1, -1);
}

MlirOperation nbcArgwhereOpCreate(MlirLocation loc, MlirValue array,
                                  bool flat) {
  if (mlirLocationIsNull(loc) || mlirValueIsNull(array))
    return failOp("nbcArgwhereOpCreate: null location or operand");
  MemRefType arrayTy = arrayType(array);
  if (!arrayTy)
    return failOp("nbcArgwhereOpCreate: the operand is not an nbc array");
  OpBuilder builder(unwrap(loc)->getContext());
  auto op = ArgwhereOp::create(builder, unwrap(loc),
                               ArgwhereOp::inferResultType(arrayTy, flat),
                               unwrap(array), flat);
  return verifiedOrNull(op);
}
