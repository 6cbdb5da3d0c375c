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

/// The most fields a tuple key or value has (the words lib/Runtime/Dict.c
/// passes a key or value in).
static constexpr size_t kMaxTupleFields = 4;

static LogicalResult verifyTuple(function_ref<InFlightDiagnostic()> emitError,
                                 StringRef what, Type type) {
  if (auto tuple = dyn_cast<TupleType>(type);
      tuple && tuple.size() > kMaxTupleFields)
    return emitError() << what << " hold tuples of at most " << kMaxTupleFields
                       << " fields, got " << type;
  return success();
}

static LogicalResult verifyItem(function_ref<InFlightDiagnostic()> emitError,
                                StringRef what, Type type) {
  if (!isNBCScalar(type) && !isNBCScalarTuple(type))
    return emitError() << what
                       << " must be nbc scalars (bool, si8..si64, "
                          "ui8..ui64, f32, f64) or tuples of them, got "
                       << type;
  return verifyTuple(emitError, what, type);
}

LogicalResult DictType::verify(function_ref<InFlightDiagnostic()> emitError,
                               Type keyType, Type valueType) {
  if (failed(verifyItem(emitError, "dict keys", keyType)))
    return failure();
  if (!isNBCListElement(valueType))
    return emitError() << "dict values must be nbc scalars (bool, si8..si64, "
                          "ui8..ui64, f32, f64), tuples of them, or "
                          "contiguous arrays of them with dynamic sizes "
                          "(memref<?x...xT>), got "
                       << valueType;
  // A dict of arrays keeps one key word a slot (ArrayDictToMemRef.cpp).
  if (isa<MemRefType>(valueType) && isa<TupleType>(keyType))
    return emitError() << "dict keys must be scalars when the values are "
                          "arrays, got "
                       << keyType;
  return verifyTuple(emitError, "dict values", valueType);
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
void DictLookupSlotOp::getEffects(EffectList &effects) {
  addRead(effects, getDictMutable());
  if (!getFallback())
    addRaiseEffect(effects); // KeyError
}
void DictStoreSlotOp::getEffects(EffectList &effects) {
  addRead(effects, getDictMutable());
  addWrite(effects, getDictMutable());
  addAllocate(effects, getOperation()->getOpResult(0));
  addRaiseEffect(effects); // MemoryError
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

/// The slot is only meaningful for the dict and key it was looked up for.
LogicalResult DictStoreSlotOp::verify() {
  auto lookup = getSlot().getDefiningOp<DictLookupSlotOp>();
  if (!lookup)
    return emitOpError("slot must come from an nbc.dict_lookup_slot");
  if (lookup.getDict() != getDict() || lookup.getKey() != getKey())
    return emitOpError("slot must come from an nbc.dict_lookup_slot of the "
                       "same dict and key");
  return success();
}
