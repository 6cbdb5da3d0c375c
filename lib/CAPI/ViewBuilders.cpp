//===- ViewBuilders.cpp - C API: diagonal, broadcast, strided, complex views ===//
//
// Builders of nbc.diagonal, nbc.broadcast_to, nbc.as_strided and
// nbc.complex_part. The
// result types are the fully dynamic views (getDynamicViewType); each
// builder checks its handles and returns a detached, verified op.
//
//===----------------------------------------------------------------------===//

#include "nbc-c/Dialect.h"

#include "BuilderSupport.h"
#include "mlir/IR/Builders.h"
#include "nbc/Dialect/NBC/IR/NBCOps.h"

using namespace mlir;
using namespace mlir::nbc;
using capi::anyNull;
using capi::arrayType;
using capi::failOp;
using capi::unwrapValues;
using capi::verifiedOrNull;

MlirOperation nbcDiagonalOpCreate(MlirLocation loc, MlirValue array,
                                  MlirValue offset) {
  if (mlirLocationIsNull(loc) || mlirValueIsNull(array) ||
      mlirValueIsNull(offset))
    return failOp("nbcDiagonalOpCreate: null location, array or offset");
  MemRefType type = arrayType(array);
  if (!type || type.getRank() < 2)
    return failOp("nbcDiagonalOpCreate: the operand is not an nbc array of "
                  "rank 2 or more");
  OpBuilder builder(unwrap(loc)->getContext());
  auto op = DiagonalOp::create(
      builder, unwrap(loc),
      getDynamicViewType(type, type.getRank() - 1, type.getElementType()),
      unwrap(array),
      unwrap(offset));
  return verifiedOrNull(op);
}

MlirOperation nbcBroadcastToOpCreate(MlirLocation loc, MlirValue array,
                                     intptr_t numSizes,
                                     const MlirValue *sizes) {
  if (mlirLocationIsNull(loc) || mlirValueIsNull(array) || numSizes < 0 ||
      anyNull(numSizes, sizes))
    return failOp("nbcBroadcastToOpCreate: null location, array or size");
  MemRefType type = arrayType(array);
  if (!type)
    return failOp("nbcBroadcastToOpCreate: the operand is not an nbc array");
  OpBuilder builder(unwrap(loc)->getContext());
  auto op = BroadcastToOp::create(
      builder, unwrap(loc),
      getDynamicViewType(type, numSizes, type.getElementType()), unwrap(array),
      unwrapValues(numSizes, sizes));
  return verifiedOrNull(op);
}

MlirOperation nbcAsStridedOpCreate(MlirLocation loc, MlirValue array,
                                   intptr_t rank, const MlirValue *sizes,
                                   const MlirValue *strides) {
  if (mlirLocationIsNull(loc) || mlirValueIsNull(array) || rank < 0 ||
      anyNull(rank, sizes) || anyNull(rank, strides))
    return failOp("nbcAsStridedOpCreate: null location, array, size or stride");
  MemRefType type = arrayType(array);
  if (!type)
    return failOp("nbcAsStridedOpCreate: the operand is not an nbc array");
  OpBuilder builder(unwrap(loc)->getContext());
  auto op = AsStridedOp::create(
      builder, unwrap(loc), getDynamicViewType(type, rank, type.getElementType()),
      unwrap(array), unwrapValues(rank, sizes), unwrapValues(rank, strides));
  return verifiedOrNull(op);
}

MlirOperation nbcComplexPartOpCreate(MlirLocation loc, MlirValue array,
                                     bool imag) {
  if (mlirLocationIsNull(loc) || mlirValueIsNull(array))
    return failOp("nbcComplexPartOpCreate: null location or array");
  MemRefType type = arrayType(array);
  auto complex = type ? dyn_cast<ComplexType>(type.getElementType()) : nullptr;
  if (!complex)
    return failOp("nbcComplexPartOpCreate: the operand is not a complex array");
  OpBuilder builder(unwrap(loc)->getContext());
  auto op = ComplexPartOp::create(
      builder, unwrap(loc),
      getDynamicViewType(type, type.getRank(), complex.getElementType()),
      unwrap(array), imag);
  return verifiedOrNull(op);
}
