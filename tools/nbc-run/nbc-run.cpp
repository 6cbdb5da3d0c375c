//===- nbc-run.cpp - JIT-run a function of an .mlir file ------------------===//
//
//   nbc-run kernel.mlir --fn=dot --arg='[1,2,3]:f64' --arg=x.npy --arg=2
//
// Compiles the module with the nbc-to-llvm pipeline, JIT-runs one function
// (or, with --aot, links it into a shared library, dlopens that and runs
// the same entry point) with the given arguments and prints its results
// (one per line, Python style). A raised exception prints `Kind: message` and exits with 1; bad
// input prints a diagnostic and exits with 2.
//
//===----------------------------------------------------------------------===//

#include "Values.h"

#include "mlir/IR/MLIRContext.h"
#include "mlir/IR/SymbolTable.h"
#include "mlir/Parser/Parser.h"
#include "nbc/ExecutionEngine/Diagnostics.h"
#include "nbc/ExecutionEngine/Program.h"
#include "nbc/InitAllDialects.h"
#include "nbc/InitAllPasses.h"
#include "llvm/Support/CommandLine.h"
#include "llvm/Support/InitLLVM.h"
#include "llvm/ADT/ScopeExit.h"
#include "llvm/Support/SourceMgr.h"
#include "mlir/Support/FileUtilities.h"
#include "llvm/Support/ToolOutputFile.h"
#include "llvm/Support/FileSystem.h"

#include <cstdio>
#include <dlfcn.h>

extern "C" void nbc_rt_free(void *);

using namespace llvm;
using namespace mlir;
using namespace nbcrun;

static cl::OptionCategory category("nbc-run options");
static cl::opt<std::string> inputFile(cl::Positional, cl::desc("<input.mlir>"),
                                      cl::init("-"), cl::cat(category));
static cl::opt<std::string>
    function("fn", cl::desc("Function to run (default: the only kernel, or "
                            "'main'); only it and what it references are "
                            "compiled"),
             cl::cat(category));
static cl::list<std::string>
    args("arg",
         cl::desc("An argument, in order: a scalar (3, -2.5, true), an array "
                  "literal ('[[1,2],[3,4]]' with optional ':f64' suffix; a "
                  "rank-0 array as a scalar, '2.5' or '2.5:f64') or a "
                  ".npy file"),
         cl::cat(category));
// The pipeline's options (docs/Lowering.md); a flag left out keeps the
// pipeline's default (NBCToLLVMPipelineOptions, the one definition).
static cl::opt<bool> parallel("parallel",
                              cl::desc("Lower nbc.prange to OpenMP "
                                       "(nbc-to-llvm's parallel)"),
                              cl::cat(category));
static cl::opt<unsigned> vectorWidth("vector-width",
                                     cl::desc("SIMD width, 0: the target's "
                                              "(nbc-to-llvm's vector-width)"),
                                     cl::cat(category));
static cl::opt<bool> fastmath("fastmath",
                              cl::desc("Allow fast-math (nbc-to-llvm's "
                                       "fastmath)"),
                              cl::cat(category));
static cl::opt<std::string>
    vectorMath("vector-math",
               cl::desc("Math in vector loops: libmvec, polynomial or none "
                        "(nbc-to-llvm's vector-math)"),
               cl::cat(category));
static cl::opt<std::string>
    targetCPU("target-cpu",
              cl::desc("CPU to generate code for: host or an LLVM CPU name "
                       "such as x86-64-v3 (nbc-to-llvm's target-cpu)"),
              cl::cat(category));
static cl::opt<unsigned> optLevel("O",
                                  cl::desc("Optimization level 0-3 "
                                           "(nbc-to-llvm's opt-level)"),
                                  cl::Prefix, cl::cat(category));
static cl::opt<bool> printArgs("print-args",
                               cl::desc("Also print the array arguments "
                                        "after the call (for kernels that "
                                        "write into them)"),
                               cl::init(false), cl::cat(category));
static cl::opt<int> repeat("repeat", cl::desc("Run the kernel N times"),
                           cl::init(1), cl::cat(category));
static cl::opt<bool> aot("aot",
                         cl::desc("Compile to a shared library ahead of time, "
                                  "dlopen it and run that instead of the JIT"),
                         cl::init(false), cl::cat(category));
static cl::list<std::string> sharedLibs("shared-libs",
                                        cl::desc("Libraries for the JIT (and "
                                                 "for the library --aot "
                                                 "loads)"),
                                        cl::CommaSeparated, cl::cat(category));
static const std::string printStageHelp =
    "Print the module at a stage instead of running: " +
    nbc::listStageNames();
static cl::opt<std::string> printStage("print-stage",
                                       cl::desc(printStageHelp),
                                       cl::cat(category));
static cl::opt<std::string> emitObject("emit-object",
                                       cl::desc("Write an object file"),
                                       cl::cat(category));
static cl::opt<std::string> emitShared("emit-shared",
                                       cl::desc("Write a shared library"),
                                       cl::cat(category));
static cl::opt<std::string> emitHeader("emit-header",
                                       cl::desc("Write a C header"),
                                       cl::cat(category));

/// Erases the top-level symbols (functions, globals) that `root` does not
/// reach through symbol references, so that only the chosen function's
/// dependencies are compiled: a declaration another function leaves
/// unresolved, or code that does not lower, no longer stops it. Top-level
/// ops that are not symbols stay, with what they reference.
static void keepOnlyReachable(ModuleOp module, Operation *root) {
  SymbolTable table(module);
  llvm::SmallPtrSet<Operation *, 16> live;
  SmallVector<Operation *> worklist;
  auto visit = [&](Operation *op) {
    if (live.insert(op).second)
      worklist.push_back(op);
  };
  visit(root);
  for (Operation &op : module.getBody()->getOperations())
    if (!isa<SymbolOpInterface>(op))
      visit(&op);
  while (!worklist.empty()) {
    worklist.pop_back_val()->walk([&](Operation *nested) {
      nested->getAttrDictionary().walk([&](SymbolRefAttr ref) {
        if (Operation *target = table.lookup(ref.getRootReference()))
          visit(target);
      });
    });
  }
  for (Operation &op :
       llvm::make_early_inc_range(module.getBody()->getOperations()))
    if (isa<SymbolOpInterface>(op) && !live.contains(&op))
      op.erase();
}

static int fail(const Twine &message) {
  errs() << "nbc-run: error: " << message << "\n";
  return 2;
}

/// Storage for the arguments of one call.
struct CallFrame {
  std::vector<Scalar> scalars;
  std::vector<Array> arrays;
  std::vector<void *> argPtrs;
  std::vector<Scalar> scalarResults;
  std::vector<std::vector<int64_t>> arrayResults;
  std::vector<void *> resultPtrs;
};

static Error buildArguments(const nbc::KernelInfo &kernel, CallFrame &frame) {
  frame.scalars.resize(args.size());
  frame.arrays.resize(args.size());
  for (auto [i, text] : llvm::enumerate(args)) {
    const NbcValueType &type = kernel.args[i].type;
    auto prefix = [&, i = i, &text = text]() {
      return "argument " + std::to_string(i) + " ('" + text + "')";
    };
    if (type.rank < 0) {
      auto value = parseScalar(text, type.dtype);
      if (!value)
        return createStringError(prefix() + ": " +
                                 toString(value.takeError()));
      frame.scalars[i] = *value;
      frame.argPtrs.push_back(&frame.scalars[i]);
      continue;
    }
    Array &array = frame.arrays[i];
    StringRef ref(text);
    // A rank-0 array is written as a scalar ('5.0', '5.0:f64'); anything
    // else that is not a list literal names a .npy file.
    Error error = ref.trim().starts_with("[")
                      ? parseArrayLiteral(ref, type.dtype, array)
                  : type.rank == 0 && !ref.ends_with(".npy") &&
                          !sys::fs::exists(ref)
                      ? parseRank0Literal(ref, type.dtype, array)
                      : readNpy(ref, array);
    if (error)
      return createStringError(prefix() + ": " + toString(std::move(error)));
    NbcValueType given = {array.dtype, int32_t(array.shape.size())};
    if (given.dtype != type.dtype || given.rank != type.rank)
      return createStringError(prefix() + ": expected " +
                               nbc::formatValueType(type) + ", got " +
                               nbc::formatValueType(given));
    if (kernel.args[i].identityLayout)
      array.makeCContiguous();
    frame.argPtrs.push_back(array.descriptor.data());
  }
  frame.scalarResults.resize(kernel.results.size());
  frame.arrayResults.resize(kernel.results.size());
  for (auto [j, result] : llvm::enumerate(kernel.results)) {
    if (result.type.rank < 0) {
      frame.resultPtrs.push_back(&frame.scalarResults[j]);
      continue;
    }
    frame.arrayResults[j].assign(
        nbcMemRefDescriptorSize(result.type.rank) / sizeof(int64_t), 0);
    frame.resultPtrs.push_back(frame.arrayResults[j].data());
  }
  return Error::success();
}

/// The --aot path: links the program into a temporary shared library and
/// points `kernel.entry` at its `_nbc_call_<name>`. The --shared-libs are
/// loaded RTLD_GLOBAL first so the library's undefined symbols (runner
/// utils' printF64...) resolve as they do in the JIT. The library stays
/// loaded until exit; its file is removed at once.
static Error loadAOTKernel(nbc::Program &program, nbc::KernelInfo &kernel) {
  for (const std::string &lib : sharedLibs)
    if (!dlopen(lib.c_str(), RTLD_NOW | RTLD_GLOBAL))
      return createStringError("cannot load '" + lib + "': " + dlerror());
  SmallString<128> path;
  if (std::error_code ec =
          sys::fs::createTemporaryFile("nbc-run-aot", "so", path))
    return createStringError("cannot create a temporary file: " +
                             ec.message());
  llvm::scope_exit remove([&] { sys::fs::remove(path); });
  if (Error error = program.emitSharedLibrary(path))
    return error;
  void *handle = dlopen(path.c_str(), RTLD_NOW | RTLD_LOCAL);
  if (!handle)
    return createStringError(Twine("cannot load the compiled library: ") +
                             dlerror());
  std::string symbol = NBC_CALL_PREFIX + kernel.name;
  void *entry = dlsym(handle, symbol.c_str());
  if (!entry)
    return createStringError("the compiled library has no '" + symbol + "'");
  kernel.entry = reinterpret_cast<NbcKernelFn>(entry);
  return Error::success();
}

static void printArrayArgs(const nbc::KernelInfo &k, CallFrame &frame) {
  for (auto [i, arg] : llvm::enumerate(k.args))
    if (arg.type.rank >= 0) {
      outs() << "arg" << i << " = ";
      printArray(outs(), arg.type.dtype, arg.type.rank, frame.argPtrs[i]);
      outs() << "\n";
    }
}

int main(int argc, char **argv) {
  InitLLVM init(argc, argv);
  cl::HideUnrelatedOptions(category);
  cl::ParseCommandLineOptions(argc, argv, "nbc JIT runner\n");
  if (optLevel.getNumOccurrences() && optLevel > 3)
    return fail("-O" + Twine(optLevel) + " is not in 0..3");

  DialectRegistry registry;
  nbc::registerAllDialects(registry);
  MLIRContext context(registry);
  std::string errorMessage;
  auto file = mlir::openInputFile(inputFile, &errorMessage);
  if (!file)
    return fail(errorMessage);
  SourceMgr sourceMgr;
  sourceMgr.AddNewSourceBuffer(std::move(file), SMLoc());
  OwningOpRef<ModuleOp> module;
  {
    nbc::DiagnosticCapture capture(&context);
    module = parseSourceFile<ModuleOp>(sourceMgr, &context);
    if (!module)
      return fail(toString(capture.takeError("cannot parse " + inputFile)));
  }

  // --fn compiles only that function and what it calls (an unknown name is
  // reported below, with the kernels the file has).
  if (!function.empty())
    if (Operation *root = SymbolTable::lookupSymbolIn(*module, function))
      keepOnlyReachable(*module, root);

  nbc::CompileOptions options;
  nbc::NBCToLLVMPipelineOptions &pipeline = options.pipeline;
  if (parallel.getNumOccurrences())
    pipeline.parallel = parallel;
  if (vectorWidth.getNumOccurrences())
    pipeline.vectorWidth = vectorWidth;
  if (fastmath.getNumOccurrences())
    pipeline.fastmath = fastmath;
  if (optLevel.getNumOccurrences())
    pipeline.optLevel = optLevel;
  if (vectorMath.getNumOccurrences())
    pipeline.vectorMath = vectorMath;
  if (targetCPU.getNumOccurrences())
    pipeline.targetCPU = targetCPU;
  options.sharedLibs.assign(sharedLibs.begin(), sharedLibs.end());
  auto program = nbc::Program::create(*module, options);
  if (!program)
    return fail(toString(program.takeError()));

  if (!printStage.empty()) {
    std::optional<nbc::Stage> stage = nbc::parseStage(printStage);
    if (!stage)
      return fail("unknown stage '" + printStage + "' (" +
                  nbc::listStageNames() + ")");
    if (Error error = (*program)->print(*stage, outs()))
      return fail(toString(std::move(error)));
    // MLIR stages end as nbc-opt's output does, so the two can be diffed.
    if (nbc::isMLIRStage(*stage))
      outs() << "\n";
    return 0;
  }
  if (!emitObject.empty() || !emitShared.empty() || !emitHeader.empty()) {
    if (!emitObject.empty())
      if (Error error = (*program)->emitObject(emitObject))
        return fail(toString(std::move(error)));
    if (!emitShared.empty())
      if (Error error = (*program)->emitSharedLibrary(emitShared))
        return fail(toString(std::move(error)));
    if (!emitHeader.empty())
      if (Error error = (*program)->emitHeader(emitHeader, ""))
        return fail(toString(std::move(error)));
    return 0;
  }

  std::string name = function;
  ArrayRef<nbc::KernelInfo> kernels = (*program)->getKernels();
  if (name.empty())
    name = kernels.size() == 1 ? kernels.front().name : "main";
  nbc::KernelInfo k;
  if (aot) {
    const nbc::KernelInfo *found = (*program)->findKernel(name);
    if (!found) // lookup() words the error (it names the known kernels).
      return fail(inputFile + ": " +
                  toString((*program)->lookup(name).takeError()));
    k = *found;
    if (Error error = loadAOTKernel(**program, k))
      return fail(toString(std::move(error)));
  } else {
    auto kernel = (*program)->lookup(name);
    if (!kernel)
      return fail(inputFile + ": " + toString(kernel.takeError()));
    k = **kernel;
  }
  if (args.size() != k.args.size())
    return fail("kernel '" + k.name + "' takes " + Twine(k.args.size()) +
                " argument(s), got " + Twine(args.size()));

  CallFrame frame;
  if (Error error = buildArguments(k, frame))
    return fail(toString(std::move(error)));
  if (Error error = k.checkCall(frame.argPtrs.size(), nullptr,
                                frame.argPtrs.data(), frame.resultPtrs.size(),
                                frame.resultPtrs.data()))
    return fail(toString(std::move(error)));

  const char *status = nullptr;
  for (int i = 0; i < std::max(1, int(repeat)); ++i) {
    status = k.entry(frame.argPtrs.data(), frame.resultPtrs.data());
    if (status)
      break;
    // Arrays of earlier repetitions are not needed.
    if (i + 1 < repeat)
      for (auto [j, result] : llvm::enumerate(k.results))
        if (result.type.rank >= 0)
          nbc_rt_free(static_cast<void **>(frame.resultPtrs[j])[0]);
  }
  // What the kernel printed through C stdio (runner utils) comes before
  // anything printed here.
  std::fflush(stdout);
  if (status) {
    // What the kernel wrote before it raised is visible, as in Python.
    if (printArgs)
      printArrayArgs(k, frame);
    outs().flush();
    errs() << nbc::getExceptionKindName(nbcStatusGetKind(status)) << ": "
           << nbcStatusGetMessage(status) << "\n";
    return 1;
  }

  for (auto [j, result] : llvm::enumerate(k.results)) {
    if (result.type.rank < 0) {
      printScalar(outs(), result.type.dtype, frame.resultPtrs[j]);
    } else {
      printArray(outs(), result.type.dtype, result.type.rank,
                 frame.resultPtrs[j]);
    }
    outs() << "\n";
  }
  if (printArgs)
    printArrayArgs(k, frame);

  // Free returned arrays unless they alias an argument or each other.
  std::vector<void *> freed;
  for (const std::vector<int64_t> &desc : frame.arrayResults) {
    if (desc.empty())
      continue;
    void *allocated = reinterpret_cast<void *const *>(desc.data())[0];
    bool alias = !allocated || llvm::is_contained(freed, allocated);
    for (const Array &array : frame.arrays)
      alias |= array.data && allocated == array.data;
    if (!alias) {
      nbc_rt_free(allocated);
      freed.push_back(allocated);
    }
  }
  return 0;
}
