//===- HostTarget.cpp - The host CPU as LLVM targets it -------------------===//
//
// createHostTargetMachine builds the host's TargetMachine for every user
// (include/nbc/Transforms/HostTarget.h). getHostVectorBits asks its
// TargetTransformInfo for the fixed-width vector register size, so the
// vector width follows the machine (AVX2, AVX-512, NEON) and LLVM's own
// preference (e.g. 256-bit on CPUs tuned to avoid 512-bit vectors).
//
//===----------------------------------------------------------------------===//

#include "nbc/Transforms/HostTarget.h"
#include "nbc/Transforms/Passes.h"

#include "llvm/Analysis/TargetTransformInfo.h"
#include "llvm/ExecutionEngine/Orc/JITTargetMachineBuilder.h"
#include "llvm/IR/Function.h"
#include "llvm/IR/LLVMContext.h"
#include "llvm/IR/Module.h"
#include "llvm/Support/TargetSelect.h"

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

llvm::Expected<std::unique_ptr<llvm::TargetMachine>>
nbc::createHostTargetMachine(unsigned optLevel) {
  initializeNativeTarget();
  auto builder = llvm::orc::JITTargetMachineBuilder::detectHost();
  if (!builder)
    return builder.takeError();
  builder->setRelocationModel(llvm::Reloc::PIC_);
  builder->setCodeGenOptLevel(optLevel == 0   ? llvm::CodeGenOptLevel::None
                              : optLevel == 1 ? llvm::CodeGenOptLevel::Less
                              : optLevel == 2 ? llvm::CodeGenOptLevel::Default
                                      : llvm::CodeGenOptLevel::Aggressive);
  return builder->createTargetMachine();
}

static unsigned queryHostVectorBits() {
  auto machine = nbc::createHostTargetMachine(/*optLevel=*/3);
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

unsigned nbc::getHostVectorBits() {
  static unsigned bits = queryHostVectorBits();
  return bits;
}
