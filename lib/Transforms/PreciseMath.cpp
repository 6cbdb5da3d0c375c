//===- PreciseMath.cpp - log1p/expm1 to libm calls ------------------------===//
//
// convert-math-to-llvm expands log1p and expm1 into log(1 + x) and
// exp(x) - 1; this applies the math-to-libm patterns to those two ops only.
//
//===----------------------------------------------------------------------===//

#include "nbc/Transforms/Passes.h"

#include "mlir/Conversion/MathToLibm/MathToLibm.h"
#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/Dialect/LLVMIR/LLVMDialect.h"
#include "mlir/Dialect/Math/IR/Math.h"
#include "mlir/Transforms/DialectConversion.h"

namespace mlir::nbc {
#define GEN_PASS_DEF_NBCPRECISEMATH
#include "nbc/Transforms/Passes.h.inc"
} // namespace mlir::nbc

using namespace mlir;

namespace {
struct NBCPreciseMath : public nbc::impl::NBCPreciseMathBase<NBCPreciseMath> {
  void runOnOperation() override {
    RewritePatternSet patterns(&getContext());
    populateMathToLibmConversionPatterns(patterns);
    // Only illegal ops are rewritten by a partial conversion.
    ConversionTarget target(getContext());
    target.markUnknownOpDynamicallyLegal([](Operation *) { return true; });
    target.addIllegalOp<math::Log1pOp, math::ExpM1Op>();
    if (failed(applyPartialConversion(getOperation(), target,
                                      std::move(patterns))))
      signalPassFailure();
  }
};
} // namespace
