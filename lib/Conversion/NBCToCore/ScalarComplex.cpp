//===- ScalarComplex.cpp - nbc ops on complex numbers to complex ----------===//
//
// nbc.add/sub/mul/neg/truediv/pow/cmp/cast/math/fpclass on complex
// operands, and nbc.complex/real/imag/conj/angle -> the upstream `complex`
// dialect (complex.add, complex.div, complex.exp, ...; abs is libm's hypot
// of the parts), which
// convert-complex-to-standard and convert-complex-to-llvm lower later.
// These patterns take precedence over the real-number ones (benefit 2) and
// match only complex operands or results.
//
//===----------------------------------------------------------------------===//

#include "nbc/Conversion/NBCToCore/NBCToCore.h"

#include "ScalarBuilder.h"
#include "mlir/Dialect/Complex/IR/Complex.h"
#include "mlir/Dialect/Math/IR/Math.h"

using namespace mlir;
using namespace mlir::nbc;
using namespace mlir::nbc::detail;

namespace {

constexpr unsigned kComplexBenefit = 2;

template <typename OpTy>
struct ComplexPattern : public OpConversionPattern<OpTy> {
  ComplexPattern(const TypeConverter &converter, MLIRContext *context)
      : OpConversionPattern<OpTy>(converter, context, kComplexBenefit) {}
};

/// Ops whose result (and operands) are complex: one complex op each.
template <typename OpTy, typename ComplexOpTy>
struct ElementwiseLowering : public ComplexPattern<OpTy> {
  using ComplexPattern<OpTy>::ComplexPattern;
  LogicalResult
  matchAndRewrite(OpTy op, typename OpTy::Adaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    if (!isNBCComplex(op.getType()))
      return failure();
    rewriter.replaceOpWithNewOp<ComplexOpTy>(op, op.getType(),
                                             adaptor.getOperands());
    return success();
  }
};

/// Complex division: `complex.div`; a zero divisor (both parts zero) raises
/// ZeroDivisionError("complex division by zero") under error_model=python,
/// as Numba does.
struct TrueDivLowering : public ComplexPattern<TrueDivOp> {
  using ComplexPattern::ComplexPattern;
  LogicalResult
  matchAndRewrite(TrueDivOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    if (!isNBCComplex(op.getType()))
      return failure();
    ScalarBuilder b(op, rewriter);
    Value lhs = adaptor.getLhs(), rhs = adaptor.getRhs();
    Value result = complex::DivOp::create(b, lhs, rhs);
    if (b.pythonErrors) {
      Value zero = b.andI(b.isZero(complex::ReOp::create(b, rhs)),
                          b.isZero(complex::ImOp::create(b, rhs)));
      b.raiseIf(zero, ExceptionKind::ZeroDivisionError,
                "complex division by zero");
    }
    b.emitPendingRaises();
    rewriter.replaceOp(op, result);
    return success();
  }
};

/// abs(z) is hypot(re, im) (nbc.math2 hypot, libm's): complex.abs's
/// lowering gives nan for abs(inf+nanj), where CPython, NumPy and Numba
/// give inf.
struct AbsLowering : public ComplexPattern<AbsOp> {
  using ComplexPattern::ComplexPattern;
  LogicalResult
  matchAndRewrite(AbsOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    if (!isNBCComplex(op.getOperand().getType()))
      return failure();
    ScalarBuilder b(op, rewriter);
    Value z = adaptor.getOperand();
    rewriter.replaceOpWithNewOp<Math2Op>(op, op.getType(), MathFn2::hypot,
                                         complex::ReOp::create(b, z),
                                         complex::ImOp::create(b, z));
    return success();
  }
};

struct CmpLowering : public ComplexPattern<CmpOp> {
  using ComplexPattern::ComplexPattern;
  LogicalResult
  matchAndRewrite(CmpOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    if (!isNBCComplex(op.getLhs().getType()))
      return failure();
    Value lhs = adaptor.getLhs(), rhs = adaptor.getRhs();
    switch (op.getPredicate()) {
    case CmpPredicate::eq:
      rewriter.replaceOpWithNewOp<complex::EqualOp>(op, lhs, rhs);
      return success();
    case CmpPredicate::ne:
      rewriter.replaceOpWithNewOp<complex::NotEqualOp>(op, lhs, rhs);
      return success();
    default:
      return op.emitOpError("complex numbers are not ordered");
    }
  }
};

/// A real number `x` (already signless) of nbc type `from` as a float of
/// type `part`.
static Value realToFloat(ScalarBuilder &b, Value x, Type from, FloatType part) {
  if (auto fromFloat = dyn_cast<FloatType>(from)) {
    if (fromFloat.getWidth() < part.getWidth())
      return arith::ExtFOp::create(b, part, x);
    if (fromFloat.getWidth() > part.getWidth())
      return arith::TruncFOp::create(b, part, x);
    return x;
  }
  if (isUnsignedLike(from))
    return arith::UIToFPOp::create(b, part, x);
  return arith::SIToFPOp::create(b, part, x);
}

/// Casts to a complex type (from any number) and from one (to a complex
/// type or to bool).
struct CastLowering : public ComplexPattern<CastOp> {
  using ComplexPattern::ComplexPattern;
  LogicalResult
  matchAndRewrite(CastOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    Type from = op.getInput().getType(), to = op.getType();
    FloatType fromPart = getComplexPartType(from);
    FloatType toPart = getComplexPartType(to);
    if (!fromPart && !toPart)
      return failure();
    ScalarBuilder b(op, rewriter);
    Value x = adaptor.getInput();
    Value result;
    if (toPart && fromPart) {
      result = complex::CreateOp::create(
          b, to, realToFloat(b, complex::ReOp::create(b, x), fromPart, toPart),
          realToFloat(b, complex::ImOp::create(b, x), fromPart, toPart));
    } else if (toPart) {
      result = complex::CreateOp::create(b, to, realToFloat(b, x, from, toPart),
                                         b.floatConst(toPart, 0.0));
    } else if (to.isInteger(1)) {
      Value zero = complex::CreateOp::create(b, from, b.floatConst(fromPart, 0.0),
                                             b.floatConst(fromPart, 0.0));
      result = complex::NotEqualOp::create(b, x, zero);
    } else {
      return op.emitOpError("cannot lower a cast from complex to ") << to;
    }
    rewriter.replaceOp(op, result);
    return success();
  }
};

struct MathLowering : public ComplexPattern<MathOp> {
  using ComplexPattern::ComplexPattern;
  LogicalResult
  matchAndRewrite(MathOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    if (!isNBCComplex(op.getType()))
      return failure();
    Value z = adaptor.getOperand();
    switch (op.getFn()) {
    case MathFn::sqrt:
      rewriter.replaceOpWithNewOp<complex::SqrtOp>(op, z);
      return success();
    case MathFn::exp:
      rewriter.replaceOpWithNewOp<complex::ExpOp>(op, z);
      return success();
    case MathFn::log:
      rewriter.replaceOpWithNewOp<complex::LogOp>(op, z);
      return success();
    case MathFn::sin:
      rewriter.replaceOpWithNewOp<complex::SinOp>(op, z);
      return success();
    case MathFn::cos:
      rewriter.replaceOpWithNewOp<complex::CosOp>(op, z);
      return success();
    case MathFn::tan:
      rewriter.replaceOpWithNewOp<complex::TanOp>(op, z);
      return success();
    case MathFn::tanh:
      rewriter.replaceOpWithNewOp<complex::TanhOp>(op, z);
      return success();
    default:
      return op.emitOpError("no complex form of ")
             << stringifyMathFn(op.getFn());
    }
  }
};

/// cmath.isnan/isinf: either part; cmath.isfinite: both parts.
struct FPClassLowering : public ComplexPattern<FPClassOp> {
  using ComplexPattern::ComplexPattern;
  LogicalResult
  matchAndRewrite(FPClassOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    FloatType part = getComplexPartType(op.getOperand().getType());
    if (!part)
      return failure();
    ScalarBuilder b(op, rewriter);
    Value z = adaptor.getOperand();
    Value re = complex::ReOp::create(b, z), im = complex::ImOp::create(b, z);
    Value inf = b.floatConst(part, std::numeric_limits<double>::infinity());
    auto isInf = [&](Value x) {
      return b.cmpF(arith::CmpFPredicate::OEQ, math::AbsFOp::create(b, x),
                    inf);
    };
    Value result;
    switch (op.getKind()) {
    case FPClass::nan:
      result = b.orI(b.isNaN(re), b.isNaN(im));
      break;
    case FPClass::inf:
      result = b.orI(isInf(re), isInf(im));
      break;
    case FPClass::finite: {
      auto isFinite = [&](Value x) {
        return b.cmpF(arith::CmpFPredicate::OLT, math::AbsFOp::create(b, x),
                      inf);
      };
      result = b.andI(isFinite(re), isFinite(im));
      break;
    }
    }
    rewriter.replaceOp(op, result);
    return success();
  }
};

/// nbc.complex/real/imag/conj/angle: one complex op each.
template <typename OpTy, typename ComplexOpTy>
struct OneToOneLowering : public OpConversionPattern<OpTy> {
  using OpConversionPattern<OpTy>::OpConversionPattern;
  LogicalResult
  matchAndRewrite(OpTy op, typename OpTy::Adaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    rewriter.replaceOpWithNewOp<ComplexOpTy>(op, op.getType(),
                                             adaptor.getOperands());
    return success();
  }
};

} // namespace

void nbc::detail::populateComplexPatterns(const TypeConverter &typeConverter,
                                          RewritePatternSet &patterns) {
  MLIRContext *context = patterns.getContext();
  patterns.add<ElementwiseLowering<AddOp, complex::AddOp>,
               ElementwiseLowering<SubOp, complex::SubOp>,
               ElementwiseLowering<MulOp, complex::MulOp>,
               ElementwiseLowering<NegOp, complex::NegOp>,
               ElementwiseLowering<PowOp, complex::PowOp>, TrueDivLowering,
               AbsLowering, CmpLowering, CastLowering, MathLowering,
               FPClassLowering>(typeConverter, context);
  patterns.add<OneToOneLowering<ComplexOp, complex::CreateOp>,
               OneToOneLowering<RealOp, complex::ReOp>,
               OneToOneLowering<ImagOp, complex::ImOp>,
               OneToOneLowering<ConjOp, complex::ConjOp>,
               OneToOneLowering<AngleOp, complex::AngleOp>>(typeConverter,
                                                            context);
}
