//===- InitAllPasses.h - Every pass and pipeline of nbc ---------*- C++ -*-===//

#ifndef NBC_INITALLPASSES_H
#define NBC_INITALLPASSES_H

namespace mlir::nbc {
/// Registers nbc's passes and pipelines with the global pass registry.
void registerAllPasses();
} // namespace mlir::nbc

#endif // NBC_INITALLPASSES_H
