// nbc.array_reduce kinds against NumPy: v = [3, -1, 4, -1, 5, -9, 2, 6],
// NaN propagation (max is nan, argmax/argmin the first NaN), axis
// reductions of [[1, 5, 2], [7, 0, 3]], and empty arrays (ValueError).
// RUN: nbc-opt --nbc-to-llvm %s | mlir-runner -e _mlir_ciface_main -entry-point-result=void -shared-libs=%mlir_c_runner_utils,%mlir_runner_utils,%nbc_runtime | FileCheck %s
// RUN: nbc-opt --nbc-to-llvm %s | not mlir-runner -e _mlir_ciface_empty_min -entry-point-result=void -shared-libs=%mlir_c_runner_utils,%mlir_runner_utils,%nbc_runtime 2>&1 | FileCheck %s --check-prefix=EMIN
// RUN: nbc-opt --nbc-to-llvm %s | not mlir-runner -e _mlir_ciface_empty_argmax -entry-point-result=void -shared-libs=%mlir_c_runner_utils,%mlir_runner_utils,%nbc_runtime 2>&1 | FileCheck %s --check-prefix=EARG
// The same, run by nbc-run through the JIT and through an AOT shared library.
// RUN: nbc-run %s --fn=main --shared-libs=%mlir_c_runner_utils,%mlir_runner_utils | FileCheck %s
// RUN: nbc-run --aot %s --fn=main --shared-libs=%mlir_c_runner_utils,%mlir_runner_utils | FileCheck %s
// RUN: not nbc-run %s --fn=empty_min --shared-libs=%mlir_c_runner_utils,%mlir_runner_utils 2>&1 | FileCheck %s --check-prefix=EMIN
// RUN: not nbc-run --aot %s --fn=empty_min --shared-libs=%mlir_c_runner_utils,%mlir_runner_utils 2>&1 | FileCheck %s --check-prefix=EMIN
// RUN: not nbc-run %s --fn=empty_argmax --shared-libs=%mlir_c_runner_utils,%mlir_runner_utils 2>&1 | FileCheck %s --check-prefix=EARG
// RUN: not nbc-run --aot %s --fn=empty_argmax --shared-libs=%mlir_c_runner_utils,%mlir_runner_utils 2>&1 | FileCheck %s --check-prefix=EARG
// EMIN: ValueError: zero-size array to reduction operation minimum which has no identity
// EARG: ValueError: attempt to get argmax of an empty sequence

func.func private @printF64(f64)
func.func private @printI64(si64)
func.func private @printNewline()
func.func private @printMemrefF64(memref<*xf64>) attributes {llvm.emit_c_interface}
func.func private @printMemrefI64(memref<*xsi64>) attributes {llvm.emit_c_interface}

func.func @pf(%x: f64) {
  func.call @printF64(%x) : (f64) -> ()
  func.call @printNewline() : () -> ()
  return
}
func.func @pi(%x: si64) {
  func.call @printI64(%x) : (si64) -> ()
  func.call @printNewline() : () -> ()
  return
}

func.func @fromList(%l: memref<?xf64>) -> memref<?xf64> {
  return %l : memref<?xf64>
}

func.func @main() attributes {nbc.report_errors} {
  %c0 = nbc.constant 0 : si64
  %c1 = nbc.constant 1 : si64
  %c2 = nbc.constant 2 : si64
  %c3 = nbc.constant 3 : si64
  %c4 = nbc.constant 4 : si64
  %c5 = nbc.constant 5 : si64
  %c6 = nbc.constant 6 : si64
  %c7 = nbc.constant 7 : si64
  %c8 = nbc.constant 8 : si64
  %v = nbc.empty(%c8) : memref<?xf64>, si64
  %f3 = nbc.constant 3.0 : f64
  %fm1 = nbc.constant -1.0 : f64
  %f4 = nbc.constant 4.0 : f64
  %f5 = nbc.constant 5.0 : f64
  %fm9 = nbc.constant -9.0 : f64
  %f2 = nbc.constant 2.0 : f64
  %f6 = nbc.constant 6.0 : f64
  nbc.store %f3, %v[%c0] : memref<?xf64>, si64
  nbc.store %fm1, %v[%c1] : memref<?xf64>, si64
  nbc.store %f4, %v[%c2] : memref<?xf64>, si64
  nbc.store %fm1, %v[%c3] : memref<?xf64>, si64
  nbc.store %f5, %v[%c4] : memref<?xf64>, si64
  nbc.store %fm9, %v[%c5] : memref<?xf64>, si64
  nbc.store %f2, %v[%c6] : memref<?xf64>, si64
  nbc.store %f6, %v[%c7] : memref<?xf64>, si64
  // CHECK: 9
  // CHECK-NEXT: -6480
  // CHECK-NEXT: -9
  // CHECK-NEXT: 6
  // CHECK-NEXT: 5
  // CHECK-NEXT: 7
  // CHECK-NEXT: 1
  // CHECK-NEXT: 1
  // CHECK-NEXT: 1.125
  %sum = nbc.array_reduce sum %v : memref<?xf64> -> f64
  func.call @pf(%sum) : (f64) -> ()
  %prod = nbc.array_reduce prod %v : memref<?xf64> -> f64
  func.call @pf(%prod) : (f64) -> ()
  %min = nbc.array_reduce min %v : memref<?xf64> -> f64
  func.call @pf(%min) : (f64) -> ()
  %max = nbc.array_reduce max %v : memref<?xf64> -> f64
  func.call @pf(%max) : (f64) -> ()
  %amin = nbc.array_reduce argmin %v : memref<?xf64> -> si64
  func.call @pi(%amin) : (si64) -> ()
  %amax = nbc.array_reduce argmax %v : memref<?xf64> -> si64
  func.call @pi(%amax) : (si64) -> ()
  %any = nbc.array_reduce any %v : memref<?xf64> -> i1
  %any64 = nbc.cast %any : i1 to si64
  func.call @pi(%any64) : (si64) -> ()
  %all = nbc.array_reduce all %v : memref<?xf64> -> i1
  %all64 = nbc.cast %all : i1 to si64
  func.call @pi(%all64) : (si64) -> ()
  %mean = nbc.array_reduce mean %v : memref<?xf64> -> f64
  func.call @pf(%mean) : (f64) -> ()

  // [1, nan, 3, nan]: max nan, argmax 1, argmin 1; a zero makes all false.
  // CHECK-NEXT: nan
  // CHECK-NEXT: 1
  // CHECK-NEXT: 1
  // CHECK-NEXT: 0
  %zero = nbc.constant 0.0 : f64
  %nan = nbc.constant 0x7FF8000000000000 : f64
  %w = nbc.full(%c4) %nan : memref<?xf64>, si64
  %one = nbc.constant 1.0 : f64
  nbc.store %one, %w[%c0] : memref<?xf64>, si64
  nbc.store %f3, %w[%c2] : memref<?xf64>, si64
  %wmax = nbc.array_reduce max %w : memref<?xf64> -> f64
  func.call @pf(%wmax) : (f64) -> ()
  %wamax = nbc.array_reduce argmax %w : memref<?xf64> -> si64
  func.call @pi(%wamax) : (si64) -> ()
  %wamin = nbc.array_reduce argmin %w : memref<?xf64> -> si64
  func.call @pi(%wamin) : (si64) -> ()
  nbc.store %zero, %w[%c3] : memref<?xf64>, si64
  %wall = nbc.array_reduce all %w : memref<?xf64> -> i1
  %wall64 = nbc.cast %wall : i1 to si64
  func.call @pi(%wall64) : (si64) -> ()

  // m = [[1, 5, 2], [7, 0, 3]] (si64): max(axis=0), argmin(axis=1),
  // mean(axis=1), and sum of the view m[:, ::-2] (= [[2, 1], [3, 7]]).
  %m = nbc.empty(%c2, %c3) : memref<?x?xsi64>, si64, si64
  nbc.store %c1, %m[%c0, %c0] : memref<?x?xsi64>, si64, si64
  nbc.store %c5, %m[%c0, %c1] : memref<?x?xsi64>, si64, si64
  nbc.store %c2, %m[%c0, %c2] : memref<?x?xsi64>, si64, si64
  nbc.store %c7, %m[%c1, %c0] : memref<?x?xsi64>, si64, si64
  nbc.store %c0, %m[%c1, %c1] : memref<?x?xsi64>, si64, si64
  nbc.store %c3, %m[%c1, %c2] : memref<?x?xsi64>, si64, si64
  // CHECK: [7, 5, 3]
  %mx = nbc.array_reduce max %m axes [0] : memref<?x?xsi64> -> memref<?xsi64>
  %mxu = memref.cast %mx : memref<?xsi64> to memref<*xsi64>
  func.call @printMemrefI64(%mxu) : (memref<*xsi64>) -> ()
  // CHECK: [0, 1]
  %am = nbc.array_reduce argmin %m axes [1] : memref<?x?xsi64> -> memref<?xsi64>
  %amu = memref.cast %am : memref<?xsi64> to memref<*xsi64>
  func.call @printMemrefI64(%amu) : (memref<*xsi64>) -> ()
  // CHECK: [2.66667, 3.33333]
  %mn = nbc.array_reduce mean %m axes [1] : memref<?x?xsi64> -> memref<?xf64>
  %mnu = memref.cast %mn : memref<?xf64> to memref<*xf64>
  func.call @printMemrefF64(%mnu) : (memref<*xf64>) -> ()
  // CHECK: 13
  %cm2 = nbc.constant -2 : si64
  %view = nbc.slice %m[:, ::%cm2] : memref<?x?xsi64> to memref<?x?xsi64, strided<[?, ?], offset: ?>>
  %vs = nbc.array_reduce sum %view : memref<?x?xsi64, strided<[?, ?], offset: ?>> -> si64
  func.call @pi(%vs) : (si64) -> ()
  return
}

func.func @empty_min() attributes {nbc.report_errors} {
  %c0 = nbc.constant 0 : si64
  %e = nbc.empty(%c0) : memref<?xf64>, si64
  %m = nbc.array_reduce min %e : memref<?xf64> -> f64
  func.call @pf(%m) : (f64) -> ()
  return
}

func.func @empty_argmax() attributes {nbc.report_errors} {
  %c0 = nbc.constant 0 : si64
  %c3 = nbc.constant 3 : si64
  %e = nbc.empty(%c3, %c0) : memref<?x?xf64>, si64, si64
  %m = nbc.array_reduce argmax %e : memref<?x?xf64> -> si64
  func.call @pi(%m) : (si64) -> ()
  return
}
