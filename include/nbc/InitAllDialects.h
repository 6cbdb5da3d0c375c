//===- InitAllDialects.h - Every dialect nbc tools register -----*- C++ -*-===//
//
// One registration point for nbc-opt, the C API and the Python module, so
// all of them accept the same IR.
//
//===----------------------------------------------------------------------===//

#ifndef NBC_INITALLDIALECTS_H
#define NBC_INITALLDIALECTS_H

#include "mlir/IR/DialectRegistry.h"

namespace mlir::nbc {
/// Registers the nbc dialect and the upstream dialects (and their
/// interface extensions) that nbc modules and pipelines use.
void registerAllDialects(DialectRegistry &registry);
} // namespace mlir::nbc

#endif // NBC_INITALLDIALECTS_H
