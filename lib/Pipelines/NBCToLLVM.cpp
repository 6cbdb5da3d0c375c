//===- NBCToLLVM.cpp - The nbc-to-llvm pipeline ---------------------------===//

#include "nbc/Pipelines/Pipelines.h"

#include "mlir/Conversion/Passes.h"
#include "mlir/Dialect/Affine/Transforms/Passes.h"
#include "mlir/Dialect/Bufferization/Transforms/Passes.h"
#include "mlir/Dialect/MemRef/Transforms/Passes.h"
#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/Dialect/Linalg/Passes.h"
#include "mlir/Pass/PassManager.h"
#include "mlir/Pass/PassRegistry.h"
#include "mlir/Transforms/Passes.h"
#include "nbc/Conversion/Passes.h"
#include "nbc/Dialect/NBC/Transforms/Passes.h"
#include "nbc/Transforms/HostTarget.h"
#include "nbc/Transforms/Passes.h"
#include "nbc/Transforms/VectorMath.h"

using namespace mlir;

//===----------------------------------------------------------------------===//
// Stages
//===----------------------------------------------------------------------===//

StringRef nbc::getStageName(Stage stage) {
  switch (stage) {
  case Stage::Input:
    return "input";
  case Stage::Standard:
    return "standard";
  case Stage::LLVMDialect:
    return "llvm-dialect";
  case Stage::LLVMIR:
    return "llvm-ir";
  case Stage::OptimizedLLVMIR:
    return "llvm-ir-opt";
  case Stage::Assembly:
    return "asm";
  }
  llvm_unreachable("unknown stage");
}

std::optional<nbc::Stage> nbc::parseStage(StringRef name) {
  for (unsigned i = 0; i < kNumStages; ++i)
    if (getStageName(Stage(i)) == name)
      return Stage(i);
  return std::nullopt;
}

std::string nbc::listStageNames(bool mlirOnly) {
  std::string list;
  for (unsigned i = 0; i < kNumStages; ++i) {
    if (mlirOnly && !isMLIRStage(Stage(i)))
      break;
    list += (i ? ", " : "") + getStageName(Stage(i)).str();
  }
  return list;
}

//===----------------------------------------------------------------------===//
// Options
//===----------------------------------------------------------------------===//

nbc::Stage nbc::NBCToLLVMPipelineOptions::getStopAfter() const {
  std::optional<Stage> stage = parseStage(stopAfter);
  return stage && isMLIRStage(*stage) ? *stage : Stage::LLVMDialect;
}

llvm::Error
nbc::checkNBCToLLVMPipelineOptions(const NBCToLLVMPipelineOptions &options) {
  if (options.vectorWidth > kMaxVectorWidth)
    return llvm::createStringError("vector width " +
                                   Twine(options.vectorWidth) +
                                   " is not in 0.." + Twine(kMaxVectorWidth));
  if (options.optLevel > 3)
    return llvm::createStringError("optimization level " +
                                   Twine(options.optLevel) +
                                   " is not in 0..3");
  StringRef math = options.vectorMath;
  if (!parseVectorMathLibrary(math))
    return llvm::createStringError("vector-math: unknown library '" + math +
                                   "' (" + listVectorMathLibraries() + ")");
  if (llvm::Error error = checkTargetCPU(options.targetCPU))
    return error;
  std::optional<Stage> stage = parseStage(options.stopAfter);
  if (!stage || !isMLIRStage(*stage))
    return llvm::createStringError("stop-after: '" + options.stopAfter +
                                   "' is not a stage of the pipeline (" +
                                   listStageNames(/*mlirOnly=*/true) + ")");
  return llvm::Error::success();
}

//===----------------------------------------------------------------------===//
// The pipeline
//===----------------------------------------------------------------------===//

void nbc::buildNBCToLLVMPipeline(OpPassManager &pm,
                                 const NBCToLLVMPipelineOptions &options) {
  buildNBCToLLVMPipeline(pm, options, Stage::Input, options.getStopAfter());
}

/// Input -> Standard: nbc lowered to the core dialects.
static void buildToStandard(OpPassManager &pm,
                            const nbc::NBCToLLVMPipelineOptions &options) {
  // Internal, mangled symbols first, before any pass declares a libm, libc,
  // runtime or OpenMP function a user function could be named like.
  pm.addPass(nbc::createNBCMangleSymbols());
  // Reduction kinds before anything folds the prange bodies.
  pm.addPass(nbc::createNBCRecognizeReductions());
  // Jitted callees inlined (where their options lower the same: NBCInliner),
  // so a loop calling one (a @vectorize kernel's scalar function) vectorizes
  // with its body; the canonicalizer below simplifies the result.
  pm.addPass(createInlinerPass({}, [](OpPassManager &) {}));
  pm.addPass(createCanonicalizerPass());
  // Chains of array expressions into one loop, before the loops exist.
  if (options.fuseUfuncs)
    pm.addPass(nbc::createNBCFuseUfuncs());
  // Range checks out of loops first, so inner loops are check-free.
  pm.addNestedPass<func::FuncOp>(nbc::createNBCHoistChecks());
  // sqrt of a sum of squares needs no domain check (nor its branch).
  pm.addNestedPass<func::FuncOp>(nbc::createNBCElideDomainChecks());
  // `d[k] = d.get(k, 0) + 1`: one hash lookup, not two.
  pm.addNestedPass<func::FuncOp>(nbc::createNBCFuseDictUpdates());
  // Small arrays a prange updates at shared elements: per-thread copies
  // instead of atomics (serial loops gain nothing from them). After the
  // checks left the prange, so that its copied body is check-free too.
  if (options.parallel)
    pm.addPass(nbc::createNBCPrivatizeArrayUpdates());
  pm.addPass(nbc::createConvertNBCToCore());
  // nbc.matmul lowers to linalg.generic on memrefs: loops (scf.for) for the
  // raise-to-affine, vectorize and error stages below.
  pm.addNestedPass<func::FuncOp>(createConvertLinalgToLoopsPass());
  pm.addPass(createCanonicalizerPass());
  pm.addPass(createCSEPass());
}

/// Standard -> LLVMDialect.
static void buildToLLVMDialect(OpPassManager &pm,
                               const nbc::NBCToLLVMPipelineOptions &options) {
  using namespace mlir::nbc;
  // Complex arithmetic to arith/math on the parts (complex.create/re/im
  // stay, for convert-complex-to-llvm below).
  pm.addPass(createConvertComplexToStandardPass());
  // An int(x) index: its wraparound and the conversion's test behind one.
  pm.addNestedPass<func::FuncOp>(createNBCWrapInConversionSlowPath());
  // A temporary array made in each iteration is allocated once before the
  // loop (once per block of a prange); before nbc-version-checks, which
  // then moves its now loop-invariant null check out too.
  pm.addNestedPass<func::FuncOp>(createNBCHoistAllocations());
  // Loop-invariant checks (a run-time divisor's zero test) leave the loops,
  // hoisted or by versioning the loop.
  pm.addNestedPass<func::FuncOp>(createNBCVersionChecks());
  // Check-free loops with affine bounds through affine, for upstream's
  // scalar replacement (store-to-load forwarding, redundant loads); back to
  // SCF for the error and vector lowering. Not affine LICM: it hoists loads
  // out of loops that may run zero times, past their guarded range check.
  pm.addNestedPass<func::FuncOp>(createNBCRaiseToAffine());
  pm.addNestedPass<func::FuncOp>(affine::createAffineScalarReplacementPass());
  // The naive matmul's i-j-p nest accumulates in C's row (i-p-j), which
  // nbc-vectorize then vectorizes; bit-identical results.
  pm.addNestedPass<func::FuncOp>(createNBCInterchangeReductions());
  pm.addPass(createLowerAffinePass());
  pm.addPass(createCanonicalizerPass());
  // Innermost prange loops get an inner serial loop per block, which
  // nbc-vectorize can vectorize like the inner loops below.
  pm.addNestedPass<func::FuncOp>(createNBCStripMineParallel());
  // Inner loops become vector loops that test their remaining checks once
  // per vector. Before lower-errors, which turns loops that still hold a
  // raise point into scf.while.
  NBCVectorizeOptions vectorize;
  vectorize.vectorWidth = options.vectorWidth;
  vectorize.fastmath = options.fastmath;
  vectorize.remarks = options.vectorizationRemarks;
  vectorize.targetCPU = options.targetCPU;
  pm.addNestedPass<func::FuncOp>(createNBCVectorize(vectorize));
  // Vector transcendentals: libmvec calls instead of a libm call a lane.
  NBCVectorMathOptions vectorMath;
  vectorMath.library = options.vectorMath;
  if (options.targetCPU != "host")
    vectorMath.targetISA =
        getVectorISAsName(getTargetVectorISAs(options.targetCPU)).str();
  pm.addPass(createNBCVectorMath(vectorMath));
  // `a[i] // d`, d fixed in the loop: a multiply-high instead of an idiv.
  // After nbc-vectorize, which leaves scalar divisions scalar either way.
  pm.addPass(createNBCDivideByInvariant());
  // nbc.raise_if -> status returns; needs structured control flow.
  pm.addPass(createNBCLowerErrors());
  pm.addPass(createCanonicalizerPass());
  // Free the arrays that do not escape, on the error paths too.
  // Private functions (compiled callees) pass ownership with their results:
  // one returning its argument returns that array, not a copy, as Python.
  bufferization::OwnershipBasedBufferDeallocationPassOptions deallocation;
  deallocation.privateFuncDynamicOwnership = true;
  pm.addPass(bufferization::createOwnershipBasedBufferDeallocationPass(
      deallocation));
  pm.addPass(createCanonicalizerPass());
  pm.addPass(bufferization::createBufferDeallocationSimplificationPass());
  pm.addPass(createNBCReturnArgumentViews());
  // Inline deallocations: no helper with heap scratch arrays in loops.
  pm.addPass(createNBCSplitDeallocs());
  pm.addPass(bufferization::createLowerDeallocationsPass());
  pm.addPass(createConvertBufferizationToMemRefPass());
  // Compare-and-swap loops, which deallocation does not accept.
  pm.addPass(createNBCExpandAtomicUpdates());
  pm.addPass(createCSEPass());
  pm.addPass(createCanonicalizerPass());
  if (options.parallel) {
    pm.addPass(createConvertSCFToOpenMPPass());
    pm.addPass(createNBCOMPReductionIdentities());
  }
  // Strided metadata expands to affine.apply: before lower-affine.
  pm.addPass(memref::createExpandStridedMetadataPass());
  pm.addPass(createLowerAffinePass());
  ConvertVectorToLLVMPassOptions vectorToLLVM;
  vectorToLLVM.reassociateFPReductions = options.fastmath;
  pm.addPass(createConvertVectorToLLVMPass(vectorToLLVM));
  // memref before scf-to-cf: OpenMP regions need memref.alloca_scope lowered
  // first (see shared/TOOLCHAIN.md).
  pm.addPass(createFinalizeMemRefToLLVMConversionPass());
  pm.addPass(createSCFToControlFlowPass());
  pm.addPass(createConvertOpenMPToLLVMPass());
  pm.addPass(createNBCPreciseMath());
  pm.addPass(createConvertMathToLLVMPass());
  // What LLVM has no intrinsic for (tan, atan2, erf, cbrt, ...) calls libm.
  pm.addPass(createConvertMathToLibmPass());
  pm.addPass(createArithToLLVMConversionPass());
  pm.addPass(createConvertComplexToLLVMPass());
  pm.addPass(createConvertIndexToLLVMPass());
  pm.addPass(createConvertFuncToLLVMPass());
  pm.addPass(createConvertControlFlowToLLVMPass());
  pm.addPass(createUBToLLVMConversionPass());
  pm.addPass(createReconcileUnrealizedCastsPass());
  // The only external symbols: _nbc_call_<kernel> and _mlir_ciface_<kernel>.
  pm.addPass(createNBCAddEntryPoints());
  pm.addPass(createNBCUseRuntimeAllocator());
  // mlir-runner and mlir-translate do not know the nbc dialect.
  pm.addPass(createNBCStripAttributes());
  pm.addPass(createCanonicalizerPass());
}

void nbc::buildNBCToLLVMPipeline(OpPassManager &pm,
                                 const NBCToLLVMPipelineOptions &options,
                                 Stage from, Stage to) {
  assert(isMLIRStage(from) && isMLIRStage(to) && from <= to &&
         "the pipeline goes forward between MLIR stages");
  if (from < Stage::Standard && to >= Stage::Standard)
    buildToStandard(pm, options);
  if (from < Stage::LLVMDialect && to >= Stage::LLVMDialect)
    buildToLLVMDialect(pm, options);
}

void nbc::registerNBCPipelines() {
  // PassPipelineRegistration's builder cannot fail: register the parse,
  // check and build steps by hand so that bad options are an error.
  registerPassPipeline(
      "nbc-to-llvm", "Lower nbc kernels to the LLVM dialect",
      [](OpPassManager &pm, StringRef text,
         function_ref<LogicalResult(const Twine &)> errorHandler) {
        NBCToLLVMPipelineOptions options;
        if (failed(options.parseFromString(text)))
          return failure();
        if (llvm::Error error = checkNBCToLLVMPipelineOptions(options))
          return errorHandler("nbc-to-llvm: " + toString(std::move(error)));
        buildNBCToLLVMPipeline(pm, options);
        return success();
      },
      [](function_ref<void(const detail::PassOptions &)> optHandler) {
        optHandler(NBCToLLVMPipelineOptions());
      });
}
