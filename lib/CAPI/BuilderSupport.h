//===- BuilderSupport.h - Shared checks of the C API's op builders --------===//

#ifndef NBC_LIB_CAPI_BUILDERSUPPORT_H
#define NBC_LIB_CAPI_BUILDERSUPPORT_H

#include "Errors.h"
#include "mlir-c/IR.h"
#include "mlir/CAPI/IR.h"
#include "mlir/IR/Operation.h"
#include "mlir/IR/Verifier.h"
#include "nbc/Dialect/NBC/IR/NBCOps.h"
#include "nbc/ExecutionEngine/Diagnostics.h"

namespace mlir::nbc::capi {

inline MlirOperation failOp(const llvm::Twine &message) {
  setError(message);
  return MlirOperation{nullptr};
}

/// Verifies `op` alone; destroys it and records the diagnostics on failure.
inline MlirOperation verifiedOrNull(Operation *op) {
  DiagnosticCapture capture(op->getContext());
  if (failed(verify(op, /*verifyRecursively=*/false))) {
    setError(capture.takeError("invalid operation"));
    op->destroy();
    return MlirOperation{nullptr};
  }
  return wrap(op);
}

/// Creates the op of `state` and verifies it alone.
inline MlirOperation createVerified(OperationState &state) {
  return verifiedOrNull(Operation::create(state));
}

/// The nbc array type of `value`, or null.
inline MemRefType arrayType(MlirValue value) {
  auto type = dyn_cast<MemRefType>(unwrap(value).getType());
  return type && isNBCArray(type) ? type : MemRefType();
}

/// True when `values` cannot hold `n` non-null values.
inline bool anyNull(intptr_t n, const MlirValue *values) {
  if (n < 0 || (n > 0 && !values))
    return true;
  for (intptr_t i = 0; i < n; ++i)
    if (mlirValueIsNull(values[i]))
      return true;
  return false;
}

inline llvm::SmallVector<Value> unwrapValues(intptr_t n,
                                             const MlirValue *values) {
  llvm::SmallVector<Value> result;
  for (intptr_t i = 0; i < n; ++i)
    result.push_back(unwrap(values[i]));
  return result;
}

} // namespace mlir::nbc::capi

#endif // NBC_LIB_CAPI_BUILDERSUPPORT_H
