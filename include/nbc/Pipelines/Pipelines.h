//===- Pipelines.h - The nbc-to-llvm pipeline -------------------*- C++ -*-===//
//
// The one pipeline builder that nbc-opt, the C API and Python all call, so
// `nbc-opt --nbc-to-llvm` reproduces what every frontend gets; its options,
// and the stages at which a module can be inspected.
//
//===----------------------------------------------------------------------===//

#ifndef NBC_PIPELINES_PIPELINES_H
#define NBC_PIPELINES_PIPELINES_H

#include "mlir/Pass/PassOptions.h"
#include "nbc/Transforms/VectorMath.h"
#include "llvm/Support/Error.h"

#include <optional>
#include <string>

namespace mlir {
class OpPassManager;
namespace nbc {

/// The points at which a module can be looked at, in compilation order: the
/// input, after convert-nbc-to-core and its cleanups, the LLVM dialect (the
/// pipeline's end), then LLVM IR before and after LLVM's optimizer and the
/// host assembly. getStageName spells each once for nbc-opt's `stop-after`,
/// nbc-run's `--print-stage`, the C API (NbcStage, nbcStageGetName) and
/// Python's `inspect_mlir`.
enum class Stage {
  Input = 0,
  Standard = 1,
  LLVMDialect = 2,
  LLVMIR = 3,
  OptimizedLLVMIR = 4,
  Assembly = 5
};
constexpr unsigned kNumStages = 6;

/// "input", "standard", "llvm-dialect", "llvm-ir", "llvm-ir-opt", "asm".
StringRef getStageName(Stage stage);
/// The stage named `name`, if any.
std::optional<Stage> parseStage(StringRef name);
/// Whether `stage` is an MLIR module the nbc-to-llvm pipeline produces
/// (Input, Standard, LLVMDialect), rather than LLVM's output.
inline bool isMLIRStage(Stage stage) { return stage <= Stage::LLVMDialect; }
/// The stage names, separated by ", " ("input, standard, ..."): all of them,
/// or the MLIR ones only.
std::string listStageNames(bool mlirOnly = false);

/// The options of the nbc-to-llvm pipeline and of the LLVM code generation
/// that follows it (JIT, AOT): the one definition every frontend fills
/// (`nbc-opt --nbc-to-llvm="..."`, NbcCompileOptions, nbc-run, Python).
struct NBCToLLVMPipelineOptions
    : public PassPipelineOptions<NBCToLLVMPipelineOptions> {
  PassOptions::Option<bool> parallel{
      *this, "parallel",
      llvm::cl::desc("Lower nbc.prange to OpenMP (otherwise serial loops)"),
      llvm::cl::init(true)};
  PassOptions::Option<unsigned> vectorWidth{
      *this, "vector-width",
      llvm::cl::desc("SIMD width in elements for inner loops; 0 picks the "
                     "target's, 1 disables vectorization"),
      llvm::cl::init(0)};
  PassOptions::Option<bool> fastmath{
      *this, "fastmath",
      llvm::cl::desc("Allow reassociation and other fast-math flags in "
                     "kernels that do not set nbc.kernel fastmath"),
      llvm::cl::init(false)};
  PassOptions::Option<std::string> vectorMath{
      *this, "vector-math",
      llvm::cl::desc("Math in vector loops: libmvec (glibc's vector math "
                     "library, <= 4 ulp), polynomial (MLIR's f32 "
                     "approximations) or none (libm for each lane)"),
      llvm::cl::init(
          getVectorMathLibraryName(VectorMathLibrary::Libmvec).str())};
  PassOptions::Option<bool> fuseUfuncs{
      *this, "fuse-ufuncs",
      llvm::cl::desc("Fuse chains of array expressions into one loop "
                     "(nbc-fuse-ufuncs); off only to measure what fusion "
                     "gains"),
      llvm::cl::init(true)};
  PassOptions::Option<bool> vectorizationRemarks{
      *this, "vectorization-remarks",
      llvm::cl::desc("Emit nbc-vectorize's remark at each loop: vectorized "
                     "at which width, or why not (the vectorization report)"),
      llvm::cl::init(false)};
  PassOptions::Option<unsigned> optLevel{
      *this, "opt-level",
      llvm::cl::desc("Optimization level 0-3 of LLVM's optimizer and code "
                     "generator, which run on the pipeline's output (JIT, "
                     "AOT, nbc-run, inspection of LLVM IR and assembly); "
                     "the MLIR passes are the same at every level"),
      llvm::cl::init(3)};
  PassOptions::Option<std::string> targetCPU{
      *this, "target-cpu",
      llvm::cl::desc("The CPU to generate code for: host (its CPU and "
                     "features) or an LLVM CPU name of the host's "
                     "architecture (x86-64-v3, znver3), for AOT code that "
                     "runs on other machines; also picks the vector width "
                     "and the libmvec variants"),
      llvm::cl::init("host")};
  PassOptions::Option<std::string> stopAfter{
      *this, "stop-after",
      llvm::cl::desc("The stage to stop after: input (no pass), standard "
                     "(after convert-nbc-to-core and its cleanups) or "
                     "llvm-dialect (the whole pipeline)"),
      llvm::cl::init(getStageName(Stage::LLVMDialect).str())};

  /// The stopAfter option as a stage (LLVMDialect when it names none; the
  /// check below rejects that).
  Stage getStopAfter() const;
};

/// Checks the options' ranges (vector-width 0..kMaxVectorWidth, opt-level
/// 0..3, a known vector-math library, a known target-cpu, an MLIR stage for
/// stop-after); the
/// error says what is wrong.
llvm::Error checkNBCToLLVMPipelineOptions(
    const NBCToLLVMPipelineOptions &options);

/// nbc -> arith/math/scf/memref -> (OpenMP, vector) -> LLVM dialect, up to
/// the stop-after stage. The options must pass
/// checkNBCToLLVMPipelineOptions (its passes reject out-of-range values when
/// they run).
void buildNBCToLLVMPipeline(OpPassManager &pm,
                            const NBCToLLVMPipelineOptions &options);

/// The part of the pipeline that takes a module at MLIR stage `from` to MLIR
/// stage `to` (from <= to; options.stopAfter is not read): running the
/// pieces one after the other is running the whole pipeline, so a caller
/// can look at the module in between without running anything twice.
void buildNBCToLLVMPipeline(OpPassManager &pm,
                            const NBCToLLVMPipelineOptions &options,
                            Stage from, Stage to);

/// Registers `nbc-to-llvm` with the pass registry.
void registerNBCPipelines();

} // namespace nbc
} // namespace mlir

#endif // NBC_PIPELINES_PIPELINES_H
