//===- NBCReductionOps.cpp - Reductions and scans over axes ---------------===//
//
// Result typing, verifiers and effects of nbc.array_reduce and
// nbc.array_scan.
//
//===----------------------------------------------------------------------===//

#include "nbc/Dialect/NBC/IR/NBCOps.h"

#include "NBCOpsCommon.h"
#include "mlir/IR/Builders.h"

using namespace mlir;
using namespace mlir::nbc;
using namespace mlir::nbc::detail;

//===----------------------------------------------------------------------===//
// ArrayReduceOp
//===----------------------------------------------------------------------===//

bool ArrayReduceOp::skipsNaN(ArrayReductionKind kind) {
  switch (kind) {
  case ArrayReductionKind::nansum:
  case ArrayReductionKind::nanprod:
  case ArrayReductionKind::nanmin:
  case ArrayReductionKind::nanmax:
  case ArrayReductionKind::nanmean:
  case ArrayReductionKind::nanvar:
  case ArrayReductionKind::nanstd:
    return true;
  default:
    return false;
  }
}

bool ArrayReduceOp::isVariance(ArrayReductionKind kind) {
  return kind == ArrayReductionKind::var || kind == ArrayReductionKind::std ||
         kind == ArrayReductionKind::nanvar ||
         kind == ArrayReductionKind::nanstd;
}

Type ArrayReduceOp::getScalarResultType(ArrayReductionKind kind,
                                        Type element) {
  MLIRContext *ctx = element.getContext();
  switch (kind) {
  case ArrayReductionKind::argmin:
  case ArrayReductionKind::argmax:
    return IntegerType::get(ctx, 64, IntegerType::Signed);
  case ArrayReductionKind::any:
  case ArrayReductionKind::all:
    return IntegerType::get(ctx, 1);
  case ArrayReductionKind::sum:
  case ArrayReductionKind::prod: {
    // NumPy's accumulator: bools and small integers widen to 64 bits of
    // their signedness (bools count as signed).
    auto intType = dyn_cast<IntegerType>(element);
    if (!intType || intType.getWidth() >= 64)
      return element;
    return IntegerType::get(ctx, 64,
                            intType.isUnsigned() ? IntegerType::Unsigned
                                                 : IntegerType::Signed);
  }
  case ArrayReductionKind::mean:
  case ArrayReductionKind::nanmean:
    return isa<FloatType>(element) || isNBCComplex(element)
               ? element
               : Float64Type::get(ctx);
  case ArrayReductionKind::var:
  case ArrayReductionKind::std:
  case ArrayReductionKind::nanvar:
  case ArrayReductionKind::nanstd:
    if (isNBCComplex(element)) // NumPy's variance of complex values is real
      return cast<ComplexType>(element).getElementType();
    return isa<FloatType>(element) ? element : Float64Type::get(ctx);
  default:
    return element;
  }
}

/// Whether `axes` are sorted, distinct and in range for `rank`.
static bool validAxes(ArrayRef<int64_t> axes, int64_t rank) {
  for (auto [k, axis] : llvm::enumerate(axes))
    if (axis < 0 || axis >= rank || (k > 0 && axis <= axes[k - 1]))
      return false;
  return true;
}

Type ArrayReduceOp::inferResultType(ArrayReductionKind kind, MemRefType array,
                                    std::optional<ArrayRef<int64_t>> axes,
                                    bool keepdims) {
  Type scalar = getScalarResultType(kind, array.getElementType());
  if (!axes)
    return scalar;
  if (!validAxes(*axes, array.getRank()))
    return {};
  SmallVector<int64_t> shape;
  for (int64_t d = 0; d < array.getRank(); ++d) {
    if (!llvm::is_contained(*axes, d))
      shape.push_back(array.getDimSize(d));
    else if (keepdims)
      shape.push_back(ShapedType::kDynamic);
  }
  return MemRefType::get(shape, scalar);
}

LogicalResult ArrayReduceOp::verify() {
  auto arrayType = cast<MemRefType>(getArray().getType());
  ArrayReductionKind kind = getKind();
  Type element = arrayType.getElementType();
  StringRef name = stringifyArrayReductionKind(kind);
  if (skipsNaN(kind) && !isa<FloatType>(element) && !isNBCComplex(element))
    return emitOpError("'") << name << "' needs float or complex elements, not "
                            << element;
  if (getDdof() && !isVariance(kind))
    return emitOpError("ddof is only for var, std, nanvar and nanstd");
  Type scalar = getScalarResultType(kind, element);
  if (std::optional<ArrayRef<int64_t>> axes = getAxes()) {
    if (!validAxes(*axes, arrayType.getRank()))
      return emitOpError("axes must be sorted, distinct and in [0, ")
             << arrayType.getRank() << ")";
    auto want = cast<MemRefType>(
        inferResultType(kind, arrayType, axes, getKeepdims()));
    auto resultType = dyn_cast<MemRefType>(getType());
    if (!resultType || resultType.getElementType() != scalar ||
        resultType.getRank() != want.getRank())
      return emitOpError("with axes must give a rank-")
             << want.getRank() << " array of " << scalar;
    if (!resultType.getLayout().isIdentity())
      return emitOpError("result must have the identity layout");
    return success();
  }
  if (getKeepdims())
    return emitOpError("keepdims needs axes");
  if (getType() != scalar)
    return emitOpError("'") << name << "' of " << element << " elements gives "
                            << scalar << ", not " << getType();
  return success();
}

void ArrayReduceOp::getEffects(EffectList &effects) {
  effects.emplace_back(MemoryEffects::Read::get(), &getArrayMutable(),
                       SideEffects::DefaultResource::get());
  if (getAxes()) {
    effects.emplace_back(MemoryEffects::Allocate::get(),
                         getOperation()->getOpResult(0),
                         SideEffects::DefaultResource::get());
    addRaiseEffect(effects); // The allocation may fail (MemoryError).
  }
  switch (getKind()) {
  case ArrayReductionKind::min:
  case ArrayReductionKind::max:
  case ArrayReductionKind::nanmin:
  case ArrayReductionKind::nanmax:
  case ArrayReductionKind::argmin:
  case ArrayReductionKind::argmax:
    addRaiseEffect(effects); // Empty arrays have no minimum.
    break;
  default:
    break;
  }
}

//===----------------------------------------------------------------------===//
// ArrayScanOp
//===----------------------------------------------------------------------===//

Type ArrayScanOp::inferResultType(ArrayScanKind kind, MemRefType array,
                                  int64_t axis) {
  if (axis < 0 || axis >= array.getRank())
    return {};
  Type element = array.getElementType();
  if (kind == ArrayScanKind::sum || kind == ArrayScanKind::prod)
    element = ArrayReduceOp::getScalarResultType(ArrayReductionKind::sum,
                                                 element);
  return MemRefType::get(array.getShape(), element);
}

LogicalResult ArrayScanOp::verify() {
  auto arrayType = cast<MemRefType>(getArray().getType());
  if (isNBCComplex(arrayType.getElementType()) &&
      (getKind() == ArrayScanKind::min || getKind() == ArrayScanKind::max))
    return emitOpError("'") << stringifyArrayScanKind(getKind())
                            << "' of complex numbers is not supported";
  Type want = inferResultType(getKind(), arrayType, getAxis());
  if (!want)
    return emitOpError("axis ") << getAxis() << " is out of range for a rank-"
                                << arrayType.getRank() << " array";
  if (getType() != want)
    return emitOpError("result must be ") << want;
  return success();
}

void ArrayScanOp::getEffects(EffectList &effects) {
  effects.emplace_back(MemoryEffects::Read::get(), &getArrayMutable(),
                       SideEffects::DefaultResource::get());
  effects.emplace_back(MemoryEffects::Allocate::get(),
                       getOperation()->getOpResult(0),
                       SideEffects::DefaultResource::get());
  addRaiseEffect(effects); // The allocation may fail (MemoryError).
}
