//===- NBCTypeRules.cpp - Type classes, promotion, broadcasting -----------===//

#include "nbc/Dialect/NBC/IR/NBCTypeRules.h"
#include "nbc/Dialect/NBC/IR/NBCOps.h"

using namespace mlir;

namespace {
bool isStandardWidth(unsigned width) {
  return width == 8 || width == 16 || width == 32 || width == 64;
}
} // namespace

bool nbc::isNBCInteger(Type type) {
  auto intType = dyn_cast<IntegerType>(type);
  return intType && !intType.isSignless() &&
         isStandardWidth(intType.getWidth());
}

bool nbc::isNBCComplex(Type type) {
  auto complex = dyn_cast<ComplexType>(type);
  return complex && (complex.getElementType().isF32() ||
                     complex.getElementType().isF64());
}

bool nbc::isNBCScalar(Type type) {
  return type.isInteger(1) || isNBCInteger(type) || type.isF32() ||
         type.isF64() || isNBCComplex(type);
}

FloatType nbc::getComplexPartType(Type type) {
  if (!isNBCComplex(type))
    return {};
  return cast<FloatType>(cast<ComplexType>(type).getElementType());
}

Type nbc::getAbsResultType(Type type) {
  if (FloatType part = getComplexPartType(type))
    return part;
  return type;
}

std::string nbc::getDTypeName(Type type) {
  if (type.isInteger(1))
    return "bool";
  if (isNBCInteger(type))
    return (type.isUnsignedInteger() ? "uint" : "int") +
           std::to_string(type.getIntOrFloatBitWidth());
  if (isa<Float32Type, Float64Type>(type))
    return "float" + std::to_string(type.getIntOrFloatBitWidth());
  if (FloatType part = getComplexPartType(type))
    return "complex" + std::to_string(2 * part.getWidth());
  return {};
}

/// When either type is complex: the complex type of `promoteParts` applied
/// to the part types (a complex counts as its part type). Null otherwise.
template <typename PromoteParts>
static Type promoteWithComplex(Type lhs, Type rhs, PromoteParts promoteParts) {
  FloatType lhsPart = nbc::getComplexPartType(lhs);
  FloatType rhsPart = nbc::getComplexPartType(rhs);
  if (!lhsPart && !rhsPart)
    return {};
  Type parts = promoteParts(lhsPart ? Type(lhsPart) : lhs,
                            rhsPart ? Type(rhsPart) : rhs);
  return parts ? ComplexType::get(parts) : Type();
}

bool nbc::isNBCArray(Type type) {
  auto memref = dyn_cast<MemRefType>(type);
  return memref && isNBCScalar(memref.getElementType());
}

bool nbc::isNBCScalarTuple(Type type) {
  auto tuple = dyn_cast<TupleType>(type);
  return tuple && tuple.size() > 0 &&
         llvm::all_of(tuple.getTypes(), [](Type field) {
           return isNBCScalar(field) && !isNBCComplex(field);
         });
}

bool nbc::isNBCListElement(Type type) {
  // Complex items have no list layout (a list buffer holds 8-byte words).
  if (isa<ComplexType>(type))
    return false;
  if (isNBCScalar(type) || isNBCScalarTuple(type))
    return true;
  if (auto list = dyn_cast<ListType>(type)) // a list of lists of scalars
    return isNBCScalar(list.getElementType());
  auto array = dyn_cast<MemRefType>(type);
  return array && array.getRank() >= 1 && array.getLayout().isIdentity() &&
         !array.getMemorySpace() && isNBCScalar(array.getElementType()) &&
         llvm::all_of(array.getShape(), ShapedType::isDynamic);
}

static IntegerType getInt(MLIRContext *ctx, unsigned width, bool isSigned) {
  return IntegerType::get(ctx, width,
                          isSigned ? IntegerType::Signed : IntegerType::Unsigned);
}

/// The common type when at least one of `lhs`/`rhs` is a float: the wider
/// float, or f64 when float32 cannot hold the integer (`fitsF32` says which
/// integers it holds). Null when neither is a float.
template <typename FitsF32>
static Type promoteWithFloat(Type lhs, Type rhs, FitsF32 fitsF32) {
  auto lhsFloat = dyn_cast<FloatType>(lhs);
  auto rhsFloat = dyn_cast<FloatType>(rhs);
  if (lhsFloat && rhsFloat)
    return lhsFloat.getWidth() >= rhsFloat.getWidth() ? lhs : rhs;
  if (!lhsFloat && !rhsFloat)
    return {};
  FloatType floatType = lhsFloat ? lhsFloat : rhsFloat;
  if (floatType.isF32() && !fitsF32(cast<IntegerType>(lhsFloat ? rhs : lhs)))
    return Float64Type::get(lhs.getContext());
  return floatType;
}

Type nbc::promoteTypes(Type lhs, Type rhs) {
  if (!isNBCScalar(lhs) || !isNBCScalar(rhs))
    return {};
  if (lhs == rhs)
    return lhs;
  if (Type withComplex = promoteWithComplex(lhs, rhs, promoteTypes))
    return withComplex;
  MLIRContext *ctx = lhs.getContext();
  if (lhs.isInteger(1))
    return rhs;
  if (rhs.isInteger(1))
    return lhs;
  // NumPy: f32 holds int8/int16 exactly; wider integers need f64.
  if (Type withFloat = promoteWithFloat(
          lhs, rhs, [](IntegerType i) { return i.getWidth() < 32; }))
    return withFloat;
  auto l = cast<IntegerType>(lhs), r = cast<IntegerType>(rhs);
  if (l.isSigned() == r.isSigned())
    return l.getWidth() >= r.getWidth() ? lhs : rhs;
  IntegerType s = l.isSigned() ? l : r, u = l.isSigned() ? r : l;
  if (s.getWidth() > u.getWidth())
    return s;
  if (u.getWidth() == 64)
    return Float64Type::get(ctx);
  return getInt(ctx, u.getWidth() * 2, /*isSigned=*/true);
}

Type nbc::trueDivResultType(Type lhs, Type rhs) {
  Type common = promoteTypes(lhs, rhs);
  if (!common)
    return {};
  if (isa<FloatType>(common) || isNBCComplex(common))
    return common;
  return Float64Type::get(lhs.getContext());
}

Type nbc::promoteScalarOperands(Type lhs, Type rhs) {
  if (!isNBCScalar(lhs) || !isNBCScalar(rhs))
    return {};
  if (Type withComplex = promoteWithComplex(lhs, rhs, promoteScalarOperands))
    return withComplex;
  MLIRContext *ctx = lhs.getContext();
  // Numba converts only bool, int8, int16 and uint8 to float32 safely.
  if (Type withFloat = promoteWithFloat(lhs, rhs, [](IntegerType i) {
        return i.getWidth() == 1 || (i.isSigned() && i.getWidth() <= 16) ||
               (i.isUnsigned() && i.getWidth() == 8);
      }))
    return withFloat;
  auto isSigned = [](Type t) {
    return t.isInteger(1) || cast<IntegerType>(t).isSigned();
  };
  return getInt(ctx, 64, isSigned(lhs) || isSigned(rhs));
}

nbc::ScalarKind nbc::getScalarKind(Type scalar) {
  if (scalar.isInteger(1))
    return ScalarKind::Bool;
  if (isa<FloatType>(scalar))
    return ScalarKind::Float;
  if (isNBCComplex(scalar))
    return ScalarKind::Complex;
  return ScalarKind::Integer;
}

Type nbc::getArrayScalarOperandType(Type arrays, Type scalar, bool weak) {
  if (!isNBCScalar(arrays) || !isNBCScalar(scalar))
    return {};
  ScalarKind arraysKind = getScalarKind(arrays);
  ScalarKind scalarKind = getScalarKind(scalar);
  if (scalarKind < arraysKind || (weak && scalarKind == arraysKind))
    return arrays;
  if (weak && scalarKind == ScalarKind::Complex && arrays.isF32())
    return ComplexType::get(arrays);
  return scalar;
}

std::optional<SmallVector<int64_t>>
nbc::broadcastShapes(ArrayRef<int64_t> lhs, ArrayRef<int64_t> rhs) {
  size_t rank = std::max(lhs.size(), rhs.size());
  SmallVector<int64_t> result(rank);
  for (size_t i = 0; i < rank; ++i) {
    // Align from the right: missing leading extents are 1.
    int64_t a = i < rank - lhs.size() ? 1 : lhs[i - (rank - lhs.size())];
    int64_t b = i < rank - rhs.size() ? 1 : rhs[i - (rank - rhs.size())];
    if (a == 1) {
      result[i] = b;
    } else if (b == 1) {
      result[i] = a;
    } else if (ShapedType::isDynamic(a)) {
      result[i] = b; // Checked at run time when b is static.
    } else if (ShapedType::isDynamic(b) || a == b) {
      result[i] = a;
    } else {
      return std::nullopt;
    }
  }
  return result;
}

SmallVector<int64_t> nbc::broadcastShapeOf(Type type) {
  if (auto memref = dyn_cast<MemRefType>(type))
    return llvm::to_vector(memref.getShape());
  return {};
}
