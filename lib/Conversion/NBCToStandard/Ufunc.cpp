//===- Ufunc.cpp - nbc.ufunc to an scf.for nest over the output -----------===//
//
// nbc.ufunc -> run-time broadcast shape (ValueError when the operands do
// not broadcast), one strided view per array input with stride 0 on the
// broadcast axes (memref.reinterpret_cast), new arrays for the results when
// there are no outs, and an scf.for nest over the output whose body is the
// ufunc's body (inlined through scf.execute_region) between the loads and
// the stores.
//
//===----------------------------------------------------------------------===//

#include "ArrayLowering.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/MemRef/IR/MemRef.h"
#include "mlir/Dialect/SCF/IR/SCF.h"

using namespace mlir;
using namespace mlir::nbc;
using namespace mlir::nbc::arrays;

namespace {
struct UfuncLowering : public OpConversionPattern<UfuncOp> {
  using OpConversionPattern::OpConversionPattern;
  LogicalResult
  matchAndRewrite(UfuncOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    Location loc = op.getLoc();
    OpBuilder &b = rewriter;
    // The broadcast rank: the outputs all have it (verified).
    auto firstOut = cast<MemRefType>(op.getOutputs().front().getType());
    int64_t rank = firstOut.getRank();
    Value one = constI64(b, loc, 1);

    // NumPy broadcasting, right-aligned: an extent of 1 stretches, all
    // others must agree. Outputs given in `outs` take part and must
    // already have the broadcast shape.
    SmallVector<Value> shape(rank, one);
    Value bad;
    auto orInto = [&](Value cond) {
      bad = bad ? arith::OrIOp::create(b, loc, bad, cond) : cond;
    };
    SmallVector<Value> arrays;
    for (Value in : adaptor.getIns())
      if (isa<MemRefType>(in.getType()))
        arrays.push_back(in);
    llvm::append_range(arrays, adaptor.getOuts());
    for (Value array : arrays) {
      SmallVector<Value> dims = dimsI64(b, loc, array);
      int64_t lead = rank - (int64_t)dims.size();
      for (auto [k, extent] : llvm::enumerate(dims)) {
        Value &out = shape[lead + k];
        Value notOne = arith::CmpIOp::create(b, loc, arith::CmpIPredicate::ne,
                                             extent, one);
        Value outNotOne =
            arith::CmpIOp::create(b, loc, arith::CmpIPredicate::ne, out, one);
        Value differ = arith::CmpIOp::create(b, loc, arith::CmpIPredicate::ne,
                                             extent, out);
        orInto(arith::AndIOp::create(
            b, loc, notOne, arith::AndIOp::create(b, loc, outNotOne, differ)));
        out = arith::SelectOp::create(b, loc, notOne, extent, out);
      }
    }
    for (Value array : adaptor.getOuts())
      for (auto [d, extent] : llvm::enumerate(dimsI64(b, loc, array)))
        orInto(arith::CmpIOp::create(b, loc, arith::CmpIPredicate::ne, extent,
                                     shape[d]));
    if (bad)
      raiseIf(b, loc, bad, ExceptionKind::ValueError,
              "operands could not be broadcast together");
    SmallVector<Value> shapeIdx;
    for (Value extent : shape)
      shapeIdx.push_back(toIndex(b, loc, extent));

    // Inputs as rank-`rank` views with stride 0 where they broadcast.
    // `unitInner` gives the views a static innermost stride of 1 (the fast
    // path, which nbc-vectorize turns into vector loads).
    struct Input {
      Value value;
      SmallVector<OpFoldResult> sizes, strides;
      Value offset, base;
    };
    SmallVector<Input> ins;
    Value zeroIdx = constIndex(b, loc, 0), oneIdx = constIndex(b, loc, 1);
    Value contiguous = arith::ConstantIntOp::create(b, loc, 1, 1);
    for (Value in : adaptor.getIns()) {
      auto type = dyn_cast<MemRefType>(in.getType());
      if (!type) {
        ins.push_back({in, {}, {}, {}, {}});
        continue;
      }
      auto meta = memref::ExtractStridedMetadataOp::create(b, loc, in);
      int64_t lead = rank - type.getRank();
      Input input{in, {}, {}, meta.getOffset(), meta.getBaseBuffer()};
      for (int64_t d = 0; d < rank; ++d) {
        input.sizes.push_back(shapeIdx[d]);
        if (d < lead) {
          input.strides.push_back(b.getIndexAttr(0));
          continue;
        }
        Value extent = meta.getSizes()[d - lead];
        Value isOne = arith::CmpIOp::create(b, loc, arith::CmpIPredicate::eq,
                                            extent, oneIdx);
        Value stride = arith::SelectOp::create(b, loc, isOne, zeroIdx,
                                               meta.getStrides()[d - lead]);
        input.strides.push_back(stride);
        if (d == rank - 1)
          contiguous = arith::AndIOp::create(
              b, loc, contiguous,
              arith::CmpIOp::create(b, loc, arith::CmpIPredicate::eq, stride,
                                    oneIdx));
      }
      if (lead == rank && rank > 0) // a rank-0 array stretched everywhere
        contiguous = arith::ConstantIntOp::create(b, loc, 0, 1);
      ins.push_back(input);
    }
    auto makeViews = [&](bool unitInner) {
      SmallVector<Value> views;
      for (Input &input : ins) {
        if (!input.base) {
          views.push_back(input.value);
          continue;
        }
        auto type = cast<MemRefType>(input.value.getType());
        SmallVector<int64_t> layout(rank, ShapedType::kDynamic);
        SmallVector<OpFoldResult> strides(input.strides);
        if (unitInner && rank > 0) {
          layout.back() = 1;
          strides.back() = b.getIndexAttr(1);
        }
        auto viewType =
            MemRefType::get(SmallVector<int64_t>(rank, ShapedType::kDynamic),
                            type.getElementType(),
                            StridedLayoutAttr::get(
                                b.getContext(), ShapedType::kDynamic, layout));
        views.push_back(memref::ReinterpretCastOp::create(
            b, loc, viewType, input.base, input.offset, input.sizes, strides));
      }
      return views;
    };

    // Outputs: the given arrays, or new ones.
    SmallVector<Value> outputs(adaptor.getOuts());
    for (Type type : op.getResultTypes()) {
      auto outType =
          dyn_cast_or_null<MemRefType>(getTypeConverter()->convertType(type));
      if (!outType)
        return failure();
      outputs.push_back(allocArray(b, loc, outType, shapeIdx));
    }
    bool outsUnit = llvm::all_of(outputs, [](Value out) {
      auto type = cast<MemRefType>(out.getType());
      SmallVector<int64_t> strides;
      int64_t offset;
      return type.getRank() > 0 &&
             succeeded(type.getStridesAndOffset(strides, offset)) &&
             strides.back() == 1;
    });

    // The loop nest over the output; the body is inlined (cloned for all
    // but the last copy).
    auto emitNest = [&](ArrayRef<Value> inputs, bool clone) {
      SmallVector<Value> lbs(rank, zeroIdx), steps(rank, oneIdx);
      scf::LoopNest nest = scf::buildLoopNest(b, loc, lbs, shapeIdx, steps);
      OpBuilder::InsertionGuard guard(b);
      if (!nest.loops.empty())
        b.setInsertionPoint(nest.loops.back().getBody()->getTerminator());
      SmallVector<Value> ivs;
      for (scf::ForOp loop : nest.loops)
        ivs.push_back(loop.getInductionVar());
      SmallVector<Value> args;
      for (Value in : inputs)
        args.push_back(isa<MemRefType>(in.getType())
                           ? memref::LoadOp::create(b, loc, in, ivs).getResult()
                           : in);
      ValueRange results = inlineBodyAsRegion(rewriter, loc, op.getRegion(),
                                              *getTypeConverter(), args, clone);
      for (auto [value, out] : llvm::zip(results, outputs))
        memref::StoreOp::create(b, loc, value, out, ivs);
    };
    if (rank > 0 && outsUnit) {
      // Version: unit innermost strides everywhere (no broadcast on the
      // last axis) get a loop nest the vectorizer can handle.
      auto ifOp = scf::IfOp::create(b, loc, contiguous, /*withElse=*/true);
      {
        OpBuilder::InsertionGuard guard(b);
        b.setInsertionPoint(ifOp.thenBlock()->getTerminator());
        emitNest(makeViews(true), /*clone=*/true);
        b.setInsertionPoint(ifOp.elseBlock()->getTerminator());
        emitNest(makeViews(false), /*clone=*/false);
      }
      b.setInsertionPointAfter(ifOp);
    } else {
      emitNest(makeViews(false), /*clone=*/false);
    }
    if (op.getNumResults())
      rewriter.replaceOp(op, ArrayRef<Value>(outputs));
    else
      rewriter.eraseOp(op);
    return success();
  }
};
} // namespace

void arrays::populateUfuncPatterns(const TypeConverter &converter,
                                   RewritePatternSet &patterns) {
  patterns.add<UfuncLowering>(converter, patterns.getContext());
}
