//===- ElideDomainChecks.cpp - The nbc-elide-domain-checks pass -----------===//
//
// nbc.math sqrt checks its operand for CPython's "math domain error" under
// error_model = python. An operand that is provably never ordered below zero
// (>= 0, -0.0 or NaN: none raise) needs no check, and without the check's
// branch the loop around it vectorizes: sqrt of a sum of squares becomes
// the unchecked math.sqrt.
//
//===----------------------------------------------------------------------===//

#include "nbc/Dialect/NBC/Transforms/Passes.h"

#include "mlir/Dialect/Math/IR/Math.h"
#include "mlir/Dialect/SCF/IR/SCF.h"
#include "mlir/IR/Matchers.h"
#include "mlir/Interfaces/LoopLikeInterface.h"
#include "nbc/Dialect/NBC/IR/NBCOps.h"

namespace mlir::nbc {
#define GEN_PASS_DEF_NBCELIDEDOMAINCHECKS
#include "nbc/Dialect/NBC/Transforms/Passes.h.inc"
} // namespace mlir::nbc

using namespace mlir;
using namespace mlir::nbc;

namespace {
/// Proves float values never ordered below zero by their def-use chains.
class NonNegativeProver {
public:
  bool prove(Value v) { return prove(v, 0); }

private:
  static constexpr unsigned maxDepth = 12;
  /// Loop-carried values assumed non-negative while their update is checked.
  llvm::SmallPtrSet<Value, 4> assumed;

  bool proveAll(ValueRange values, unsigned depth) {
    return llvm::all_of(values, [&](Value v) { return prove(v, depth); });
  }

  /// A value carried by a loop: its initial value, and the value yielded
  /// for it with the carried value assumed non-negative (induction).
  bool proveCarried(LoopLikeOpInterface loop, BlockArgument arg,
                    unsigned depth) {
    OpOperand *init = loop.getTiedLoopInit(arg);
    OpOperand *yielded = loop.getTiedLoopYieldedValue(arg);
    if (!init || !yielded || !prove(init->get(), depth))
      return false;
    if (!assumed.insert(arg).second)
      return true;
    bool proved = prove(yielded->get(), depth);
    assumed.erase(arg);
    return proved;
  }

  bool proveOperation(Operation *op, unsigned resultIndex, unsigned depth) {
    if (auto loop = dyn_cast<LoopLikeOpInterface>(op)) {
      auto results = loop.getLoopResults();
      if (!results)
        return false;
      BlockArgument arg =
          loop.getTiedLoopRegionIterArg((*results)[resultIndex]);
      return arg && proveCarried(loop, arg, depth);
    }
    if (auto ifOp = dyn_cast<scf::IfOp>(op))
      return prove(ifOp.thenYield().getOperand(resultIndex), depth) &&
             prove(ifOp.elseYield().getOperand(resultIndex), depth);
    if (auto mul = dyn_cast<MulOp>(op))
      return mul.getLhs() == mul.getRhs() ||
             proveAll({mul.getLhs(), mul.getRhs()}, depth);
    if (isa<AddOp>(op))
      return proveAll(op->getOperands(), depth);
    if (auto div = dyn_cast<TrueDivOp>(op))
      return isa<FloatType>(div.getLhs().getType()) &&
             isa<FloatType>(div.getRhs().getType()) &&
             proveAll(op->getOperands(), depth);
    if (auto select = dyn_cast<SelectOp>(op))
      return proveAll({select.getTrueValue(), select.getFalseValue()}, depth);
    if (isa<AbsOp>(op))
      return true;
    if (auto math = dyn_cast<MathOp>(op)) {
      switch (math.getFn()) {
      case MathFn::sqrt:
        return prove(math.getOperand(), depth);
      case MathFn::exp:
      case MathFn::exp2:
      case MathFn::cosh:
        return true;
      default:
        return false;
      }
    }
    if (auto math2 = dyn_cast<Math2Op>(op))
      return math2.getFn() == MathFn2::hypot;
    if (auto pow = dyn_cast<PowOp>(op)) {
      APInt exponent;
      FloatAttr floatExponent;
      if (matchPattern(pow.getRhs(), m_ConstantInt(&exponent)))
        return !exponent[0] || prove(pow.getLhs(), depth);
      if (matchPattern(pow.getRhs(), m_Constant(&floatExponent))) {
        double n = floatExponent.getValueAsDouble();
        if (std::trunc(n) == n && std::fmod(n, 2.0) == 0.0)
          return true;
      }
      return prove(pow.getLhs(), depth);
    }
    return false;
  }

  bool prove(Value v, unsigned depth) {
    if (!isa<FloatType>(v.getType()) || depth > maxDepth)
      return false;
    FloatAttr constant;
    if (matchPattern(v, m_Constant(&constant)))
      return !constant.getValue().isNegative() || constant.getValue().isNaN() ||
             constant.getValue().isZero();
    if (auto arg = dyn_cast<BlockArgument>(v)) {
      if (assumed.contains(arg))
        return true;
      auto loop = dyn_cast<LoopLikeOpInterface>(arg.getOwner()->getParentOp());
      return loop && proveCarried(loop, arg, depth + 1);
    }
    return proveOperation(v.getDefiningOp(), cast<OpResult>(v).getResultNumber(),
                          depth + 1);
  }
};

struct ElideDomainChecksPass
    : public nbc::impl::NBCElideDomainChecksBase<ElideDomainChecksPass> {
  void runOnOperation() override {
    NonNegativeProver prover;
    getOperation().walk([&](MathOp op) {
      if (op.getFn() != MathFn::sqrt || !prover.prove(op.getOperand()))
        return;
      OpBuilder b(op);
      op.replaceAllUsesWith(
          math::SqrtOp::create(b, op.getLoc(), op.getOperand()).getResult());
      op.erase();
    });
  }
};
} // namespace
