//===- ViewsToMemRef.cpp - nbc's other views to memref ---------------------===//
//
// nbc.diagonal     -> memref.extract_strided_metadata of the source, the
//                     diagonal's length, offset and stride (the sum of the
//                     strides), memref.reinterpret_cast of its buffer.
// nbc.broadcast_to -> the size checks (NumPy's ValueErrors), then a
//                     reinterpret_cast with stride 0 on the new and the
//                     broadcast axes.
// nbc.as_strided  -> the size and stride checks (ValueErrors), then a
//                     reinterpret_cast with the byte strides divided by
//                     the item size, at the source's offset.
// nbc.complex_part -> the buffer of complex<fN> taken as one of fN
//                     (builtin.unrealized_conversion_cast: both lower to
//                     the same LLVM descriptor, and reconcile-unrealized-
//                     casts removes the pair), reinterpret_cast with twice
//                     the offset (plus 1 for the imaginary part) and
//                     twice the strides.
//
//===----------------------------------------------------------------------===//

#include "ArrayLowering.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/MemRef/IR/MemRef.h"

#include <string>

using namespace mlir;
using namespace mlir::nbc;
using namespace mlir::nbc::arrays;

namespace {

/// Sizes, strides and offset of a strided memref as i64 values.
struct Strided {
  Value base, offset;
  SmallVector<Value> sizes, strides;

  Strided(OpBuilder &b, Location loc, Value memref) {
    auto meta = memref::ExtractStridedMetadataOp::create(b, loc, memref);
    base = meta.getBaseBuffer();
    offset = indexToI64(b, loc, meta.getOffset());
    for (Value v : meta.getSizes())
      sizes.push_back(indexToI64(b, loc, v));
    for (Value v : meta.getStrides())
      strides.push_back(indexToI64(b, loc, v));
  }
};

/// memref.reinterpret_cast of `base` to the fully dynamic `type`.
Value viewOf(OpBuilder &b, Location loc, MemRefType type, Value base,
             Value offset, ArrayRef<Value> sizes, ArrayRef<Value> strides) {
  SmallVector<OpFoldResult> mixedSizes, mixedStrides;
  for (Value v : sizes)
    mixedSizes.push_back(toIndex(b, loc, v));
  for (Value v : strides)
    mixedStrides.push_back(toIndex(b, loc, v));
  return memref::ReinterpretCastOp::create(b, loc, type, base,
                                           OpFoldResult(toIndex(b, loc, offset)),
                                           mixedSizes, mixedStrides);
}

/// The patterns' common part: the converted (fully dynamic) result type,
/// then `build` makes the view from the converted operands.
template <typename OpTy>
struct ViewLowering : public OpConversionPattern<OpTy> {
  using OpConversionPattern<OpTy>::OpConversionPattern;
  virtual Value build(OpTy op, typename OpTy::Adaptor adaptor, OpBuilder &b,
                      Location loc, MemRefType type) const = 0;
  LogicalResult
  matchAndRewrite(OpTy op, typename OpTy::Adaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    auto type = dyn_cast_or_null<MemRefType>(
        this->getTypeConverter()->convertType(op.getType()));
    if (!type)
      return failure();
    rewriter.replaceOp(op, build(op, adaptor, rewriter, op.getLoc(), type));
    return success();
  }
};

struct DiagonalLowering : public ViewLowering<DiagonalOp> {
  using ViewLowering::ViewLowering;
  Value build(DiagonalOp op, OpAdaptor adaptor, OpBuilder &b, Location loc,
              MemRefType type) const override {
    Strided source(b, loc, adaptor.getSource());
    // The last two axes; the leading ones are kept as they are.
    size_t r = source.sizes.size() - 2, c = r + 1;
    Value k = adaptor.getOffset();
    Value zero = constI64(b, loc, 0), one = constI64(b, loc, 1);
    Value below = cmpI(b, loc, arith::CmpIPredicate::slt, k, zero);
    // max(0, min(rows + min(k, 0), cols - max(k, 0)))
    Value rows = arith::AddIOp::create(b, loc, source.sizes[r],
                                       arith::MinSIOp::create(b, loc, k, zero));
    Value cols = arith::SubIOp::create(b, loc, source.sizes[c],
                                       arith::MaxSIOp::create(b, loc, k, zero));
    Value length = arith::MaxSIOp::create(
        b, loc, zero, arith::MinSIOp::create(b, loc, rows, cols));
    // a[-k, 0] below the main diagonal, a[0, k] on or above it.
    Value start = arith::SelectOp::create(
        b, loc, below,
        arith::MulIOp::create(b, loc, arith::SubIOp::create(b, loc, zero, k),
                              source.strides[r]),
        arith::MulIOp::create(b, loc, k, source.strides[c]));
    // An empty diagonal starts at the source's offset, inside the buffer.
    Value some = cmpI(b, loc, arith::CmpIPredicate::sgt, length, zero);
    Value offset = arith::SelectOp::create(
        b, loc, some, arith::AddIOp::create(b, loc, source.offset, start),
        source.offset);
    // A stride equal to the dynamic sentinel (only for one element at
    // most) would crash upstream folders: 1 then.
    Value stride = arith::AddIOp::create(b, loc, source.strides[r],
                                         source.strides[c]);
    Value sentinel = cmpI(b, loc, arith::CmpIPredicate::eq, stride,
                         constI64(b, loc, ShapedType::kDynamic));
    stride = arith::SelectOp::create(b, loc, sentinel, one, stride);
    SmallVector<Value> sizes(ArrayRef<Value>(source.sizes).take_front(r));
    SmallVector<Value> strides(ArrayRef<Value>(source.strides).take_front(r));
    sizes.push_back(length);
    strides.push_back(stride);
    return viewOf(b, loc, type, source.base, offset, sizes, strides);
  }
};

/// "(2,3)" as a raise_if message with one `{}` per axis.
std::string shapeText(int64_t rank) {
  std::string text = "(";
  for (int64_t d = 0; d < rank; ++d)
    text += d ? ",{}" : "{}";
  return text + (rank == 1 ? ",)" : ")");
}

struct BroadcastToLowering : public ViewLowering<BroadcastToOp> {
  using ViewLowering::ViewLowering;
  Value build(BroadcastToOp op, OpAdaptor adaptor, OpBuilder &b, Location loc,
              MemRefType type) const override {
    Strided source(b, loc, adaptor.getSource());
    SmallVector<Value> sizes(adaptor.getSizes());
    int64_t rank = sizes.size(), sourceRank = source.sizes.size();
    int64_t lead = rank - sourceRank;
    Value zero = constI64(b, loc, 0), one = constI64(b, loc, 1);
    Value negative = arith::ConstantIntOp::create(b, loc, b.getI1Type(), 0);
    for (Value size : sizes)
      negative = arith::OrIOp::create(
          b, loc, negative, cmpI(b, loc, arith::CmpIPredicate::slt, size, zero));
    raiseIf(b, loc, negative, ExceptionKind::ValueError,
            "all elements of broadcast shape must be non-negative");
    Value mismatch = arith::ConstantIntOp::create(b, loc, b.getI1Type(), 0);
    SmallVector<Value> strides(lead, zero);
    for (int64_t d = 0; d < sourceRank; ++d) {
      Value extent = source.sizes[d], size = sizes[lead + d];
      Value stretched = cmpI(b, loc, arith::CmpIPredicate::eq, extent, one);
      Value differs = cmpI(b, loc, arith::CmpIPredicate::ne, extent, size);
      mismatch = arith::OrIOp::create(
          b, loc, mismatch,
          arith::AndIOp::create(
              b, loc, differs,
              cmpI(b, loc, arith::CmpIPredicate::ne, extent, one)));
      strides.push_back(arith::SelectOp::create(
          b, loc, arith::AndIOp::create(b, loc, stretched, differs), zero,
          source.strides[d]));
    }
    std::string message = "operands could not be broadcast together with "
                          "remapped shapes [original->remapped]: ";
    SmallVector<Value> args(source.sizes);
    args.append(sizes);
    if (args.size() <= RaiseIfOp::kMaxArgs) {
      message += shapeText(sourceRank) + "  and requested shape " +
                 shapeText(rank);
    } else {
      message += "(the source's shape) and the requested shape";
      args.clear();
    }
    RaiseIfOp::create(b, loc, mismatch, ExceptionKind::ValueError, message,
                      args);
    // A negative size has raised; clamped, a constant one still verifies.
    for (Value &size : sizes)
      size = arith::MaxSIOp::create(b, loc, size, zero);
    return viewOf(b, loc, type, source.base, source.offset, sizes, strides);
  }
};

struct AsStridedLowering : public ViewLowering<AsStridedOp> {
  using ViewLowering::ViewLowering;
  Value build(AsStridedOp op, OpAdaptor adaptor, OpBuilder &b, Location loc,
              MemRefType type) const override {
    Strided source(b, loc, adaptor.getSource());
    SmallVector<Value> sizes(adaptor.getSizes());
    int64_t itemsize = getElementBytes(type);
    Value zero = constI64(b, loc, 0), one = constI64(b, loc, 1);
    Value bytes = constI64(b, loc, itemsize);
    for (Value &size : sizes) {
      raiseIf(b, loc, cmpI(b, loc, arith::CmpIPredicate::slt, size, zero),
              ExceptionKind::ValueError, "negative dimensions are not allowed");
      size = arith::MaxSIOp::create(b, loc, size, zero);
    }
    SmallVector<Value> strides;
    for (Value stride : adaptor.getStrides()) {
      if (itemsize == 1) {
        // The dynamic-stride sentinel (INT64_MIN) would crash upstream
        // folders once constant: 1 then, as for the diagonal.
        Value sentinel = cmpI(b, loc, arith::CmpIPredicate::eq, stride,
                              constI64(b, loc, ShapedType::kDynamic));
        strides.push_back(arith::SelectOp::create(b, loc, sentinel, one, stride));
        continue;
      }
      Value partial = cmpI(b, loc, arith::CmpIPredicate::ne,
                           arith::RemSIOp::create(b, loc, stride, bytes), zero);
      RaiseIfOp::create(b, loc, partial, ExceptionKind::ValueError,
                        "as_strided: a stride of {} bytes is not a multiple "
                        "of the itemsize " + std::to_string(itemsize),
                        ValueRange{stride});
      strides.push_back(arith::DivSIOp::create(b, loc, stride, bytes));
    }
    return viewOf(b, loc, type, source.base, source.offset, sizes, strides);
  }
};

struct ComplexPartLowering : public ViewLowering<ComplexPartOp> {
  using ViewLowering::ViewLowering;
  Value build(ComplexPartOp op, OpAdaptor adaptor, OpBuilder &b, Location loc,
              MemRefType type) const override {
    Strided source(b, loc, adaptor.getSource());
    auto baseType = cast<MemRefType>(source.base.getType());
    auto partBase = MemRefType::get({}, type.getElementType(),
                                    MemRefLayoutAttrInterface(),
                                    baseType.getMemorySpace());
    Value base = UnrealizedConversionCastOp::create(b, loc, partBase,
                                                    source.base)
                     .getResult(0);
    Value two = constI64(b, loc, 2);
    Value offset = arith::AddIOp::create(
        b, loc, arith::MulIOp::create(b, loc, source.offset, two),
        constI64(b, loc, op.getImag() ? 1 : 0));
    SmallVector<Value> strides;
    for (Value stride : source.strides)
      strides.push_back(arith::MulIOp::create(b, loc, stride, two));
    return viewOf(b, loc, type, base, offset, source.sizes, strides);
  }
};
} // namespace

void arrays::populateViewPatterns(const TypeConverter &converter,
                                  RewritePatternSet &patterns) {
  patterns.add<DiagonalLowering, BroadcastToLowering, AsStridedLowering,
               ComplexPartLowering>(
      converter, patterns.getContext());
}
