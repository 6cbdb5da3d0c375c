//===- HostTarget.cpp - The target CPU as LLVM targets it -----------------===//
//
// createHostTargetMachine builds the TargetMachine of the host or of a named
// CPU for every user (include/nbc/Transforms/HostTarget.h).
// getTargetVectorBits asks its TargetTransformInfo for the fixed-width
// vector register size, so the vector width follows the machine (AVX2,
// AVX-512, NEON) and LLVM's own preference (e.g. 256-bit on CPUs tuned to
// avoid 512-bit vectors).
//
//===----------------------------------------------------------------------===//

#include "nbc/Transforms/HostTarget.h"
#include "nbc/Transforms/Passes.h"

#include "llvm/ADT/StringMap.h"
#include "llvm/Analysis/TargetTransformInfo.h"
#include "llvm/ExecutionEngine/Orc/JITTargetMachineBuilder.h"
#include "llvm/IR/Function.h"
#include "llvm/IR/LLVMContext.h"
#include "llvm/IR/Module.h"
#include "llvm/MC/MCSubtargetInfo.h"
#include "llvm/MC/TargetRegistry.h"
#include "llvm/Support/TargetSelect.h"
#include "llvm/TargetParser/Host.h"

#include <mutex>

using namespace mlir;

void nbc::initializeNativeTarget() {
  static std::once_flag once;
  std::call_once(once, [] {
    llvm::InitializeNativeTarget();
    llvm::InitializeNativeTargetAsmPrinter();
    llvm::InitializeNativeTargetAsmParser();
  });
}

/// The host's subtarget info for `cpu` (null when the target is unknown).
static std::unique_ptr<llvm::MCSubtargetInfo>
getSubtargetInfo(llvm::StringRef cpu) {
  nbc::initializeNativeTarget();
  llvm::Triple triple(llvm::sys::getProcessTriple());
  std::string error;
  const llvm::Target *target =
      llvm::TargetRegistry::lookupTarget(triple, error);
  if (!target)
    return nullptr;
  return std::unique_ptr<llvm::MCSubtargetInfo>(
      target->createMCSubtargetInfo(triple, cpu, ""));
}

llvm::Error nbc::checkTargetCPU(llvm::StringRef cpu) {
  if (cpu == "host")
    return llvm::Error::success();
  std::unique_ptr<llvm::MCSubtargetInfo> info = getSubtargetInfo(cpu);
  if (!info || cpu.empty() || !info->isCPUStringValid(cpu))
    return llvm::createStringError(
        "target-cpu: unknown CPU '" + cpu + "' for " +
        llvm::sys::getProcessTriple() +
        " (host, or a name that `llc-22 -mcpu=help` lists, e.g. x86-64-v3)");
  return llvm::Error::success();
}

llvm::Expected<std::unique_ptr<llvm::TargetMachine>>
nbc::createHostTargetMachine(unsigned optLevel, llvm::StringRef cpu) {
  initializeNativeTarget();
  if (llvm::Error error = checkTargetCPU(cpu))
    return std::move(error);
  std::optional<llvm::orc::JITTargetMachineBuilder> builder;
  if (cpu == "host") {
    auto host = llvm::orc::JITTargetMachineBuilder::detectHost();
    if (!host)
      return host.takeError();
    builder = std::move(*host);
  } else {
    // The CPU's own features (its default subtarget), not the host's.
    builder.emplace(llvm::Triple(llvm::sys::getProcessTriple()));
    builder->setCPU(cpu.str());
  }
  builder->setRelocationModel(llvm::Reloc::PIC_);
  builder->setCodeGenOptLevel(optLevel == 0   ? llvm::CodeGenOptLevel::None
                              : optLevel == 1 ? llvm::CodeGenOptLevel::Less
                              : optLevel == 2 ? llvm::CodeGenOptLevel::Default
                                      : llvm::CodeGenOptLevel::Aggressive);
  return builder->createTargetMachine();
}

static unsigned queryVectorBits(llvm::StringRef cpu) {
  auto machine = nbc::createHostTargetMachine(/*optLevel=*/3, cpu);
  if (!machine) {
    llvm::consumeError(machine.takeError());
    return 128;
  }
  llvm::LLVMContext context;
  llvm::Module module("nbc-probe", context);
  auto *fn = llvm::Function::Create(
      llvm::FunctionType::get(llvm::Type::getVoidTy(context), false),
      llvm::Function::ExternalLinkage, "probe", module);
  llvm::TargetTransformInfo tti = (*machine)->getTargetTransformInfo(*fn);
  unsigned bits =
      tti.getRegisterBitWidth(llvm::TargetTransformInfo::RGK_FixedWidthVector)
          .getFixedValue();
  return bits ? bits : 128;
}

unsigned nbc::getTargetVectorBits(llvm::StringRef cpu) {
  static std::mutex mutex;
  static llvm::StringMap<unsigned> bitsByCPU;
  std::lock_guard<std::mutex> lock(mutex);
  auto it = bitsByCPU.find(cpu);
  if (it != bitsByCPU.end())
    return it->second;
  unsigned bits = queryVectorBits(cpu);
  bitsByCPU[cpu] = bits;
  return bits;
}

unsigned nbc::getHostVectorBits() { return getTargetVectorBits("host"); }

bool nbc::targetHasFeature(llvm::StringRef cpu, llvm::StringRef feature) {
  if (cpu == "host")
    return llvm::sys::getHostCPUFeatures().lookup(feature);
  std::unique_ptr<llvm::MCSubtargetInfo> info = getSubtargetInfo(cpu);
  return info && info->checkFeatures(("+" + feature).str());
}
