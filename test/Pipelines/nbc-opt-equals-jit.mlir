// What nbc-opt --nbc-to-llvm prints is exactly what the JIT and AOT compile:
// nbc-run's llvm-dialect stage is the module Program hands to LLVM. Kernels
// with prange (OpenMP), SIMD, libmvec calls, raising ops and entry points.

// RUN: nbc-opt --nbc-to-llvm %s > %t.opt.mlir
// RUN: nbc-run %s --print-stage=llvm-dialect > %t.jit.mlir
// RUN: diff %t.opt.mlir %t.jit.mlir
// RUN: nbc-opt --nbc-to-llvm="parallel=true vector-width=8" %s > %t.opt8.mlir
// RUN: nbc-run %s --parallel --vector-width=8 --print-stage=llvm-dialect > %t.jit8.mlir
// RUN: diff %t.opt8.mlir %t.jit8.mlir
// RUN: FileCheck %s < %t.jit.mlir

// CHECK-DAG: llvm.func @_nbc_call_psum(
// CHECK-DAG: llvm.func @_nbc_call_sines(
// CHECK-DAG: llvm.func @_nbc_call_fdiv(
// CHECK-DAG: omp.wsloop

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

func.func @sines(%a: memref<?xf64>, %out: memref<?xf64>) {
  nbc.ufunc ins(%a : memref<?xf64>) outs(%out : memref<?xf64>) {
  ^bb0(%x: f64):
    %s = nbc.math sin %x : f64
    nbc.yield %s : f64
  }
  return
}

func.func @fdiv(%a: si64, %b: si64) -> si64 {
  %q = nbc.floordiv %a, %b : si64
  return %q : si64
}
