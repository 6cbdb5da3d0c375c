//===- VectorizeAnalysis.cpp - What nbc-vectorize may vectorize -----------===//

#include "VectorizeAnalysis.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/MemRef/IR/MemRef.h"
#include "mlir/IR/Matchers.h"
#include "mlir/Interfaces/ViewLikeInterface.h"

using namespace mlir;

bool mlir::nbc::hasUnitInnerStride(Value memref) {
  auto type = cast<MemRefType>(memref.getType());
  SmallVector<int64_t> strides;
  int64_t offset;
  if (type.getRank() == 0 || failed(type.getStridesAndOffset(strides, offset)))
    return false;
  Type element = type.getElementType();
  return strides.back() == 1 && element.isIntOrFloat() && !element.isInteger(1);
}

Value mlir::nbc::underlyingBuffer(Value memref) {
  while (Operation *def = memref.getDefiningOp()) {
    if (auto meta = dyn_cast<memref::ExtractStridedMetadataOp>(def))
      memref = meta.getSource();
    else if (auto view = dyn_cast<ViewLikeOpInterface>(def))
      memref = view.getViewSource();
    else if (auto cast = dyn_cast<memref::CastOp>(def))
      memref = cast.getSource();
    else
      break;
  }
  return memref;
}

/// The constants `k` for which `cond` holds whenever `v == k`: `cond` is
/// `v == k` or an `ori` of such compares.
static void impliedEqualities(Value cond, Value v, SmallVector<APInt> &out) {
  if (auto orOp = cond.getDefiningOp<arith::OrIOp>()) {
    impliedEqualities(orOp.getLhs(), v, out);
    impliedEqualities(orOp.getRhs(), v, out);
    return;
  }
  auto cmp = cond.getDefiningOp<arith::CmpIOp>();
  if (!cmp || cmp.getPredicate() != arith::CmpIPredicate::eq)
    return;
  APInt k;
  if (cmp.getLhs() == v && matchPattern(cmp.getRhs(), m_ConstantInt(&k)))
    out.push_back(k);
  else if (cmp.getRhs() == v && matchPattern(cmp.getLhs(), m_ConstantInt(&k)))
    out.push_back(k);
}

bool mlir::nbc::isSafeDivisor(Value divisor, bool isSigned) {
  auto safe = [&](const APInt &k) {
    return !k.isZero() && !(isSigned && k.isAllOnes());
  };
  APInt k;
  if (matchPattern(divisor, m_ConstantInt(&k)))
    return safe(k);
  auto select = divisor.getDefiningOp<arith::SelectOp>();
  if (!select || !matchPattern(select.getTrueValue(), m_ConstantInt(&k)) ||
      !safe(k))
    return false;
  Value other = select.getFalseValue();
  if (matchPattern(other, m_ConstantInt(&k)))
    return safe(k);
  SmallVector<APInt> covered;
  impliedEqualities(select.getCondition(), other, covered);
  auto covers = [&](bool allOnes) {
    return llvm::any_of(covered, [&](const APInt &c) {
      return allOnes ? c.isAllOnes() : c.isZero();
    });
  };
  return covers(false) && (!isSigned || covers(true));
}

bool mlir::nbc::isSafeDivision(Operation *op) {
  if (isa<arith::DivSIOp, arith::RemSIOp>(op))
    return isSafeDivisor(op->getOperand(1), /*isSigned=*/true);
  if (isa<arith::DivUIOp, arith::RemUIOp>(op))
    return isSafeDivisor(op->getOperand(1), /*isSigned=*/false);
  return false;
}

bool mlir::nbc::isRunTimeIntegerDivision(Operation *op) {
  return isa<arith::DivSIOp, arith::RemSIOp, arith::DivUIOp, arith::RemUIOp>(
             op) &&
         !matchPattern(op->getOperand(1), m_Constant());
}
