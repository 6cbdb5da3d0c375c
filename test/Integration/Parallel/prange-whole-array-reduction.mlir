// A whole-array `acc -= i` (an in-place nbc.ufunc) in a parallel prange:
// each thread subtracts into its own row (nbc-privatize-array-updates,
// unconditionally: there is no atomic form), the rows are added into acc
// after the loop. CPython's values on 1, 2 and 3 threads, also for an
// empty loop.
// RUN: nbc-opt --nbc-to-llvm %s | env OMP_NUM_THREADS=1 mlir-runner -e _mlir_ciface_main -entry-point-result=void -shared-libs=%mlir_c_runner_utils,%mlir_runner_utils,%libomp,%nbc_runtime | FileCheck %s
// RUN: nbc-opt --nbc-to-llvm %s | env OMP_NUM_THREADS=2 mlir-runner -e _mlir_ciface_main -entry-point-result=void -shared-libs=%mlir_c_runner_utils,%mlir_runner_utils,%libomp,%nbc_runtime | FileCheck %s
// RUN: nbc-opt --nbc-to-llvm %s | env OMP_NUM_THREADS=3 mlir-runner -e _mlir_ciface_main -entry-point-result=void -shared-libs=%mlir_c_runner_utils,%mlir_runner_utils,%libomp,%nbc_runtime | FileCheck %s
// RUN: nbc-opt --nbc-to-llvm="stop-after=standard" %s | FileCheck %s --check-prefix=STD
// The rows, the chunked loop and the merge; no choice, no atomics.
// STD-LABEL: func.func @nbc.fn.sums
// STD-NOT: scf.if
// STD: call @omp_get_max_threads
// STD: memref.alloc
// STD: scf.parallel
// STD: scf.parallel
// STD-NOT: memref.atomic_rmw
// STD: return

func.func private @printI64(si64)
func.func private @printNewline()

func.func @sums(%n: si64) -> memref<?xsi64>
    attributes {nbc.kernel = #nbc.kernel<parallel = true>} {
  %c0 = nbc.constant 0 : si64
  %c1 = nbc.constant 1 : si64
  %c5 = nbc.constant 5 : si64
  %acc = nbc.full(%c5) %c1 : memref<?xsi64>, si64
  nbc.prange (%i) = (%c0) to (%n) step (%c1) : si64 {
    nbc.ufunc ins(%acc, %i : memref<?xsi64>, si64) outs(%acc : memref<?xsi64>) {
    ^bb0(%a: si64, %b: si64):
      %t = nbc.sub %a, %b : si64
      nbc.yield %t : si64
    }
  }
  return %acc : memref<?xsi64>
}

// acc[0], acc[4]
func.func @report(%n: si64) {
  %c0 = nbc.constant 0 : si64
  %c4 = nbc.constant 4 : si64
  %acc = func.call @sums(%n) : (si64) -> memref<?xsi64>
  %first = nbc.load %acc[%c0] : memref<?xsi64>, si64
  func.call @printI64(%first) : (si64) -> ()
  func.call @printNewline() : () -> ()
  %last = nbc.load %acc[%c4] : memref<?xsi64>, si64
  func.call @printI64(%last) : (si64) -> ()
  func.call @printNewline() : () -> ()
  return
}

func.func @main() attributes {nbc.report_errors} {
  // 1 - sum(range(1000))
  // CHECK: -499499
  // CHECK-NEXT: -499499
  %big = nbc.constant 1000 : si64
  func.call @report(%big) : (si64) -> ()
  // CHECK-NEXT: 1
  // CHECK-NEXT: 1
  %none = nbc.constant 0 : si64
  func.call @report(%none) : (si64) -> ()
  return
}
