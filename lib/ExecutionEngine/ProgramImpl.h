//===- ProgramImpl.h - Internals shared by the ExecutionEngine files ------===//

#ifndef NBC_LIB_EXECUTIONENGINE_PROGRAMIMPL_H
#define NBC_LIB_EXECUTIONENGINE_PROGRAMIMPL_H

#include "nbc/ExecutionEngine/Diagnostics.h"
#include "nbc/ExecutionEngine/Program.h"
#include "nbc/Transforms/EntryPoints.h"
#include "nbc/Transforms/HostTarget.h"

#include "llvm/IR/LLVMContext.h"
#include "llvm/IR/Module.h"
#include "llvm/Target/TargetMachine.h"

#include <optional>

namespace llvm::orc {
class JITDylib;
class LLJIT;
} // namespace llvm::orc

namespace mlir::nbc {

/// A program's code, linked into a JITDylib of its own in the process-wide
/// JIT session (JIT.cpp); removed from it when destroyed.
class JITCode {
public:
  /// Links `object` (named `name` in diagnostics) against `libraries`, in
  /// order; `symbols` are bound to their addresses first.
  static llvm::Expected<std::unique_ptr<JITCode>>
  create(StringRef name, SmallVector<char, 0> object,
         ArrayRef<std::string> libraries,
         ArrayRef<std::pair<std::string, void *>> symbols);
  ~JITCode();
  /// The address of the (unmangled) symbol `name`.
  llvm::Expected<void *> lookup(StringRef name);

private:
  JITCode() = default;
  llvm::orc::LLJIT *jit = nullptr;
  llvm::orc::JITDylib *dylib = nullptr;
};

/// Scalar or ranked memref of a dtype.
std::optional<ValueInfo> getValueInfo(Type type);

/// The public functions whose arguments and results nbc can pass.
LogicalResult collectKernels(ModuleOp module, std::vector<KernelInfo> &kernels);
/// Checks that the lowered module has each kernel's `_nbc_call_<name>`
/// (from nbc-add-entry-points) and sets `mayRaise` from it.
LogicalResult findEntryPoints(ModuleOp module, std::vector<KernelInfo> &kernels);

/// Runs the nbc-to-llvm pipeline from `from` to `to` on `module`, with a pass
/// manager the module's context keeps for these options.
LogicalResult runNBCToLLVMStages(ModuleOp module,
                                 const NBCToLLVMPipelineOptions &options,
                                 Stage from, Stage to);

/// Registers the LLVM IR translations on the module's context.
void registerTranslations(MLIRContext *context);
/// Translates `module` to LLVM IR for `tm`, optimized when `optimize`.
llvm::Expected<std::unique_ptr<llvm::Module>>
translateToLLVMIR(ModuleOp module, llvm::LLVMContext &llvmContext,
                  llvm::TargetMachine &tm, bool optimize, unsigned optLevel);
/// Runs the code generator: assembly text or an object file.
llvm::Error emitMachineCode(llvm::Module &module, llvm::TargetMachine &tm,
                            bool assembly, llvm::raw_pwrite_stream &os);

/// Writes the C header of `kernels` (see nbcProgramEmitHeader).
void writeHeader(ArrayRef<KernelInfo> kernels, StringRef guard,
                 raw_ostream &os);

} // namespace mlir::nbc

#endif // NBC_LIB_EXECUTIONENGINE_PROGRAMIMPL_H
