//===- NBCTypeRules.h - Type classes, promotion, broadcasting ---*- C++ -*-===//
//
// The one place that says which types nbc accepts, how NumPy/Numba promote
// mixed scalar types, and how shapes broadcast. Verifiers, passes, the C API
// and the Python frontend all call these.
//
//===----------------------------------------------------------------------===//

#ifndef NBC_DIALECT_NBC_IR_NBCTYPERULES_H
#define NBC_DIALECT_NBC_IR_NBCTYPERULES_H

#include "mlir/IR/BuiltinTypes.h"
#include "mlir/Support/LLVM.h"
#include <optional>
#include <string>

namespace mlir::nbc {

/// si8..si64 or ui8..ui64.
bool isNBCInteger(Type type);
/// complex<f32> or complex<f64> (NumPy's complex64, complex128).
bool isNBCComplex(Type type);
/// bool (i1), an nbc integer, f32, f64, complex<f32> or complex<f64>.
bool isNBCScalar(Type type);
/// The float type of a complex type's parts; null for other types.
FloatType getComplexPartType(Type type);
/// The type of `abs(x)`: a complex's part type, else `type` itself.
Type getAbsResultType(Type type);
/// NumPy's name of an nbc scalar type (`bool`, `int64`, `uint8`, `float32`,
/// `complex128`), as Numba names it in messages; empty for other types.
std::string getDTypeName(Type type);
/// A ranked memref whose element type is an nbc scalar.
bool isNBCArray(Type type);
/// A builtin tuple of one or more nbc scalars other than complex
/// (`tuple<si64, f64>`): an item of a list of tuples.
bool isNBCScalarTuple(Type type);
/// What a list may hold: an nbc scalar, a tuple of them (isNBCScalarTuple),
/// a contiguous array of dynamic sizes (`memref<?x...xT>`, rank >= 1)
/// whose copies the list owns, or a list of scalars (a list of lists).
bool isNBCListElement(Type type);

/// The type of a binary arithmetic result of `lhs` and `rhs` under NumPy's
/// promotion rules as Numba applies them to scalars:
/// - bool with bool stays bool; bool with a number takes the number;
/// - two signed (or two unsigned) integers: the wider;
/// - signed with unsigned: a signed type wider than both, or f64 when the
///   unsigned one is 64 bits wide (NumPy's rule);
/// - an integer with a float: the float, widened to f64 when the integer
///   has more bits than the float's mantissa can hold (f32 + si32 -> f64);
/// - two floats: the wider;
/// - a complex with any other number: the complex type whose parts are the
///   promotion of its part type with the other's (part) type
///   (complex64 + float32 -> complex64, complex64 + int32 -> complex128).
/// Returns null for types that are not nbc scalars.
Type promoteTypes(Type lhs, Type rhs);

/// The float type that true division `lhs / rhs` produces.
Type trueDivResultType(Type lhs, Type rhs);

/// The common type of Python's arithmetic and bitwise operators on two
/// scalars, as Numba types them (its integer typing NBEP): integers widen
/// to 64 bits, signed when either operand is signed (bools count as signed:
/// int8 // int16 -> int64, uint8 + uint16 -> uint64, uint64 + int64 ->
/// int64); a float32 meets bool, int8, int16 and uint8 as float32 and every
/// wider integer as float64; two floats give the wider. A complex meets a
/// number as its part type meets the number's (part) type, as Numba types
/// it (complex64 + float32 -> complex64, complex64 + int64 ->
/// complex128). Arrays follow NumPy instead (promoteTypes). Returns null
/// for non-scalars.
Type promoteScalarOperands(Type lhs, Type rhs);

/// NumPy's kinds of scalar types, in the order they promote in.
enum class ScalarKind { Bool, Integer, Float, Complex };

/// The kind of an nbc scalar type.
ScalarKind getScalarKind(Type scalar);

/// The type a scalar operand of an array operation is converted to before
/// the elementwise operation, `arrays` being the promoted element type of
/// the operation's array operands (the operation then promotes as usual).
/// As NumPy:
/// - a scalar of a lower kind than the arrays takes their type: it never
///   widens them (float32 array * int64 -> float32, the rule NumPy 1 and
///   Numba apply to every scalar);
/// - a weak scalar (a Python number written in the source, NEP 50) of the
///   arrays' kind takes their type too (int8 array + 1 -> int8, float32
///   array * 0.5 -> float32); a weak complex meeting float32 arrays is
///   complex64 (float32 array * 1j -> complex64);
/// - any other scalar keeps its type and promotes (int8 array + an int64
///   variable -> int64, int8 array + 0.5 -> float64).
/// Returns null for types that are not nbc scalars.
Type getArrayScalarOperandType(Type arrays, Type scalar, bool weak);

/// NumPy broadcasting of two shapes (ShapedType::kDynamic for unknown
/// extents). Returns std::nullopt when the static extents cannot
/// broadcast; dynamic extents broadcast to dynamic and are checked at run
/// time.
std::optional<SmallVector<int64_t>> broadcastShapes(ArrayRef<int64_t> lhs,
                                                    ArrayRef<int64_t> rhs);

/// The shape of a value for broadcasting: a memref's shape, or {} for a
/// scalar.
SmallVector<int64_t> broadcastShapeOf(Type type);

} // namespace mlir::nbc

#endif // NBC_DIALECT_NBC_IR_NBCTYPERULES_H
