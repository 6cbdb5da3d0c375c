//===- NBCShapeOps.cpp - nbc.reshape and nbc.concatenate -------------------===//
//
// Result types, verifiers and effects of the ops that reshape and join
// arrays.
//
//===----------------------------------------------------------------------===//

#include "nbc/Dialect/NBC/IR/NBCOps.h"

#include "NBCOpsCommon.h"

using namespace mlir;
using namespace mlir::nbc;
using namespace mlir::nbc::detail;

//===----------------------------------------------------------------------===//
// ReshapeOp
//===----------------------------------------------------------------------===//

MemRefType ReshapeOp::inferResultType(MemRefType source, int64_t rank,
                                      bool contiguousView) {
  SmallVector<int64_t> sizes(rank, ShapedType::kDynamic);
  SmallVector<int64_t> strides(rank, ShapedType::kDynamic);
  if (rank > 0 && (contiguousView || source.getLayout().isIdentity()))
    strides.back() = 1;
  auto layout = StridedLayoutAttr::get(source.getContext(),
                                       ShapedType::kDynamic, strides);
  return MemRefType::get(sizes, source.getElementType(), layout,
                         source.getMemorySpace());
}

LogicalResult ReshapeOp::verify() {
  auto source = cast<MemRefType>(getSource().getType());
  MemRefType expected =
      inferResultType(source, getSizes().size(), getContiguousView());
  if (getType() != expected)
    return emitOpError("result type ")
           << getType() << " does not match the inferred type " << expected;
  return success();
}

void ReshapeOp::getEffects(EffectList &effects) {
  // A non-contiguous source is copied into a new array.
  effects.emplace_back(MemoryEffects::Read::get(), &getSourceMutable(),
                       SideEffects::DefaultResource::get());
  effects.emplace_back(MemoryEffects::Allocate::get(),
                       getOperation()->getOpResult(0),
                       SideEffects::DefaultResource::get());
  effects.emplace_back(MemoryEffects::Write::get(),
                       getOperation()->getOpResult(0),
                       SideEffects::DefaultResource::get());
  addRaiseEffect(effects); // Sizes that do not fit; the allocation.
}

//===----------------------------------------------------------------------===//
// ConcatenateOp
//===----------------------------------------------------------------------===//

LogicalResult ConcatenateOp::verify() {
  if (getInputs().empty())
    return emitOpError("needs at least one array");
  MemRefType result = getType();
  if (!result.getLayout().isIdentity())
    return emitOpError("result type ")
           << result << " must have the identity layout (a new array)";
  int64_t rank = result.getRank();
  if (rank == 0)
    return emitOpError("cannot concatenate zero-dimensional arrays");
  for (auto [i, input] : llvm::enumerate(getInputs())) {
    auto type = cast<MemRefType>(input.getType());
    if (type.getRank() != rank)
      return emitOpError("input ")
             << i << " has rank " << type.getRank() << ", the result "
             << rank;
    if (type.getElementType() != result.getElementType())
      return emitOpError("input ")
             << i << " has element type " << type.getElementType()
             << ", the result " << result.getElementType();
  }
  int64_t axis = getAxis();
  if (axis < 0 || axis >= rank)
    return emitOpError("axis ") << axis << " is out of range for rank "
                                << rank;
  return success();
}

void ConcatenateOp::getEffects(EffectList &effects) {
  for (OpOperand &input : getInputsMutable())
    effects.emplace_back(MemoryEffects::Read::get(), &input,
                         SideEffects::DefaultResource::get());
  effects.emplace_back(MemoryEffects::Allocate::get(),
                       getOperation()->getOpResult(0),
                       SideEffects::DefaultResource::get());
  effects.emplace_back(MemoryEffects::Write::get(),
                       getOperation()->getOpResult(0),
                       SideEffects::DefaultResource::get());
  addRaiseEffect(effects); // Sizes that differ; the allocation.
}
