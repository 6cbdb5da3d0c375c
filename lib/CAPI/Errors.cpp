//===- Errors.cpp - The C API's per-thread last error ---------------------===//

#include "Errors.h"

#include "mlir/CAPI/Support.h"
#include "nbc-c/Dialect.h"

#include <string>

static thread_local std::string lastError;

void mlir::nbc::capi::setError(const llvm::Twine &message) {
  lastError = message.str();
}

void mlir::nbc::capi::setError(llvm::Error error) {
  lastError = llvm::toString(std::move(error));
}

MlirStringRef nbcGetLastError(void) {
  return mlirStringRefCreate(lastError.data(), lastError.size());
}

void nbcClearLastError(void) { lastError.clear(); }
