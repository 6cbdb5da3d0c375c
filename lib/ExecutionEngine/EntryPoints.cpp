//===- EntryPoints.cpp - Kernel signatures and their entry points --------===//
//
// Records each kernel's signature before lowering, and after lowering finds
// the `_nbc_call_<name>(void **args, void **results) -> status` entry point
// (nbc-c/ABI.h) that nbc-add-entry-points added: one calling convention for
// the JIT, AOT objects and every frontend, whatever the lowered signature.
//
//===----------------------------------------------------------------------===//

#include "ProgramImpl.h"

#include "nbc/Transforms/EntryPoints.h"

#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/Dialect/LLVMIR/LLVMDialect.h"
#include "mlir/IR/Builders.h"
#include "mlir/IR/BuiltinTypes.h"

using namespace mlir;
using namespace mlir::nbc;

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

LogicalResult nbc::collectKernels(ModuleOp module,
                                  std::vector<KernelInfo> &kernels) {
  for (auto func : module.getOps<func::FuncOp>()) {
    // Functions with other types are helpers: callable from kernels, not
    // from outside (nbc-mangle-symbols exports exactly these).
    if (func.isDeclaration() || !func.isPublic() ||
        func->hasAttr(kStatusABIAttrName) ||
        !isKernelSignature(func.getFunctionType()))
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
    if (supported)
      kernels.push_back(std::move(kernel));
  }
  return success();
}

/// Whether an entry point returns the kernel's status rather than null.
static bool mayRaise(LLVM::LLVMFuncOp entry) {
  bool nullOnly = true;
  entry.walk([&](LLVM::ReturnOp ret) {
    Value status = ret.getArg();
    if (!status || !status.getDefiningOp<LLVM::ZeroOp>())
      nullOnly = false;
  });
  return !nullOnly;
}

LogicalResult nbc::findEntryPoints(ModuleOp module,
                                   std::vector<KernelInfo> &kernels) {
  for (KernelInfo &kernel : kernels) {
    auto entry = module.lookupSymbol<LLVM::LLVMFuncOp>(NBC_CALL_PREFIX +
                                                       kernel.name);
    if (!entry || entry.isExternal())
      return emitError(module.getLoc())
             << "the lowered module has no entry point @" NBC_CALL_PREFIX
             << kernel.name;
    kernel.mayRaise = mayRaise(entry);
  }
  return success();
}
