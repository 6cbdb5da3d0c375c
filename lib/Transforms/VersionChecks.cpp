//===- VersionChecks.cpp - The nbc-version-checks pass --------------------===//
//
// An nbc.raise_if directly in an scf.for body whose condition is
// loop-invariant (the zero check of `x // d` with a run-time `d`, say)
// fails in the first iteration or never. When nothing before it in the
// body writes memory or raises, it moves before the loop as
// `raise_if (lb < ub) && cond`: the same exception with the same side
// effects as Python, and no raise point left in the loop. A later check of
// the same condition in the body is dropped: the first one already passed. Otherwise the
// loop is versioned: `scf.if (lb < ub) && (cond1 || ...)` runs the
// original loop (which raises in its first iteration after the same side
// effects), else a copy without those checks. Either way the check-free
// loop stays an scf.for, which nbc-vectorize can turn into vector code.
//
//===----------------------------------------------------------------------===//

#include "nbc/Transforms/Passes.h"

#include "mlir/Dialect/SCF/IR/SCF.h"
#include "mlir/Interfaces/SideEffectInterfaces.h"
#include "mlir/Transforms/LoopInvariantCodeMotionUtils.h"
#include "nbc/Dialect/NBC/IR/NBCOps.h"

namespace mlir::nbc {
#define GEN_PASS_DEF_NBCVERSIONCHECKS
#include "nbc/Transforms/Passes.h.inc"
} // namespace mlir::nbc

using namespace mlir;
using namespace mlir::nbc;

/// Ops that may run before a hoisted check: they neither write memory nor
/// raise, so raising before the loop instead of in its first iteration is
/// not observable.
static bool isQuiet(Operation &op) {
  if (isMemoryEffectFree(&op))
    return true;
  if (op.getNumRegions())
    return false;
  auto effects = dyn_cast<MemoryEffectOpInterface>(&op);
  return effects && effects.onlyHasEffect<MemoryEffects::Read>();
}

static void versionLoop(scf::ForOp loop) {
  // Pure invariant ops (the `d == 0` compare) leave the loop first, so the
  // conditions are visibly defined outside it.
  moveLoopInvariantCode(cast<LoopLikeOpInterface>(loop.getOperation()));
  SmallVector<RaiseIfOp> invariant;
  Operation *last = nullptr;
  DenseSet<Value> tested;
  for (Operation &op : llvm::make_early_inc_range(
           loop.getBody()->without_terminator())) {
    auto raise = dyn_cast<RaiseIfOp>(op);
    if (!raise || !loop.isDefinedOutsideOfLoop(raise.getCondition()) ||
        !llvm::all_of(raise.getArgs(), [&](Value arg) {
          return loop.isDefinedOutsideOfLoop(arg);
        }))
      continue;
    // `a[i] // d` then `a[i] % d`: the second check cannot fire once the
    // first one passed.
    if (!tested.insert(raise.getCondition()).second) {
      raise.erase();
      continue;
    }
    invariant.push_back(raise);
    last = &op;
  }
  if (invariant.empty())
    return;
  bool quiet = true;
  for (Operation &op : loop.getBody()->without_terminator()) {
    if (&op == last)
      break;
    auto raise = dyn_cast<RaiseIfOp>(op);
    if (!(raise && llvm::is_contained(invariant, raise)) && !isQuiet(op))
      quiet = false;
  }

  OpBuilder b(loop);
  Location loc = loop.getLoc();
  Value nonEmpty = arith::CmpIOp::create(b, loc, arith::CmpIPredicate::slt,
                                         loop.getLowerBound(),
                                         loop.getUpperBound());
  if (quiet) {
    for (RaiseIfOp raise : invariant) {
      Value cond =
          arith::AndIOp::create(b, raise.getLoc(), nonEmpty,
                                raise.getCondition());
      // Moved, not rebuilt: its args and their formats stay as they were.
      raise->moveBefore(loop);
      raise.getConditionMutable().assign(cond);
    }
    return;
  }
  Value any;
  for (RaiseIfOp raise : invariant)
    any = any ? arith::OrIOp::create(b, loc, any, raise.getCondition())
                    .getResult()
              : raise.getCondition();
  Value fails = arith::AndIOp::create(b, loc, nonEmpty, any);
  auto ifOp = scf::IfOp::create(b, loc, loop.getResultTypes(), fails,
                                /*addThenBlock=*/true, /*addElseBlock=*/true);
  loop->replaceAllUsesWith(ifOp.getResults());
  // Then: the original loop, raising in its first iteration.
  b.setInsertionPointToStart(ifOp.thenBlock());
  Operation *slow = b.clone(*loop);
  scf::YieldOp::create(b, loc, slow->getResults());
  // Else: the loop without the checks, which cannot fire there.
  loop->moveBefore(ifOp.elseBlock(), ifOp.elseBlock()->end());
  b.setInsertionPointToEnd(ifOp.elseBlock());
  scf::YieldOp::create(b, loc, loop.getResults());
  for (RaiseIfOp raise : invariant)
    raise.erase();
}

namespace {
struct NBCVersionChecks
    : public nbc::impl::NBCVersionChecksBase<NBCVersionChecks> {
  void runOnOperation() override {
    // Inner loops first: a check hoisted out of an inner loop may leave the
    // outer one too.
    SmallVector<scf::ForOp> loops;
    getOperation().walk([&](scf::ForOp loop) { loops.push_back(loop); });
    for (scf::ForOp loop : loops)
      versionLoop(loop);
  }
};
} // namespace
