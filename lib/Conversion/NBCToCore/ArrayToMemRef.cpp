//===- ArrayToMemRef.cpp - nbc array ops to memref ------------------------===//
//
// nbc.load/store   -> memref.load/store after Python index wraparound and a
//                     bounds check (nbc.raise_if IndexError)
// nbc.yield        -> scf.yield in scf.execute_region; in an
//                     nbc.atomic_update, nbc.yield of converted types
// nbc.dim/stride   -> memref.dim / memref.extract_strided_metadata
// nbc.slice        -> memref.reinterpret_cast of the source's base buffer
//                     (negative steps give negative strides, which
//                     memref.subview cannot express; a new axis has size
//                     1 and stride 0)
// nbc.empty/full   -> memref.alloc {alignment = 64} (+ a fill loop nest);
//                     every allocation checks its byte count (ValueError
//                     "array is too big") and the allocator's null result
//                     (MemoryError)
//
// array_reduce and ufunc live in ArrayReduce.cpp and Ufunc.cpp, reshape and
// concatenate in ShapeToMemRef.cpp.
//
//===----------------------------------------------------------------------===//

#include "ArrayListLayout.h"
#include "ArrayLowering.h"
#include "nbc/Conversion/NBCToCore/NBCToCore.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/Dialect/MemRef/IR/MemRef.h"
#include "mlir/Dialect/SCF/IR/SCF.h"

#include <algorithm>
#include <limits>

using namespace mlir;
using namespace mlir::nbc;
using namespace mlir::nbc::arrays;

//===----------------------------------------------------------------------===//
// Shared helpers
//===----------------------------------------------------------------------===//

Value arrays::toI64(OpBuilder &b, Location loc, Value value, Type nbcType) {
  Type i64 = b.getI64Type();
  auto type = cast<IntegerType>(value.getType());
  if (type.getWidth() == 64)
    return value;
  if (type.getWidth() > 64)
    return arith::TruncIOp::create(b, loc, i64, value);
  if (nbcType.isSignedInteger())
    return arith::ExtSIOp::create(b, loc, i64, value);
  return arith::ExtUIOp::create(b, loc, i64, value);
}

Value arrays::toIndex(OpBuilder &b, Location loc, Value i64) {
  return arith::IndexCastOp::create(b, loc, b.getIndexType(), i64);
}

Value arrays::indexToI64(OpBuilder &b, Location loc, Value index) {
  return arith::IndexCastOp::create(b, loc, b.getI64Type(), index);
}

Value arrays::constI64(OpBuilder &b, Location loc, int64_t value) {
  return arith::ConstantIntOp::create(b, loc, value, 64);
}

Value arrays::constIndex(OpBuilder &b, Location loc, int64_t value) {
  return arith::ConstantIndexOp::create(b, loc, value);
}

void arrays::raiseIf(OpBuilder &b, Location loc, Value cond, ExceptionKind kind,
                     StringRef message) {
  RaiseIfOp::create(b, loc, cond, kind, message);
}

void arrays::OutOfBounds::raise(OpBuilder &b, Location loc) {
  if (axes.empty())
    return;
  // The first axis out of bounds is reported, as NumPy does: select from
  // the last axis back (LLVM sinks the selects into the failure path).
  Axis last = axes.back();
  Value any = last.out, given = last.given, size = last.size;
  Value axis = constI64(b, loc, last.axis);
  bool allUnsigned = last.isUnsigned;
  for (const Axis &a : llvm::reverse(ArrayRef(axes).drop_back())) {
    any = arith::OrIOp::create(b, loc, a.out, any);
    given = arith::SelectOp::create(b, loc, a.out, a.given, given);
    size = arith::SelectOp::create(b, loc, a.out, a.size, size);
    axis = arith::SelectOp::create(b, loc, a.out, constI64(b, loc, a.axis),
                                   axis);
    allUnsigned &= a.isUnsigned;
  }
  auto raise = RaiseIfOp::create(
      b, loc, any, ExceptionKind::IndexError,
      "index {} is out of bounds for axis {} with size {}",
      ValueRange{given, axis, size});
  if (allUnsigned) {
    bool unsignedArgs[] = {true, false, false};
    raise.setUnsignedArgs(ArrayRef<bool>(unsignedArgs));
  }
  axes.clear();
}

Value arrays::pythonIndex(OpBuilder &b, Location loc, Value index, Value dim,
                          bool wrap, bool isUnsigned, Value &oob) {
  if (wrap && !isUnsigned) {
    Value zero = constI64(b, loc, 0);
    Value negative =
        arith::CmpIOp::create(b, loc, arith::CmpIPredicate::slt, index, zero);
    Value wrapped = arith::AddIOp::create(b, loc, index, dim);
    index = arith::SelectOp::create(b, loc, negative, wrapped, index);
  }
  // Unsigned compare: a negative index left after wrapping is also out.
  Value out =
      arith::CmpIOp::create(b, loc, arith::CmpIPredicate::uge, index, dim);
  oob = oob ? arith::OrIOp::create(b, loc, oob, out) : out;
  return index;
}

SmallVector<Value> arrays::dimsI64(OpBuilder &b, Location loc, Value memref) {
  SmallVector<Value> dims;
  auto type = cast<MemRefType>(memref.getType());
  for (int64_t d = 0; d < type.getRank(); ++d)
    dims.push_back(
        indexToI64(b, loc, memref::DimOp::create(b, loc, memref, d)));
  return dims;
}

/// The largest array in bytes: NumPy's limit (the byte count must fit in
/// intp) less the 64 bytes that memref.alloc's alignment adds to the size
/// it passes to malloc.
static constexpr int64_t kMaxArrayBytes =
    std::numeric_limits<int64_t>::max() - 64;

Value arrays::metadataBuffer(OpBuilder &b, Location loc, Operation *op,
                             Value memref) {
  auto type = cast<MemRefType>(memref.getType());
  int64_t rank = type.getRank();
  Operation *owner = op->getParentOp();
  while (owner && !isa<func::FuncOp, scf::ParallelOp, PRangeOp>(owner))
    owner = owner->getParentOp();
  if (!owner)
    owner = op->getParentOp();
  Value buffer;
  {
    OpBuilder::InsertionGuard guard(b);
    b.setInsertionPointToStart(&owner->getRegion(0).front());
    buffer = memref::AllocaOp::create(
        b, loc, MemRefType::get({2 * rank}, b.getI64Type()));
  }
  auto meta = memref::ExtractStridedMetadataOp::create(b, loc, memref);
  for (int64_t d = 0; d < rank; ++d) {
    memref::StoreOp::create(b, loc, indexToI64(b, loc, meta.getSizes()[d]),
                            buffer, ValueRange{constIndex(b, loc, d)});
    memref::StoreOp::create(b, loc, indexToI64(b, loc, meta.getStrides()[d]),
                            buffer, ValueRange{constIndex(b, loc, rank + d)});
  }
  return buffer;
}

Value arrays::firstElementAddress(OpBuilder &b, Location loc, Value memref) {
  auto type = cast<MemRefType>(memref.getType());
  auto meta = memref::ExtractStridedMetadataOp::create(b, loc, memref);
  Value aligned =
      memref::ExtractAlignedPointerAsIndexOp::create(b, loc, memref);
  Value offset = arith::MulIOp::create(
      b, loc, meta.getOffset(), constIndex(b, loc, getElementBytes(type)));
  return indexToI64(b, loc, arith::AddIOp::create(b, loc, aligned, offset));
}

Value arrays::allocArray(OpBuilder &b, Location loc, MemRefType type,
                         ArrayRef<Value> sizes) {
  // The byte count, itemsize * all extents, checked for overflow as NumPy
  // does: zero extents are skipped (so (0, 2**62, 2**62) is still too big),
  // a negative one is 1 here (the caller raised for it already).
  Value zero = constI64(b, loc, 0), one = constI64(b, loc, 1);
  int64_t itemsize = getElementBytes(type);
  Value bytes = constI64(b, loc, itemsize);
  Value tooBig;
  SmallVector<Value> dynamic;
  for (int64_t d = 0; d < type.getRank(); ++d) {
    Value extent;
    if (type.isDynamicDim(d)) {
      dynamic.push_back(sizes[d]);
      extent =
          arith::MaxSIOp::create(b, loc, indexToI64(b, loc, sizes[d]), one);
    } else {
      extent = constI64(b, loc, std::max<int64_t>(1, type.getDimSize(d)));
    }
    auto product = arith::MulUIExtendedOp::create(b, loc, bytes, extent);
    Value wrapped = arith::CmpIOp::create(b, loc, arith::CmpIPredicate::ne,
                                          product.getHigh(), zero);
    tooBig = tooBig ? arith::OrIOp::create(b, loc, tooBig, wrapped) : wrapped;
    bytes = product.getLow();
  }
  Value over = arith::CmpIOp::create(b, loc, arith::CmpIPredicate::ugt, bytes,
                                     constI64(b, loc, kMaxArrayBytes));
  tooBig = tooBig ? arith::OrIOp::create(b, loc, tooBig, over) : over;
  raiseIf(b, loc, tooBig, ExceptionKind::ValueError,
          "array is too big; `arr.size * arr.dtype.itemsize` is larger than "
          "the maximum possible size.");

  Value array = memref::AllocOp::create(b, loc, type, dynamic,
                                        b.getI64IntegerAttr(64));
  // The allocator (nbc_rt_malloc or malloc) returns null when it cannot
  // grant the block; the aligned pointer of a null block is null too.
  Value address = memref::ExtractAlignedPointerAsIndexOp::create(b, loc, array);
  Value failed = arith::CmpIOp::create(b, loc, arith::CmpIPredicate::eq,
                                       address, constIndex(b, loc, 0));
  raiseIf(b, loc, failed, ExceptionKind::MemoryError,
          "Unable to allocate memory for the array");
  return array;
}

ValueRange arrays::inlineBodyAsRegion(ConversionPatternRewriter &rewriter,
                                      Location loc, Region &body,
                                      const TypeConverter &converter,
                                      ValueRange args, bool clone) {
  auto yield = cast<YieldOp>(body.front().getTerminator());
  SmallVector<Type> resultTypes;
  for (Type type : yield.getValues().getTypes())
    resultTypes.push_back(converter.convertType(type));
  auto exec = scf::ExecuteRegionOp::create(rewriter, loc, resultTypes);
  Region *from = &body;
  if (clone) {
    rewriter.cloneRegionBefore(body, exec.getRegion(), exec.getRegion().end());
    from = &exec.getRegion();
  }
  FailureOr<Block *> converted = rewriter.convertRegionTypes(from, converter);
  Block *source = succeeded(converted) ? *converted : &from->front();
  Block *dest = rewriter.createBlock(&exec.getRegion(), exec.getRegion().end());
  rewriter.inlineBlockBefore(source, dest, dest->end(), args);
  rewriter.setInsertionPointAfter(exec);
  return exec.getResults();
}

namespace {
struct YieldInRegionLowering : public OpConversionPattern<YieldOp> {
  using OpConversionPattern::OpConversionPattern;
  LogicalResult
  matchAndRewrite(YieldOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    if (isa<AtomicUpdateOp, TryOp>(op->getParentOp())) {
      rewriter.replaceOpWithNewOp<YieldOp>(op, adaptor.getValues());
      return success();
    }
    if (!isa<scf::ExecuteRegionOp>(op->getParentOp()))
      return failure();
    rewriter.replaceOpWithNewOp<scf::YieldOp>(op, adaptor.getValues());
    return success();
  }
};
} // namespace

void arrays::populateYieldInRegionPattern(const TypeConverter &converter,
                                          RewritePatternSet &patterns) {
  patterns.add<YieldInRegionLowering>(converter, patterns.getContext());
}

//===----------------------------------------------------------------------===//
// load, store
//===----------------------------------------------------------------------===//

SmallVector<Value> arrays::accessIndices(OpBuilder &b, Location loc,
                                         Value memref, ValueRange indices,
                                         TypeRange nbcTypes, bool wrap,
                                         bool check) {
  SmallVector<Value> result;
  OutOfBounds bounds;
  for (auto [k, index] : llvm::enumerate(indices)) {
    Type nbcType = nbcTypes[k];
    Value given = toI64(b, loc, index, nbcType), i = given;
    if (wrap || check) {
      Value dim = indexToI64(b, loc, memref::DimOp::create(b, loc, memref, k));
      Value out;
      i = pythonIndex(b, loc, i, dim, wrap, nbcType.isUnsignedInteger(), out);
      bounds.note(out, given, k, dim, nbcType.isUnsignedInteger());
    }
    result.push_back(toIndex(b, loc, i));
  }
  if (check)
    bounds.raise(b, loc);
  return result;
}

/// Index values for a Python-indexed access, with the checks emitted.
template <typename OpTy>
static SmallVector<Value> accessIndices(OpTy op, Value memref,
                                        ValueRange indices, OpBuilder &b) {
  return accessIndices(b, op.getLoc(), memref, indices,
                       op.getIndices().getTypes(), op.wrapsAround(),
                       op.checksBounds());
}

namespace {
struct LoadLowering : public OpConversionPattern<LoadOp> {
  using OpConversionPattern::OpConversionPattern;
  LogicalResult
  matchAndRewrite(LoadOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    SmallVector<Value> indices =
        accessIndices(op, adaptor.getArray(), adaptor.getIndices(), rewriter);
    rewriter.replaceOpWithNewOp<memref::LoadOp>(op, adaptor.getArray(),
                                                indices);
    return success();
  }
};

struct StoreLowering : public OpConversionPattern<StoreOp> {
  using OpConversionPattern::OpConversionPattern;
  LogicalResult
  matchAndRewrite(StoreOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    SmallVector<Value> indices =
        accessIndices(op, adaptor.getArray(), adaptor.getIndices(), rewriter);
    rewriter.replaceOpWithNewOp<memref::StoreOp>(op, adaptor.getValue(),
                                                 adaptor.getArray(), indices);
    return success();
  }
};

//===----------------------------------------------------------------------===//
// dim, stride
//===----------------------------------------------------------------------===//

struct DimLowering : public OpConversionPattern<DimOp> {
  using OpConversionPattern::OpConversionPattern;
  LogicalResult
  matchAndRewrite(DimOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    Value dim = memref::DimOp::create(rewriter, op.getLoc(), adaptor.getArray(),
                                      op.getAxis());
    rewriter.replaceOp(op, indexToI64(rewriter, op.getLoc(), dim));
    return success();
  }
};

struct StrideLowering : public OpConversionPattern<StrideOp> {
  using OpConversionPattern::OpConversionPattern;
  LogicalResult
  matchAndRewrite(StrideOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    auto meta = memref::ExtractStridedMetadataOp::create(rewriter, op.getLoc(),
                                                         adaptor.getArray());
    Value stride = meta.getStrides()[op.getAxis()];
    rewriter.replaceOp(op, indexToI64(rewriter, op.getLoc(), stride));
    return success();
  }
};

//===----------------------------------------------------------------------===//
// slice
//===----------------------------------------------------------------------===//

/// Python's PySlice_AdjustIndices for one bound: counts a negative bound
/// from the end and clamps to [lo, hi] where lo/hi depend on the step sign.
static Value adjustBound(OpBuilder &b, Location loc, Value bound, Value n,
                         Value negStep) {
  Value zero = constI64(b, loc, 0), minusOne = constI64(b, loc, -1);
  Value nMinusOne = arith::SubIOp::create(b, loc, n, constI64(b, loc, 1));
  Value lo = arith::SelectOp::create(b, loc, negStep, minusOne, zero);
  Value hi = arith::SelectOp::create(b, loc, negStep, nMinusOne, n);
  Value isNeg =
      arith::CmpIOp::create(b, loc, arith::CmpIPredicate::slt, bound, zero);
  Value fromEnd = arith::AddIOp::create(b, loc, bound, n);
  Value wrapped = arith::SelectOp::create(b, loc, isNeg, fromEnd, bound);
  Value clampedLo = arith::MaxSIOp::create(b, loc, wrapped, lo);
  return arith::MinSIOp::create(b, loc, clampedLo, hi);
}

/// memref layouts spell "dynamic" as INT64_MIN (ShapedType::kDynamic): a
/// run-time stride that folds to that constant later (constant operands,
/// wrapped arithmetic) would turn into a static value that means "dynamic",
/// which upstream folders do not expect (they crash). No valid view needs
/// it (a stride that large belongs to an axis of at most one element), so
/// it is replaced by `fallback`. (Offsets: see the negative-offset check.)
static Value avoidDynamicSentinel(OpBuilder &b, Location loc, Value value,
                                  Value fallback) {
  Value isSentinel =
      arith::CmpIOp::create(b, loc, arith::CmpIPredicate::eq, value,
                            constI64(b, loc, ShapedType::kDynamic));
  return arith::SelectOp::create(b, loc, isSentinel, fallback, value);
}

/// nbc.transpose -> memref.transpose (sizes and strides permuted), cast to
/// the op's type when it is more dynamic than the exact view type.
struct TransposeLowering : public OpConversionPattern<TransposeOp> {
  using OpConversionPattern::OpConversionPattern;

  LogicalResult
  matchAndRewrite(TransposeOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    SmallVector<unsigned> permutation;
    for (int64_t axis : op.getPermutation())
      permutation.push_back(axis);
    auto map = AffineMap::getPermutationMap(permutation, op.getContext());
    Type resultType = getTypeConverter()->convertType(op.getType());
    if (!resultType)
      return rewriter.notifyMatchFailure(op, "unsupported result type");
    Value view = memref::TransposeOp::create(rewriter, op.getLoc(),
                                             adaptor.getSource(),
                                             AffineMapAttr::get(map));
    if (view.getType() != resultType)
      view = memref::CastOp::create(rewriter, op.getLoc(), resultType, view);
    rewriter.replaceOp(op, view);
    return success();
  }
};

struct SliceLowering : public OpConversionPattern<SliceOp> {
  using OpConversionPattern::OpConversionPattern;
  LogicalResult
  matchAndRewrite(SliceOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    Location loc = op.getLoc();
    OpBuilder &b = rewriter;
    auto resultType = dyn_cast_or_null<MemRefType>(
        getTypeConverter()->convertType(op.getType()));
    if (!resultType)
      return rewriter.notifyMatchFailure(op, "unconvertible result type");
    Value source = adaptor.getSource();
    auto sourceType = cast<MemRefType>(source.getType());
    auto meta = memref::ExtractStridedMetadataOp::create(b, loc, source);
    Value offset = indexToI64(b, loc, meta.getOffset());
    SmallVector<Value> sizes, strides;
    ArrayRef<int32_t> subscripts = op.getSubscripts();
    unsigned nextIndex = 0, nextStart = 0, nextStop = 0, nextStep = 0;
    Value zero = constI64(b, loc, 0), one = constI64(b, loc, 1);
    OutOfBounds bounds;
    size_t next = 0;
    auto addNewAxes = [&] {
      for (; next < subscripts.size() && subscripts[next] == SliceOp::kNewAxis;
           ++next) {
        sizes.push_back(one);
        strides.push_back(zero);
      }
    };
    for (int64_t d = 0; d < sourceType.getRank(); ++d) {
      addNewAxes();
      Value n = indexToI64(b, loc, meta.getSizes()[d]);
      Value stride = indexToI64(b, loc, meta.getStrides()[d]);
      int32_t sub =
          next < subscripts.size() ? subscripts[next++] : SliceOp::kSlice;
      if (!(sub & SliceOp::kSlice)) {
        Value i = toI64(b, loc, adaptor.getIndices()[nextIndex],
                        op.getIndices()[nextIndex].getType());
        ++nextIndex;
        Value out;
        Value given = i;
        i = pythonIndex(b, loc, i, n, /*wrap=*/true, false, out);
        bounds.note(out, given, d, n, /*isUnsigned=*/false);
        offset = arith::AddIOp::create(
            b, loc, offset, arith::MulIOp::create(b, loc, i, stride));
        continue;
      }
      if (!(sub &
            (SliceOp::kHasStart | SliceOp::kHasStop | SliceOp::kHasStep))) {
        sizes.push_back(n);
        strides.push_back(stride);
        continue;
      }
      Value step = one;
      if (sub & SliceOp::kHasStep) {
        step = adaptor.getSteps()[nextStep++];
        Value isZero =
            arith::CmpIOp::create(b, loc, arith::CmpIPredicate::eq, step, zero);
        raiseIf(b, loc, isZero, ExceptionKind::ValueError,
                "slice step cannot be zero");
        // PySlice_Unpack: a step below -INT64_MAX is -INT64_MAX, so that
        // negating it cannot overflow.
        step = arith::MaxSIOp::create(b, loc, step,
                                      constI64(b, loc, -INT64_MAX));
      }
      Value negStep =
          arith::CmpIOp::create(b, loc, arith::CmpIPredicate::slt, step, zero);
      Value nMinusOne = arith::SubIOp::create(b, loc, n, one);
      Value minusOne = constI64(b, loc, -1);
      Value start =
          (sub & SliceOp::kHasStart)
              ? adjustBound(b, loc, adaptor.getStarts()[nextStart++], n,
                            negStep)
              : arith::SelectOp::create(b, loc, negStep, nMinusOne, zero)
                    .getResult();
      Value stop =
          (sub & SliceOp::kHasStop)
              ? adjustBound(b, loc, adaptor.getStops()[nextStop++], n, negStep)
              : arith::SelectOp::create(b, loc, negStep, minusOne, n)
                    .getResult();
      // len = max(0, (|stop - start| - 1) / |step| + 1) in the step's
      // direction; a zero step is replaced by 1 so nothing traps.
      Value safeStep = arith::SelectOp::create(
          b, loc,
          arith::CmpIOp::create(b, loc, arith::CmpIPredicate::eq, step, zero),
          one, step);
      Value absStep = arith::SelectOp::create(
          b, loc, negStep, arith::SubIOp::create(b, loc, zero, safeStep),
          safeStep);
      Value distance = arith::SelectOp::create(
          b, loc, negStep, arith::SubIOp::create(b, loc, start, stop),
          arith::SubIOp::create(b, loc, stop, start));
      Value positive = arith::CmpIOp::create(b, loc, arith::CmpIPredicate::sgt,
                                             distance, zero);
      Value count = arith::AddIOp::create(
          b, loc,
          arith::DivSIOp::create(
              b, loc, arith::SubIOp::create(b, loc, distance, one), absStep),
          one);
      Value len = arith::SelectOp::create(b, loc, positive, count, zero);
      // An empty view starts at 0 so its offset stays inside the buffer.
      start = arith::SelectOp::create(b, loc, positive, start, zero);
      offset = arith::AddIOp::create(
          b, loc, offset, arith::MulIOp::create(b, loc, start, stride));
      sizes.push_back(len);
      // stride * step only matters for two elements or more, and then it
      // fits (both ends are in the buffer); a huge step selects at most one
      // element and may wrap, even to the sentinel.
      Value stepStride = arith::MulIOp::create(b, loc, stride, safeStep);
      strides.push_back(avoidDynamicSentinel(b, loc, stepStride, stride));
    }
    addNewAxes();
    bounds.raise(b, loc);
    // An out-of-bounds index raises, but its offset is still computed: it
    // may be negative or wrap to anything, the sentinel included, and a
    // constant negative offset fails memref.reinterpret_cast's verifier. A
    // valid view's offset is never negative.
    Value negativeOffset = arith::CmpIOp::create(
        b, loc, arith::CmpIPredicate::slt, offset, zero);
    offset = arith::SelectOp::create(b, loc, negativeOffset,
                                     indexToI64(b, loc, meta.getOffset()),
                                     offset);
    auto mixed = [&](Value v, int64_t fixed) -> OpFoldResult {
      if (!ShapedType::isDynamic(fixed))
        return b.getIndexAttr(fixed);
      return toIndex(b, loc, v);
    };
    SmallVector<int64_t> fixedStrides;
    int64_t fixedOffset;
    if (failed(resultType.getStridesAndOffset(fixedStrides, fixedOffset)))
      return rewriter.notifyMatchFailure(op, "result is not strided");
    SmallVector<OpFoldResult> mixedSizes, mixedStrides;
    for (auto [d, size] : llvm::enumerate(sizes)) {
      mixedSizes.push_back(mixed(size, resultType.getDimSize(d)));
      mixedStrides.push_back(mixed(strides[d], fixedStrides[d]));
    }
    rewriter.replaceOpWithNewOp<memref::ReinterpretCastOp>(
        op, resultType, meta.getBaseBuffer(), mixed(offset, fixedOffset),
        mixedSizes, mixedStrides);
    return success();
  }
};

//===----------------------------------------------------------------------===//
// empty, full
//===----------------------------------------------------------------------===//

/// Checks the sizes and allocates; the sizes come back as index values.
template <typename OpTy>
static Value allocateChecked(OpTy op, ValueRange sizes, MemRefType type,
                             OpBuilder &b) {
  Location loc = op.getLoc();
  SmallVector<Value> all;
  Value negative;
  unsigned next = 0;
  for (int64_t d = 0; d < type.getRank(); ++d) {
    if (!type.isDynamicDim(d)) {
      all.push_back(constIndex(b, loc, type.getDimSize(d)));
      continue;
    }
    Value size = toI64(b, loc, sizes[next], op.getSizes()[next].getType());
    ++next;
    Value isNeg = arith::CmpIOp::create(b, loc, arith::CmpIPredicate::slt, size,
                                        constI64(b, loc, 0));
    negative = negative ? arith::OrIOp::create(b, loc, negative, isNeg) : isNeg;
    all.push_back(toIndex(b, loc, size));
  }
  if (negative)
    raiseIf(b, loc, negative, ExceptionKind::ValueError,
            "negative dimensions are not allowed");
  return allocArray(b, loc, type, all);
}

struct EmptyLowering : public OpConversionPattern<EmptyOp> {
  using OpConversionPattern::OpConversionPattern;
  LogicalResult
  matchAndRewrite(EmptyOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    auto type = dyn_cast_or_null<MemRefType>(
        getTypeConverter()->convertType(op.getType()));
    if (!type)
      return failure();
    rewriter.replaceOp(op,
                       allocateChecked(op, adaptor.getSizes(), type, rewriter));
    return success();
  }
};

struct FullLowering : public OpConversionPattern<FullOp> {
  using OpConversionPattern::OpConversionPattern;
  LogicalResult
  matchAndRewrite(FullOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    auto type = dyn_cast_or_null<MemRefType>(
        getTypeConverter()->convertType(op.getType()));
    if (!type)
      return failure();
    Location loc = op.getLoc();
    Value array = allocateChecked(op, adaptor.getSizes(), type, rewriter);
    SmallVector<Value> lbs, ubs, steps;
    for (int64_t d = 0; d < type.getRank(); ++d) {
      lbs.push_back(constIndex(rewriter, loc, 0));
      ubs.push_back(memref::DimOp::create(rewriter, loc, array, d));
      steps.push_back(constIndex(rewriter, loc, 1));
    }
    Value value = adaptor.getValue();
    scf::buildLoopNest(rewriter, loc, lbs, ubs, steps,
                       [&](OpBuilder &b, Location l, ValueRange ivs) {
                         memref::StoreOp::create(b, l, value, array, ivs);
                       });
    rewriter.replaceOp(op, array);
    return success();
  }
};
} // namespace

void nbc::populateNBCArrayToMemRefPatterns(const TypeConverter &typeConverter,
                                           RewritePatternSet &patterns) {
  patterns.add<LoadLowering, StoreLowering, DimLowering, StrideLowering,
               SliceLowering, TransposeLowering, EmptyLowering, FullLowering>(
      typeConverter, patterns.getContext());
  populateYieldInRegionPattern(typeConverter, patterns);
  populateArrayReducePatterns(typeConverter, patterns);
  populateUfuncPatterns(typeConverter, patterns);
  populateMatmulPatterns(typeConverter, patterns);
  populateLinalgPatterns(typeConverter, patterns);
  populatePrintPatterns(typeConverter, patterns);
  populateListPatterns(typeConverter, patterns);
  populateArrayListPatterns(typeConverter, patterns);
  populateDictPatterns(typeConverter, patterns);
  populateArrayDictPatterns(typeConverter, patterns);
  populateIndexingPatterns(typeConverter, patterns);
  populateAtomicUpdatePatterns(typeConverter, patterns);
  populateShapePatterns(typeConverter, patterns);
  populateViewPatterns(typeConverter, patterns);
  populateSortPatterns(typeConverter, patterns);
  populateRandomPatterns(typeConverter, patterns);
}
