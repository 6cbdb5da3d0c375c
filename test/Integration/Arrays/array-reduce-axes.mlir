// nbc.array_reduce over several axes, with keepdims, the nan kinds and
// var/std with ddof, and nbc.array_scan, against NumPy on
// m = [[1, 5, 2], [7, nan, 3]] (the expected values are NumPy's).
// RUN: nbc-opt --nbc-to-llvm %s | mlir-runner -e _mlir_ciface_main -entry-point-result=void -shared-libs=%mlir_c_runner_utils,%mlir_runner_utils,%nbc_runtime | FileCheck %s
// RUN: nbc-opt --nbc-to-llvm %s | not mlir-runner -e _mlir_ciface_empty_nanmin -entry-point-result=void -shared-libs=%mlir_c_runner_utils,%mlir_runner_utils,%nbc_runtime 2>&1 | FileCheck %s --check-prefix=EMIN
// EMIN: ValueError: zero-size array to reduction operation fmin which has no identity

func.func private @printF64(f64)
func.func private @printNewline()
func.func private @printMemrefF64(memref<*xf64>) attributes {llvm.emit_c_interface}

func.func @show(%a: memref<?xf64>) {
  %u = memref.cast %a : memref<?xf64> to memref<*xf64>
  func.call @printMemrefF64(%u) : (memref<*xf64>) -> ()
  return
}
func.func @show2(%a: memref<?x?xf64>) {
  %u = memref.cast %a : memref<?x?xf64> to memref<*xf64>
  func.call @printMemrefF64(%u) : (memref<*xf64>) -> ()
  return
}

func.func @main() attributes {nbc.report_errors} {
  %c0 = nbc.constant 0 : si64
  %c1 = nbc.constant 1 : si64
  %c2 = nbc.constant 2 : si64
  %c3 = nbc.constant 3 : si64
  %m = nbc.empty(%c2, %c3) : memref<?x?xf64>, si64, si64
  %f1 = nbc.constant 1.0 : f64
  %f5 = nbc.constant 5.0 : f64
  %f2 = nbc.constant 2.0 : f64
  %f7 = nbc.constant 7.0 : f64
  %nan = nbc.constant 0x7FF8000000000000 : f64
  %f3 = nbc.constant 3.0 : f64
  nbc.store %f1, %m[%c0, %c0] : memref<?x?xf64>, si64, si64
  nbc.store %f5, %m[%c0, %c1] : memref<?x?xf64>, si64, si64
  nbc.store %f2, %m[%c0, %c2] : memref<?x?xf64>, si64, si64
  nbc.store %f7, %m[%c1, %c0] : memref<?x?xf64>, si64, si64
  nbc.store %nan, %m[%c1, %c1] : memref<?x?xf64>, si64, si64
  nbc.store %f3, %m[%c1, %c2] : memref<?x?xf64>, si64, si64
  // np.nansum(m, axis=(0, 1), keepdims=True) = [[18]]
  // CHECK: [18]
  %s = nbc.array_reduce nansum %m axes [0, 1] keepdims : memref<?x?xf64> -> memref<?x?xf64>
  func.call @show2(%s) : (memref<?x?xf64>) -> ()
  // np.nanmean(m, axis=1) = [2.66667, 5]
  // CHECK: [2.66667, 5]
  %mn = nbc.array_reduce nanmean %m axes [1] : memref<?x?xf64> -> memref<?xf64>
  func.call @show(%mn) : (memref<?xf64>) -> ()
  // np.var(m, axis=0, ddof=1) = [18, nan, 0.5]
  // CHECK: [18, nan, 0.5]
  %ddof = arith.constant 1.0 : f64
  %v = nbc.array_reduce var %m axes [0] ddof %ddof : memref<?x?xf64> -> memref<?xf64>
  func.call @show(%v) : (memref<?xf64>) -> ()
  // np.nanstd(m, axis=0) = [3, 0, 0.5]
  // CHECK: [3, 0, 0.5]
  %sd = nbc.array_reduce nanstd %m axes [0] : memref<?x?xf64> -> memref<?xf64>
  func.call @show(%sd) : (memref<?xf64>) -> ()
  // np.nanmin(m) = 1, np.max(m, axis=1) = [5, nan]
  // CHECK: 1
  %lo = nbc.array_reduce nanmin %m : memref<?x?xf64> -> f64
  func.call @printF64(%lo) : (f64) -> ()
  func.call @printNewline() : () -> ()
  // CHECK: [5, nan]
  %hi = nbc.array_reduce max %m axes [1] : memref<?x?xf64> -> memref<?xf64>
  func.call @show(%hi) : (memref<?xf64>) -> ()
  // np.cumsum(m, axis=1) = [[1, 6, 8], [7, nan, nan]]
  // CHECK: [1, 6, 8]
  // CHECK-NEXT: [7, nan, nan]
  %cs = nbc.array_scan sum %m axis 1 : memref<?x?xf64> -> memref<?x?xf64>
  func.call @show2(%cs) : (memref<?x?xf64>) -> ()
  // np.minimum.accumulate(m, axis=0) = [[1, 5, 2], [1, nan, 2]]
  // CHECK: [1, 5, 2]
  // CHECK-NEXT: [1, nan, 2]
  %cm = nbc.array_scan min %m axis 0 : memref<?x?xf64> -> memref<?x?xf64>
  func.call @show2(%cm) : (memref<?x?xf64>) -> ()
  return
}

func.func @empty_nanmin() attributes {nbc.report_errors} {
  %c0 = nbc.constant 0 : si64
  %c3 = nbc.constant 3 : si64
  %e = nbc.empty(%c0, %c3) : memref<?x?xf64>, si64, si64
  %m = nbc.array_reduce nanmin %e axes [0] : memref<?x?xf64> -> memref<?xf64>
  return
}
