//===- FuseDictUpdates.cpp - The nbc-fuse-dict-updates pass ---------------===//
//
// `d[k] = d.get(k, 0) + 1` and `d[k] += x` look the key up, compute, and
// insert it: two probes of the hash table. When nothing between the lookup
// and the insertion may write memory, the table is the same at both, so
// the insertion can reuse where the lookup ended: nbc.dict_lookup_slot and
// nbc.dict_store_slot, one probe.
//
//===----------------------------------------------------------------------===//

#include "nbc/Dialect/NBC/Transforms/Passes.h"

#include "mlir/IR/OperationSupport.h"
#include "mlir/Interfaces/SideEffectInterfaces.h"
#include "nbc/Dialect/NBC/IR/NBCOps.h"

namespace mlir::nbc {
#define GEN_PASS_DEF_NBCFUSEDICTUPDATES
#include "nbc/Dialect/NBC/Transforms/Passes.h.inc"
} // namespace mlir::nbc

using namespace mlir;
using namespace mlir::nbc;

namespace {
/// Whether `op` (with what its regions hold) may change a dict: it may
/// write or free memory other than the error state a raise writes, or its
/// effects are unknown.
bool mayWriteMemory(Operation *op) {
  std::optional<SmallVector<MemoryEffects::EffectInstance>> effects =
      getEffectsRecursively(op);
  if (!effects)
    return true;
  return llvm::any_of(*effects, [](const MemoryEffects::EffectInstance &e) {
    return isa<MemoryEffects::Write, MemoryEffects::Free>(e.getEffect()) &&
           !isa<ErrorStateResource>(e.getResource());
  });
}

/// Whether `a` and `b` are the same key: one value, or the results of
/// equivalent pure ops of such values (`d[(i, j)] = d.get((i, j), 0) + 1`
/// builds the tuple twice, `d[(0, 1)]` its constants too).
bool sameKey(Value a, Value b, unsigned depth = 0) {
  if (a == b)
    return true;
  Operation *x = a.getDefiningOp(), *y = b.getDefiningOp();
  if (depth > 4 || !x || !y || x->getNumRegions() || !isMemoryEffectFree(x) ||
      cast<OpResult>(a).getResultNumber() != cast<OpResult>(b).getResultNumber())
    return false;
  return OperationEquivalence::isEquivalentTo(
      x, y,
      [&](Value l, Value r) { return success(sameKey(l, r, depth + 1)); },
      /*markEquivalent=*/nullptr, OperationEquivalence::IgnoreLocations);
}

/// The nbc.dict_get or nbc.dict_get_or of `insert`'s dict and key before
/// it in its block with nothing between that may change the dict; null
/// when there is none.
Operation *findFusableLookup(DictInsertOp insert) {
  for (Operation *op = insert->getPrevNode(); op; op = op->getPrevNode()) {
    if (isa<DictGetOp, DictGetOrOp>(op) &&
        op->getOperand(0) == insert.getDict() &&
        sameKey(op->getOperand(1), insert.getKey()))
      return op;
    if (mayWriteMemory(op))
      return nullptr;
  }
  return nullptr;
}

void fuse(Operation *lookup, DictInsertOp insert) {
  OpBuilder b(lookup);
  Value fallback;
  if (auto getOr = dyn_cast<DictGetOrOp>(lookup))
    fallback = getOr.getFallback();
  Value key = lookup->getOperand(1);
  auto slotLookup = DictLookupSlotOp::create(
      b, lookup->getLoc(), lookup->getResult(0).getType(), b.getIndexType(),
      insert.getDict(), key, fallback);
  lookup->getResult(0).replaceAllUsesWith(slotLookup.getResult());
  lookup->erase();
  b.setInsertionPoint(insert);
  auto store = DictStoreSlotOp::create(
      b, insert.getLoc(), insert.getDict(), key, slotLookup.getSlot(),
      insert.getValue());
  insert.getResult().replaceAllUsesWith(store.getResult());
  insert.erase();
}

struct NBCFuseDictUpdatesPass
    : public nbc::impl::NBCFuseDictUpdatesBase<NBCFuseDictUpdatesPass> {
  void runOnOperation() override {
    SmallVector<DictInsertOp> inserts;
    getOperation().walk([&](DictInsertOp insert) {
      // Dicts of arrays have their own layout and no slot ops.
      if (!isa<MemRefType>(insert.getValue().getType()))
        inserts.push_back(insert);
    });
    for (DictInsertOp insert : inserts)
      if (Operation *lookup = findFusableLookup(insert))
        fuse(lookup, insert);
  }
};
} // namespace
