//===- OpBuilders.cpp - C API: the remaining nbc ops, one builder each ----===//
//
// Scalar ops whose result type follows from their operands, array ops whose
// result type the dialect infers (slices, transposes, reductions, ufunc
// results), and the region ops prange and ufunc. Like Builders.cpp, each
// checks its handles and returns a detached, verified op (region ops are
// verified once their body is complete).
//
//===----------------------------------------------------------------------===//

#include "nbc-c/Dialect.h"

#include "BuilderSupport.h"
#include "mlir/CAPI/Support.h"
#include "mlir/IR/Builders.h"
#include "nbc/Dialect/NBC/Analysis/Reductions.h"
#include "nbc/Dialect/NBC/IR/NBCOps.h"
#include "nbc/Dialect/NBC/IR/NBCTypeRules.h"

using namespace mlir;
using namespace mlir::nbc;
using capi::anyNull;
using capi::createVerified;
using capi::failOp;
using capi::unwrapValues;
using capi::verifiedOrNull;

static Type getSI64(MLIRContext *ctx) {
  return IntegerType::get(ctx, 64, IntegerType::Signed);
}

MlirOperation nbcUnaryOpCreate(MlirLocation loc, MlirStringRef opName,
                               MlirValue operand) {
  if (mlirLocationIsNull(loc) || mlirValueIsNull(operand) || !opName.data)
    return failOp("nbcUnaryOpCreate: null location, operand or name");
  StringRef name = unwrap(opName);
  if (!llvm::is_contained({NegOp::getOperationName(), AbsOp::getOperationName(),
                           InvertOp::getOperationName(),
                           RoundOp::getOperationName(),
                           ConjOp::getOperationName(),
                           RealOp::getOperationName(),
                           ImagOp::getOperationName(),
                           AngleOp::getOperationName()},
                          name))
    return failOp("nbcUnaryOpCreate: '" + name +
                  "' is not one of nbc.neg, nbc.abs, nbc.invert, nbc.round, "
                  "nbc.conj, nbc.real, nbc.imag, nbc.angle");
  Type type = unwrap(operand).getType();
  // A complex's magnitude, parts and angle are floats of its part type.
  bool toPart = llvm::is_contained(
      {AbsOp::getOperationName(), RealOp::getOperationName(),
       ImagOp::getOperationName(), AngleOp::getOperationName()},
      name);
  if (FloatType part = getComplexPartType(type); part && toPart)
    type = part;
  OperationState state(unwrap(loc), name);
  state.addOperands(unwrap(operand));
  state.addTypes(type);
  return createVerified(state);
}

MlirOperation nbcComplexOpCreate(MlirLocation loc, MlirValue real,
                                 MlirValue imag) {
  if (mlirLocationIsNull(loc) || mlirValueIsNull(real) ||
      mlirValueIsNull(imag))
    return failOp("nbcComplexOpCreate: null location or operand");
  auto part = dyn_cast<FloatType>(unwrap(real).getType());
  if (!part)
    return failOp("nbcComplexOpCreate: the parts must be f32 or f64");
  OperationState state(unwrap(loc), ComplexOp::getOperationName());
  state.addOperands({unwrap(real), unwrap(imag)});
  state.addTypes(ComplexType::get(part));
  return createVerified(state);
}

MlirOperation nbcTrueDivOpCreate(MlirLocation loc, MlirValue lhs,
                                 MlirValue rhs) {
  if (mlirLocationIsNull(loc) || mlirValueIsNull(lhs) || mlirValueIsNull(rhs))
    return failOp("nbcTrueDivOpCreate: null location or operand");
  Type result = trueDivResultType(unwrap(lhs).getType(), unwrap(rhs).getType());
  if (!result)
    return failOp("nbcTrueDivOpCreate: operands must be nbc scalars");
  OperationState state(unwrap(loc), TrueDivOp::getOperationName());
  state.addOperands({unwrap(lhs), unwrap(rhs)});
  state.addTypes(result);
  return createVerified(state);
}

MlirOperation nbcPowOpCreate(MlirLocation loc, MlirValue base,
                             MlirValue exponent) {
  if (mlirLocationIsNull(loc) || mlirValueIsNull(base) ||
      mlirValueIsNull(exponent))
    return failOp("nbcPowOpCreate: null location or operand");
  OperationState state(unwrap(loc), PowOp::getOperationName());
  state.addOperands({unwrap(base), unwrap(exponent)});
  state.addTypes(unwrap(base).getType());
  return createVerified(state);
}

MlirOperation nbcDivModOpCreate(MlirLocation loc, MlirValue lhs,
                                MlirValue rhs) {
  if (mlirLocationIsNull(loc) || mlirValueIsNull(lhs) || mlirValueIsNull(rhs))
    return failOp("nbcDivModOpCreate: null location or operand");
  OperationState state(unwrap(loc), DivModOp::getOperationName());
  state.addOperands({unwrap(lhs), unwrap(rhs)});
  state.addTypes({unwrap(lhs).getType(), unwrap(lhs).getType()});
  return createVerified(state);
}

MlirOperation nbcSelectOpCreate(MlirLocation loc, MlirValue condition,
                                MlirValue trueValue, MlirValue falseValue) {
  if (mlirLocationIsNull(loc) || mlirValueIsNull(condition) ||
      mlirValueIsNull(trueValue) || mlirValueIsNull(falseValue))
    return failOp("nbcSelectOpCreate: null location or operand");
  OperationState state(unwrap(loc), SelectOp::getOperationName());
  state.addOperands({unwrap(condition), unwrap(trueValue), unwrap(falseValue)});
  state.addTypes(unwrap(trueValue).getType());
  return createVerified(state);
}

MlirOperation nbcMathOpCreate(MlirLocation loc, int32_t fn, MlirValue operand) {
  if (mlirLocationIsNull(loc) || mlirValueIsNull(operand))
    return failOp("nbcMathOpCreate: null location or operand");
  auto kind = symbolizeMathFn(uint32_t(fn));
  if (fn < 0 || !kind)
    return failOp("nbcMathOpCreate: invalid math function " + Twine(fn));
  OperationState state(unwrap(loc), MathOp::getOperationName());
  state.addOperands(unwrap(operand));
  state.addAttribute("fn", MathFnAttr::get(unwrap(loc)->getContext(), *kind));
  state.addTypes(unwrap(operand).getType());
  return createVerified(state);
}

MlirOperation nbcMath2OpCreate(MlirLocation loc, int32_t fn, MlirValue lhs,
                               MlirValue rhs) {
  if (mlirLocationIsNull(loc) || mlirValueIsNull(lhs) || mlirValueIsNull(rhs))
    return failOp("nbcMath2OpCreate: null location or operand");
  auto kind = symbolizeMathFn2(uint32_t(fn));
  if (fn < 0 || !kind)
    return failOp("nbcMath2OpCreate: invalid math function " + Twine(fn));
  OperationState state(unwrap(loc), Math2Op::getOperationName());
  state.addOperands({unwrap(lhs), unwrap(rhs)});
  state.addAttribute("fn", MathFn2Attr::get(unwrap(loc)->getContext(), *kind));
  state.addTypes(unwrap(lhs).getType());
  return createVerified(state);
}

MlirOperation nbcFPClassOpCreate(MlirLocation loc, NbcFPClass kind,
                                 MlirValue operand) {
  if (mlirLocationIsNull(loc) || mlirValueIsNull(operand))
    return failOp("nbcFPClassOpCreate: null location or operand");
  auto k = symbolizeFPClass(uint32_t(kind));
  if (!k)
    return failOp("nbcFPClassOpCreate: invalid class " + Twine(int(kind)));
  MLIRContext *ctx = unwrap(loc)->getContext();
  OperationState state(unwrap(loc), FPClassOp::getOperationName());
  state.addOperands(unwrap(operand));
  state.addAttribute("kind", FPClassAttr::get(ctx, *k));
  state.addTypes(IntegerType::get(ctx, 1));
  return createVerified(state);
}

MlirOperation nbcStrideOpCreate(MlirLocation loc, MlirValue array,
                                int64_t axis) {
  if (mlirLocationIsNull(loc) || mlirValueIsNull(array))
    return failOp("nbcStrideOpCreate: null location or array");
  MLIRContext *ctx = unwrap(loc)->getContext();
  OperationState state(unwrap(loc), StrideOp::getOperationName());
  state.addOperands(unwrap(array));
  state.addAttribute("axis", IntegerAttr::get(IntegerType::get(ctx, 64), axis));
  state.addTypes(getSI64(ctx));
  return createVerified(state);
}

static MlirOperation createAllocation(StringRef what, StringRef opName,
                                      MlirLocation loc, MlirType arrayType,
                                      intptr_t numSizes, const MlirValue *sizes,
                                      MlirValue value) {
  if (mlirLocationIsNull(loc) || mlirTypeIsNull(arrayType) ||
      anyNull(numSizes, sizes))
    return failOp(what + ": null location, type or size");
  OperationState state(unwrap(loc), opName);
  state.addOperands(unwrapValues(numSizes, sizes));
  if (!mlirValueIsNull(value))
    state.addOperands(unwrap(value));
  state.addTypes(unwrap(arrayType));
  return createVerified(state);
}

MlirOperation nbcEmptyOpCreate(MlirLocation loc, MlirType arrayType,
                               intptr_t numSizes, const MlirValue *sizes) {
  return createAllocation("nbcEmptyOpCreate", EmptyOp::getOperationName(), loc,
                          arrayType, numSizes, sizes, MlirValue{nullptr});
}

MlirOperation nbcFullOpCreate(MlirLocation loc, MlirType arrayType,
                              intptr_t numSizes, const MlirValue *sizes,
                              MlirValue value) {
  if (mlirValueIsNull(value))
    return failOp("nbcFullOpCreate: null fill value");
  return createAllocation("nbcFullOpCreate", FullOp::getOperationName(), loc,
                          arrayType, numSizes, sizes, value);
}

MlirOperation nbcArrayReduceOpCreate(MlirLocation loc,
                                     NbcArrayReductionKind kind,
                                     MlirValue array, bool hasAxis,
                                     int64_t axis) {
  return nbcArrayReduceAxesOpCreate(loc, kind, array, hasAxis, hasAxis ? 1 : 0,
                                    &axis, false, MlirValue{nullptr});
}

MlirOperation nbcArrayReduceAxesOpCreate(MlirLocation loc,
                                         NbcArrayReductionKind kind,
                                         MlirValue array, bool hasAxes,
                                         intptr_t numAxes, const int64_t *axes,
                                         bool keepdims, MlirValue ddof) {
  if (mlirLocationIsNull(loc) || mlirValueIsNull(array))
    return failOp("nbcArrayReduceOpCreate: null location or array");
  auto k = symbolizeArrayReductionKind(uint32_t(kind));
  if (!k)
    return failOp("nbcArrayReduceOpCreate: invalid kind " + Twine(int(kind)));
  auto arrayType = dyn_cast<MemRefType>(unwrap(array).getType());
  if (!arrayType || !isNBCArray(arrayType))
    return failOp("nbcArrayReduceOpCreate: the operand is not an nbc array");
  std::optional<ArrayRef<int64_t>> maybeAxes;
  if (hasAxes)
    maybeAxes = ArrayRef<int64_t>(axes, numAxes);
  Type result =
      ArrayReduceOp::inferResultType(*k, arrayType, maybeAxes, keepdims);
  if (!result)
    return failOp("nbcArrayReduceOpCreate: the axes are not sorted, distinct "
                  "and in range for a rank-" +
                  Twine(arrayType.getRank()) + " array");
  OpBuilder builder(unwrap(loc)->getContext());
  DenseI64ArrayAttr axesAttr =
      hasAxes ? builder.getDenseI64ArrayAttr(*maybeAxes) : nullptr;
  auto op = ArrayReduceOp::create(
      builder, unwrap(loc), result,
      ArrayReductionKindAttr::get(builder.getContext(), *k), unwrap(array),
      axesAttr, keepdims && hasAxes ? builder.getUnitAttr() : UnitAttr(),
      mlirValueIsNull(ddof) ? Value() : unwrap(ddof));
  return verifiedOrNull(op);
}

MlirOperation nbcArrayScanOpCreate(MlirLocation loc, int32_t kind,
                                   MlirValue array, int64_t axis) {
  if (mlirLocationIsNull(loc) || mlirValueIsNull(array))
    return failOp("nbcArrayScanOpCreate: null location or array");
  auto k = symbolizeArrayScanKind(uint32_t(kind));
  if (!k)
    return failOp("nbcArrayScanOpCreate: invalid kind " + Twine(kind));
  auto arrayType = dyn_cast<MemRefType>(unwrap(array).getType());
  if (!arrayType || !isNBCArray(arrayType))
    return failOp("nbcArrayScanOpCreate: the operand is not an nbc array");
  Type result = ArrayScanOp::inferResultType(*k, arrayType, axis);
  if (!result)
    return failOp("nbcArrayScanOpCreate: axis " + Twine(axis) +
                  " is out of range for a rank-" + Twine(arrayType.getRank()) +
                  " array");
  OpBuilder builder(unwrap(loc)->getContext());
  auto op = ArrayScanOp::create(
      builder, unwrap(loc), result,
      ArrayScanKindAttr::get(builder.getContext(), *k), unwrap(array),
      builder.getI64IntegerAttr(axis));
  return verifiedOrNull(op);
}

MlirOperation nbcMatmulOpCreate(MlirLocation loc, NbcMatmulKind kind,
                                MlirValue lhs, MlirValue rhs) {
  if (mlirLocationIsNull(loc) || mlirValueIsNull(lhs) || mlirValueIsNull(rhs))
    return failOp("nbcMatmulOpCreate: null location or operand");
  auto k = symbolizeMatmulKind(uint32_t(kind));
  if (!k)
    return failOp("nbcMatmulOpCreate: invalid kind " + Twine(int(kind)));
  auto lhsType = dyn_cast<MemRefType>(unwrap(lhs).getType());
  auto rhsType = dyn_cast<MemRefType>(unwrap(rhs).getType());
  if (!lhsType || !rhsType || !isNBCArray(lhsType) || !isNBCArray(rhsType))
    return failOp("nbcMatmulOpCreate: the operands are not nbc arrays");
  Type result = MatmulOp::inferResultType(*k, lhsType, rhsType);
  if (!result)
    return failOp("nbcMatmulOpCreate: '" + stringifyMatmulKind(*k) +
                  "' does not take arrays of ranks " +
                  Twine(lhsType.getRank()) + " and " +
                  Twine(rhsType.getRank()));
  OpBuilder builder(unwrap(loc)->getContext());
  auto op = MatmulOp::create(builder, unwrap(loc), result,
                             MatmulKindAttr::get(builder.getContext(), *k),
                             unwrap(lhs), unwrap(rhs));
  return verifiedOrNull(op);
}

MlirOperation nbcLinalgOpCreate(MlirLocation loc, NbcLinalgKind kind,
                                intptr_t numOperands,
                                MlirValue const *operands) {
  if (mlirLocationIsNull(loc) || numOperands < 1 || !operands)
    return failOp("nbcLinalgOpCreate: null location or no operands");
  auto k = symbolizeLinalgKind(uint32_t(kind));
  if (!k)
    return failOp("nbcLinalgOpCreate: invalid kind " + Twine(int(kind)));
  SmallVector<Value> values;
  for (intptr_t i = 0; i < numOperands; ++i) {
    auto type = mlirValueIsNull(operands[i])
                    ? MemRefType()
                    : dyn_cast<MemRefType>(unwrap(operands[i]).getType());
    if (!type || !isNBCArray(type))
      return failOp("nbcLinalgOpCreate: the operands are not nbc arrays");
    values.push_back(unwrap(operands[i]));
  }
  Type result = LinalgOp::inferResultType(*k, ValueRange(values).getTypes());
  if (!result)
    return failOp("nbcLinalgOpCreate: '" + stringifyLinalgKind(*k) +
                  "' does not take these operands");
  OpBuilder builder(unwrap(loc)->getContext());
  auto op = LinalgOp::create(builder, unwrap(loc), result,
                             LinalgKindAttr::get(builder.getContext(), *k),
                             values);
  return verifiedOrNull(op);
}

MlirOperation nbcLinalgFactorOpCreate(MlirLocation loc,
                                      NbcLinalgFactorKind kind, MlirValue a,
                                      MlirValue b, MlirValue rcond, bool upper,
                                      bool full) {
  if (mlirLocationIsNull(loc) || mlirValueIsNull(a))
    return failOp("nbcLinalgFactorOpCreate: null location or operand");
  auto k = symbolizeLinalgFactorKind(uint32_t(kind));
  if (!k)
    return failOp("nbcLinalgFactorOpCreate: invalid kind " + Twine(int(kind)));
  Value bValue = mlirValueIsNull(b) ? Value() : unwrap(b);
  Value rcondValue = mlirValueIsNull(rcond) ? Value() : unwrap(rcond);
  if (rcondValue && !rcondValue.getType().isF64())
    return failOp("nbcLinalgFactorOpCreate: rcond is not an f64");
  SmallVector<Type> results = LinalgFactorOp::inferResultTypes(
      *k, full, unwrap(a).getType(),
      bValue ? bValue.getType() : Type());
  if (results.empty())
    return failOp("nbcLinalgFactorOpCreate: '" +
                  stringifyLinalgFactorKind(*k) +
                  "' does not take these operands");
  OpBuilder builder(unwrap(loc)->getContext());
  auto op = LinalgFactorOp::create(
      builder, unwrap(loc), results,
      LinalgFactorKindAttr::get(builder.getContext(), *k), unwrap(a), bValue,
      rcondValue, upper ? builder.getUnitAttr() : UnitAttr(),
      full ? builder.getUnitAttr() : UnitAttr());
  return verifiedOrNull(op);
}

MlirOperation nbcSliceOpCreate(MlirLocation loc, MlirValue array,
                               intptr_t numSubscripts,
                               const NbcSubscript *subscripts) {
  if (mlirLocationIsNull(loc) || mlirValueIsNull(array) || numSubscripts < 0 ||
      (numSubscripts && !subscripts))
    return failOp("nbcSliceOpCreate: null location, array or subscripts");
  auto arrayType = dyn_cast<MemRefType>(unwrap(array).getType());
  if (!arrayType || !isNBCArray(arrayType))
    return failOp("nbcSliceOpCreate: the operand is not an nbc array");
  SmallVector<Value> indices, starts, stops, steps;
  SmallVector<int32_t> codes;
  for (intptr_t i = 0; i < numSubscripts; ++i) {
    const NbcSubscript &sub = subscripts[i];
    if (sub.isNewAxis) {
      codes.push_back(SliceOp::kNewAxis);
      continue;
    }
    if (!sub.isSlice) {
      if (mlirValueIsNull(sub.index))
        return failOp("nbcSliceOpCreate: subscript " + Twine(i) +
                      " is an index without a value");
      indices.push_back(unwrap(sub.index));
      codes.push_back(SliceOp::kIndex);
      continue;
    }
    int32_t code = SliceOp::kSlice;
    if (!mlirValueIsNull(sub.start)) {
      starts.push_back(unwrap(sub.start));
      code |= SliceOp::kHasStart;
    }
    if (!mlirValueIsNull(sub.stop)) {
      stops.push_back(unwrap(sub.stop));
      code |= SliceOp::kHasStop;
    }
    if (!mlirValueIsNull(sub.step)) {
      steps.push_back(unwrap(sub.step));
      code |= SliceOp::kHasStep;
    }
    codes.push_back(code);
  }
  int64_t consumed = llvm::count_if(
      codes, [](int32_t code) { return code != SliceOp::kNewAxis; });
  if (consumed > arrayType.getRank())
    return failOp("nbcSliceOpCreate: " + Twine(consumed) +
                  " subscripts for a rank-" + Twine(arrayType.getRank()) +
                  " array");
  MemRefType result = SliceOp::inferResultType(arrayType, codes);
  if (!result)
    return failOp("nbcSliceOpCreate: cannot infer the view's type");
  OpBuilder builder(unwrap(loc)->getContext());
  auto op = SliceOp::create(builder, unwrap(loc), result, unwrap(array),
                            indices, starts, stops, steps,
                            builder.getDenseI32ArrayAttr(codes));
  return verifiedOrNull(op);
}

MlirOperation nbcReshapeOpCreate(MlirLocation loc, MlirValue array,
                                 intptr_t numSizes, const MlirValue *sizes,
                                 bool contiguousView) {
  if (mlirLocationIsNull(loc) || mlirValueIsNull(array) || numSizes < 0 ||
      (numSizes && !sizes))
    return failOp("nbcReshapeOpCreate: null location, array or sizes");
  auto arrayType = dyn_cast<MemRefType>(unwrap(array).getType());
  if (!arrayType || !isNBCArray(arrayType))
    return failOp("nbcReshapeOpCreate: the operand is not an nbc array");
  SmallVector<Value> sizeValues;
  for (intptr_t i = 0; i < numSizes; ++i) {
    if (mlirValueIsNull(sizes[i]))
      return failOp("nbcReshapeOpCreate: size " + Twine(i) + " is null");
    sizeValues.push_back(unwrap(sizes[i]));
  }
  OpBuilder builder(unwrap(loc)->getContext());
  auto op = ReshapeOp::create(
      builder, unwrap(loc),
      ReshapeOp::inferResultType(arrayType, numSizes, contiguousView),
      unwrap(array), sizeValues, contiguousView);
  return verifiedOrNull(op);
}

MlirOperation nbcConcatenateOpCreate(MlirLocation loc, intptr_t numInputs,
                                     const MlirValue *inputs, int64_t axis) {
  if (mlirLocationIsNull(loc) || numInputs < 1 || !inputs)
    return failOp("nbcConcatenateOpCreate: null location or no inputs");
  SmallVector<Value> values;
  for (intptr_t i = 0; i < numInputs; ++i) {
    if (mlirValueIsNull(inputs[i]))
      return failOp("nbcConcatenateOpCreate: input " + Twine(i) + " is null");
    values.push_back(unwrap(inputs[i]));
  }
  auto first = dyn_cast<MemRefType>(values.front().getType());
  if (!first || !isNBCArray(first))
    return failOp("nbcConcatenateOpCreate: input 0 is not an nbc array");
  SmallVector<int64_t> sizes(first.getRank(), ShapedType::kDynamic);
  OpBuilder builder(unwrap(loc)->getContext());
  auto op = ConcatenateOp::create(
      builder, unwrap(loc), MemRefType::get(sizes, first.getElementType()),
      values, builder.getI64IntegerAttr(axis));
  return verifiedOrNull(op);
}

MlirOperation nbcSortOpCreate(MlirLocation loc, MlirValue array,
                              int64_t axis) {
  if (mlirLocationIsNull(loc) || mlirValueIsNull(array))
    return failOp("nbcSortOpCreate: null location or array");
  auto arrayType = dyn_cast<MemRefType>(unwrap(array).getType());
  if (!arrayType || !isNBCArray(arrayType))
    return failOp("nbcSortOpCreate: the operand is not an nbc array");
  OpBuilder builder(unwrap(loc)->getContext());
  auto op = SortOp::create(builder, unwrap(loc), unwrap(array),
                           builder.getI64IntegerAttr(axis));
  return verifiedOrNull(op);
}

MlirOperation nbcArgsortOpCreate(MlirLocation loc, MlirValue source,
                                 int64_t axis) {
  if (mlirLocationIsNull(loc) || mlirValueIsNull(source))
    return failOp("nbcArgsortOpCreate: null location or source");
  auto sourceType = dyn_cast<MemRefType>(unwrap(source).getType());
  if (!sourceType || !isNBCArray(sourceType))
    return failOp("nbcArgsortOpCreate: the operand is not an nbc array");
  OpBuilder builder(unwrap(loc)->getContext());
  SmallVector<int64_t> sizes(sourceType.getRank(), ShapedType::kDynamic);
  auto si64 = IntegerType::get(builder.getContext(), 64, IntegerType::Signed);
  auto op = ArgsortOp::create(builder, unwrap(loc), MemRefType::get(sizes, si64),
                              unwrap(source), builder.getI64IntegerAttr(axis));
  return verifiedOrNull(op);
}

/// nbc.transpose typed by TransposeOp::inferResultType; with
/// `dynamicOffset` the result's offset is left dynamic (a cast the op
/// accepts).
static MlirOperation createTranspose(const char *name, MlirLocation loc,
                                     MlirValue array, intptr_t numAxes,
                                     const int64_t *axes, bool dynamicOffset) {
  if (mlirLocationIsNull(loc) || mlirValueIsNull(array) || numAxes < 0 ||
      (numAxes && !axes))
    return failOp(Twine(name) + ": null location, array or axes");
  auto arrayType = dyn_cast<MemRefType>(unwrap(array).getType());
  if (!arrayType || !isNBCArray(arrayType))
    return failOp(Twine(name) + ": the operand is not an nbc array");
  SmallVector<int64_t> permutation;
  if (axes)
    permutation.assign(axes, axes + numAxes);
  else
    for (int64_t i = arrayType.getRank() - 1; i >= 0; --i)
      permutation.push_back(i);
  SmallVector<bool> seen(arrayType.getRank(), false);
  bool isPermutation = (int64_t)permutation.size() == arrayType.getRank();
  for (int64_t axis : permutation) {
    if (!isPermutation || axis < 0 || axis >= arrayType.getRank() ||
        seen[axis]) {
      isPermutation = false;
      break;
    }
    seen[axis] = true;
  }
  if (!isPermutation)
    return failOp(Twine(name) + ": axes are not a permutation of the array's " +
                  Twine(arrayType.getRank()) + " axes");
  OpBuilder builder(unwrap(loc)->getContext());
  FailureOr<MemRefType> result =
      TransposeOp::inferResultType(arrayType, permutation);
  if (failed(result))
    return failOp(Twine(name) + ": the array has no strided layout");
  if (dynamicOffset) {
    auto layout = cast<StridedLayoutAttr>(result->getLayout());
    result = MemRefType::get(
        result->getShape(), result->getElementType(),
        StridedLayoutAttr::get(builder.getContext(), ShapedType::kDynamic,
                               layout.getStrides()),
        result->getMemorySpace());
  }
  auto op = TransposeOp::create(builder, unwrap(loc), *result, unwrap(array),
                                axes ? builder.getDenseI64ArrayAttr(permutation)
                                     : nullptr);
  return verifiedOrNull(op);
}

MlirOperation nbcTransposeOpCreate(MlirLocation loc, MlirValue array,
                                   intptr_t numAxes, const int64_t *axes) {
  return createTranspose("nbcTransposeOpCreate", loc, array, numAxes, axes,
                         /*dynamicOffset=*/false);
}

MlirOperation nbcTransposeOpCreateWithDynamicOffset(MlirLocation loc,
                                                    MlirValue array,
                                                    intptr_t numAxes,
                                                    const int64_t *axes) {
  return createTranspose("nbcTransposeOpCreateWithDynamicOffset", loc, array,
                         numAxes, axes, /*dynamicOffset=*/true);
}

MlirOperation nbcPRangeOpCreate(MlirLocation loc, intptr_t numDims,
                                const MlirValue *starts, const MlirValue *stops,
                                const MlirValue *steps, intptr_t numReductions,
                                const NbcReductionKind *kinds,
                                const MlirValue *inits) {
  if (mlirLocationIsNull(loc) || numDims <= 0 || anyNull(numDims, starts) ||
      anyNull(numDims, stops) || anyNull(numDims, steps) ||
      anyNull(numReductions, inits))
    return failOp("nbcPRangeOpCreate: null location, bound or init "
                  "(at least one dimension)");
  Type boundType = unwrap(starts[0]).getType();
  SmallVector<Value> lo = unwrapValues(numDims, starts),
                     hi = unwrapValues(numDims, stops),
                     st = unwrapValues(numDims, steps);
  for (Value bound : llvm::concat<Value>(lo, hi, st))
    if (!isNBCInteger(bound.getType()) || bound.getType() != boundType)
      return failOp("nbcPRangeOpCreate: all bounds must have one nbc integer "
                    "type (si8..si64, ui8..ui64)");
  SmallVector<ReductionKind> reductionKinds;
  for (intptr_t i = 0; kinds && i < numReductions; ++i) {
    auto k = symbolizeReductionKind(uint32_t(kinds[i]));
    if (!k)
      return failOp("nbcPRangeOpCreate: invalid reduction kind " +
                    Twine(int(kinds[i])));
    reductionKinds.push_back(*k);
  }
  OpBuilder builder(boundType.getContext());
  auto prange =
      PRangeOp::create(builder, unwrap(loc), lo, hi, st,
                       kinds ? std::optional<ArrayRef<ReductionKind>>(
                                   reductionKinds)
                             : std::nullopt,
                       unwrapValues(numReductions, inits));
  return wrap(prange.getOperation());
}

bool nbcRecognizeReductions(MlirOperation op) {
  if (mlirOperationIsNull(op)) {
    capi::setError("nbcRecognizeReductions: null operation");
    return false;
  }
  DiagnosticCapture capture(unwrap(op)->getContext());
  if (succeeded(recognizeAllReductions(unwrap(op))))
    return true;
  capi::setError(capture.takeError("nbcRecognizeReductions failed"));
  return false;
}

MlirOperation nbcUfuncOpCreate(MlirLocation loc, intptr_t numIns,
                               const MlirValue *ins, intptr_t numOuts,
                               const MlirValue *outs, intptr_t numResults,
                               const MlirType *resultElementTypes) {
  if (mlirLocationIsNull(loc) || numIns <= 0 || anyNull(numIns, ins) ||
      anyNull(numOuts, outs) || numResults < 0 ||
      (numResults && !resultElementTypes))
    return failOp("nbcUfuncOpCreate: null location, input, output or type "
                  "(at least one input)");
  if ((numOuts == 0) == (numResults == 0))
    return failOp("nbcUfuncOpCreate: give either outputs or result element "
                  "types");
  SmallVector<Value> inputs = unwrapValues(numIns, ins);
  SmallVector<Type> inputTypes;
  for (Value in : inputs) {
    if (!isNBCScalar(in.getType()) && !isNBCArray(in.getType()))
      return failOp("nbcUfuncOpCreate: inputs must be nbc scalars or arrays");
    inputTypes.push_back(in.getType());
  }
  SmallVector<Type> resultTypes;
  if (numResults) {
    auto shape = UfuncOp::inferBroadcastShape(inputTypes);
    if (!shape)
      return failOp("nbcUfuncOpCreate: input shapes cannot be broadcast "
                    "together");
    for (intptr_t i = 0; i < numResults; ++i) {
      if (mlirTypeIsNull(resultElementTypes[i]) ||
          !isNBCScalar(unwrap(resultElementTypes[i])))
        return failOp("nbcUfuncOpCreate: result element type " + Twine(i) +
                      " is not an nbc scalar");
      resultTypes.push_back(
          MemRefType::get(*shape, unwrap(resultElementTypes[i])));
    }
  }
  OpBuilder builder(unwrap(loc)->getContext());
  auto ufunc = UfuncOp::create(builder, unwrap(loc), inputs,
                               unwrapValues(numOuts, outs), resultTypes);
  return wrap(ufunc.getOperation());
}

MlirBlock nbcUfuncOpGetBody(MlirOperation ufunc) {
  if (mlirOperationIsNull(ufunc) || !isa<UfuncOp>(unwrap(ufunc))) {
    capi::setError("nbcUfuncOpGetBody: not an nbc.ufunc");
    return MlirBlock{nullptr};
  }
  return wrap(cast<UfuncOp>(unwrap(ufunc)).getBody());
}
