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
/// One axis of an access: index = ivs[dim] (+|-) offset, or offset alone
/// when dim < 0 (offset null means 0).
struct AxisIndex {
  int dim = -1;
  Value offset;
  bool negateOffset = false;
};

/// The unit-step dimensions of an nbc.range or nbc.prange.
struct LoopInfo {
  Operation *loop;
  SmallVector<Value> ivs, starts, stops;
  SmallVector<bool> unitStep;

  bool isInvariant(Value v) const {
    return !llvm::is_contained(ivs, v) &&
           cast<LoopLikeOpInterface>(loop).isDefinedOutsideOfLoop(v);
  }
  int dimOf(Value v) const {
    for (auto [d, iv] : llvm::enumerate(ivs))
      if (iv == v && unitStep[d])
        return d;
    return -1;
  }
};
} // namespace

static bool isUnitStep(Value step) {
  APInt value;
  return matchPattern(step, m_ConstantInt(&value)) && value.isOne();
}

static std::optional<LoopInfo> getLoopInfo(Operation *op) {
  if (auto range = dyn_cast<RangeOp>(op)) {
    if (range.getYield().getBreakCond())
      return std::nullopt; // A break may end the loop before the last index.
    return LoopInfo{op,
                    {range.getInductionVar()},
                    {range.getStart()},
                    {range.getStop()},
                    {isUnitStep(range.getStep())}};
  }
  if (auto prange = dyn_cast<PRangeOp>(op)) {
    LoopInfo info{op,
                  SmallVector<Value>(prange.getInductionVars()),
                  llvm::to_vector(prange.getStarts()),
                  llvm::to_vector(prange.getStops()),
                  {}};
    for (Value step : prange.getSteps())
      info.unitStep.push_back(isUnitStep(step));
    // With another step, an empty dimension is not a simple comparison.
    if (!llvm::all_of(info.unitStep, [](bool unit) { return unit; }))
      return std::nullopt;
    return info;
  }
  return std::nullopt;
}

static std::optional<AxisIndex> matchAxis(Value index, const LoopInfo &loop) {
  auto invariant = [&](Value v) { return loop.isInvariant(v); };
  if (int d = loop.dimOf(index); d >= 0)
    return AxisIndex{d, {}, false};
  if (invariant(index))
    return AxisIndex{-1, index, false};
  if (auto add = index.getDefiningOp<AddOp>()) {
    if (int d = loop.dimOf(add.getLhs()); d >= 0 && invariant(add.getRhs()))
      return AxisIndex{d, add.getRhs(), false};
    if (int d = loop.dimOf(add.getRhs()); d >= 0 && invariant(add.getLhs()))
      return AxisIndex{d, add.getLhs(), false};
  }
  if (auto sub = index.getDefiningOp<SubOp>())
    if (int d = loop.dimOf(sub.getLhs()); d >= 0 && invariant(sub.getRhs()))
      return AxisIndex{d, sub.getRhs(), true};
  return std::nullopt;
}

static bool isNonNegativeConstant(Value v) {
  APInt value;
  return v && matchPattern(v, m_ConstantInt(&value)) && !value.isNegative();
}

/// Whether `start (+|-) offset` is a constant >= 0.
static bool firstIndexNonNegative(Value start, const AxisIndex &info) {
  APInt first, offset;
  if (!matchPattern(start, m_ConstantInt(&first)))
    return false;
  if (!info.offset)
    return !first.isNegative();
  if (!matchPattern(info.offset, m_ConstantInt(&offset)))
    return false;
  int64_t lo = info.negateOffset ? first.getSExtValue() - offset.getSExtValue()
                                 : first.getSExtValue() + offset.getSExtValue();
  return lo >= 0;
}

/// An access without bounds checks (boundscheck=False) still wraps negative
/// indices; when every index is `iv (+|-) c` counting up from a
/// non-negative first index, or a non-negative constant, none is negative
/// and the wrap can go, which leaves the loop vectorizable.
template <typename OpTy>
static void dropWraparound(OpTy op, const LoopInfo &loop) {
  Type si64 = IntegerType::get(op.getContext(), 64, IntegerType::Signed);
  for (Value index : op.getIndices()) {
    if (index.getType() != si64)
      return;
    std::optional<AxisIndex> axis = matchAxis(index, loop);
    if (!axis)
      return;
    if (axis->dim >= 0 ? !firstIndexNonNegative(loop.starts[axis->dim], *axis)
                       : !isNonNegativeConstant(axis->offset))
      return;
  }
  op.setNowrap(true);
}

template <typename OpTy>
static void hoistAccess(OpTy op, const LoopInfo &loop) {
  if (op->getParentOp() != loop.loop || !loop.isInvariant(op.getArray()))
    return;
  if (!op.checksBounds()) {
    if (op.wrapsAround())
      dropWraparound(op, loop);
    return;
  }
  Type si64 = IntegerType::get(op.getContext(), 64, IntegerType::Signed);
  if (loop.starts.front().getType() != si64)
    return;
  SmallVector<AxisIndex> axes;
  for (Value index : op.getIndices()) {
    if (index.getType() != si64)
      return;
    std::optional<AxisIndex> axis = matchAxis(index, loop);
    if (!axis)
      return;
    axes.push_back(*axis);
  }

  OpBuilder b(loop.loop);
  Location loc = op.getLoc();
  auto cmp = [&](CmpPredicate pred, Value l, Value r) {
    return CmpOp::create(b, loc, pred, l, r).getResult();
  };
  Value one = ConstantOp::create(b, loc, si64, b.getIntegerAttr(si64, 1));
  Value zero = ConstantOp::create(b, loc, si64, b.getIntegerAttr(si64, 0));
  Value bad, nonEmpty;
  bool nonNegative = true;
  for (unsigned axis = 0; axis < axes.size(); ++axis) {
    const AxisIndex &info = axes[axis];
    Value n = DimOp::create(b, loc, op.getArray(), (int64_t)axis);
    // Without wraparound only [0, n) is valid.
    Value negN =
        op.wrapsAround() ? SubOp::create(b, loc, zero, n).getResult() : zero;
    Value lo = info.offset, hi = info.offset;
    if (info.dim >= 0) {
      Value start = loop.starts[info.dim];
      Value last = SubOp::create(b, loc, loop.stops[info.dim], one);
      auto shifted = [&](Value base) -> Value {
        if (!info.offset)
          return base;
        return info.negateOffset
                   ? SubOp::create(b, loc, base, info.offset).getResult()
                   : AddOp::create(b, loc, base, info.offset).getResult();
      };
      lo = shifted(start);
      hi = shifted(last);
      nonNegative &= firstIndexNonNegative(start, info);
    } else if (!isNonNegativeConstant(info.offset) && op.wrapsAround()) {
      // Wrap the invariant index once before the loop; once the check
      // passed it lies in [0, n), so the access itself needs no wrap.
      Value isNeg = cmp(CmpPredicate::lt, info.offset, zero);
      Value fromEnd = AddOp::create(b, loc, info.offset, n);
      Value wrapped = SelectOp::create(b, loc, isNeg, fromEnd, info.offset);
      op.getIndicesMutable()[axis].assign(wrapped);
    }
    // `range(k, len(a))` with k >= 0 indexing `a` directly: always in range
    // (lengths are never negative), so no check at all.
    if (info.dim >= 0 && !info.offset &&
        isNonNegativeConstant(loop.starts[info.dim]))
      if (auto stopDim = loop.stops[info.dim].getDefiningOp<DimOp>())
        if (stopDim.getArray() == op.getArray() && stopDim.getAxis() == axis)
          continue;
    Value out = OrOp::create(b, loc, cmp(CmpPredicate::lt, lo, negN),
                             cmp(CmpPredicate::ge, hi, n));
    bad = bad ? OrOp::create(b, loc, bad, out).getResult() : out;
  }
  // The loop runs at all only if every dimension is non-empty.
  for (auto [start, stop, unit] :
       llvm::zip(loop.starts, loop.stops, loop.unitStep)) {
    if (!unit)
      continue;
    Value dimNonEmpty = cmp(CmpPredicate::lt, start, stop);
    nonEmpty = nonEmpty
                   ? AndOp::create(b, loc, nonEmpty, dimNonEmpty).getResult()
                   : dimNonEmpty;
  }
  op.setNoboundscheck(true);
  if (nonNegative)
    op.setNowrap(true);
  if (!bad || !nonEmpty)
    return;
  Value raise = AndOp::create(b, loc, nonEmpty, bad);
  RaiseIfOp::create(b, loc, raise, ExceptionKind::IndexError,
                    "index out of bounds");
}

namespace {
struct NBCHoistChecks : public nbc::impl::NBCHoistChecksBase<NBCHoistChecks> {
  void runOnOperation() override {
    getOperation().walk([&](Operation *op) {
      if (!isa<LoadOp, StoreOp>(op) || !op->getParentOp())
        return;
      std::optional<LoopInfo> loop = getLoopInfo(op->getParentOp());
      if (!loop)
        return;
      if (auto load = dyn_cast<LoadOp>(op))
        hoistAccess(load, *loop);
      else
        hoistAccess(cast<StoreOp>(op), *loop);
    });
  }
};
} // namespace
