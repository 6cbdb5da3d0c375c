//===- NBCLinalgOps.cpp - nbc.linalg: np.linalg through LAPACK ------------===//
//
// Result type inference, verifier and effects of nbc.linalg.
//
//===----------------------------------------------------------------------===//

#include "nbc/Dialect/NBC/IR/NBCOps.h"

#include "NBCOpsCommon.h"

using namespace mlir;
using namespace mlir::nbc;
using namespace mlir::nbc::detail;

/// The number of operands of each kind: solve takes `a` and `b`.
static unsigned numOperands(LinalgKind kind) {
  return kind == LinalgKind::solve ? 2 : 1;
}

Type LinalgOp::inferResultType(LinalgKind kind, TypeRange operands) {
  if (operands.size() != numOperands(kind))
    return {};
  auto a = dyn_cast<MemRefType>(operands[0]);
  if (!a || a.getRank() != 2)
    return {};
  Type element = a.getElementType();
  if (!element.isF32() && !element.isF64())
    return {};
  switch (kind) {
  case LinalgKind::solve: {
    auto b = dyn_cast<MemRefType>(operands[1]);
    if (!b || b.getElementType() != element || b.getRank() < 1 ||
        b.getRank() > 2)
      return {};
    return MemRefType::get(b.getShape(), element);
  }
  case LinalgKind::inv:
  case LinalgKind::cholesky:
    return MemRefType::get(a.getShape(), element);
  case LinalgKind::det:
    return element;
  }
  llvm_unreachable("unknown linalg kind");
}

LogicalResult LinalgOp::verify() {
  LinalgKind kind = getKind();
  if (getOperands().size() != numOperands(kind))
    return emitOpError("'") << stringifyLinalgKind(kind) << "' takes "
                            << numOperands(kind) << " operand(s), got "
                            << getOperands().size();
  Type expected = inferResultType(kind, getOperands().getTypes());
  if (!expected)
    return emitOpError("'")
           << stringifyLinalgKind(kind)
           << "' takes a 2-d f32 or f64 array"
           << (kind == LinalgKind::solve
                   ? " and a 1-d or 2-d array of the same element type"
                   : "")
           << ", got " << getOperands().getTypes();
  if (getType() != expected)
    return emitOpError("result type ")
           << getType() << " does not match the inferred type " << expected;
  return success();
}

void LinalgOp::getEffects(EffectList &effects) {
  for (OpOperand &operand : getOperation()->getOpOperands())
    effects.emplace_back(MemoryEffects::Read::get(), &operand,
                         SideEffects::DefaultResource::get());
  if (isa<MemRefType>(getType())) {
    effects.emplace_back(MemoryEffects::Allocate::get(),
                         getOperation()->getOpResult(0),
                         SideEffects::DefaultResource::get());
    effects.emplace_back(MemoryEffects::Write::get(),
                         getOperation()->getOpResult(0),
                         SideEffects::DefaultResource::get());
  }
  // Non-square, singular or indefinite matrices; no LAPACK.
  addRaiseEffect(effects);
}
