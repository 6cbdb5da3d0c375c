//===- ShapeToMemRef.cpp - nbc.reshape and nbc.concatenate to memref ------===//
//
// nbc.reshape     -> the size checks (nbc.raise_if with NumPy's messages),
//                    then scf.if on C-contiguity: memref.reinterpret_cast of
//                    the source's buffer with row-major strides (a view);
//                    else, unless contiguous_view, a call of the runtime's
//                    nbc_rt_reshape_strides (NumPy's no-copy reshape, its
//                    buffer a memref.alloca at the start of the function or
//                    parallel body) and a view with its strides; else a
//                    new array (memref.alloc) filled by a loop nest through
//                    a view of it shaped as the source (a copy). A source of
//                    identity layout is contiguous: the view alone.
// nbc.concatenate -> the size checks, a new array, and one copy loop nest per
//                    input into its memref.subview of the result.
//
//===----------------------------------------------------------------------===//

#include "ArrayLowering.h"
#include "nbc/Transforms/ExternalCalls.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/Dialect/MemRef/IR/MemRef.h"
#include "mlir/Dialect/SCF/IR/SCF.h"

#include <string>

using namespace mlir;
using namespace mlir::nbc;
using namespace mlir::nbc::arrays;

namespace {

/// Row-major strides (in elements) of `sizes`, as index values.
SmallVector<OpFoldResult> rowMajorStrides(OpBuilder &b, Location loc,
                                          ArrayRef<Value> sizes) {
  SmallVector<OpFoldResult> strides(sizes.size());
  Value running = constI64(b, loc, 1);
  for (int64_t d = (int64_t)sizes.size() - 1; d >= 0; --d) {
    strides[d] = d == (int64_t)sizes.size() - 1
                     ? OpFoldResult(b.getIndexAttr(1))
                     : OpFoldResult(toIndex(b, loc, running));
    running = arith::MulIOp::create(b, loc, running, sizes[d]);
  }
  return strides;
}

SmallVector<OpFoldResult> asIndices(OpBuilder &b, Location loc,
                                    ArrayRef<Value> i64s) {
  SmallVector<OpFoldResult> out;
  for (Value v : i64s)
    out.push_back(toIndex(b, loc, v));
  return out;
}

/// `to[ivs] = from[ivs]` over `from`'s shape.
void copyElements(OpBuilder &b, Location loc, Value from, Value to) {
  auto type = cast<MemRefType>(from.getType());
  SmallVector<Value> lbs, ubs, steps;
  for (int64_t d = 0; d < type.getRank(); ++d) {
    lbs.push_back(constIndex(b, loc, 0));
    ubs.push_back(memref::DimOp::create(b, loc, from, d));
    steps.push_back(constIndex(b, loc, 1));
  }
  scf::buildLoopNest(b, loc, lbs, ubs, steps,
                     [&](OpBuilder &nb, Location l, ValueRange ivs) {
                       Value x = memref::LoadOp::create(nb, l, from, ivs);
                       memref::StoreOp::create(nb, l, x, to, ivs);
                     });
}

/// Row-major strides (in elements) of `sizes`, as i64 values.
SmallVector<Value> rowMajorStridesI64(OpBuilder &b, Location loc,
                                      ArrayRef<Value> sizes) {
  SmallVector<Value> strides(sizes.size());
  Value running = constI64(b, loc, 1);
  for (int64_t d = (int64_t)sizes.size() - 1; d >= 0; --d) {
    strides[d] = running;
    running = arith::MulIOp::create(b, loc, running, sizes[d]);
  }
  return strides;
}

/// The runtime's NumPy no-copy reshape (lib/Runtime/Reshape.c).
constexpr StringLiteral kNoCopyFunction = "nbc_rt_reshape_strides";

/// Asks nbc_rt_reshape_strides whether the old sizes and strides can be
/// viewed with `newSizes`: [ok (i1), new strides (i64)...]. The four
/// vectors travel in one stack buffer allocated once at the start of the
/// function, or of the parallel loop body (one per iteration there), that
/// holds `op`: an alloca at the reshape would grow the stack in a loop, and
/// memref.alloca_scope cannot sit inside scf.if in our pipeline.
SmallVector<Value> askNoCopyStrides(OpBuilder &b, Location loc, Operation *op,
                                    func::FuncOp callee,
                                    ArrayRef<Value> oldSizes,
                                    ArrayRef<Value> oldStrides,
                                    ArrayRef<Value> newSizes) {
  int64_t oldRank = oldSizes.size(), newRank = newSizes.size();
  auto bufferType =
      MemRefType::get({2 * oldRank + 2 * newRank}, b.getI64Type());
  Operation *owner = op->getParentOp();
  while (owner && !isa<func::FuncOp, scf::ParallelOp, PRangeOp>(owner))
    owner = owner->getParentOp();
  if (!owner)
    owner = op->getParentOp();
  Value buffer;
  {
    OpBuilder::InsertionGuard guard(b);
    b.setInsertionPointToStart(&owner->getRegion(0).front());
    buffer = memref::AllocaOp::create(b, loc, bufferType);
  }
  int64_t slot = 0;
  for (ArrayRef<Value> values : {oldSizes, oldStrides, newSizes})
    for (Value v : values)
      memref::StoreOp::create(b, loc, v, buffer,
                              ValueRange{constIndex(b, loc, slot++)});
  Value address = indexToI64(
      b, loc, memref::ExtractAlignedPointerAsIndexOp::create(b, loc, buffer));
  Value ok = func::CallOp::create(b, loc, callee,
                                  ValueRange{constI64(b, loc, oldRank),
                                             constI64(b, loc, newRank),
                                             address})
                 .getResult(0);
  SmallVector<Value> results{arith::CmpIOp::create(
      b, loc, arith::CmpIPredicate::ne, ok, constI64(b, loc, 0))};
  for (int64_t k = 0; k < newRank; ++k)
    results.push_back(memref::LoadOp::create(
        b, loc, buffer, ValueRange{constIndex(b, loc, slot + k)}));
  return results;
}

/// NumPy's shape string of a failed reshape (convert_shape_to_string) when
/// the size at `unknown` (or none, -1) is the inferred one: leading
/// inferred sizes are left out, later ones print as `newaxis`, and a
/// single printed size gets a trailing comma.
std::string shapeMessage(int64_t rank, int64_t unknown, ValueRange sizes,
                         SmallVectorImpl<Value> &args) {
  std::string text;
  int64_t first = unknown == 0 ? 1 : 0;
  for (int64_t d = first; d < rank; ++d) {
    if (d > first)
      text += ",";
    if (d == unknown) {
      text += "newaxis";
      continue;
    }
    text += "{}";
    args.push_back(sizes[d]);
  }
  if (first == rank)
    return "()";
  return rank == 1 ? "(" + text + ",)" : "(" + text + ")";
}

struct ReshapeLowering : public OpConversionPattern<ReshapeOp> {
  using OpConversionPattern::OpConversionPattern;

  LogicalResult
  matchAndRewrite(ReshapeOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    Location loc = op.getLoc();
    OpBuilder &b = rewriter;
    auto resultType = dyn_cast_or_null<MemRefType>(
        getTypeConverter()->convertType(op.getType()));
    if (!resultType)
      return rewriter.notifyMatchFailure(op, "unconvertible result type");
    Value source = adaptor.getSource();
    auto sourceType = cast<MemRefType>(source.getType());
    using P = arith::CmpIPredicate;
    Value zero = constI64(b, loc, 0), one = constI64(b, loc, 1);

    auto meta = memref::ExtractStridedMetadataOp::create(b, loc, source);
    SmallVector<Value> sourceSizes, sourceStrides;
    Value total = one;
    for (int64_t d = 0; d < sourceType.getRank(); ++d) {
      sourceSizes.push_back(indexToI64(b, loc, meta.getSizes()[d]));
      sourceStrides.push_back(indexToI64(b, loc, meta.getStrides()[d]));
      total = arith::MulIOp::create(b, loc, total, sourceSizes.back());
    }

    // At most one negative (inferred) size; the product of the others.
    ValueRange sizes = adaptor.getSizes();
    int64_t rank = sizes.size();
    SmallVector<Value> negative;
    Value negatives = zero, known = one;
    for (Value size : sizes) {
      negative.push_back(cmpI(b, loc, P::slt, size, zero));
      negatives = arith::AddIOp::create(
          b, loc, negatives,
          arith::ExtUIOp::create(b, loc, b.getI64Type(), negative.back()));
      known = arith::MulIOp::create(
          b, loc, known,
          arith::SelectOp::create(b, loc, negative.back(), one, size));
    }
    raiseIf(b, loc, cmpI(b, loc, P::sgt, negatives, one),
            ExceptionKind::ValueError, "can only specify one unknown dimension");
    Value inferring = cmpI(b, loc, P::ne, negatives, zero);
    Value knownIsZero = cmpI(b, loc, P::eq, known, zero);
    Value safeKnown = arith::SelectOp::create(b, loc, knownIsZero, one, known);
    Value remainder = arith::RemSIOp::create(b, loc, total, safeKnown);
    Value inferredBad = arith::OrIOp::create(
        b, loc, knownIsZero, cmpI(b, loc, P::ne, remainder, zero));
    Value mismatch = arith::SelectOp::create(
        b, loc, inferring, inferredBad, cmpI(b, loc, P::ne, known, total));
    // One check per place of the inferred size (none, or dimension k): the
    // message's wording depends on it. All but one fold away for constants.
    for (int64_t unknown = -1; unknown < rank; ++unknown) {
      Value here = unknown < 0
                       ? arith::XOrIOp::create(
                             b, loc, inferring,
                             arith::ConstantIntOp::create(b, loc, 1, 1))
                             .getResult()
                       : negative[unknown];
      SmallVector<Value> args{total};
      std::string shape = shapeMessage(rank, unknown, sizes, args);
      Value bad = arith::AndIOp::create(b, loc, mismatch, here);
      std::string message = "cannot reshape array of size {} into shape ";
      if (args.size() > RaiseIfOp::kMaxArgs)
        raiseIf(b, loc, bad, ExceptionKind::ValueError,
                "cannot reshape array into the requested shape");
      else
        RaiseIfOp::create(b, loc, bad, ExceptionKind::ValueError,
                          message + shape, args);
    }
    Value inferred = arith::DivSIOp::create(b, loc, total, safeKnown);
    SmallVector<Value> newSizes;
    for (auto [size, isNegative] : llvm::zip(sizes, negative))
      newSizes.push_back(
          arith::SelectOp::create(b, loc, isNegative, inferred, size));

    // A view of the source's buffer with the new sizes and `strides` (i64;
    // where the result type has a static stride, that one).
    SmallVector<int64_t> fixedStrides;
    int64_t fixedOffset;
    if (failed(resultType.getStridesAndOffset(fixedStrides, fixedOffset)))
      return rewriter.notifyMatchFailure(op, "result is not strided");
    auto makeView = [&](OpBuilder &vb, Location l,
                        ArrayRef<Value> strides) -> Value {
      SmallVector<OpFoldResult> mixed;
      for (auto [stride, fixed] : llvm::zip(strides, fixedStrides))
        mixed.push_back(ShapedType::isDynamic(fixed)
                            ? OpFoldResult(toIndex(vb, l, stride))
                            : OpFoldResult(vb.getIndexAttr(fixed)));
      return memref::ReinterpretCastOp::create(
          vb, l, resultType, meta.getBaseBuffer(), meta.getOffset(),
          asIndices(vb, l, newSizes), mixed);
    };
    auto contiguousView = [&](OpBuilder &vb, Location l) {
      return makeView(vb, l, rowMajorStridesI64(vb, l, newSizes));
    };
    if (sourceType.getLayout().isIdentity()) {
      rewriter.replaceOp(op, contiguousView(b, loc));
      return success();
    }
    FailureOr<func::FuncOp> callee;
    if (!op.getContiguousView()) {
      callee = lookupOrDeclareExternal(
          b, op, kNoCopyFunction,
          b.getFunctionType({b.getI64Type(), b.getI64Type(), b.getI64Type()},
                            {b.getI64Type()}),
          "the nbc runtime");
      if (failed(callee))
        return failure();
    }
    // NumPy's C-contiguity: every axis of extent other than 1 has the
    // row-major stride; an empty array is contiguous.
    Value contiguous = cmpI(b, loc, P::eq, total, zero), ordered = nullptr;
    Value expected = one;
    for (int64_t d = sourceType.getRank() - 1; d >= 0; --d) {
      Value fits = arith::OrIOp::create(
          b, loc, cmpI(b, loc, P::eq, sourceSizes[d], one),
          cmpI(b, loc, P::eq, sourceStrides[d], expected));
      ordered = ordered ? arith::AndIOp::create(b, loc, ordered, fits) : fits;
      expected = arith::MulIOp::create(b, loc, expected, sourceSizes[d]);
    }
    if (ordered)
      contiguous = arith::OrIOp::create(b, loc, contiguous, ordered);
    else
      contiguous = arith::ConstantIntOp::create(b, loc, 1, 1);
    auto copy = [&](OpBuilder &eb, Location l) {
      auto newType = MemRefType::get(resultType.getShape(),
                                     resultType.getElementType());
      SmallVector<Value> indexSizes;
      for (Value size : newSizes)
        indexSizes.push_back(toIndex(eb, l, size));
      Value array = allocArray(eb, l, newType, indexSizes);
      // The new array seen with the source's shape, row-major.
      SmallVector<int64_t> dynamicSizes(sourceType.getRank(),
                                        ShapedType::kDynamic);
      SmallVector<int64_t> rowStrides = dynamicSizes;
      if (!rowStrides.empty())
        rowStrides.back() = 1;
      auto asSourceType = MemRefType::get(
          dynamicSizes, sourceType.getElementType(),
          StridedLayoutAttr::get(eb.getContext(), 0, rowStrides));
      Value asSource = memref::ReinterpretCastOp::create(
          eb, l, asSourceType, array, eb.getIndexAttr(0),
          asIndices(eb, l, sourceSizes), rowMajorStrides(eb, l, sourceSizes));
      copyElements(eb, l, source, asSource);
      scf::YieldOp::create(
          eb, l, memref::CastOp::create(eb, l, resultType, array).getResult());
    };
    auto viewOrCopy = [&](OpBuilder &eb, Location l) {
      if (op.getContiguousView()) {
        copy(eb, l);
        return;
      }
      // NumPy may still view it: ask the runtime for the strides.
      SmallVector<Value> strided =
          askNoCopyStrides(eb, l, op, *callee, sourceSizes, sourceStrides,
                           newSizes);
      auto inner = scf::IfOp::create(
          eb, l, strided.front(),
          [&](OpBuilder &vb, Location vl) {
            scf::YieldOp::create(
                vb, vl,
                ValueRange{makeView(vb, vl, ArrayRef(strided).drop_front())});
          },
          copy);
      scf::YieldOp::create(eb, l, inner.getResults());
    };
    auto ifOp = scf::IfOp::create(
        b, loc, contiguous,
        [&](OpBuilder &tb, Location l) {
          scf::YieldOp::create(tb, l, ValueRange{contiguousView(tb, l)});
        },
        viewOrCopy);
    rewriter.replaceOp(op, ifOp.getResults());
    return success();
  }
};

struct ConcatenateLowering : public OpConversionPattern<ConcatenateOp> {
  using OpConversionPattern::OpConversionPattern;

  LogicalResult
  matchAndRewrite(ConcatenateOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    Location loc = op.getLoc();
    OpBuilder &b = rewriter;
    auto resultType = dyn_cast_or_null<MemRefType>(
        getTypeConverter()->convertType(op.getType()));
    if (!resultType)
      return rewriter.notifyMatchFailure(op, "unconvertible result type");
    ValueRange inputs = adaptor.getInputs();
    int64_t axis = op.getAxis(), rank = resultType.getRank();
    SmallVector<Value> first = dimsI64(b, loc, inputs.front());
    Value joined = first[axis];
    for (auto [i, input] : llvm::enumerate(inputs.drop_front())) {
      SmallVector<Value> dims = dimsI64(b, loc, input);
      for (int64_t d = 0; d < rank; ++d) {
        if (d == axis)
          continue;
        Value differ =
            cmpI(b, loc, arith::CmpIPredicate::ne, dims[d], first[d]);
        std::string message =
            "all the input array dimensions except for the concatenation "
            "axis must match exactly, but along dimension " +
            std::to_string(d) + ", the array at index 0 has size {} and the "
            "array at index " + std::to_string(i + 1) + " has size {}";
        RaiseIfOp::create(b, loc, differ, ExceptionKind::ValueError, message,
                          SmallVector<Value>{first[d], dims[d]});
      }
      joined = arith::AddIOp::create(b, loc, joined, dims[axis]);
    }
    SmallVector<Value> sizes;
    for (int64_t d = 0; d < rank; ++d)
      sizes.push_back(toIndex(b, loc, d == axis ? joined : first[d]));
    Value result = allocArray(b, loc, resultType, sizes);
    Value offset = constIndex(b, loc, 0);
    for (Value input : inputs) {
      SmallVector<OpFoldResult> offsets(rank, b.getIndexAttr(0)),
          extents, unit(rank, b.getIndexAttr(1));
      offsets[axis] = offset;
      for (int64_t d = 0; d < rank; ++d)
        extents.push_back(
            OpFoldResult(memref::DimOp::create(b, loc, input, d).getResult()));
      Value part = memref::SubViewOp::create(b, loc, result, offsets, extents,
                                             unit);
      copyElements(b, loc, input, part);
      offset = arith::AddIOp::create(b, loc, offset,
                                     getValueOrCreateConstantIndexOp(
                                         b, loc, extents[axis]));
    }
    rewriter.replaceOp(op, result);
    return success();
  }
};

} // namespace

void arrays::populateShapePatterns(const TypeConverter &converter,
                                   RewritePatternSet &patterns) {
  patterns.add<ReshapeLowering, ConcatenateLowering>(converter,
                                                     patterns.getContext());
}
