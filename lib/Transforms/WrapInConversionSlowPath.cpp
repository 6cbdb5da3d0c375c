//===- WrapInConversionSlowPath.cpp - nbc-wrap-in-conversion-slow-path ----===//
//
// `counts[int(y)]` lowers to two tests per element: the float-to-int
// conversion's `scf.if (t != INT64_MIN)` around the hardware truncation t
// (its else branch decides NaN, inf and saturation), then Python's
// wraparound `k < 0 ? k + n : k` of the result k. With t >= 0 neither does
// anything (k = t, no wrap), so one test `t >= 0` picks the hot path and
// the other path runs both as before:
//
//   scf.if (t >= 0) { yield t } else { k = <conversion>; yield wrap(k) }
//
//===----------------------------------------------------------------------===//

#include "nbc/Transforms/Passes.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/SCF/IR/SCF.h"
#include "mlir/IR/Matchers.h"
#include "mlir/Interfaces/SideEffectInterfaces.h"

namespace mlir::nbc {
#define GEN_PASS_DEF_NBCWRAPINCONVERSIONSLOWPATH
#include "nbc/Transforms/Passes.h.inc"
} // namespace mlir::nbc

using namespace mlir;

namespace {
/// The ops of one `select(k < 0, k + n, k)` of a converted k.
struct Wraparound {
  arith::SelectOp select;
  arith::CmpIOp isNegative;
  arith::AddIOp fromEnd;
  scf::IfOp conversion; // yields k; its then branch yields `truncated`
  Value truncated;
};
} // namespace

static bool isZero(Value v) { return matchPattern(v, m_Zero()); }

static std::optional<Wraparound> matchWraparound(arith::SelectOp select) {
  auto isNegative = select.getCondition().getDefiningOp<arith::CmpIOp>();
  auto fromEnd = select.getTrueValue().getDefiningOp<arith::AddIOp>();
  Value k = select.getFalseValue();
  if (!isNegative || !fromEnd ||
      isNegative.getPredicate() != arith::CmpIPredicate::slt ||
      isNegative.getLhs() != k || !isZero(isNegative.getRhs()) ||
      (fromEnd.getLhs() != k && fromEnd.getRhs() != k) ||
      !isNegative->hasOneUse() || !fromEnd->hasOneUse() ||
      isNegative->getBlock() != select->getBlock() ||
      fromEnd->getBlock() != select->getBlock())
    return std::nullopt;
  auto conversion = k.getDefiningOp<scf::IfOp>();
  if (!conversion || conversion.getNumResults() != 1 ||
      conversion.getElseRegion().empty() ||
      conversion->getBlock() != select->getBlock())
    return std::nullopt;
  // k has no other user: the conversion can move into the slow path.
  if (!llvm::all_of(k.getUsers(), [&](Operation *user) {
        return user == select || user == isNegative || user == fromEnd;
      }))
    return std::nullopt;
  // The hot path yields the truncation computed before the branch, tested
  // as `t != c` with c < 0 (x86's INT64_MIN): `t >= 0` implies it.
  Value truncated = conversion.thenYield().getOperand(0);
  auto inRange = conversion.getCondition().getDefiningOp<arith::CmpIOp>();
  APInt sentinel;
  if (!inRange || inRange.getPredicate() != arith::CmpIPredicate::ne ||
      inRange.getLhs() != truncated ||
      !matchPattern(inRange.getRhs(), m_ConstantInt(&sentinel)) ||
      !sentinel.isNegative() ||
      conversion->isAncestor(truncated.getParentRegion()->getParentOp()))
    return std::nullopt;
  // The conversion moves down to the select: nothing in between may have
  // effects it would then follow (it may raise).
  for (Operation *op = conversion->getNextNode(); op != select;
       op = op->getNextNode())
    if (!isMemoryEffectFree(op))
      return std::nullopt;
  return Wraparound{select, isNegative, fromEnd, conversion, truncated};
}

static void moveIntoSlowPath(Wraparound w) {
  OpBuilder b(w.select);
  Location loc = w.select.getLoc();
  Value zero = arith::ConstantIntOp::create(b, loc, w.truncated.getType(), 0);
  Value nonNegative = arith::CmpIOp::create(b, loc, arith::CmpIPredicate::sge,
                                            w.truncated, zero);
  auto fast = scf::IfOp::create(b, loc, w.select.getType(), nonNegative,
                                /*withElseRegion=*/true);
  w.select.getResult().replaceAllUsesWith(fast.getResult(0));
  b.setInsertionPointToStart(fast.thenBlock());
  scf::YieldOp::create(b, loc, w.truncated);
  b.setInsertionPointToStart(fast.elseBlock());
  auto yield = scf::YieldOp::create(b, loc, w.select.getResult());
  for (Operation *op : {w.conversion.getOperation(),
                        w.isNegative.getOperation(), w.fromEnd.getOperation(),
                        w.select.getOperation()})
    op->moveBefore(yield);
}

namespace {
struct NBCWrapInConversionSlowPath
    : public nbc::impl::NBCWrapInConversionSlowPathBase<
          NBCWrapInConversionSlowPath> {
  void runOnOperation() override {
    SmallVector<Wraparound> found;
    getOperation().walk([&](arith::SelectOp select) {
      if (std::optional<Wraparound> w = matchWraparound(select))
        found.push_back(*w);
    });
    for (Wraparound &w : found)
      moveIntoSlowPath(w);
  }
};
} // namespace
