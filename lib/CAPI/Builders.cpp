//===- Builders.cpp - C API: building kernels op by op --------------------===//
//
// Each helper checks its handles, builds a detached op and verifies it
// (ops with regions are verified once their body is complete, by
// nbcVerify or compilation).
//
//===----------------------------------------------------------------------===//

#include "nbc-c/Dialect.h"

#include "BuilderSupport.h"
#include "mlir/CAPI/IR.h"
#include "mlir/CAPI/Support.h"
#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/IR/Builders.h"
#include "mlir/IR/BuiltinAttributes.h"
#include "mlir/IR/Verifier.h"
#include "nbc/Dialect/NBC/Analysis/ArrayUpdates.h"
#include "nbc/Dialect/NBC/IR/NBCDialect.h"
#include "nbc/Dialect/NBC/IR/NBCOps.h"
#include "nbc/Dialect/NBC/IR/NBCTypeRules.h"
#include "nbc/ExecutionEngine/Diagnostics.h"
#include "nbc/Transforms/EntryPoints.h"

using namespace mlir;
using namespace mlir::nbc;

using capi::anyNull;
using capi::createVerified;
using capi::failOp;
using capi::unwrapValues;

MlirOperation nbcKernelFuncCreate(MlirLocation loc, MlirStringRef name,
                                  intptr_t numArgs, const MlirType *argTypes,
                                  intptr_t numResults,
                                  const MlirType *resultTypes,
                                  MlirAttribute kernelAttr) {
  if (mlirLocationIsNull(loc) || !name.data || !name.length)
    return failOp("nbcKernelFuncCreate: null location or empty name");
  if (numArgs < 0 || numResults < 0 || (numArgs && !argTypes) ||
      (numResults && !resultTypes))
    return failOp("nbcKernelFuncCreate: invalid argument or result types");
  SmallVector<Type> args, results;
  for (intptr_t i = 0; i < numArgs; ++i) {
    if (mlirTypeIsNull(argTypes[i]))
      return failOp("nbcKernelFuncCreate: argument type " + Twine(i) +
                    " is null");
    args.push_back(unwrap(argTypes[i]));
  }
  for (intptr_t i = 0; i < numResults; ++i) {
    if (mlirTypeIsNull(resultTypes[i]))
      return failOp("nbcKernelFuncCreate: result type " + Twine(i) +
                    " is null");
    results.push_back(unwrap(resultTypes[i]));
  }
  if (!mlirAttributeIsNull(kernelAttr) &&
      !isa<KernelAttr>(unwrap(kernelAttr)))
    return failOp("nbcKernelFuncCreate: the kernel attribute must be "
                  "#nbc.kernel<...>");
  Location location = unwrap(loc);
  auto type = FunctionType::get(location.getContext(), args, results);
  auto func = func::FuncOp::create(location, unwrap(name), type);
  if (!mlirAttributeIsNull(kernelAttr))
    func->setAttr(NBCDialect::getKernelAttrName(), unwrap(kernelAttr));
  func.addEntryBlock();
  return wrap(func.getOperation());
}

MlirOperation nbcStatusFuncDeclCreate(MlirLocation loc, MlirStringRef name,
                                      intptr_t numArgs,
                                      const MlirType *argTypes,
                                      intptr_t numResults,
                                      const MlirType *resultTypes,
                                      intptr_t numReadonlyArgs,
                                      const int64_t *readonlyArgs) {
  if (mlirLocationIsNull(loc) || !name.data || !name.length)
    return failOp("nbcStatusFuncDeclCreate: null location or empty name");
  if (numArgs < 0 || numResults < 0 || (numArgs && !argTypes) ||
      (numResults && !resultTypes) || numReadonlyArgs < 0 ||
      (numReadonlyArgs && !readonlyArgs))
    return failOp("nbcStatusFuncDeclCreate: invalid argument or result types");
  for (intptr_t i = 0; i < numReadonlyArgs; ++i)
    if (readonlyArgs[i] < 0 || readonlyArgs[i] >= numArgs)
      return failOp("nbcStatusFuncDeclCreate: read-only argument " +
                    Twine(readonlyArgs[i]) + " out of range");
  SmallVector<Type> args, results;
  for (intptr_t i = 0; i < numArgs + numResults; ++i) {
    MlirType t = i < numArgs ? argTypes[i] : resultTypes[i - numArgs];
    if (mlirTypeIsNull(t))
      return failOp("nbcStatusFuncDeclCreate: type " + Twine(i) + " is null");
    (i < numArgs ? args : results).push_back(unwrap(t));
  }
  Location location = unwrap(loc);
  auto type = FunctionType::get(location.getContext(), args, results);
  auto func = func::FuncOp::create(location, unwrap(name), type);
  func.setPrivate();
  func->setAttr(kStatusABIAttrName, UnitAttr::get(location.getContext()));
  func->setAttr(kReadonlyArgsAttrName,
                DenseI64ArrayAttr::get(location.getContext(),
                                       ArrayRef(readonlyArgs, numReadonlyArgs)));
  return wrap(func.getOperation());
}

int nbcFuncMayWriteArgument(MlirOperation func, intptr_t index) {
  auto f = mlirOperationIsNull(func) ? func::FuncOp()
                                     : dyn_cast<func::FuncOp>(unwrap(func));
  if (!f || index < 0 || index >= (intptr_t)f.getNumArguments()) {
    capi::setError("nbcFuncMayWriteArgument: not a func.func or no argument " +
                   Twine(index));
    return -1;
  }
  return funcMayWriteArgument(f, index) ? 1 : 0;
}

MlirLogicalResult nbcFuncSetStatusABI(MlirOperation func) {
  auto f = mlirOperationIsNull(func) ? func::FuncOp()
                                     : dyn_cast<func::FuncOp>(unwrap(func));
  if (!f) {
    capi::setError("nbcFuncSetStatusABI: not a func.func");
    return mlirLogicalResultFailure();
  }
  f->setAttr(kStatusABIAttrName, UnitAttr::get(f.getContext()));
  return mlirLogicalResultSuccess();
}

MlirBlock nbcFuncGetEntryBlock(MlirOperation func) {
  auto f = mlirOperationIsNull(func) ? func::FuncOp()
                                     : dyn_cast<func::FuncOp>(unwrap(func));
  if (!f || f.isDeclaration()) {
    capi::setError("nbcFuncGetEntryBlock: not a func.func definition");
    return MlirBlock{nullptr};
  }
  return wrap(&f.front());
}

MlirOperation nbcReturnOpCreate(MlirLocation loc, intptr_t numValues,
                                const MlirValue *values) {
  if (mlirLocationIsNull(loc) || anyNull(numValues, values))
    return failOp("nbcReturnOpCreate: null location or value");
  OperationState state(unwrap(loc), func::ReturnOp::getOperationName());
  state.addOperands(unwrapValues(numValues, values));
  return wrap(Operation::create(state));
}

MlirOperation nbcConstantIntOpCreate(MlirLocation loc, MlirType type,
                                     int64_t value) {
  if (mlirLocationIsNull(loc) || mlirTypeIsNull(type) ||
      !isa<IntegerType>(unwrap(type)) || !isNBCScalar(unwrap(type)))
    return failOp("nbcConstantIntOpCreate: null location or not a bool or "
                  "nbc integer type");
  auto intType = cast<IntegerType>(unwrap(type));
  OperationState state(unwrap(loc), ConstantOp::getOperationName());
  APInt bits(intType.getWidth(), uint64_t(value), /*isSigned=*/true,
             /*implicitTrunc=*/true);
  state.addAttribute("value", IntegerAttr::get(intType, bits));
  state.addTypes(intType);
  return createVerified(state);
}

MlirOperation nbcConstantFloatOpCreate(MlirLocation loc, MlirType type,
                                       double value) {
  if (mlirLocationIsNull(loc) || mlirTypeIsNull(type) ||
      !isa<FloatType>(unwrap(type)) || !isNBCScalar(unwrap(type)))
    return failOp("nbcConstantFloatOpCreate: null location or not f32/f64");
  OperationState state(unwrap(loc), ConstantOp::getOperationName());
  state.addAttribute("value", FloatAttr::get(unwrap(type), value));
  state.addTypes(unwrap(type));
  return createVerified(state);
}

MlirOperation nbcBinaryOpCreate(MlirLocation loc, MlirStringRef opName,
                                MlirValue lhs, MlirValue rhs) {
  if (mlirLocationIsNull(loc) || mlirValueIsNull(lhs) ||
      mlirValueIsNull(rhs) || !opName.data)
    return failOp("nbcBinaryOpCreate: null location, operand or name");
  Location location = unwrap(loc);
  StringRef name = unwrap(opName);
  if (!RegisteredOperationName::lookup(name, location.getContext()))
    return failOp("nbcBinaryOpCreate: unknown operation '" + name + "'");
  OperationState state(location, name);
  state.addOperands({unwrap(lhs), unwrap(rhs)});
  state.addTypes(unwrap(lhs).getType());
  return createVerified(state);
}

MlirOperation nbcCmpOpCreate(MlirLocation loc, NbcCmpPredicate predicate,
                             MlirValue lhs, MlirValue rhs) {
  if (mlirLocationIsNull(loc) || mlirValueIsNull(lhs) || mlirValueIsNull(rhs))
    return failOp("nbcCmpOpCreate: null location or operand");
  Location location = unwrap(loc);
  auto pred = symbolizeCmpPredicate(uint32_t(predicate));
  if (!pred)
    return failOp("nbcCmpOpCreate: invalid predicate " +
                  Twine(int(predicate)));
  OperationState state(location, CmpOp::getOperationName());
  state.addOperands({unwrap(lhs), unwrap(rhs)});
  state.addAttribute("predicate",
                     CmpPredicateAttr::get(location.getContext(), *pred));
  state.addTypes(IntegerType::get(location.getContext(), 1));
  return createVerified(state);
}

MlirOperation nbcCastOpCreate(MlirLocation loc, MlirValue input,
                              MlirType resultType) {
  if (mlirLocationIsNull(loc) || mlirValueIsNull(input) ||
      mlirTypeIsNull(resultType))
    return failOp("nbcCastOpCreate: null location, operand or type");
  OperationState state(unwrap(loc), CastOp::getOperationName());
  state.addOperands(unwrap(input));
  state.addTypes(unwrap(resultType));
  return createVerified(state);
}

MlirOperation nbcRangeOpCreate(MlirLocation loc, MlirValue start,
                               MlirValue stop, MlirValue step,
                               intptr_t numInits, const MlirValue *inits) {
  if (mlirLocationIsNull(loc) || mlirValueIsNull(start) ||
      mlirValueIsNull(stop) || mlirValueIsNull(step) ||
      anyNull(numInits, inits))
    return failOp("nbcRangeOpCreate: null location, bound or init");
  Type type = unwrap(start).getType();
  if (!isNBCInteger(type) || unwrap(stop).getType() != type ||
      unwrap(step).getType() != type)
    return failOp("nbcRangeOpCreate: start, stop and step must have one nbc "
                  "integer type (si8..si64, ui8..ui64)");
  OpBuilder builder(type.getContext());
  auto range = RangeOp::create(builder, unwrap(loc), unwrap(start),
                               unwrap(stop), unwrap(step),
                               unwrapValues(numInits, inits));
  return wrap(range.getOperation());
}

MlirBlock nbcRangeOpGetBody(MlirOperation range) {
  if (mlirOperationIsNull(range) ||
      !isa<RangeOp, PRangeOp>(unwrap(range))) {
    capi::setError("nbcRangeOpGetBody: not an nbc.range or nbc.prange");
    return MlirBlock{nullptr};
  }
  return wrap(&unwrap(range)->getRegion(0).front());
}

static MlirOperation createTry(const char *name, MlirLocation loc,
                               intptr_t numValues, const MlirType *valueTypes,
                               function_ref<ArrayAttr(MLIRContext *)> kinds,
                               bool pending = false) {
  if (mlirLocationIsNull(loc) ||
      llvm::any_of(llvm::ArrayRef(valueTypes, numValues),
                   [](MlirType t) { return mlirTypeIsNull(t); }))
    return failOp(std::string(name) + ": null location or type");
  OpBuilder builder(unwrap(loc)->getContext());
  SmallVector<Type> types;
  for (intptr_t i = 0; i < numValues; ++i)
    types.push_back(unwrap(valueTypes[i]));
  auto op = TryOp::create(builder, unwrap(loc), types,
                          kinds(builder.getContext()), pending);
  builder.createBlock(&op.getBody());
  return wrap(op.getOperation());
}

MlirOperation nbcTryOpCreate(MlirLocation loc, intptr_t numValues,
                             const MlirType *valueTypes) {
  return createTry("nbcTryOpCreate", loc, numValues, valueTypes,
                   [](MLIRContext *) { return ArrayAttr(); });
}

MlirOperation nbcTryOpCreatePending(MlirLocation loc, intptr_t numValues,
                                    const MlirType *valueTypes) {
  return createTry(
      "nbcTryOpCreatePending", loc, numValues, valueTypes,
      [](MLIRContext *) { return ArrayAttr(); }, /*pending=*/true);
}

MlirOperation nbcReraiseOpCreate(MlirLocation loc, MlirValue pending) {
  if (mlirLocationIsNull(loc) || mlirValueIsNull(pending))
    return failOp("nbcReraiseOpCreate: null location or value");
  OperationState state(unwrap(loc), ReraiseOp::getOperationName());
  state.addOperands(unwrap(pending));
  return createVerified(state);
}

MlirOperation nbcTryOpCreateCatching(MlirLocation loc, intptr_t numClauses,
                                     const intptr_t *clauseSizes,
                                     const NbcExceptionKind *kinds,
                                     intptr_t numValues,
                                     const MlirType *valueTypes) {
  if (numClauses < 1 || !clauseSizes)
    return failOp("nbcTryOpCreateCatching: needs at least one clause");
  const NbcExceptionKind *next = kinds;
  SmallVector<SmallVector<ExceptionKind>> clauses;
  for (intptr_t i = 0; i < numClauses; ++i) {
    if (clauseSizes[i] < 0 || (clauseSizes[i] && !kinds))
      return failOp("nbcTryOpCreateCatching: bad clause size");
    SmallVector<ExceptionKind> &clause = clauses.emplace_back();
    for (intptr_t k = 0; k < clauseSizes[i]; ++k, ++next) {
      std::optional<ExceptionKind> kind =
          symbolizeExceptionKind(static_cast<uint32_t>(*next));
      if (!kind)
        return failOp("nbcTryOpCreateCatching: unknown exception kind " +
                      std::to_string(static_cast<int>(*next)));
      clause.push_back(*kind);
    }
  }
  return createTry(
      "nbcTryOpCreateCatching", loc, numValues, valueTypes,
      [&](MLIRContext *ctx) {
        SmallVector<Attribute> lists;
        for (ArrayRef<ExceptionKind> clause : clauses) {
          SmallVector<Attribute> kinds;
          for (ExceptionKind kind : clause)
            kinds.push_back(ExceptionKindAttr::get(ctx, kind));
          lists.push_back(ArrayAttr::get(ctx, kinds));
        }
        return ArrayAttr::get(ctx, lists);
      });
}

MlirBlock nbcTryOpGetBody(MlirOperation op) {
  if (mlirOperationIsNull(op) || !isa<TryOp>(unwrap(op))) {
    capi::setError("nbcTryOpGetBody: not an nbc.try");
    return MlirBlock{nullptr};
  }
  return wrap(&unwrap(op)->getRegion(0).front());
}

intptr_t nbcTryOpGetNumClauses(MlirOperation op) {
  auto tryOp = mlirOperationIsNull(op) ? TryOp() : dyn_cast<TryOp>(unwrap(op));
  if (!tryOp) {
    capi::setError("nbcTryOpGetNumClauses: not an nbc.try");
    return -1;
  }
  return tryOp.getNumClauses();
}

MlirOperation nbcYieldOpCreate(MlirLocation loc, MlirValue breakCond,
                               intptr_t numValues, const MlirValue *values) {
  if (mlirLocationIsNull(loc) || anyNull(numValues, values))
    return failOp("nbcYieldOpCreate: null location or value");
  OperationState state(unwrap(loc), YieldOp::getOperationName());
  bool hasCond = !mlirValueIsNull(breakCond);
  if (hasCond)
    state.addOperands(unwrap(breakCond));
  state.addOperands(unwrapValues(numValues, values));
  state.addAttribute("operandSegmentSizes",
                     DenseI32ArrayAttr::get(unwrap(loc)->getContext(),
                                            {hasCond ? 1 : 0,
                                             int32_t(numValues)}));
  // A yield is only meaningful inside its range: verified with it.
  return wrap(Operation::create(state));
}

template <typename OpT>
static MlirOperation createRuntimeQuery(MlirLocation loc, StringRef what) {
  if (mlirLocationIsNull(loc))
    return failOp(what + ": null location");
  OperationState state(unwrap(loc), OpT::getOperationName());
  state.addTypes(IntegerType::get(unwrap(loc)->getContext(), 64,
                                  IntegerType::Signed));
  return createVerified(state);
}

MlirOperation nbcThreadIdOpCreate(MlirLocation loc) {
  return createRuntimeQuery<ThreadIdOp>(loc, "nbcThreadIdOpCreate");
}

MlirOperation nbcNumThreadsOpCreate(MlirLocation loc) {
  return createRuntimeQuery<NumThreadsOp>(loc, "nbcNumThreadsOpCreate");
}

MlirOperation nbcRaiseIfOpCreate(MlirLocation loc, MlirValue condition,
                                 NbcExceptionKind kind,
                                 MlirStringRef message) {
  return nbcRaiseIfOpCreateFormatted(loc, condition, kind, message, 0, nullptr,
                                     nullptr);
}

MlirOperation nbcRaiseIfOpCreateFormatted(MlirLocation loc,
                                          MlirValue condition,
                                          NbcExceptionKind kind,
                                          MlirStringRef message,
                                          intptr_t numArgs,
                                          const MlirValue *args,
                                          const MlirStringRef *formats) {
  if (mlirLocationIsNull(loc) || mlirValueIsNull(condition) ||
      (!message.data && message.length) || anyNull(numArgs, args))
    return failOp("nbcRaiseIfOpCreate: null location, condition, message or "
                  "arg");
  auto k = symbolizeExceptionKind(uint32_t(kind));
  if (!k)
    return failOp("nbcRaiseIfOpCreate: invalid exception kind " +
                  Twine(int(kind)));
  MLIRContext *ctx = unwrap(loc)->getContext();
  OperationState state(unwrap(loc), RaiseIfOp::getOperationName());
  state.addOperands(unwrap(condition));
  state.addOperands(unwrapValues(numArgs, args));
  state.addAttribute("kind", ExceptionKindAttr::get(ctx, *k));
  state.addAttribute("message", StringAttr::get(ctx, unwrap(message)));
  if (formats && numArgs) {
    SmallVector<Attribute> specs;
    for (intptr_t i = 0; i < numArgs; ++i)
      specs.push_back(StringAttr::get(ctx, unwrap(formats[i])));
    state.addAttribute("formats", ArrayAttr::get(ctx, specs));
  }
  return createVerified(state);
}

MlirOperation nbcPrintOpCreate(MlirLocation loc, intptr_t numPieces,
                               const MlirStringRef *pieces, intptr_t numValues,
                               const MlirValue *values) {
  return nbcPrintOpCreateFormatted(loc, numPieces, pieces, numValues, values,
                                   nullptr, 1);
}

MlirOperation nbcPrintOpCreateFormatted(MlirLocation loc, intptr_t numPieces,
                                        const MlirStringRef *pieces,
                                        intptr_t numValues,
                                        const MlirValue *values,
                                        const MlirStringRef *formats,
                                        int32_t stream) {
  if (mlirLocationIsNull(loc) || anyNull(numValues, values) ||
      (numPieces && !pieces))
    return failOp("nbcPrintOpCreate: null location, piece or value");
  MLIRContext *ctx = unwrap(loc)->getContext();
  auto strings = [&](intptr_t count, const MlirStringRef *texts) {
    SmallVector<Attribute> attrs;
    for (intptr_t i = 0; i < count; ++i)
      attrs.push_back(StringAttr::get(ctx, unwrap(texts[i])));
    return ArrayAttr::get(ctx, attrs);
  };
  OperationState state(unwrap(loc), PrintOp::getOperationName());
  state.addOperands(unwrapValues(numValues, values));
  state.addAttribute("pieces", strings(numPieces, pieces));
  if (formats)
    state.addAttribute("formats", strings(numValues, formats));
  state.addAttribute("stream",
                     IntegerAttr::get(IntegerType::get(ctx, 32), stream));
  return createVerified(state);
}

MlirOperation nbcLoadOpCreate(MlirLocation loc, MlirValue array,
                              intptr_t numIndices, const MlirValue *indices) {
  if (mlirLocationIsNull(loc) || mlirValueIsNull(array) ||
      anyNull(numIndices, indices))
    return failOp("nbcLoadOpCreate: null location, array or index");
  auto type = dyn_cast<MemRefType>(unwrap(array).getType());
  if (!type)
    return failOp("nbcLoadOpCreate: the array operand is not a memref");
  OperationState state(unwrap(loc), LoadOp::getOperationName());
  state.addOperands(unwrap(array));
  state.addOperands(unwrapValues(numIndices, indices));
  state.addTypes(type.getElementType());
  return createVerified(state);
}

MlirOperation nbcStoreOpCreate(MlirLocation loc, MlirValue value,
                               MlirValue array, intptr_t numIndices,
                               const MlirValue *indices) {
  if (mlirLocationIsNull(loc) || mlirValueIsNull(value) ||
      mlirValueIsNull(array) || anyNull(numIndices, indices))
    return failOp("nbcStoreOpCreate: null location, value, array or index");
  OperationState state(unwrap(loc), StoreOp::getOperationName());
  state.addOperands({unwrap(value), unwrap(array)});
  state.addOperands(unwrapValues(numIndices, indices));
  return createVerified(state);
}

MlirOperation nbcDimOpCreate(MlirLocation loc, MlirValue array, int64_t axis) {
  if (mlirLocationIsNull(loc) || mlirValueIsNull(array))
    return failOp("nbcDimOpCreate: null location or array");
  MLIRContext *ctx = unwrap(loc)->getContext();
  OperationState state(unwrap(loc), DimOp::getOperationName());
  state.addOperands(unwrap(array));
  state.addAttribute("axis", IntegerAttr::get(IntegerType::get(ctx, 64), axis));
  state.addTypes(IntegerType::get(ctx, 64, IntegerType::Signed));
  return createVerified(state);
}
