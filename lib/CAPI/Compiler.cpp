//===- Compiler.cpp - C API: pipeline, programs, calls, AOT ---------------===//

#include "nbc-c/Compiler.h"

#include "Errors.h"
#include "mlir/CAPI/IR.h"
#include "mlir/CAPI/Support.h"
#include "mlir/CAPI/Utils.h"
#include "nbc/Transforms/Passes.h"
#include "nbc/ExecutionEngine/Program.h"
#include "nbc/Pipelines/Pipelines.h"
#include "nbc/Transforms/VectorMath.h"

extern "C" void nbc_rt_free(void *);

using namespace mlir;
using namespace mlir::nbc;

static Program *unwrap(NbcProgram p) { return static_cast<Program *>(p.ptr); }
static const KernelInfo *unwrap(NbcKernel k) {
  return static_cast<const KernelInfo *>(k.ptr);
}

static_assert(int(NbcVectorMathLibmvec) == int(VectorMathLibrary::Libmvec) &&
                  int(NbcVectorMathPolynomial) ==
                      int(VectorMathLibrary::Polynomial) &&
                  int(NbcVectorMathNone) == int(VectorMathLibrary::None),
              "NbcVectorMath mirrors VectorMathLibrary");
static_assert(int(NbcStageInput) == int(Stage::Input) &&
                  int(NbcStageStandard) == int(Stage::Standard) &&
                  int(NbcStageLLVMDialect) == int(Stage::LLVMDialect) &&
                  int(NbcStageLLVMIR) == int(Stage::LLVMIR) &&
                  int(NbcStageOptimizedLLVMIR) ==
                      int(Stage::OptimizedLLVMIR) &&
                  int(NbcStageAssembly) == int(Stage::Assembly) &&
                  NbcStageAssembly + 1 == kNumStages,
              "NbcStage mirrors Stage");

NbcCompileOptions nbcCompileOptionsGetDefault(void) {
  // The pipeline's own defaults: one definition (Pipelines.h).
  NBCToLLVMPipelineOptions defaults;
  NbcCompileOptions options;
  options.parallel = defaults.parallel;
  options.vectorWidth = defaults.vectorWidth;
  options.fastmath = defaults.fastmath;
  options.optLevel = defaults.optLevel;
  options.numSharedLibs = 0;
  options.sharedLibs = nullptr;
  options.vectorMath =
      NbcVectorMath(*parseVectorMathLibrary(defaults.vectorMath.getValue()));
  options.vectorizationRemarks = defaults.vectorizationRemarks;
  options.targetCpu = nullptr; // the host
  options.numSymbols = 0;
  options.symbolNames = nullptr;
  options.symbolAddresses = nullptr;
  options.fuseUfuncs = defaults.fuseUfuncs;
  return options;
}

/// NbcCompileOptions -> CompileOptions, checked (NULL: defaults): the one
/// place C options become the pipeline's.
static bool convertOptions(const NbcCompileOptions *in, CompileOptions &out,
                           const char *caller) {
  if (!in)
    return true;
  if (in->numSharedLibs < 0 || (in->numSharedLibs && !in->sharedLibs)) {
    capi::setError(Twine(caller) + ": invalid shared library list");
    return false;
  }
  if (unsigned(in->vectorMath) >= kNumVectorMathLibraries) {
    capi::setError(Twine(caller) + ": vector math " +
                   Twine(int(in->vectorMath)) +
                   " is not an NbcVectorMath value");
    return false;
  }
  NBCToLLVMPipelineOptions &pipeline = out.pipeline;
  pipeline.parallel = in->parallel;
  pipeline.vectorWidth = in->vectorWidth;
  pipeline.fastmath = in->fastmath;
  pipeline.optLevel = in->optLevel;
  pipeline.vectorizationRemarks = in->vectorizationRemarks;
  pipeline.fuseUfuncs = in->fuseUfuncs;
  pipeline.vectorMath =
      getVectorMathLibraryName(VectorMathLibrary(in->vectorMath)).str();
  pipeline.targetCPU = in->targetCpu ? in->targetCpu : "host";
  if (llvm::Error error = checkNBCToLLVMPipelineOptions(pipeline)) {
    capi::setError(Twine(caller) + ": " + toString(std::move(error)));
    return false;
  }
  for (intptr_t i = 0; i < in->numSharedLibs; ++i) {
    if (!in->sharedLibs[i]) {
      capi::setError(Twine(caller) + ": shared library " + Twine(i) +
                     " is null");
      return false;
    }
    out.sharedLibs.push_back(in->sharedLibs[i]);
  }
  if (in->numSymbols < 0 ||
      (in->numSymbols && (!in->symbolNames || !in->symbolAddresses))) {
    capi::setError(Twine(caller) + ": invalid symbol list");
    return false;
  }
  for (intptr_t i = 0; i < in->numSymbols; ++i) {
    if (!in->symbolNames[i] || !in->symbolAddresses[i]) {
      capi::setError(Twine(caller) + ": symbol " + Twine(i) +
                     " has no name or no address");
      return false;
    }
    out.symbols.emplace_back(in->symbolNames[i],
                             const_cast<void *>(in->symbolAddresses[i]));
  }
  return true;
}

const char *nbcVectorMathGetName(NbcVectorMath vectorMath) {
  if (unsigned(vectorMath) >= kNumVectorMathLibraries)
    return nullptr;
  return getVectorMathLibraryName(VectorMathLibrary(vectorMath)).data();
}

const char *nbcStageGetName(NbcStage stage) {
  if (unsigned(stage) >= kNumStages)
    return nullptr;
  return getStageName(Stage(stage)).data();
}

MlirLogicalResult nbcRunNBCToLLVMPipeline(MlirModule module,
                                          const NbcCompileOptions *options) {
  CompileOptions opts;
  if (mlirModuleIsNull(module)) {
    capi::setError("nbcRunNBCToLLVMPipeline: null module");
    return mlirLogicalResultFailure();
  }
  if (!convertOptions(options, opts, "nbcRunNBCToLLVMPipeline"))
    return mlirLogicalResultFailure();
  if (llvm::Error error = runNBCToLLVM(::unwrap(module), opts)) {
    capi::setError(std::move(error));
    return mlirLogicalResultFailure();
  }
  return mlirLogicalResultSuccess();
}

//===----------------------------------------------------------------------===//
// Programs
//===----------------------------------------------------------------------===//

NbcProgram nbcProgramCreate(MlirModule module,
                            const NbcCompileOptions *options) {
  CompileOptions opts;
  if (mlirModuleIsNull(module)) {
    capi::setError("nbcProgramCreate: null module");
    return NbcProgram{nullptr};
  }
  if (!convertOptions(options, opts, "nbcProgramCreate"))
    return NbcProgram{nullptr};
  auto program = Program::create(::unwrap(module), opts);
  if (!program) {
    capi::setError(program.takeError());
    return NbcProgram{nullptr};
  }
  return NbcProgram{program->release()};
}

NbcProgram nbcProgramCreateFromSource(MlirContext context, MlirStringRef source,
                                      MlirStringRef filename,
                                      const NbcCompileOptions *options) {
  MlirModule module = nbcParseModule(context, source, filename);
  if (mlirModuleIsNull(module))
    return NbcProgram{nullptr};
  NbcProgram program = nbcProgramCreate(module, options);
  mlirModuleDestroy(module);
  return program;
}

void nbcProgramDestroy(NbcProgram program) { delete unwrap(program); }

MlirLogicalResult nbcProgramJit(NbcProgram program) {
  if (!program.ptr) {
    capi::setError("nbcProgramJit: null program");
    return mlirLogicalResultFailure();
  }
  if (llvm::Error error = unwrap(program)->jit()) {
    capi::setError(std::move(error));
    return mlirLogicalResultFailure();
  }
  return mlirLogicalResultSuccess();
}

intptr_t nbcProgramGetNumKernels(NbcProgram program) {
  return program.ptr ? unwrap(program)->getKernels().size() : 0;
}

MlirStringRef nbcProgramGetRemarks(NbcProgram program) {
  if (!program.ptr) {
    capi::setError("nbcProgramGetRemarks: null program");
    return mlirStringRefCreate(nullptr, 0);
  }
  StringRef remarks = unwrap(program)->getRemarks();
  return mlirStringRefCreate(remarks.data(), remarks.size());
}

MlirStringRef nbcProgramGetKernelName(NbcProgram program, intptr_t index) {
  if (!program.ptr || index < 0 ||
      index >= intptr_t(unwrap(program)->getKernels().size())) {
    capi::setError("nbcProgramGetKernelName: null program or index out of "
                   "range");
    return mlirStringRefCreate(nullptr, 0);
  }
  const std::string &name = unwrap(program)->getKernels()[index].name;
  return mlirStringRefCreate(name.data(), name.size());
}

NbcKernel nbcProgramLookup(NbcProgram program, MlirStringRef name) {
  if (!program.ptr || (!name.data && name.length)) {
    capi::setError("nbcProgramLookup: null program or name");
    return NbcKernel{nullptr};
  }
  auto kernel = unwrap(program)->lookup(::unwrap(name));
  if (!kernel) {
    capi::setError(kernel.takeError());
    return NbcKernel{nullptr};
  }
  return NbcKernel{*kernel};
}

void *nbcProgramLookupSymbol(NbcProgram program, MlirStringRef name) {
  if (!program.ptr || (!name.data && name.length)) {
    capi::setError("nbcProgramLookupSymbol: null program or name");
    return nullptr;
  }
  auto address = unwrap(program)->lookupSymbol(::unwrap(name));
  if (!address) {
    capi::setError(address.takeError());
    return nullptr;
  }
  return *address;
}

//===----------------------------------------------------------------------===//
// Kernels
//===----------------------------------------------------------------------===//

MlirStringRef nbcKernelGetName(NbcKernel kernel) {
  if (!kernel.ptr)
    return mlirStringRefCreate(nullptr, 0);
  return mlirStringRefCreate(unwrap(kernel)->name.data(),
                             unwrap(kernel)->name.size());
}

intptr_t nbcKernelGetNumArgs(NbcKernel kernel) {
  return kernel.ptr ? unwrap(kernel)->args.size() : 0;
}

intptr_t nbcKernelGetNumResults(NbcKernel kernel) {
  return kernel.ptr ? unwrap(kernel)->results.size() : 0;
}

NbcValueType nbcKernelGetArgType(NbcKernel kernel, intptr_t index) {
  if (!kernel.ptr || index < 0 || index >= nbcKernelGetNumArgs(kernel)) {
    capi::setError("nbcKernelGetArgType: null kernel or index out of range");
    return {NbcDTypeInvalid, -1};
  }
  return unwrap(kernel)->args[index].type;
}

NbcValueType nbcKernelGetResultType(NbcKernel kernel, intptr_t index) {
  if (!kernel.ptr || index < 0 || index >= nbcKernelGetNumResults(kernel)) {
    capi::setError(
        "nbcKernelGetResultType: null kernel or index out of range");
    return {NbcDTypeInvalid, -1};
  }
  return unwrap(kernel)->results[index].type;
}

bool nbcKernelArgIsContiguous(NbcKernel kernel, intptr_t index) {
  if (!kernel.ptr || index < 0 || index >= nbcKernelGetNumArgs(kernel))
    return false;
  const ValueInfo &arg = unwrap(kernel)->args[index];
  return arg.type.rank >= 0 && arg.identityLayout;
}

MlirLogicalResult nbcKernelGetArgShape(NbcKernel kernel, intptr_t index,
                                       int64_t *shape) {
  if (!kernel.ptr || index < 0 || index >= nbcKernelGetNumArgs(kernel) ||
      unwrap(kernel)->args[index].type.rank < 0 || !shape) {
    capi::setError("nbcKernelGetArgShape: null kernel or shape, index out "
                   "of range, or not an array argument");
    return mlirLogicalResultFailure();
  }
  for (auto [d, extent] : llvm::enumerate(unwrap(kernel)->args[index].shape))
    shape[d] = extent;
  return mlirLogicalResultSuccess();
}

bool nbcKernelMayRaise(NbcKernel kernel) {
  return kernel.ptr && unwrap(kernel)->mayRaise;
}

NbcKernelFn nbcKernelGetFunction(NbcKernel kernel) {
  return kernel.ptr ? unwrap(kernel)->entry : nullptr;
}

void *nbcKernelGetCInterfaceFunction(NbcKernel kernel) {
  return kernel.ptr ? unwrap(kernel)->cInterface : nullptr;
}

MlirLogicalResult nbcKernelCall(NbcKernel kernel, intptr_t numArgs,
                                const NbcValueType *argTypes,
                                void *const *args, intptr_t numResults,
                                void *const *results, const char **status) {
  if (!kernel.ptr || !status || numArgs < 0 || numResults < 0) {
    capi::setError("nbcKernelCall: null kernel or status pointer, or "
                   "negative counts");
    return mlirLogicalResultFailure();
  }
  const KernelInfo *k = unwrap(kernel);
  if (llvm::Error error =
          k->checkCall(numArgs, argTypes, args, numResults, results)) {
    capi::setError(std::move(error));
    return mlirLogicalResultFailure();
  }
  *status = k->entry(const_cast<void **>(args), const_cast<void **>(results));
  return mlirLogicalResultSuccess();
}

void nbcArrayFree(void *allocated) { nbc_rt_free(allocated); }

const char *nbcExceptionKindGetName(int kind) {
  return getExceptionKindName(kind);
}

//===----------------------------------------------------------------------===//
// Inspection and AOT
//===----------------------------------------------------------------------===//

MlirLogicalResult nbcProgramPrint(NbcProgram program, NbcStage stage,
                                  MlirStringCallback callback,
                                  void *userData) {
  if (!program.ptr || !callback || unsigned(stage) >= kNumStages) {
    capi::setError("nbcProgramPrint: null program or callback, or unknown "
                   "stage");
    return mlirLogicalResultFailure();
  }
  mlir::detail::CallbackOstream stream(callback, userData);
  if (llvm::Error error = unwrap(program)->print(Stage(stage), stream)) {
    capi::setError(std::move(error));
    return mlirLogicalResultFailure();
  }
  stream.flush();
  return mlirLogicalResultSuccess();
}

static MlirLogicalResult checkPath(NbcProgram program, MlirStringRef path,
                                   const char *caller) {
  if (!program.ptr || !path.data || !path.length) {
    capi::setError(Twine(caller) + ": null program or empty path");
    return mlirLogicalResultFailure();
  }
  return mlirLogicalResultSuccess();
}

static MlirLogicalResult report(llvm::Error error) {
  if (error) {
    capi::setError(std::move(error));
    return mlirLogicalResultFailure();
  }
  return mlirLogicalResultSuccess();
}

MlirLogicalResult nbcProgramEmitObject(NbcProgram program,
                                       MlirStringRef path) {
  if (mlirLogicalResultIsFailure(
          checkPath(program, path, "nbcProgramEmitObject")))
    return mlirLogicalResultFailure();
  return report(unwrap(program)->emitObject(::unwrap(path)));
}

MlirLogicalResult nbcProgramEmitSharedLibrary(NbcProgram program,
                                              MlirStringRef path) {
  if (mlirLogicalResultIsFailure(
          checkPath(program, path, "nbcProgramEmitSharedLibrary")))
    return mlirLogicalResultFailure();
  return report(unwrap(program)->emitSharedLibrary(::unwrap(path)));
}

MlirLogicalResult nbcProgramEmitHeader(NbcProgram program, MlirStringRef path,
                                       MlirStringRef guard) {
  if (mlirLogicalResultIsFailure(
          checkPath(program, path, "nbcProgramEmitHeader")))
    return mlirLogicalResultFailure();
  return report(unwrap(program)->emitHeader(
      ::unwrap(path), guard.data ? ::unwrap(guard) : StringRef()));
}
