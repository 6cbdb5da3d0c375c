//===- Passes.h - nbc to nbc passes -----------------------------*- C++ -*-===//

#ifndef NBC_DIALECT_NBC_TRANSFORMS_PASSES_H
#define NBC_DIALECT_NBC_TRANSFORMS_PASSES_H

#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/Pass/Pass.h"
#include "nbc/Dialect/NBC/IR/NBCDialect.h"

namespace mlir::nbc {
#define GEN_PASS_DECL
#include "nbc/Dialect/NBC/Transforms/Passes.h.inc"

#define GEN_PASS_REGISTRATION
#include "nbc/Dialect/NBC/Transforms/Passes.h.inc"
} // namespace mlir::nbc

#endif // NBC_DIALECT_NBC_TRANSFORMS_PASSES_H
