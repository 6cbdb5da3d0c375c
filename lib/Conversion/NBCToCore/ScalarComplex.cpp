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

#include "ComplexOrder.h"
#include "nbc/Transforms/ExternalCalls.h"
#include "ScalarBuilder.h"
#include "nbc/Runtime/NBCRuntime.h"
#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Complex/IR/Complex.h"
#include "mlir/Dialect/Math/IR/Math.h"

#include <cmath>

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

/// Complex division by Smith's method on the parts, as the reference does
/// it: CPython's (and Numba's) `_Py_c_quot` under error_model=python, with
/// ZeroDivisionError("complex division by zero") for a zero divisor and
/// nan+nanj when a divisor part is nan; NumPy's loop under
/// error_model=numpy (array expressions), which multiplies by the
/// reciprocal of the denominator and divides by |re| a zero divisor
/// (complex.div's lowering recovers infinities neither of them does).
struct TrueDivLowering : public ComplexPattern<TrueDivOp> {
  using ComplexPattern::ComplexPattern;
  LogicalResult
  matchAndRewrite(TrueDivOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    if (!isNBCComplex(op.getType()))
      return failure();
    ScalarBuilder b(op, rewriter);
    Value lhs = adaptor.getLhs(), rhs = adaptor.getRhs();
    Value ar = complex::ReOp::create(b, lhs), ai = complex::ImOp::create(b, lhs);
    Value br = complex::ReOp::create(b, rhs), bi = complex::ImOp::create(b, rhs);
    Value absR = math::AbsFOp::create(b, br), absI = math::AbsFOp::create(b, bi);
    Value byReal = b.cmpF(arith::CmpFPredicate::OGE, absR, absI);
    // |re| >= |im|: divided through by re; else through by im.
    Value ratioR = b.divF(bi, br), ratioI = b.divF(br, bi);
    Value denomR = b.addF(br, b.mulF(bi, ratioR));
    Value denomI = b.addF(b.mulF(br, ratioI), bi);
    Value topR[2] = {b.addF(ar, b.mulF(ai, ratioR)), b.subF(ai, b.mulF(ar, ratioR))};
    Value topI[2] = {b.addF(b.mulF(ar, ratioI), ai), b.subF(b.mulF(ai, ratioI), ar)};
    Value parts[2];
    if (b.pythonErrors) {
      Value zero = b.andI(b.isZero(br), b.isZero(bi));
      b.raiseIf(zero, ExceptionKind::ZeroDivisionError,
                "complex division by zero");
      Value byImag = b.cmpF(arith::CmpFPredicate::OGE, absI, absR);
      Value nan = b.floatConst(br.getType(), std::nan(""));
      for (int k = 0; k < 2; ++k)
        parts[k] = b.select(byReal, b.divF(topR[k], denomR),
                            b.select(byImag, b.divF(topI[k], denomI), nan));
    } else {
      Value one = b.floatConst(br.getType(), 1.0);
      Value zero = b.andI(b.isZero(br), b.isZero(bi));
      Value scaleR = b.divF(one, denomR), scaleI = b.divF(one, denomI);
      Value byZero[2] = {b.divF(ar, absR), b.divF(ai, absR)};
      for (int k = 0; k < 2; ++k)
        parts[k] = b.select(
            byReal, b.select(zero, byZero[k], b.mulF(topR[k], scaleR)),
            b.mulF(topI[k], scaleI));
    }
    b.emitPendingRaises();
    rewriter.replaceOpWithNewOp<complex::CreateOp>(op, op.getType(), parts[0],
                                                   parts[1]);
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

/// eq/ne compare both parts; the ordering predicates are NumPy's order.
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
      rewriter.replaceOp(op, buildComplexOrder(rewriter, op.getLoc(),
                                               op.getPredicate(), lhs, rhs));
      return success();
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

// nbc_rt_cmath takes NBC_MathFn's values.
static_assert(NBC_CMATH_SQRT == static_cast<int>(MathFn::sqrt) &&
              NBC_CMATH_EXP == static_cast<int>(MathFn::exp) &&
              NBC_CMATH_LOG == static_cast<int>(MathFn::log) &&
              NBC_CMATH_LOG10 == static_cast<int>(MathFn::log10) &&
              NBC_CMATH_LOG2 == static_cast<int>(MathFn::log2) &&
              NBC_CMATH_EXP2 == static_cast<int>(MathFn::exp2) &&
              NBC_CMATH_LOG1P == static_cast<int>(MathFn::log1p) &&
              NBC_CMATH_EXPM1 == static_cast<int>(MathFn::expm1) &&
              NBC_CMATH_SIN == static_cast<int>(MathFn::sin) &&
              NBC_CMATH_COS == static_cast<int>(MathFn::cos) &&
              NBC_CMATH_TAN == static_cast<int>(MathFn::tan) &&
              NBC_CMATH_ASIN == static_cast<int>(MathFn::asin) &&
              NBC_CMATH_ACOS == static_cast<int>(MathFn::acos) &&
              NBC_CMATH_ATAN == static_cast<int>(MathFn::atan) &&
              NBC_CMATH_SINH == static_cast<int>(MathFn::sinh) &&
              NBC_CMATH_COSH == static_cast<int>(MathFn::cosh) &&
              NBC_CMATH_TANH == static_cast<int>(MathFn::tanh) &&
              NBC_CMATH_ASINH == static_cast<int>(MathFn::asinh) &&
              NBC_CMATH_ACOSH == static_cast<int>(MathFn::acosh) &&
              NBC_CMATH_ATANH == static_cast<int>(MathFn::atanh));

/// cmath's functions: a call of the runtime's nbc_rt_cmath (glibc's C99
/// functions, with CPython's special values and exceptions under
/// error_model=python; lib/Runtime/Cmath.c), or nbc_rt_cmathf. Its
/// complex<f64> result is C's `double _Complex`, returned in registers. The
/// upstream complex dialect's expansions lose signs of zeros and give NaN
/// where C99 and CPython give infinities (cmath.sqrt(-0j), cmath.sin(infj)).
struct MathLowering : public ComplexPattern<MathOp> {
  using ComplexPattern::ComplexPattern;
  LogicalResult
  matchAndRewrite(MathOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    if (!isNBCComplex(op.getType()))
      return failure();
    if (!MathOp::hasComplexForm(op.getFn()))
      return op.emitOpError("no complex form of ")
             << stringifyMathFn(op.getFn());
    ScalarBuilder b(op, rewriter);
    Value z = adaptor.getOperand();
    auto complexType = cast<ComplexType>(z.getType());
    Type part = complexType.getElementType(), f64 = b.getF64Type(),
         i32 = b.getI32Type();
    auto complex128 = ComplexType::get(f64);
    auto toF64 = [&](Value x) {
      return part == f64 ? x : Value(arith::ExtFOp::create(b, f64, x));
    };
    constexpr StringLiteral library = "the nbc runtime";
    // complex64 under NumPy's semantics: glibc's float functions, as
    // NumPy's complex64 loops (parts passed and returned as doubles).
    bool single = part != f64 && !b.pythonErrors;
    SmallVector<Value, 4> args{b.intConst(i32, static_cast<int>(op.getFn()))};
    if (!single)
      args.push_back(b.intConst(i32, b.pythonErrors));
    args.push_back(toF64(complex::ReOp::create(b, z)));
    args.push_back(toF64(complex::ImOp::create(b, z)));
    auto callee = lookupOrDeclareExternal(
        b, op, single ? "nbc_rt_cmathf" : "nbc_rt_cmath",
        b.getFunctionType(ValueRange(args).getTypes(), {complex128}), library);
    if (failed(callee))
      return failure();
    Value result = func::CallOp::create(b, *callee, args).getResult(0);
    if (b.pythonErrors) {
      auto statusOf = lookupOrDeclareExternal(
          b, op, "nbc_rt_cmath_status", b.getFunctionType({}, {i32}), library);
      if (failed(statusOf))
        return failure();
      Value status = func::CallOp::create(b, *statusOf, ValueRange{}).getResult(0);
      b.raiseIf(b.cmpI(arith::CmpIPredicate::eq, status,
                       b.intConst(i32, NBC_ValueError)),
                ExceptionKind::ValueError, "math domain error");
      b.raiseIf(b.cmpI(arith::CmpIPredicate::eq, status,
                       b.intConst(i32, NBC_OverflowError)),
                ExceptionKind::OverflowError, "math range error");
    }
    if (part != f64) {
      auto narrow = [&](Value x) {
        return Value(arith::TruncFOp::create(b, part, x));
      };
      result = complex::CreateOp::create(
          b, complexType, narrow(complex::ReOp::create(b, result)),
          narrow(complex::ImOp::create(b, result)));
    }
    b.emitPendingRaises();
    rewriter.replaceOp(op, result);
    return success();
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
