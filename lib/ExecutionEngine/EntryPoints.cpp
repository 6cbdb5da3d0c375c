//===- EntryPoints.cpp - Kernel signatures and _nbc_call_ wrappers --------===//
//
// Records each public function's signature before lowering, and after
// lowering adds `_nbc_call_<name>(void **args, void **results) -> status`
// (nbc-c/ABI.h) in the LLVM dialect: one calling convention for the JIT,
// AOT objects and every frontend, whatever the lowered signature is.
//
//===----------------------------------------------------------------------===//

#include "ProgramImpl.h"

#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/Dialect/LLVMIR/LLVMDialect.h"
#include "mlir/IR/Builders.h"
#include "mlir/IR/BuiltinTypes.h"

using namespace mlir;
using namespace mlir::nbc;

NbcDType nbc::getDType(Type type) {
  if (type.isIndex())
    return NbcDTypeIndex;
  if (type.isF32())
    return NbcDTypeFloat32;
  if (type.isF64())
    return NbcDTypeFloat64;
  auto intType = dyn_cast<IntegerType>(type);
  if (!intType)
    return NbcDTypeInvalid;
  unsigned width = intType.getWidth();
  if (width == 1)
    return intType.isUnsigned() ? NbcDTypeInvalid : NbcDTypeBool;
  int log = width == 8 ? 0 : width == 16 ? 1 : width == 32 ? 2 : width == 64 ? 3
                                                                          : -1;
  if (log < 0)
    return NbcDTypeInvalid;
  if (intType.isUnsigned())
    return NbcDType(NbcDTypeUInt8 + log);
  return NbcDType(NbcDTypeInt8 + log);
}

std::optional<ValueInfo> nbc::getValueInfo(Type type) {
  if (auto memref = dyn_cast<MemRefType>(type)) {
    NbcDType dtype = getDType(memref.getElementType());
    if (dtype == NbcDTypeInvalid)
      return std::nullopt;
    ValueInfo info;
    info.type = {dtype, int32_t(memref.getRank())};
    for (int64_t extent : memref.getShape())
      info.shape.push_back(ShapedType::isDynamic(extent) ? -1 : extent);
    info.identityLayout = memref.getLayout().isIdentity();
    SmallVector<int64_t> strides;
    int64_t offset;
    if (failed(memref.getStridesAndOffset(strides, offset)))
      return std::nullopt;
    auto convert = [](int64_t v) {
      return ShapedType::isDynamic(v) ? ValueInfo::kDynamicLayout : v;
    };
    for (int64_t stride : strides)
      info.strides.push_back(convert(stride));
    info.offset = convert(offset);
    return info;
  }
  NbcDType dtype = getDType(type);
  if (dtype == NbcDTypeInvalid)
    return std::nullopt;
  ValueInfo info;
  info.type = {dtype, -1};
  return info;
}

/// A hand-lowered function states its status as a leading !llvm.ptr result.
static bool isStatusType(Type type) { return isa<LLVM::LLVMPointerType>(type); }

LogicalResult nbc::collectKernels(ModuleOp module,
                                  std::vector<KernelInfo> &kernels) {
  for (auto func : module.getOps<func::FuncOp>()) {
    if (func.isDeclaration() || !func.isPublic())
      continue;
    KernelInfo kernel;
    kernel.name = func.getName().str();
    bool supported = true;
    for (Type type : func.getArgumentTypes()) {
      std::optional<ValueInfo> info = getValueInfo(type);
      if (!info) {
        supported = false;
        break;
      }
      kernel.args.push_back(*info);
    }
    ArrayRef<Type> results = func.getResultTypes();
    if (!results.empty() && isStatusType(results.front())) {
      kernel.mayRaise = true;
      results = results.drop_front();
    }
    for (Type type : results) {
      std::optional<ValueInfo> info = getValueInfo(type);
      if (!info) {
        supported = false;
        break;
      }
      kernel.results.push_back(*info);
    }
    // Functions with other types are helpers: callable from kernels, not
    // from outside.
    if (supported)
      kernels.push_back(std::move(kernel));
  }
  return success();
}

/// The LLVM type a value has after func-to-llvm.
static Type getLoweredType(MLIRContext *ctx, const NbcValueType &type) {
  auto i64 = IntegerType::get(ctx, 64);
  if (type.rank >= 0) {
    auto ptr = LLVM::LLVMPointerType::get(ctx);
    SmallVector<Type> fields = {ptr, ptr, i64};
    if (type.rank > 0) {
      auto array = LLVM::LLVMArrayType::get(i64, type.rank);
      fields.append({array, array});
    }
    return LLVM::LLVMStructType::getLiteral(ctx, fields);
  }
  switch (type.dtype) {
  case NbcDTypeFloat32:
    return Float32Type::get(ctx);
  case NbcDTypeFloat64:
    return Float64Type::get(ctx);
  case NbcDTypeIndex:
    return i64;
  default:
    return IntegerType::get(
        ctx, type.dtype == NbcDTypeBool ? 1 : 8 * nbcDTypeGetSize(type.dtype));
  }
}

/// The lowered function's results as a list (void, one value, or a struct).
static SmallVector<Type> getLoweredResults(LLVM::LLVMFuncOp func,
                                           size_t numExpected) {
  Type result = func.getFunctionType().getReturnType();
  if (isa<LLVM::LLVMVoidType>(result))
    return {};
  auto structType = dyn_cast<LLVM::LLVMStructType>(result);
  // A lone array result is a struct too; only unpack a struct that holds
  // several results.
  if (structType && (numExpected >= 2 ||
                     (structType.getBody().size() == 2 &&
                      isStatusType(structType.getBody()[0]) &&
                      numExpected == 1)))
    return SmallVector<Type>(structType.getBody());
  return {result};
}

static LogicalResult addEntryPoint(ModuleOp module, KernelInfo &kernel) {
  MLIRContext *ctx = module.getContext();
  auto func = module.lookupSymbol<LLVM::LLVMFuncOp>(kernel.name);
  Location loc = func ? func.getLoc() : module.getLoc();
  if (!func)
    return emitError(loc) << "lowered module has no llvm.func @"
                          << kernel.name;

  // Results: the status (when the lowering added one) then the values.
  SmallVector<Type> expected;
  for (const ValueInfo &result : kernel.results)
    expected.push_back(getLoweredType(ctx, result.type));
  SmallVector<Type> actual = getLoweredResults(func, expected.size());
  bool status = false;
  if (actual.size() == expected.size() + 1 && isStatusType(actual.front())) {
    status = true;
    actual.erase(actual.begin());
  }
  if (ArrayRef<Type>(actual) != ArrayRef<Type>(expected))
    return emitError(loc) << "unexpected lowered results of @" << kernel.name
                          << ": " << func.getFunctionType();
  kernel.mayRaise = status;

  // Arguments: a scalar is one parameter, an array its expanded descriptor.
  size_t numParams = 0;
  for (const ValueInfo &arg : kernel.args)
    numParams += arg.type.rank < 0 ? 1 : 3 + 2 * arg.type.rank;
  if (func.getNumArguments() != numParams)
    return emitError(loc) << "unexpected lowered arguments of @"
                          << kernel.name << ": " << func.getFunctionType();

  OpBuilder b(ctx);
  b.setInsertionPointToEnd(module.getBody());
  auto ptr = LLVM::LLVMPointerType::get(ctx);
  auto i8 = IntegerType::get(ctx, 8);
  auto wrapper = LLVM::LLVMFuncOp::create(
      b, loc, NBC_CALL_PREFIX + kernel.name,
      LLVM::LLVMFunctionType::get(ptr, {ptr, ptr}));
  Block *body = wrapper.addEntryBlock(b);
  b.setInsertionPointToStart(body);
  Value argv = body->getArgument(0), resv = body->getArgument(1);

  auto loadSlot = [&](Value base, int64_t index) -> Value {
    Value slot = LLVM::GEPOp::create(b, loc, ptr, ptr, base,
                                     ArrayRef<LLVM::GEPArg>{int32_t(index)});
    return LLVM::LoadOp::create(b, loc, ptr, slot);
  };

  SmallVector<Value> params;
  for (auto [i, arg] : llvm::enumerate(kernel.args)) {
    Value addr = loadSlot(argv, i);
    Type type = getLoweredType(ctx, arg.type);
    if (arg.type.rank < 0) {
      if (arg.type.dtype == NbcDTypeBool) {
        Value byte = LLVM::LoadOp::create(b, loc, i8, addr);
        params.push_back(LLVM::TruncOp::create(b, loc, type, byte));
      } else {
        params.push_back(LLVM::LoadOp::create(b, loc, type, addr));
      }
      continue;
    }
    Value desc = LLVM::LoadOp::create(b, loc, type, addr);
    for (int64_t field = 0; field < 3; ++field)
      params.push_back(LLVM::ExtractValueOp::create(b, loc, desc, field));
    for (int64_t field = 3; field < 5; ++field)
      for (int64_t d = 0; d < arg.type.rank; ++d)
        params.push_back(LLVM::ExtractValueOp::create(
            b, loc, desc, ArrayRef<int64_t>{field, d}));
  }

  auto call = LLVM::CallOp::create(b, loc, func, params);
  size_t numActual = expected.size() + (status ? 1 : 0);
  auto getResult = [&](size_t index) -> Value {
    if (numActual == 1)
      return call.getResult();
    return LLVM::ExtractValueOp::create(b, loc, call.getResult(),
                                        int64_t(index));
  };
  for (auto [j, result] : llvm::enumerate(kernel.results)) {
    Value value = getResult(j + (status ? 1 : 0));
    if (result.type.rank < 0 && result.type.dtype == NbcDTypeBool)
      value = LLVM::ZExtOp::create(b, loc, i8, value);
    LLVM::StoreOp::create(b, loc, value, loadSlot(resv, j));
  }
  Value ret = status ? getResult(0) : LLVM::ZeroOp::create(b, loc, ptr);
  LLVM::ReturnOp::create(b, loc, ret);
  return success();
}

LogicalResult nbc::addEntryPoints(ModuleOp module,
                                  std::vector<KernelInfo> &kernels) {
  for (KernelInfo &kernel : kernels)
    if (failed(addEntryPoint(module, kernel)))
      return failure();
  return success();
}
