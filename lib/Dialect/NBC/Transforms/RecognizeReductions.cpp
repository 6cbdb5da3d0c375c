//===- RecognizeReductions.cpp - The nbc-recognize-reductions pass --------===//
//
// Sets the reduction kinds of every nbc.prange built with plain carried
// values (mlir::nbc::recognizeAllReductions, inner loops first).
//
//===----------------------------------------------------------------------===//

#include "nbc/Dialect/NBC/Transforms/Passes.h"

#include "nbc/Dialect/NBC/Analysis/Reductions.h"

namespace mlir::nbc {
#define GEN_PASS_DEF_NBCRECOGNIZEREDUCTIONS
#include "nbc/Dialect/NBC/Transforms/Passes.h.inc"
} // namespace mlir::nbc

using namespace mlir;
using namespace mlir::nbc;

namespace {
struct NBCRecognizeReductions
    : public nbc::impl::NBCRecognizeReductionsBase<NBCRecognizeReductions> {
  void runOnOperation() override {
    if (failed(recognizeAllReductions(getOperation())))
      signalPassFailure();
  }
};
} // namespace
