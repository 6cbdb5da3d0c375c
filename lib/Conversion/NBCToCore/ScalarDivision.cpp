//===- ScalarDivision.cpp - Python division and power to arith ------------===//
//
// nbc.floordiv/mod/divmod/truediv/pow -> arith (+ math.floor/copysign/powf,
// scf.while for repeated squaring) with Python's rounding and sign rules and
// CPython's ZeroDivisionError messages under error_model = python.
//
//===----------------------------------------------------------------------===//

#include "ScalarBuilder.h"

#include "mlir/Dialect/Math/IR/Math.h"
#include "mlir/Dialect/SCF/IR/SCF.h"
#include "mlir/IR/Matchers.h"

using namespace mlir;
using namespace mlir::nbc;
using namespace mlir::nbc::detail;

using CmpI = arith::CmpIPredicate;
using CmpF = arith::CmpFPredicate;

namespace {

/// Quotient and remainder of one division; either may be null if unused.
struct DivMod {
  Value quotient, remainder;
};

/// Signed: truncating divsi/remsi fixed up to floor semantics. `b == 0`
/// gives 0 (numpy model; the python model raised before). `INT_MIN // -1`
/// (the true quotient does not fit) gives 0 as in Numba under the python
/// model and NumPy's wrapped INT_MIN under the numpy model (arrays).
/// Neither reaches divsi, where both are undefined.
DivMod emitSignedDivMod(ScalarBuilder &b, Value x, Value y) {
  Type type = x.getType();
  Value zero = b.intConst(type, 0), one = b.intConst(type, 1);
  Value isZero = b.cmpI(CmpI::eq, y, zero);
  Value isMinusOne = b.cmpI(CmpI::eq, y, b.intConst(type, -1));
  Value safe = b.select(b.orI(isZero, isMinusOne), one, y);
  Value q = arith::DivSIOp::create(b, x, safe);
  Value r = arith::RemSIOp::create(b, x, safe);
  // Floor: when the remainder is non-zero and its sign differs from the
  // divisor's, step the quotient down and the remainder by one divisor.
  Value signsDiffer =
      b.cmpI(CmpI::slt, arith::XOrIOp::create(b, r, safe), zero);
  Value fix = b.andI(b.cmpI(CmpI::ne, r, zero), signsDiffer);
  q = b.select(fix, arith::SubIOp::create(b, q, one), q);
  r = b.select(fix, arith::AddIOp::create(b, r, safe), r);
  Value negated = arith::SubIOp::create(b, zero, x); // wraps for INT_MIN
  if (b.pythonErrors) {
    Value isMin = b.cmpI(CmpI::eq, x,
                         b.intConst(type, APInt::getSignedMinValue(
                                              type.getIntOrFloatBitWidth())));
    negated = b.select(isMin, zero, negated);
  }
  q = b.select(isMinusOne, negated, q);
  q = b.select(isZero, zero, q);
  return {q, r};
}

DivMod emitUnsignedDivMod(ScalarBuilder &b, Value x, Value y) {
  Type type = x.getType();
  Value zero = b.intConst(type, 0);
  Value isZero = b.cmpI(CmpI::eq, y, zero);
  Value safe = b.select(isZero, b.intConst(type, 1), y);
  Value q = b.select(isZero, zero, arith::DivUIOp::create(b, x, safe));
  Value r = arith::RemUIOp::create(b, x, safe); // x % 1 == 0
  return {q, r};
}

/// CPython's float_divmod (Objects/floatobject.c), step for step, so signs
/// of zeros and the rounding of the quotient match.
DivMod emitFloatDivMod(ScalarBuilder &b, Value x, Value y) {
  Type type = x.getType();
  Value zero = b.floatConst(type, 0.0), one = b.floatConst(type, 1.0);
  Value mod = b.fop<arith::RemFOp>(x, y);
  Value div = b.divF(b.subF(x, mod), y);
  Value modNonZero = b.cmpF(CmpF::UNE, mod, zero);
  Value signsDiffer = arith::XOrIOp::create(
      b, b.cmpF(CmpF::OLT, y, zero), b.cmpF(CmpF::OLT, mod, zero));
  Value fix = b.andI(modNonZero, signsDiffer);
  mod = b.select(fix, b.addF(mod, y), mod);
  div = b.select(fix, b.subF(div, one), div);
  mod = b.select(modNonZero, mod, b.fop<math::CopySignOp>(zero, y));
  Value floorDiv = b.fop<math::FloorOp>(div);
  Value roundUp =
      b.cmpF(CmpF::OGT, b.subF(div, floorDiv), b.floatConst(type, 0.5));
  floorDiv = b.select(roundUp, b.addF(floorDiv, one), floorDiv);
  Value divNonZero = b.cmpF(CmpF::UNE, div, zero);
  Value zeroQuotient = b.fop<math::CopySignOp>(zero, b.divF(x, y));
  Value quotient = b.select(divNonZero, floorDiv, zeroQuotient);
  // numpy model: x // 0.0 is x / 0.0 (inf or nan); the modulo is already
  // nan since fmod(x, 0) is.
  if (!b.pythonErrors)
    quotient = b.select(b.isZero(y), b.divF(x, y), quotient);
  return {quotient, mod};
}

DivMod emitDivMod(ScalarBuilder &b, Type nbcType, Value x, Value y) {
  if (isa<FloatType>(nbcType))
    return emitFloatDivMod(b, x, y);
  if (isSignedInt(nbcType))
    return emitSignedDivMod(b, x, y);
  return emitUnsignedDivMod(b, x, y);
}

/// Raises ZeroDivisionError under the python model; `intMessage` and
/// `floatMessage` are CPython's texts for this operator.
void checkDivisor(ScalarBuilder &b, Type nbcType, Value divisor,
                  StringRef intMessage, StringRef floatMessage) {
  if (!b.pythonErrors)
    return;
  bool isFloat = isa<FloatType>(nbcType);
  b.raiseIf(b.isZero(divisor), ExceptionKind::ZeroDivisionError,
            isFloat ? floatMessage : intMessage);
}

struct FloorDivLowering : public OpConversionPattern<FloorDivOp> {
  using OpConversionPattern::OpConversionPattern;
  LogicalResult
  matchAndRewrite(FloorDivOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    ScalarBuilder b(op, rewriter);
    checkDivisor(b, op.getType(), adaptor.getRhs(),
                 "integer division or modulo by zero",
                 "float floor division by zero");
    Value quotient =
        emitDivMod(b, op.getType(), adaptor.getLhs(), adaptor.getRhs())
            .quotient;
    b.emitPendingRaises();
    rewriter.replaceOp(op, quotient);
    return success();
  }
};

struct ModLowering : public OpConversionPattern<ModOp> {
  using OpConversionPattern::OpConversionPattern;
  LogicalResult
  matchAndRewrite(ModOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    ScalarBuilder b(op, rewriter);
    checkDivisor(b, op.getType(), adaptor.getRhs(), "integer modulo by zero",
                 "float modulo");
    Value remainder =
        emitDivMod(b, op.getType(), adaptor.getLhs(), adaptor.getRhs())
            .remainder;
    b.emitPendingRaises();
    rewriter.replaceOp(op, remainder);
    return success();
  }
};

struct DivModLowering : public OpConversionPattern<DivModOp> {
  using OpConversionPattern::OpConversionPattern;
  LogicalResult
  matchAndRewrite(DivModOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    ScalarBuilder b(op, rewriter);
    Type type = op.getLhs().getType();
    checkDivisor(b, type, adaptor.getRhs(),
                 "integer division or modulo by zero", "float divmod()");
    DivMod result = emitDivMod(b, type, adaptor.getLhs(), adaptor.getRhs());
    b.emitPendingRaises();
    rewriter.replaceOp(op, {result.quotient, result.remainder});
    return success();
  }
};

struct TrueDivLowering : public OpConversionPattern<TrueDivOp> {
  using OpConversionPattern::OpConversionPattern;
  LogicalResult
  matchAndRewrite(TrueDivOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    ScalarBuilder b(op, rewriter);
    Type operandType = op.getLhs().getType();
    Type resultType = op.getType();
    Value x = adaptor.getLhs(), y = adaptor.getRhs();
    checkDivisor(b, operandType, y, "division by zero",
                 "float division by zero");
    if (isa<IntegerType>(operandType)) {
      auto toFloat = [&](Value v) -> Value {
        if (isUnsignedLike(operandType))
          return arith::UIToFPOp::create(b, resultType, v);
        return arith::SIToFPOp::create(b, resultType, v);
      };
      x = toFloat(x);
      y = toFloat(y);
    }
    Value result = b.divF(x, y);
    b.emitPendingRaises();
    rewriter.replaceOp(op, result);
    return success();
  }
};

//===----------------------------------------------------------------------===//
// Power
//===----------------------------------------------------------------------===//

Value multiply(ScalarBuilder &b, Value lhs, Value rhs, bool isFloat) {
  return isFloat ? b.mulF(lhs, rhs) : Value(arith::MulIOp::create(b, lhs, rhs));
}

Value one(ScalarBuilder &b, Type type, bool isFloat) {
  return isFloat ? b.floatConst(type, 1.0) : b.intConst(type, 1);
}

} // namespace

Value nbc::detail::emitPowBySquaring(ScalarBuilder &b, Value base, Value exponent,
                                bool isFloat) {
  Type type = base.getType();
  APInt constant;
  if (matchPattern(exponent, m_ConstantInt(&constant)) &&
      constant.ule(64)) {
    // Unrolled: x ** 3 is x * x * x with no loop.
    uint64_t bits = constant.getZExtValue();
    Value result, power = base;
    while (bits) {
      if (bits & 1)
        result = result ? multiply(b, result, power, isFloat) : power;
      bits >>= 1;
      if (bits)
        power = multiply(b, power, power, isFloat);
    }
    return result ? result : one(b, type, isFloat);
  }
  Type expType = exponent.getType();
  Value expZero = b.intConst(expType, 0), expOne = b.intConst(expType, 1);
  Location loc = b.getLoc();
  auto loop = scf::WhileOp::create(
      b, TypeRange{type, type, expType},
      ValueRange{one(b, type, isFloat), base, exponent},
      [&](OpBuilder &nested, Location, ValueRange args) {
        Value more = arith::CmpIOp::create(nested, loc, CmpI::ne, args[2],
                                           expZero);
        scf::ConditionOp::create(nested, loc, more, args);
      },
      [&](OpBuilder &nested, Location, ValueRange args) {
        ScalarBuilder body = b;
        body.setInsertionPoint(nested.getInsertionBlock(),
                               nested.getInsertionPoint());
        Value bit = arith::AndIOp::create(body, args[2], expOne);
        Value odd = body.cmpI(CmpI::ne, bit, expZero);
        Value result = body.select(
            odd, multiply(body, args[0], args[1], isFloat), args[0]);
        Value square = multiply(body, args[1], args[1], isFloat);
        Value rest = arith::ShRUIOp::create(body, args[2], expOne);
        scf::YieldOp::create(body, ValueRange{result, square, rest});
      });
  return loop.getResult(0);
}

namespace {

struct PowLowering : public OpConversionPattern<PowOp> {
  using OpConversionPattern::OpConversionPattern;

  LogicalResult
  matchAndRewrite(PowOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    ScalarBuilder b(op, rewriter);
    Type baseType = op.getLhs().getType(), expType = op.getRhs().getType();
    Value x = adaptor.getLhs(), n = adaptor.getRhs();
    Value result;
    if (isa<FloatType>(expType))
      result = lowerFloatPow(b, x, n);
    else if (isa<FloatType>(baseType))
      result = lowerFloatIntPow(b, x, n, isSignedInt(expType));
    else
      result = lowerIntPow(b, x, n, isSignedInt(expType));
    b.emitPendingRaises();
    rewriter.replaceOp(op, result);
    return success();
  }

  /// Integer ** integer, exact with wraparound. A negative exponent raises
  /// ValueError with NumPy's message under both error models: NumPy's
  /// integer loops raise it too (Numba's give 1 ** n = 1, (-1) ** n = +-1
  /// and 0 otherwise, which the select below keeps as the unreached value).
  static Value lowerIntPow(ScalarBuilder &b, Value x, Value n, bool isSigned) {
    if (!isSigned)
      return emitPowBySquaring(b, x, n, false);
    Type type = x.getType();
    Value zero = b.intConst(type, 0);
    APInt constant;
    if (matchPattern(n, m_ConstantInt(&constant)) && !constant.isNegative())
      return emitPowBySquaring(b, x, n, false);
    Value negative = b.isNegative(n);
    b.raiseIf(negative, ExceptionKind::ValueError,
              "Integers to negative integer powers are not allowed.");
    Value exponent = b.select(negative, zero, n);
    Value power = emitPowBySquaring(b, x, exponent, false);
    Value oneValue = b.intConst(type, 1), minusOne = b.intConst(type, -1);
    Value odd = b.cmpI(CmpI::ne, arith::AndIOp::create(b, n, oneValue), zero);
    Value negPower = b.select(
        b.cmpI(CmpI::eq, x, oneValue), oneValue,
        b.select(b.cmpI(CmpI::eq, x, minusOne),
                 b.select(odd, minusOne, oneValue), zero));
    return b.select(negative, negPower, power);
  }

  /// Float ** integer by repeated squaring (like llvm.powi); a negative
  /// exponent takes the reciprocal. 0.0 ** -n raises ZeroDivisionError.
  static Value lowerFloatIntPow(ScalarBuilder &b, Value x, Value n,
                                bool isSigned) {
    if (!isSigned)
      return emitPowBySquaring(b, x, n, true);
    APInt constant;
    if (matchPattern(n, m_ConstantInt(&constant)) && !constant.isNegative())
      return emitPowBySquaring(b, x, n, true);
    Type intType = n.getType();
    Value negative = b.isNegative(n);
    if (b.pythonErrors)
      b.raiseIf(b.andI(negative, b.isZero(x)),
                ExceptionKind::ZeroDivisionError,
                "0.0 cannot be raised to a negative power");
    // |INT_MIN| read as unsigned is 2^(N-1), exactly right.
    Value magnitude = b.select(
        negative, arith::SubIOp::create(b, b.intConst(intType, 0), n), n);
    Value power = emitPowBySquaring(b, x, magnitude, true);
    Value inverse = b.divF(b.floatConst(x.getType(), 1.0), power);
    return b.select(negative, inverse, power);
  }

  /// Float ** float via math.powf (C pow), plus CPython's errors.
  static Value lowerFloatPow(ScalarBuilder &b, Value x, Value y) {
    Type type = x.getType();
    if (b.pythonErrors) {
      Value zero = b.floatConst(type, 0.0);
      b.raiseIf(b.andI(b.isZero(x), b.cmpF(CmpF::OLT, y, zero)),
                ExceptionKind::ZeroDivisionError,
                "0.0 cannot be raised to a negative power");
      // A finite negative base with a finite non-integral exponent: CPython
      // would return a complex; math.pow raises this.
      Value finiteNegative =
          b.andI(b.cmpF(CmpF::OLT, x, zero),
                 b.cmpF(CmpF::OGT, x, b.floatConst(type, -INFINITY)));
      Value nonIntegral =
          b.cmpF(CmpF::ONE, b.fop<math::FloorOp>(y), y); // false for nan
      Value finiteY = b.cmpF(CmpF::OLT, b.fop<math::AbsFOp>(y),
                             b.floatConst(type, INFINITY));
      b.raiseIf(b.andI(finiteNegative, b.andI(nonIntegral, finiteY)),
                ExceptionKind::ValueError, "math domain error");
    }
    return b.fop<math::PowFOp>(x, y);
  }
};

} // namespace

void nbc::detail::populateDivisionPatterns(const TypeConverter &typeConverter,
                                      RewritePatternSet &patterns) {
  patterns.add<FloorDivLowering, ModLowering, DivModLowering, TrueDivLowering,
               PowLowering>(typeConverter, patterns.getContext());
}
