//===- OMPReductionIdentities.cpp - nbc-omp-reduction-identities ----------===//
//
// omp.declare_reduction from convert-scf-to-openmp
//   -> the same, with the init region yielding the true identity of the
//      combiner: -0.0 for float add (upstream's +0.0 turns a sum of -0.0
//      into +0.0), +/-inf for float min/max (upstream's +/-largest finite
//      value beats an all-infinite range). Other kinds already match.
//
//===----------------------------------------------------------------------===//

#include "ReductionIdentity.h"
#include "nbc/Transforms/Passes.h"

#include "mlir/Dialect/LLVMIR/LLVMDialect.h"
#include "mlir/Dialect/OpenMP/OpenMPDialect.h"

namespace mlir::nbc {
#define GEN_PASS_DEF_NBCOMPREDUCTIONIDENTITIES
#include "nbc/Transforms/Passes.h.inc"
} // namespace mlir::nbc

using namespace mlir;
using namespace mlir::nbc;

namespace {
struct NBCOMPReductionIdentities
    : public nbc::impl::NBCOMPReductionIdentitiesBase<
          NBCOMPReductionIdentities> {
  void runOnOperation() override {
    getOperation().walk([](omp::DeclareReductionOp decl) {
      Region &init = decl.getInitializerRegion();
      Region &combiner = decl.getReductionRegion();
      if (!init.hasOneBlock() || !combiner.hasOneBlock())
        return;
      TypedAttr identity = getReductionIdentity(combiner.front());
      auto yield = dyn_cast<omp::YieldOp>(init.front().back());
      if (!identity || !yield || yield.getNumOperands() != 1 ||
          yield.getOperand(0).getType() != identity.getType())
        return;
      Operation *old = yield.getOperand(0).getDefiningOp();
      OpBuilder b(yield);
      Value value = LLVM::ConstantOp::create(b, yield.getLoc(),
                                             identity.getType(), identity);
      yield->setOperand(0, value);
      if (old && old->use_empty() && isa<LLVM::ConstantOp>(old))
        old->erase();
    });
  }
};
} // namespace
