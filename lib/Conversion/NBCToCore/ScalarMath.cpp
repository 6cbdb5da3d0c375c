//===- ScalarMath.cpp - Python math functions to the math dialect ---------===//
//
// nbc.math -> math.<fn> with CPython's "math domain error" and "math range
// error" checks under error_model = python; nbc.math2 -> math.atan2 and
// math.copysign, arith.remf/remsi/remui (fmod, with CPython's domain error)
// and libm's hypot, ldexp and nextafter; gamma, lgamma and logb -> libm
// (no math op); nbc.fpclass -> arith.cmpf.
//
//===----------------------------------------------------------------------===//

#include "nbc/Transforms/ExternalCalls.h"
#include "ScalarBuilder.h"

#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/Dialect/Math/IR/Math.h"
#include "mlir/IR/Matchers.h"

#include <cmath>

using namespace mlir;
using namespace mlir::nbc;
using namespace mlir::nbc::detail;

using CmpF = arith::CmpFPredicate;
using CmpI = arith::CmpIPredicate;

namespace {

Value emitMathFn(ScalarBuilder &b, MathFn fn, Value x) {
  switch (fn) {
  case MathFn::sqrt:
    return b.fop<math::SqrtOp>(x);
  case MathFn::exp:
    return b.fop<math::ExpOp>(x);
  case MathFn::log:
    return b.fop<math::LogOp>(x);
  case MathFn::sin:
    return b.fop<math::SinOp>(x);
  case MathFn::cos:
    return b.fop<math::CosOp>(x);
  case MathFn::tan:
    return b.fop<math::TanOp>(x);
  case MathFn::asin:
    return b.fop<math::AsinOp>(x);
  case MathFn::acos:
    return b.fop<math::AcosOp>(x);
  case MathFn::atan:
    return b.fop<math::AtanOp>(x);
  case MathFn::sinh:
    return b.fop<math::SinhOp>(x);
  case MathFn::cosh:
    return b.fop<math::CoshOp>(x);
  case MathFn::tanh:
    return b.fop<math::TanhOp>(x);
  case MathFn::exp2:
    return b.fop<math::Exp2Op>(x);
  case MathFn::log2:
    return b.fop<math::Log2Op>(x);
  case MathFn::log10:
    return b.fop<math::Log10Op>(x);
  case MathFn::log1p:
    return b.fop<math::Log1pOp>(x);
  case MathFn::expm1:
    return b.fop<math::ExpM1Op>(x);
  case MathFn::erf:
    return b.fop<math::ErfOp>(x);
  case MathFn::erfc:
    return b.fop<math::ErfcOp>(x);
  case MathFn::floor:
    return b.fop<math::FloorOp>(x);
  case MathFn::ceil:
    return b.fop<math::CeilOp>(x);
  case MathFn::trunc:
    return b.fop<math::TruncOp>(x);
  case MathFn::asinh:
    return b.fop<math::AsinhOp>(x);
  case MathFn::acosh:
    return b.fop<math::AcoshOp>(x);
  case MathFn::atanh:
    return b.fop<math::AtanhOp>(x);
  case MathFn::cbrt:
    return b.fop<math::CbrtOp>(x);
  case MathFn::gamma:
  case MathFn::lgamma:
  case MathFn::logb:
    break; // libm calls (libmName)
  }
  llvm_unreachable("unknown math function");
}

/// The C function of the math functions the math dialect lacks.
StringRef libmName(MathFn fn) {
  switch (fn) {
  case MathFn::gamma:
    return "tgamma";
  case MathFn::lgamma:
    return "lgamma";
  case MathFn::logb:
    return "logb";
  default:
    return {};
  }
}

/// A call of libm's `name` (its float variant `namef` when `type` is f32)
/// taking `args` and returning `type`.
FailureOr<Value> emitLibmCall(ScalarBuilder &b, Operation *op, StringRef name,
                              Type type, ValueRange args) {
  std::string symbol = (name + (type.isF32() ? "f" : "")).str();
  auto fnType = b.getFunctionType(TypeRange(args), {type});
  auto callee = lookupOrDeclareExternal(b, op, symbol, fnType, "libm");
  if (failed(callee))
    return failure();
  return func::CallOp::create(b, *callee, args).getResult(0);
}

/// CPython's OverflowError for a finite argument with an infinite result.
void raiseOnOverflow(ScalarBuilder &b, Value x, Value result,
                     StringRef message) {
  Value inf = b.floatConst(x.getType(), INFINITY);
  Value finite = b.cmpF(CmpF::OLT, math::AbsFOp::create(b, x), inf);
  Value overflow = b.cmpF(CmpF::OEQ, math::AbsFOp::create(b, result), inf);
  b.raiseIf(b.andI(finite, overflow), ExceptionKind::OverflowError, message);
}

/// x is 0 or a negative integer (-inf included): gamma's poles.
Value atPole(ScalarBuilder &b, Value x) {
  Value zero = b.floatConst(x.getType(), 0.0);
  return b.andI(b.cmpF(CmpF::OLE, x, zero),
                b.cmpF(CmpF::OEQ, math::FloorOp::create(b, x), x));
}

/// The inputs for which CPython's math module raises "math domain error"
/// (NaN never raises); null when the function has no domain error. These,
/// with the overflowing ones below, are the functions NBC's MathOp declares
/// as raising.
Value domainError(ScalarBuilder &b, MathFn fn, Value x) {
  Type type = x.getType();
  auto lt = [&](double bound) {
    return b.cmpF(CmpF::OLT, x, b.floatConst(type, bound));
  };
  auto le = [&](double bound) {
    return b.cmpF(CmpF::OLE, x, b.floatConst(type, bound));
  };
  auto absAbove = [&](double bound, CmpF pred) {
    return b.cmpF(pred, math::AbsFOp::create(b, x), b.floatConst(type, bound));
  };
  switch (fn) {
  case MathFn::sqrt:
    return lt(0.0);
  case MathFn::log:
  case MathFn::log2:
  case MathFn::log10:
    return le(0.0);
  case MathFn::log1p:
    return le(-1.0);
  case MathFn::asin:
  case MathFn::acos:
    return absAbove(1.0, CmpF::OGT);
  case MathFn::acosh:
    return lt(1.0);
  case MathFn::atanh:
    return absAbove(1.0, CmpF::OGE);
  case MathFn::sin:
  case MathFn::cos:
  case MathFn::tan:
    return absAbove(INFINITY, CmpF::OEQ);
  case MathFn::gamma: // gamma(-inf) too, where lgamma(-inf) is inf
    return atPole(b, x);
  case MathFn::lgamma:
    return b.andI(atPole(b, x),
                  b.cmpF(CmpF::ONE, x, b.floatConst(type, -INFINITY)));
  default:
    return {};
  }
}

bool canOverflow(MathFn fn) {
  switch (fn) {
  case MathFn::exp:
  case MathFn::exp2:
  case MathFn::expm1:
  case MathFn::sinh:
  case MathFn::cosh:
  case MathFn::gamma:
  case MathFn::lgamma:
    return true;
  default:
    return false;
  }
}

struct MathLowering : public OpConversionPattern<MathOp> {
  using OpConversionPattern::OpConversionPattern;
  LogicalResult
  matchAndRewrite(MathOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    ScalarBuilder b(op, rewriter);
    Value x = adaptor.getOperand();
    if (b.pythonErrors)
      if (Value error = domainError(b, op.getFn(), x))
        b.raiseIf(error, ExceptionKind::ValueError, "math domain error");
    Value result;
    if (StringRef name = libmName(op.getFn()); !name.empty()) {
      FailureOr<Value> call = emitLibmCall(b, op, name, x.getType(), x);
      if (failed(call))
        return failure();
      result = *call;
    } else {
      result = emitMathFn(b, op.getFn(), x);
    }
    if (b.pythonErrors && canOverflow(op.getFn()))
      raiseOnOverflow(b, x, result, "math range error");
    b.emitPendingRaises();
    rewriter.replaceOp(op, result);
    return success();
  }
};

/// C's ldexp(x, exponent), the integral exponent given as a float: clamped
/// to +-2200 (past any float's range, and NaN-free) for the int argument.
/// Under Python's semantics a finite x whose result overflows raises
/// CPython's OverflowError("math range error").
FailureOr<Value> emitLdexp(ScalarBuilder &b, Operation *op, Value x,
                           Value exponent) {
  Type type = x.getType();
  Value bound = b.floatConst(type, 2200.0);
  exponent = arith::MinNumFOp::create(
      b, arith::MaxNumFOp::create(b, exponent, b.floatConst(type, -2200.0)),
      bound);
  Value i32 = arith::FPToSIOp::create(b, b.getI32Type(), exponent);
  FailureOr<Value> result =
      emitLibmCall(b, op, "ldexp", type, ValueRange{x, i32});
  if (succeeded(result) && b.pythonErrors)
    raiseOnOverflow(b, x, *result, "math range error");
  return result;
}

/// C's fmod. Integers: NumPy's loop, 0 for a zero divisor and for
/// INT_MIN fmod -1 (x % 1 is 0, and srem would trap). The python model
/// records CPython's math.fmod errors (the caller emits them).
Value emitFmod(ScalarBuilder &b, Type nbcType, Value x, Value y) {
  if (isa<FloatType>(nbcType)) {
    if (b.pythonErrors) {
      Value zero = b.floatConst(x.getType(), 0.0);
      Value inf = b.floatConst(x.getType(), INFINITY);
      Value domain = b.orI(b.cmpF(CmpF::OEQ, y, zero),
                           b.cmpF(CmpF::OEQ, math::AbsFOp::create(b, x), inf));
      b.raiseIf(b.andI(b.cmpF(CmpF::ORD, x, y), domain),
                ExceptionKind::ValueError, "math domain error");
    }
    return b.fop<arith::RemFOp>(x, y);
  }
  Type type = x.getType();
  Value zero = b.intConst(type, 0), one = b.intConst(type, 1);
  Value byZero = b.cmpI(CmpI::eq, y, zero);
  if (b.pythonErrors)
    b.raiseIf(byZero, ExceptionKind::ValueError, "math domain error");
  if (!isSignedInt(nbcType))
    return arith::RemUIOp::create(b, x, b.select(byZero, one, y));
  Value trivial = b.orI(byZero, b.cmpI(CmpI::eq, y, b.intConst(type, -1)));
  return arith::RemSIOp::create(b, x, b.select(trivial, one, y));
}

/// Python's round(x, ndigits) through the runtime's nbc_rt_round (exact
/// decimal rounding; float32 rounds in double). Under Python's semantics a
/// finite x whose rounded value overflows raises CPython's OverflowError.
FailureOr<Value> emitRound(ScalarBuilder &b, Operation *op, Value x,
                           Value ndigits) {
  Type type = x.getType(), f64 = b.getF64Type();
  if (type != f64) {
    x = arith::ExtFOp::create(b, f64, x);
    ndigits = arith::ExtFOp::create(b, f64, ndigits);
  }
  auto callee = lookupOrDeclareExternal(
      b, op, "nbc_rt_round", b.getFunctionType({f64, f64}, {f64}),
      "the nbc runtime");
  if (failed(callee))
    return failure();
  Value result =
      func::CallOp::create(b, *callee, ValueRange{x, ndigits}).getResult(0);
  if (b.pythonErrors)
    raiseOnOverflow(b, x, result, "rounded value too large to represent");
  if (type != f64)
    result = arith::TruncFOp::create(b, type, result);
  return result;
}

/// math.atan2, or libm's value when both operands are constants: upstream's
/// folder gives NaN for atan2(+-0, +-0), where C and Python give +-0 or +-pi.
static Value emitAtan2(ScalarBuilder &b, Math2Op op, Value x, Value y) {
  FloatAttr lhs, rhs;
  if (!matchPattern(op.getLhs(), m_Constant(&lhs)) ||
      !matchPattern(op.getRhs(), m_Constant(&rhs)))
    return b.fop<math::Atan2Op>(x, y);
  double value = op.getType().isF32()
                     ? std::atan2(float(lhs.getValueAsDouble()),
                                  float(rhs.getValueAsDouble()))
                     : std::atan2(lhs.getValueAsDouble(),
                                  rhs.getValueAsDouble());
  return b.floatConst(x.getType(), value);
}

struct Math2Lowering : public OpConversionPattern<Math2Op> {
  using OpConversionPattern::OpConversionPattern;
  LogicalResult
  matchAndRewrite(Math2Op op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    ScalarBuilder b(op, rewriter);
    Value x = adaptor.getLhs(), y = adaptor.getRhs();
    Value result;
    switch (op.getFn()) {
    case MathFn2::atan2:
      result = emitAtan2(b, op, x, y);
      break;
    case MathFn2::copysign:
      result = b.fop<math::CopySignOp>(x, y);
      break;
    case MathFn2::fmod:
      result = emitFmod(b, op.getType(), x, y);
      break;
    // hypot through libm: math has no hypot op, and the scaled formula
    // big * sqrt(1 + (small/big)^2) is off by an ulp in a third of the cases.
    case MathFn2::hypot:
    case MathFn2::nextafter:
    case MathFn2::ldexp: {
      FailureOr<Value> call =
          op.getFn() == MathFn2::ldexp
              ? emitLdexp(b, op, x, y)
              : emitLibmCall(b, op, stringifyMathFn2(op.getFn()),
                             x.getType(), ValueRange{x, y});
      if (failed(call))
        return failure();
      result = *call;
      break;
    }
    case MathFn2::round: {
      FailureOr<Value> rounded = emitRound(b, op, x, y);
      if (failed(rounded))
        return failure();
      result = *rounded;
      break;
    }
    }
    b.emitPendingRaises();
    rewriter.replaceOp(op, result);
    return success();
  }
};

struct FPClassLowering : public OpConversionPattern<FPClassOp> {
  using OpConversionPattern::OpConversionPattern;
  LogicalResult
  matchAndRewrite(FPClassOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    ScalarBuilder b(op, rewriter);
    Value x = adaptor.getOperand();
    Value result;
    if (op.getKind() == FPClass::nan) {
      result = b.isNaN(x);
    } else {
      Value magnitude = math::AbsFOp::create(b, x);
      Value inf = b.floatConst(x.getType(), INFINITY);
      result = b.cmpF(op.getKind() == FPClass::inf ? CmpF::OEQ : CmpF::OLT,
                      magnitude, inf);
    }
    rewriter.replaceOp(op, result);
    return success();
  }
};

} // namespace

void nbc::detail::populateMathPatterns(const TypeConverter &typeConverter,
                                  RewritePatternSet &patterns) {
  patterns.add<MathLowering, Math2Lowering, FPClassLowering>(
      typeConverter, patterns.getContext());
}
