//===- NBCIndexingOps.cpp - Integer-array and boolean indexing ------------===//
//
// Result types, verifiers and effects of nbc.take, nbc.put, nbc.mask_take,
// nbc.mask_put and nbc.argwhere.
//
//===----------------------------------------------------------------------===//

#include "nbc/Dialect/NBC/IR/NBCOps.h"

#include "NBCOpsCommon.h"
#include "nbc/Dialect/NBC/IR/NBCTypeRules.h"

using namespace mlir;
using namespace mlir::nbc;
using namespace mlir::nbc::detail;

/// Two static sizes that differ (a dynamic one matches anything).
static bool sizesConflict(int64_t a, int64_t b) {
  return !ShapedType::isDynamic(a) && !ShapedType::isDynamic(b) && a != b;
}

/// `value` (a scalar or an array) must be of `element`s and, as an array,
/// broadcast to `target` (NumPy's rules; dynamic sizes are checked at run
/// time by the lowering).
static LogicalResult verifyAssignedValue(Operation *op, Type value,
                                         Type element,
                                         ArrayRef<int64_t> target) {
  auto array = dyn_cast<MemRefType>(value);
  Type valueElement = array ? array.getElementType() : value;
  if (valueElement != element)
    return op->emitOpError("value elements ")
           << valueElement << " differ from the array's " << element;
  if (!array)
    return success();
  if (array.getRank() > (int64_t)target.size())
    return op->emitOpError("a rank-")
           << array.getRank() << " value does not broadcast to rank "
           << target.size();
  int64_t lead = target.size() - array.getRank();
  for (int64_t d = 0; d < array.getRank(); ++d) {
    int64_t size = array.getDimSize(d);
    if (size != 1 && sizesConflict(size, target[lead + d]))
      return op->emitOpError("value size ")
             << size << " along axis " << d
             << " does not broadcast to the indexed size " << target[lead + d];
  }
  return success();
}

/// Reads of `read` (when given) and `written`, writes of `written`.
static void addReadWriteEffects(EffectList &effects, OpOperand *read,
                                OpOperand *written) {
  if (read)
    effects.emplace_back(MemoryEffects::Read::get(), read,
                         SideEffects::DefaultResource::get());
  effects.emplace_back(MemoryEffects::Read::get(), written,
                       SideEffects::DefaultResource::get());
  effects.emplace_back(MemoryEffects::Write::get(), written,
                       SideEffects::DefaultResource::get());
}

static void addNewArrayEffects(EffectList &effects, OpResult result) {
  effects.emplace_back(MemoryEffects::Allocate::get(), result,
                       SideEffects::DefaultResource::get());
  effects.emplace_back(MemoryEffects::Write::get(), result,
                       SideEffects::DefaultResource::get());
}

//===----------------------------------------------------------------------===//
// TakeOp, PutOp
//===----------------------------------------------------------------------===//

MemRefType TakeOp::inferResultType(MemRefType array,
                                   ArrayRef<MemRefType> indices, int64_t axis) {
  int64_t count = indices.size();
  if (count == 0 || axis < 0 || axis + count > array.getRank())
    return {};
  std::optional<SmallVector<int64_t>> broadcast =
      SmallVector<int64_t>(indices.front().getShape());
  for (MemRefType index : indices.drop_front()) {
    broadcast = broadcastShapes(*broadcast, index.getShape());
    if (!broadcast)
      return {};
  }
  SmallVector<int64_t> shape(array.getShape().take_front(axis));
  llvm::append_range(shape, *broadcast);
  llvm::append_range(shape, array.getShape().drop_front(axis + count));
  return MemRefType::get(shape, array.getElementType());
}

static SmallVector<MemRefType> indexTypes(ValueRange indices) {
  return llvm::map_to_vector(indices, [](Value v) {
    return cast<MemRefType>(v.getType());
  });
}

/// The shape `op` (take or put) indexes, or an error: an index array per
/// axis of `array` from `axis` on, error axes one per index array and none
/// negative (a view with new axes may report an axis before the one taken).
template <typename OpTy>
static FailureOr<MemRefType> verifyIndexing(OpTy op, StringRef verb) {
  auto array = cast<MemRefType>(op.getArray().getType());
  int64_t count = op.getIndices().size();
  auto axis = static_cast<int64_t>(op.getAxis());
  if (count == 0)
    return op.emitOpError("needs at least one index array");
  if (axis < 0 || axis + count > array.getRank())
    return op.emitOpError("axis ")
           << axis << " with " << count
           << " index array(s) is out of range for a rank-" << array.getRank()
           << " array";
  MemRefType indexed =
      TakeOp::inferResultType(array, indexTypes(op.getIndices()), axis);
  if (!indexed)
    return op.emitOpError("index arrays of static shapes that do not "
                          "broadcast together");
  if (auto axes = op.getErrorAxes()) {
    if ((int64_t)axes->size() != count)
      return op.emitOpError("has ")
             << axes->size() << " error_axes for " << count << " index arrays";
    for (int64_t k = 0; k < count; ++k)
      if ((*axes)[k] < 0)
        return op.emitOpError("error axis ")
               << (*axes)[k] << " of the axis " << verb << ", " << axis + k
               << ", is negative";
  }
  return indexed;
}

LogicalResult TakeOp::verify() {
  FailureOr<MemRefType> expected = verifyIndexing(*this, "taken");
  if (failed(expected))
    return failure();
  if (getType() != *expected)
    return emitOpError("result type ")
           << getType() << " does not match the inferred type " << *expected;
  return success();
}

void TakeOp::getEffects(EffectList &effects) {
  effects.emplace_back(MemoryEffects::Read::get(), &getArrayMutable(),
                       SideEffects::DefaultResource::get());
  for (OpOperand &index : getIndicesMutable())
    effects.emplace_back(MemoryEffects::Read::get(), &index,
                         SideEffects::DefaultResource::get());
  addNewArrayEffects(effects, getOperation()->getOpResult(0));
  addRaiseEffect(effects); // an index out of range; the allocation
}

LogicalResult PutOp::verify() {
  FailureOr<MemRefType> target = verifyIndexing(*this, "written");
  if (failed(target))
    return failure();
  auto array = cast<MemRefType>(getArray().getType());
  return verifyAssignedValue(*this, getValue().getType(),
                             array.getElementType(), target->getShape());
}

void PutOp::getEffects(EffectList &effects) {
  for (OpOperand &index : getIndicesMutable())
    effects.emplace_back(MemoryEffects::Read::get(), &index,
                         SideEffects::DefaultResource::get());
  addReadWriteEffects(effects, nullptr, &getArrayMutable());
  if (isa<MemRefType>(getValue().getType()))
    effects.emplace_back(MemoryEffects::Read::get(), &getValueMutable(),
                         SideEffects::DefaultResource::get());
  addRaiseEffect(effects); // an index out of range; a value's shape
}

//===----------------------------------------------------------------------===//
// MaskTakeOp, MaskPutOp
//===----------------------------------------------------------------------===//

MemRefType MaskTakeOp::inferResultType(MemRefType array, MemRefType mask,
                                       int64_t axis) {
  int64_t rank = mask.getRank();
  if (rank < 1 || axis < 0 || axis + rank > array.getRank())
    return {};
  SmallVector<int64_t> shape(array.getShape().take_front(axis));
  shape.push_back(ShapedType::kDynamic);
  llvm::append_range(shape, array.getShape().drop_front(axis + rank));
  return MemRefType::get(shape, array.getElementType());
}

/// The mask must cover axes of the array from `axis` on with equal static
/// sizes.
static LogicalResult verifyMask(Operation *op, MemRefType array,
                                MemRefType mask, int64_t axis) {
  if (!MaskTakeOp::inferResultType(array, mask, axis))
    return op->emitOpError("a rank-")
           << mask.getRank() << " mask does not index a rank-"
           << array.getRank() << " array from axis " << axis;
  for (int64_t d = 0; d < mask.getRank(); ++d)
    if (sizesConflict(mask.getDimSize(d), array.getDimSize(axis + d)))
      return op->emitOpError("mask size ")
             << mask.getDimSize(d) << " differs from the array's "
             << array.getDimSize(axis + d) << " along axis " << axis + d;
  return success();
}

LogicalResult MaskTakeOp::verify() {
  auto array = cast<MemRefType>(getArray().getType());
  auto mask = cast<MemRefType>(getMask().getType());
  if (failed(verifyMask(*this, array, mask, getMaskAxis())))
    return failure();
  MemRefType expected = inferResultType(array, mask, getMaskAxis());
  if (getType() != expected)
    return emitOpError("result type ")
           << getType() << " does not match the inferred type " << expected;
  return success();
}

void MaskTakeOp::getEffects(EffectList &effects) {
  effects.emplace_back(MemoryEffects::Read::get(), &getArrayMutable(),
                       SideEffects::DefaultResource::get());
  effects.emplace_back(MemoryEffects::Read::get(), &getMaskMutable(),
                       SideEffects::DefaultResource::get());
  addNewArrayEffects(effects, getOperation()->getOpResult(0));
  addRaiseEffect(effects); // mask sizes; the allocation
}

LogicalResult MaskPutOp::verify() {
  auto array = cast<MemRefType>(getArray().getType());
  auto mask = cast<MemRefType>(getMask().getType());
  if (failed(verifyMask(*this, array, mask, getMaskAxis())))
    return failure();
  return verifyAssignedValue(
      *this, getValue().getType(), array.getElementType(),
      MaskTakeOp::inferResultType(array, mask, getMaskAxis()).getShape());
}

void MaskPutOp::getEffects(EffectList &effects) {
  addReadWriteEffects(effects, &getMaskMutable(), &getArrayMutable());
  if (isa<MemRefType>(getValue().getType()))
    effects.emplace_back(MemoryEffects::Read::get(), &getValueMutable(),
                         SideEffects::DefaultResource::get());
  addRaiseEffect(effects); // mask sizes; a value's length
}

//===----------------------------------------------------------------------===//
// ArgwhereOp
//===----------------------------------------------------------------------===//

MemRefType ArgwhereOp::inferResultType(MemRefType array, bool flat) {
  auto si64 = IntegerType::get(array.getContext(), 64, IntegerType::Signed);
  if (flat)
    return MemRefType::get({ShapedType::kDynamic}, si64);
  return MemRefType::get({ShapedType::kDynamic, array.getRank()}, si64);
}

LogicalResult ArgwhereOp::verify() {
  auto array = cast<MemRefType>(getArray().getType());
  if (array.getRank() < 1)
    return emitOpError("takes an array of rank 1 or more");
  MemRefType expected = inferResultType(array, getFlat());
  if (getType() != expected)
    return emitOpError("result type ")
           << getType() << " does not match the inferred type " << expected;
  return success();
}

void ArgwhereOp::getEffects(EffectList &effects) {
  effects.emplace_back(MemoryEffects::Read::get(), &getArrayMutable(),
                       SideEffects::DefaultResource::get());
  addNewArrayEffects(effects, getOperation()->getOpResult(0));
  addRaiseEffect(effects); // the allocation
}
