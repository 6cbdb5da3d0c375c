//===- NBCSortOps.cpp - nbc.sort and nbc.argsort ---------------------------===//
//
// Verifiers and effects of the ops that sort along an axis.
//
//===----------------------------------------------------------------------===//

#include "nbc/Dialect/NBC/IR/NBCOps.h"

#include "NBCOpsCommon.h"

using namespace mlir;
using namespace mlir::nbc;
using namespace mlir::nbc::detail;

/// The checks both ops share: a rank of at least 1 and an axis in range.
static LogicalResult verifySortable(Operation *op, MemRefType type,
                                    int64_t axis) {
  if (type.getRank() == 0)
    return op->emitOpError("cannot sort a zero-dimensional array");
  if (axis < 0 || axis >= type.getRank())
    return op->emitOpError("axis ")
           << axis << " is out of range for rank " << type.getRank();
  return success();
}

//===----------------------------------------------------------------------===//
// SortOp
//===----------------------------------------------------------------------===//

LogicalResult SortOp::verify() {
  return verifySortable(*this, cast<MemRefType>(getArray().getType()),
                        getAxis());
}

void SortOp::getEffects(EffectList &effects) {
  effects.emplace_back(MemoryEffects::Read::get(), &getArrayMutable(),
                       SideEffects::DefaultResource::get());
  effects.emplace_back(MemoryEffects::Write::get(), &getArrayMutable(),
                       SideEffects::DefaultResource::get());
  addRaiseEffect(effects); // The buffers' allocation.
}

//===----------------------------------------------------------------------===//
// ArgsortOp
//===----------------------------------------------------------------------===//

LogicalResult ArgsortOp::verify() {
  auto source = cast<MemRefType>(getSource().getType());
  if (failed(verifySortable(*this, source, getAxis())))
    return failure();
  MemRefType result = getType();
  if (!result.getLayout().isIdentity())
    return emitOpError("result type ")
           << result << " must have the identity layout (a new array)";
  if (!result.getElementType().isSignedInteger(64))
    return emitOpError("result elements must be si64, got ")
           << result.getElementType();
  if (result.getRank() != source.getRank())
    return emitOpError("result rank ")
           << result.getRank() << " differs from the source's "
           << source.getRank();
  for (int64_t d = 0; d < source.getRank(); ++d)
    if (!source.isDynamicDim(d) && !result.isDynamicDim(d) &&
        source.getDimSize(d) != result.getDimSize(d))
      return emitOpError("result size ")
             << result.getDimSize(d) << " differs from the source's "
             << source.getDimSize(d) << " along dimension " << d;
  return success();
}

void ArgsortOp::getEffects(EffectList &effects) {
  effects.emplace_back(MemoryEffects::Read::get(), &getSourceMutable(),
                       SideEffects::DefaultResource::get());
  effects.emplace_back(MemoryEffects::Allocate::get(),
                       getOperation()->getOpResult(0),
                       SideEffects::DefaultResource::get());
  effects.emplace_back(MemoryEffects::Write::get(),
                       getOperation()->getOpResult(0),
                       SideEffects::DefaultResource::get());
  addRaiseEffect(effects); // The result's and the buffers' allocation.
}
