//===- NBCScalarOps.cpp - Verifiers and effects of nbc's scalar ops -------===//
//
// Verifiers, assembly and effects of the scalar ops (NBCScalarOps.td).
// Control ops are in NBCControlOps.cpp, arrays in NBCArrayOps.cpp, folders
// in NBCFolds.cpp; the generated op classes are compiled here.
//
//===----------------------------------------------------------------------===//

#include "nbc/Dialect/NBC/IR/NBCOps.h"

#include "NBCOpsCommon.h"
#include "mlir/IR/Builders.h"
#include "mlir/IR/Matchers.h"
#include "mlir/IR/OpImplementation.h"
#include "mlir/IR/PatternMatch.h"
#include "mlir/IR/TypeUtilities.h"
#include "llvm/ADT/STLExtras.h"

using namespace mlir;
using namespace mlir::nbc;
using namespace mlir::nbc::detail;

/// Whether a division-like op may raise ZeroDivisionError.
static bool divisionMayRaise(Operation *op, Value divisor) {
  return usesPythonErrors(op) && !isNonZeroConstant(divisor);
}

/// getEffects and getSpeculatability of an op that raises (under
/// error_model = python) when MAY_RAISE, an expression on `*this`, holds.
#define NBC_RAISES_WHEN(OP, MAY_RAISE)                                         \
  void OP::getEffects(EffectList &effects) {                                   \
    if (MAY_RAISE)                                                             \
      addRaiseEffect(effects);                                                 \
  }                                                                            \
  Speculation::Speculatability OP::getSpeculatability() {                      \
    return (MAY_RAISE) ? Speculation::NotSpeculatable                          \
                       : Speculation::Speculatable;                            \
  }
NBC_RAISES_WHEN(FloorDivOp, divisionMayRaise(*this, getRhs()))
NBC_RAISES_WHEN(ModOp, divisionMayRaise(*this, getRhs()))
NBC_RAISES_WHEN(TrueDivOp, divisionMayRaise(*this, getRhs()))
NBC_RAISES_WHEN(DivModOp, divisionMayRaise(*this, getRhs()))

/// A shift raises for a negative count.
static bool shiftMayRaise(Operation *op, Value count) {
  if (!usesPythonErrors(op) || cast<IntegerType>(count.getType()).isUnsigned())
    return false;
  APInt value;
  return !matchPattern(count, m_ConstantInt(&value)) || value.isNegative();
}

NBC_RAISES_WHEN(ShlOp, shiftMayRaise(*this, getRhs()))
NBC_RAISES_WHEN(ShrOp, shiftMayRaise(*this, getRhs()))

//===----------------------------------------------------------------------===//
// custom<EnumKeyword>: enum attributes as a bare keyword (`nbc.cmp lt, ...`)
//===----------------------------------------------------------------------===//

template <typename AttrT>
static ParseResult parseEnumKeyword(OpAsmParser &parser, AttrT &attr) {
  using EnumT = decltype(std::declval<AttrT>().getValue());
  SMLoc loc = parser.getCurrentLocation();
  StringRef keyword;
  if (parser.parseKeyword(&keyword))
    return failure();
  std::optional<EnumT> value = symbolizeEnum<EnumT>(keyword);
  if (!value)
    return parser.emitError(loc, "unknown keyword '") << keyword << "'";
  attr = AttrT::get(parser.getContext(), *value);
  return success();
}

template <typename AttrT>
static void printEnumKeyword(OpAsmPrinter &p, Operation *, AttrT attr) {
  p << stringifyEnum(attr.getValue());
}

/// custom<AbsType>: only the operand type is written; abs of a complex is
/// its part type, of anything else the operand's type.
static ParseResult parseAbsType(OpAsmParser &parser, Type &operand,
                                Type &result) {
  if (parser.parseType(operand))
    return failure();
  result = getAbsResultType(operand);
  return success();
}
static void printAbsType(OpAsmPrinter &p, Operation *, Type operand, Type) {
  p << operand;
}

//===----------------------------------------------------------------------===//
// ConstantOp
//===----------------------------------------------------------------------===//

LogicalResult ConstantOp::verify() {
  if (!isa<IntegerAttr, FloatAttr>(getValue()))
    return emitOpError("value must be an integer or float attribute");
  return success();
}

//===----------------------------------------------------------------------===//
// TrueDivOp, PowOp, CastOp
//===----------------------------------------------------------------------===//

LogicalResult TrueDivOp::verify() {
  Type operand = getLhs().getType();
  if (isNBCComplex(getType()) != isNBCComplex(operand))
    return emitOpError("complex division needs complex operands and result, "
                       "not ")
           << operand << " -> " << getType();
  if ((isa<FloatType>(operand) || isNBCComplex(operand)) &&
      operand != getType())
    return emitOpError("float operands of type ")
           << operand << " must give a result of the same type, not "
           << getType();
  return success();
}

LogicalResult PowOp::verify() {
  Type base = getLhs().getType(), exponent = getRhs().getType();
  if ((isNBCComplex(base) || isNBCComplex(exponent)) && exponent != base)
    return emitOpError("a complex power needs base and exponent of one type, "
                       "not ")
           << base << " and " << exponent;
  if (isa<IntegerType>(base)) {
    if (exponent != base)
      return emitOpError("an integer base needs an exponent of the same type ")
             << base << ", not " << exponent;
  } else if (isa<FloatType>(exponent) && exponent != base) {
    return emitOpError("a float exponent must have the base's type ")
           << base << ", not " << exponent;
  }
  if (getType() != base)
    return emitOpError("result type ")
           << getType() << " must be the base's type " << base;
  return success();
}

static bool powMayRaise(PowOp op) {
  // Complex powers never raise (Numba's 0j ** -1 is nan+nanj).
  if (!usesPythonErrors(op) || isNBCComplex(op.getType()))
    return false;
  // Integer powers raise for negative exponents, float ones for 0.0 ** -x.
  if (auto intType = dyn_cast<IntegerType>(op.getRhs().getType())) {
    if (intType.isUnsigned())
      return false;
    APInt value;
    return !matchPattern(op.getRhs(), m_ConstantInt(&value)) ||
           value.isNegative();
  }
  // Float powers raise for 0.0 ** -y and, with a negative base, for a
  // non-integral exponent ("math domain error").
  APFloat value(0.0);
  return !matchPattern(op.getRhs(), m_ConstantFloat(&value)) ||
         value.isNegative() || !value.isInteger();
}
NBC_RAISES_WHEN(PowOp, powMayRaise(*this))

static bool castMayRaise(CastOp op) {
  return isa<FloatType>(op.getInput().getType()) &&
         isNBCInteger(op.getType()) && usesPythonErrors(op);
}
NBC_RAISES_WHEN(CastOp, castMayRaise(*this))

void MathOp::getEffects(EffectList &effects) {
  if (isNBCComplex(getType())) {
    // cmath's functions raise where CPython's do (cmath.log(0j)).
    if (usesPythonErrors(*this))
      addRaiseEffect(effects);
    return;
  }
  switch (getFn()) {
  case MathFn::sqrt:
  case MathFn::log:
  case MathFn::log2:
  case MathFn::log10:
  case MathFn::log1p:
  case MathFn::asin:
  case MathFn::acos:
  case MathFn::acosh:
  case MathFn::atanh:
  // sin/cos/tan of an infinity: "math domain error"; exp & co. of a finite
  // value that overflows: OverflowError("math range error").
  case MathFn::sin:
  case MathFn::cos:
  case MathFn::tan:
  case MathFn::exp:
  case MathFn::exp2:
  case MathFn::expm1:
  case MathFn::sinh:
  case MathFn::cosh:
  // gamma and lgamma: ValueError at their poles, OverflowError past them.
  case MathFn::gamma:
  case MathFn::lgamma:
    if (usesPythonErrors(*this))
      addRaiseEffect(effects);
    return;
  default:
    return;
  }
}

/// A python-model fmod raises "math domain error": a float one for a zero
/// divisor or an infinite dividend, an integer one for a zero divisor.
static bool math2MayRaise(Math2Op op) {
  // round(x, n) and ldexp(x, i) whose value overflows raise OverflowError.
  if (op.getFn() == MathFn2::round || op.getFn() == MathFn2::ldexp)
    return usesPythonErrors(op);
  if (op.getFn() != MathFn2::fmod || !usesPythonErrors(op))
    return false;
  return isa<FloatType>(op.getType()) || !isNonZeroConstant(op.getRhs());
}
NBC_RAISES_WHEN(Math2Op, math2MayRaise(*this))
#undef NBC_RAISES_WHEN

LogicalResult Math2Op::verify() {
  if (isNBCInteger(getType()) && getFn() != MathFn2::fmod)
    return emitOpError("'") << stringifyMathFn2(getFn())
                            << "' takes floats; only 'fmod' takes integers";
  return success();
}

#define GET_OP_CLASSES
#include "nbc/Dialect/NBC/IR/NBCOps.cpp.inc"

//===----------------------------------------------------------------------===//
// Complex numbers: cmp, cast, math, abs and the complex ops
//===----------------------------------------------------------------------===//

LogicalResult CastOp::verify() {
  Type from = getInput().getType(), to = getType();
  if (isNBCComplex(from) && !isNBCComplex(to) && !to.isInteger(1))
    return emitOpError("cannot convert complex ")
           << from << " to " << to << " (take its real part)";
  return success();
}

bool MathOp::hasComplexForm(MathFn fn) {
  switch (fn) {
  case MathFn::sqrt:
  case MathFn::exp:
  case MathFn::log:
  case MathFn::sin:
  case MathFn::cos:
  case MathFn::tan:
  case MathFn::asin:
  case MathFn::acos:
  case MathFn::atan:
  case MathFn::sinh:
  case MathFn::cosh:
  case MathFn::tanh:
  case MathFn::log10:
  case MathFn::log2:
  case MathFn::exp2:
  case MathFn::log1p:
  case MathFn::expm1:
  case MathFn::asinh:
  case MathFn::acosh:
  case MathFn::atanh:
    return true;
  default:
    return false;
  }
}

LogicalResult MathOp::verify() {
  if (isNBCComplex(getType()) && !hasComplexForm(getFn()))
    return emitOpError("'") << stringifyMathFn(getFn())
                            << "' has no complex form";
  return success();
}

LogicalResult AbsOp::verify() {
  Type expected = getAbsResultType(getOperand().getType());
  if (getType() != expected)
    return emitOpError("result type ")
           << getType() << " must be " << expected << " for an operand of type "
           << getOperand().getType();
  return success();
}


/// real, imag, angle: the part type of the complex operand.
#define NBC_COMPLEX_PART_TYPE(OP)                                              \
  LogicalResult OP::inferReturnTypes(                                          \
      MLIRContext *, std::optional<Location> loc, ValueRange operands,         \
      DictionaryAttr, OpaqueProperties, RegionRange,                           \
      SmallVectorImpl<Type> &inferred) {                                       \
    FloatType part = getComplexPartType(operands[0].getType());                \
    if (!part)                                                                 \
      return emitOptionalError(loc, "expected a complex operand");             \
    inferred.push_back(part);                                                  \
    return success();                                                          \
  }
NBC_COMPLEX_PART_TYPE(RealOp)
NBC_COMPLEX_PART_TYPE(ImagOp)
NBC_COMPLEX_PART_TYPE(AngleOp)
#undef NBC_COMPLEX_PART_TYPE

LogicalResult ComplexOp::inferReturnTypes(MLIRContext *,
                                          std::optional<Location> loc,
                                          ValueRange operands, DictionaryAttr,
                                          OpaqueProperties, RegionRange,
                                          SmallVectorImpl<Type> &inferred) {
  auto part = dyn_cast<FloatType>(operands[0].getType());
  if (!part)
    return emitOptionalError(loc, "expected float parts");
  inferred.push_back(ComplexType::get(part));
  return success();
}
