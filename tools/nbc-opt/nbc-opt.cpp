//===- nbc-opt.cpp - The nbc optimizer driver -----------------------------===//
//
// mlir-opt with the nbc dialect, its passes and pipelines.
//
//===----------------------------------------------------------------------===//

#include "mlir/IR/DialectRegistry.h"
#include "mlir/InitAllPasses.h"
#include "mlir/Tools/mlir-opt/MlirOptMain.h"
#include "nbc/InitAllDialects.h"
#include "nbc/InitAllPasses.h"

int main(int argc, char **argv) {
  mlir::registerAllPasses();
  mlir::nbc::registerAllPasses();
  mlir::DialectRegistry registry;
  mlir::nbc::registerAllDialects(registry);
  return mlir::asMainReturnCode(
      mlir::MlirOptMain(argc, argv, "nbc optimizer driver\n", registry));
}
