//===- NBCAtomicUpdate.cpp - nbc.atomic_update ----------------------------===//
//
// Verification and memory effects of the atomic read-modify-write of one
// array element.
//
//===----------------------------------------------------------------------===//

#include "NBCOpsCommon.h"

#include "mlir/Interfaces/SideEffectInterfaces.h"

using namespace mlir;
using namespace mlir::nbc;
using namespace mlir::nbc::detail;

Value AtomicUpdateOp::getNewValue() {
  Block &body = getBody().front();
  if (body.empty())
    return {};
  auto yield = dyn_cast<YieldOp>(body.back());
  if (!yield || yield.getValues().size() != 1)
    return {};
  return yield.getValues().front();
}

LogicalResult AtomicUpdateOp::verify() {
  auto type = cast<MemRefType>(getArray().getType());
  if ((int64_t)getIndices().size() != type.getRank())
    return emitOpError("needs ")
           << type.getRank() << " indices for a rank-" << type.getRank()
           << " array, got " << getIndices().size();
  return success();
}

LogicalResult AtomicUpdateOp::verifyRegions() {
  Type element = cast<MemRefType>(getArray().getType()).getElementType();
  Block &body = getBody().front();
  if (body.getNumArguments() != 1 || body.getArgument(0).getType() != element)
    return emitOpError("body must take one argument of the element type ")
           << element;
  if (body.empty() || !isa<YieldOp>(body.back()))
    return emitOpError("body must end with 'nbc.yield'");
  // Lowered to a compare-and-swap loop, the body may run several times.
  for (Operation &op : body.without_terminator())
    if (!isMemoryEffectFree(&op))
      return op.emitOpError("in the body of 'nbc.atomic_update' must be free "
                            "of memory effects");
  return success();
}

void AtomicUpdateOp::getEffects(EffectList &effects) {
  effects.emplace_back(MemoryEffects::Read::get(), &getArrayMutable(),
                       SideEffects::DefaultResource::get());
  effects.emplace_back(MemoryEffects::Write::get(), &getArrayMutable(),
                       SideEffects::DefaultResource::get());
  if (checksBounds())
    addRaiseEffect(effects);
}
