//===- Diagnostics.h - Diagnostics as error messages ------------*- C++ -*-===//
//
// The C API, nbc-run and Python report MLIR diagnostics as text with
// "file:line:col" locations; this collects them. On a context with
// diagnostic forwarding enabled (nbcContextCreate's contexts), the collected
// diagnostics also reach the handlers attached to the context.
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
/// message" lines. Without forwarding (see enableDiagnosticForwarding) it
/// handles them: nothing else sees them. With forwarding, the innermost live
/// capture of the context records each diagnostic and every capture lets it
/// go on to the handlers registered before it.
class DiagnosticCapture {
public:
  explicit DiagnosticCapture(MLIRContext *context);
  ~DiagnosticCapture();
  DiagnosticCapture(const DiagnosticCapture &) = delete;
  DiagnosticCapture &operator=(const DiagnosticCapture &) = delete;
  /// The collected text as an llvm::Error (with `fallback` when empty).
  llvm::Error takeError(StringRef fallback);
  /// The remarks collected (with their notes), one "file:line:col: remark:
  /// message" per line; they are not part of takeError's text.
  std::string takeRemarks();

private:
  LogicalResult handle(Diagnostic &diag);

  MLIRContext *context;
  DiagnosticEngine::HandlerID id;
  std::string text;
  std::string remarks;
};

/// Makes the DiagnosticCaptures of `context` pass their diagnostics on to
/// the handlers registered with the context (mlirContextAttachDiagnostic-
/// Handler), and registers a handler below those that drops what they leave
/// unhandled, but only while a capture is live: nbc calls stay silent with no
/// handler attached, other diagnostics keep MLIR's default (errors printed to
/// stderr). Handlers registered earlier than this one never see nbc's
/// diagnostics: call it first. Idempotent; lasts as long as the context.
void enableDiagnosticForwarding(MLIRContext *context);

/// "file:line:col" of a location, or "" when it has none.
std::string formatLocation(Location loc);

} // namespace mlir::nbc

#endif // NBC_EXECUTIONENGINE_DIAGNOSTICS_H
