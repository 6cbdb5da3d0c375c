//===- Program.cpp - Compile once, JIT, look up kernels -------------------===//

#include "ProgramImpl.h"

#include "mlir/Bytecode/BytecodeWriter.h"
#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/Dialect/LLVMIR/LLVMDialect.h"
#include "mlir/IR/SymbolTable.h"
#include "mlir/IR/Verifier.h"
#include "mlir/Parser/Parser.h"
#include "mlir/Pass/Pass.h"
#include "mlir/Pass/PassManager.h"
#include "mlir/Target/LLVMIR/Dialect/All.h"
#include "nbc/InitAllDialects.h"
#include "nbc/Pipelines/Pipelines.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/raw_ostream.h"

#include <dlfcn.h>

extern "C" void nbc_rt_free(void *);

using namespace mlir;
using namespace mlir::nbc;

//===----------------------------------------------------------------------===//
// Pipeline
//===----------------------------------------------------------------------===//

llvm::Error nbc::runNBCToLLVM(ModuleOp module, const CompileOptions &options,
                              std::string *standardSnapshot,
                              std::string *remarks) {
  if (llvm::Error error = checkNBCToLLVMPipelineOptions(options.pipeline))
    return error;
  DiagnosticCapture capture(module.getContext());
  auto run = [&](Stage from, Stage to) {
    return runNBCToLLVMStages(module, options.pipeline, from, to);
  };
  Stage stopAfter = options.pipeline.getStopAfter();
  auto done = [&] {
    if (remarks)
      *remarks = capture.takeRemarks();
    return llvm::Error::success();
  };
  if (!standardSnapshot || stopAfter < Stage::Standard) {
    if (failed(run(Stage::Input, stopAfter)))
      return capture.takeError("the nbc-to-llvm pipeline failed");
    return done();
  }
  // Up to the snapshot, then on from it: the same passes as one run.
  if (failed(run(Stage::Input, Stage::Standard)))
    return capture.takeError("the nbc-to-llvm pipeline failed");
  llvm::raw_string_ostream os(*standardSnapshot);
  module->print(os);
  if (failed(run(Stage::Standard, stopAfter)))
    return capture.takeError("the nbc-to-llvm pipeline failed");
  return done();
}

//===----------------------------------------------------------------------===//
// Program
//===----------------------------------------------------------------------===//

Program::~Program() = default;

/// Only LLVM and OpenMP ops translate to LLVM IR; report the first other op
/// where the user can see it.
static LogicalResult checkFullyLowered(ModuleOp module) {
  // Casts left behind point at the op that caused them: prefer that one.
  Operation *offender = nullptr;
  module.walk([&](Operation *op) {
    StringRef ns = op->getDialect() ? op->getDialect()->getNamespace() : "";
    if (isa<ModuleOp>(op) || ns == "llvm" || ns == "omp")
      return WalkResult::advance();
    bool isCast = isa<UnrealizedConversionCastOp>(op);
    if (!offender || (isa<UnrealizedConversionCastOp>(offender) && !isCast))
      offender = op;
    return isCast ? WalkResult::advance() : WalkResult::interrupt();
  });
  if (!offender)
    return success();
  return offender->emitError()
         << "the nbc-to-llvm pipeline left '" << offender->getName()
         << "' unlowered";
}

static std::string toBytecode(ModuleOp module) {
  std::string bytes;
  llvm::raw_string_ostream os(bytes);
  (void)writeBytecodeToFile(module, os);
  return bytes;
}

llvm::Error Program::withModule(bool isLowered,
                                function_ref<llvm::Error(ModuleOp)> fn) {
  std::lock_guard<std::mutex> lock(jitMutex);
  OwningOpRef<ModuleOp> &kept = isLowered ? lowered : input;
  if (kept)
    return fn(*kept);
  // Rare (inspection, AOT): a context of its own, gone afterwards.
  DialectRegistry registry;
  registerAllDialects(registry);
  registerAllToLLVMIRTranslations(registry);
  MLIRContext context(registry, MLIRContext::Threading::DISABLED);
  DiagnosticCapture capture(&context);
  ParserConfig config(&context);
  OwningOpRef<ModuleOp> module = parseSourceString<ModuleOp>(
      isLowered ? loweredBytecode : inputBytecode, config);
  if (!module)
    return capture.takeError("cannot read the program's module back");
  return fn(*module);
}

llvm::Expected<std::unique_ptr<Program>>
Program::create(ModuleOp module, const CompileOptions &options) {
  if (!module)
    return llvm::createStringError("null module");
  if (llvm::Error error = checkNBCToLLVMPipelineOptions(options.pipeline))
    return error;
  if (options.pipeline.getStopAfter() != Stage::LLVMDialect)
    return llvm::createStringError(
        "a program needs the whole pipeline (stop-after=" +
        getStageName(Stage::LLVMDialect) + ")");
  MLIRContext *ctx = module.getContext();
  registerTranslations(ctx);
  std::unique_ptr<Program> program(new Program());
  program->options = options;
  {
    DiagnosticCapture capture(ctx);
    if (failed(verify(module)))
      return capture.takeError("the module does not verify");
  }
  program->input = module.clone();
  if (failed(collectKernels(*program->input, program->kernels)))
    return llvm::createStringError("cannot collect kernels");

  // The pipeline mangles every defined function's symbol and adds the
  // kernels' entry points: what nbc-opt --nbc-to-llvm prints is what runs.
  program->lowered = module.clone();
  if (llvm::Error error = runNBCToLLVM(*program->lowered, options,
                                       &program->standardSnapshot,
                                       &program->remarks))
    return std::move(error);

  DiagnosticCapture capture(ctx);
  if (failed(checkFullyLowered(*program->lowered)))
    return capture.takeError("the module is not fully lowered");
  if (failed(findEntryPoints(*program->lowered, program->kernels)) ||
      failed(verify(*program->lowered)))
    return capture.takeError("cannot find the kernel entry points");
  program->inputBytecode = toBytecode(*program->input);
  program->loweredBytecode = toBytecode(*program->lowered);
  return std::move(program);
}

const KernelInfo *Program::findKernel(StringRef name) const {
  for (const KernelInfo &kernel : kernels)
    if (kernel.name == name)
      return &kernel;
  return nullptr;
}

static std::string getLibraryOf(const void *symbol) {
  Dl_info info;
  if (dladdr(symbol, &info) && info.dli_fname)
    return info.dli_fname;
  return "";
}

std::string nbc::getRuntimeLibraryPath() {
  return getLibraryOf(reinterpret_cast<const void *>(&nbc_rt_free));
}

std::string nbc::getOpenMPLibraryPath() {
  if (llvm::sys::fs::exists(NBC_LIBOMP_PATH))
    return NBC_LIBOMP_PATH;
  return "";
}

std::string nbc::getVectorMathLibraryPath() {
  static const std::string path = [] {
    // The handle stays open: the path must stay valid for the JIT.
    void *handle = dlopen("libmvec.so.1", RTLD_LAZY | RTLD_LOCAL);
    if (!handle)
      return std::string();
    void *symbol = dlsym(handle, "_ZGVbN2v_sin");
    return symbol ? getLibraryOf(symbol) : std::string();
  }();
  return path;
}

llvm::Error Program::jit() {
  std::lock_guard<std::mutex> lock(jitMutex);
  if (code)
    return llvm::Error::success();
  std::vector<std::string> libs = options.sharedLibs;
  for (std::string lib : {getRuntimeLibraryPath(), getOpenMPLibraryPath(),
                          getVectorMathLibraryPath()})
    if (!lib.empty())
      libs.push_back(lib);
  for (const std::string &lib : libs)
    if (!llvm::sys::fs::exists(lib))
      return llvm::createStringError("shared library '" + lib +
                                     "' does not exist");
  // The object AOT writes (emitObject), linked in memory.
  auto object = compileObject(*lowered);
  if (!object)
    return object.takeError();
  auto linked = JITCode::create(kernels.empty() ? "nbc" : kernels[0].name,
                                std::move(*object), libs, options.symbols);
  if (!linked)
    return linked.takeError();

  for (KernelInfo &kernel : kernels) {
    auto entry = (*linked)->lookup(NBC_CALL_PREFIX + kernel.name);
    if (!entry)
      return entry.takeError();
    kernel.entry = reinterpret_cast<NbcKernelFn>(*entry);
    auto cInterface = (*linked)->lookup("_mlir_ciface_" + kernel.name);
    if (cInterface)
      kernel.cInterface = *cInterface;
    else
      llvm::consumeError(cInterface.takeError());
  }
  code = std::move(*linked);
  input = nullptr;
  lowered = nullptr;
  return llvm::Error::success();
}

llvm::Expected<const KernelInfo *> Program::lookup(StringRef name) {
  const KernelInfo *kernel = findKernel(name);
  if (!kernel) {
    std::string known;
    for (const KernelInfo &k : kernels)
      known += (known.empty() ? "" : ", ") + k.name;
    return llvm::createStringError(
        "no kernel named '" + name + "' (kernels: " +
        (known.empty() ? std::string("none") : known) + ")");
  }
  if (llvm::Error error = jit())
    return std::move(error);
  return kernel;
}

llvm::Expected<void *> Program::lookupSymbol(StringRef name) {
  if (llvm::Error error = jit())
    return std::move(error);
  return code->lookup(name);
}

//===----------------------------------------------------------------------===//
// Inspection and AOT
//===----------------------------------------------------------------------===//

llvm::Expected<std::unique_ptr<llvm::Module>>
Program::translateLowered(llvm::LLVMContext &llvmContext,
                          llvm::TargetMachine &tm, bool optimize) {
  std::unique_ptr<llvm::Module> module;
  if (llvm::Error error =
          withModule(true, [&](ModuleOp lowered) -> llvm::Error {
            auto translated = translateToLLVMIR(
                lowered, llvmContext, tm, optimize, options.pipeline.optLevel);
            if (!translated)
              return translated.takeError();
            module = std::move(*translated);
            return llvm::Error::success();
          }))
    return std::move(error);
  return std::move(module);
}

llvm::Error Program::print(Stage stage, raw_ostream &os) {
  switch (stage) {
  case Stage::Input:
  case Stage::LLVMDialect:
    return withModule(stage == Stage::LLVMDialect,
                      [&](ModuleOp module) -> llvm::Error {
                        module->print(os);
                        return llvm::Error::success();
                      });
  case Stage::Standard:
    os << standardSnapshot;
    return llvm::Error::success();
  case Stage::LLVMIR:
  case Stage::OptimizedLLVMIR:
  case Stage::Assembly:
    break;
  }
  initializeNativeTarget();
  auto tm = createHostTargetMachine(options.pipeline.optLevel,
                                    options.pipeline.targetCPU);
  if (!tm)
    return tm.takeError();
  llvm::LLVMContext llvmContext;
  auto module = translateLowered(llvmContext, **tm, stage != Stage::LLVMIR);
  if (!module)
    return module.takeError();
  if (stage != Stage::Assembly) {
    (*module)->print(os, nullptr);
    return llvm::Error::success();
  }
  SmallString<0> buffer;
  llvm::raw_svector_ostream bufferStream(buffer);
  if (llvm::Error error =
          emitMachineCode(**module, **tm, /*assembly=*/true, bufferStream))
    return error;
  os << buffer;
  return llvm::Error::success();
}

llvm::Expected<SmallVector<char, 0>> Program::compileObject(ModuleOp lowered) {
  auto tm = createHostTargetMachine(options.pipeline.optLevel,
                                    options.pipeline.targetCPU);
  if (!tm)
    return tm.takeError();
  llvm::LLVMContext llvmContext;
  auto module = translateToLLVMIR(lowered, llvmContext, **tm,
                                  /*optimize=*/true, options.pipeline.optLevel);
  if (!module)
    return module.takeError();
  SmallVector<char, 0> object;
  llvm::raw_svector_ostream os(object);
  if (llvm::Error error =
          emitMachineCode(**module, **tm, /*assembly=*/false, os))
    return std::move(error);
  return std::move(object);
}

llvm::Error Program::emitObject(StringRef path) {
  SmallVector<char, 0> object;
  if (llvm::Error error =
          withModule(true, [&](ModuleOp lowered) -> llvm::Error {
            auto compiled = compileObject(lowered);
            if (!compiled)
              return compiled.takeError();
            object = std::move(*compiled);
            return llvm::Error::success();
          }))
    return error;
  std::error_code ec;
  llvm::raw_fd_ostream os(path, ec, llvm::sys::fs::OF_None);
  if (ec)
    return llvm::createStringError("cannot open '" + path +
                                   "': " + ec.message());
  os.write(object.data(), object.size());
  return llvm::Error::success();
}

llvm::Error Program::emitHeader(StringRef path, StringRef guard) {
  std::error_code ec;
  llvm::raw_fd_ostream os(path, ec, llvm::sys::fs::OF_Text);
  if (ec)
    return llvm::createStringError("cannot open '" + path +
                                   "': " + ec.message());
  std::string guardName = guard.str();
  if (guardName.empty()) {
    for (char c : llvm::sys::path::filename(path))
      guardName += isalnum(static_cast<unsigned char>(c)) ? toupper(c) : '_';
  }
  writeHeader(kernels, guardName, os);
  return llvm::Error::success();
}
