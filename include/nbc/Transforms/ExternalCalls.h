//===- ExternalCalls.h - Calls from lowered nbc ops into C libraries -------===//
//
// Some ops lower to a call of a C function (libm's hypot, libomp's thread
// queries): the private declaration is added to the module once, and a
// user function of that name is reported instead of silently called.
//
//===----------------------------------------------------------------------===//

#ifndef NBC_TRANSFORMS_EXTERNALCALLS_H
#define NBC_TRANSFORMS_EXTERNALCALLS_H

#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/IR/BuiltinOps.h"

namespace mlir::nbc {

/// The declaration of the C function `name` of `type` in `op`'s module,
/// added at the module's start when missing; `library` names where it comes
/// from in the error when the module defines something else by that name.
inline FailureOr<func::FuncOp> lookupOrDeclareExternal(OpBuilder &builder,
                                                       Operation *op,
                                                       StringRef name,
                                                       FunctionType type,
                                                       StringRef library) {
  auto module = op->getParentOfType<ModuleOp>();
  if (!module)
    return op->emitOpError("needs an enclosing module to call ")
           << library << "'s " << name;
  auto callee = module.lookupSymbol<func::FuncOp>(name);
  if (!callee) {
    OpBuilder::InsertionGuard guard(builder);
    builder.setInsertionPointToStart(module.getBody());
    callee = func::FuncOp::create(builder, op->getLoc(), name, type);
    callee.setPrivate();
  } else if (callee.getFunctionType() != type || !callee.isExternal()) {
    return op->emitOpError("cannot call ")
           << library << "'s '" << name
           << "': the module defines another symbol of that name";
  }
  return callee;
}

} // namespace mlir::nbc

#endif // NBC_TRANSFORMS_EXTERNALCALLS_H
