//===- ArrayReduce.cpp - nbc.array_reduce/array_scan to scf loops ---------===//
//
// nbc.array_reduce -> an scf.for nest with iter_args over the reduced axes
// (all of them without `axes`; with `axes`, inside a nest over the others
// that stores into a new array, or, when the last axis is kept, one
// row-major nest stepping accumulators held in the new array). Follows
// NumPy: min/max propagate NaN,
// argmin/argmax return the first extreme (the first NaN if any), min, max,
// argmin and argmax of nothing raise ValueError, mean is sum / count, the
// nan kinds skip NaNs (complex ones with a NaN part too), var/std make a
// second pass with the mean (ArrayVariance.cpp).
// nbc.array_scan -> a nest over the other axes around an scf.for along the
// axis carrying the running value.
//
//===----------------------------------------------------------------------===//

#include "ArrayLowering.h"
#include "ComplexOrder.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Math/IR/Math.h"
#include "mlir/Dialect/MemRef/IR/MemRef.h"
#include "mlir/Dialect/SCF/IR/SCF.h"

using namespace mlir;
using namespace mlir::nbc;
using namespace mlir::nbc::arrays;
using mlir::nbc::detail::buildComplexArgStep;
using mlir::nbc::detail::buildComplexHasNaN;
using mlir::nbc::detail::buildComplexMinMaxStep;

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
  /// Complex elements use the complex dialect; min/max/argmin/argmax
  /// order them as NumPy (ComplexOrder.h).
  bool isComplex() const { return isa<ComplexType>(element); }
  Value complexConst(OpBuilder &b, Location loc, double re,
                     double im = 0.0) const {
    auto part = cast<FloatType>(cast<ComplexType>(element).getElementType());
    return complex::ConstantOp::create(
        b, loc, element,
        b.getArrayAttr({b.getFloatAttr(part, re), b.getFloatAttr(part, im)}));
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
    if (isComplex()) {
      double inf = std::numeric_limits<double>::infinity() * (min ? 1 : -1);
      return complexConst(b, loc, inf, inf);
    }
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
                        kind == ArrayReductionKind::nansum))
      return {complexConst(b, loc, 0)};
    if (isComplex() && (kind == ArrayReductionKind::prod ||
                        kind == ArrayReductionKind::nanprod))
      return {complexConst(b, loc, 1)};
    if (isComplex() && kind == ArrayReductionKind::nanmean)
      return {complexConst(b, loc, 0), constI64(b, loc, 0)};
    if (isComplex() && (kind == ArrayReductionKind::nanmin ||
                        kind == ArrayReductionKind::nanmax))
      return {complexConst(b, loc, std::nan(""), std::nan(""))};
    switch (kind) {
    case ArrayReductionKind::sum:
    case ArrayReductionKind::mean:
      return {arith::ConstantOp::create(b, loc, b.getZeroAttr(resultScalar))};
    case ArrayReductionKind::prod:
      if (isFloat())
        return {arith::ConstantFloatOp::create(
            b, loc, cast<FloatType>(element),
            APFloat::getOne(cast<FloatType>(element).getFloatSemantics()))};
      return {arith::ConstantOp::create(b, loc,
                                        b.getIntegerAttr(resultScalar, 1))};
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
    case ArrayReductionKind::nansum:
      return {floatConst(b, loc, 0.0)};
    case ArrayReductionKind::nanprod:
      return {floatConst(b, loc, 1.0)};
    case ArrayReductionKind::nanmin:
    case ArrayReductionKind::nanmax:
      return {floatConst(b, loc, std::nan(""))};
    case ArrayReductionKind::nanmean:
      return {floatConst(b, loc, 0.0), constI64(b, loc, 0)};
    default: // var, std, nanvar, nanstd: see varianceOver.
      return {};
    }
  }

  Value floatConst(OpBuilder &b, Location loc, double value) const {
    return arith::ConstantOp::create(b, loc,
                                     b.getFloatAttr(resultScalar, value));
  }

  /// `x` (an element) as the float result type.
  Value toFloat(OpBuilder &b, Location loc, Value x) const {
    if (isFloat())
      return x;
    if (isUnsigned)
      return arith::UIToFPOp::create(b, loc, resultScalar, x);
    return arith::SIToFPOp::create(b, loc, resultScalar, x);
  }

  /// Whether `x` is NaN (for complex: has a NaN part, as np.isnan).
  static Value isNaN(OpBuilder &b, Location loc, Value x) {
    if (isa<ComplexType>(x.getType()))
      return buildComplexHasNaN(b, loc, x);
    return arith::CmpFOp::create(b, loc, arith::CmpFPredicate::UNO, x, x);
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

  /// The nan kinds with one pass (all but nanvar/nanstd).
  bool skipsNaNOnce() const {
    return ArrayReduceOp::skipsNaN(kind) && !ArrayReduceOp::isVariance(kind);
  }

  /// nansum/nanprod/nanmean/nanmin/nanmax of complex elements: elements
  /// with a NaN part are skipped; nanmin/nanmax keep `acc` as np.fmin and
  /// np.fmax (lexicographic; a NaN `acc`, the start, gives way).
  SmallVector<Value> complexNaNStep(OpBuilder &b, Location loc, ValueRange acc,
                                    Value x) const {
    Value nan = isNaN(b, loc, x);
    auto skipping = [&](Value next) {
      return arith::SelectOp::create(b, loc, nan, acc[0], next).getResult();
    };
    switch (kind) {
    case ArrayReductionKind::nansum:
      return {skipping(complex::AddOp::create(b, loc, acc[0], x))};
    case ArrayReductionKind::nanprod:
      return {skipping(complex::MulOp::create(b, loc, acc[0], x))};
    case ArrayReductionKind::nanmean:
      return {skipping(complex::AddOp::create(b, loc, acc[0], x)),
              arith::SelectOp::create(
                  b, loc, nan, acc[1],
                  arith::AddIOp::create(b, loc, acc[1], constI64(b, loc, 1)))};
    default: { // nanmin, nanmax
      Value keep = mlir::nbc::detail::buildComplexOrder(
          b, loc,
          kind == ArrayReductionKind::nanmin ? CmpPredicate::le
                                             : CmpPredicate::ge,
          acc[0], x);
      keep = arith::OrIOp::create(b, loc, keep, nan);
      return {arith::SelectOp::create(b, loc, keep, acc[0], x)};
    }
    }
  }

  SmallVector<Value> step(OpBuilder &b, Location loc, ValueRange acc,
                          Value x) const {
    bool f = isFloat();
    if (isComplex() && (kind == ArrayReductionKind::sum ||
                        kind == ArrayReductionKind::mean))
      return {complex::AddOp::create(b, loc, acc[0], x)};
    if (isComplex() && kind == ArrayReductionKind::prod)
      return {complex::MulOp::create(b, loc, acc[0], x)};
    if (isComplex() && (kind == ArrayReductionKind::min ||
                        kind == ArrayReductionKind::max))
      return {buildComplexMinMaxStep(b, loc, isMinLike(), acc[0], x)};
    if (isComplex() && skipsNaNOnce())
      return complexNaNStep(b, loc, acc, x);
    if (isComplex() && isArg()) {
      auto [best, better] =
          buildComplexArgStep(b, loc, isMinLike(), acc[0], x);
      Value next = arith::AddIOp::create(b, loc, acc[2], constI64(b, loc, 1));
      return {best, arith::SelectOp::create(b, loc, better, acc[2], acc[1]),
              next};
    }
    if ((kind == ArrayReductionKind::sum || kind == ArrayReductionKind::prod) &&
        !f && x.getType() != resultScalar) // NumPy's widened accumulator
      x = isUnsigned ? arith::ExtUIOp::create(b, loc, resultScalar, x).getResult()
                     : arith::ExtSIOp::create(b, loc, resultScalar, x).getResult();
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
    case ArrayReductionKind::nansum:
    case ArrayReductionKind::nanprod: {
      Value next = kind == ArrayReductionKind::nansum
                       ? arith::AddFOp::create(b, loc, acc[0], x).getResult()
                       : arith::MulFOp::create(b, loc, acc[0], x).getResult();
      return {arith::SelectOp::create(b, loc, isNaN(b, loc, x), acc[0], next)};
    }
    case ArrayReductionKind::nanmin:
    case ArrayReductionKind::nanmax: {
      // NaNs are skipped; the NaN start gives way to the first number.
      Value best =
          kind == ArrayReductionKind::nanmin
              ? arith::MinimumFOp::create(b, loc, acc[0], x).getResult()
              : arith::MaximumFOp::create(b, loc, acc[0], x).getResult();
      Value next =
          arith::SelectOp::create(b, loc, isNaN(b, loc, acc[0]), x, best);
      return {arith::SelectOp::create(b, loc, isNaN(b, loc, x), acc[0], next)};
    }
    case ArrayReductionKind::nanmean: {
      Value nan = isNaN(b, loc, x);
      Value sum = arith::AddFOp::create(b, loc, acc[0], x);
      Value count = arith::AddIOp::create(b, loc, acc[1], constI64(b, loc, 1));
      return {arith::SelectOp::create(b, loc, nan, acc[0], sum),
              arith::SelectOp::create(b, loc, nan, acc[1], count)};
    }
    default: // var, std, nanvar, nanstd: see varianceOver.
      return {};
    }
  }

  /// The result from the final accumulators; `count` is the number of
  /// elements reduced (i64).
  Value finish(OpBuilder &b, Location loc, ValueRange acc, Value count) const {
    if (isArg())
      return acc[1];
    if ((kind == ArrayReductionKind::mean ||
         kind == ArrayReductionKind::nanmean) &&
        isComplex()) {
      // NumPy's complex division by the count n + 0j: (re + im*0) * (1/n)
      // and (im - re*0) * (1/n), so an infinite part gives NaN as there.
      Type part = cast<ComplexType>(element).getElementType();
      Value n = arith::SIToFPOp::create(
          b, loc, part, kind == ArrayReductionKind::mean ? count : acc[1]);
      Value scale = arith::DivFOp::create(
          b, loc, arith::ConstantOp::create(b, loc, b.getFloatAttr(part, 1.0)),
          n);
      Value zero = arith::ConstantOp::create(b, loc, b.getFloatAttr(part, 0.0));
      Value re = complex::ReOp::create(b, loc, acc[0]);
      Value im = complex::ImOp::create(b, loc, acc[0]);
      auto scaled = [&](Value x, Value y, bool add) {
        Value y0 = arith::MulFOp::create(b, loc, y, zero);
        Value sum = add ? arith::AddFOp::create(b, loc, x, y0).getResult()
                        : arith::SubFOp::create(b, loc, x, y0).getResult();
        return arith::MulFOp::create(b, loc, sum, scale);
      };
      return complex::CreateOp::create(b, loc, element, scaled(re, im, true),
                                       scaled(im, re, false));
    }
    if (kind == ArrayReductionKind::mean) {
      Value n = arith::SIToFPOp::create(b, loc, resultScalar, count);
      return arith::DivFOp::create(b, loc, acc[0], n);
    }
    if (kind == ArrayReductionKind::nanmean) { // 0 / 0 is NaN, as NumPy's.
      Value n = arith::SIToFPOp::create(b, loc, resultScalar, acc[1]);
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
    case ArrayReductionKind::nanmin:
      message = "zero-size array to reduction operation fmin which has no "
                "identity";
      break;
    case ArrayReductionKind::nanmax:
      message = "zero-size array to reduction operation fmax which has no "
                "identity";
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

/// The reduction of `dims` with the other axes at `fixed`, finished.
Value reduceAndFinish(OpBuilder &b, Location loc, const Reducer &r,
                      Value array, ArrayRef<int64_t> dims,
                      ArrayRef<Value> fixed, Value count, Value ddof) {
  if (ArrayReduceOp::isVariance(r.kind))
    return varianceOver(b, loc, r.kind, r.isUnsigned, r.resultScalar, array,
                        dims, fixed, ddof);
  SmallVector<Value> acc = reduceOver(b, loc, r, array, dims, fixed);
  return r.finish(b, loc, acc, count);
}

/// Whether a reduction along `reduced` axes can walk the array in row-major
/// order with its accumulators in the output: worth it when the last axis is
/// kept (the per-output nest would walk the reduced axes with a stride, one
/// cache line per element), possible for the kinds with one accumulator of
/// the result's element type. Each output element still sees its elements in
/// the same order, so the results are bit for bit those of the nest.
bool accumulatesInOutput(ArrayReductionKind kind, ArrayRef<int64_t> reduced,
                         int64_t rank) {
  if (rank < 2 || llvm::is_contained(reduced, rank - 1))
    return false;
  switch (kind) {
  case ArrayReductionKind::sum:
  case ArrayReductionKind::mean:
  case ArrayReductionKind::prod:
  case ArrayReductionKind::min:
  case ArrayReductionKind::max:
  case ArrayReductionKind::any:
  case ArrayReductionKind::all:
  case ArrayReductionKind::nansum:
  case ArrayReductionKind::nanprod:
  case ArrayReductionKind::nanmin:
  case ArrayReductionKind::nanmax:
    return true;
  default: // argmin/argmax, nanmean, var/std: several accumulators.
    return false;
  }
}

/// The row-major form of accumulatesInOutput: `out` starts at the identity,
/// one nest over every axis of `array` steps the output element of each
/// element, and mean divides by the count at the end.
void reduceIntoOutput(OpBuilder &b, Location loc, const Reducer &r,
                      Value array, ArrayRef<int64_t> reduced, bool keepdims,
                      Value out, Value count) {
  auto outType = cast<MemRefType>(out.getType());
  int64_t rank = cast<MemRefType>(array.getType()).getRank();
  auto loopsOver = [&](Value shaped, int64_t n, SmallVector<Value> &lbs,
                       SmallVector<Value> &ubs, SmallVector<Value> &steps) {
    for (int64_t d = 0; d < n; ++d) {
      lbs.push_back(constIndex(b, loc, 0));
      ubs.push_back(memref::DimOp::create(b, loc, shaped, d));
      steps.push_back(constIndex(b, loc, 1));
    }
  };
  SmallVector<Value> outLbs, outUbs, outSteps;
  loopsOver(out, outType.getRank(), outLbs, outUbs, outSteps);
  Value start = r.init(b, loc).front();
  scf::buildLoopNest(b, loc, outLbs, outUbs, outSteps,
                     [&](OpBuilder &nb, Location l, ValueRange ivs) {
                       memref::StoreOp::create(nb, l, start, out, ivs);
                     });
  SmallVector<Value> lbs, ubs, steps;
  loopsOver(array, rank, lbs, ubs, steps);
  scf::buildLoopNest(
      b, loc, lbs, ubs, steps, [&](OpBuilder &nb, Location l, ValueRange ivs) {
        SmallVector<Value> at;
        for (int64_t d = 0; d < rank; ++d) {
          if (!llvm::is_contained(reduced, d))
            at.push_back(ivs[d]);
          else if (keepdims)
            at.push_back(constIndex(nb, l, 0));
        }
        Value x = memref::LoadOp::create(nb, l, array, ivs);
        Value acc = memref::LoadOp::create(nb, l, out, at);
        memref::StoreOp::create(nb, l, r.step(nb, l, acc, x).front(), out, at);
      });
  if (r.kind != ArrayReductionKind::mean)
    return;
  scf::buildLoopNest(b, loc, outLbs, outUbs, outSteps,
                     [&](OpBuilder &nb, Location l, ValueRange ivs) {
                       Value acc = memref::LoadOp::create(nb, l, out, ivs);
                       memref::StoreOp::create(nb, l,
                                               r.finish(nb, l, acc, count),
                                               out, ivs);
                     });
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
    SmallVector<int64_t> reduced =
        op.getAxes() ? llvm::to_vector(*op.getAxes())
                     : llvm::to_vector(llvm::seq<int64_t>(0, rank));
    Value count = constI64(b, loc, 1);
    for (int64_t d : reduced)
      count = arith::MulIOp::create(b, loc, count, dims[d]);
    r.checkEmpty(b, loc, count);
    Value ddof = adaptor.getDdof();

    if (!op.getAxes()) {
      SmallVector<Value> fixed(rank, Value());
      rewriter.replaceOp(op, reduceAndFinish(b, loc, r, array, reduced, fixed,
                                             count, ddof));
      return success();
    }

    bool keepdims = op.getKeepdims();
    auto outType = cast<MemRefType>(resultType);
    SmallVector<Value> outSizes, lbs, ubs, steps;
    for (int64_t d = 0; d < rank; ++d) {
      if (llvm::is_contained(reduced, d)) {
        if (keepdims)
          outSizes.push_back(constIndex(b, loc, 1));
        continue;
      }
      outSizes.push_back(toIndex(b, loc, dims[d]));
      lbs.push_back(constIndex(b, loc, 0));
      ubs.push_back(outSizes.back());
      steps.push_back(constIndex(b, loc, 1));
    }
    Value out = allocArray(b, loc, outType, outSizes);
    if (accumulatesInOutput(r.kind, reduced, rank)) {
      reduceIntoOutput(b, loc, r, array, reduced, keepdims, out, count);
      rewriter.replaceOp(op, out);
      return success();
    }
    scf::buildLoopNest(
        b, loc, lbs, ubs, steps,
        [&](OpBuilder &nb, Location l, ValueRange ivs) {
          SmallVector<Value> fixed, stored;
          for (int64_t d = 0, k = 0; d < rank; ++d) {
            if (llvm::is_contained(reduced, d)) {
              fixed.push_back(Value());
              if (keepdims)
                stored.push_back(constIndex(nb, l, 0));
              continue;
            }
            fixed.push_back(ivs[k++]);
            stored.push_back(fixed.back());
          }
          Value value =
              reduceAndFinish(nb, l, r, array, reduced, fixed, count, ddof);
          memref::StoreOp::create(nb, l, value, out, stored);
        });
    rewriter.replaceOp(op, out);
    return success();
  }
};

struct ArrayScanLowering : public OpConversionPattern<ArrayScanOp> {
  using OpConversionPattern::OpConversionPattern;
  LogicalResult
  matchAndRewrite(ArrayScanOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    Location loc = op.getLoc();
    OpBuilder &b = rewriter;
    Value array = adaptor.getArray();
    auto arrayType = cast<MemRefType>(array.getType());
    auto outType =
        dyn_cast_or_null<MemRefType>(getTypeConverter()->convertType(op.getType()));
    if (!outType)
      return failure();
    Type nbcElement =
        cast<MemRefType>(op.getArray().getType()).getElementType();
    static constexpr ArrayReductionKind kinds[] = {
        ArrayReductionKind::sum, ArrayReductionKind::prod,
        ArrayReductionKind::min, ArrayReductionKind::max};
    Reducer r{kinds[static_cast<int>(op.getKind())], arrayType.getElementType(),
              !nbcElement.isSignedInteger() && !isa<FloatType>(nbcElement) &&
                  !isa<ComplexType>(nbcElement),
              outType.getElementType()};
    int64_t rank = arrayType.getRank(), axis = op.getAxis();
    SmallVector<Value> sizes, lbs, ubs, steps;
    for (int64_t d = 0; d < rank; ++d) {
      sizes.push_back(memref::DimOp::create(b, loc, array, d));
      if (d == axis)
        continue;
      lbs.push_back(constIndex(b, loc, 0));
      ubs.push_back(sizes.back());
      steps.push_back(constIndex(b, loc, 1));
    }
    Value out = allocArray(b, loc, outType, sizes);
    scf::buildLoopNest(
        b, loc, lbs, ubs, steps,
        [&](OpBuilder &nb, Location l, ValueRange ivs) {
          auto loop = scf::ForOp::create(
              nb, l, constIndex(nb, l, 0), sizes[axis], constIndex(nb, l, 1),
              r.init(nb, l),
              [&](OpBuilder &ib, Location il, Value i, ValueRange acc) {
                SmallVector<Value> indices;
                for (int64_t d = 0, k = 0; d < rank; ++d)
                  indices.push_back(d == axis ? i : ivs[k++]);
                Value x = memref::LoadOp::create(ib, il, array, indices);
                SmallVector<Value> next = r.step(ib, il, acc, x);
                memref::StoreOp::create(ib, il, next[0], out, indices);
                scf::YieldOp::create(ib, il, next);
              });
          (void)loop;
        });
    rewriter.replaceOp(op, out);
    return success();
  }
};
} // namespace

void arrays::populateArrayReducePatterns(const TypeConverter &converter,
                                         RewritePatternSet &patterns) {
  patterns.add<ArrayReduceLowering, ArrayScanLowering>(converter,
                                                       patterns.getContext());
}
