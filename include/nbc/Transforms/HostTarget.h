//===- HostTarget.h - The host CPU as LLVM targets it -----------*- C++ -*-===//
//
// The one place that builds a TargetMachine for the host: the JIT, the AOT
// object and shared-library emitters (lib/ExecutionEngine) and the vector
// width nbc-vectorize picks (getHostVectorBits) all ask the same machine.
//
//===----------------------------------------------------------------------===//

#ifndef NBC_TRANSFORMS_HOSTTARGET_H
#define NBC_TRANSFORMS_HOSTTARGET_H

#include "llvm/Support/Error.h"
#include "llvm/Target/TargetMachine.h"

#include <memory>

namespace mlir::nbc {

/// Registers the native target, its assembly printer and parser, once per
/// process.
void initializeNativeTarget();

/// A TargetMachine for the host CPU and its features at `optLevel` (0..3),
/// position independent.
llvm::Expected<std::unique_ptr<llvm::TargetMachine>>
createHostTargetMachine(unsigned optLevel);

} // namespace mlir::nbc

#endif // NBC_TRANSFORMS_HOSTTARGET_H
