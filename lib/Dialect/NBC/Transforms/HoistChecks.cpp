//===- HoistChecks.cpp - The nbc-hoist-checks pass ------------------------===//
//
// nbc.load/nbc.store directly in the body of an nbc.range with a constant
// step of either sign and no break (or an nbc.prange with steps 1), on a
// loop-invariant array, indexed on every axis by `iv (+|-) invariant` or by
// an invariant: one range check before the loop (the lowest and highest
// index must be in [-n, n), Python's negative indices included) replaces
// the check in every iteration. When every index is provably non-negative
// the access also drops its wraparound, so the lowered loop is plain
// memory access that vectorizes.
//
//===----------------------------------------------------------------------===//

#include "nbc/Dialect/NBC/Transforms/Passes.h"

#include "mlir/IR/Matchers.h"
#include "llvm/Support/CheckedArithmetic.h"
#include "llvm/Support/MathExtras.h"
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

/// The dimensions of an nbc.range or nbc.prange with their constant steps
/// (0: not constant).
struct LoopInfo {
  Operation *loop;
  SmallVector<Value> ivs, starts, stops;
  SmallVector<int64_t> steps;

  bool isInvariant(Value v) const {
    return !llvm::is_contained(ivs, v) &&
           cast<LoopLikeOpInterface>(loop).isDefinedOutsideOfLoop(v);
  }
  int dimOf(Value v) const {
    for (auto [d, iv] : llvm::enumerate(ivs))
      if (iv == v && steps[d] != 0)
        return d;
    return -1;
  }
};
} // namespace

static int64_t constantStep(Value step) {
  APInt value;
  if (!matchPattern(step, m_ConstantInt(&value)) ||
      value.getSignificantBits() > 63)
    return 0;
  return value.getSExtValue();
}

static std::optional<LoopInfo> getLoopInfo(Operation *op) {
  if (auto range = dyn_cast<RangeOp>(op)) {
    if (range.getYield().getBreakCond())
      return std::nullopt; // A break may end the loop before the last index.
    return LoopInfo{op,
                    {range.getInductionVar()},
                    {range.getStart()},
                    {range.getStop()},
                    {constantStep(range.getStep())}};
  }
  if (auto prange = dyn_cast<PRangeOp>(op)) {
    LoopInfo info{op,
                  SmallVector<Value>(prange.getInductionVars()),
                  llvm::to_vector(prange.getStarts()),
                  llvm::to_vector(prange.getStops()),
                  {}};
    for (Value step : prange.getSteps())
      info.steps.push_back(constantStep(step));
    // Parallel dimensions only with steps 1.
    if (!llvm::all_of(info.steps, [](int64_t step) { return step == 1; }))
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

static std::optional<int64_t> constantValue(Value v) {
  APInt value;
  if (!v || !matchPattern(v, m_ConstantInt(&value)) ||
      value.getSignificantBits() > 62)
    return std::nullopt;
  return value.getSExtValue();
}

/// A constant lower bound of the integer `v`, in exact arithmetic, from
/// constants, array lengths (>= 0), the induction variables of enclosing
/// loops that count up, + - * // min max: `c * step` of a prange over chunks
/// with `step = (len(a) + 15) // 16` is >= 0, so `a[i]` of
/// `for i in range(c * step, ...)` needs no wraparound. (A value past i64,
/// where the machine's arithmetic wraps, would index out of bounds anyway.)
static std::optional<int64_t> lowerBound(Value v, unsigned depth = 0) {
  if (!v || depth > 12 || !v.getType().isInteger())
    return std::nullopt;
  if (std::optional<int64_t> c = constantValue(v))
    return c;
  if (v.getDefiningOp<DimOp>())
    return 0;
  auto bound = [&](Value x) { return lowerBound(x, depth + 1); };
  auto both = [&](Value l, Value r)
      -> std::optional<std::pair<int64_t, int64_t>> {
    std::optional<int64_t> a = bound(l), b = bound(r);
    if (!a || !b)
      return std::nullopt;
    return std::make_pair(*a, *b);
  };
  Operation *def = v.getDefiningOp();
  if (auto add = dyn_cast_or_null<AddOp>(def)) {
    if (auto ab = both(add.getLhs(), add.getRhs()))
      return llvm::checkedAdd(ab->first, ab->second);
    return std::nullopt;
  }
  if (auto sub = dyn_cast_or_null<SubOp>(def)) {
    std::optional<int64_t> a = bound(sub.getLhs());
    std::optional<int64_t> c = constantValue(sub.getRhs());
    if (!a || !c)
      return std::nullopt;
    return llvm::checkedSub(*a, *c);
  }
  if (auto mul = dyn_cast_or_null<MulOp>(def)) {
    // Of two non-negative factors the product is at least theirs.
    auto ab = both(mul.getLhs(), mul.getRhs());
    if (!ab || ab->first < 0 || ab->second < 0)
      return std::nullopt;
    return llvm::checkedMul(ab->first, ab->second);
  }
  if (auto div = dyn_cast_or_null<FloorDivOp>(def)) {
    std::optional<int64_t> a = bound(div.getLhs());
    std::optional<int64_t> c = constantValue(div.getRhs());
    if (!a || !c || *c <= 0)
      return std::nullopt;
    return llvm::divideFloorSigned(*a, *c);
  }
  if (auto min = dyn_cast_or_null<MinOp>(def)) {
    if (auto ab = both(min.getLhs(), min.getRhs()))
      return std::min(ab->first, ab->second);
    return std::nullopt;
  }
  if (auto max = dyn_cast_or_null<MaxOp>(def)) {
    std::optional<int64_t> a = bound(max.getLhs()), b = bound(max.getRhs());
    if (a && b)
      return std::max(*a, *b);
    return a ? a : b;
  }
  auto arg = dyn_cast<BlockArgument>(v);
  if (!arg)
    return std::nullopt;
  Operation *owner = arg.getOwner()->getParentOp();
  if (auto range = dyn_cast<RangeOp>(owner))
    if (arg == range.getInductionVar() && constantStep(range.getStep()) > 0)
      return bound(range.getStart());
  if (auto prange = dyn_cast<PRangeOp>(owner))
    for (auto [iv, start, step] : llvm::zip(prange.getInductionVars(),
                                            prange.getStarts(),
                                            prange.getSteps()))
      if (arg == iv && constantStep(step) > 0)
        return bound(start);
  return std::nullopt;
}

static bool isKnownNonNegative(Value v) {
  std::optional<int64_t> lo = lowerBound(v);
  return lo && *lo >= 0;
}

/// Whether `bound + bias (+|-) offset` is known to be >= 0: the lowest
/// index is `start (+|-) offset` with a positive step; with a negative step
/// the last iv is at least `stop + 1`.
static bool lowestIndexNonNegative(Value bound, int64_t bias,
                                   const AxisIndex &info) {
  std::optional<int64_t> first = lowerBound(bound);
  if (!first)
    return false;
  std::optional<int64_t> lo = llvm::checkedAdd(*first, bias);
  if (lo && info.offset)
    lo = info.negateOffset
             ? (constantValue(info.offset)
                    ? llvm::checkedSub(*lo, *constantValue(info.offset))
                    : std::nullopt)
             : (lowerBound(info.offset)
                    ? llvm::checkedAdd(*lo, *lowerBound(info.offset))
                    : std::nullopt);
  return lo && *lo >= 0;
}

/// An access without bounds checks (boundscheck=False) still wraps negative
/// indices; when every index is `iv (+|-) c` whose lowest value is a
/// non-negative constant, or a non-negative constant, none is negative
/// and the wrap can go, which leaves the loop vectorizable.
/// Every index of an access as `iv (+|-) invariant` or an invariant, if
/// they all are (si64).
static std::optional<SmallVector<AxisIndex>> matchAxes(ValueRange indices,
                                                       const LoopInfo &loop) {
  SmallVector<AxisIndex> axes;
  for (Value index : indices) {
    if (!index.getType().isSignedInteger(64))
      return std::nullopt;
    std::optional<AxisIndex> axis = matchAxis(index, loop);
    if (!axis)
      return std::nullopt;
    axes.push_back(*axis);
  }
  return axes;
}

/// `index < 0 ? index + n : index` before the loop, for an invariant index
/// on `axis` of the access's array: Python's wraparound computed once.
template <typename OpTy>
static Value wrapBeforeLoop(OpTy op, const LoopInfo &loop, unsigned axis,
                            Value index) {
  OpBuilder b(loop.loop);
  Location loc = op.getLoc();
  Type type = index.getType();
  Value zero = ConstantOp::create(b, loc, type, b.getIntegerAttr(type, 0));
  Value n = DimOp::create(b, loc, op.getArray(), (int64_t)axis);
  Value isNeg = CmpOp::create(b, loc, CmpPredicate::lt, index, zero);
  Value fromEnd = AddOp::create(b, loc, index, n);
  return SelectOp::create(b, loc, isNeg, fromEnd, index);
}

/// `a (+|-) b` computed in the loop body from invariant operands (`i - 1`
/// of an outer loop's i in an inner loop), or null.
static Operation *invariantArithmetic(Value index, const LoopInfo &loop) {
  Operation *def = index.getDefiningOp();
  if (!def || !isa<AddOp, SubOp>(def) || def->getParentOp() != loop.loop ||
      !llvm::all_of(def->getOperands(),
                    [&](Value v) { return loop.isInvariant(v); }))
    return nullptr;
  return def;
}

template <typename OpTy>
static void dropWraparound(OpTy op, const LoopInfo &loop) {
  SmallVector<AxisIndex> axes;
  for (Value index : op.getIndices()) {
    std::optional<AxisIndex> axis = index.getType().isSignedInteger(64)
                                        ? matchAxis(index, loop)
                                        : std::nullopt;
    if (!axis && invariantArithmetic(index, loop))
      axis = AxisIndex{-1, index, false}; // hoisted below
    if (!axis)
      return;
    axes.push_back(*axis);
  }
  SmallVector<unsigned> wrapOnce;
  for (auto [axis, info] : llvm::enumerate(axes)) {
    if (info.dim < 0) {
      // An invariant index not known to be >= 0 (`i - 1` of an outer
      // loop) is wrapped once before the loop: the same value the access
      // would compute in every iteration.
      if (!isKnownNonNegative(info.offset))
        wrapOnce.push_back(axis);
      continue;
    }
    bool nonNegative =
        loop.steps[info.dim] > 0
            ? lowestIndexNonNegative(loop.starts[info.dim], 0, info)
            : lowestIndexNonNegative(loop.stops[info.dim], 1, info);
    if (!nonNegative)
      return;
  }
  for (unsigned axis : wrapOnce) {
    Value index = axes[axis].offset;
    if (Operation *def = invariantArithmetic(index, loop)) {
      OpBuilder b(loop.loop);
      index = b.clone(*def)->getResult(0);
    }
    op.getIndicesMutable()[axis].assign(wrapBeforeLoop(op, loop, axis, index));
  }
  op.setNowrap(true);
}

/// The last value of the iv of `range(start, stop, step)` when the range is
/// not empty: `start + (stop - start - 1) // step * step` for step > 0.
static Value lastIndex(OpBuilder &b, Location loc, Value start, Value stop,
                       int64_t step) {
  Type type = start.getType();
  auto constant = [&](int64_t v) {
    return ConstantOp::create(b, loc, type, b.getIntegerAttr(type, v));
  };
  Value one = constant(1);
  if (step == 1)
    return SubOp::create(b, loc, stop, one);
  if (step == -1)
    return AddOp::create(b, loc, stop, one);
  // The distance to the last iv is a multiple of |step| below the span.
  Value span = step > 0 ? SubOp::create(b, loc, stop, start)
                        : SubOp::create(b, loc, start, stop);
  Value absStep = constant(step > 0 ? step : -step);
  Value steps =
      FloorDivOp::create(b, loc, SubOp::create(b, loc, span, one), absStep);
  Value distance = MulOp::create(b, loc, steps, absStep);
  return step > 0 ? AddOp::create(b, loc, start, distance).getResult()
                  : SubOp::create(b, loc, start, distance).getResult();
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
  // A run-time step: whether the loop runs at all is not one comparison.
  if (loop.starts.front().getType() != si64 ||
      llvm::is_contained(loop.steps, 0))
    return;
  std::optional<SmallVector<AxisIndex>> matched =
      matchAxes(op.getIndices(), loop);
  if (!matched)
    return;
  SmallVector<AxisIndex> axes = std::move(*matched);

  OpBuilder b(loop.loop);
  Location loc = op.getLoc();
  auto cmp = [&](CmpPredicate pred, Value l, Value r) {
    return CmpOp::create(b, loc, pred, l, r).getResult();
  };
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
      Value start = loop.starts[info.dim], stop = loop.stops[info.dim];
      int64_t step = loop.steps[info.dim];
      Value last = lastIndex(b, loc, start, stop, step);
      auto shifted = [&](Value base) -> Value {
        if (!info.offset)
          return base;
        return info.negateOffset
                   ? SubOp::create(b, loc, base, info.offset).getResult()
                   : AddOp::create(b, loc, base, info.offset).getResult();
      };
      lo = shifted(step > 0 ? start : last);
      hi = shifted(step > 0 ? last : start);
      nonNegative &= step > 0 ? lowestIndexNonNegative(start, 0, info)
                              : lowestIndexNonNegative(stop, 1, info);
    } else if (!isKnownNonNegative(info.offset) && op.wrapsAround()) {
      // Wrap the invariant index once before the loop; once the check
      // passed it lies in [0, n), so the access itself needs no wrap.
      op.getIndicesMutable()[axis].assign(
          wrapBeforeLoop(op, loop, axis, info.offset));
    }
    // `range(k, len(a))` with k >= 0 indexing `a` directly: always in range
    // (lengths are never negative), so no check at all.
    if (info.dim >= 0 && !info.offset && loop.steps[info.dim] > 0 &&
        isKnownNonNegative(loop.starts[info.dim]))
      if (auto stopDim = loop.stops[info.dim].getDefiningOp<DimOp>())
        if (stopDim.getArray() == op.getArray() && stopDim.getAxis() == axis)
          continue;
    Value out = OrOp::create(b, loc, cmp(CmpPredicate::lt, lo, negN),
                             cmp(CmpPredicate::ge, hi, n));
    bad = bad ? OrOp::create(b, loc, bad, out).getResult() : out;
  }
  // The loop runs at all only if every dimension is non-empty.
  for (auto [start, stop, step] :
       llvm::zip(loop.starts, loop.stops, loop.steps)) {
    Value dimNonEmpty = step > 0 ? cmp(CmpPredicate::lt, start, stop)
                                 : cmp(CmpPredicate::gt, start, stop);
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
      // In a try body a loop that raises must have run the iterations
      // before the failing one: its checks stay where they fail.
      if (!isa<LoadOp, StoreOp>(op) || !op->getParentOp() ||
          op->getParentOfType<TryOp>())
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
