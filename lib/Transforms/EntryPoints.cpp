//===- EntryPoints.cpp - Mangled symbols and exported entry points --------===//
//
// nbc-mangle-symbols: func.func @f {...} -> internal func.func @nbc.fn.f,
// kernels marked for export. nbc-add-entry-points: on the LLVM dialect,
// kernels -> `_mlir_ciface_<f>` and `_nbc_call_<f>(void **args,
// void **results) -> status` (nbc-c/ABI.h), the only external symbols.
// nbc-use-runtime-allocator: malloc -> nbc_rt_malloc.
//
//===----------------------------------------------------------------------===//

#include "nbc/Transforms/EntryPoints.h"
#include "nbc/Transforms/Passes.h"

#include "mlir/Dialect/LLVMIR/LLVMDialect.h"
#include "mlir/IR/Builders.h"
#include "mlir/IR/SymbolTable.h"

namespace mlir::nbc {
#define GEN_PASS_DEF_NBCMANGLESYMBOLS
#define GEN_PASS_DEF_NBCADDENTRYPOINTS
#define GEN_PASS_DEF_NBCUSERUNTIMEALLOCATOR
#include "nbc/Transforms/Passes.h.inc"
} // namespace mlir::nbc

using namespace mlir;
using namespace mlir::nbc;

//===----------------------------------------------------------------------===//
// Kernel signatures
//===----------------------------------------------------------------------===//

NbcDType nbc::getDType(Type type) {
  if (type.isIndex())
    return NbcDTypeIndex;
  if (type.isF32())
    return NbcDTypeFloat32;
  if (type.isF64())
    return NbcDTypeFloat64;
  if (auto complex = dyn_cast<ComplexType>(type)) {
    Type part = complex.getElementType();
    return part.isF32()   ? NbcDTypeComplex64
           : part.isF64() ? NbcDTypeComplex128
                          : NbcDTypeInvalid;
  }
  auto intType = dyn_cast<IntegerType>(type);
  if (!intType)
    return NbcDTypeInvalid;
  unsigned width = intType.getWidth();
  if (width == 1)
    return intType.isUnsigned() ? NbcDTypeInvalid : NbcDTypeBool;
  int log = width == 8    ? 0
            : width == 16 ? 1
            : width == 32 ? 2
            : width == 64 ? 3
                          : -1;
  if (log < 0)
    return NbcDTypeInvalid;
  if (intType.isUnsigned())
    return NbcDType(NbcDTypeUInt8 + log);
  return NbcDType(NbcDTypeInt8 + log);
}

bool nbc::isStatusType(Type type) { return isa<LLVM::LLVMPointerType>(type); }

bool nbc::isPassableType(Type type) {
  if (auto memref = dyn_cast<MemRefType>(type)) {
    SmallVector<int64_t> strides;
    int64_t offset;
    return getDType(memref.getElementType()) != NbcDTypeInvalid &&
           succeeded(memref.getStridesAndOffset(strides, offset));
  }
  return getDType(type) != NbcDTypeInvalid;
}

bool nbc::isKernelSignature(FunctionType type) {
  ArrayRef<Type> results = type.getResults();
  if (!results.empty() && isStatusType(results.front()))
    results = results.drop_front();
  return llvm::all_of(type.getInputs(), isPassableType) &&
         llvm::all_of(results, isPassableType);
}

//===----------------------------------------------------------------------===//
// nbc-mangle-symbols
//===----------------------------------------------------------------------===//

namespace {
struct NBCMangleSymbols
    : public nbc::impl::NBCMangleSymbolsBase<NBCMangleSymbols> {
  void runOnOperation() override {
    ModuleOp module = getOperation();
    MLIRContext *ctx = module.getContext();
    SymbolTable symbols(module);
    auto internal = LLVM::LinkageAttr::get(ctx, LLVM::Linkage::Internal);
    SmallVector<func::FuncOp> funcs(module.getOps<func::FuncOp>());
    for (func::FuncOp func : funcs) {
      if (func.isDeclaration())
        continue;
      // An exported callee: called from other modules by its own name.
      if (func.isPublic() && func->hasAttr(kStatusABIAttrName))
        continue;
      StringRef name = func.getName();
      if (func.isPublic() && isKernelSignature(func.getFunctionType())) {
        NamedAttribute fields[] = {
            NamedAttribute(StringAttr::get(ctx, "name"),
                           StringAttr::get(ctx, name)),
            NamedAttribute(StringAttr::get(ctx, "type"),
                           TypeAttr::get(func.getFunctionType()))};
        func->setAttr(kExportAttrName, DictionaryAttr::get(ctx, fields));
        func->setAttr(LLVM::LLVMDialect::getEmitCWrapperAttrName(),
                      UnitAttr::get(ctx));
      }
      func->setAttr("llvm.linkage", internal);
      std::string mangled = (kMangledPrefix + name).str();
      for (unsigned i = 1; symbols.lookup(mangled); ++i)
        mangled = (kMangledPrefix + name + "." + Twine(i)).str();
      if (failed(symbols.rename(func, mangled))) {
        func.emitError() << "cannot rename @" << name << " to @" << mangled;
        return signalPassFailure();
      }
    }
  }
};
} // namespace

//===----------------------------------------------------------------------===//
// nbc-add-entry-points
//===----------------------------------------------------------------------===//

namespace {
/// A kernel argument or result as the entry point passes it.
struct Slot {
  NbcDType dtype;
  /// -1 for a scalar.
  int64_t rank;
};
} // namespace

static Slot getSlot(Type type) {
  if (auto memref = dyn_cast<MemRefType>(type))
    return {getDType(memref.getElementType()), memref.getRank()};
  return {getDType(type), -1};
}

/// The LLVM type a value has after func-to-llvm.
static Type getLoweredType(MLIRContext *ctx, Slot slot) {
  auto i64 = IntegerType::get(ctx, 64);
  if (slot.rank >= 0) {
    auto ptr = LLVM::LLVMPointerType::get(ctx);
    SmallVector<Type> fields = {ptr, ptr, i64};
    if (slot.rank > 0) {
      auto array = LLVM::LLVMArrayType::get(i64, slot.rank);
      fields.append({array, array});
    }
    return LLVM::LLVMStructType::getLiteral(ctx, fields);
  }
  switch (slot.dtype) {
  case NbcDTypeFloat32:
    return Float32Type::get(ctx);
  case NbcDTypeFloat64:
    return Float64Type::get(ctx);
  case NbcDTypeIndex:
    return i64;
  case NbcDTypeComplex64:
  case NbcDTypeComplex128: {
    // convert-complex-to-llvm's struct of the two parts.
    Type part = slot.dtype == NbcDTypeComplex64 ? Type(Float32Type::get(ctx))
                                                : Float64Type::get(ctx);
    return LLVM::LLVMStructType::getLiteral(ctx, {part, part});
  }
  default:
    return IntegerType::get(
        ctx, slot.dtype == NbcDTypeBool ? 1 : 8 * nbcDTypeGetSize(slot.dtype));
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

/// Adds `_nbc_call_<name>` calling `func`, whose signature before lowering
/// was `type`.
static LogicalResult addEntryPoint(ModuleOp module, LLVM::LLVMFuncOp func,
                                   StringRef name, FunctionType type) {
  MLIRContext *ctx = module.getContext();
  Location loc = func.getLoc();
  ArrayRef<Type> inputs = type.getInputs();
  ArrayRef<Type> outputs = type.getResults();
  if (!outputs.empty() && isStatusType(outputs.front()))
    outputs = outputs.drop_front();
  SmallVector<Slot> args = llvm::map_to_vector(inputs, getSlot);
  SmallVector<Slot> results = llvm::map_to_vector(outputs, getSlot);

  // Results: the status (when the lowering added one) then the values.
  SmallVector<Type> expected;
  for (Slot result : results)
    expected.push_back(getLoweredType(ctx, result));
  SmallVector<Type> actual = getLoweredResults(func, expected.size());
  bool status = false;
  if (actual.size() == expected.size() + 1 && isStatusType(actual.front())) {
    status = true;
    actual.erase(actual.begin());
  }
  if (ArrayRef<Type>(actual) != ArrayRef<Type>(expected))
    return emitError(loc) << "unexpected lowered results of @" << name << ": "
                          << func.getFunctionType();

  // Arguments: a scalar is one parameter, an array its expanded descriptor.
  size_t numParams = 0;
  for (Slot arg : args)
    numParams += arg.rank < 0 ? 1 : 3 + 2 * arg.rank;
  if (func.getNumArguments() != numParams)
    return emitError(loc) << "unexpected lowered arguments of @" << name
                          << ": " << func.getFunctionType();

  std::string entryName = (NBC_CALL_PREFIX + name).str();
  if (module.lookupSymbol(entryName))
    return emitError(loc) << "the module already has a symbol @" << entryName;
  OpBuilder b(ctx);
  b.setInsertionPointToEnd(module.getBody());
  auto ptr = LLVM::LLVMPointerType::get(ctx);
  auto i8 = IntegerType::get(ctx, 8);
  auto wrapper = LLVM::LLVMFuncOp::create(
      b, loc, entryName, LLVM::LLVMFunctionType::get(ptr, {ptr, ptr}));
  Block *body = wrapper.addEntryBlock(b);
  b.setInsertionPointToStart(body);
  Value argv = body->getArgument(0), resv = body->getArgument(1);

  auto loadSlot = [&](Value base, int64_t index) -> Value {
    Value slot = LLVM::GEPOp::create(b, loc, ptr, ptr, base,
                                     ArrayRef<LLVM::GEPArg>{int32_t(index)});
    return LLVM::LoadOp::create(b, loc, ptr, slot);
  };

  SmallVector<Value> params;
  for (auto [i, arg] : llvm::enumerate(args)) {
    Value addr = loadSlot(argv, i);
    Type loweredType = getLoweredType(ctx, arg);
    if (arg.rank < 0) {
      if (arg.dtype == NbcDTypeBool) {
        Value byte = LLVM::LoadOp::create(b, loc, i8, addr);
        params.push_back(LLVM::TruncOp::create(b, loc, loweredType, byte));
      } else {
        params.push_back(LLVM::LoadOp::create(b, loc, loweredType, addr));
      }
      continue;
    }
    Value desc = LLVM::LoadOp::create(b, loc, loweredType, addr);
    for (int64_t field = 0; field < 3; ++field)
      params.push_back(LLVM::ExtractValueOp::create(b, loc, desc, field));
    for (int64_t field = 3; field < 5; ++field)
      for (int64_t d = 0; d < arg.rank; ++d)
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
  for (auto [j, result] : llvm::enumerate(results)) {
    Value value = getResult(j + (status ? 1 : 0));
    if (result.rank < 0 && result.dtype == NbcDTypeBool)
      value = LLVM::ZExtOp::create(b, loc, i8, value);
    LLVM::StoreOp::create(b, loc, value, loadSlot(resv, j));
  }
  Value ret = status ? getResult(0) : LLVM::ZeroOp::create(b, loc, ptr);
  LLVM::ReturnOp::create(b, loc, ret);
  return success();
}

namespace {
struct NBCAddEntryPoints
    : public nbc::impl::NBCAddEntryPointsBase<NBCAddEntryPoints> {
  void runOnOperation() override {
    ModuleOp module = getOperation();
    SmallVector<LLVM::LLVMFuncOp> funcs(module.getOps<LLVM::LLVMFuncOp>());
    for (LLVM::LLVMFuncOp func : funcs) {
      auto exported = func->getAttrOfType<DictionaryAttr>(kExportAttrName);
      if (!exported)
        continue;
      func->removeAttr(kExportAttrName);
      // convert-func-to-llvm copies the attribute to the C interface.
      if (func.getLinkage() != LLVM::Linkage::Internal)
        continue;
      auto name = exported.getAs<StringAttr>("name");
      auto type = exported.getAs<TypeAttr>("type");
      auto fnType = type ? dyn_cast<FunctionType>(type.getValue()) : nullptr;
      if (!name || !fnType) {
        func.emitError() << "malformed '" << kExportAttrName
                         << "' attribute: " << exported;
        return signalPassFailure();
      }
      if (auto cInterface = module.lookupSymbol<LLVM::LLVMFuncOp>(
              (kCInterfacePrefix + func.getName()).str())) {
        cInterface->removeAttr(kExportAttrName);
        std::string cName = (kCInterfacePrefix + name.getValue()).str();
        if (module.lookupSymbol(cName)) {
          func.emitError() << "the module already has a symbol @" << cName;
          return signalPassFailure();
        }
        SymbolTable::setSymbolName(cInterface, cName);
      }
      if (failed(addEntryPoint(module, func, name.getValue(), fnType)))
        return signalPassFailure();
    }
  }
};

//===----------------------------------------------------------------------===//
// nbc-use-runtime-allocator
//===----------------------------------------------------------------------===//

struct NBCUseRuntimeAllocator
    : public nbc::impl::NBCUseRuntimeAllocatorBase<NBCUseRuntimeAllocator> {
  void runOnOperation() override {
    ModuleOp module = getOperation();
    auto malloc = module.lookupSymbol<LLVM::LLVMFuncOp>("malloc");
    if (!malloc || !malloc.isExternal() ||
        module.lookupSymbol("nbc_rt_malloc"))
      return;
    auto name = StringAttr::get(module.getContext(), "nbc_rt_malloc");
    if (failed(SymbolTable::replaceAllSymbolUses(malloc, name, module)))
      return signalPassFailure();
    SymbolTable::setSymbolName(malloc, name);
  }
};
} // namespace
