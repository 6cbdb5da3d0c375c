//===- FuseUfuncs.cpp - One loop for a chain of elementwise array ops -----===//
//
// `a * b + c` is two nbc.ufunc ops, the first allocating a temporary that
// only the second reads. When that holds (the temporary's one user is the
// next ufunc, nothing between them writes memory or may raise, neither body
// may raise, and the temporary has the consumer's rank, so nothing is
// recomputed along a broadcast axis), the producer's body is inlined into
// the consumer's: one loop, no temporary. Broadcasting composes, so the
// fused op's shape and errors are the consumer's.
//
//===----------------------------------------------------------------------===//

#include "nbc/Dialect/NBC/Transforms/Passes.h"

#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/IR/IRMapping.h"
#include "mlir/IR/SymbolTable.h"
#include "mlir/Interfaces/SideEffectInterfaces.h"
#include "nbc/Dialect/NBC/IR/NBCOps.h"

namespace mlir::nbc {
#define GEN_PASS_DEF_NBCFUSEUFUNCS
#include "nbc/Dialect/NBC/Transforms/Passes.h.inc"
} // namespace mlir::nbc

using namespace mlir;
using namespace mlir::nbc;

namespace {

/// Whether running `region`'s ops may raise or touch memory: raise points,
/// ops with effects, and calls of functions that contain either.
bool mayRaiseOrWrite(Region &region, SymbolTableCollection &symbols,
                     llvm::SmallPtrSetImpl<Operation *> &visiting) {
  WalkResult result = region.walk([&](Operation *op) {
    if (isa<RaiseIfOp>(op))
      return WalkResult::interrupt();
    if (auto call = dyn_cast<func::CallOp>(op)) {
      auto callee = symbols.lookupNearestSymbolFrom<func::FuncOp>(
          op, call.getCalleeAttr());
      if (!callee || callee.isExternal() || !visiting.insert(callee).second)
        return WalkResult::interrupt(); // unknown, or recursive
      bool unsafe = mayRaiseOrWrite(callee.getBody(), symbols, visiting);
      visiting.erase(callee);
      return unsafe ? WalkResult::interrupt() : WalkResult::advance();
    }
    if (isa<YieldOp, func::ReturnOp>(op) || isMemoryEffectFree(op) ||
        op->hasTrait<OpTrait::HasRecursiveMemoryEffects>())
      return WalkResult::advance();
    return WalkResult::interrupt();
  });
  return result.wasInterrupted();
}

bool bodyIsSafe(UfuncOp op, SymbolTableCollection &symbols) {
  llvm::SmallPtrSet<Operation *, 4> visiting;
  return !mayRaiseOrWrite(op.getRegion(), symbols, visiting);
}

/// The consumer of `producer`'s result when the two can fuse.
UfuncOp fusableConsumer(UfuncOp producer, SymbolTableCollection &symbols) {
  if (!producer.getOuts().empty() || producer->getNumResults() != 1)
    return {};
  Value temporary = producer->getResult(0);
  if (temporary.use_empty())
    return {};
  UfuncOp consumer;
  for (OpOperand &use : temporary.getUses()) {
    auto user = dyn_cast<UfuncOp>(use.getOwner());
    if (!user || (consumer && user != consumer) ||
        use.getOperandNumber() >= user.getIns().size())
      return {}; // another user, or written as an output
    consumer = user;
  }
  if (consumer->getBlock() != producer->getBlock() ||
      (consumer->getNumResults() == 0 && consumer.getOuts().empty()))
    return {};
  auto outType = cast<MemRefType>(temporary.getType());
  Value shaped = consumer->getNumResults() ? consumer->getResult(0)
                                           : consumer.getOuts().front();
  if (cast<MemRefType>(shaped.getType()).getRank() != outType.getRank())
    return {};
  for (Operation *op = producer->getNextNode(); op != consumer.getOperation();
       op = op->getNextNode())
    if (!isMemoryEffectFree(op))
      return {};
  if (!bodyIsSafe(producer, symbols) || !bodyIsSafe(consumer, symbols))
    return {};
  return consumer;
}

void fuse(UfuncOp producer, UfuncOp consumer) {
  Value temporary = producer->getResult(0);
  SmallVector<Value> ins;
  for (Value in : consumer.getIns())
    if (in != temporary)
      ins.push_back(in);
  size_t producerFirst = ins.size();
  ins.append(producer.getIns().begin(), producer.getIns().end());

  OpBuilder builder(consumer);
  auto fused = UfuncOp::create(builder, consumer.getLoc(), ins,
                               consumer.getOuts(), consumer->getResultTypes());
  for (NamedAttribute attr : consumer->getDiscardableAttrs())
    fused->setAttr(attr.getName(), attr.getValue());
  Block *body = fused.getBody();
  builder.setInsertionPointToStart(body);

  IRMapping mapping;
  for (auto [arg, value] : llvm::zip(producer.getBody()->getArguments(),
                                     body->getArguments().drop_front(producerFirst)))
    mapping.map(arg, value);
  Value element;
  for (Operation &op : producer.getBody()->getOperations()) {
    if (auto yield = dyn_cast<YieldOp>(op)) {
      element = mapping.lookup(yield.getValues().front());
      break;
    }
    builder.clone(op, mapping);
  }
  size_t next = 0;
  for (auto [in, arg] : llvm::zip(consumer.getIns(), consumer.getBody()->getArguments()))
    mapping.map(arg, in == temporary ? element : body->getArgument(next++));
  for (Operation &op : consumer.getBody()->getOperations())
    builder.clone(op, mapping);

  consumer->replaceAllUsesWith(fused->getResults());
  consumer->erase();
  producer->erase();
}

struct NBCFuseUfuncs : public nbc::impl::NBCFuseUfuncsBase<NBCFuseUfuncs> {
  void runOnOperation() override {
    SymbolTableCollection symbols;
    // Producers come first in their block: fusing one into its consumer
    // leaves a ufunc that may itself be the producer of the next.
    bool changed = true;
    while (changed) {
      changed = false;
      SmallVector<UfuncOp> ufuncs;
      getOperation()->walk([&](UfuncOp op) { ufuncs.push_back(op); });
      for (UfuncOp producer : ufuncs) {
        if (UfuncOp consumer = fusableConsumer(producer, symbols)) {
          fuse(producer, consumer);
          changed = true;
          break;
        }
      }
    }
  }
};

} // namespace
