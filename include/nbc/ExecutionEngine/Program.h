//===- Program.h - Compile, JIT, inspect and emit nbc modules ---*- C++ -*-===//
//
// The logic behind the C API, nbc-run and the Python module: a module is
// verified and lowered once with buildNBCToLLVMPipeline, every public
// function gets a uniform entry point `_nbc_call_<name>` (nbc-c/ABI.h), and
// the result is JIT-compiled, printed at any stage, or written as an object,
// a shared library and a C header.
//
//===----------------------------------------------------------------------===//

#ifndef NBC_EXECUTIONENGINE_PROGRAM_H
#define NBC_EXECUTIONENGINE_PROGRAM_H

#include "mlir/IR/BuiltinOps.h"
#include "mlir/IR/OwningOpRef.h"
#include "mlir/Support/LLVM.h"
#include "nbc-c/ABI.h"
#include "nbc/Pipelines/Pipelines.h"
#include "llvm/Support/Error.h"

#include <memory>
#include <mutex>
#include <string>
#include <vector>

namespace llvm {
class LLVMContext;
class Module;
class TargetMachine;
} // namespace llvm

namespace mlir {
namespace nbc {
class JITCode;

/// What a program is compiled with: the nbc-to-llvm pipeline's options
/// (which include LLVM's opt-level), the one definition of each option, and
/// what only the JIT needs. NbcCompileOptions converts to this in one place
/// (lib/CAPI/Compiler.cpp).
struct CompileOptions {
  CompileOptions() = default;
  CompileOptions(const CompileOptions &other) { *this = other; }
  CompileOptions &operator=(const CompileOptions &other) {
    pipeline.copyOptionValuesFrom(other.pipeline);
    sharedLibs = other.sharedLibs;
    symbols = other.symbols;
    return *this;
  }

  NBCToLLVMPipelineOptions pipeline;
  /// Extra libraries for the JIT's symbol resolution.
  std::vector<std::string> sharedLibs;
  /// Symbols the JIT binds to these addresses (functions of a loaded AOT
  /// library that the module declares), looked up before any library.
  std::vector<std::pair<std::string, void *>> symbols;
};

/// One argument or result of a kernel as written before lowering.
struct ValueInfo {
  NbcValueType type;
  /// Static extents of an array (-1 where unknown); empty for scalars.
  SmallVector<int64_t> shape;
  /// The layout: identity (C-contiguous, offset 0: the descriptor's
  /// offset and strides are not read), or strided with these static
  /// strides/offset (kDynamicLayout where any value is accepted).
  bool identityLayout = true;
  SmallVector<int64_t> strides;
  int64_t offset = 0;
  static constexpr int64_t kDynamicLayout = INT64_MIN;
};

/// An exported function.
struct KernelInfo {
  std::string name;
  SmallVector<ValueInfo> args;
  SmallVector<ValueInfo> results;
  bool mayRaise = false;
  /// Filled by Program::jit().
  NbcKernelFn entry = nullptr;
  void *cInterface = nullptr;

  /// Checks a call's shape before running the entry point: counts, null
  /// pointers, declared types (when `argTypes` is given) and the array
  /// descriptors' sizes against the signature.
  llvm::Error checkCall(size_t numArgs, const NbcValueType *argTypes,
                        void *const *args, size_t numResults,
                        void *const *results) const;
};

class Program {
public:
  /// Verifies and lowers a clone of `module`. Diagnostics (with locations)
  /// become the error message.
  static llvm::Expected<std::unique_ptr<Program>>
  create(ModuleOp module, const CompileOptions &options);
  ~Program();

  const CompileOptions &getOptions() const { return options; }
  ArrayRef<KernelInfo> getKernels() const { return kernels; }
  /// The kernel `name`, or null.
  const KernelInfo *findKernel(StringRef name) const;

  /// JIT-compiles the lowered module (once; later calls are no-ops) and
  /// fills the kernels' entry points. Thread-safe. Then drops the modules
  /// (the caller's context is no longer used): printing and AOT parse them
  /// back from their bytecode into a context of their own.
  llvm::Error jit();
  /// findKernel + jit(), with an error naming the known kernels.
  llvm::Expected<const KernelInfo *> lookup(StringRef name);
  /// jit() + the address of the JIT-compiled symbol `name` as lowered (e.g.
  /// a public `nbc.status_abi` callee other programs bind to).
  llvm::Expected<void *> lookupSymbol(StringRef name);

  /// Prints the module at `stage` (Stage and its names: Pipelines.h). The
  /// MLIR stages were taken while the pipeline ran once, in create().
  llvm::Error print(Stage stage, raw_ostream &os);

  /// Ahead-of-time outputs for the host CPU.
  llvm::Error emitObject(StringRef path);
  llvm::Error emitSharedLibrary(StringRef path);
  llvm::Error emitHeader(StringRef path, StringRef guard);

  /// The remarks the pipeline emitted ("file:line:col: remark: ..." lines),
  /// e.g. the vectorization report with the vectorization-remarks option.
  StringRef getRemarks() const { return remarks; }

private:
  Program() = default;
  /// Calls `fn` with the input (or lowered) module: the one kept until the
  /// JIT ran, or after it one parsed back from its bytecode.
  llvm::Error withModule(bool isLowered,
                         function_ref<llvm::Error(ModuleOp)> fn);
  /// The optimized object code of `lowered` (what the JIT links and AOT
  /// writes).
  llvm::Expected<SmallVector<char, 0>> compileObject(ModuleOp lowered);
  /// The lowered module as LLVM IR for `tm`, optimized when `optimize`.
  llvm::Expected<std::unique_ptr<llvm::Module>>
  translateLowered(llvm::LLVMContext &llvmContext, llvm::TargetMachine &tm,
                   bool optimize);

  CompileOptions options;
  /// In the caller's context, until jit(). Their bytecode (a few KB) stays:
  /// a module keeps tens of KB and the context about a megabyte alive.
  OwningOpRef<ModuleOp> input;
  OwningOpRef<ModuleOp> lowered;
  std::string inputBytecode;
  std::string loweredBytecode;
  /// The module at Stage::Standard, as text, taken during the one pipeline
  /// run (inspection never reruns it).
  std::string standardSnapshot;
  std::string remarks;
  std::vector<KernelInfo> kernels;
  std::unique_ptr<JITCode> code;
  std::mutex jitMutex;
};

/// Runs buildNBCToLLVMPipeline on `module` in place, up to the options'
/// stop-after stage; diagnostics become the error. `standardSnapshot`, when
/// given, gets the text of the module at Stage::Standard on the way (the
/// pipeline runs in two pieces, once).
/// `remarks`, when given, gets the passes' remarks (the vectorization
/// report when the options ask for it), one per line.
llvm::Error runNBCToLLVM(ModuleOp module, const CompileOptions &options,
                         std::string *standardSnapshot = nullptr,
                         std::string *remarks = nullptr);

/// The path of the nbc runtime shared library this process uses, and of
/// libomp (empty when not found).
std::string getRuntimeLibraryPath();
std::string getOpenMPLibraryPath();
/// glibc's libmvec, which vector loops with math call (empty when the
/// system has none).
std::string getVectorMathLibraryPath();

/// Name of an exception kind ("ZeroDivisionError"...) as the dialect's
/// ExceptionKind enum spells it, "Exception" if unknown (ExceptionKinds.cpp).
const char *getExceptionKindName(int kind);

/// "i64", "f64", "bool", ... as nbc-run and diagnostics spell dtypes.
const char *getDTypeName(NbcDType dtype);
/// "f64" or "array(f64, 2d)" style text of a value type.
std::string formatValueType(const NbcValueType &type);

} // namespace nbc
} // namespace mlir

#endif // NBC_EXECUTIONENGINE_PROGRAM_H
