//===- NBCTypedBuilders.h - Python-typed construction of nbc ops -*- C++
//-*-===//
//
// Builders that take operands of any nbc scalar types, decide the result
// type by NumPy/Numba's rules (NBCTypeRules.h) and insert the `nbc.cast`s
// those rules require. Every frontend (the C API, the Python frontend) goes
// through these, so `x + y` on an int32 and a float32 means the same thing
// whoever emits it.
//
// Each builder inserts at the builder's insertion point and returns the
// result, or emits an error at `loc` and fails for operand types Python
// rejects (`1.5 << 2`, a non-scalar operand).
//
//===----------------------------------------------------------------------===//

#ifndef NBC_DIALECT_NBC_IR_NBCTYPEDBUILDERS_H
#define NBC_DIALECT_NBC_IR_NBCTYPEDBUILDERS_H

#include "nbc/Dialect/NBC/IR/NBCOps.h"

#include "mlir/IR/Builders.h"

namespace mlir::nbc {

/// Python's binary operators on numbers.
enum class BinaryOperator {
  Add,
  Sub,
  Mul,
  TrueDiv,
  FloorDiv,
  Mod,
  Pow,
  LShift,
  RShift,
  BitAnd,
  BitOr,
  BitXor,
};

/// Python's unary operators: `-x`, `+x`, `~x`, `not x`.
enum class UnaryOperator { Neg, Pos, Invert, Not };

/// The promotion rules an operator follows. Python code on scalars is typed
/// as Numba types it (promoteScalarOperands: integers widen to 64 bits);
/// array expressions and NumPy ufuncs apply NumPy's rules to each element
/// (promoteTypes: int8 + int8 stays int8; bool + bool is or, bool * bool
/// and, bool - bool an error, other operators on two bools compute in int8).
enum class Promotion { Scalar, Elementwise };

/// The operator as Python spells it ("+", "//", "**", ...).
StringRef getOperatorSymbol(BinaryOperator op);

/// `value` converted to `type` by `nbc.cast`, or `value` when it already
/// has that type.
Value buildCastTo(OpBuilder &builder, Location loc, Value value, Type type);

/// A conversion whose type does not depend on its operand's: a value
/// stored into an array item (any real scalar to the item type) or used as
/// an index (an integer to si64).
enum class Conversion { Item, Index };

/// The discardable attribute marking a cast buildConversion built: "item"
/// or "index".
constexpr llvm::StringLiteral kConversionAttrName = "nbc.converts";

/// `value` converted to `type` as `kind` converts it (buildCastTo), the
/// cast marked kConversionAttrName: a typing pass that widens `value`
/// (widenValues) keeps it, as building it again converts the wider value
/// the same way, when `kind` takes the wider type.
Value buildConversion(OpBuilder &builder, Location loc, Value value, Type type,
                      Conversion kind);

/// Booleans take part in arithmetic as int64 (`True + True == 2`).
Value buildNumeric(OpBuilder &builder, Location loc, Value value);

/// Python truth of a scalar (`bool(x)`): `x != 0`.
FailureOr<Value> buildTruth(OpBuilder &builder, Location loc, Value value);

/// `lhs <op> rhs`: operands promoted to one type by `promotion` (bool &
/// bool stays bool, otherwise bools count as int64), true division gives
/// trueDivResultType, a float base with an integer exponent keeps the
/// exponent integral (`x ** 2` multiplies), bitwise operators and shifts
/// reject floats, and a scalar shift takes its signedness from `lhs`.
FailureOr<Value> buildBinary(OpBuilder &builder, Location loc,
                             BinaryOperator op, Value lhs, Value rhs,
                             Promotion promotion = Promotion::Scalar);

/// `divmod(lhs, rhs)`: quotient and remainder of the promoted type.
FailureOr<std::pair<Value, Value>>
buildDivMod(OpBuilder &builder, Location loc, Value lhs, Value rhs,
            Promotion promotion = Promotion::Scalar);

/// `lhs <predicate> rhs` on the promoted type; an `i1` result. Complex
/// numbers are ordered (NumPy's lexicographic order) only elementwise:
/// Python refuses `z < w`. uint64 against a signed integer compares
/// exactly (NumPy 2, CPython), not in float64.
FailureOr<Value> buildCompare(OpBuilder &builder, Location loc,
                              CmpPredicate predicate, Value lhs, Value rhs,
                              Promotion promotion = Promotion::Scalar);

/// `-x`, `+x` (bools as int64), `~x` (on a bool, `not x` as in NumPy and
/// Numba), `not x`. On scalars
/// an integer result widens to 64 bits after the operator, as in Numba
/// (`-np.uint8(1) == 255`, typed uint64).
FailureOr<Value> buildUnary(OpBuilder &builder, Location loc, UnaryOperator op,
                            Value operand,
                            Promotion promotion = Promotion::Scalar);

/// One element of NumPy's `array ** scalar`: for a float `base` (an array's
/// element) and a float scalar `exponent`, NumPy's power loop except where
/// the exponent is 0.5, which NumPy computes as np.sqrt ((-0.0) ** 0.5 is
/// -0.0 and (-inf) ** 0.5 nan there, where C's pow gives 0.0 and inf); a
/// constant exponent folds the choice away. Other operands: buildBinary's
/// elementwise `**`.
FailureOr<Value> buildNumpyScalarPower(OpBuilder &builder, Location loc,
                                       Value base, Value exponent);

/// Python's `abs(x)` (bools as int64).
FailureOr<Value> buildAbs(OpBuilder &builder, Location loc, Value operand);

/// Python's `min(x, y)` / `max(x, y)` on two numbers (bools as int64).
FailureOr<Value> buildMinMax(OpBuilder &builder, Location loc, bool isMax,
                             Value lhs, Value rhs);

/// `np.minimum` / `np.maximum` on one element: a NaN in either operand
/// propagates (for complex numbers, a NaN in either part: the first such
/// operand), complex numbers are ordered as by nbc.cmp, and bool with bool
/// stays bool.
FailureOr<Value> buildNumpyMinMax(OpBuilder &builder, Location loc, bool isMax,
                                  Value lhs, Value rhs);

/// `x if cond else y` / `np.where(cond, x, y)` on one element: `cond` by
/// its truth, `x` and `y` promoted to one type.
FailureOr<Value> buildWhere(OpBuilder &builder, Location loc, Value cond,
                            Value trueValue, Value falseValue);

/// A `math` function of one number: ints and float32 are computed in f64
/// as CPython does, unless `keepFloat32` (NumPy's ufuncs keep float32, and
/// compute bools and integers of up to 16 bits in float32, as Numba).
FailureOr<Value> buildMath(OpBuilder &builder, Location loc, MathFn fn,
                           Value operand, bool keepFloat32 = false);

/// A `math` function of two numbers (`atan2`, `hypot`, ...), same rules;
/// with `keepFloat32`, `fmod` of integers stays in their promoted integer
/// type (NumPy's integer loop).
FailureOr<Value> buildMath2(OpBuilder &builder, Location loc, MathFn2 fn,
                            Value lhs, Value rhs, bool keepFloat32 = false);

/// `math.isnan/isinf/isfinite`: integers are never NaN nor infinite.
FailureOr<Value> buildFPClass(OpBuilder &builder, Location loc, FPClass kind,
                              Value operand);

} // namespace mlir::nbc

#endif // NBC_DIALECT_NBC_IR_NBCTYPEDBUILDERS_H
