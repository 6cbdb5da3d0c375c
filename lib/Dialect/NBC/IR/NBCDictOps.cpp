//===- NBCDictOps.cpp - The dict and set types and their ops --------------===//
//
// Verifiers and effects of !nbc.dict, !nbc.set and the hash-table ops. As a
// list, a table value refers to a buffer: lookups read the table operand,
// updates write it, and an insertion may allocate its result.
//
//===----------------------------------------------------------------------===//

#include "nbc/Dialect/NBC/IR/NBCOps.h"

#include "NBCOpsCommon.h"

using namespace mlir;
using namespace mlir::nbc;
using namespace mlir::nbc::detail;

static LogicalResult verifyItem(function_ref<InFlightDiagnostic()> emitError,
                                StringRef what, Type type) {
  if (!isNBCScalar(type))
    return emitError() << what
                       << " must be nbc scalars (bool, si8..si64, "
                          "ui8..ui64, f32, f64), got "
                       << type;
  return success();
}

LogicalResult DictType::verify(function_ref<InFlightDiagnostic()> emitError,
                               Type keyType, Type valueType) {
  if (failed(verifyItem(emitError, "dict keys", keyType)))
    return failure();
  if (!isNBCListElement(valueType))
    return emitError() << "dict values must be nbc scalars (bool, si8..si64, "
                          "ui8..ui64, f32, f64) or contiguous arrays of them "
                          "with dynamic sizes (memref<?x...xT>), got "
                       << valueType;
  return success();
}

LogicalResult SetType::verify(function_ref<InFlightDiagnostic()> emitError,
                              Type keyType) {
  return verifyItem(emitError, "set items", keyType);
}

void DictLenOp::build(OpBuilder &builder, OperationState &state, Value table) {
  build(builder, state,
        IntegerType::get(builder.getContext(), 64, IntegerType::Signed), table);
}

static void addRead(EffectList &effects, OpOperand &table) {
  effects.emplace_back(MemoryEffects::Read::get(), &table,
                       SideEffects::DefaultResource::get());
}
static void addWrite(EffectList &effects, OpOperand &table) {
  effects.emplace_back(MemoryEffects::Write::get(), &table,
                       SideEffects::DefaultResource::get());
}
static void addAllocate(EffectList &effects, OpResult result) {
  effects.emplace_back(MemoryEffects::Allocate::get(), result,
                       SideEffects::DefaultResource::get());
}

void DictNewOp::getEffects(EffectList &effects) {
  addAllocate(effects, getOperation()->getOpResult(0));
  addRaiseEffect(effects); // MemoryError
}
void DictInsertOp::getEffects(EffectList &effects) {
  addRead(effects, getDictMutable());
  addWrite(effects, getDictMutable());
  addAllocate(effects, getOperation()->getOpResult(0));
  addRaiseEffect(effects); // MemoryError
}
void SetAddOp::getEffects(EffectList &effects) {
  addRead(effects, getSetMutable());
  addWrite(effects, getSetMutable());
  addAllocate(effects, getOperation()->getOpResult(0));
  addRaiseEffect(effects); // MemoryError
}
void DictGetOp::getEffects(EffectList &effects) {
  addRead(effects, getDictMutable());
  addRaiseEffect(effects); // KeyError
}
void DictGetOrOp::getEffects(EffectList &effects) {
  addRead(effects, getDictMutable());
}
void DictContainsOp::getEffects(EffectList &effects) {
  addRead(effects, getTableMutable());
}
void DictRemoveOp::getEffects(EffectList &effects) {
  addRead(effects, getTableMutable());
  addWrite(effects, getTableMutable());
  if (getRequired())
    addRaiseEffect(effects); // KeyError
}
void DictClearOp::getEffects(EffectList &effects) {
  addWrite(effects, getTableMutable());
}
void DictCopyOp::getEffects(EffectList &effects) {
  addRead(effects, getTableMutable());
  addAllocate(effects, getOperation()->getOpResult(0));
  addRaiseEffect(effects); // MemoryError
}
void DictLenOp::getEffects(EffectList &effects) {
  addRead(effects, getTableMutable());
}
// Reading the i-th key may compact the table first.
void DictKeyAtOp::getEffects(EffectList &effects) {
  addRead(effects, getTableMutable());
  addWrite(effects, getTableMutable());
}
void DictValueAtOp::getEffects(EffectList &effects) {
  addRead(effects, getDictMutable());
  addWrite(effects, getDictMutable());
}
