//===- ListLengths.cpp - list lengths carried through loops ---------------===//
//
// A lowered list keeps its length in its buffer's header (ListToMemRef.cpp).
// A loop that appends reloads it every iteration right after the previous
// iteration stored it: a store-to-load dependence through memory on the
// critical path, which LLVM cannot turn into a register because the buffer
// moves when it grows. forwardListLengths gives such an scf.for one more
// iter_arg, the length, and replaces the header loads in its body by the
// value last stored (through scf.if results where branches differ). The
// stores stay, so the header is right for every reader after the loop.
//
// Only loops whose list buffers (memref<?xi8>) are used by the lowering's own
// tagged views, memref.dim, the allocation check and scf.if/scf.yield change:
// any other use (a call, a copy of the whole buffer, a nested loop) might
// read or write a header behind the tracked value.
//
//===----------------------------------------------------------------------===//

#include "ArrayLowering.h"

#include "mlir/Dialect/MemRef/IR/MemRef.h"
#include "mlir/Dialect/SCF/IR/SCF.h"
#include "mlir/IR/PatternMatch.h"

using namespace mlir;
using namespace mlir::nbc;
using namespace mlir::nbc::arrays;

namespace {
/// A buffer's current length: an SSA value (or, while checking, any
/// non-null value).
using Lengths = llvm::DenseMap<Value, Value>;

bool isBuffer(Type type) {
  auto memref = dyn_cast<MemRefType>(type);
  return memref && memref.getRank() == 1 && memref.isDynamicDim(0) &&
         memref.getElementType().isInteger(8) && memref.getLayout().isIdentity();
}

/// The buffer whose length cell `memref` views, or null.
Value lengthCellOf(Value memref) {
  auto view = memref.getDefiningOp<memref::ViewOp>();
  return view && view->hasAttr(kListLengthAttr) ? view.getSource() : Value();
}

class LengthForwarding {
public:
  /// `apply` false only checks that `process` would succeed.
  LengthForwarding(RewriterBase &rewriter, bool apply)
      : rewriter(rewriter), apply(apply) {}

  /// Walks `block` in order, updating `lengths`; false when some use of a
  /// buffer is not understood (nothing was changed when checking).
  bool process(Block &block, Lengths &lengths) {
    for (Operation &op : llvm::make_early_inc_range(block)) {
      if (!processOp(op, lengths))
        return false;
    }
    return true;
  }

private:
  RewriterBase &rewriter;
  bool apply;

  bool processOp(Operation &op, Lengths &lengths) {
    if (auto load = dyn_cast<memref::LoadOp>(op)) {
      if (Value buffer = lengthCellOf(load.getMemRef())) {
        Value length = lengths.lookup(buffer);
        if (!length)
          return false;
        if (apply)
          rewriter.replaceOp(load, length);
        return true;
      }
    }
    if (auto store = dyn_cast<memref::StoreOp>(op)) {
      if (Value buffer = lengthCellOf(store.getMemRef())) {
        lengths[buffer] = store.getValueToStore();
        return true;
      }
    }
    if (auto view = dyn_cast<memref::ViewOp>(op)) {
      if (view->hasAttr(kListItemsAttr))
        return true;
      if (view->hasAttr(kListLengthAttr))
        return llvm::all_of(view->getUsers(), [](Operation *user) {
          return isa<memref::LoadOp, memref::StoreOp>(user);
        });
    }
    if (auto ifOp = dyn_cast<scf::IfOp>(op))
      return processIf(ifOp, lengths);
    if (isa<scf::YieldOp, memref::DimOp, memref::ExtractAlignedPointerAsIndexOp>(
            op))
      return true;
    // Anything else must not see a buffer, directly or inside its regions.
    WalkResult seen = op.walk([](Operation *nested) {
      return llvm::any_of(nested->getOperandTypes(), isBuffer)
                 ? WalkResult::interrupt()
                 : WalkResult::advance();
    });
    return !seen.wasInterrupted();
  }

  /// Both branches from the same lengths; a buffer result's length, and the
  /// length of an outer buffer a branch changed, become new results.
  bool processIf(scf::IfOp ifOp, Lengths &lengths) {
    Lengths thenLengths = lengths, elseLengths = lengths;
    if (!process(*ifOp.thenBlock(), thenLengths))
      return false;
    if (ifOp.elseBlock() && !process(*ifOp.elseBlock(), elseLengths))
      return false;
    // (then, else) length pairs to merge, each for a result (by position)
    // or for an outer buffer.
    SmallVector<std::pair<Value, Value>> merged;
    SmallVector<std::pair<int, Value>> mergedFor;
    for (auto [k, result] : llvm::enumerate(ifOp.getResults())) {
      if (!isBuffer(result.getType()))
        continue;
      Value thenLength = thenLengths.lookup(ifOp.thenYield().getOperand(k));
      Value elseLength = elseLengths.lookup(ifOp.elseYield().getOperand(k));
      if (!thenLength || !elseLength)
        return false;
      merged.push_back({thenLength, elseLength});
      mergedFor.push_back({static_cast<int>(k), Value()});
    }
    for (auto [buffer, before] : lengths) {
      Value thenLength = thenLengths.lookup(buffer);
      Value elseLength = elseLengths.lookup(buffer);
      if (thenLength == before && elseLength == before)
        continue;
      merged.push_back({thenLength, elseLength});
      mergedFor.push_back({-1, buffer});
    }
    if (merged.empty())
      return true;
    if (!apply) { // any non-null value stands for a merged length
      for (auto [k, buffer] : mergedFor)
        lengths[buffer ? buffer : ifOp.getResult(k)] = ifOp.getCondition();
      return true;
    }
    SmallVector<Type> types(ifOp.getResultTypes());
    types.append(merged.size(), rewriter.getI64Type());
    rewriter.setInsertionPoint(ifOp);
    auto grown = scf::IfOp::create(rewriter, ifOp.getLoc(), types,
                                   ifOp.getCondition(), /*withElseRegion=*/false);
    grown.getThenRegion().takeBody(ifOp.getThenRegion());
    if (ifOp.elseBlock()) {
      grown.getElseRegion().takeBody(ifOp.getElseRegion());
    } else {
      rewriter.createBlock(&grown.getElseRegion());
      scf::YieldOp::create(rewriter, ifOp.getLoc());
    }
    for (auto [block, thenSide] :
         {std::pair{grown.thenBlock(), true}, {grown.elseBlock(), false}}) {
      auto yield = cast<scf::YieldOp>(block->getTerminator());
      bool first = thenSide; // not a structured binding: captured below
      rewriter.modifyOpInPlace(yield, [&] {
        for (auto &pair : merged)
          yield.getResultsMutable().append(first ? pair.first : pair.second);
      });
    }
    unsigned count = ifOp.getNumResults();
    rewriter.replaceOp(ifOp, grown.getResults().take_front(count));
    for (auto [m, target] : llvm::enumerate(mergedFor)) {
      auto [k, buffer] = target;
      lengths[buffer ? buffer : grown.getResult(k)] = grown.getResult(count + m);
    }
    return true;
  }
};

/// Carries the length of the buffer in iter_arg `k` of `loop`, if its body
/// allows; the (possibly new) loop.
scf::ForOp forwardThrough(RewriterBase &rewriter, scf::ForOp loop, unsigned k) {
  BlockArgument arg = loop.getRegionIterArg(k);
  Value yielded = loop.getBody()->getTerminator()->getOperand(k);
  {
    Lengths lengths{{arg, arg}};
    LengthForwarding check(rewriter, /*apply=*/false);
    if (!check.process(*loop.getBody(), lengths) || !lengths.lookup(yielded))
      return loop;
  }
  Location loc = loop.getLoc();
  rewriter.setInsertionPoint(loop);
  auto cell = memref::ViewOp::create(
      rewriter, loc, MemRefType::get({1}, rewriter.getI64Type()),
      loop.getInitArgs()[k], constIndex(rewriter, loc, 0), ValueRange{});
  cell->setAttr(kListLengthAttr, rewriter.getUnitAttr());
  Value initial = memref::LoadOp::create(rewriter, loc, cell,
                                         ValueRange{constIndex(rewriter, loc, 0)});
  SmallVector<Value> inits(loop.getInitArgs());
  inits.push_back(initial);
  auto grown = scf::ForOp::create(rewriter, loc, loop.getLowerBound(),
                                  loop.getUpperBound(), loop.getStep(), inits);
  grown->setAttrs(loop->getAttrs());
  Block *body = grown.getBody();
  if (!body->empty()) // the builder's implicit terminator
    rewriter.eraseOp(body->getTerminator());
  Value length = body->getArguments().back();
  rewriter.mergeBlocks(loop.getBody(), body,
                       body->getArguments().drop_back());
  Lengths lengths{{grown.getRegionIterArg(k), length}};
  LengthForwarding apply(rewriter, /*apply=*/true);
  (void)apply.process(*body, lengths);
  auto yield = cast<scf::YieldOp>(body->getTerminator());
  Value last = lengths.lookup(yield.getOperand(k));
  rewriter.modifyOpInPlace(yield,
                           [&] { yield.getResultsMutable().append(last); });
  rewriter.replaceOp(loop, grown.getResults().drop_back());
  return grown;
}
} // namespace

void arrays::forwardListLengths(Operation *root) {
  SmallVector<scf::ForOp> loops;
  root->walk([&](scf::ForOp loop) { loops.push_back(loop); }); // inner first
  IRRewriter rewriter(root->getContext());
  for (scf::ForOp loop : loops) {
    unsigned count = loop.getNumRegionIterArgs();
    for (unsigned k = 0; k < count; ++k)
      if (isBuffer(loop.getRegionIterArg(k).getType()))
        loop = forwardThrough(rewriter, loop, k);
  }
  // The tags are for this step only.
  root->walk([](memref::ViewOp view) {
    view->removeAttr(kListLengthAttr);
    view->removeAttr(kListItemsAttr);
  });
}
