// prange add/mul reductions with non-identity inits, and an empty prange,
// run on 2 OpenMP threads. Expected values: CPython on the same loops.
// RUN: nbc-opt --nbc-to-llvm %s | env OMP_NUM_THREADS=2 mlir-runner -e _mlir_ciface_main -entry-point-result=void -shared-libs=%mlir_c_runner_utils,%mlir_runner_utils,%libomp,%nbc_runtime | FileCheck %s
// RUN: nbc-opt --nbc-to-llvm %s | FileCheck %s --check-prefix=IR
// With the pipeline's parallel=false, the same kernels run as serial loops.
// RUN: nbc-opt --nbc-to-llvm=parallel=false %s | mlir-runner -e _mlir_ciface_main -entry-point-result=void -shared-libs=%mlir_c_runner_utils,%mlir_runner_utils,%nbc_runtime | FileCheck %s
// RUN: nbc-opt --nbc-to-llvm=parallel=false %s | FileCheck %s --check-prefix=SERIAL
// The same, run by nbc-run through the JIT and through an AOT shared library.
// RUN: env OMP_NUM_THREADS=2 nbc-run %s --fn=main --shared-libs=%mlir_c_runner_utils,%mlir_runner_utils | FileCheck %s
// RUN: env OMP_NUM_THREADS=2 nbc-run --aot %s --fn=main --shared-libs=%mlir_c_runner_utils,%mlir_runner_utils | FileCheck %s
// RUN: nbc-run %s --fn=main --parallel=false --shared-libs=%mlir_c_runner_utils,%mlir_runner_utils | FileCheck %s
// RUN: nbc-run --aot %s --fn=main --parallel=false --shared-libs=%mlir_c_runner_utils,%mlir_runner_utils | FileCheck %s
// SERIAL-NOT: omp.
// IR: omp.declare_reduction
// IR: omp.parallel
// IR: omp.wsloop

func.func private @printF64(f64)
func.func private @printNewline()

// sum(a) + 10.0
func.func @psum(%a: memref<?xf64>) -> f64
    attributes {nbc.kernel = #nbc.kernel<parallel = true>} {
  %c0 = nbc.constant 0 : si64
  %c1 = nbc.constant 1 : si64
  %init = nbc.constant 10.0 : f64
  %n = nbc.dim %a, 0 : memref<?xf64>
  %r = nbc.prange (%i) = (%c0) to (%n) step (%c1) : si64 reduce(add %acc = %init : f64) {
    %x = nbc.load %a[%i] : memref<?xf64>, si64
    %s = nbc.add %acc, %x : f64
    nbc.yield %s : f64
  }
  return %r : f64
}

// 2.0 * prod(i for i in range(lo, hi))
func.func @pprod(%lo: si64, %hi: si64) -> f64
    attributes {nbc.kernel = #nbc.kernel<parallel = true>} {
  %c1 = nbc.constant 1 : si64
  %init = nbc.constant 2.0 : f64
  %r = nbc.prange (%i) = (%lo) to (%hi) step (%c1) : si64 reduce(mul %acc = %init : f64) {
    %x = nbc.cast %i : si64 to f64
    %s = nbc.mul %acc, %x : f64
    nbc.yield %s : f64
  }
  return %r : f64
}

func.func @main() attributes {nbc.report_errors} {
  %c0 = nbc.constant 0 : si64
  %c1 = nbc.constant 1 : si64
  %n = nbc.constant 1000 : si64
  %a = nbc.empty(%n) : memref<?xf64>, si64
  nbc.range %i = %c0 to %n step %c1 : si64 {
    %f = nbc.cast %i : si64 to f64
    nbc.store %f, %a[%i] : memref<?xf64>, si64
  }
  // CHECK: 499510
  %s = func.call @psum(%a) : (memref<?xf64>) -> f64
  func.call @printF64(%s) : (f64) -> ()
  func.call @printNewline() : () -> ()
  // CHECK-NEXT: 80640
  %c9 = nbc.constant 9 : si64
  %p = func.call @pprod(%c1, %c9) : (si64, si64) -> f64
  func.call @printF64(%p) : (f64) -> ()
  func.call @printNewline() : () -> ()
  // An empty range leaves the init: 2.0
  // CHECK-NEXT: 2
  %c5 = nbc.constant 5 : si64
  %e = func.call @pprod(%c5, %c0) : (si64, si64) -> f64
  func.call @printF64(%e) : (f64) -> ()
  func.call @printNewline() : () -> ()
  return
}
