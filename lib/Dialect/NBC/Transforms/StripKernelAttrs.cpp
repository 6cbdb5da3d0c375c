//===- StripKernelAttrs.cpp - The nbc-strip-kernel-attrs pass -------------===//
//
// Removes every `nbc.kernel` attribute: lowering has consumed them, and a
// module without nbc attributes parses in tools that do not load nbc.
//
//===----------------------------------------------------------------------===//

#include "nbc/Dialect/NBC/Transforms/Passes.h"

namespace mlir::nbc {
#define GEN_PASS_DEF_NBCSTRIPKERNELATTRS
#include "nbc/Dialect/NBC/Transforms/Passes.h.inc"
} // namespace mlir::nbc

using namespace mlir;

namespace {
struct NBCStripKernelAttrs
    : public nbc::impl::NBCStripKernelAttrsBase<NBCStripKernelAttrs> {
  void runOnOperation() override {
    getOperation()->walk([](Operation *op) {
      op->removeAttr(nbc::NBCDialect::getKernelAttrName());
    });
  }
};
} // namespace
