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
using capi::failOp;
using capi::verifiedOrNull;

/// The nbc array type of `value`, or null.
static MemRefType arrayType(MlirValue value) {
  auto type = dyn_cast<MemRefType>(unwrap(value).getType());
  return type && isNBCArray(type) ? type : MemRefType();
}

static IntegerAttr errorAxisAttr(OpBuilder &builder, int64_t axis,
                                 int64_t errorAxis) {
  if (errorAxis < 0 || errorAxis == axis)
    return {};
  return builder.getI64IntegerAttr(errorAxis);
}

MlirOperation nbcTakeOpCreate(MlirLocation loc, MlirValue array,
                              MlirValue indices, int64_t axis,
                              int64_t errorAxis) {
  if (mlirLocationIsNull(loc) || mlirValueIsNull(array) ||
      mlirValueIsNull(indices))
    return failOp("nbcTakeOpCreate: null location or operand");
  MemRefType arrayTy = arrayType(array), indicesTy = arrayType(indices);
  if (!arrayTy || !indicesTy)
    return failOp("nbcTakeOpCreate: the operands are not nbc arrays");
  MemRefType result = TakeOp::inferResultType(arrayTy, indicesTy, axis);
  if (!result)
    return failOp("nbcTakeOpCreate: axis " + Twine(axis) +
                  " is out of range for a rank-" + Twine(arrayTy.getRank()) +
                  " array");
  OpBuilder builder(unwrap(loc)->getContext());
  auto op = TakeOp::create(builder, unwrap(loc), result, unwrap(array),
                           unwrap(indices), builder.getI64IntegerAttr(axis),
                           errorAxisAttr(builder, axis, errorAxis));
  return verifiedOrNull(op);
}

MlirOperation nbcPutOpCreate(MlirLocation loc, MlirValue value,
                             MlirValue array, MlirValue indices, int64_t axis,
                             int64_t errorAxis) {
  if (mlirLocationIsNull(loc) || mlirValueIsNull(value) ||
      mlirValueIsNull(array) || mlirValueIsNull(indices))
    return failOp("nbcPutOpCreate: null location or operand");
  if (!arrayType(array) || !arrayType(indices))
    return failOp("nbcPutOpCreate: the array or the indices are not nbc "
                  "arrays");
  OpBuilder builder(unwrap(loc)->getContext());
  auto op = PutOp::create(builder, unwrap(loc), unwrap(value), unwrap(array),
                          unwrap(indices), builder.getI64IntegerAttr(axis),
                          errorAxisAttr(builder, axis, errorAxis));
  return verifiedOrNull(op);
}

MlirOperation nbcMaskTakeOpCreate(MlirLocation loc, MlirValue array,
                                  MlirValue mask) {
  if (mlirLocationIsNull(loc) || mlirValueIsNull(array) ||
      mlirValueIsNull(mask))
    return failOp("nbcMaskTakeOpCreate: null location or operand");
  MemRefType arrayTy = arrayType(array), maskTy = arrayType(mask);
  if (!arrayTy || !maskTy)
    return failOp("nbcMaskTakeOpCreate: the operands are not nbc arrays");
  MemRefType result = MaskTakeOp::inferResultType(arrayTy, maskTy);
  if (!result)
    return failOp("nbcMaskTakeOpCreate: a rank-" + Twine(maskTy.getRank()) +
                  " mask does not index a rank-" + Twine(arrayTy.getRank()) +
                  " array");
  OpBuilder builder(unwrap(loc)->getContext());
  auto op = MaskTakeOp::create(builder, unwrap(loc), result, unwrap(array),
                               unwrap(mask));
  return verifiedOrNull(op);
}

MlirOperation nbcMaskPutOpCreate(MlirLocation loc, MlirValue value,
                                 MlirValue array, MlirValue mask) {
  if (mlirLocationIsNull(loc) || mlirValueIsNull(value) ||
      mlirValueIsNull(array) || mlirValueIsNull(mask))
    return failOp("nbcMaskPutOpCreate: null location or operand");
  if (!arrayType(array) || !arrayType(mask))
    return failOp("nbcMaskPutOpCreate: the array or the mask are not nbc "
                  "arrays");
  OpBuilder builder(unwrap(loc)->getContext());
  auto op = MaskPutOp::create(builder, unwrap(loc), unwrap(value),
                              unwrap(array), unwrap(mask));
  return verifiedOrNull(op);
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
