//===- Errors.h - The C API's per-thread last error -----------------------===//

#ifndef NBC_LIB_CAPI_ERRORS_H
#define NBC_LIB_CAPI_ERRORS_H

#include "llvm/ADT/Twine.h"
#include "llvm/Support/Error.h"

namespace mlir::nbc::capi {
/// Records `message` as this thread's last error.
void setError(const llvm::Twine &message);
/// Records the error's message; returns true (for `return fail(...)`).
void setError(llvm::Error error);
} // namespace mlir::nbc::capi

#endif // NBC_LIB_CAPI_ERRORS_H
