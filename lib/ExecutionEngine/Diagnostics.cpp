//===- Diagnostics.cpp - Diagnostics as error messages --------------------===//
//
// DiagnosticCapture records diagnostics as text; on contexts with forwarding
// enabled it also lets them reach the handlers attached to the context, and
// a handler registered first (so below every user handler) drops what those
// leave unhandled while a capture is live.
//
//===----------------------------------------------------------------------===//

#include "nbc/ExecutionEngine/Diagnostics.h"

#include "mlir/IR/BuiltinAttributes.h"
#include "mlir/IR/Location.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/SmallVector.h"

#include <memory>
#include <mutex>
#include <utility>

using namespace mlir;
using namespace mlir::nbc;

//===----------------------------------------------------------------------===//
// Forwarding state
//===----------------------------------------------------------------------===//

namespace {
/// The live captures of a context with forwarding, outermost first.
struct ForwardingState {
  llvm::SmallVector<DiagnosticCapture *, 2> captures;
};

/// Erases its context's state when the context (which owns the handler
/// holding it) is destroyed.
struct ForwardingToken {
  explicit ForwardingToken(MLIRContext *context) : context(context) {}
  ~ForwardingToken();
  MLIRContext *context;
};
} // namespace

/// Guards `getStates()`. Never held while calling into a DiagnosticEngine,
/// whose own mutex is held while it calls the handlers that take this one.
/// Both are never destroyed: contexts may outlive static destructors.
static std::mutex &getStatesMutex() {
  static auto *mutex = new std::mutex;
  return *mutex;
}

static llvm::DenseMap<MLIRContext *, ForwardingState> &getStates() {
  static auto *states = new llvm::DenseMap<MLIRContext *, ForwardingState>;
  return *states;
}

ForwardingToken::~ForwardingToken() {
  std::lock_guard<std::mutex> lock(getStatesMutex());
  getStates().erase(context);
}

void nbc::enableDiagnosticForwarding(MLIRContext *context) {
  {
    std::lock_guard<std::mutex> lock(getStatesMutex());
    if (!getStates().try_emplace(context).second)
      return;
  }
  auto token = std::make_shared<ForwardingToken>(context);
  context->getDiagEngine().registerHandler(
      [token](Diagnostic &) -> LogicalResult {
        std::lock_guard<std::mutex> lock(getStatesMutex());
        auto it = getStates().find(token->context);
        // Drop what an nbc call forwarded and no user handler handled; leave
        // everything else to MLIR's default.
        return success(it != getStates().end() &&
                       !it->second.captures.empty());
      });
}

//===----------------------------------------------------------------------===//
// DiagnosticCapture
//===----------------------------------------------------------------------===//

std::string nbc::formatLocation(Location loc) {
  if (auto file = loc->findInstanceOf<FileLineColLoc>())
    return (file.getFilename().strref() + ":" + Twine(file.getLine()) + ":" +
            Twine(file.getColumn()))
        .str();
  return "";
}

static StringRef getSeverityName(DiagnosticSeverity severity) {
  switch (severity) {
  case DiagnosticSeverity::Error:
    return "error";
  case DiagnosticSeverity::Warning:
    return "warning";
  case DiagnosticSeverity::Note:
    return "note";
  case DiagnosticSeverity::Remark:
    return "remark";
  }
  return "error";
}

DiagnosticCapture::DiagnosticCapture(MLIRContext *context) : context(context) {
  id = context->getDiagEngine().registerHandler(
      [this](Diagnostic &diag) { return handle(diag); });
  std::lock_guard<std::mutex> lock(getStatesMutex());
  auto it = getStates().find(context);
  if (it != getStates().end())
    it->second.captures.push_back(this);
}

DiagnosticCapture::~DiagnosticCapture() {
  {
    std::lock_guard<std::mutex> lock(getStatesMutex());
    auto it = getStates().find(context);
    if (it != getStates().end())
      llvm::erase(it->second.captures, this);
  }
  context->getDiagEngine().eraseHandler(id);
}

LogicalResult DiagnosticCapture::handle(Diagnostic &diag) {
  bool forwarding = false;
  bool innermost = true;
  {
    std::lock_guard<std::mutex> lock(getStatesMutex());
    auto it = getStates().find(context);
    if (it != getStates().end()) {
      forwarding = true;
      innermost = it->second.captures.empty() ||
                  it->second.captures.back() == this;
    }
  }
  // Nested captures: the innermost one records (as when each handled its
  // diagnostics), the others pass them on.
  if (innermost) {
    // Remarks (reports such as the vectorization one) are kept apart, so
    // that they never read as part of an error.
    std::string &out =
        diag.getSeverity() == DiagnosticSeverity::Remark ? remarks : text;
    auto append = [&](Diagnostic &d) {
      std::string loc = formatLocation(d.getLocation());
      if (!out.empty())
        out += "\n";
      if (!loc.empty())
        out += loc + ": ";
      out += getSeverityName(d.getSeverity()).str() + ": " + d.str();
    };
    append(diag);
    for (Diagnostic &note : diag.getNotes())
      append(note);
  }
  // Failure lets the diagnostic go on to the handlers registered earlier.
  return success(!forwarding);
}

std::string DiagnosticCapture::takeRemarks() { return std::exchange(remarks, ""); }

llvm::Error DiagnosticCapture::takeError(StringRef fallback) {
  std::string message = text.empty() ? fallback.str() : std::move(text);
  text.clear();
  return llvm::createStringError(message);
}
