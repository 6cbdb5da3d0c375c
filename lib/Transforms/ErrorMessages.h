//===- ErrorMessages.h - Formatting nbc.raise_if messages -------*- C++ -*-===//
//
// The failure path of an nbc.raise_if whose message quotes run-time values:
// calls of the runtime's error formatter (lib/Runtime/ErrorFormat.c), used
// by nbc-lower-errors.
//
//===----------------------------------------------------------------------===//

#ifndef NBC_TRANSFORMS_ERRORMESSAGES_H
#define NBC_TRANSFORMS_ERRORMESSAGES_H

#include "mlir/IR/Builders.h"
#include "mlir/IR/BuiltinOps.h"
#include "nbc/Dialect/NBC/IR/NBCOps.h"
#include "llvm/ADT/STLFunctionalExtras.h"

namespace mlir::nbc {

/// Fails with a diagnostic unless `op`'s integer args are signless (as
/// convert-nbc-to-core leaves them).
LogicalResult checkFormattable(RaiseIfOp op);

/// Emits, at `builder`'s insertion point, the calls that format `op`'s
/// message with its args and returns the status they build (never null).
/// `statusTemplate` is the address of the kind byte and message;
/// `textAddress` gives the address of constant NUL-terminated bytes.
Value buildFormattedStatus(OpBuilder &builder, ModuleOp module, RaiseIfOp op,
                           Value statusTemplate,
                           llvm::function_ref<Value(StringRef)> textAddress);

/// The bytes of the stack slot that holds a `finally` block's pending
/// formatted message (longer ones go to the heap).
constexpr int64_t kHeldMessageSlotSize = 256;

/// Copies `status` (a pending exception) out of the thread's message buffer
/// into `slot` (kHeldMessageSlotSize bytes), so that raises while a `finally`
/// block runs do not overwrite it; returns the held status.
Value buildHeldStatus(OpBuilder &builder, ModuleOp module, Location loc,
                      Value status, Value slot);
/// The status `held` (buildHeldStatus's, with its `slot`) back in the
/// thread's buffer, to be raised again.
Value buildReleasedStatus(OpBuilder &builder, ModuleOp module, Location loc,
                          Value held, Value slot);

} // namespace mlir::nbc

#endif // NBC_TRANSFORMS_ERRORMESSAGES_H
