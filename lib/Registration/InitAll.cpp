//===- InitAll.cpp - Registration of dialects and passes ------------------===//

#include "nbc/InitAllDialects.h"
#include "nbc/InitAllPasses.h"

#include "mlir/InitAllDialects.h"
#include "mlir/InitAllExtensions.h"
#include "nbc/Conversion/NBCToCore/NBCToCore.h"
#include "nbc/Conversion/Passes.h"
#include "nbc/Dialect/NBC/IR/NBCDialect.h"
#include "nbc/Dialect/NBC/IR/NBCInliner.h"
#include "nbc/Dialect/NBC/Transforms/Passes.h"
#include "nbc/Transforms/Passes.h"
#include "nbc/Pipelines/Pipelines.h"

void mlir::nbc::registerAllDialects(DialectRegistry &registry) {
  registry.insert<nbc::NBCDialect>();
  mlir::registerAllDialects(registry);
  mlir::registerAllExtensions(registry);
  registerIntrinsicEffects(registry);
  registerInlinerInterface(registry);
}

void mlir::nbc::registerAllPasses() {
  registerNBCConversionPasses();
  registerNBCDialectTransformsPasses();
  registerNBCTransformsPasses();
  registerNBCPipelines();
}
