//===- ContainerTyping.cpp - Element types decided by insertions ----------===//
//
// decideContainerType collects the values that hold one container by
// following it forward through the ops that pass it on, checks that every
// loop and branch on the way would still agree with itself, and only then
// retypes them: a refusal leaves the IR as it was.
//
//===----------------------------------------------------------------------===//

#include "nbc/Dialect/NBC/Transforms/ContainerTyping.h"

#include "nbc/Dialect/NBC/IR/NBCDialect.h"
#include "nbc/Dialect/NBC/IR/NBCOps.h"

#include "mlir/Dialect/SCF/IR/SCF.h"
#include "llvm/ADT/SetVector.h"

using namespace mlir;
using namespace mlir::nbc;

namespace {
/// The values holding one container, and the ops that carry it from one to
/// the next (checked once all are known).
class ContainerFlow {
public:
  LogicalResult collect(Value root);
  LogicalResult checkJoins(Type type) const;

  llvm::SetVector<Value> values;

private:
  LogicalResult follow(OpOperand &use);
  void add(Value value) {
    if (values.insert(value))
      worklist.push_back(value);
  }
  void addCarried(Operation *loop, unsigned k);

  SmallVector<Value> worklist;
  llvm::SetVector<Operation *> joins; // loops, ifs and trys reached
};
} // namespace

/// The terminator of `block`, or null while a frontend is still building it.
static Operation *getBuiltTerminator(Block &block) {
  return block.mightHaveTerminator() ? block.getTerminator() : nullptr;
}

void ContainerFlow::addCarried(Operation *loop, unsigned k) {
  joins.insert(loop);
  if (auto range = dyn_cast<RangeOp>(loop)) {
    add(range.getBody()->getArgument(k + 1));
  } else {
    auto whileOp = cast<scf::WhileOp>(loop);
    add(whileOp.getBeforeArguments()[k]);
    add(whileOp.getAfterArguments()[k]);
  }
  add(loop->getResult(k));
}

LogicalResult ContainerFlow::follow(OpOperand &use) {
  Operation *user = use.getOwner();
  unsigned number = use.getOperandNumber();
  if (isa<ListLenOp, DictLenOp, DictClearOp>(user))
    return success();
  if (auto range = dyn_cast<RangeOp>(user)) {
    unsigned first = range.getInitArgs().getBeginOperandIndex();
    if (number >= first) {
      addCarried(range, number - first);
      return success();
    }
  }
  if (auto whileOp = dyn_cast<scf::WhileOp>(user)) {
    addCarried(whileOp, number);
    return success();
  }
  Operation *parent = user->getParentOp();
  if (isa<scf::ConditionOp>(user) && isa<scf::WhileOp>(parent) && number > 0) {
    addCarried(parent, number - 1);
    return success();
  }
  if (auto yield = dyn_cast<YieldOp>(user)) {
    unsigned first = yield.getValues().getBeginOperandIndex();
    if (number >= first && isa<RangeOp>(parent)) {
      addCarried(parent, number - first);
      return success();
    }
    if (auto tryOp = dyn_cast<TryOp>(parent); tryOp && number >= first) {
      joins.insert(parent);
      // An nbc.try under construction has no values yet.
      unsigned result = tryOp.getNumClauses() + number - first;
      if (parent->getNumResults() > result)
        add(parent->getResult(result));
      return success();
    }
  }
  if (isa<scf::YieldOp>(user) && isa<scf::IfOp, scf::WhileOp>(parent)) {
    if (isa<scf::WhileOp>(parent)) {
      addCarried(parent, number);
      return success();
    }
    joins.insert(parent);
    // An scf.if under construction has no results yet.
    if (parent->getNumResults() > number)
      add(parent->getResult(number));
    return success();
  }
  return user->emitError("cannot decide the element type of a container ")
         << "that '" << user->getName() << "' uses before its first insertion";
}

LogicalResult ContainerFlow::collect(Value root) {
  add(root);
  while (!worklist.empty()) {
    Value value = worklist.pop_back_val();
    for (OpOperand &use : value.getUses())
      if (failed(follow(use)))
        return failure();
  }
  return success();
}

LogicalResult ContainerFlow::checkJoins(Type type) const {
  auto typeAfter = [&](Value value) {
    return values.contains(value) ? type : value.getType();
  };
  // Each group of values one join makes one value of must agree.
  auto agree = [&](Operation *join, ArrayRef<Value> group) -> LogicalResult {
    for (Value value : group)
      if (value && typeAfter(value) != typeAfter(group.front()))
        return join->emitError("cannot decide the element type of a ")
               << "container this op joins with another value";
    return success();
  };
  for (Operation *join : joins) {
    if (auto range = dyn_cast<RangeOp>(join)) {
      Operation *yield = getBuiltTerminator(*range.getBody());
      for (auto [k, init] : llvm::enumerate(range.getInitArgs()))
        if (failed(agree(join, {init, range.getBody()->getArgument(k + 1),
                                range.getResult(k),
                                yield ? cast<YieldOp>(yield).getValues()[k]
                                      : Value()})))
          return failure();
      continue;
    }
    if (auto whileOp = dyn_cast<scf::WhileOp>(join)) {
      Operation *condition = getBuiltTerminator(whileOp.getBefore().front());
      Operation *yield = getBuiltTerminator(whileOp.getAfter().front());
      for (auto [k, init] : llvm::enumerate(whileOp.getInits()))
        if (failed(agree(
                join,
                {init, whileOp.getBeforeArguments()[k],
                 whileOp.getAfterArguments()[k], whileOp.getResult(k),
                 condition ? condition->getOperand(k + 1) : Value(),
                 yield ? yield->getOperand(k) : Value()})))
          return failure();
      continue;
    }
    // An scf.if or nbc.try: each result and what its regions yield for it.
    auto tryOp = dyn_cast<TryOp>(join);
    unsigned flags = tryOp ? tryOp.getNumClauses() : 0; // the `caught` flags
    for (unsigned k = flags, e = join->getNumResults(); k < e; ++k) {
      SmallVector<Value, 3> group = {join->getResult(k)};
      for (Region &region : join->getRegions())
        if (!region.empty())
          if (Operation *yield = getBuiltTerminator(region.front()))
            group.push_back(tryOp ? cast<YieldOp>(yield).getValues()[k - flags]
                                  : yield->getOperand(k));
      if (failed(agree(join, group)))
        return failure();
    }
  }
  return success();
}

LogicalResult nbc::decideContainerType(Value container, Type type) {
  Operation *creation = container ? container.getDefiningOp() : nullptr;
  if (!creation || !isa<ListNewOp, DictNewOp>(creation))
    return creation ? creation->emitError("decideContainerType: expected the "
                                          "result of nbc.list_new or "
                                          "nbc.dict_new")
                    : failure();
  Type old = container.getType();
  if (old == type) // what it holds was built for this type already
    return success();
  if (old.getTypeID() != type.getTypeID())
    return creation->emitError("decideContainerType: ")
           << type << " is not the same kind of container as " << old;
  ContainerFlow flow;
  if (failed(flow.collect(container)) || failed(flow.checkJoins(type)))
    return failure();
  for (Value value : flow.values)
    value.setType(type);
  return success();
}
