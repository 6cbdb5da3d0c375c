//===- NBCInliner.cpp - Inlining nbc functions -----------------------------===//
//
// A jitted function called from a loop (a `@vectorize` kernel's scalar
// function in its nbc.ufunc, a helper called per element) is inlined before
// the loop passes, so the loop vectorizes with the callee's body in it.
// The lowering of some nbc ops reads the options of their enclosing
// function (`#nbc.kernel`: fastmath, error model, bounds checks, parallel),
// so a body moves only into a function whose options lower it the same way.
//
//===----------------------------------------------------------------------===//

#include "nbc/Dialect/NBC/IR/NBCInliner.h"

#include "nbc/Dialect/NBC/IR/NBCDialect.h"

#include "mlir/Interfaces/FunctionInterfaces.h"
#include "mlir/Transforms/InliningUtils.h"
#include "nbc/Dialect/NBC/IR/NBCOps.h"

using namespace mlir;
using namespace mlir::nbc;

namespace {

/// Whether `op` (an nbc op of the callee) lowers the same in the function
/// around `dest`. `parallel` only changes how an nbc.prange lowers.
bool lowersTheSameIn(Operation *op, Region *dest) {
  KernelAttr from = getKernelOptions(op);
  KernelAttr into = getKernelOptions(dest->getParentOp());
  if (from.getFastmath() != into.getFastmath() ||
      from.getErrorModel() != into.getErrorModel() ||
      from.getBoundscheck() != into.getBoundscheck())
    return false;
  return !isa<PRangeOp>(op) || from.getParallel() == into.getParallel();
}

struct NBCInlinerInterface : public DialectInlinerInterface {
  using DialectInlinerInterface::DialectInlinerInterface;

  // A call in an nbc region (an nbc.ufunc body, a loop) may be inlined.
  bool isLegalToInline(Region *, Region *, bool, IRMapping &) const final {
    return true;
  }

  bool isLegalToInline(Operation *op, Region *dest, bool,
                       IRMapping &) const final {
    return lowersTheSameIn(op, dest);
  }
};

} // namespace

void nbc::registerInlinerInterface(DialectRegistry &registry) {
  registry.addExtension(+[](MLIRContext *, NBCDialect *dialect) {
    dialect->addInterfaces<NBCInlinerInterface>();
  });
}
