//===- ExpandAtomicUpdates.cpp - nbc.atomic_update to a CAS loop ----------===//
//
// nbc.atomic_update on converted types (after convert-nbc-to-core and
// buffer deallocation)
//   -> the element's address (memref.extract_aligned_pointer_as_index and
//      memref.extract_strided_metadata), a plain load of the current value
//      and an scf.while loop that runs the body on it and stores the result
//      with llvm.cmpxchg on the value's bits (iN, bitcast for floats) until
//      no other thread changed the element in between.
// upstream memref.generic_atomic_rmw is not used: buffer deallocation
// refuses it (a region with a result and no RegionBranchOpInterface) and
// its LLVM lowering emits llvm.cmpxchg on floats, which the LLVM dialect
// rejects.
//
//===----------------------------------------------------------------------===//

#include "nbc/Transforms/Passes.h"

#include "nbc/Dialect/NBC/IR/NBCOps.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/LLVMIR/LLVMDialect.h"
#include "mlir/Dialect/MemRef/IR/MemRef.h"
#include "mlir/Dialect/SCF/IR/SCF.h"
#include "mlir/IR/IRMapping.h"
#include "mlir/IR/PatternMatch.h"

namespace mlir::nbc {
#define GEN_PASS_DEF_NBCEXPANDATOMICUPDATES
#include "nbc/Transforms/Passes.h.inc"
} // namespace mlir::nbc

using namespace mlir;
using namespace mlir::nbc;

/// The address of `array[indices]` as an !llvm.ptr.
static Value elementAddress(OpBuilder &b, Location loc, Value array,
                            ValueRange indices) {
  auto type = cast<MemRefType>(array.getType());
  auto metadata = memref::ExtractStridedMetadataOp::create(b, loc, array);
  Value offset = metadata.getOffset();
  for (auto [index, stride] : llvm::zip(indices, metadata.getStrides()))
    offset = arith::AddIOp::create(
        b, loc, offset, arith::MulIOp::create(b, loc, index, stride));
  unsigned bytes = type.getElementTypeBitWidth() / 8;
  Value base = memref::ExtractAlignedPointerAsIndexOp::create(b, loc, array);
  Value byteOffset = arith::MulIOp::create(
      b, loc, offset, arith::ConstantIndexOp::create(b, loc, bytes));
  Value address = arith::IndexCastOp::create(
      b, loc, b.getI64Type(), arith::AddIOp::create(b, loc, base, byteOffset));
  return LLVM::IntToPtrOp::create(b, loc,
                                  LLVM::LLVMPointerType::get(b.getContext()),
                                  address);
}

static LogicalResult expand(AtomicUpdateOp op, IRRewriter &rewriter) {
  Type element = cast<MemRefType>(op.getArray().getType()).getElementType();
  unsigned width = element.getIntOrFloatBitWidth();
  if (op.wrapsAround() || op.checksBounds() || width % 8 != 0 ||
      !llvm::all_of(op.getIndices().getTypes(),
                    [](Type t) { return t.isIndex(); }))
    return op.emitOpError("must be lowered by convert-nbc-to-core first");
  Location loc = op.getLoc();
  rewriter.setInsertionPoint(op);
  Type bits = rewriter.getIntegerType(width);
  auto toBits = [&](OpBuilder &b, Value v) -> Value {
    return v.getType() == bits ? v
                               : arith::BitcastOp::create(b, loc, bits, v);
  };
  auto fromBits = [&](OpBuilder &b, Value v) -> Value {
    return element == bits ? v : arith::BitcastOp::create(b, loc, element, v);
  };
  Value address =
      elementAddress(rewriter, loc, op.getArray(), op.getIndices());
  Value first = toBits(
      rewriter, memref::LoadOp::create(rewriter, loc, op.getArray(),
                                       op.getIndices()));
  Block &body = op.getBody().front();
  auto loop = scf::WhileOp::create(
      rewriter, loc, TypeRange{bits}, ValueRange{first},
      [&](OpBuilder &b, Location l, ValueRange args) {
        Value expected = args.front();
        IRMapping mapping;
        mapping.map(body.getArgument(0), fromBits(b, expected));
        for (Operation &inner : body.without_terminator())
          b.clone(inner, mapping);
        Value updated =
            mapping.lookup(cast<YieldOp>(body.getTerminator()).getValues()[0]);
        auto exchange = LLVM::AtomicCmpXchgOp::create(
            b, l, address, expected, toBits(b, updated),
            LLVM::AtomicOrdering::acq_rel, LLVM::AtomicOrdering::monotonic);
        Value seen = LLVM::ExtractValueOp::create(b, l, exchange, 0);
        Value stored = LLVM::ExtractValueOp::create(b, l, exchange, 1);
        Value retry = arith::XOrIOp::create(
            b, l, stored, arith::ConstantIntOp::create(b, l, 1, 1));
        scf::ConditionOp::create(b, l, retry, ValueRange{seen});
      },
      [&](OpBuilder &b, Location l, ValueRange args) {
        scf::YieldOp::create(b, l, args);
      });
  (void)loop;
  rewriter.eraseOp(op);
  return success();
}

namespace {
struct NBCExpandAtomicUpdates
    : public nbc::impl::NBCExpandAtomicUpdatesBase<NBCExpandAtomicUpdates> {
  void runOnOperation() override {
    SmallVector<AtomicUpdateOp> updates;
    getOperation()->walk([&](AtomicUpdateOp op) { updates.push_back(op); });
    IRRewriter rewriter(&getContext());
    for (AtomicUpdateOp op : updates)
      if (failed(expand(op, rewriter)))
        return signalPassFailure();
  }
};
} // namespace
