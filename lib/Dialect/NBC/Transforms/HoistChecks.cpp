//===- HoistChecks.cpp - The nbc-hoist-checks pass ------------------------===//
//
// nbc.load/nbc.store directly in the body of an nbc.range with step 1 and
// no break, on a loop-invariant array, indexed on every axis by
// `iv (+|-) invariant` or by an invariant: one range check before the loop
// (the first and last index must be in [-n, n)) replaces the check in
// every iteration. When every index is provably non-negative the access
// also drops its wraparound, so the lowered loop is plain unit-stride
// memory access that vectorizes.
//
//===----------------------------------------------------------------------===//

#include "nbc/Dialect/NBC/Transforms/Passes.h"

#include "mlir/IR/Matchers.h"
#include "nbc/Dialect/NBC/IR/NBCOps.h"

namespace mlir::nbc {
#define GEN_PASS_DEF_NBCHOISTCHECKS
#include "nbc/Dialect/NBC/Transforms/Passes.h.inc"
} // namespace mlir::nbc

using namespace mlir;
using namespace mlir::nbc;

namespace {
/// One axis of an access: index = iv * ivCoeff + offset (ivCoeff 0 or 1;
/// offset null means 0; negated offsets come from `iv - c`).
struct AxisIndex {
  bool usesIv = false;
  Value offset;
  bool negateOffset = false;
};
} // namespace

static std::optional<AxisIndex> matchAxis(Value index, RangeOp range) {
  Value iv = range.getInductionVar();
  auto invariant = [&](Value v) {
    return v != iv && range.isDefinedOutsideOfLoop(v);
  };
  if (index == iv)
    return AxisIndex{true, {}, false};
  if (invariant(index))
    return AxisIndex{false, index, false};
  if (auto add = index.getDefiningOp<AddOp>()) {
    if (add.getLhs() == iv && invariant(add.getRhs()))
      return AxisIndex{true, add.getRhs(), false};
    if (add.getRhs() == iv && invariant(add.getLhs()))
      return AxisIndex{true, add.getLhs(), false};
  }
  if (auto sub = index.getDefiningOp<SubOp>())
    if (sub.getLhs() == iv && invariant(sub.getRhs()))
      return AxisIndex{true, sub.getRhs(), true};
  return std::nullopt;
}

static bool isNonNegativeConstant(Value v) {
  APInt value;
  return v && matchPattern(v, m_ConstantInt(&value)) && !value.isNegative();
}

template <typename OpTy>
static void hoistAccess(OpTy op, RangeOp range) {
  if (!op.checksBounds() ||
      op->getParentOp() != range.getOperation() ||
      !range.isDefinedOutsideOfLoop(op.getArray()) ||
      range.getYield().getBreakCond())
    return;
  APInt step;
  Type si64 = IntegerType::get(op.getContext(), 64, IntegerType::Signed);
  if (!matchPattern(range.getStep(), m_ConstantInt(&step)) || !step.isOne() ||
      range.getStart().getType() != si64)
    return;
  SmallVector<AxisIndex> axes;
  for (Value index : op.getIndices()) {
    if (index.getType() != si64)
      return;
    std::optional<AxisIndex> axis = matchAxis(index, range);
    if (!axis)
      return;
    axes.push_back(*axis);
  }

  OpBuilder b(range);
  Location loc = op.getLoc();
  auto cmp = [&](CmpPredicate pred, Value l, Value r) {
    return CmpOp::create(b, loc, pred, l, r).getResult();
  };
  Value one = ConstantOp::create(b, loc, si64, b.getIntegerAttr(si64, 1));
  Value zero = ConstantOp::create(b, loc, si64, b.getIntegerAttr(si64, 0));
  Value start = range.getStart();
  Value last = SubOp::create(b, loc, range.getStop(), one);
  Value bad;
  bool nonNegative = true;
  for (auto [axis, info] : llvm::enumerate(axes)) {
    Value n = DimOp::create(b, loc, op.getArray(), axis);
    // Without wraparound only [0, n) is valid.
    Value negN = op.wrapsAround() ? SubOp::create(b, loc, zero, n).getResult()
                                  : zero;
    auto shifted = [&](Value base) -> Value {
      if (!info.offset)
        return base;
      if (!info.usesIv)
        return info.offset;
      return info.negateOffset
                 ? SubOp::create(b, loc, base, info.offset).getResult()
                 : AddOp::create(b, loc, base, info.offset).getResult();
    };
    Value lo = shifted(start), hi = shifted(last);
    Value out = OrOp::create(b, loc, cmp(CmpPredicate::lt, lo, negN),
                             cmp(CmpPredicate::ge, hi, n));
    bad = bad ? OrOp::create(b, loc, bad, out).getResult() : out;
    bool loNonNeg = info.usesIv
                        ? isNonNegativeConstant(start) &&
                              (!info.offset ||
                               (!info.negateOffset &&
                                isNonNegativeConstant(info.offset)))
                        : isNonNegativeConstant(info.offset);
    nonNegative &= loNonNeg;
  }
  Value nonEmpty = cmp(CmpPredicate::lt, start, range.getStop());
  Value raise = AndOp::create(b, loc, nonEmpty, bad);
  RaiseIfOp::create(b, loc, raise, ExceptionKind::IndexError,
                    "index out of bounds");
  op.setNoboundscheck(true);
  if (nonNegative)
    op.setNowrap(true);
}

namespace {
struct NBCHoistChecks : public nbc::impl::NBCHoistChecksBase<NBCHoistChecks> {
  void runOnOperation() override {
    getOperation().walk([&](Operation *op) {
      auto range = dyn_cast_or_null<RangeOp>(op->getParentOp());
      if (!range)
        return;
      if (auto load = dyn_cast<LoadOp>(op))
        hoistAccess(load, range);
      else if (auto store = dyn_cast<StoreOp>(op))
        hoistAccess(store, range);
    });
  }
};
} // namespace
