//===- Passes.h - nbc dialect passes ----------------------------*- C++ -*-===//

#ifndef NBC_DIALECT_NBC_TRANSFORMS_PASSES_H
#define NBC_DIALECT_NBC_TRANSFORMS_PASSES_H

#include "mlir/Pass/Pass.h"

namespace mlir::nbc {
#define GEN_PASS_DECL
#include "nbc/Dialect/NBC/Transforms/Passes.h.inc"

#define GEN_PASS_REGISTRATION
#include "nbc/Dialect/NBC/Transforms/Passes.h.inc"
} // namespace mlir::nbc

#endif // NBC_DIALECT_NBC_TRANSFORMS_PASSES_H
