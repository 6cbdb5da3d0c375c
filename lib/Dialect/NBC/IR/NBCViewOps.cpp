//===- NBCViewOps.cpp - nbc.diagonal, broadcast_to, as_strided, complex_part ===//
//
// Verifiers and effects of the views that are neither slices nor
// transpositions. Their results are fully dynamic strided memrefs.
//
//===----------------------------------------------------------------------===//

#include "nbc/Dialect/NBC/IR/NBCOps.h"

#include "NBCOpsCommon.h"

using namespace mlir;
using namespace mlir::nbc;
using namespace mlir::nbc::detail;

MemRefType nbc::getDynamicViewType(MemRefType source, int64_t rank,
                                   Type element) {
  SmallVector<int64_t> sizes(rank, ShapedType::kDynamic);
  SmallVector<int64_t> strides(rank, ShapedType::kDynamic);
  auto layout = StridedLayoutAttr::get(source.getContext(),
                                       ShapedType::kDynamic, strides);
  return MemRefType::get(sizes, element, layout, source.getMemorySpace());
}

/// The result must be the fully dynamic view of `rank` and `element`.
static LogicalResult verifyViewType(Operation *op, MemRefType source,
                                    MemRefType result, int64_t rank,
                                    Type element) {
  MemRefType expected = getDynamicViewType(source, rank, element);
  if (result != expected)
    return op->emitOpError("result type ")
           << result << " must be " << expected;
  return success();
}

LogicalResult DiagonalOp::verify() {
  auto source = cast<MemRefType>(getSource().getType());
  if (source.getRank() < 2)
    return emitOpError("needs an array of rank 2 or more, not rank ")
           << source.getRank();
  return verifyViewType(*this, source, getType(), source.getRank() - 1,
                        source.getElementType());
}

LogicalResult BroadcastToOp::verify() {
  auto source = cast<MemRefType>(getSource().getType());
  int64_t rank = getSizes().size();
  if (source.getRank() > rank)
    return emitOpError("cannot broadcast a rank-")
           << source.getRank() << " array to " << rank << " dimensions";
  return verifyViewType(*this, source, getType(), rank,
                        source.getElementType());
}

void BroadcastToOp::getEffects(EffectList &effects) {
  addRaiseEffect(effects); // Negative or incompatible sizes.
}

LogicalResult AsStridedOp::verify() {
  auto source = cast<MemRefType>(getSource().getType());
  int64_t rank = getSizes().size();
  if (static_cast<int64_t>(getStrides().size()) != rank)
    return emitOpError("needs one stride per size: ")
           << rank << " sizes and " << getStrides().size() << " strides";
  return verifyViewType(*this, source, getType(), rank,
                        source.getElementType());
}

void AsStridedOp::getEffects(EffectList &effects) {
  addRaiseEffect(effects); // Negative sizes, strides of partial elements.
}

LogicalResult ComplexPartOp::verify() {
  auto source = cast<MemRefType>(getSource().getType());
  auto complex = dyn_cast<ComplexType>(source.getElementType());
  if (!complex)
    return emitOpError("needs a complex array, not ") << source;
  return verifyViewType(*this, source, getType(), source.getRank(),
                        complex.getElementType());
}
