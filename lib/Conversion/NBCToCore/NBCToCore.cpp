//===- NBCToCore.cpp - The convert-nbc-to-core pass -----------------------===//
//
// Applies every nbc lowering pattern in one dialect conversion, with
// signedness erased from function signatures and structured control flow.
//
//===----------------------------------------------------------------------===//

#include "nbc/Conversion/Passes.h"

#include "ArrayLowering.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Complex/IR/Complex.h"
#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/Dialect/Func/Transforms/FuncConversions.h"
#include "mlir/Dialect/LLVMIR/LLVMDialect.h"
#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/Math/IR/Math.h"
#include "mlir/Dialect/MemRef/IR/MemRef.h"
#include "mlir/Dialect/SCF/IR/SCF.h"
#include "mlir/Dialect/SCF/Transforms/Patterns.h"
#include "nbc/Dialect/NBC/IR/NBCOps.h"

namespace mlir::nbc {
#define GEN_PASS_DEF_CONVERTNBCTOCORE
#include "nbc/Conversion/Passes.h.inc"
} // namespace mlir::nbc

using namespace mlir;
using namespace mlir::nbc;

void nbc::configureNBCToCoreTarget(ConversionTarget &target,
                                       const TypeConverter &typeConverter) {
  target.addLegalDialect<arith::ArithDialect, complex::ComplexDialect,
                         math::MathDialect,
                         scf::SCFDialect, memref::MemRefDialect,
                         linalg::LinalgDialect>();
  target.addIllegalDialect<NBCDialect>();
  target.addDynamicallyLegalOp<RaiseIfOp>([&](RaiseIfOp op) {
    return typeConverter.isLegal(op) && !op.hasTypeNameArgs();
  });
  target.addDynamicallyLegalOp<ReraiseOp>(
      [&](Operation *op) { return typeConverter.isLegal(op); });
  // Kept on converted types for nbc-expand-atomic-updates (its description
  // says why) and nbc-lower-errors (nbc.try).
  target.addDynamicallyLegalOp<AtomicUpdateOp, TryOp>(
      [&](Operation *op) { return typeConverter.isLegal(op); });
  target.addDynamicallyLegalOp<YieldOp>([&](Operation *op) {
    return isa<AtomicUpdateOp, TryOp>(op->getParentOp()) &&
           typeConverter.isLegal(op);
  });
  target.addDynamicallyLegalOp<func::FuncOp>([&](func::FuncOp op) {
    return typeConverter.isSignatureLegal(op.getFunctionType()) &&
           typeConverter.isLegal(&op.getBody());
  });
  target.addDynamicallyLegalOp<func::ReturnOp, func::CallOp>(
      [&](Operation *op) { return typeConverter.isLegal(op); });
  target.markUnknownOpDynamicallyLegal(
      [&](Operation *op) { return typeConverter.isLegal(op); });
}

namespace {
struct ConvertNBCToCore
    : public nbc::impl::ConvertNBCToCoreBase<ConvertNBCToCore> {
  // int(float) on x86-64 calls the hardware conversion as an LLVM
  // intrinsic (ScalarToArith.cpp).
  void getDependentDialects(DialectRegistry &registry) const override {
    ConvertNBCToCoreBase::getDependentDialects(registry);
    registry.insert<LLVM::LLVMDialect>();
    registerIntrinsicEffects(registry);
  }
  void runOnOperation() override {
    MLIRContext *context = &getContext();
    NBCTypeConverter typeConverter;
    RewritePatternSet patterns(context);
    populateNBCToArithPatterns(typeConverter, patterns);
    populateNBCControlToSCFPatterns(typeConverter, patterns);
    populateNBCParallelToSCFPatterns(typeConverter, patterns);
    populateNBCArrayToMemRefPatterns(typeConverter, patterns);
    populateFunctionOpInterfaceTypeConversionPattern<func::FuncOp>(
        patterns, typeConverter);
    populateCallOpTypeConversionPattern(patterns, typeConverter);
    populateReturnOpTypeConversionPattern(patterns, typeConverter);

    ConversionTarget target(*context);
    configureNBCToCoreTarget(target, typeConverter);
    scf::populateSCFStructuralTypeConversionsAndLegality(typeConverter,
                                                         patterns, target);
    if (failed(applyFullConversion(getOperation(), target,
                                   std::move(patterns)))) {
      signalPassFailure();
      return;
    }
    arrays::forwardListLengths(getOperation());
  }
};
} // namespace
