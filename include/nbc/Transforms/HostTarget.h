//===- HostTarget.h - The target CPU as LLVM targets it ---------*- C++ -*-===//
//
// The one place that builds a TargetMachine: the JIT, the AOT object and
// shared-library emitters (lib/ExecutionEngine), the vector width
// nbc-vectorize picks and the libmvec classes nbc-vector-math calls all ask
// the same machine. The CPU is the host's ("host", the default) or a named
// CPU of the host's architecture (`x86-64-v3`, `znver3`: the pipeline's
// `target-cpu`, for ahead-of-time code that runs on other machines).
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

/// Checks that `cpu` is "host" or a CPU name LLVM knows for the host's
/// architecture; the error lists where to find the names.
llvm::Error checkTargetCPU(llvm::StringRef cpu);

/// A TargetMachine for `cpu` ("host": the host CPU and its features;
/// otherwise the named CPU with its default features) at `optLevel` (0..3),
/// position independent.
llvm::Expected<std::unique_ptr<llvm::TargetMachine>>
createHostTargetMachine(unsigned optLevel, llvm::StringRef cpu = "host");

/// The preferred fixed-width SIMD register size in bits for `cpu`, as
/// LLVM's cost model reports it (128 if it cannot tell).
unsigned getTargetVectorBits(llvm::StringRef cpu);

/// Whether `cpu` has the subtarget feature `feature` ("avx2"); for "host",
/// the host's features.
bool targetHasFeature(llvm::StringRef cpu, llvm::StringRef feature);

} // namespace mlir::nbc

#endif // NBC_TRANSFORMS_HOSTTARGET_H
