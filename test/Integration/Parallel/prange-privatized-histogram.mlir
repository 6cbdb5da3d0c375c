// A histogram `h[7 i % 11] += 1` in a parallel prange: with 1000
// iterations the 11 bins get per-thread copies (nbc-privatize-array-updates),
// with 5 iterations (fewer than the bins) the atomics run. Both give
// CPython's counts, on 2 and 3 threads.
// RUN: nbc-opt --nbc-to-llvm %s | env OMP_NUM_THREADS=2 mlir-runner -e _mlir_ciface_main -entry-point-result=void -shared-libs=%mlir_c_runner_utils,%mlir_runner_utils,%libomp,%nbc_runtime | FileCheck %s
// RUN: nbc-opt --nbc-to-llvm %s | env OMP_NUM_THREADS=3 mlir-runner -e _mlir_ciface_main -entry-point-result=void -shared-libs=%mlir_c_runner_utils,%mlir_runner_utils,%libomp,%nbc_runtime | FileCheck %s
// RUN: nbc-opt --nbc-to-llvm="stop-after=standard" %s | FileCheck %s --check-prefix=STD
// The thread count query, and both forms: the rows and the atomics.
// STD-LABEL: func.func @nbc.fn.histogram
// STD: call @omp_get_max_threads
// STD: scf.if
// STD: memref.alloc
// STD: scf.parallel
// STD: } else {
// STD: memref.atomic_rmw addi

func.func private @printI64(si64)
func.func private @printNewline()

func.func @histogram(%n: si64) -> memref<?xsi64>
    attributes {nbc.kernel = #nbc.kernel<parallel = true>} {
  %c0 = nbc.constant 0 : si64
  %c1 = nbc.constant 1 : si64
  %c7 = nbc.constant 7 : si64
  %c11 = nbc.constant 11 : si64
  %h = nbc.full(%c11) %c0 : memref<?xsi64>, si64
  nbc.prange (%i) = (%c0) to (%n) step (%c1) : si64 {
    %t = nbc.mul %i, %c7 : si64
    %k = nbc.mod %t, %c11 : si64
    %old = nbc.load %h[%k] : memref<?xsi64>, si64
    %new = nbc.add %old, %c1 : si64
    nbc.store %new, %h[%k] : memref<?xsi64>, si64
  }
  return %h : memref<?xsi64>
}

// sum((k + 1) * h[k]), then h[3].
func.func @report(%n: si64) {
  %c0 = nbc.constant 0 : si64
  %c1 = nbc.constant 1 : si64
  %c3 = nbc.constant 3 : si64
  %c11 = nbc.constant 11 : si64
  %h = func.call @histogram(%n) : (si64) -> memref<?xsi64>
  %sum = nbc.range %k = %c0 to %c11 step %c1 : si64
      iter_args(%acc = %c0) -> (si64) {
    %v = nbc.load %h[%k] : memref<?xsi64>, si64
    %w = nbc.add %k, %c1 : si64
    %p = nbc.mul %v, %w : si64
    %s = nbc.add %acc, %p : si64
    nbc.yield %s : si64
  }
  func.call @printI64(%sum) : (si64) -> ()
  func.call @printNewline() : () -> ()
  %h3 = nbc.load %h[%c3] : memref<?xsi64>, si64
  func.call @printI64(%h3) : (si64) -> ()
  func.call @printNewline() : () -> ()
  return
}

func.func @main() attributes {nbc.report_errors} {
  // CHECK: 6001
  // CHECK-NEXT: 91
  %big = nbc.constant 1000 : si64
  func.call @report(%big) : (si64) -> ()
  // CHECK-NEXT: 31
  // CHECK-NEXT: 1
  %few = nbc.constant 5 : si64
  func.call @report(%few) : (si64) -> ()
  return
}
