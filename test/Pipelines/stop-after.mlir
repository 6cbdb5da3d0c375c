// The stages are one definition: nbc-opt --nbc-to-llvm="stop-after=..."
// prints what nbc-run --print-stage (the C API's nbcProgramPrint, Python's
// inspect_mlir) shows for the same stage, and a program takes its standard
// snapshot during its one pipeline run.

// RUN: nbc-opt --nbc-to-llvm="stop-after=standard" %s > %t.opt.mlir
// RUN: nbc-run %s --print-stage=standard > %t.run.mlir
// RUN: diff %t.opt.mlir %t.run.mlir
// RUN: nbc-opt --nbc-to-llvm="stop-after=standard parallel=false vector-width=1" %s > %t.serial.mlir
// RUN: nbc-run %s --parallel=false --vector-width=1 --print-stage=standard > %t.serial-run.mlir
// RUN: diff %t.serial.mlir %t.serial-run.mlir
// RUN: FileCheck %s --check-prefix=STD < %t.opt.mlir
// RUN: nbc-opt --nbc-to-llvm="stop-after=input" %s | FileCheck %s --check-prefix=INPUT
// RUN: nbc-opt --nbc-to-llvm="stop-after=llvm-dialect" %s > %t.full.mlir
// RUN: nbc-opt --nbc-to-llvm %s | diff %t.full.mlir -
// RUN: not nbc-opt --nbc-to-llvm="stop-after=asm" %s 2>&1 | FileCheck %s --check-prefix=BAD
// RUN: not nbc-run %s --print-stage=bogus 2>&1 | FileCheck %s --check-prefix=RUNBAD

// STD-LABEL: func.func @nbc.fn.psum(
// STD: scf.parallel
// STD-NOT: nbc.
// STD: return
// INPUT-LABEL: func.func @psum(
// INPUT: nbc.prange
// BAD: nbc-to-llvm: stop-after: 'asm' is not a stage of the pipeline (input, standard, llvm-dialect)
// RUNBAD: unknown stage 'bogus' (input, standard, llvm-dialect, llvm-ir, llvm-ir-opt, asm)

func.func @psum(%a: memref<?xf64>) -> f64 attributes {nbc.kernel = #nbc.kernel<parallel = true>} {
  %c0 = nbc.constant 0 : si64
  %c1 = nbc.constant 1 : si64
  %zero = nbc.constant 0.0 : f64
  %n = nbc.dim %a, 0 : memref<?xf64>
  %s = nbc.prange (%i) = (%c0) to (%n) step (%c1) : si64 reduce(add %acc = %zero : f64) {
    %x = nbc.load %a[%i] : memref<?xf64>, si64
    %sq = nbc.mul %x, %x : f64
    %t = nbc.add %acc, %sq : f64
    nbc.yield %t : f64
  }
  return %s : f64
}
