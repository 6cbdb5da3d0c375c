//===- Pipelines.h - The nbc-to-llvm pipeline -------------------*- C++ -*-===//
//
// The one pipeline builder that nbc-opt, the C API and Python all call, so
// `nbc-opt --nbc-to-llvm` reproduces what every frontend gets.
//
//===----------------------------------------------------------------------===//

#ifndef NBC_PIPELINES_PIPELINES_H
#define NBC_PIPELINES_PIPELINES_H

#include "mlir/Pass/PassOptions.h"
#include "llvm/Support/Error.h"

namespace mlir {
class OpPassManager;
namespace nbc {

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
      llvm::cl::init("libmvec")};
  PassOptions::Option<unsigned> optLevel{
      *this, "opt-level",
      llvm::cl::desc("Optimization level 0-3 for the MLIR and LLVM passes"),
      llvm::cl::init(3)};
};

/// Checks the options' ranges (vector-width 0..kMaxVectorWidth, opt-level
/// 0..3, a known vector-math library); the error says what is wrong.
llvm::Error checkNBCToLLVMPipelineOptions(
    const NBCToLLVMPipelineOptions &options);

/// nbc -> arith/math/scf/memref -> (OpenMP, vector) -> LLVM dialect. The
/// options must pass checkNBCToLLVMPipelineOptions (its passes reject
/// out-of-range values when they run).
void buildNBCToLLVMPipeline(OpPassManager &pm,
                            const NBCToLLVMPipelineOptions &options);

/// Registers `nbc-to-llvm` with the pass registry.
void registerNBCPipelines();

} // namespace nbc
} // namespace mlir

#endif // NBC_PIPELINES_PIPELINES_H
