//===- AppendLoopCarried.cpp - A value a loop's body assigns first --------===//
//
// appendLoopCarried grows a loop by one carried value: a frontend builds the
// body before it knows that a variable the body assigns first must be
// carried, with stand-ins for it, which become the new block arguments.
//
//===----------------------------------------------------------------------===//

#include "nbc/Dialect/NBC/Transforms/LoopTyping.h"

#include "nbc/Dialect/NBC/IR/NBCTypeRules.h"
#include "nbc/Dialect/NBC/IR/NBCTypedBuilders.h"

#include "mlir/Dialect/SCF/IR/SCF.h"
#include "mlir/IR/Dominance.h"

using namespace mlir;
using namespace mlir::nbc;

/// The op that ends the body of `loop` and yields its carried values.
static Operation *getBodyYield(Operation *loop) {
  if (auto range = dyn_cast<RangeOp>(loop))
    return range.getYield();
  if (auto prange = dyn_cast<PRangeOp>(loop))
    return prange.getBody()->getTerminator();
  return cast<scf::WhileOp>(loop).getYieldOp();
}

FailureOr<Operation *> nbc::appendLoopCarried(Operation *loop, Value init,
                                              Value yielded,
                                              ValueRange standIns) {
  if (!loop || !init || !yielded)
    return failure();
  if (!isCarryingLoop(loop))
    return loop->emitError("appendLoopCarried: expected nbc.range, "
                           "nbc.prange or an scf.while whose condition "
                           "forwards its arguments");
  auto prange = dyn_cast<PRangeOp>(loop);
  if (prange && prange.isClassified() && !prange.getInitVals().empty())
    return loop->emitError("appendLoopCarried: the prange's reductions are "
                           "already classified");
  Type type = yielded.getType();
  DominanceInfo dominance;
  Operation *yield = getBodyYield(loop);
  if (!dominance.properlyDominates(init, loop))
    return loop->emitError("appendLoopCarried: the init is not defined "
                           "before the loop");
  if (!loop->isProperAncestor(yield) || !dominance.dominates(yielded, yield))
    return loop->emitError("appendLoopCarried: the yielded value is not "
                           "available at the end of the body");
  if (init.getType() != type &&
      !(isNBCScalar(init.getType()) && isNBCScalar(type)))
    return loop->emitError("appendLoopCarried: the init's type differs from "
                           "the yielded value's");
  for (Value standIn : standIns)
    if (standIn.getType() != type)
      return loop->emitError("appendLoopCarried: a stand-in's type differs "
                             "from the yielded value's");

  OpBuilder builder(loop);
  if (init.getType() != type)
    init = buildCastTo(builder, loop->getLoc(), init, type);
  // The same op with one more operand and result; the regions move over.
  SmallVector<Value> operands(loop->getOperands());
  operands.push_back(init);
  SmallVector<Type> resultTypes(loop->getResultTypes());
  resultTypes.push_back(type);
  OperationState state(loop->getLoc(), loop->getName(), operands, resultTypes,
                       loop->getDiscardableAttrDictionary().getValue(), {},
                       {});
  state.propertiesAttr = loop->getPropertiesAsAttribute();
  for (unsigned i = 0, e = loop->getNumRegions(); i < e; ++i)
    state.addRegion();
  Operation *grown = builder.create(state);
  for (unsigned i = 0, e = loop->getNumRegions(); i < e; ++i)
    grown->getRegion(i).takeBody(loop->getRegion(i));
  if (auto grownPRange = dyn_cast<PRangeOp>(grown)) {
    ++grownPRange.getProperties().operandSegmentSizes.back();
    grownPRange.removeKindsAttr(); // none were classified (checked above)
  }

  // The carried value's block arguments; stand-ins in a region become its
  // argument there.
  Location loc = init.getLoc();
  SmallVector<BlockArgument, 2> args;
  for (Region &region : grown->getRegions())
    args.push_back(region.front().addArgument(type, loc));
  for (Value standIn : standIns)
    for (unsigned i = 0, e = args.size(); i < e; ++i) {
      Region *region = &grown->getRegion(i);
      standIn.replaceUsesWithIf(args[i], [region](OpOperand &use) {
        return region->isAncestor(use.getOwner()->getParentRegion());
      });
    }
  if (auto loopOp = dyn_cast<scf::WhileOp>(grown)) {
    loopOp.getConditionOp().getArgsMutable().append(args.front());
    loopOp.getYieldOp().getResultsMutable().append(yielded);
  } else if (auto range = dyn_cast<RangeOp>(grown)) {
    range.getYield().getValuesMutable().append(yielded);
  } else {
    cast<YieldOp>(grown->getRegion(0).front().getTerminator())
        .getValuesMutable()
        .append(yielded);
  }
  for (unsigned i = 0, e = loop->getNumResults(); i < e; ++i)
    loop->getResult(i).replaceAllUsesWith(grown->getResult(i));
  loop->erase();
  return grown;
}
