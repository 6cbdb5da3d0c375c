//===- PipelineCache.cpp - Reuse the nbc-to-llvm pass managers ------------===//
//
// Building a PassManager initializes every pass (the canonicalizer and the
// conversions build their pattern sets there), and verifying the module
// after each pass cost half the pipeline's time per kernel. A context keeps
// its built pipelines, one per options and stages, in a dialect of its own
// (so that they die with it). Release builds verify the lowered module once
// (Program::create) instead of after each pass; nbc-opt and lit keep
// verifying each pass, as does NBC_VERIFY_PASSES=1.
//
//===----------------------------------------------------------------------===//

#include "ProgramImpl.h"

#include "mlir/IR/Dialect.h"
#include "mlir/IR/MLIRContext.h"
#include "mlir/Pass/PassManager.h"
#include "llvm/ADT/StringMap.h"

#include <cstdlib>
#include <mutex>

using namespace mlir;
using namespace mlir::nbc;

namespace {
/// A built pipeline, run by one caller at a time.
struct CachedPipeline {
  explicit CachedPipeline(MLIRContext *context) : pm(context) {}
  std::mutex busy;
  PassManager pm;
};

/// Holds a context's cached pipelines; has no ops.
class PipelineCacheDialect : public Dialect {
public:
  explicit PipelineCacheDialect(MLIRContext *context)
      : Dialect(getDialectNamespace(), context,
                TypeID::get<PipelineCacheDialect>()) {}
  static StringRef getDialectNamespace() { return "nbc_pipeline_cache"; }

  std::mutex mutex;
  llvm::StringMap<std::unique_ptr<CachedPipeline>> pipelines;
};
} // namespace

MLIR_DECLARE_EXPLICIT_TYPE_ID(PipelineCacheDialect)
MLIR_DEFINE_EXPLICIT_TYPE_ID(PipelineCacheDialect)

static bool verifyEachPass() {
#ifdef NDEBUG
  const char *flag = std::getenv("NBC_VERIFY_PASSES");
  return flag && StringRef(flag) != "0";
#else
  return true;
#endif
}

static void buildPipeline(PassManager &pm,
                          const NBCToLLVMPipelineOptions &options, Stage from,
                          Stage to, bool verify) {
  buildNBCToLLVMPipeline(pm, options, from, to);
  pm.enableVerifier(verify);
}

LogicalResult nbc::runNBCToLLVMStages(ModuleOp module,
                                      const NBCToLLVMPipelineOptions &options,
                                      Stage from, Stage to) {
  MLIRContext *context = module.getContext();
  auto *cache = context->getOrLoadDialect<PipelineCacheDialect>();
  bool verify = verifyEachPass();
  // Canonicalization patterns come from the dialects loaded when a pipeline
  // was built: one loaded since then needs a new pipeline.
  std::string key;
  llvm::raw_string_ostream os(key);
  os << unsigned(from) << ' ' << unsigned(to) << ' ' << verify << ' '
     << context->getLoadedDialects().size() << ' ';
  options.print(os);

  CachedPipeline *pipeline;
  {
    std::lock_guard<std::mutex> lock(cache->mutex);
    std::unique_ptr<CachedPipeline> &slot = cache->pipelines[key];
    if (!slot) {
      slot = std::make_unique<CachedPipeline>(context);
      buildPipeline(slot->pm, options, from, to, verify);
    }
    pipeline = slot.get();
  }
  std::unique_lock<std::mutex> lock(pipeline->busy, std::try_to_lock);
  if (lock.owns_lock())
    return pipeline->pm.run(module);
  // Another thread runs it: a pipeline of our own.
  PassManager pm(context);
  buildPipeline(pm, options, from, to, verify);
  return pm.run(module);
}
