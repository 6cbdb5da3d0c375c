//===- StripAttributes.cpp - Drop nbc.* attributes before LLVM ------------===//

#include "nbc/Transforms/Passes.h"

#include "mlir/IR/BuiltinOps.h"

namespace mlir::nbc {
#define GEN_PASS_DEF_NBCSTRIPATTRIBUTES
#include "nbc/Transforms/Passes.h.inc"
} // namespace mlir::nbc

using namespace mlir;

namespace {
struct NBCStripAttributes
    : public nbc::impl::NBCStripAttributesBase<NBCStripAttributes> {
  void runOnOperation() override {
    getOperation()->walk([](Operation *op) {
      SmallVector<StringAttr> names;
      for (NamedAttribute attr : op->getDiscardableAttrs())
        if (attr.getName().getValue().starts_with("nbc."))
          names.push_back(attr.getName());
      for (StringAttr name : names)
        op->removeDiscardableAttr(name);
    });
  }
};
} // namespace
