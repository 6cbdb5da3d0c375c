//===- ArrayReduce.cpp - nbc.array_reduce to scf loops --------------------===//
//
// nbc.array_reduce -> an scf.for nest with iter_args over the reduced axes
// (all of them without `axis`; one, inside a nest over the others that
// stores into a new array, with `axis`). Follows NumPy: min/max propagate
// NaN, argmin/argmax return the first extreme (the first NaN if any), min,
// max, argmin and argmax of nothing raise ValueError, mean is sum / count.
//
//===----------------------------------------------------------------------===//

#include "ArrayLowering.h"
#include "mlir/Dialect/Complex/IR/Complex.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/MemRef/IR/MemRef.h"
#include "mlir/Dialect/SCF/IR/SCF.h"

using namespace mlir;
using namespace mlir::nbc;
using namespace mlir::nbc::arrays;

namespace {
/// How one reduction kind starts, steps and finishes over elements of one
/// type. The accumulators are a small vector so argmin/argmax can carry
/// (best, best index, position).
struct Reducer {
  ArrayReductionKind kind;
  Type element;      // converted (signless) element type
  bool isUnsigned;   // ui* or i1 elements compare unsigned
  Type resultScalar; // converted scalar result type

  bool isFloat() const { return isa<FloatType>(element); }
  /// Complex elements (sum, prod, mean, any, all) use the complex dialect.
  bool isComplex() const { return isa<ComplexType>(element); }
  Value complexConst(OpBuilder &b, Location loc, double re) const {
    auto part = cast<FloatType>(cast<ComplexType>(element).getElementType());
    return complex::ConstantOp::create(
        b, loc, element,
        b.getArrayAttr({b.getFloatAttr(part, re), b.getFloatAttr(part, 0.0)}));
  }
  bool isArg() const {
    return kind == ArrayReductionKind::argmin ||
           kind == ArrayReductionKind::argmax;
  }
  bool isMinLike() const {
    return kind == ArrayReductionKind::min ||
           kind == ArrayReductionKind::argmin;
  }

  /// The extreme value that every element beats (or ties).
  Value extremeInit(OpBuilder &b, Location loc) const {
    bool min = isMinLike();
    if (auto ft = dyn_cast<FloatType>(element))
      return arith::ConstantFloatOp::create(
          b, loc, ft, APFloat::getInf(ft.getFloatSemantics(), !min));
    unsigned width = element.getIntOrFloatBitWidth();
    APInt value = isUnsigned ? (min ? APInt::getMaxValue(width)
                                    : APInt::getMinValue(width))
                             : (min ? APInt::getSignedMaxValue(width)
                                    : APInt::getSignedMinValue(width));
    return arith::ConstantOp::create(b, loc, b.getIntegerAttr(element, value));
  }

  SmallVector<Value> init(OpBuilder &b, Location loc) const {
    if (isComplex() && (kind == ArrayReductionKind::sum ||
                        kind == ArrayReductionKind::mean ||
                        kind == ArrayReductionKind::prod))
      return {complexConst(b, loc, kind == ArrayReductionKind::prod ? 1 : 0)};
    switch (kind) {
    case ArrayReductionKind::sum:
    case ArrayReductionKind::mean:
      return {arith::ConstantOp::create(b, loc, b.getZeroAttr(resultScalar))};
    case ArrayReductionKind::prod:
      if (isFloat())
        return {arith::ConstantFloatOp::create(
            b, loc, cast<FloatType>(element),
            APFloat::getOne(cast<FloatType>(element).getFloatSemantics()))};
      return {arith::ConstantOp::create(b, loc, b.getIntegerAttr(element, 1))};
    case ArrayReductionKind::min:
    case ArrayReductionKind::max:
      return {extremeInit(b, loc)};
    case ArrayReductionKind::argmin:
    case ArrayReductionKind::argmax:
      return {extremeInit(b, loc), constI64(b, loc, 0), constI64(b, loc, 0)};
    case ArrayReductionKind::any:
      return {arith::ConstantIntOp::create(b, loc, 0, 1)};
    case ArrayReductionKind::all:
      return {arith::ConstantIntOp::create(b, loc, 1, 1)};
    }
    return {};
  }

  Value truthy(OpBuilder &b, Location loc, Value x) const {
    if (element.isInteger(1))
      return x;
    if (isComplex())
      return complex::NotEqualOp::create(b, loc, x, complexConst(b, loc, 0));
    if (isFloat())
      return arith::CmpFOp::create(
          b, loc, arith::CmpFPredicate::UNE, x,
          arith::ConstantOp::create(b, loc, b.getZeroAttr(element)));
    return arith::CmpIOp::create(
        b, loc, arith::CmpIPredicate::ne, x,
        arith::ConstantOp::create(b, loc, b.getZeroAttr(element)));
  }

  SmallVector<Value> step(OpBuilder &b, Location loc, ValueRange acc,
                          Value x) const {
    bool f = isFloat();
    if (isComplex() && (kind == ArrayReductionKind::sum ||
                        kind == ArrayReductionKind::mean))
      return {complex::AddOp::create(b, loc, acc[0], x)};
    if (isComplex() && kind == ArrayReductionKind::prod)
      return {complex::MulOp::create(b, loc, acc[0], x)};
    switch (kind) {
    case ArrayReductionKind::sum:
      if (f)
        return {arith::AddFOp::create(b, loc, acc[0], x)};
      return {arith::AddIOp::create(b, loc, acc[0], x)};
    case ArrayReductionKind::mean: {
      Value fx = x;
      if (!f)
        fx = isUnsigned
                 ? arith::UIToFPOp::create(b, loc, resultScalar, x).getResult()
                 : arith::SIToFPOp::create(b, loc, resultScalar, x).getResult();
      return {arith::AddFOp::create(b, loc, acc[0], fx)};
    }
    case ArrayReductionKind::prod:
      if (f)
        return {arith::MulFOp::create(b, loc, acc[0], x)};
      return {arith::MulIOp::create(b, loc, acc[0], x)};
    case ArrayReductionKind::min:
      if (f)
        return {arith::MinimumFOp::create(b, loc, acc[0], x)};
      if (isUnsigned)
        return {arith::MinUIOp::create(b, loc, acc[0], x)};
      return {arith::MinSIOp::create(b, loc, acc[0], x)};
    case ArrayReductionKind::max:
      if (f)
        return {arith::MaximumFOp::create(b, loc, acc[0], x)};
      if (isUnsigned)
        return {arith::MaxUIOp::create(b, loc, acc[0], x)};
      return {arith::MaxSIOp::create(b, loc, acc[0], x)};
    case ArrayReductionKind::argmin:
    case ArrayReductionKind::argmax: {
      bool min = isMinLike();
      Value better;
      if (f) {
        better = arith::CmpFOp::create(
            b, loc, min ? arith::CmpFPredicate::OLT : arith::CmpFPredicate::OGT,
            x, acc[0]);
        // The first NaN wins and nothing beats it afterwards.
        Value xNan =
            arith::CmpFOp::create(b, loc, arith::CmpFPredicate::UNO, x, x);
        Value bestNum = arith::CmpFOp::create(b, loc, arith::CmpFPredicate::ORD,
                                              acc[0], acc[0]);
        better = arith::OrIOp::create(
            b, loc, better, arith::AndIOp::create(b, loc, xNan, bestNum));
      } else {
        auto pred =
            isUnsigned
                ? (min ? arith::CmpIPredicate::ult : arith::CmpIPredicate::ugt)
                : (min ? arith::CmpIPredicate::slt : arith::CmpIPredicate::sgt);
        better = arith::CmpIOp::create(b, loc, pred, x, acc[0]);
      }
      Value best = arith::SelectOp::create(b, loc, better, x, acc[0]);
      Value bestIdx = arith::SelectOp::create(b, loc, better, acc[2], acc[1]);
      Value next = arith::AddIOp::create(b, loc, acc[2], constI64(b, loc, 1));
      return {best, bestIdx, next};
    }
    case ArrayReductionKind::any:
      return {arith::OrIOp::create(b, loc, acc[0], truthy(b, loc, x))};
    case ArrayReductionKind::all:
      return {arith::AndIOp::create(b, loc, acc[0], truthy(b, loc, x))};
    }
    return {};
  }

  /// The result from the final accumulators; `count` is the number of
  /// elements reduced (i64).
  Value finish(OpBuilder &b, Location loc, ValueRange acc, Value count) const {
    if (isArg())
      return acc[1];
    if (kind == ArrayReductionKind::mean && isComplex()) {
      // Both parts divided by the count, as NumPy's mean.
      Type part = cast<ComplexType>(element).getElementType();
      Value n = arith::SIToFPOp::create(b, loc, part, count);
      Value re = complex::ReOp::create(b, loc, acc[0]);
      Value im = complex::ImOp::create(b, loc, acc[0]);
      return complex::CreateOp::create(
          b, loc, element, arith::DivFOp::create(b, loc, re, n),
          arith::DivFOp::create(b, loc, im, n));
    }
    if (kind == ArrayReductionKind::mean) {
      Value n = arith::SIToFPOp::create(b, loc, resultScalar, count);
      return arith::DivFOp::create(b, loc, acc[0], n);
    }
    return acc[0];
  }

  /// Raises when `count` is zero for kinds without identity.
  void checkEmpty(OpBuilder &b, Location loc, Value count) const {
    const char *message = nullptr;
    switch (kind) {
    case ArrayReductionKind::min:
      message = "zero-size array to reduction operation minimum which has no "
                "identity";
      break;
    case ArrayReductionKind::max:
      message = "zero-size array to reduction operation maximum which has no "
                "identity";
      break;
    case ArrayReductionKind::argmin:
      message = "attempt to get argmin of an empty sequence";
      break;
    case ArrayReductionKind::argmax:
      message = "attempt to get argmax of an empty sequence";
      break;
    default:
      return;
    }
    Value empty = arith::CmpIOp::create(b, loc, arith::CmpIPredicate::eq, count,
                                        constI64(b, loc, 0));
    raiseIf(b, loc, empty, ExceptionKind::ValueError, message);
  }
};

/// Reduces `array` over `dims`, with the other axes fixed at `fixed`
/// (indexed by axis; entries for `dims` are ignored).
SmallVector<Value> reduceOver(OpBuilder &b, Location loc, const Reducer &r,
                              Value array, ArrayRef<int64_t> dims,
                              ArrayRef<Value> fixed) {
  SmallVector<Value> lbs, ubs, steps;
  for (int64_t d : dims) {
    lbs.push_back(constIndex(b, loc, 0));
    ubs.push_back(memref::DimOp::create(b, loc, array, d));
    steps.push_back(constIndex(b, loc, 1));
  }
  scf::LoopNest nest =
      scf::buildLoopNest(b, loc, lbs, ubs, steps, r.init(b, loc),
                         [&](OpBuilder &nb, Location l, ValueRange ivs,
                             ValueRange acc) -> scf::ValueVector {
                           SmallVector<Value> indices(fixed);
                           for (auto [k, d] : llvm::enumerate(dims))
                             indices[d] = ivs[k];
                           Value x =
                               memref::LoadOp::create(nb, l, array, indices);
                           return r.step(nb, l, acc, x);
                         });
  return nest.results;
}

struct ArrayReduceLowering : public OpConversionPattern<ArrayReduceOp> {
  using OpConversionPattern::OpConversionPattern;
  LogicalResult
  matchAndRewrite(ArrayReduceOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    Location loc = op.getLoc();
    OpBuilder &b = rewriter;
    Value array = adaptor.getArray();
    auto arrayType = cast<MemRefType>(array.getType());
    Type nbcElement =
        cast<MemRefType>(op.getArray().getType()).getElementType();
    Type resultType = getTypeConverter()->convertType(op.getType());
    Type resultScalar = resultType;
    if (auto shaped = dyn_cast_or_null<MemRefType>(resultType))
      resultScalar = shaped.getElementType();
    if (!resultType)
      return failure();
    Reducer r{op.getKind(), arrayType.getElementType(),
              !nbcElement.isSignedInteger() && !isa<FloatType>(nbcElement) &&
                  !isa<ComplexType>(nbcElement),
              resultScalar};
    int64_t rank = arrayType.getRank();
    SmallVector<Value> dims = dimsI64(b, loc, array);

    if (!op.getAxis()) {
      Value count = constI64(b, loc, 1);
      for (Value d : dims)
        count = arith::MulIOp::create(b, loc, count, d);
      r.checkEmpty(b, loc, count);
      SmallVector<int64_t> all = llvm::to_vector(llvm::seq<int64_t>(0, rank));
      SmallVector<Value> fixed(rank, Value());
      SmallVector<Value> acc = reduceOver(b, loc, r, array, all, fixed);
      rewriter.replaceOp(op, r.finish(b, loc, acc, count));
      return success();
    }

    int64_t axis = *op.getAxis();
    r.checkEmpty(b, loc, dims[axis]);
    auto outType = cast<MemRefType>(resultType);
    SmallVector<Value> outSizes, lbs, ubs, steps;
    for (int64_t d = 0; d < rank; ++d) {
      if (d == axis)
        continue;
      outSizes.push_back(toIndex(b, loc, dims[d]));
      lbs.push_back(constIndex(b, loc, 0));
      ubs.push_back(outSizes.back());
      steps.push_back(constIndex(b, loc, 1));
    }
    Value out = allocArray(b, loc, outType, outSizes);
    scf::buildLoopNest(b, loc, lbs, ubs, steps,
                       [&](OpBuilder &nb, Location l, ValueRange ivs) {
                         SmallVector<Value> fixed;
                         for (int64_t d = 0, k = 0; d < rank; ++d)
                           fixed.push_back(d == axis ? Value() : ivs[k++]);
                         SmallVector<Value> acc =
                             reduceOver(nb, l, r, array, {axis}, fixed);
                         Value value = r.finish(nb, l, acc, dims[axis]);
                         memref::StoreOp::create(nb, l, value, out, ivs);
                       });
    rewriter.replaceOp(op, out);
    return success();
  }
};
} // namespace

void arrays::populateArrayReducePatterns(const TypeConverter &converter,
                                         RewritePatternSet &patterns) {
  patterns.add<ArrayReduceLowering>(converter, patterns.getContext());
}
