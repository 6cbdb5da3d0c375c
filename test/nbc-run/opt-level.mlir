// opt-level (nbc-run's -O, NbcCompileOptions.optLevel, the pipeline's
// opt-level) is LLVM's optimizer level: at -O0 the kernel stays a separate
// function its entry points call; at -O3 it is inlined into them. The MLIR
// stages do not depend on it.

// RUN: nbc-run %s --print-stage=llvm-ir-opt -O0 | FileCheck %s --check-prefix=O0
// RUN: nbc-run %s --print-stage=llvm-ir-opt -O3 | FileCheck %s --check-prefix=O3
// RUN: nbc-run %s --print-stage=llvm-dialect -O0 > %t.o0.mlir
// RUN: nbc-opt --nbc-to-llvm="opt-level=0" %s | diff %t.o0.mlir -
// RUN: nbc-opt --nbc-to-llvm="opt-level=3" %s | diff %t.o0.mlir -

// O0: define internal double @nbc.fn.sumsq(
// O0: define double @_mlir_ciface_sumsq(
// O0: call double @nbc.fn.sumsq(
// O3-NOT: @nbc.fn.sumsq(
// O3: define double @_mlir_ciface_sumsq(

func.func @sumsq(%a: memref<?xf64>) -> f64 {
  %c0 = nbc.constant 0 : si64
  %c1 = nbc.constant 1 : si64
  %zero = nbc.constant 0.0 : f64
  %n = nbc.dim %a, 0 : memref<?xf64>
  %s = nbc.range %i = %c0 to %n step %c1 : si64 iter_args(%acc = %zero) -> (f64) {
    %x = nbc.load %a[%i] : memref<?xf64>, si64
    %sq = nbc.mul %x, %x : f64
    %t = nbc.add %acc, %sq : f64
    nbc.yield %t : f64
  }
  return %s : f64
}
