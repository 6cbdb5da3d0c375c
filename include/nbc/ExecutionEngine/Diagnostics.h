//===- Diagnostics.h - Diagnostics as error messages ------------*- C++ -*-===//
//
// The C API, nbc-run and Python report MLIR diagnostics as text with
// "file:line:col" locations; this collects them.
//
//===----------------------------------------------------------------------===//

#ifndef NBC_EXECUTIONENGINE_DIAGNOSTICS_H
#define NBC_EXECUTIONENGINE_DIAGNOSTICS_H

#include "mlir/IR/Diagnostics.h"
#include "mlir/IR/MLIRContext.h"
#include "llvm/Support/Error.h"

#include <string>

namespace mlir::nbc {

/// Collects the diagnostics emitted while alive as "file:line:col: error:
/// message" lines.
class DiagnosticCapture {
public:
  explicit DiagnosticCapture(MLIRContext *context);
  ~DiagnosticCapture();
  /// The collected text as an llvm::Error (with `fallback` when empty).
  llvm::Error takeError(StringRef fallback);

private:
  MLIRContext *context;
  DiagnosticEngine::HandlerID id;
  std::string text;
};

/// "file:line:col" of a location, or "" when it has none.
std::string formatLocation(Location loc);

} // namespace mlir::nbc

#endif // NBC_EXECUTIONENGINE_DIAGNOSTICS_H
