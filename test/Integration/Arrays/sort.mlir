// nbc.sort and nbc.argsort against NumPy: np.sort([3, nan, -1, 4, -1, 0])
// is [-1, -1, 0, 3, 4, nan] and np.argsort(..., kind='stable') is
// [2, 4, 5, 0, 3, 1]; the rows of [[5, 1, 4], [2, 9, 0]] sorted along
// axis 0 through a strided view (its transpose), and argsort along axis 0.
// RUN: nbc-opt --nbc-to-llvm %s | mlir-runner -e _mlir_ciface_main -entry-point-result=void -shared-libs=%mlir_c_runner_utils,%mlir_runner_utils,%nbc_runtime | FileCheck %s
// RUN: nbc-run %s --fn=main --shared-libs=%mlir_c_runner_utils,%mlir_runner_utils | FileCheck %s
// RUN: nbc-run --aot %s --fn=main --shared-libs=%mlir_c_runner_utils,%mlir_runner_utils | FileCheck %s

func.func private @printMemrefF64(memref<*xf64>) attributes {llvm.emit_c_interface}
func.func private @printMemrefI64(memref<*xsi64>) attributes {llvm.emit_c_interface}

func.func @main() attributes {nbc.report_errors} {
  %c0 = nbc.constant 0 : si64
  %c1 = nbc.constant 1 : si64
  %c2 = nbc.constant 2 : si64
  %c3 = nbc.constant 3 : si64
  %c4 = nbc.constant 4 : si64
  %c5 = nbc.constant 5 : si64
  %c6 = nbc.constant 6 : si64
  %v = nbc.empty(%c6) : memref<?xf64>, si64
  %f3 = nbc.constant 3.0 : f64
  %nan = nbc.constant 0x7FF8000000000000 : f64
  %fm1 = nbc.constant -1.0 : f64
  %f4 = nbc.constant 4.0 : f64
  %f0 = nbc.constant 0.0 : f64
  nbc.store %f3, %v[%c0] : memref<?xf64>, si64
  nbc.store %nan, %v[%c1] : memref<?xf64>, si64
  nbc.store %fm1, %v[%c2] : memref<?xf64>, si64
  nbc.store %f4, %v[%c3] : memref<?xf64>, si64
  nbc.store %fm1, %v[%c4] : memref<?xf64>, si64
  nbc.store %f0, %v[%c5] : memref<?xf64>, si64
  // CHECK: [2,  4,  5,  0,  3,  1]
  %i = nbc.argsort %v axis 0 : memref<?xf64> -> memref<?xsi64>
  %iu = memref.cast %i : memref<?xsi64> to memref<*xsi64>
  func.call @printMemrefI64(%iu) : (memref<*xsi64>) -> ()
  // CHECK: [-1,  -1,  0,  3,  4,  nan]
  nbc.sort %v axis 0 : memref<?xf64>
  %vu = memref.cast %v : memref<?xf64> to memref<*xf64>
  func.call @printMemrefF64(%vu) : (memref<*xf64>) -> ()

  %m = nbc.empty(%c2, %c3) : memref<?x?xsi64>, si64, si64
  nbc.store %c5, %m[%c0, %c0] : memref<?x?xsi64>, si64, si64
  nbc.store %c1, %m[%c0, %c1] : memref<?x?xsi64>, si64, si64
  nbc.store %c4, %m[%c0, %c2] : memref<?x?xsi64>, si64, si64
  nbc.store %c2, %m[%c1, %c0] : memref<?x?xsi64>, si64, si64
  nbc.store %c6, %m[%c1, %c1] : memref<?x?xsi64>, si64, si64
  nbc.store %c0, %m[%c1, %c2] : memref<?x?xsi64>, si64, si64
  // CHECK: {{\[}}[1,   0,   1],
  // CHECK-NEXT: [0,   1,   0]]
  %j = nbc.argsort %m axis 0 : memref<?x?xsi64> -> memref<?x?xsi64>
  %ju = memref.cast %j : memref<?x?xsi64> to memref<*xsi64>
  func.call @printMemrefI64(%ju) : (memref<*xsi64>) -> ()
  // Each row, sorted through the transposed (strided) view along axis 0.
  // CHECK: {{\[}}[1,   4,   5],
  // CHECK-NEXT: [0,   2,   6]]
  %t = nbc.transpose %m : memref<?x?xsi64> to memref<?x?xsi64, strided<[1, ?]>>
  nbc.sort %t axis 0 : memref<?x?xsi64, strided<[1, ?]>>
  %mu = memref.cast %m : memref<?x?xsi64> to memref<*xsi64>
  func.call @printMemrefI64(%mu) : (memref<*xsi64>) -> ()
  return
}
