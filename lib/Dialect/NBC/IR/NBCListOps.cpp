//===- NBCListOps.cpp - The list type and its ops -------------------------===//
//
// Verifiers and effects of !nbc.list and the list ops. A list value refers
// to a buffer: reads and writes are effects on the list operand, a new
// buffer an allocation of the result.
//
//===----------------------------------------------------------------------===//

#include "nbc/Dialect/NBC/IR/NBCOps.h"

#include "NBCOpsCommon.h"

using namespace mlir;
using namespace mlir::nbc;
using namespace mlir::nbc::detail;

LogicalResult ListType::verify(function_ref<InFlightDiagnostic()> emitError,
                               Type elementType) {
  if (!isNBCListElement(elementType))
    return emitError() << "list elements must be nbc scalars (bool, si8..si64, "
                          "ui8..ui64, f32, f64), tuples of them (tuple<si64, "
                          "f64>), contiguous arrays of them "
                          "with dynamic sizes (memref<?x...xT>) or lists of "
                          "them (!nbc.list<f64>), got "
                       << elementType;
  return success();
}

/// Lists of arrays and of tuples have their own layouts: no flat copy, and
/// none passed in.
static LogicalResult verifyScalarList(Operation *op, ListType type) {
  if (!isNBCScalar(type.getElementType()))
    return op->emitOpError() << "needs a list of scalars, got " << type;
  return success();
}

LogicalResult ListSetOp::verify() {
  // Items of their own size (arrays, lists) may move the list.
  bool arrays = isa<MemRefType, ListType>(getList().getType().getElementType());
  if (arrays != bool(getResult()))
    return emitOpError() << (arrays ? "on a list of arrays or lists needs a "
                                      "result, the list from then on"
                                    : "on a list of scalars has no result");
  if (getResult() && getResult().getType() != getList().getType())
    return emitOpError() << "result must be the list's type "
                         << getList().getType();
  return success();
}

void ListLenOp::build(OpBuilder &builder, OperationState &state, Value list) {
  build(builder, state,
        IntegerType::get(builder.getContext(), 64, IntegerType::Signed), list);
}

LogicalResult ListToArrayOp::verify() {
  if (failed(verifyScalarList(*this, getList().getType())))
    return failure();
  auto type = getResult().getType();
  Type element = getList().getType().getElementType();
  if (type.getRank() != 1 || !type.getLayout().isIdentity() ||
      type.getElementType() != element)
    return emitOpError() << "result must be a contiguous 1-D array of the "
                            "list's element type "
                         << element << ", got " << type;
  return success();
}

/// A list's byte buffer: a contiguous memref<?xsi8> or memref<?xi8>.
static LogicalResult verifyListBuffer(Operation *op, MemRefType type) {
  if (type.getRank() != 1 || !type.getLayout().isIdentity() ||
      !type.getElementType().isInteger(8) ||
      type.getElementType().isUnsignedInteger())
    return op->emitOpError()
           << "the buffer must be a contiguous 1-D array of si8, got " << type;
  return success();
}

LogicalResult ListFromBufferOp::verify() {
  // A list of tuples has the same flat layout (records of words); a list of
  // arrays its own (slots and data, ArrayListLayout.h), which a caller packs.
  Type element = getType().getElementType();
  if (isa<ListType>(element))
    return emitOpError() << "needs a list of scalars, tuples or arrays, got "
                         << getType();
  return verifyListBuffer(*this, getBuffer().getType());
}

LogicalResult ListBufferOp::verify() {
  return verifyListBuffer(*this, getResult().getType());
}

static void addRead(EffectList &effects, OpOperand &list) {
  effects.emplace_back(MemoryEffects::Read::get(), &list,
                       SideEffects::DefaultResource::get());
}
static void addWrite(EffectList &effects, OpOperand &list) {
  effects.emplace_back(MemoryEffects::Write::get(), &list,
                       SideEffects::DefaultResource::get());
}
static void addAllocate(EffectList &effects, OpResult result) {
  effects.emplace_back(MemoryEffects::Allocate::get(), result,
                       SideEffects::DefaultResource::get());
}

void ListNewOp::getEffects(EffectList &effects) {
  addAllocate(effects, getOperation()->getOpResult(0));
  addRaiseEffect(effects); // MemoryError
}
void ListAppendOp::getEffects(EffectList &effects) {
  addRead(effects, getListMutable());
  addWrite(effects, getListMutable());
  addAllocate(effects, getOperation()->getOpResult(0));
  addRaiseEffect(effects); // MemoryError
}
void ListLenOp::getEffects(EffectList &effects) {
  addRead(effects, getListMutable());
}
void ListGetOp::getEffects(EffectList &effects) {
  addRead(effects, getListMutable());
  addRaiseEffect(effects); // IndexError
}
void ListSetOp::getEffects(EffectList &effects) {
  addRead(effects, getListMutable());
  addWrite(effects, getListMutable());
  if (getResult()) // a list of arrays may move
    addAllocate(effects, getOperation()->getOpResult(0));
  addRaiseEffect(effects); // IndexError
}
void ListPopOp::getEffects(EffectList &effects) {
  addRead(effects, getListMutable());
  addWrite(effects, getListMutable());
  addRaiseEffect(effects); // IndexError
}
// Views of one buffer: no effect of their own.
void ListFromBufferOp::getEffects(EffectList &) {}
void ListBufferOp::getEffects(EffectList &) {}

void ListToArrayOp::getEffects(EffectList &effects) {
  addRead(effects, getListMutable());
  addAllocate(effects, getOperation()->getOpResult(0));
  addRaiseEffect(effects); // MemoryError
}

LogicalResult MakeTupleOp::verify() {
  if (!llvm::equal(getResult().getType().getTypes(), getFields().getTypes()))
    return emitOpError() << "result must be the tuple of the fields' types, got "
                         << getResult().getType();
  return success();
}

LogicalResult TupleGetOp::verify() {
  TupleType tuple = getTuple().getType();
  int64_t index = getIndex();
  if (index < 0 || index >= int64_t(tuple.size()))
    return emitOpError() << "index " << index << " is out of range for "
                         << tuple;
  if (getResult().getType() != tuple.getType(index))
    return emitOpError() << "result must be field " << index << "'s type "
                         << tuple.getType(index);
  return success();
}

OpFoldResult TupleGetOp::fold(FoldAdaptor) {
  if (auto make = getTuple().getDefiningOp<MakeTupleOp>())
    return make.getFields()[getIndex()];
  return {};
}
