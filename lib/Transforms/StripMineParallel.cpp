//===- StripMineParallel.cpp - The nbc-strip-mine-parallel pass -----------===//
//
// Innermost scf.parallel (no loop in its body, unit step on the last
// dimension)
//   -> scf.parallel whose last dimension steps over blocks of B iterations,
//      and in its body an scf.for over the block (marked
//      `nbc.parallel_block`) whose iter_args start at the identity of each
//      reduction and combine every iteration's contribution with the
//      scf.reduce combiner; the block partials go into the scf.reduce.
// nbc-vectorize then vectorizes the inner loop like any serial loop.
//
// B is a run-time multiple of `block-multiple` (a multiple of every vector
// width) chosen so that the loop has about `blocks` blocks: OpenMP's static
// schedule then splits them evenly over the threads (at most one block of
// imbalance). Upstream's tileParallelLoop takes static tile sizes and
// leaves an inner scf.parallel, and parallelForToNestedFors rejects loops
// with reductions, so the strip-mining is written here.
//
//===----------------------------------------------------------------------===//

#include "StripMine.h"

#include "ReductionIdentity.h"
#include "nbc/Transforms/Passes.h"

#include "mlir/Dialect/SCF/IR/SCF.h"
#include "mlir/IR/IRMapping.h"
#include "mlir/Interfaces/LoopLikeInterface.h"

namespace mlir::nbc {
#define GEN_PASS_DEF_NBCSTRIPMINEPARALLEL
#include "nbc/Transforms/Passes.h.inc"
} // namespace mlir::nbc

using namespace mlir;
using namespace mlir::nbc;

namespace {
struct NBCStripMineParallel
    : public nbc::impl::NBCStripMineParallelBase<NBCStripMineParallel> {
  using NBCStripMineParallelBase::NBCStripMineParallelBase;

  LogicalResult initialize(MLIRContext *context) override {
    for (auto [name, value] : {std::pair<StringRef, unsigned>{"blocks", blocks},
                               {"block-multiple", blockMultiple}})
      if (value == 0 || value > kMaxStripMineValue)
        return emitError(UnknownLoc::get(context))
               << "nbc-strip-mine-parallel: " << name << " " << value
               << " is not in 1.." << kMaxStripMineValue;
    return success();
  }

  void runOnOperation() override {
    SmallVector<scf::ParallelOp> loops;
    getOperation().walk([&](scf::ParallelOp loop) {
      bool hasInner = false;
      loop.getBody()->walk([&](Operation *op) {
        if (isa<LoopLikeOpInterface>(op) || isa<scf::WhileOp>(op))
          hasInner = true;
      });
      if (!hasInner)
        loops.push_back(loop);
    });
    for (scf::ParallelOp loop : loops)
      (void)stripMineParallel(loop, blocks, blockMultiple);
  }
};
} // namespace

scf::ForOp nbc::stripMineParallel(scf::ParallelOp loop, unsigned blocks,
                                  unsigned blockMultiple,
                                  IRMapping *bodyMapping) {
  unsigned last = loop.getNumLoops() - 1;
  std::optional<int64_t> step = getConstantIntValue(loop.getStep()[last]);
  if (!step || *step != 1)
    return {};
  auto reduce = cast<scf::ReduceOp>(loop.getBody()->getTerminator());
  SmallVector<TypedAttr> identities;
  for (Region &region : reduce.getReductions()) {
    if (!region.hasOneBlock())
      return {};
    TypedAttr identity = getReductionIdentity(region.front());
    if (!identity)
      return {};
    identities.push_back(identity);
  }

  Location loc = loop.getLoc();
  OpBuilder b(loop);
  Value lb = loop.getLowerBound()[last], ub = loop.getUpperBound()[last];
  Value zero = arith::ConstantIndexOp::create(b, loc, 0);
  Value one = arith::ConstantIndexOp::create(b, loc, 1);
  Value multiple = arith::ConstantIndexOp::create(b, loc, blockMultiple);
  // B = ceil(trip / blocks) rounded up to a multiple of `multiple`; below
  // `multiple` it is not rounded (at least 1), so that a short range of
  // costly iterations (prange(nthreads) calling a function) still gives
  // every thread a block.
  Value trip = arith::MaxSIOp::create(
      b, loc, arith::SubIOp::create(b, loc, ub, lb), zero);
  Value perBlock = arith::CeilDivUIOp::create(
      b, loc, trip, arith::ConstantIndexOp::create(b, loc, blocks));
  Value rounded = arith::MulIOp::create(
      b, loc, multiple, arith::CeilDivUIOp::create(b, loc, perBlock, multiple));
  Value small = arith::CmpIOp::create(b, loc, arith::CmpIPredicate::ult,
                                      perBlock, multiple);
  Value blockSize = arith::SelectOp::create(
      b, loc, small, arith::MaxUIOp::create(b, loc, perBlock, one), rounded);

  SmallVector<Value> steps(loop.getStep());
  steps[last] = blockSize;
  auto outer =
      scf::ParallelOp::create(b, loc, loop.getLowerBound(),
                              loop.getUpperBound(), steps, loop.getInitVals());
  Block *outerBody = outer.getBody();
  if (!outerBody->empty() &&
      outerBody->back().hasTrait<OpTrait::IsTerminator>())
    outerBody->back().erase();

  b.setInsertionPointToEnd(outerBody);
  Value start = outer.getInductionVars()[last];
  Value stop = arith::MinSIOp::create(
      b, loc, arith::AddIOp::create(b, loc, start, blockSize), ub);
  SmallVector<Value> inits;
  for (TypedAttr identity : identities)
    inits.push_back(arith::ConstantOp::create(b, loc, identity));
  auto inner = scf::ForOp::create(b, loc, start, stop, one, inits);
  inner->setAttr("nbc.parallel_block", b.getUnitAttr());

  // The original body, one iteration per step of the inner loop, then each
  // contribution combined into the block's partial.
  IRMapping map;
  for (unsigned d = 0; d < last; ++d)
    map.map(loop.getInductionVars()[d], outer.getInductionVars()[d]);
  map.map(loop.getInductionVars()[last], inner.getInductionVar());
  Block *innerBody = inner.getBody();
  if (!innerBody->empty() &&
      innerBody->back().hasTrait<OpTrait::IsTerminator>())
    innerBody->back().erase();
  b.setInsertionPointToEnd(inner.getBody());
  for (Operation &op : loop.getBody()->without_terminator())
    b.clone(op, map);
  SmallVector<Value> partials;
  for (auto [k, region] : llvm::enumerate(reduce.getReductions())) {
    Block &combiner = region.front();
    IRMapping args;
    args.map(combiner.getArgument(0), inner.getRegionIterArgs()[k]);
    args.map(combiner.getArgument(1),
             map.lookupOrDefault(reduce.getOperands()[k]));
    for (Operation &op : combiner.without_terminator())
      b.clone(op, args);
    partials.push_back(args.lookupOrDefault(
        cast<scf::ReduceReturnOp>(combiner.getTerminator()).getResult()));
  }
  scf::YieldOp::create(b, loc, partials);
  if (bodyMapping)
    *bodyMapping = map;

  // The block partials go into the reduction, with the same combiners.
  b.setInsertionPointToEnd(outerBody);
  auto outerReduce = scf::ReduceOp::create(b, loc, inner.getResults());
  for (auto [from, to] :
       llvm::zip(reduce.getReductions(), outerReduce.getReductions())) {
    to.getBlocks().clear();
    IRMapping regionMap;
    from.cloneInto(&to, regionMap);
  }
  loop.replaceAllUsesWith(outer.getResults());
  loop.erase();
  return inner;
}
