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
  // a is a matrix or a stack of them, (..., n, n).
  auto a = dyn_cast<MemRefType>(operands[0]);
  if (!a || a.getRank() < 2)
    return {};
  Type element = a.getElementType();
  auto complex = dyn_cast<ComplexType>(element);
  Type real = complex ? complex.getElementType() : element;
  if (!real.isF32() && !real.isF64())
    return {};
  ArrayRef<int64_t> stack = a.getShape().drop_back(2);
  switch (kind) {
  case LinalgKind::solve: {
    // b is a vector (n) or a stack of (n, k) matrices; the stacks broadcast
    // (NumPy's gufunc rules), a vector against every matrix of a's stack.
    auto b = dyn_cast<MemRefType>(operands[1]);
    if (!b || b.getElementType() != element || b.getRank() < 1)
      return {};
    if (b.getRank() == 1) {
      SmallVector<int64_t> shape(stack);
      shape.push_back(b.getDimSize(0));
      return MemRefType::get(shape, element);
    }
    ArrayRef<int64_t> bStack = b.getShape().drop_back(2);
    size_t rank = std::max(stack.size(), bStack.size());
    SmallVector<int64_t> shape(rank, 1);
    for (size_t j = 0; j < rank; ++j) {
      auto at = [&](ArrayRef<int64_t> s) -> int64_t {
        return j + s.size() < rank ? 1 : s[j + s.size() - rank];
      };
      int64_t x = at(stack), y = at(bStack);
      shape[j] = x == 1 ? y : y == 1 ? x : x == y ? x : ShapedType::kDynamic;
    }
    shape.append({b.getDimSize(b.getRank() - 2), b.getDimSize(b.getRank() - 1)});
    return MemRefType::get(shape, element);
  }
  case LinalgKind::inv:
  case LinalgKind::cholesky:
    return MemRefType::get(a.getShape(), element);
  case LinalgKind::det:
    return stack.empty() ? element : MemRefType::get(stack, element);
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
           << "' takes a 2-d f32, f64 or complex array or a stack of them"
           << (kind == LinalgKind::solve
                   ? " and a 1-d or a 2-d or more array of the same element type"
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

//===----------------------------------------------------------------------===//
// nbc.linalg_factor
//===----------------------------------------------------------------------===//

SmallVector<Type> LinalgFactorOp::inferResultTypes(LinalgFactorKind kind,
                                                   bool full, Type aType,
                                                   Type bType) {
  // a is a matrix or (but for lstsq) a stack of them, (..., m, n).
  auto a = dyn_cast_or_null<MemRefType>(aType);
  bool isLstsq = kind == LinalgFactorKind::lstsq;
  if (!a || a.getRank() < 2 || (isLstsq && a.getRank() != 2))
    return {};
  Type element = a.getElementType();
  // Complex arrays too: eigh/eigvalsh's eigenvalues, svd's and lstsq's s
  // and lstsq's residuals real (the part type).
  auto complex = dyn_cast<ComplexType>(element);
  Type real = complex ? complex.getElementType() : element;
  if (!real.isF32() && !real.isF64())
    return {};
  auto b = dyn_cast_or_null<MemRefType>(bType);
  if (isLstsq != bool(bType))
    return {};
  if (b && (b.getElementType() != element || b.getRank() < 1 ||
            b.getRank() > 2))
    return {};
  int64_t batch = a.getRank() - 2;
  int64_t m = a.getDimSize(batch), n = a.getDimSize(batch + 1);
  int64_t k = ShapedType::isDynamic(m) || ShapedType::isDynamic(n)
                  ? ShapedType::kDynamic
                  : std::min(m, n);
  // eigh's operand is square: either static size gives n.
  int64_t side = ShapedType::isDynamic(n) ? m : n;
  // A result of each matrix of the stack: the stack's shape first.
  auto stacked = [&](ArrayRef<int64_t> core, Type type) -> Type {
    SmallVector<int64_t> shape(a.getShape().take_front(batch));
    shape.append(core.begin(), core.end());
    return MemRefType::get(shape, type);
  };
  auto array = [&](ArrayRef<int64_t> shape) -> Type {
    return stacked(shape, element);
  };
  switch (kind) {
  case LinalgFactorKind::eigh:
    return {stacked({side}, real), array({side, side})};
  case LinalgFactorKind::eigvalsh:
    return {stacked({side}, real)};
  case LinalgFactorKind::eig:
    return {array({side}), array({side, side})};
  case LinalgFactorKind::eigvals:
    return {array({side})};
  case LinalgFactorKind::svd:
    if (full)
      return {array({m, m}), stacked({k}, real), array({n, n})};
    return {array({m, k}), stacked({k}, real), array({k, n})};
  case LinalgFactorKind::svdvals:
    return {stacked({k}, real)};
  case LinalgFactorKind::qr:
    if (full)
      return {array({m, m}), array({m, n})};
    return {array({m, k}), array({k, n})};
  case LinalgFactorKind::qr_r:
    return {array({k, n})};
  case LinalgFactorKind::lstsq: {
    SmallVector<int64_t> x = {n};
    if (b.getRank() == 2)
      x.push_back(b.getDimSize(1));
    return {array(x), MemRefType::get({ShapedType::kDynamic}, real),
            IntegerType::get(a.getContext(), 64, IntegerType::Signed),
            stacked({k}, real)};
  }
  }
  llvm_unreachable("unknown linalg_factor kind");
}

/// The kinds that read `upper` and `full`.
static bool takesUpper(LinalgFactorKind kind) {
  return kind == LinalgFactorKind::eigh || kind == LinalgFactorKind::eigvalsh;
}
static bool takesFull(LinalgFactorKind kind) {
  return kind == LinalgFactorKind::svd || kind == LinalgFactorKind::qr;
}

LogicalResult LinalgFactorOp::verify() {
  LinalgFactorKind kind = getKind();
  StringRef name = stringifyLinalgFactorKind(kind);
  if (getUpper() && !takesUpper(kind))
    return emitOpError("'upper' is only for eigh and eigvalsh, not '")
           << name << "'";
  if (getFull() && !takesFull(kind))
    return emitOpError("'full' is only for svd and qr, not '") << name << "'";
  bool isLstsq = kind == LinalgFactorKind::lstsq;
  if (!isLstsq && (getB() || getRcond()))
    return emitOpError("'") << name << "' takes one operand";
  Type b = getB() ? getB().getType() : Type();
  SmallVector<Type> expected =
      inferResultTypes(kind, getFull(), getA().getType(), b);
  if (expected.empty())
    return emitOpError("'") << name
                            << "' takes a 2-d f32, f64 or complex array"
                            << (isLstsq ? "" : " or a stack of them")
                            << (isLstsq ? " and a 1-d or 2-d array of the "
                                          "same element type"
                                        : "")
                            << ", got " << getOperands().getTypes();
  if (!llvm::equal(getResults().getTypes(), expected))
    return emitOpError("result types ")
           << getResults().getTypes() << " do not match the inferred types "
           << TypeRange(expected);
  return success();
}

void LinalgFactorOp::getEffects(EffectList &effects) {
  for (OpOperand &operand : getOperation()->getOpOperands())
    if (isa<MemRefType>(operand.get().getType()))
      effects.emplace_back(MemoryEffects::Read::get(), &operand,
                           SideEffects::DefaultResource::get());
  for (OpResult result : getOperation()->getResults())
    if (isa<MemRefType>(result.getType())) {
      effects.emplace_back(MemoryEffects::Allocate::get(), result,
                           SideEffects::DefaultResource::get());
      effects.emplace_back(MemoryEffects::Write::get(), result,
                           SideEffects::DefaultResource::get());
    }
  // Non-square or mismatched operands, non-convergence; no LAPACK.
  addRaiseEffect(effects);
}
