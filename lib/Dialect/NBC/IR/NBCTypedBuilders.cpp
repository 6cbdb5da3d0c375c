//===- NBCTypedBuilders.cpp - Python-typed construction of nbc ops --------===//
//
// The type decisions of Python's operators on NumPy scalars, written once:
// which operand types meet in which common type (NBCTypeRules.cpp), where
// `nbc.cast`s go, and which operand types Python rejects.
//
//===----------------------------------------------------------------------===//

#include "nbc/Dialect/NBC/IR/NBCTypedBuilders.h"

#include "nbc/Dialect/NBC/IR/NBCTypeRules.h"

using namespace mlir;
using namespace mlir::nbc;

StringRef nbc::getOperatorSymbol(BinaryOperator op) {
  switch (op) {
  case BinaryOperator::Add:
    return "+";
  case BinaryOperator::Sub:
    return "-";
  case BinaryOperator::Mul:
    return "*";
  case BinaryOperator::TrueDiv:
    return "/";
  case BinaryOperator::FloorDiv:
    return "//";
  case BinaryOperator::Mod:
    return "%";
  case BinaryOperator::Pow:
    return "**";
  case BinaryOperator::LShift:
    return "<<";
  case BinaryOperator::RShift:
    return ">>";
  case BinaryOperator::BitAnd:
    return "&";
  case BinaryOperator::BitOr:
    return "|";
  case BinaryOperator::BitXor:
    return "^";
  }
  llvm_unreachable("unknown binary operator");
}

static Type getSI64(MLIRContext *ctx) {
  return IntegerType::get(ctx, 64, IntegerType::Signed);
}

static bool isBool(Type type) { return type.isInteger(1); }

/// Fails with Python's wording when an operand is not an nbc scalar.
static LogicalResult checkScalars(Location loc, StringRef what,
                                  ArrayRef<Value> operands) {
  for (Value v : operands) {
    if (!v)
      return emitError(loc) << what << ": missing operand";
    if (!isNBCScalar(v.getType()))
      return emitError(loc)
             << what << ": expected a scalar operand, got " << v.getType();
  }
  return success();
}

/// Fails for complex operands of functions that order their operands.
static LogicalResult checkOrdered(Location loc, StringRef what, Value lhs,
                                  Value rhs) {
  if (isNBCComplex(lhs.getType()) || isNBCComplex(rhs.getType()))
    return emitError(loc) << what << ": complex numbers are not ordered";
  return success();
}

Value nbc::buildCastTo(OpBuilder &builder, Location loc, Value value,
                       Type type) {
  if (value.getType() == type)
    return value;
  return CastOp::create(builder, loc, type, value);
}

Value nbc::buildConversion(OpBuilder &builder, Location loc, Value value,
                          Type type, Conversion kind) {
  Value converted = buildCastTo(builder, loc, value, type);
  if (converted != value)
    converted.getDefiningOp()->setAttr(
        kConversionAttrName,
        builder.getStringAttr(kind == Conversion::Index ? "index" : "item"));
  return converted;
}

/// `value` brought to the type an operator's promotion gives its operand:
/// a cast marked `promotion`, which typing passes look through.
static Value buildPromotion(OpBuilder &builder, Location loc, Value value,
                            Type type) {
  if (value.getType() == type)
    return value;
  return CastOp::create(builder, loc, type, value, /*promotion=*/true);
}

Value nbc::buildNumeric(OpBuilder &builder, Location loc, Value value) {
  if (!isBool(value.getType()))
    return value;
  return buildPromotion(builder, loc, value, getSI64(builder.getContext()));
}

FailureOr<Value> nbc::buildTruth(OpBuilder &builder, Location loc,
                                 Value value) {
  if (failed(checkScalars(loc, "truth value", value)))
    return failure();
  return buildCastTo(builder, loc, value, builder.getI1Type());
}

/// Both operands cast to their promoted type.
static std::pair<Value, Value> unify(OpBuilder &builder, Location loc,
                                     Value lhs, Value rhs) {
  Type common = promoteTypes(lhs.getType(), rhs.getType());
  return {buildPromotion(builder, loc, lhs, common),
          buildPromotion(builder, loc, rhs, common)};
}

/// The type a value takes part in arithmetic as: bools count as int64.
static Type numericType(Type type) {
  return isBool(type) ? getSI64(type.getContext()) : type;
}

/// The common type of `lhs` and `rhs` with bools counted as int64 (Python's
/// min/max on numbers).
static Type promoteNumeric(Type lhs, Type rhs) {
  return promoteTypes(numericType(lhs), numericType(rhs));
}

/// The common arithmetic type of `lhs` and `rhs` under `promotion`:
/// Numba's scalar rule places bools itself (bool with float32 stays
/// float32); NumPy's element rule lets a bool take the other operand's type
/// (bool with int8 is int8), and two bools compute in int8, NumPy's first
/// loop for operators without a bool one.
static Type promoteArithmetic(Type lhs, Type rhs, Promotion promotion) {
  if (promotion == Promotion::Scalar)
    return promoteScalarOperands(lhs, rhs);
  if (isBool(lhs) && isBool(rhs))
    return IntegerType::get(lhs.getContext(), 8, IntegerType::Signed);
  return promoteTypes(lhs, rhs);
}

/// Both operands cast straight to the promoted type of their numeric types
/// (one cast each, not bool -> si64 -> common).
static std::pair<Value, Value> unifyNumeric(OpBuilder &builder, Location loc,
                                            Value lhs, Value rhs,
                                            Promotion promotion) {
  Type common = promoteArithmetic(lhs.getType(), rhs.getType(), promotion);
  return {buildPromotion(builder, loc, lhs, common),
          buildPromotion(builder, loc, rhs, common)};
}

static Value buildPow(OpBuilder &builder, Location loc, Value base,
                      Value exponent, Promotion promotion) {
  Type baseType = numericType(base.getType());
  Type expType = numericType(exponent.getType());
  if (isa<FloatType>(baseType) && isNBCInteger(expType)) {
    // x ** n with an integral n multiplies; signed counts widen to si64.
    // NumPy's elements compute in the promoted float (float32 ** int32 is
    // float64).
    if (promotion == Promotion::Elementwise)
      base = buildPromotion(builder, loc, base,
                            promoteTypes(baseType, exponent.getType()));
    if (cast<IntegerType>(expType).isSigned())
      expType = getSI64(builder.getContext());
    exponent = buildPromotion(builder, loc, exponent, expType);
  } else {
    std::tie(base, exponent) =
        unifyNumeric(builder, loc, base, exponent, promotion);
  }
  return PowOp::create(builder, loc, base.getType(), base, exponent);
}

FailureOr<Value> nbc::buildBinary(OpBuilder &builder, Location loc,
                                  BinaryOperator op, Value lhs, Value rhs,
                                  Promotion promotion) {
  std::string what = ("operator " + getOperatorSymbol(op)).str();
  if (failed(checkScalars(loc, what, {lhs, rhs})))
    return failure();
  if (op == BinaryOperator::Pow)
    return buildPow(builder, loc, lhs, rhs, promotion);

  bool bitwise = op == BinaryOperator::BitAnd || op == BinaryOperator::BitOr ||
                 op == BinaryOperator::BitXor;
  bool shift = op == BinaryOperator::LShift || op == BinaryOperator::RShift;
  Type lhsType = lhs.getType(), rhsType = rhs.getType();
  // Python and NumPy refuse `//`, `%` and the integer operators on complex
  // numbers.
  bool integral = bitwise || shift || op == BinaryOperator::FloorDiv ||
                  op == BinaryOperator::Mod;
  if (integral && (isNBCComplex(lhsType) || isNBCComplex(rhsType)))
    return emitError(loc) << "unsupported operand types for "
                          << getOperatorSymbol(op) << ": " << lhsType << " and "
                          << rhsType;
  if (promotion == Promotion::Elementwise && isBool(lhsType) &&
      isBool(rhsType)) {
    // NumPy's bool loops: `+` is or, `*` is and, and `-` has none.
    if (op == BinaryOperator::Add)
      return Value(OrOp::create(builder, loc, lhsType, lhs, rhs));
    if (op == BinaryOperator::Mul)
      return Value(AndOp::create(builder, loc, lhsType, lhs, rhs));
    if (op == BinaryOperator::Sub)
      return emitError(loc)
             << "numpy boolean subtract, the `-` operator, is not supported, "
                "use the bitwise_xor, the `^` operator, or the logical_xor "
                "function instead";
  }
  // Decide the type before inserting anything, so a rejected operator
  // leaves no casts behind.
  Type common;
  if (bitwise && isBool(lhsType) && isBool(rhsType)) {
    common = lhsType;
  } else {
    common = promoteArithmetic(lhsType, rhsType, promotion);
    // Numba: a shift's signedness is its left operand's, at 64 bits.
    if (shift && promotion == Promotion::Scalar && !isa<FloatType>(common)) {
      auto lhsInt = cast<IntegerType>(numericType(lhsType));
      common = IntegerType::get(builder.getContext(), 64,
                                lhsInt.getSignedness());
    }
  }
  if ((bitwise || shift) && isa<FloatType>(common))
    return emitError(loc) << "unsupported operand types for "
                          << getOperatorSymbol(op) << ": " << lhsType << " and "
                          << rhsType;
  lhs = buildPromotion(builder, loc, lhs, common);
  rhs = buildPromotion(builder, loc, rhs, common);

  switch (op) {
  case BinaryOperator::Add:
    return Value(AddOp::create(builder, loc, common, lhs, rhs));
  case BinaryOperator::Sub:
    return Value(SubOp::create(builder, loc, common, lhs, rhs));
  case BinaryOperator::Mul:
    return Value(MulOp::create(builder, loc, common, lhs, rhs));
  case BinaryOperator::TrueDiv:
    return Value(TrueDivOp::create(
        builder, loc, trueDivResultType(common, common), lhs, rhs));
  case BinaryOperator::FloorDiv:
    return Value(FloorDivOp::create(builder, loc, common, lhs, rhs));
  case BinaryOperator::Mod:
    return Value(ModOp::create(builder, loc, common, lhs, rhs));
  case BinaryOperator::LShift:
    return Value(ShlOp::create(builder, loc, common, lhs, rhs));
  case BinaryOperator::RShift:
    return Value(ShrOp::create(builder, loc, common, lhs, rhs));
  case BinaryOperator::BitAnd:
    return Value(AndOp::create(builder, loc, common, lhs, rhs));
  case BinaryOperator::BitOr:
    return Value(OrOp::create(builder, loc, common, lhs, rhs));
  case BinaryOperator::BitXor:
    return Value(XorOp::create(builder, loc, common, lhs, rhs));
  case BinaryOperator::Pow:
    break;
  }
  llvm_unreachable("handled above");
}

FailureOr<std::pair<Value, Value>>
nbc::buildDivMod(OpBuilder &builder, Location loc, Value lhs, Value rhs,
                 Promotion promotion) {
  if (failed(checkScalars(loc, "divmod", {lhs, rhs})))
    return failure();
  if (isNBCComplex(lhs.getType()) || isNBCComplex(rhs.getType()))
    return emitError(loc) << "unsupported operand types for divmod(): "
                          << lhs.getType() << " and " << rhs.getType();
  std::tie(lhs, rhs) = unifyNumeric(builder, loc, lhs, rhs, promotion);
  auto divmod =
      DivModOp::create(builder, loc, lhs.getType(), lhs.getType(), lhs, rhs);
  return std::make_pair(divmod.getQuotient(), divmod.getRemainder());
}

/// uint64 against a signed integer: exact, as NumPy 2 and CPython's ints
/// compare them (promotion would round both to float64). A negative signed
/// operand is below every unsigned one; otherwise both compare as ui64.
static std::optional<Value> buildUnsignedSignedCompare(OpBuilder &builder,
                                                       Location loc,
                                                       CmpPredicate predicate,
                                                       Value lhs, Value rhs) {
  auto isUI64 = [](Type type) {
    auto integer = dyn_cast<IntegerType>(type);
    return integer && integer.isUnsigned() && integer.getWidth() == 64;
  };
  auto isSigned = [](Type type) {
    auto integer = dyn_cast<IntegerType>(type);
    return integer && integer.isSigned();
  };
  bool signedLhs = isSigned(lhs.getType()) && isUI64(rhs.getType());
  if (!signedLhs && !(isUI64(lhs.getType()) && isSigned(rhs.getType())))
    return std::nullopt;
  Type si64 = getSI64(builder.getContext()), i1 = builder.getI1Type();
  Type ui64 = signedLhs ? rhs.getType() : lhs.getType();
  // The ui64 comparison first: it is the operator's plan (operator_typing).
  Value signedValue = buildCastTo(builder, loc, signedLhs ? lhs : rhs, si64);
  Value asUnsigned = buildCastTo(builder, loc, signedValue, ui64);
  Value compared = CmpOp::create(
      builder, loc, i1, CmpPredicateAttr::get(builder.getContext(), predicate),
      signedLhs ? asUnsigned : lhs, signedLhs ? rhs : asUnsigned);
  Value zero = ConstantOp::create(builder, loc, si64,
                                  builder.getIntegerAttr(si64, 0));
  Value negative = CmpOp::create(
      builder, loc, i1,
      CmpPredicateAttr::get(builder.getContext(), CmpPredicate::lt),
      signedValue, zero);
  bool lhsBelow = predicate == CmpPredicate::lt ||
                  predicate == CmpPredicate::le || predicate == CmpPredicate::ne;
  bool rhsBelow = predicate == CmpPredicate::gt ||
                  predicate == CmpPredicate::ge || predicate == CmpPredicate::ne;
  Value whenNegative = ConstantOp::create(
      builder, loc, i1,
      builder.getIntegerAttr(i1, signedLhs ? lhsBelow : rhsBelow));
  return Value(SelectOp::create(builder, loc, i1, negative, whenNegative,
                                compared));
}

FailureOr<Value> nbc::buildNumpyScalarPower(OpBuilder &builder,
                                            Location loc, Value base,
                                            Value exponent) {
  FailureOr<Value> power = buildBinary(builder, loc, BinaryOperator::Pow, base,
                                       exponent, Promotion::Elementwise);
  if (failed(power) || !isa<FloatType>(base.getType()) ||
      !isa<FloatType>(exponent.getType()))
    return power;
  Type exponentType = exponent.getType();
  Value half = ConstantOp::create(builder, loc, exponentType,
                                  builder.getFloatAttr(exponentType, 0.5));
  Value isHalf = CmpOp::create(
      builder, loc, builder.getI1Type(),
      CmpPredicateAttr::get(builder.getContext(), CmpPredicate::eq), exponent,
      half);
  Value root =
      MathOp::create(builder, loc, power->getType(), MathFn::sqrt,
                     buildPromotion(builder, loc, base, power->getType()));
  return Value(SelectOp::create(builder, loc, power->getType(), isHalf, root,
                                *power));
}

FailureOr<Value> nbc::buildCompare(OpBuilder &builder, Location loc,
                                   CmpPredicate predicate, Value lhs,
                                   Value rhs, Promotion promotion) {
  if (failed(checkScalars(loc, "comparison", {lhs, rhs})))
    return failure();
  if (promotion == Promotion::Scalar &&
      (isNBCComplex(lhs.getType()) || isNBCComplex(rhs.getType())) &&
      predicate != CmpPredicate::eq && predicate != CmpPredicate::ne)
    return emitError(loc) << "complex numbers are not ordered: "
                          << lhs.getType() << " and " << rhs.getType();
  if (std::optional<Value> exact =
          buildUnsignedSignedCompare(builder, loc, predicate, lhs, rhs))
    return *exact;
  std::tie(lhs, rhs) = unify(builder, loc, lhs, rhs);
  return Value(CmpOp::create(
      builder, loc, builder.getI1Type(),
      CmpPredicateAttr::get(builder.getContext(), predicate), lhs, rhs));
}

FailureOr<Value> nbc::buildUnary(OpBuilder &builder, Location loc,
                                 UnaryOperator op, Value operand,
                                 Promotion promotion) {
  if (failed(checkScalars(loc, "unary operator", operand)))
    return failure();
  // `~` on a bool is logical negation, as in NumPy and Numba (not
  // CPython's `~True == -2`).
  if (op == UnaryOperator::Not ||
      (op == UnaryOperator::Invert && isBool(operand.getType()))) {
    Value truth = buildCastTo(builder, loc, operand, builder.getI1Type());
    return Value(InvertOp::create(builder, loc, truth.getType(), truth));
  }
  if (promotion == Promotion::Elementwise && isBool(operand.getType()) &&
      op == UnaryOperator::Neg)
    return emitError(loc) << "The numpy boolean negative, the `-` operator, is "
                             "not supported, use the `~` operator or the "
                             "logical_not function instead";
  if (promotion == Promotion::Elementwise && isBool(operand.getType()) &&
      op == UnaryOperator::Pos)
    return emitError(loc) << "np.positive has no loop for bool";
  operand = buildNumeric(builder, loc, operand);
  Type type = operand.getType();
  if (op == UnaryOperator::Invert &&
      (isa<FloatType>(type) || isNBCComplex(type)))
    return emitError(loc) << "bad operand type for unary ~: " << type;
  Value result = operand;
  if (op == UnaryOperator::Neg)
    result = NegOp::create(builder, loc, type, operand);
  else if (op == UnaryOperator::Invert)
    result = InvertOp::create(builder, loc, type, operand);
  // Numba applies the operator at the operand's width, then widens.
  if (promotion == Promotion::Scalar && isNBCInteger(type))
    result = buildCastTo(
        builder, loc, result,
        IntegerType::get(builder.getContext(), 64,
                         cast<IntegerType>(type).getSignedness()));
  return result;
}

FailureOr<Value> nbc::buildAbs(OpBuilder &builder, Location loc,
                               Value operand) {
  if (failed(checkScalars(loc, "abs", operand)))
    return failure();
  operand = buildNumeric(builder, loc, operand);
  // The result type is inferred: a complex's magnitude is a float.
  return Value(AbsOp::create(builder, loc, operand));
}

FailureOr<Value> nbc::buildMinMax(OpBuilder &builder, Location loc, bool isMax,
                                  Value lhs, Value rhs) {
  if (failed(checkScalars(loc, isMax ? "max" : "min", {lhs, rhs})) ||
      failed(checkOrdered(loc, isMax ? "max" : "min", lhs, rhs)))
    return failure();
  // Numba types min/max by NumPy's promotion (int8 with uint8 -> int16).
  Type common = promoteNumeric(lhs.getType(), rhs.getType());
  lhs = buildPromotion(builder, loc, lhs, common);
  rhs = buildPromotion(builder, loc, rhs, common);
  if (isMax)
    return Value(MaxOp::create(builder, loc, lhs.getType(), lhs, rhs));
  return Value(MinOp::create(builder, loc, lhs.getType(), lhs, rhs));
}

FailureOr<Value> nbc::buildNumpyMinMax(OpBuilder &builder, Location loc,
                                       bool isMax, Value lhs, Value rhs) {
  StringRef what = isMax ? "np.maximum" : "np.minimum";
  if (failed(checkScalars(loc, what, {lhs, rhs})))
    return failure();
  if (isBool(lhs.getType()) && isBool(rhs.getType())) {
    if (isMax)
      return Value(OrOp::create(builder, loc, lhs.getType(), lhs, rhs));
    return Value(AndOp::create(builder, loc, lhs.getType(), lhs, rhs));
  }
  // bool with int8 stays int8, as in NumPy: no bool-to-int64 here.
  std::tie(lhs, rhs) = unify(builder, loc, lhs, rhs);
  Type type = lhs.getType();
  Type i1 = builder.getI1Type();
  if (isNBCComplex(type)) {
    // NumPy's loop: lhs when it holds a NaN or wins (ties included).
    Value wins = CmpOp::create(
        builder, loc, i1,
        CmpPredicateAttr::get(builder.getContext(),
                              isMax ? CmpPredicate::ge : CmpPredicate::le),
        lhs, rhs);
    Value lhsIsNaN = FPClassOp::create(builder, loc, i1, FPClass::nan, lhs);
    Value keep = OrOp::create(builder, loc, i1, lhsIsNaN, wins);
    return Value(SelectOp::create(builder, loc, type, keep, lhs, rhs));
  }
  // NumPy's loops give the second operand on ties (np.maximum(0.0, -0.0)
  // is -0.0): Python's max(rhs, lhs), which keeps its first operand.
  bool isFloat = isa<FloatType>(type);
  // An integer one says it is NumPy's: a retyping to floats builds this again.
  Value result =
      isMax ? Value(MaxOp::create(builder, loc, type, rhs, lhs, !isFloat))
            : Value(MinOp::create(builder, loc, type, rhs, lhs, !isFloat));
  if (!isFloat)
    return result;
  // nbc.min/max keep the first operand when the second is NaN (Python's
  // min); NumPy propagates a NaN from either side.
  Value lhsIsNaN = FPClassOp::create(builder, loc, i1, FPClass::nan, lhs);
  return Value(SelectOp::create(builder, loc, type, lhsIsNaN, lhs, result));
}

FailureOr<Value> nbc::buildWhere(OpBuilder &builder, Location loc, Value cond,
                                 Value trueValue, Value falseValue) {
  if (failed(checkScalars(loc, "where", {cond, trueValue, falseValue})))
    return failure();
  Value truth = buildCastTo(builder, loc, cond, builder.getI1Type());
  std::tie(trueValue, falseValue) = unify(builder, loc, trueValue, falseValue);
  return Value(SelectOp::create(builder, loc, trueValue.getType(), truth,
                                trueValue, falseValue));
}

/// The float a math function computes in: f64, or for NumPy's ufuncs
/// (`keepFloat32`) f32 for float32 and for the integers float32 holds
/// exactly (bool and up to 16 bits: NumPy's float16 and float32 loops;
/// nbc has no float16, so 8-bit integers compute in float32 as in Numba).
static Value asFloat(OpBuilder &builder, Location loc, Value value,
                     bool keepFloat32) {
  Type type = value.getType();
  if (type.isF64() || (keepFloat32 && type.isF32()) || isNBCComplex(type))
    return value;
  bool small = !isa<FloatType>(type) && type.getIntOrFloatBitWidth() <= 16;
  return buildPromotion(builder, loc, value,
                     keepFloat32 && small ? Type(builder.getF32Type())
                                          : Type(builder.getF64Type()));
}

FailureOr<Value> nbc::buildMath(OpBuilder &builder, Location loc, MathFn fn,
                                Value operand, bool keepFloat32) {
  if (failed(checkScalars(loc, stringifyMathFn(fn), operand)))
    return failure();
  if (isNBCComplex(operand.getType()) && !MathOp::hasComplexForm(fn))
    return emitError(loc) << "cmath." << stringifyMathFn(fn)
                          << " is not supported on " << operand.getType();
  operand = asFloat(builder, loc, operand, keepFloat32);
  return Value(MathOp::create(builder, loc, operand.getType(), fn, operand));
}

FailureOr<Value> nbc::buildMath2(OpBuilder &builder, Location loc, MathFn2 fn,
                                 Value lhs, Value rhs, bool keepFloat32) {
  if (failed(checkScalars(loc, stringifyMathFn2(fn), {lhs, rhs})))
    return failure();
  if (isNBCComplex(lhs.getType()) || isNBCComplex(rhs.getType()))
    return emitError(loc) << stringifyMathFn2(fn)
                          << " is not supported on complex numbers";
  if (fn == MathFn2::fmod && keepFloat32) {
    // NumPy's integer fmod loop: in the operands' promoted integer type
    // (two bools in int8); int64 with uint64 promotes to float64.
    Type common = promoteArithmetic(lhs.getType(), rhs.getType(),
                                    Promotion::Elementwise);
    if (isNBCInteger(common))
      return Value(Math2Op::create(builder, loc, common, fn,
                                   buildPromotion(builder, loc, lhs, common),
                                   buildPromotion(builder, loc, rhs, common)));
  }
  std::tie(lhs, rhs) =
      unify(builder, loc, asFloat(builder, loc, lhs, keepFloat32),
            asFloat(builder, loc, rhs, keepFloat32));
  return Value(Math2Op::create(builder, loc, lhs.getType(), fn, lhs, rhs));
}

FailureOr<Value> nbc::buildFPClass(OpBuilder &builder, Location loc,
                                   FPClass kind, Value operand) {
  if (failed(checkScalars(loc, stringifyFPClass(kind), operand)))
    return failure();
  if (!isa<FloatType>(operand.getType()) && !isNBCComplex(operand.getType())) {
    bool finite = kind == FPClass::finite;
    return Value(ConstantOp::create(
        builder, loc, builder.getI1Type(),
        builder.getIntegerAttr(builder.getI1Type(), finite)));
  }
  return Value(
      FPClassOp::create(builder, loc, builder.getI1Type(), kind, operand));
}
