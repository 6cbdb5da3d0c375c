//===- ScalarBuilder.h - Helpers for the scalar lowering patterns -*- C++ -*-===//
//
// A builder that knows the kernel's fast-math flags and error model, with
// short helpers for the arith ops the scalar patterns emit over and over.
// Internal to lib/Conversion/NBCToCore.
//
//===----------------------------------------------------------------------===//

#ifndef NBC_LIB_CONVERSION_NBCTOCORE_SCALARBUILDER_H
#define NBC_LIB_CONVERSION_NBCTOCORE_SCALARBUILDER_H

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/IR/ImplicitLocOpBuilder.h"
#include "mlir/Transforms/DialectConversion.h"
#include "nbc/Dialect/NBC/IR/NBCOps.h"

namespace mlir::nbc::detail {

/// Unsigned nbc integers and bool (Python orders False < True).
inline bool isUnsignedLike(Type type) {
  auto intType = dyn_cast<IntegerType>(type);
  return intType && (intType.isUnsigned() || intType.getWidth() == 1);
}
inline bool isSignedInt(Type type) {
  auto intType = dyn_cast<IntegerType>(type);
  return intType && intType.isSigned();
}

class ScalarBuilder : public ImplicitLocOpBuilder {
public:
  ScalarBuilder(Operation *op, OpBuilder &builder)
      : ImplicitLocOpBuilder(op->getLoc(), builder) {
    KernelAttr options = getKernelOptions(op);
    fastmath = options.getFastmath();
    pythonErrors = options.getErrorModel() == ErrorModel::python;
  }

  arith::FastMathFlags fastmath;
  /// error_model = python: arithmetic checks raise.
  bool pythonErrors;

  Value intConst(Type type, int64_t value) {
    return arith::ConstantIntOp::create(*this, type, value);
  }
  Value intConst(Type type, const APInt &value) {
    return arith::ConstantIntOp::create(*this, type, value);
  }
  Value floatConst(Type type, double value) {
    auto floatType = cast<FloatType>(type);
    APFloat apValue(value);
    bool lost;
    apValue.convert(floatType.getFloatSemantics(),
                    APFloat::rmNearestTiesToEven, &lost);
    return arith::ConstantFloatOp::create(*this, floatType, apValue);
  }
  Value boolConst(bool value) {
    return arith::ConstantIntOp::create(*this, getI1Type(), value);
  }
  Value cmpI(arith::CmpIPredicate pred, Value lhs, Value rhs) {
    return arith::CmpIOp::create(*this, pred, lhs, rhs);
  }
  /// Float comparisons used for checks: no fast-math flags, so a kernel's
  /// `nnan` cannot fold a NaN check away.
  Value cmpF(arith::CmpFPredicate pred, Value lhs, Value rhs) {
    return arith::CmpFOp::create(*this, pred, lhs, rhs);
  }
  Value select(Value cond, Value lhs, Value rhs) {
    return arith::SelectOp::create(*this, cond, lhs, rhs);
  }
  Value andI(Value lhs, Value rhs) {
    return arith::AndIOp::create(*this, lhs, rhs);
  }
  Value orI(Value lhs, Value rhs) {
    return arith::OrIOp::create(*this, lhs, rhs);
  }
  Value notI(Value value) {
    return arith::XOrIOp::create(*this, value, boolConst(true));
  }
  Value isZero(Value value) {
    if (isa<FloatType>(value.getType()))
      return cmpF(arith::CmpFPredicate::OEQ, value,
                  floatConst(value.getType(), 0.0));
    return cmpI(arith::CmpIPredicate::eq, value, intConst(value.getType(), 0));
  }
  Value isNegative(Value value) {
    if (isa<FloatType>(value.getType()))
      return cmpF(arith::CmpFPredicate::OLT, value,
                  floatConst(value.getType(), 0.0));
    return cmpI(arith::CmpIPredicate::slt, value, intConst(value.getType(), 0));
  }
  Value isNaN(Value value) {
    return cmpF(arith::CmpFPredicate::UNO, value, value);
  }

  /// Float arithmetic with the kernel's fast-math flags.
  template <typename OpTy, typename... Args>
  Value fop(Args &&...args) {
    auto op = OpTy::create(*this, std::forward<Args>(args)...);
    op.setFastmath(fastmath);
    return op;
  }
  Value addF(Value a, Value b) { return fop<arith::AddFOp>(a, b); }
  Value subF(Value a, Value b) { return fop<arith::SubFOp>(a, b); }
  Value mulF(Value a, Value b) { return fop<arith::MulFOp>(a, b); }
  Value divF(Value a, Value b) { return fop<arith::DivFOp>(a, b); }

  /// Records a check; emitPendingRaises() emits the `nbc.raise_if`s
  /// (lowered later by nbc-lower-errors). Patterns compute their result
  /// with safe operands first and check after, so that nbc-lower-errors
  /// finds pure ops, not a guard, between consecutive checks.
  void raiseIf(Value cond, ExceptionKind kind, StringRef message) {
    pending.push_back({cond, kind, message.str()});
  }
  void emitPendingRaises() {
    for (const PendingRaise &raise : pending)
      RaiseIfOp::create(*this, raise.cond, raise.kind, raise.message);
    pending.clear();
  }

private:
  struct PendingRaise {
    Value cond;
    ExceptionKind kind;
    std::string message;
  };
  SmallVector<PendingRaise, 2> pending;
};

/// Repeated squaring: base ** exponent for a non-negative exponent read as
/// an unsigned integer, in an scf.while (or unrolled when constant).
/// `mul` multiplies two values of the base's type.
Value emitPowBySquaring(ScalarBuilder &b, Value base, Value exponent,
                        bool isFloat);

void populateDivisionPatterns(const TypeConverter &typeConverter,
                              RewritePatternSet &patterns);
void populateMathPatterns(const TypeConverter &typeConverter,
                          RewritePatternSet &patterns);
/// Complex operands and nbc.complex/real/imag/conj/angle (ScalarComplex.cpp).
void populateComplexPatterns(const TypeConverter &typeConverter,
                             RewritePatternSet &patterns);

} // namespace mlir::nbc::detail

#endif // NBC_LIB_CONVERSION_NBCTOCORE_SCALARBUILDER_H
