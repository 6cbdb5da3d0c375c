//===- NBCFolds.cpp - Folders and canonicalization patterns of nbc --------===//
//
// Constant folding follows the run-time semantics exactly (Python's rules,
// fixed-width wraparound). Anything that would raise at run time is left
// unfolded so the error still happens.
//
//===----------------------------------------------------------------------===//

#include "nbc/Dialect/NBC/IR/NBCOps.h"

#include "NBCOpsCommon.h"
#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/IR/Matchers.h"
#include "mlir/IR/PatternMatch.h"
#include <cmath>

using namespace mlir;
using namespace mlir::nbc;

namespace {
bool isSignedType(Type type) {
  auto intType = dyn_cast<IntegerType>(type);
  return intType && intType.isSigned();
}

/// Folds a binary op on two integer constants with `fn`, which may decline.
template <typename Fn>
Attribute foldIntBinary(Type type, Attribute lhs, Attribute rhs, Fn fn) {
  auto l = dyn_cast_if_present<IntegerAttr>(lhs);
  auto r = dyn_cast_if_present<IntegerAttr>(rhs);
  if (!l || !r)
    return {};
  std::optional<APInt> result = fn(l.getValue(), r.getValue());
  if (!result)
    return {};
  return IntegerAttr::get(type, *result);
}

template <typename Fn>
Attribute foldFloatBinary(Type type, Attribute lhs, Attribute rhs, Fn fn) {
  auto l = dyn_cast_if_present<FloatAttr>(lhs);
  auto r = dyn_cast_if_present<FloatAttr>(rhs);
  if (!l || !r)
    return {};
  std::optional<APFloat> result = fn(l.getValue(), r.getValue());
  if (!result)
    return {};
  return FloatAttr::get(type, *result);
}

bool isConstantInt(Attribute attr, int64_t value) {
  auto intAttr = dyn_cast_if_present<IntegerAttr>(attr);
  return intAttr && intAttr.getValue() == APInt(intAttr.getValue().getBitWidth(),
                                                value, /*isSigned=*/true);
}

/// Python floor division and modulo on fixed-width integers.
/// INT_MIN // -1 does not fit: 0 as in Numba under error_model=python,
/// NumPy's wrapped INT_MIN under error_model=numpy (array expressions).
std::pair<APInt, APInt> pyDivMod(const APInt &a, const APInt &b, bool isSigned,
                                 bool numpyErrors) {
  if (!isSigned)
    return {a.udiv(b), a.urem(b)};
  if (a.isMinSignedValue() && b.isAllOnes())
    return {numpyErrors ? a : APInt::getZero(a.getBitWidth()),
            APInt::getZero(a.getBitWidth())};
  APInt q = a.sdiv(b), r = a.srem(b);
  if (!r.isZero() && (r.isNegative() != b.isNegative())) {
    q -= 1;
    r += b;
  }
  return {q, r};
}

/// CPython's float_divmod (Objects/floatobject.c).
std::pair<double, double> pyFloatDivMod(double vx, double wx) {
  double mod = std::fmod(vx, wx);
  double div = (vx - mod) / wx;
  if (mod != 0.0) {
    if ((wx < 0) != (mod < 0)) {
      mod += wx;
      div -= 1.0;
    }
  } else {
    mod = std::copysign(0.0, wx);
  }
  double floordiv;
  if (div != 0.0) {
    floordiv = std::floor(div);
    if (div - floordiv > 0.5)
      floordiv += 1.0;
  } else {
    floordiv = std::copysign(0.0, vx / wx);
  }
  return {floordiv, mod};
}

Attribute foldFloatDivMod(Type type, Attribute lhs, Attribute rhs,
                          bool wantQuotient) {
  // Only f64: computing an f32 result in double could round differently.
  if (!type.isF64())
    return {};
  return foldFloatBinary(type, lhs, rhs,
                         [&](APFloat a, APFloat b) -> std::optional<APFloat> {
                           if (b.isZero())
                             return std::nullopt;
                           auto [q, r] = pyFloatDivMod(a.convertToDouble(),
                                                       b.convertToDouble());
                           return APFloat(wantQuotient ? q : r);
                         });
}
} // namespace

//===----------------------------------------------------------------------===//
// Arithmetic
//===----------------------------------------------------------------------===//

OpFoldResult ConstantOp::fold(FoldAdaptor) { return getValue(); }

OpFoldResult AddOp::fold(FoldAdaptor adaptor) {
  if (isa<IntegerType>(getType()) && isConstantInt(adaptor.getRhs(), 0))
    return getLhs();
  if (auto f = foldIntBinary(getType(), adaptor.getLhs(), adaptor.getRhs(),
                             [](APInt a, APInt b) -> std::optional<APInt> {
                               return a + b;
                             }))
    return f;
  return foldFloatBinary(getType(), adaptor.getLhs(), adaptor.getRhs(),
                         [](APFloat a, APFloat b) -> std::optional<APFloat> {
                           a.add(b, APFloat::rmNearestTiesToEven);
                           return a;
                         });
}

OpFoldResult SubOp::fold(FoldAdaptor adaptor) {
  if (isa<IntegerType>(getType()) && isConstantInt(adaptor.getRhs(), 0))
    return getLhs();
  if (auto f = foldIntBinary(getType(), adaptor.getLhs(), adaptor.getRhs(),
                             [](APInt a, APInt b) -> std::optional<APInt> {
                               return a - b;
                             }))
    return f;
  return foldFloatBinary(getType(), adaptor.getLhs(), adaptor.getRhs(),
                         [](APFloat a, APFloat b) -> std::optional<APFloat> {
                           a.subtract(b, APFloat::rmNearestTiesToEven);
                           return a;
                         });
}

OpFoldResult MulOp::fold(FoldAdaptor adaptor) {
  if (isa<IntegerType>(getType()) && isConstantInt(adaptor.getRhs(), 1))
    return getLhs();
  if (auto f = foldIntBinary(getType(), adaptor.getLhs(), adaptor.getRhs(),
                             [](APInt a, APInt b) -> std::optional<APInt> {
                               return a * b;
                             }))
    return f;
  return foldFloatBinary(getType(), adaptor.getLhs(), adaptor.getRhs(),
                         [](APFloat a, APFloat b) -> std::optional<APFloat> {
                           a.multiply(b, APFloat::rmNearestTiesToEven);
                           return a;
                         });
}

OpFoldResult FloorDivOp::fold(FoldAdaptor adaptor) {
  bool isSigned = isSignedType(getType());
  bool numpyErrors = !detail::usesPythonErrors(*this);
  if (isa<IntegerType>(getType()) && isConstantInt(adaptor.getRhs(), 1))
    return getLhs();
  if (auto f = foldIntBinary(getType(), adaptor.getLhs(), adaptor.getRhs(),
                             [&](APInt a, APInt b) -> std::optional<APInt> {
                               if (b.isZero())
                                 return std::nullopt;
                               return pyDivMod(a, b, isSigned, numpyErrors).first;
                             }))
    return f;
  return foldFloatDivMod(getType(), adaptor.getLhs(), adaptor.getRhs(), true);
}

OpFoldResult ModOp::fold(FoldAdaptor adaptor) {
  bool isSigned = isSignedType(getType());
  bool numpyErrors = !detail::usesPythonErrors(*this);
  if (auto f = foldIntBinary(getType(), adaptor.getLhs(), adaptor.getRhs(),
                             [&](APInt a, APInt b) -> std::optional<APInt> {
                               if (b.isZero())
                                 return std::nullopt;
                               return pyDivMod(a, b, isSigned, numpyErrors).second;
                             }))
    return f;
  return foldFloatDivMod(getType(), adaptor.getLhs(), adaptor.getRhs(), false);
}

/// The value of a numeric constant as a double, for true division.
static std::optional<APFloat> asFloat(Attribute attr, Type floatType) {
  APFloat result(0.0);
  if (auto f = dyn_cast_if_present<FloatAttr>(attr)) {
    result = f.getValue();
  } else if (auto i = dyn_cast_if_present<IntegerAttr>(attr)) {
    result = APFloat(cast<FloatType>(floatType).getFloatSemantics());
    result.convertFromAPInt(i.getValue(), isSignedType(i.getType()),
                            APFloat::rmNearestTiesToEven);
    return result;
  } else {
    return std::nullopt;
  }
  bool lost;
  result.convert(cast<FloatType>(floatType).getFloatSemantics(),
                 APFloat::rmNearestTiesToEven, &lost);
  return result;
}

OpFoldResult TrueDivOp::fold(FoldAdaptor adaptor) {
  std::optional<APFloat> a = asFloat(adaptor.getLhs(), getType());
  std::optional<APFloat> b = asFloat(adaptor.getRhs(), getType());
  if (!a || !b || b->isZero())
    return {};
  a->divide(*b, APFloat::rmNearestTiesToEven);
  return FloatAttr::get(getType(), *a);
}

OpFoldResult PowOp::fold(FoldAdaptor adaptor) {
  // Exact integer powers with wraparound, by repeated squaring.
  return foldIntBinary(getType(), adaptor.getLhs(), adaptor.getRhs(),
                       [&](APInt base, APInt exp) -> std::optional<APInt> {
                         if (isSignedType(getType()) && exp.isNegative())
                           return std::nullopt;
                         APInt result(base.getBitWidth(), 1);
                         for (uint64_t e = exp.getZExtValue(); e; e >>= 1) {
                           if (e & 1)
                             result *= base;
                           base *= base;
                         }
                         return result;
                       });
}

OpFoldResult NegOp::fold(FoldAdaptor adaptor) {
  if (auto i = dyn_cast_if_present<IntegerAttr>(adaptor.getOperand()))
    return IntegerAttr::get(getType(), -i.getValue());
  if (auto f = dyn_cast_if_present<FloatAttr>(adaptor.getOperand()))
    return FloatAttr::get(getType(), -f.getValue());
  return {};
}

OpFoldResult AbsOp::fold(FoldAdaptor adaptor) {
  if (auto i = dyn_cast_if_present<IntegerAttr>(adaptor.getOperand()))
    return IntegerAttr::get(getType(), isSignedType(getType())
                                           ? i.getValue().abs()
                                           : i.getValue());
  if (auto f = dyn_cast_if_present<FloatAttr>(adaptor.getOperand()))
    return FloatAttr::get(getType(), abs(f.getValue()));
  if (isa<IntegerType>(getType()) && !isSignedType(getType()))
    return getOperand();
  return {};
}

/// Python `min`/`max`: the second operand only when strictly better.
static OpFoldResult foldMinMax(Type type, Attribute lhs, Attribute rhs,
                               bool isMin) {
  if (auto f = foldIntBinary(type, lhs, rhs,
                             [&](APInt a, APInt b) -> std::optional<APInt> {
                               bool s = isSignedType(type);
                               bool bBetter = isMin ? (s ? b.slt(a) : b.ult(a))
                                                    : (s ? b.sgt(a) : b.ugt(a));
                               return bBetter ? b : a;
                             }))
    return f;
  return foldFloatBinary(type, lhs, rhs,
                         [&](APFloat a, APFloat b) -> std::optional<APFloat> {
                           auto cmp = b.compare(a);
                           bool bBetter = isMin ? cmp == APFloat::cmpLessThan
                                                : cmp == APFloat::cmpGreaterThan;
                           return bBetter ? b : a;
                         });
}
OpFoldResult MinOp::fold(FoldAdaptor adaptor) {
  if (getLhs() == getRhs())
    return getLhs();
  return foldMinMax(getType(), adaptor.getLhs(), adaptor.getRhs(), true);
}
OpFoldResult MaxOp::fold(FoldAdaptor adaptor) {
  if (getLhs() == getRhs())
    return getLhs();
  return foldMinMax(getType(), adaptor.getLhs(), adaptor.getRhs(), false);
}

OpFoldResult RoundOp::fold(FoldAdaptor adaptor) {
  auto f = dyn_cast_if_present<FloatAttr>(adaptor.getOperand());
  if (!f)
    return {};
  APFloat value = f.getValue();
  value.roundToIntegral(APFloat::rmNearestTiesToEven);
  return FloatAttr::get(getType(), value);
}

OpFoldResult CastOp::fold(FoldAdaptor adaptor) {
  Type from = getInput().getType(), to = getType();
  if (from == to)
    return getInput();
  // nbc.constant has no complex values.
  if (isNBCComplex(from) || isNBCComplex(to))
    return {};
  Attribute input = adaptor.getInput();
  if (auto i = dyn_cast_if_present<IntegerAttr>(input)) {
    const APInt &value = i.getValue();
    bool isSigned = isSignedType(from);
    if (to.isInteger(1))
      return IntegerAttr::get(to, APInt(1, !value.isZero()));
    if (auto toInt = dyn_cast<IntegerType>(to))
      return IntegerAttr::get(to, isSigned ? value.sextOrTrunc(toInt.getWidth())
                                           : value.zextOrTrunc(toInt.getWidth()));
    APFloat result(cast<FloatType>(to).getFloatSemantics());
    result.convertFromAPInt(value, isSigned, APFloat::rmNearestTiesToEven);
    return FloatAttr::get(to, result);
  }
  if (auto f = dyn_cast_if_present<FloatAttr>(input)) {
    APFloat value = f.getValue();
    if (to.isInteger(1))
      return IntegerAttr::get(to, APInt(1, !value.isZero()));
    if (isa<FloatType>(to)) {
      bool lost;
      value.convert(cast<FloatType>(to).getFloatSemantics(),
                    APFloat::rmNearestTiesToEven, &lost);
      return FloatAttr::get(to, value);
    }
    if (!value.isFinite())
      return {}; // Raises at run time.
    auto toInt = cast<IntegerType>(to);
    APSInt result(toInt.getWidth(), toInt.isUnsigned());
    bool exact;
    if (value.convertToInteger(result, APFloat::rmTowardZero, &exact) ==
        APFloat::opInvalidOp)
      return {}; // Out of range saturates at run time; keep one behaviour.
    return IntegerAttr::get(to, result);
  }
  return {};
}

OpFoldResult CmpOp::fold(FoldAdaptor adaptor) {
  Type type = getLhs().getType();
  Type i1 = IntegerType::get(getContext(), 1);
  if (auto l = dyn_cast_if_present<IntegerAttr>(adaptor.getLhs())) {
    auto r = dyn_cast_if_present<IntegerAttr>(adaptor.getRhs());
    if (!r)
      return {};
    bool s = isSignedType(type);
    const APInt &a = l.getValue(), &b = r.getValue();
    bool result = false;
    switch (getPredicate()) {
    case CmpPredicate::eq: result = a == b; break;
    case CmpPredicate::ne: result = a != b; break;
    case CmpPredicate::lt: result = s ? a.slt(b) : a.ult(b); break;
    case CmpPredicate::le: result = s ? a.sle(b) : a.ule(b); break;
    case CmpPredicate::gt: result = s ? a.sgt(b) : a.ugt(b); break;
    case CmpPredicate::ge: result = s ? a.sge(b) : a.uge(b); break;
    }
    return IntegerAttr::get(i1, result);
  }
  auto l = dyn_cast_if_present<FloatAttr>(adaptor.getLhs());
  auto r = dyn_cast_if_present<FloatAttr>(adaptor.getRhs());
  if (!l || !r)
    return {};
  APFloat::cmpResult c = l.getValue().compare(r.getValue());
  bool result = false;
  switch (getPredicate()) {
  case CmpPredicate::eq: result = c == APFloat::cmpEqual; break;
  case CmpPredicate::ne: result = c != APFloat::cmpEqual; break;
  case CmpPredicate::lt: result = c == APFloat::cmpLessThan; break;
  case CmpPredicate::le:
    result = c == APFloat::cmpLessThan || c == APFloat::cmpEqual;
    break;
  case CmpPredicate::gt: result = c == APFloat::cmpGreaterThan; break;
  case CmpPredicate::ge:
    result = c == APFloat::cmpGreaterThan || c == APFloat::cmpEqual;
    break;
  }
  return IntegerAttr::get(i1, result);
}

//===----------------------------------------------------------------------===//
// Bitwise
//===----------------------------------------------------------------------===//

OpFoldResult AndOp::fold(FoldAdaptor adaptor) {
  if (getLhs() == getRhs())
    return getLhs();
  return foldIntBinary(getType(), adaptor.getLhs(), adaptor.getRhs(),
                       [](APInt a, APInt b) -> std::optional<APInt> {
                         return a & b;
                       });
}
OpFoldResult OrOp::fold(FoldAdaptor adaptor) {
  if (getLhs() == getRhs())
    return getLhs();
  if (isConstantInt(adaptor.getRhs(), 0))
    return getLhs();
  return foldIntBinary(getType(), adaptor.getLhs(), adaptor.getRhs(),
                       [](APInt a, APInt b) -> std::optional<APInt> {
                         return a | b;
                       });
}
OpFoldResult XorOp::fold(FoldAdaptor adaptor) {
  if (isConstantInt(adaptor.getRhs(), 0))
    return getLhs();
  return foldIntBinary(getType(), adaptor.getLhs(), adaptor.getRhs(),
                       [](APInt a, APInt b) -> std::optional<APInt> {
                         return a ^ b;
                       });
}
OpFoldResult InvertOp::fold(FoldAdaptor adaptor) {
  if (auto i = dyn_cast_if_present<IntegerAttr>(adaptor.getOperand()))
    return IntegerAttr::get(getType(), ~i.getValue());
  if (auto inner = getOperand().getDefiningOp<InvertOp>())
    return inner.getOperand();
  return {};
}

/// Python shifts on fixed widths: counts past the width shift everything out.
static std::optional<APInt> pyShift(APInt value, APInt count, bool isSigned,
                                    bool left) {
  if (isSigned && count.isNegative())
    return std::nullopt; // ValueError at run time.
  unsigned width = value.getBitWidth();
  uint64_t n = count.getLimitedValue(width);
  if (left)
    return n >= width ? APInt(width, 0) : value.shl(n);
  if (n >= width)
    return isSigned && value.isNegative() ? APInt::getAllOnes(width)
                                          : APInt(width, 0);
  return isSigned ? value.ashr(n) : value.lshr(n);
}
OpFoldResult ShlOp::fold(FoldAdaptor adaptor) {
  bool s = isSignedType(getType());
  return foldIntBinary(getType(), adaptor.getLhs(), adaptor.getRhs(),
                       [&](APInt a, APInt b) { return pyShift(a, b, s, true); });
}
OpFoldResult ShrOp::fold(FoldAdaptor adaptor) {
  bool s = isSignedType(getType());
  return foldIntBinary(getType(), adaptor.getLhs(), adaptor.getRhs(),
                       [&](APInt a, APInt b) { return pyShift(a, b, s, false); });
}

OpFoldResult SelectOp::fold(FoldAdaptor adaptor) {
  if (getTrueValue() == getFalseValue())
    return getTrueValue();
  if (auto c = dyn_cast_if_present<IntegerAttr>(adaptor.getCondition()))
    return c.getValue().isOne() ? getTrueValue() : getFalseValue();
  return {};
}

OpFoldResult FPClassOp::fold(FoldAdaptor adaptor) {
  auto f = dyn_cast_if_present<FloatAttr>(adaptor.getOperand());
  if (!f)
    return {};
  const APFloat &v = f.getValue();
  bool result = getKind() == FPClass::nan   ? v.isNaN()
                : getKind() == FPClass::inf ? v.isInfinity()
                                            : v.isFinite();
  return IntegerAttr::get(IntegerType::get(getContext(), 1), result);
}

//===----------------------------------------------------------------------===//
// Arrays
//===----------------------------------------------------------------------===//

OpFoldResult DimOp::fold(FoldAdaptor) {
  int64_t size = cast<MemRefType>(getArray().getType()).getDimSize(getAxis());
  if (ShapedType::isDynamic(size))
    return {};
  return IntegerAttr::get(getType(), size);
}

OpFoldResult StrideOp::fold(FoldAdaptor) {
  SmallVector<int64_t> strides;
  int64_t offset;
  auto type = cast<MemRefType>(getArray().getType());
  if (failed(detail::getCheckedStridesAndOffset(type, strides, offset)) ||
      ShapedType::isDynamic(strides[getAxis()]))
    return {};
  return IntegerAttr::get(getType(), strides[getAxis()]);
}

//===----------------------------------------------------------------------===//
// Canonicalization patterns
//===----------------------------------------------------------------------===//

namespace {
/// A range that provably runs zero times yields its initial values.
struct EraseEmptyRange : public OpRewritePattern<RangeOp> {
  using OpRewritePattern::OpRewritePattern;
  LogicalResult matchAndRewrite(RangeOp op,
                                PatternRewriter &rewriter) const override {
    std::optional<int64_t> tripCount = op.getConstantTripCount();
    if (!tripCount || *tripCount != 0)
      return failure();
    rewriter.replaceOp(op, op.getInitArgs());
    return success();
  }
};

/// `raise_if false` never raises.
struct EraseNeverRaising : public OpRewritePattern<RaiseIfOp> {
  using OpRewritePattern::OpRewritePattern;
  LogicalResult matchAndRewrite(RaiseIfOp op,
                                PatternRewriter &rewriter) const override {
    if (!matchPattern(op.getCondition(), m_Zero()))
      return failure();
    rewriter.eraseOp(op);
    return success();
  }
};
} // namespace

void RangeOp::getCanonicalizationPatterns(RewritePatternSet &results,
                                          MLIRContext *context) {
  results.add<EraseEmptyRange>(context);
}

void RaiseIfOp::getCanonicalizationPatterns(RewritePatternSet &results,
                                            MLIRContext *context) {
  results.add<EraseNeverRaising>(context);
}

//===----------------------------------------------------------------------===//
// Dialect-wide patterns
//===----------------------------------------------------------------------===//

namespace {
/// Upstream canonicalizations see nbc.constant as a constant and build arith
/// ops on nbc's signed/unsigned types: scf.if yielding two values becomes
/// arith.select (valid on any type), which arith's own patterns then turn
/// into ops that only take signless integers (`select %c, 1, 0` ->
/// `arith.extui %c : i1 to si64`, which does not verify). An arith.select on
/// an nbc integer type is nbc.select, before any arith pattern sees it.
struct ArithSelectToNBCSelect : public OpRewritePattern<arith::SelectOp> {
  ArithSelectToNBCSelect(MLIRContext *context)
      : OpRewritePattern(context, /*benefit=*/100) {}
  LogicalResult matchAndRewrite(arith::SelectOp op,
                                PatternRewriter &rewriter) const override {
    if (!isNBCInteger(op.getType()))
      return failure();
    rewriter.replaceOpWithNewOp<SelectOp>(op, op.getCondition(),
                                          op.getTrueValue(),
                                          op.getFalseValue());
    return success();
  }
};
} // namespace

void NBCDialect::getCanonicalizationPatterns(RewritePatternSet &results) const {
  results.add<ArithSelectToNBCSelect>(getContext());
}
