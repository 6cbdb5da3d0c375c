//===- HoistAllocations.cpp - The nbc-hoist-allocations pass --------------===//
//
// A temporary array made in every iteration (`t = np.zeros(m)` in a loop
// body) is allocated once, before the loop, when it cannot outlive the
// iteration; its fill stays in the body. Numba's parfor pass does the same
// for prange bodies ("allocation hoisting"). In an scf.parallel the array
// must stay private to a thread: the loop is strip-mined and the array is
// allocated once per block. The deallocation pass, which runs later, frees
// the hoisted array once, after the loop.
//
//===----------------------------------------------------------------------===//

#include "StripMine.h"

#include "nbc/Dialect/NBC/IR/NBCOps.h"
#include "nbc/Transforms/Passes.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/MemRef/IR/MemRef.h"
#include "mlir/Dialect/SCF/IR/SCF.h"
#include "mlir/IR/IRMapping.h"
#include "mlir/Interfaces/SideEffectInterfaces.h"
#include "llvm/ADT/SetVector.h"

namespace mlir::nbc {
#define GEN_PASS_DEF_NBCHOISTALLOCATIONS
#include "nbc/Transforms/Passes.h.inc"
} // namespace mlir::nbc

using namespace mlir;
using namespace mlir::nbc;

/// True when the address `address` (an array's pointer as an index) only
/// goes into comparisons: arithmetic whose results are tested (the null
/// check, the overlap tests of ufuncs), never into a call, a store or a
/// yield that could keep it (sort, BLAS and list copies pass addresses to
/// the runtime).
static bool onlyCompared(Value address) {
  SmallVector<Value> values{address};
  while (!values.empty()) {
    Value value = values.pop_back_val();
    for (Operation *user : value.getUsers()) {
      if (isa<scf::IfOp, nbc::RaiseIfOp>(user))
        continue;
      if (!isa<arith::ArithDialect>(user->getDialect()))
        return false;
      llvm::append_range(values, user->getResults());
    }
  }
  return true;
}

/// True when every use of `buffer`, and of the views made of it, reads or
/// writes its elements (or its shape) in place: nothing can keep the array
/// past the iteration or hand it to another one. Anything not known to be
/// such a use (a yield, a call, a store of the array itself, a dealloc)
/// answers false.
static bool staysInIteration(Value buffer) {
  SmallVector<Value> aliases{buffer};
  while (!aliases.empty()) {
    Value alias = aliases.pop_back_val();
    for (OpOperand &use : alias.getUses()) {
      Operation *user = use.getOwner();
      if (isa<memref::LoadOp, memref::DimOp, memref::CopyOp,
              memref::AtomicRMWOp, memref::GenericAtomicRMWOp>(user))
        continue;
      if (auto pointer = dyn_cast<memref::ExtractAlignedPointerAsIndexOp>(user)) {
        if (!onlyCompared(pointer.getResult()))
          return false;
        continue;
      }
      if (auto store = dyn_cast<memref::StoreOp>(user)) {
        if (store.getValueToStore() == alias)
          return false;
        continue;
      }
      if (auto metadata = dyn_cast<memref::ExtractStridedMetadataOp>(user)) {
        aliases.push_back(metadata.getBaseBuffer());
        continue;
      }
      if (isa<memref::SubViewOp, memref::ReinterpretCastOp, memref::CastOp,
              memref::ExpandShapeOp, memref::CollapseShapeOp,
              memref::TransposeOp>(user)) {
        aliases.push_back(user->getResult(0));
        continue;
      }
      return false;
    }
  }
  return true;
}

/// Collects into `toMove`, operands first, the ops of `body` that compute
/// `value` and could run before `loop` instead (pure, speculatable, no
/// regions); false when `value` depends on the iteration.
static bool collectInvariant(Value value, Operation *loop, Block *body,
                             llvm::SetVector<Operation *> &toMove) {
  if (!loop->isAncestor(value.getParentRegion()->getParentOp()))
    return true;
  Operation *def = value.getDefiningOp();
  if (!def || def->getBlock() != body || def->getNumRegions() != 0 ||
      !isPure(def))
    return false;
  if (toMove.contains(def))
    return true;
  for (Value operand : def->getOperands())
    if (!collectInvariant(operand, loop, body, toMove))
      return false;
  toMove.insert(def);
  return true;
}

/// Moves `alloc` (directly in `loop`'s body) before `loop` with the ops
/// its sizes need. The sizes are clamped at 0 (unless `clamped` already),
/// so that a size the body would have refused (its check still raises
/// there) allocates nothing, and are 0 when `runs` (if given) is false: a
/// loop that runs no iteration allocates nothing.
static bool hoistBefore(memref::AllocOp alloc, Operation *loop, bool clamped,
                        function_ref<Value(OpBuilder &)> runs) {
  llvm::SetVector<Operation *> toMove;
  for (Value size : alloc.getDynamicSizes())
    if (!collectInvariant(size, loop, alloc->getBlock(), toMove))
      return false;
  for (Operation *op : toMove)
    op->moveBefore(loop);
  alloc->moveBefore(loop);
  if (alloc.getDynamicSizes().empty() || (clamped && !runs))
    return true;
  OpBuilder b(alloc);
  Location loc = alloc.getLoc();
  Value zero = arith::ConstantIndexOp::create(b, loc, 0);
  Value runsOnce = runs ? runs(b) : Value();
  for (OpOperand &size : alloc.getDynamicSizesMutable()) {
    Value hoisted = size.get();
    if (!clamped)
      hoisted = arith::MaxSIOp::create(b, loc, hoisted, zero);
    if (runsOnce)
      hoisted = arith::SelectOp::create(b, loc, runsOnce, hoisted, zero);
    size.set(hoisted);
  }
  return true;
}

namespace {
struct NBCHoistAllocations
    : public nbc::impl::NBCHoistAllocationsBase<NBCHoistAllocations> {
  using NBCHoistAllocationsBase::NBCHoistAllocationsBase;

  LogicalResult initialize(MLIRContext *context) override {
    if (blocks == 0 || blocks > kMaxStripMineValue)
      return emitError(UnknownLoc::get(context))
             << "nbc-hoist-allocations: blocks " << blocks << " is not in 1.."
             << kMaxStripMineValue;
    return success();
  }

  void runOnOperation() override {
    SmallVector<memref::AllocOp> allocs;
    getOperation().walk([&](memref::AllocOp alloc) {
      if (alloc.getSymbolOperands().empty() &&
          staysInIteration(alloc.getResult()))
        allocs.push_back(alloc);
    });
    for (memref::AllocOp alloc : allocs)
      hoist(alloc);
  }

  void hoist(memref::AllocOp alloc);
};
} // namespace

/// Out of as many enclosing loops as its sizes allow, innermost first. An
/// scf.parallel is strip-mined when the array was made in its body (the
/// array then moves out of the block's scf.for); one this pass moved into
/// an scf.parallel body is already private to that iteration and stays.
void NBCHoistAllocations::hoist(memref::AllocOp alloc) {
  bool moved = false;
  while (Operation *loop = alloc->getParentOp()) {
    if (auto forOp = dyn_cast<scf::ForOp>(loop)) {
      if (!hoistBefore(alloc, loop, moved, [&](OpBuilder &b) -> Value {
            return arith::CmpIOp::create(b, alloc.getLoc(),
                                         arith::CmpIPredicate::slt,
                                         forOp.getLowerBound(),
                                         forOp.getUpperBound());
          }))
        return;
    } else if (auto whileOp = dyn_cast<scf::WhileOp>(loop)) {
      if (alloc->getParentRegion() != &whileOp.getAfter() ||
          !hoistBefore(alloc, loop, moved, nullptr))
        return;
    } else if (auto parallel = dyn_cast<scf::ParallelOp>(loop)) {
      llvm::SetVector<Operation *> invariant;
      if (moved || !llvm::all_of(alloc.getDynamicSizes(), [&](Value size) {
            return collectInvariant(size, loop, alloc->getBlock(), invariant);
          }))
        return;
      IRMapping copies;
      if (!stripMineParallel(parallel, blocks, /*blockMultiple=*/1, &copies))
        return;
      alloc = cast<memref::AllocOp>(copies.lookup(alloc.getOperation()));
      continue;
    } else {
      return;
    }
    moved = true;
  }
}
