//===- CodeGen.cpp - LLVM IR, machine code, shared libraries --------------===//

#include "ProgramImpl.h"

#include "mlir/ExecutionEngine/ExecutionEngine.h"
#include "mlir/ExecutionEngine/OptUtils.h"
#include "mlir/Target/LLVMIR/Dialect/All.h"
#include "mlir/Target/LLVMIR/Export.h"
#include "llvm/ADT/ScopeExit.h"
#include "llvm/IR/LegacyPassManager.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/Program.h"

using namespace mlir;
using namespace mlir::nbc;

void nbc::registerTranslations(MLIRContext *context) {
  DialectRegistry registry;
  registerAllToLLVMIRTranslations(registry);
  context->appendDialectRegistry(registry);
}

llvm::Expected<std::unique_ptr<llvm::Module>>
nbc::translateToLLVMIR(ModuleOp module, llvm::LLVMContext &llvmContext,
                       llvm::TargetMachine &tm, bool optimize,
                       unsigned optLevel) {
  DiagnosticCapture capture(module.getContext());
  std::unique_ptr<llvm::Module> llvmModule =
      translateModuleToLLVMIR(module, llvmContext);
  if (!llvmModule)
    return capture.takeError("cannot translate the module to LLVM IR");
  ExecutionEngine::setupTargetTripleAndDataLayout(llvmModule.get(), &tm);
  if (optimize) {
    auto transformer = makeOptimizingTransformer(optLevel, 0, &tm);
    if (llvm::Error error = transformer(llvmModule.get()))
      return std::move(error);
  }
  return std::move(llvmModule);
}

llvm::Error nbc::emitMachineCode(llvm::Module &module, llvm::TargetMachine &tm,
                                 bool assembly, llvm::raw_pwrite_stream &os) {
  llvm::legacy::PassManager pm;
  if (tm.addPassesToEmitFile(pm, os, nullptr,
                             assembly ? llvm::CodeGenFileType::AssemblyFile
                                      : llvm::CodeGenFileType::ObjectFile))
    return llvm::createStringError("the target cannot emit this file type");
  pm.run(module);
  os.flush();
  return llvm::Error::success();
}

/// The C compiler driver that links shared libraries.
static llvm::Expected<std::string> findLinkerDriver() {
  for (StringRef name : {"clang-22", "clang", "cc"})
    if (auto path = llvm::sys::findProgramByName(name))
      return *path;
  if (auto path = llvm::sys::findProgramByName("clang", {"/usr/lib/llvm-22/bin"}))
    return *path;
  return llvm::createStringError(
      "no C compiler driver (clang-22, clang, cc) to link a shared library");
}

llvm::Error Program::emitSharedLibrary(StringRef path) {
  SmallString<128> object;
  if (std::error_code ec =
          llvm::sys::fs::createTemporaryFile("nbc-aot", "o", object))
    return llvm::createStringError("cannot create a temporary file: " +
                                   ec.message());
  llvm::scope_exit removeObject([&] { llvm::sys::fs::remove(object); });
  if (llvm::Error error = emitObject(object))
    return error;
  auto driver = findLinkerDriver();
  if (!driver)
    return driver.takeError();

  std::vector<std::string> args = {*driver, "-shared", "-o", path.str(),
                                   object.str().str(), "-Wl,--as-needed"};
  for (std::string lib : {getRuntimeLibraryPath(), getOpenMPLibraryPath(),
                          getVectorMathLibraryPath()}) {
    if (lib.empty())
      continue;
    args.push_back(lib);
    args.push_back("-Wl,-rpath," + llvm::sys::path::parent_path(lib).str());
  }
  // libm for what kernels call there (fmod, log, ...): a C program that
  // links the library must not have to add it (--as-needed keeps it only
  // when used).
  args.push_back("-lm");
  SmallVector<StringRef> argRefs(args.begin(), args.end());
  std::string message;
  SmallString<128> log;
  llvm::sys::fs::createTemporaryFile("nbc-link", "log", log);
  llvm::scope_exit removeLog([&] { llvm::sys::fs::remove(log); });
  std::optional<StringRef> redirects[] = {std::nullopt, StringRef(log),
                                          StringRef(log)};
  int rc = llvm::sys::ExecuteAndWait(*driver, argRefs, std::nullopt, redirects,
                                     /*SecondsToWait=*/120, 0, &message);
  if (rc != 0) {
    std::string output;
    if (auto buffer = llvm::MemoryBuffer::getFile(log))
      output = (*buffer)->getBuffer().str();
    return llvm::createStringError("linking '" + path + "' failed (" +
                                   *driver + " exit " + Twine(rc) + "): " +
                                   message + output);
  }
  return llvm::Error::success();
}
