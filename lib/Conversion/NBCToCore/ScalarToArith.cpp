//===- ScalarToArith.cpp - nbc scalar ops to arith ------------------------===//
//
// nbc.constant/add/sub/mul/neg/abs/min/max/round/cast/cmp/bitwise/shift/
// select -> arith (and math.roundeven/absf). Types become signless, so
// every pattern reads signedness from the op's original nbc operand type.
// Division, power and math functions live in ScalarDivision.cpp and
// ScalarMath.cpp, complex operands in ScalarComplex.cpp.
//
//===----------------------------------------------------------------------===//

#include "nbc/Conversion/NBCToCore/NBCToCore.h"

#include "ScalarBuilder.h"
#include "mlir/Dialect/LLVMIR/LLVMDialect.h"
#include "mlir/Dialect/Math/IR/Math.h"
#include "mlir/Dialect/SCF/IR/SCF.h"
#include "mlir/Interfaces/LoopLikeInterface.h"
#include "mlir/Interfaces/SideEffectInterfaces.h"
#include "llvm/TargetParser/Host.h"
#include "llvm/TargetParser/Triple.h"

using namespace mlir;
using namespace mlir::nbc;
using namespace mlir::nbc::detail;

namespace {

struct ConstantLowering : public OpConversionPattern<ConstantOp> {
  using OpConversionPattern::OpConversionPattern;
  LogicalResult
  matchAndRewrite(ConstantOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    Type type = getTypeConverter()->convertType(op.getType());
    if (!type)
      return rewriter.notifyMatchFailure(op, "unsupported type");
    TypedAttr value;
    if (auto intAttr = dyn_cast<IntegerAttr>(op.getValue()))
      value = IntegerAttr::get(type, intAttr.getValue());
    else if (auto floatAttr = dyn_cast<FloatAttr>(op.getValue()))
      value = floatAttr;
    else
      return op.emitOpError("cannot lower a constant of this attribute");
    rewriter.replaceOpWithNewOp<arith::ConstantOp>(op, type, value);
    return success();
  }
};

/// add/sub/mul: integers wrap (no nsw/nuw), floats get the kernel's flags.
template <typename OpTy, typename IntOp, typename FloatOp>
struct WrappingBinaryLowering : public OpConversionPattern<OpTy> {
  using OpConversionPattern<OpTy>::OpConversionPattern;
  using OpAdaptor = typename OpTy::Adaptor;
  LogicalResult
  matchAndRewrite(OpTy op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    ScalarBuilder b(op, rewriter);
    Value result;
    if (isa<FloatType>(op.getType()))
      result = b.fop<FloatOp>(adaptor.getLhs(), adaptor.getRhs());
    else
      result = IntOp::create(b, adaptor.getLhs(), adaptor.getRhs());
    rewriter.replaceOp(op, result);
    return success();
  }
};

struct NegLowering : public OpConversionPattern<NegOp> {
  using OpConversionPattern::OpConversionPattern;
  LogicalResult
  matchAndRewrite(NegOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    ScalarBuilder b(op, rewriter);
    Value x = adaptor.getOperand();
    Value result =
        isa<FloatType>(x.getType())
            ? b.fop<arith::NegFOp>(x)
            : Value(arith::SubIOp::create(b, b.intConst(x.getType(), 0), x));
    rewriter.replaceOp(op, result);
    return success();
  }
};

struct AbsLowering : public OpConversionPattern<AbsOp> {
  using OpConversionPattern::OpConversionPattern;
  LogicalResult
  matchAndRewrite(AbsOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    ScalarBuilder b(op, rewriter);
    Value x = adaptor.getOperand();
    Value result;
    if (isa<FloatType>(x.getType()))
      result = b.fop<math::AbsFOp>(x);
    else if (isUnsignedLike(op.getType()))
      result = x;
    else // math.absi wraps for INT_MIN, as NumPy does.
      result = math::AbsIOp::create(b, x);
    rewriter.replaceOp(op, result);
    return success();
  }
};

/// Python's min/max: `b if b < a else a` (`>` for max). For floats this
/// keeps Python's order with NaN; for integers it is arith.min/max.
template <typename OpTy, bool isMax>
struct MinMaxLowering : public OpConversionPattern<OpTy> {
  using OpConversionPattern<OpTy>::OpConversionPattern;
  using OpAdaptor = typename OpTy::Adaptor;
  LogicalResult
  matchAndRewrite(OpTy op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    ScalarBuilder b(op, rewriter);
    Value lhs = adaptor.getLhs(), rhs = adaptor.getRhs();
    Type type = op.getType();
    Value result;
    if (isa<FloatType>(type)) {
      Value better = b.cmpF(isMax ? arith::CmpFPredicate::OGT
                                  : arith::CmpFPredicate::OLT,
                            rhs, lhs);
      result = b.select(better, rhs, lhs);
    } else if (isUnsignedLike(type)) {
      result = isMax ? Value(arith::MaxUIOp::create(b, lhs, rhs))
                     : Value(arith::MinUIOp::create(b, lhs, rhs));
    } else {
      result = isMax ? Value(arith::MaxSIOp::create(b, lhs, rhs))
                     : Value(arith::MinSIOp::create(b, lhs, rhs));
    }
    rewriter.replaceOp(op, result);
    return success();
  }
};

struct RoundLowering : public OpConversionPattern<RoundOp> {
  using OpConversionPattern::OpConversionPattern;
  LogicalResult
  matchAndRewrite(RoundOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    ScalarBuilder b(op, rewriter);
    rewriter.replaceOp(op, b.fop<math::RoundEvenOp>(adaptor.getOperand()));
    return success();
  }
};

//===----------------------------------------------------------------------===//
// Casts
//===----------------------------------------------------------------------===//

/// Float to integer under the python error model: Python's int()
/// truncation; NaN and inf raise, everything out of range saturates
/// (arith.fptosi alone would be poison there). The numpy model gives
/// NumPy's values instead (emitFloatToIntNumPy).
///
/// Whether the loop around `op` stays scalar: nbc-vectorize takes only
/// innermost loops without control flow, and their conversions vectorize
/// best as selects; anywhere else one compare and a branch around the rare
/// cases beat a chain of compares and selects (a histogram's `int()` ran
/// 2.5x slower than Numba's bare fptosi with the chain).
static bool inScalarCode(Operation *op) {
  auto loop = op->getParentOfType<LoopLikeOpInterface>();
  if (!loop)
    return true;
  WalkResult found = loop->walk([&](Operation *inner) {
    return inner != loop.getOperation() && inner->getNumRegions() > 0
               ? WalkResult::interrupt()
               : WalkResult::advance();
  });
  return found.wasInterrupted();
}

namespace {
/// The powers of two around the integer type's range, exact in f32 and f64.
struct IntRange {
  IntRange(ScalarBuilder &b, Type floatType, IntegerType target,
           bool isUnsigned)
      : width(target.getWidth()), isUnsigned(isUnsigned) {
    low = b.floatConst(floatType, isUnsigned ? -1.0
                                             : -std::ldexp(1.0, width - 1));
    high = b.floatConst(floatType,
                        std::ldexp(1.0, width - (isUnsigned ? 0 : 1)));
    maxValue = b.intConst(target, isUnsigned ? APInt::getMaxValue(width)
                                             : APInt::getSignedMaxValue(width));
    minValue = b.intConst(target, isUnsigned ? APInt::getMinValue(width)
                                             : APInt::getSignedMinValue(width));
  }
  int width;
  bool isUnsigned;
  Value low, high, maxValue, minValue;
};
} // namespace

static Value truncate(ScalarBuilder &b, IntegerType target, bool isUnsigned,
                      Value x) {
  return isUnsigned ? Value(arith::FPToUIOp::create(b, target, x))
                    : Value(arith::FPToSIOp::create(b, target, x));
}

/// The selects form: every case computed, no branch (vectorizable).
static Value emitFloatToIntSelects(ScalarBuilder &b, Value x,
                                   IntegerType target, const IntRange &r) {
  Type floatType = x.getType();
  if (b.pythonErrors) {
    b.raiseIf(b.isNaN(x), ExceptionKind::ValueError,
              "cannot convert float NaN to integer");
    Value inf = b.floatConst(floatType, INFINITY);
    Value isInf = b.cmpF(arith::CmpFPredicate::OEQ,
                         b.fop<math::AbsFOp>(x), inf);
    b.raiseIf(isInf, ExceptionKind::OverflowError,
              "cannot convert float infinity to integer");
  }
  // Unsigned: (-1, 2^N) truncates into range; signed: [-2^(N-1), 2^(N-1)).
  Value aboveLow = b.cmpF(r.isUnsigned ? arith::CmpFPredicate::OGT
                                       : arith::CmpFPredicate::OGE,
                          x, r.low);
  Value belowHigh = b.cmpF(arith::CmpFPredicate::OLT, x, r.high);
  Value inRange = b.andI(aboveLow, belowHigh);
  Value safe = b.select(inRange, x, b.floatConst(floatType, 0.0));
  Value converted = truncate(b, target, r.isUnsigned, safe);
  Value tooHigh = b.cmpF(arith::CmpFPredicate::OGE, x, r.high);
  Value tooLow = b.cmpF(r.isUnsigned ? arith::CmpFPredicate::OLE
                                     : arith::CmpFPredicate::OLT,
                        x, r.low);
  // NaN: none of the comparisons hold, so it gives the converted 0.
  Value result = b.select(tooHigh, r.maxValue, converted);
  return b.select(tooLow, r.minValue, result);
}

/// The intrinsics emitX86Truncate calls, by (float width, integer width).
static StringRef x86TruncateName(unsigned floatWidth, unsigned width) {
  if (floatWidth == 64)
    return width == 64 ? "llvm.x86.sse2.cvttsd2si64" : "llvm.x86.sse2.cvttsd2si";
  return width == 64 ? "llvm.x86.sse.cvttss2si64" : "llvm.x86.sse.cvttss2si";
}

struct IntrinsicEffects
    : public MemoryEffectOpInterface::ExternalModel<IntrinsicEffects,
                                                    LLVM::CallIntrinsicOp> {
  void getEffects(Operation *op,
                  SmallVectorImpl<MemoryEffects::EffectInstance> &effects) const {
    StringRef name = cast<LLVM::CallIntrinsicOp>(op).getIntrin();
    for (unsigned floatWidth : {32u, 64u})
      for (unsigned width : {32u, 64u})
        if (name == x86TruncateName(floatWidth, width))
          return;
    effects.emplace_back(MemoryEffects::Read::get());
    effects.emplace_back(MemoryEffects::Write::get());
    effects.emplace_back(MemoryEffects::Allocate::get());
    effects.emplace_back(MemoryEffects::Free::get());
  }
};

/// x86-64's truncating conversion (cvttsd2si/cvttss2si) as an intrinsic
/// call: unlike fptosi (poison out of range) it is defined for every input
/// and gives INT_MIN, the "integer indefinite", for NaN, inf and values out
/// of range. Null for other targets and for widths it does not produce.
static Value emitX86Truncate(ScalarBuilder &b, Value x, IntegerType target) {
  static const bool isX86_64 =
      llvm::Triple(llvm::sys::getProcessTriple()).getArch() ==
      llvm::Triple::x86_64;
  auto floatType = cast<FloatType>(x.getType());
  unsigned floatWidth = floatType.getWidth(), width = target.getWidth();
  if (!isX86_64 || (floatWidth != 32 && floatWidth != 64) ||
      (width != 32 && width != 64))
    return {};
  StringRef name = x86TruncateName(floatWidth, width);
  // Only lane 0 is read: an insertelement into poison, no broadcast.
  auto vectorType = VectorType::get({128 / floatWidth}, floatType);
  Value vector = LLVM::InsertElementOp::create(
      b, LLVM::PoisonOp::create(b, vectorType), x, b.intConst(b.getI64Type(), 0));
  return LLVM::CallIntrinsicOp::create(b, target, b.getStringAttr(name),
                                       ValueRange{vector})
      .getResult(0);
}

/// The branch form. The hot path is a bare truncation behind one test:
/// on x86-64 the hardware conversion and `result != INT_MIN` (a genuine
/// -2^(N-1) takes the slow path, which returns it too), elsewhere
/// |x| < 2^(N-1) (signed) or -1 < x < 2^N (unsigned) guarding fptosi/fptoui.
/// NaN, inf and saturation are decided off the hot path, with the same
/// values as the selects form.
static Value emitFloatToIntBranch(ScalarBuilder &b, Value x,
                                  IntegerType target, const IntRange &r) {
  Type floatType = x.getType();
  Value x86 = r.isUnsigned ? Value() : emitX86Truncate(b, x, target);
  Value inRange =
      x86 ? b.cmpI(arith::CmpIPredicate::ne, x86, r.minValue)
      : r.isUnsigned
          ? b.andI(b.cmpF(arith::CmpFPredicate::OGT, x, r.low),
                   b.cmpF(arith::CmpFPredicate::OLT, x, r.high))
          : b.cmpF(arith::CmpFPredicate::OLT, b.fop<math::AbsFOp>(x), r.high);
  auto ifOp = scf::IfOp::create(b, target, inRange, /*withElseRegion=*/true);
  OpBuilder::InsertionGuard guard(b);
  b.setInsertionPointToStart(ifOp.thenBlock());
  scf::YieldOp::create(b, x86 ? x86 : truncate(b, target, r.isUnsigned, x));

  // Out of range, NaN or inf, raised here so that the hot path carries no
  // status: x > 0 saturates high; NaN gives 0; the rest saturates low
  // (-2^(N-1) exactly is the minimum itself).
  b.setInsertionPointToStart(ifOp.elseBlock());
  Value isNaN = b.isNaN(x);
  Value positive =
      b.cmpF(arith::CmpFPredicate::OGT, x, b.floatConst(floatType, 0.0));
  Value low = r.isUnsigned
                  ? r.minValue
                  : b.select(isNaN, b.intConst(target, 0), r.minValue);
  Value saturated = b.select(positive, r.maxValue, low);
  if (b.pythonErrors) {
    Value inf = b.floatConst(floatType, INFINITY);
    RaiseIfOp::create(b, isNaN, ExceptionKind::ValueError,
                      "cannot convert float NaN to integer");
    RaiseIfOp::create(
        b, b.cmpF(arith::CmpFPredicate::OEQ, b.fop<math::AbsFOp>(x), inf),
        ExceptionKind::OverflowError, "cannot convert float infinity to integer");
  }
  scf::YieldOp::create(b, saturated);
  return ifOp.getResult(0);
}

/// The hardware's signed truncation to 32 or 64 bits: x86-64's cvttsd2si,
/// INT_MIN for NaN, inf and values out of range. Scalar code calls the
/// instruction; loops (and other targets) get the same values from selects.
static Value emitHardwareTruncate(ScalarBuilder &b, Value x,
                                  IntegerType target, bool scalar) {
  if (scalar)
    if (Value hardware = emitX86Truncate(b, x, target))
      return hardware;
  IntRange r(b, x.getType(), target, /*isUnsigned=*/false);
  Value inRange = b.andI(b.cmpF(arith::CmpFPredicate::OGE, x, r.low),
                         b.cmpF(arith::CmpFPredicate::OLT, x, r.high));
  Value safe = b.select(inRange, x, b.floatConst(x.getType(), 0.0));
  return b.select(inRange, truncate(b, target, false, safe), r.minValue);
}

/// NumPy's float -> int (`astype`, error_model = numpy): C's cast as NumPy
/// is compiled on x86-64, on every target. int64/int32 truncate in
/// hardware (INT_MIN when out of range); narrower types keep the low bits of
/// the int32 conversion, uint32 those of the int64 one; uint64 converts
/// x - 2^63 when x >= 2^63 and flips the top bit back.
static Value emitFloatToIntNumPy(Operation *op, ScalarBuilder &b, Value x,
                                 IntegerType target, bool isUnsigned) {
  unsigned width = target.getWidth();
  bool scalar = inScalarCode(op);
  IntegerType i64 = b.getI64Type();
  if (isUnsigned && width == 64) {
    Value bias = b.floatConst(x.getType(), std::ldexp(1.0, 63));
    Value high = b.cmpF(arith::CmpFPredicate::OGE, x, bias);
    Value shifted = b.select(high, b.subF(x, bias), x);
    Value low = emitHardwareTruncate(b, shifted, i64, scalar);
    Value flipped = arith::XOrIOp::create(
        b, low, b.intConst(i64, APInt::getSignedMinValue(64)));
    return b.select(high, flipped, low);
  }
  IntegerType via = width == 64 || (width == 32 && isUnsigned)
                        ? i64
                        : b.getI32Type();
  Value result = emitHardwareTruncate(b, x, via, scalar);
  return via.getWidth() == width
             ? result
             : Value(arith::TruncIOp::create(b, target, result));
}

static Value emitFloatToInt(Operation *op, ScalarBuilder &b, Value x,
                            IntegerType target, bool isUnsigned) {
  if (!b.pythonErrors)
    return emitFloatToIntNumPy(op, b, x, target, isUnsigned);
  IntRange range(b, x.getType(), target, isUnsigned);
  return inScalarCode(op) ? emitFloatToIntBranch(b, x, target, range)
                          : emitFloatToIntSelects(b, x, target, range);
}

struct CastLowering : public OpConversionPattern<CastOp> {
  using OpConversionPattern::OpConversionPattern;
  LogicalResult
  matchAndRewrite(CastOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    Type from = op.getInput().getType(), to = op.getType();
    Type target = getTypeConverter()->convertType(to);
    if (!target)
      return rewriter.notifyMatchFailure(op, "unsupported type");
    ScalarBuilder b(op, rewriter);
    Value x = adaptor.getInput();
    Value result;
    auto fromInt = dyn_cast<IntegerType>(from);
    auto toInt = dyn_cast<IntegerType>(to);
    if (x.getType() == target) {
      result = x; // same width: signedness is all that changes
    } else if (toInt && toInt.getWidth() == 1) {
      // bool(x) is x != 0; bool(nan) is True, hence une.
      result = fromInt ? b.cmpI(arith::CmpIPredicate::ne, x,
                                b.intConst(x.getType(), 0))
                       : b.cmpF(arith::CmpFPredicate::UNE, x,
                                b.floatConst(x.getType(), 0.0));
    } else if (fromInt && toInt) {
      if (toInt.getWidth() < fromInt.getWidth())
        result = arith::TruncIOp::create(b, target, x);
      else if (isUnsignedLike(from))
        result = arith::ExtUIOp::create(b, target, x);
      else
        result = arith::ExtSIOp::create(b, target, x);
    } else if (fromInt) {
      if (isUnsignedLike(from))
        result = arith::UIToFPOp::create(b, target, x);
      else
        result = arith::SIToFPOp::create(b, target, x);
    } else if (toInt) {
      result = emitFloatToInt(op, b, x, cast<IntegerType>(target),
                              toInt.isUnsigned());
    } else if (cast<FloatType>(to).getWidth() >
               cast<FloatType>(from).getWidth()) {
      result = arith::ExtFOp::create(b, target, x);
    } else {
      result = arith::TruncFOp::create(b, target, x);
    }
    b.emitPendingRaises();
    rewriter.replaceOp(op, result);
    return success();
  }
};

//===----------------------------------------------------------------------===//
// Comparisons, bitwise ops, shifts, select
//===----------------------------------------------------------------------===//

static arith::CmpIPredicate intPredicate(CmpPredicate pred, bool isUnsigned) {
  using P = arith::CmpIPredicate;
  switch (pred) {
  case CmpPredicate::eq:
    return P::eq;
  case CmpPredicate::ne:
    return P::ne;
  case CmpPredicate::lt:
    return isUnsigned ? P::ult : P::slt;
  case CmpPredicate::le:
    return isUnsigned ? P::ule : P::sle;
  case CmpPredicate::gt:
    return isUnsigned ? P::ugt : P::sgt;
  case CmpPredicate::ge:
    return isUnsigned ? P::uge : P::sge;
  }
  llvm_unreachable("unknown predicate");
}

/// Python: every comparison with NaN is false except `!=`.
static arith::CmpFPredicate floatPredicate(CmpPredicate pred) {
  using P = arith::CmpFPredicate;
  switch (pred) {
  case CmpPredicate::eq:
    return P::OEQ;
  case CmpPredicate::ne:
    return P::UNE;
  case CmpPredicate::lt:
    return P::OLT;
  case CmpPredicate::le:
    return P::OLE;
  case CmpPredicate::gt:
    return P::OGT;
  case CmpPredicate::ge:
    return P::OGE;
  }
  llvm_unreachable("unknown predicate");
}

struct CmpLowering : public OpConversionPattern<CmpOp> {
  using OpConversionPattern::OpConversionPattern;
  LogicalResult
  matchAndRewrite(CmpOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    ScalarBuilder b(op, rewriter);
    Type type = op.getLhs().getType();
    Value result;
    if (isa<FloatType>(type)) {
      result = b.fop<arith::CmpFOp>(floatPredicate(op.getPredicate()),
                                    adaptor.getLhs(), adaptor.getRhs());
    } else {
      result = b.cmpI(intPredicate(op.getPredicate(), isUnsignedLike(type)),
                      adaptor.getLhs(), adaptor.getRhs());
    }
    rewriter.replaceOp(op, result);
    return success();
  }
};

template <typename OpTy, typename ArithOp>
struct BitwiseLowering : public OpConversionPattern<OpTy> {
  using OpConversionPattern<OpTy>::OpConversionPattern;
  using OpAdaptor = typename OpTy::Adaptor;
  LogicalResult
  matchAndRewrite(OpTy op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    rewriter.replaceOpWithNewOp<ArithOp>(op, adaptor.getLhs(),
                                         adaptor.getRhs());
    return success();
  }
};

struct InvertLowering : public OpConversionPattern<InvertOp> {
  using OpConversionPattern::OpConversionPattern;
  LogicalResult
  matchAndRewrite(InvertOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    ScalarBuilder b(op, rewriter);
    Value x = adaptor.getOperand();
    // All ones: ~x for integers, `not` for bool.
    Value ones = b.intConst(x.getType(), -1);
    rewriter.replaceOpWithNewOp<arith::XOrIOp>(op, x, ones);
    return success();
  }
};

/// Shifts: a negative count raises ValueError (python model); a count of
/// at least the width gives 0 (or the sign fill for signed `>>`). Read as
/// unsigned, a negative count is also >= width, so one comparison covers
/// both under the numpy model.
template <typename OpTy, bool isLeft>
struct ShiftLowering : public OpConversionPattern<OpTy> {
  using OpConversionPattern<OpTy>::OpConversionPattern;
  using OpAdaptor = typename OpTy::Adaptor;
  LogicalResult
  matchAndRewrite(OpTy op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    ScalarBuilder b(op, rewriter);
    Value x = adaptor.getLhs(), count = adaptor.getRhs();
    Type type = x.getType();
    bool isSigned = isSignedInt(op.getType());
    unsigned width = cast<IntegerType>(type).getWidth();
    if (b.pythonErrors && isSigned)
      b.raiseIf(b.isNegative(count), ExceptionKind::ValueError,
                "negative shift count");
    Value widthValue = b.intConst(type, width);
    Value tooFar = b.cmpI(arith::CmpIPredicate::uge, count, widthValue);
    Value result;
    if (isLeft || !isSigned) {
      Value safeCount = b.select(tooFar, b.intConst(type, 0), count);
      Value shifted =
          isLeft ? Value(arith::ShLIOp::create(b, x, safeCount))
                 : Value(arith::ShRUIOp::create(b, x, safeCount));
      result = b.select(tooFar, b.intConst(type, 0), shifted);
    } else {
      Value safeCount =
          b.select(tooFar, b.intConst(type, width - 1), count);
      result = arith::ShRSIOp::create(b, x, safeCount);
    }
    b.emitPendingRaises();
    rewriter.replaceOp(op, result);
    return success();
  }
};

struct SelectLowering : public OpConversionPattern<SelectOp> {
  using OpConversionPattern::OpConversionPattern;
  LogicalResult
  matchAndRewrite(SelectOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    rewriter.replaceOpWithNewOp<arith::SelectOp>(
        op, adaptor.getCondition(), adaptor.getTrueValue(),
        adaptor.getFalseValue());
    return success();
  }
};

} // namespace

void nbc::registerIntrinsicEffects(DialectRegistry &registry) {
  registry.addExtension(+[](MLIRContext *context, LLVM::LLVMDialect *) {
    LLVM::CallIntrinsicOp::attachInterface<IntrinsicEffects>(*context);
  });
}

void nbc::populateNBCToArithPatterns(const TypeConverter &typeConverter,
                                     RewritePatternSet &patterns) {
  MLIRContext *context = patterns.getContext();
  patterns.add<
      ConstantLowering,
      WrappingBinaryLowering<AddOp, arith::AddIOp, arith::AddFOp>,
      WrappingBinaryLowering<SubOp, arith::SubIOp, arith::SubFOp>,
      WrappingBinaryLowering<MulOp, arith::MulIOp, arith::MulFOp>, NegLowering,
      AbsLowering, MinMaxLowering<MinOp, false>, MinMaxLowering<MaxOp, true>,
      RoundLowering, CastLowering, CmpLowering,
      BitwiseLowering<AndOp, arith::AndIOp>,
      BitwiseLowering<OrOp, arith::OrIOp>,
      BitwiseLowering<XorOp, arith::XOrIOp>, InvertLowering,
      ShiftLowering<ShlOp, true>, ShiftLowering<ShrOp, false>,
      SelectLowering>(typeConverter, context);
  nbc::detail::populateDivisionPatterns(typeConverter, patterns);
  nbc::detail::populateMathPatterns(typeConverter, patterns);
  nbc::detail::populateComplexPatterns(typeConverter, patterns);
}
