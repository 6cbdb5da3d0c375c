// nbc.ufunc with NumPy broadcasting: 2-D with 1-D and a scalar, a (3, 1)
// column stretched at run time, writing into outs, and shapes that do not
// broadcast (ValueError). Expected values from the same expressions in
// Python.
// RUN: nbc-opt --nbc-to-llvm %s | mlir-runner -e _mlir_ciface_main -entry-point-result=void -shared-libs=%mlir_c_runner_utils,%mlir_runner_utils,%nbc_runtime | FileCheck %s
// RUN: nbc-opt --nbc-to-llvm %s | not mlir-runner -e _mlir_ciface_bad -entry-point-result=void -shared-libs=%mlir_c_runner_utils,%mlir_runner_utils,%nbc_runtime 2>&1 | FileCheck %s --check-prefix=BAD
// RUN: nbc-opt --nbc-to-llvm=vector-width=4 %s | FileCheck %s --check-prefix=IR
// The same, run by nbc-run through the JIT and through an AOT shared library.
// RUN: nbc-run %s --fn=main --shared-libs=%mlir_c_runner_utils,%mlir_runner_utils | FileCheck %s
// RUN: nbc-run --aot %s --fn=main --shared-libs=%mlir_c_runner_utils,%mlir_runner_utils | FileCheck %s
// RUN: not nbc-run %s --fn=bad --shared-libs=%mlir_c_runner_utils,%mlir_runner_utils 2>&1 | FileCheck %s --check-prefix=BAD
// RUN: not nbc-run --aot %s --fn=bad --shared-libs=%mlir_c_runner_utils,%mlir_runner_utils 2>&1 | FileCheck %s --check-prefix=BAD
// BAD: ValueError: operands could not be broadcast together
// The contiguous version of the loop nest is vectorized.
// IR-LABEL: llvm.func internal @nbc.fn.axpb
// IR: llvm.load {{.*}} -> vector<4xf64>
// IR: llvm.fmul {{.*}} : vector<4xf64>
// IR: llvm.store {{.*}} : vector<4xf64>, !llvm.ptr

func.func private @printMemrefF64(memref<*xf64>) attributes {llvm.emit_c_interface}

func.func @axpb(%a: memref<?x?xf64>, %b: memref<?xf64>, %s: f64) -> memref<?x?xf64> {
  %c = nbc.ufunc ins(%a, %b, %s : memref<?x?xf64>, memref<?xf64>, f64) -> memref<?x?xf64> {
  ^bb0(%x: f64, %y: f64, %z: f64):
    %t = nbc.add %x, %y : f64
    %u = nbc.mul %t, %z : f64
    nbc.yield %u : f64
  }
  return %c : memref<?x?xf64>
}

func.func @sub_into(%a: memref<?x?xf64>, %col: memref<?x?xf64>, %out: memref<?x?xf64>) {
  nbc.ufunc ins(%a, %col : memref<?x?xf64>, memref<?x?xf64>) outs(%out : memref<?x?xf64>) {
  ^bb0(%x: f64, %y: f64):
    %t = nbc.sub %x, %y : f64
    nbc.yield %t : f64
  }
  return
}

func.func @fill2d(%n: si64, %m: si64) -> memref<?x?xf64> {
  %c0 = nbc.constant 0 : si64
  %c1 = nbc.constant 1 : si64
  %a = nbc.empty(%n, %m) : memref<?x?xf64>, si64, si64
  nbc.range %i = %c0 to %n step %c1 : si64 {
    nbc.range %j = %c0 to %m step %c1 : si64 {
      %t = nbc.mul %i, %m : si64
      %v = nbc.add %t, %j : si64
      %f = nbc.cast %v : si64 to f64
      nbc.store %f, %a[%i, %j] : memref<?x?xf64>, si64, si64
    }
  }
  return %a : memref<?x?xf64>
}

func.func @main() attributes {nbc.report_errors} {
  %c0 = nbc.constant 0 : si64
  %c1 = nbc.constant 1 : si64
  %c3 = nbc.constant 3 : si64
  %c4 = nbc.constant 4 : si64
  %half = nbc.constant 0.5 : f64
  %two = nbc.constant 2.0 : f64
  %ten = nbc.constant 10.0 : f64
  %a = func.call @fill2d(%c3, %c4) : (si64, si64) -> memref<?x?xf64>
  %b = nbc.empty(%c4) : memref<?xf64>, si64
  nbc.range %j = %c0 to %c4 step %c1 : si64 {
    %f = nbc.cast %j : si64 to f64
    %v = nbc.mul %f, %half : f64
    nbc.store %v, %b[%j] : memref<?xf64>, si64
  }
  // (a + b) * 2
  // CHECK: sizes = [3, 4]
  // CHECK-NEXT: [0, 3, 6, 9],
  // CHECK-NEXT: [8, 11, 14, 17],
  // CHECK-NEXT: [16, 19, 22, 25]]
  %r = func.call @axpb(%a, %b, %two) : (memref<?x?xf64>, memref<?xf64>, f64) -> memref<?x?xf64>
  %ru = memref.cast %r : memref<?x?xf64> to memref<*xf64>
  func.call @printMemrefF64(%ru) : (memref<*xf64>) -> ()
  // a - [[10], [20], [30]] into a new (3, 4) array
  // CHECK: sizes = [3, 4]
  // CHECK-NEXT: [-10, -9, -8, -7],
  // CHECK-NEXT: [-16, -15, -14, -13],
  // CHECK-NEXT: [-22, -21, -20, -19]]
  %col = nbc.empty(%c3, %c1) : memref<?x?xf64>, si64, si64
  nbc.range %i = %c0 to %c3 step %c1 : si64 {
    %i1 = nbc.add %i, %c1 : si64
    %f = nbc.cast %i1 : si64 to f64
    %v = nbc.mul %f, %ten : f64
    nbc.store %v, %col[%i, %c0] : memref<?x?xf64>, si64, si64
  }
  %out = nbc.empty(%c3, %c4) : memref<?x?xf64>, si64, si64
  func.call @sub_into(%a, %col, %out) : (memref<?x?xf64>, memref<?x?xf64>, memref<?x?xf64>) -> ()
  %ou = memref.cast %out : memref<?x?xf64> to memref<*xf64>
  func.call @printMemrefF64(%ou) : (memref<*xf64>) -> ()
  return
}

// (3, 4) with (3,): the trailing axes 4 and 3 differ.
func.func @bad() attributes {nbc.report_errors} {
  %c3 = nbc.constant 3 : si64
  %c4 = nbc.constant 4 : si64
  %one = nbc.constant 1.0 : f64
  %a = func.call @fill2d(%c3, %c4) : (si64, si64) -> memref<?x?xf64>
  %b = nbc.full(%c3) %one : memref<?xf64>, si64
  %r = func.call @axpb(%a, %b, %one) : (memref<?x?xf64>, memref<?xf64>, f64) -> memref<?x?xf64>
  return
}
