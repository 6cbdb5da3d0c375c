// A 2-D prange, a prange nested in a prange, and negative steps, on 2
// OpenMP threads. Expected values from CPython.
// RUN: nbc-opt --nbc-to-llvm %s | env OMP_NUM_THREADS=2 mlir-runner -e _mlir_ciface_main -entry-point-result=void -shared-libs=%mlir_c_runner_utils,%mlir_runner_utils,%libomp,%nbc_runtime | FileCheck %s
// RUN: nbc-opt --nbc-to-llvm %s | FileCheck %s --check-prefix=IR
// The same, run by nbc-run through the JIT and through an AOT shared library.
// RUN: env OMP_NUM_THREADS=2 nbc-run %s --fn=main --shared-libs=%mlir_c_runner_utils,%mlir_runner_utils | FileCheck %s
// RUN: env OMP_NUM_THREADS=2 nbc-run --aot %s --fn=main --shared-libs=%mlir_c_runner_utils,%mlir_runner_utils | FileCheck %s
// IR: omp.parallel
// IR: omp.wsloop

func.func private @printF64(f64)
func.func private @printI64(si64)
func.func private @printNewline()

// 1 + sum(m[i, j]) over a 2-D prange
func.func @sum2d(%m: memref<?x?xsi64>) -> si64
    attributes {nbc.kernel = #nbc.kernel<parallel = true>} {
  %c0 = nbc.constant 0 : si64
  %c1 = nbc.constant 1 : si64
  %n = nbc.dim %m, 0 : memref<?x?xsi64>
  %k = nbc.dim %m, 1 : memref<?x?xsi64>
  %r = nbc.prange (%i, %j) = (%c0, %c0) to (%n, %k) step (%c1, %c1) : si64
      reduce(add %acc = %c1 : si64) {
    %x = nbc.load %m[%i, %j] : memref<?x?xsi64>, si64, si64
    %s = nbc.add %acc, %x : si64
    nbc.yield %s : si64
  }
  return %r : si64
}

// sum(i * j for i in prange(n) for j in prange(i))
func.func @nested(%n: si64) -> si64
    attributes {nbc.kernel = #nbc.kernel<parallel = true>} {
  %c0 = nbc.constant 0 : si64
  %c1 = nbc.constant 1 : si64
  %r = nbc.prange (%i) = (%c0) to (%n) step (%c1) : si64 reduce(add %acc = %c0 : si64) {
    %inner = nbc.prange (%j) = (%c0) to (%i) step (%c1) : si64 reduce(add %a2 = %c0 : si64) {
      %p = nbc.mul %i, %j : si64
      %s2 = nbc.add %a2, %p : si64
      nbc.yield %s2 : si64
    }
    %s = nbc.add %acc, %inner : si64
    nbc.yield %s : si64
  }
  return %r : si64
}

// init + sum(i * i for i in prange(start, stop, step))
func.func @squares(%start: si64, %stop: si64, %step: si64, %init: f64) -> f64
    attributes {nbc.kernel = #nbc.kernel<parallel = true>} {
  %r = nbc.prange (%i) = (%start) to (%stop) step (%step) : si64
      reduce(add %acc = %init : f64) {
    %p = nbc.mul %i, %i : si64
    %f = nbc.cast %p : si64 to f64
    %s = nbc.add %acc, %f : f64
    nbc.yield %s : f64
  }
  return %r : f64
}

// sum(i for i in prange(start, stop, step)) with si32 bounds
func.func @isum32(%start: si32, %stop: si32, %step: si32) -> si32
    attributes {nbc.kernel = #nbc.kernel<parallel = true>} {
  %c0 = nbc.constant 0 : si32
  %r = nbc.prange (%i) = (%start) to (%stop) step (%step) : si32
      reduce(add %acc = %c0 : si32) {
    %s = nbc.add %acc, %i : si32
    nbc.yield %s : si32
  }
  return %r : si32
}

func.func @main() attributes {nbc.report_errors} {
  %c0 = nbc.constant 0 : si64
  %c1 = nbc.constant 1 : si64
  %c5 = nbc.constant 5 : si64
  %c7 = nbc.constant 7 : si64
  %c10 = nbc.constant 10 : si64
  %m = nbc.empty(%c7, %c5) : memref<?x?xsi64>, si64, si64
  nbc.range %i = %c0 to %c7 step %c1 : si64 {
    nbc.range %j = %c0 to %c5 step %c1 : si64 {
      %t = nbc.mul %i, %c10 : si64
      %v = nbc.add %t, %j : si64
      nbc.store %v, %m[%i, %j] : memref<?x?xsi64>, si64, si64
    }
  }
  // CHECK: 1121
  %s = func.call @sum2d(%m) : (memref<?x?xsi64>) -> si64
  func.call @printI64(%s) : (si64) -> ()
  func.call @printNewline() : () -> ()
  // CHECK-NEXT: 85
  %c6 = nbc.constant 6 : si64
  %n = func.call @nested(%c6) : (si64) -> si64
  func.call @printI64(%n) : (si64) -> ()
  func.call @printNewline() : () -> ()
  // CHECK-NEXT: 166.25
  %cm3 = nbc.constant -3 : si64
  %q = nbc.constant 0.25 : f64
  %sq = func.call @squares(%c10, %c0, %cm3, %q) : (si64, si64, si64, f64) -> f64
  func.call @printF64(%sq) : (f64) -> ()
  func.call @printNewline() : () -> ()
  // CHECK-NEXT: -44
  %a = nbc.constant -5 : si32
  %b = nbc.constant -20 : si32
  %st = nbc.constant -4 : si32
  %r32 = func.call @isum32(%a, %b, %st) : (si32, si32, si32) -> si32
  %r64 = nbc.cast %r32 : si32 to si64
  func.call @printI64(%r64) : (si64) -> ()
  func.call @printNewline() : () -> ()
  return
}
