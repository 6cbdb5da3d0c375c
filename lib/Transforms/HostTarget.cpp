//===- HostTarget.cpp - What LLVM says about the host's SIMD width --------===//
//
// Builds a TargetMachine for the host CPU and its features and asks its
// TargetTransformInfo for the fixed-width vector register size, so the
// vector width follows the machine (AVX2, AVX-512, NEON) and LLVM's own
// preference (e.g. 256-bit on CPUs tuned to avoid 512-bit vectors).
//
//===----------------------------------------------------------------------===//

#include "nbc/Transforms/Passes.h"

#include "llvm/Analysis/TargetTransformInfo.h"
#include "llvm/IR/Function.h"
#include "llvm/IR/LLVMContext.h"
#include "llvm/IR/Module.h"
#include "llvm/MC/TargetRegistry.h"
#include "llvm/Support/TargetSelect.h"
#include "llvm/Target/TargetMachine.h"
#include "llvm/Target/TargetOptions.h"
#include "llvm/TargetParser/Host.h"
#include "llvm/TargetParser/SubtargetFeature.h"
#include "llvm/TargetParser/Triple.h"

static unsigned queryHostVectorBits() {
  llvm::InitializeNativeTarget();
  llvm::Triple triple(llvm::sys::getProcessTriple());
  std::string error;
  const llvm::Target *target =
      llvm::TargetRegistry::lookupTarget(triple, error);
  if (!target)
    return 128;
  llvm::SubtargetFeatures features;
  for (const auto &feature : llvm::sys::getHostCPUFeatures())
    features.AddFeature(feature.getKey(), feature.getValue());
  std::unique_ptr<llvm::TargetMachine> machine(target->createTargetMachine(
      triple, llvm::sys::getHostCPUName(), features.getString(),
      llvm::TargetOptions(), std::nullopt));
  if (!machine)
    return 128;
  llvm::LLVMContext context;
  llvm::Module module("nbc-probe", context);
  auto *fn = llvm::Function::Create(
      llvm::FunctionType::get(llvm::Type::getVoidTy(context), false),
      llvm::Function::ExternalLinkage, "probe", module);
  llvm::TargetTransformInfo tti = machine->getTargetTransformInfo(*fn);
  unsigned bits =
      tti.getRegisterBitWidth(llvm::TargetTransformInfo::RGK_FixedWidthVector)
          .getFixedValue();
  return bits ? bits : 128;
}

unsigned mlir::nbc::getHostVectorBits() {
  static unsigned bits = queryHostVectorBits();
  return bits;
}
