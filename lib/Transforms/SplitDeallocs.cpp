//===- SplitDeallocs.cpp - One bufferization.dealloc per memref ----------===//
//
// bufferization.dealloc (%m0 .. %mN) if (%c0 .. %cN) retain (%r...)
//   ->  bufferization.dealloc (%mi) if (%ci') retain (%r...) for each i,
//       %ci' = %ci and no earlier %mk with %ck is the same buffer,
//       each ownership result the `or` of the parts'.
// lower-deallocations then lowers every part inline instead of through its
// generic helper, which heap-allocates scratch arrays on every run.
//
//===----------------------------------------------------------------------===//

#include "nbc/Transforms/Passes.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Bufferization/IR/Bufferization.h"
#include "mlir/Dialect/MemRef/IR/MemRef.h"

namespace mlir::nbc {
#define GEN_PASS_DEF_NBCSPLITDEALLOCS
#include "nbc/Transforms/Passes.h.inc"
} // namespace mlir::nbc

using namespace mlir;

static void split(bufferization::DeallocOp dealloc) {
  OpBuilder b(dealloc);
  Location loc = dealloc.getLoc();
  ValueRange memrefs = dealloc.getMemrefs();
  SmallVector<Value> pointers, conditions;
  SmallVector<Value> owned(dealloc.getNumResults());
  for (auto [memref, condition] :
       llvm::zip_equal(memrefs, dealloc.getConditions())) {
    Value pointer =
        memref::ExtractAlignedPointerAsIndexOp::create(b, loc, memref);
    // Freed by an earlier part already (the same buffer, its condition true).
    Value done;
    for (auto [earlier, earlierCondition] :
         llvm::zip_equal(pointers, conditions)) {
      Value same = arith::CmpIOp::create(b, loc, arith::CmpIPredicate::eq,
                                         earlier, pointer);
      Value freed = arith::AndIOp::create(b, loc, earlierCondition, same);
      done = done ? Value(arith::OrIOp::create(b, loc, done, freed)) : freed;
    }
    if (done) {
      Value notDone = arith::XOrIOp::create(
          b, loc, done, arith::ConstantIntOp::create(b, loc, 1, 1));
      condition = arith::AndIOp::create(b, loc, condition, notDone);
    }
    auto part = bufferization::DeallocOp::create(
        b, loc, ValueRange{memref}, ValueRange{condition},
        dealloc.getRetained());
    for (auto [k, result] : llvm::enumerate(part.getResults()))
      owned[k] = owned[k]
                     ? Value(arith::OrIOp::create(b, loc, owned[k], result))
                     : Value(result);
    pointers.push_back(pointer);
    conditions.push_back(condition);
  }
  dealloc->replaceAllUsesWith(owned);
  dealloc->erase();
}

namespace {
struct NBCSplitDeallocs
    : public nbc::impl::NBCSplitDeallocsBase<NBCSplitDeallocs> {
  void runOnOperation() override {
    SmallVector<bufferization::DeallocOp> deallocs;
    getOperation()->walk([&](bufferization::DeallocOp dealloc) {
      if (dealloc.getMemrefs().size() > 1)
        deallocs.push_back(dealloc);
    });
    for (bufferization::DeallocOp dealloc : deallocs)
      split(dealloc);
  }
};
} // namespace
