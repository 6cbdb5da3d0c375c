//===- DivideByInvariant.cpp - The nbc-divide-by-invariant pass -----------===//
//
// `total += a[i] // d` with a run-time `d` divides once per element: a
// 64-bit idiv, 10-20 cycles on current x86 (LLVM's 32-bit bypass helps only
// dividends and divisors that are non-negative and below 2^32). With `d`
// fixed for the whole loop, the quotient is a multiply-high by a constant
// the runtime computes once before the loop (Hacker's Delight, 10-4):
//   q = (mulhs(n, M) + (n * sign(d) if add)) >> s;  n / d = q + (q < 0)
// and the remainder is n - q * d. d in {-1, 0, 1} takes M = 0 and no
// rounding step (divsi leaves 0 undefined; nbc's lowering never divides by
// 0 or -1). An scf.for is versioned on its trip count: runs shorter than
// kMinTrips keep the division. Constant divisors are left to LLVM, which
// does the same.
//
//===----------------------------------------------------------------------===//

#include "nbc/Transforms/Passes.h"
#include "nbc/Transforms/ExternalCalls.h"

#include "mlir/Dialect/SCF/IR/SCF.h"
#include "mlir/IR/Matchers.h"
#include "mlir/Interfaces/LoopLikeInterface.h"
#include "mlir/Transforms/LoopInvariantCodeMotionUtils.h"
#include "nbc/Runtime/NBCRuntime.h"
#include "llvm/ADT/MapVector.h"

namespace mlir::nbc {
#define GEN_PASS_DEF_NBCDIVIDEBYINVARIANT
#include "nbc/Transforms/Passes.h.inc"
} // namespace mlir::nbc

using namespace mlir;
using namespace mlir::nbc;

namespace {

/// The loop-invariant parts of `n / d`, built before the loop.
struct Divisor {
  Value divisor, multiplier, shift, negMask, addMask, round;
};

/// The outermost loop around `op` that does not define `divisor`, or null.
Operation *outermostInvariantLoop(Operation *op, Value divisor) {
  Operation *outermost = nullptr;
  for (Operation *parent = op->getParentOp(); parent;
       parent = parent->getParentOp()) {
    auto loop = dyn_cast<LoopLikeOpInterface>(parent);
    if (!loop)
      continue;
    if (!loop.isDefinedOutsideOfLoop(divisor))
      break;
    outermost = parent;
  }
  return outermost;
}

Value constI64(OpBuilder &b, Location loc, int64_t value) {
  return arith::ConstantOp::create(b, loc, b.getI64IntegerAttr(value));
}

Divisor buildDivisor(OpBuilder &b, Location loc, Value d, func::FuncOp mul,
                     func::FuncOp shift) {
  Value m = func::CallOp::create(b, loc, mul, d).getResult(0);
  Value packed = func::CallOp::create(b, loc, shift, d).getResult(0);
  auto flag = [&](int64_t bit) {
    Value set = arith::AndIOp::create(b, loc, packed, constI64(b, loc, bit));
    return arith::ShRUIOp::create(
        b, loc, set, constI64(b, loc, llvm::countr_zero((uint64_t)bit)));
  };
  Value s = arith::AndIOp::create(b, loc, packed, constI64(b, loc, 63));
  Value addMask =
      arith::SubIOp::create(b, loc, constI64(b, loc, 0), flag(NBC_SDIV64_ADD));
  Value negMask = arith::ShRSIOp::create(b, loc, d, constI64(b, loc, 63));
  return {d, m, s, negMask, addMask, flag(NBC_SDIV64_ROUND)};
}

/// n / d, truncating, from the divisor's constants.
Value buildQuotient(OpBuilder &b, Location loc, Value n, const Divisor &d) {
  Value high =
      arith::MulSIExtendedOp::create(b, loc, n, d.multiplier).getHigh();
  // n * sign(d) without a multiply: (n ^ neg) - neg.
  Value signedN = arith::SubIOp::create(
      b, loc, arith::XOrIOp::create(b, loc, n, d.negMask), d.negMask);
  Value q = arith::AddIOp::create(
      b, loc, high, arith::AndIOp::create(b, loc, signedN, d.addMask));
  q = arith::ShRSIOp::create(b, loc, q, d.shift);
  Value negative = arith::ShRUIOp::create(b, loc, q, constI64(b, loc, 63));
  return arith::AddIOp::create(
      b, loc, q, arith::AndIOp::create(b, loc, negative, d.round));
}

/// Loops shorter than this keep the division: the two runtime calls
/// (~15 ns) would cost more than the multiplies save.
constexpr int64_t kMinTrips = 16;

/// `scf.if (ub - lb >= kMinTrips * step)` over `loop` (which the caller
/// rewrites) and an untouched copy of it, for short runs. Both compute the
/// same values, so a wrong guess (an overflowing product) costs only time.
void versionShortLoop(scf::ForOp loop) {
  OpBuilder b(loop);
  Location loc = loop.getLoc();
  Type type = loop.getStep().getType();
  auto constant = [&](int64_t value) -> Value {
    if (type.isIndex())
      return arith::ConstantIndexOp::create(b, loc, value);
    return arith::ConstantOp::create(b, loc, b.getIntegerAttr(type, value));
  };
  Value span =
      arith::SubIOp::create(b, loc, loop.getUpperBound(), loop.getLowerBound());
  Value least =
      arith::MulIOp::create(b, loc, loop.getStep(), constant(kMinTrips));
  Value isLong =
      arith::CmpIOp::create(b, loc, arith::CmpIPredicate::sge, span, least);
  auto branch = scf::IfOp::create(b, loc, loop.getResultTypes(), isLong,
                                  /*withElseRegion=*/true);
  loop->replaceAllUsesWith(branch.getResults());
  auto place = [&](Block *block, Operation *op) {
    if (!block->empty() && block->back().hasTrait<OpTrait::IsTerminator>())
      block->back().erase();
    if (op->getBlock())
      op->moveBefore(block, block->end());
    else
      block->push_back(op);
    OpBuilder end = OpBuilder::atBlockEnd(block);
    scf::YieldOp::create(end, loc, op->getResults());
  };
  Operation *copy = loop->clone();
  place(branch.elseBlock(), copy);
  place(branch.thenBlock(), loop);
}

struct NBCDivideByInvariant
    : public nbc::impl::NBCDivideByInvariantBase<NBCDivideByInvariant> {
  void runOnOperation() override {
    ModuleOp module = getOperation();
    // Invariant divisors (`d == 0 ? 1 : d`, as the lowering guards it) out
    // of the loops first, innermost loops first.
    SmallVector<Operation *> candidates;
    module.walk([&](Operation *op) {
      if (!isa<arith::DivSIOp, arith::RemSIOp>(op) ||
          !op->getResult(0).getType().isInteger(64) ||
          !op->getParentOfType<LoopLikeOpInterface>() ||
          matchPattern(op->getOperand(1), m_Constant()))
        return;
      candidates.push_back(op);
    });
    if (candidates.empty())
      return;
    DenseSet<Operation *> enclosing;
    for (Operation *op : candidates)
      for (auto loop = op->getParentOfType<LoopLikeOpInterface>(); loop;
           loop = loop->getParentOfType<LoopLikeOpInterface>())
        enclosing.insert(loop);
    module.walk([&](LoopLikeOpInterface loop) {
      if (enclosing.contains(loop))
        moveLoopInvariantCode(loop);
    });

    // The divisions by loop: the constants are built before it.
    llvm::MapVector<Operation *, SmallVector<Operation *>> byLoop;
    for (Operation *op : candidates) {
      Value d = op->getOperand(1);
      if (matchPattern(d, m_Constant()))
        continue;
      if (Operation *loop = outermostInvariantLoop(op, d))
        byLoop[loop].push_back(op);
    }
    if (byLoop.empty())
      return;
    OpBuilder builder(module.getContext());
    Type i64 = builder.getI64Type();
    FunctionType runtimeType = builder.getFunctionType({i64}, {i64});
    Operation *first = byLoop.front().second.front();
    FailureOr<func::FuncOp> mul = lookupOrDeclareExternal(
        builder, first, "nbc_rt_sdiv64_multiplier", runtimeType, "nbc's runtime");
    FailureOr<func::FuncOp> shift = lookupOrDeclareExternal(
        builder, first, "nbc_rt_sdiv64_shift", runtimeType, "nbc's runtime");
    if (failed(mul) || failed(shift))
      return signalPassFailure();
    for (auto &[loop, ops] : byLoop) {
      if (auto forOp = dyn_cast<scf::ForOp>(loop))
        versionShortLoop(forOp);
      DenseMap<Value, Divisor> divisors;
      for (Operation *op : ops)
        rewrite(op, loop, divisors, *mul, *shift);
    }
  }

  /// `op` (divsi or remsi) by the multiply, its divisor's constants built
  /// before `loop` once.
  static void rewrite(Operation *op, Operation *loop,
                      DenseMap<Value, Divisor> &divisors, func::FuncOp mul,
                      func::FuncOp shift) {
    Value n = op->getOperand(0), d = op->getOperand(1);
    auto [it, inserted] = divisors.try_emplace(d);
    if (inserted) {
      OpBuilder before(loop);
      it->second = buildDivisor(before, loop->getLoc(), d, mul, shift);
    }
    OpBuilder b(op);
    Location loc = op->getLoc();
    Value q = buildQuotient(b, loc, n, it->second);
    if (isa<arith::RemSIOp>(op))
      q = arith::SubIOp::create(b, loc, n, arith::MulIOp::create(b, loc, q, d));
    op->getResult(0).replaceAllUsesWith(q);
    op->erase();
  }
};
} // namespace
