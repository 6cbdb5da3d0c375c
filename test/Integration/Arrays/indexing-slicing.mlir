// Python indexing and slicing of v = [0, 10, ..., 70] and a (3, 4) array:
// negative indices, views with negative steps, clamped and empty slices,
// integer subscripts; IndexError and ValueError cases. Expected values
// from the same subscripts on Python lists. (nbc.slice is Pure in the .td,
// so an unused failing slice is erased: the error cases use their views.)
// DEFINE: %{lower} = nbc-opt --nbc-to-llvm %s
// DEFINE: %{libs} = -shared-libs=%mlir_c_runner_utils,%mlir_runner_utils,%nbc_runtime
// RUN: %{lower} | mlir-runner -e _mlir_ciface_main -entry-point-result=void %{libs} | FileCheck %s
// RUN: %{lower} | not mlir-runner -e _mlir_ciface_load_past_end -entry-point-result=void %{libs} 2>&1 | FileCheck %s --check-prefix=IDX
// RUN: %{lower} | not mlir-runner -e _mlir_ciface_store_before_start -entry-point-result=void %{libs} 2>&1 | FileCheck %s --check-prefix=IDX
// RUN: %{lower} | not mlir-runner -e _mlir_ciface_slice_row_out -entry-point-result=void %{libs} 2>&1 | FileCheck %s --check-prefix=IDX
// RUN: %{lower} | not mlir-runner -e _mlir_ciface_slice_step_zero -entry-point-result=void %{libs} 2>&1 | FileCheck %s --check-prefix=STEP
// RUN: %{lower} | not mlir-runner -e _mlir_ciface_negative_size -entry-point-result=void %{libs} 2>&1 | FileCheck %s --check-prefix=NEG
// The same, run by nbc-run through the JIT and through an AOT shared library.
// RUN: nbc-run %s --fn=main --shared-libs=%mlir_c_runner_utils,%mlir_runner_utils | FileCheck %s
// RUN: nbc-run --aot %s --fn=main --shared-libs=%mlir_c_runner_utils,%mlir_runner_utils | FileCheck %s
// RUN: not nbc-run %s --fn=load_past_end --shared-libs=%mlir_c_runner_utils,%mlir_runner_utils 2>&1 | FileCheck %s --check-prefix=IDX
// RUN: not nbc-run --aot %s --fn=load_past_end --shared-libs=%mlir_c_runner_utils,%mlir_runner_utils 2>&1 | FileCheck %s --check-prefix=IDX
// RUN: not nbc-run %s --fn=store_before_start --shared-libs=%mlir_c_runner_utils,%mlir_runner_utils 2>&1 | FileCheck %s --check-prefix=IDX
// RUN: not nbc-run --aot %s --fn=store_before_start --shared-libs=%mlir_c_runner_utils,%mlir_runner_utils 2>&1 | FileCheck %s --check-prefix=IDX
// RUN: not nbc-run %s --fn=slice_row_out --shared-libs=%mlir_c_runner_utils,%mlir_runner_utils 2>&1 | FileCheck %s --check-prefix=IDX
// RUN: not nbc-run --aot %s --fn=slice_row_out --shared-libs=%mlir_c_runner_utils,%mlir_runner_utils 2>&1 | FileCheck %s --check-prefix=IDX
// RUN: not nbc-run %s --fn=slice_step_zero --shared-libs=%mlir_c_runner_utils,%mlir_runner_utils 2>&1 | FileCheck %s --check-prefix=STEP
// RUN: not nbc-run --aot %s --fn=slice_step_zero --shared-libs=%mlir_c_runner_utils,%mlir_runner_utils 2>&1 | FileCheck %s --check-prefix=STEP
// RUN: not nbc-run %s --fn=negative_size --shared-libs=%mlir_c_runner_utils,%mlir_runner_utils 2>&1 | FileCheck %s --check-prefix=NEG
// RUN: not nbc-run --aot %s --fn=negative_size --shared-libs=%mlir_c_runner_utils,%mlir_runner_utils 2>&1 | FileCheck %s --check-prefix=NEG
// IDX: IndexError: index {{-?[0-9]+}} is out of bounds for axis 0 with size {{[0-9]+}}
// NEG: ValueError: negative dimensions are not allowed
// STEP: ValueError: slice step cannot be zero

func.func private @printF64(f64)
func.func private @printNewline()
func.func private @printMemrefF64(memref<*xf64>) attributes {llvm.emit_c_interface}

func.func @iota10(%n: si64) -> memref<?xf64> {
  %c0 = nbc.constant 0 : si64
  %c1 = nbc.constant 1 : si64
  %ten = nbc.constant 10.0 : f64
  %v = nbc.empty(%n) : memref<?xf64>, si64
  nbc.range %i = %c0 to %n step %c1 : si64 {
    %f = nbc.cast %i : si64 to f64
    %x = nbc.mul %f, %ten : f64
    nbc.store %x, %v[%i] : memref<?xf64>, si64
  }
  return %v : memref<?xf64>
}

func.func @show(%v: memref<?xf64, strided<[?], offset: ?>>) {
  %u = memref.cast %v : memref<?xf64, strided<[?], offset: ?>> to memref<*xf64>
  func.call @printMemrefF64(%u) : (memref<*xf64>) -> ()
  return
}

func.func @slice(%v: memref<?xf64>, %lo: si64, %hi: si64, %st: si64) -> memref<?xf64, strided<[?], offset: ?>> {
  %r = nbc.slice %v[%lo:%hi:%st] : memref<?xf64> to memref<?xf64, strided<[?], offset: ?>>
  return %r : memref<?xf64, strided<[?], offset: ?>>
}

func.func @main() attributes {nbc.report_errors} {
  %c8 = nbc.constant 8 : si64
  %v = func.call @iota10(%c8) : (si64) -> memref<?xf64>
  // CHECK: 70
  // CHECK-NEXT: 0
  %m1 = nbc.constant -1 : si64
  %m8 = nbc.constant -8 : si64
  %a = nbc.load %v[%m1] : memref<?xf64>, si64
  func.call @printF64(%a) : (f64) -> ()
  func.call @printNewline() : () -> ()
  %b = nbc.load %v[%m8] : memref<?xf64>, si64
  func.call @printF64(%b) : (f64) -> ()
  func.call @printNewline() : () -> ()
  // v[::-1]
  // CHECK: [70, 60, 50, 40, 30, 20, 10, 0]
  %rev = nbc.slice %v[::%m1] : memref<?xf64> to memref<?xf64, strided<[?], offset: ?>>
  func.call @show(%rev) : (memref<?xf64, strided<[?], offset: ?>>) -> ()
  // v[5:1:-2]
  // CHECK: [50, 30]
  %c5 = nbc.constant 5 : si64
  %c1 = nbc.constant 1 : si64
  %m2 = nbc.constant -2 : si64
  %s1 = func.call @slice(%v, %c5, %c1, %m2) : (memref<?xf64>, si64, si64, si64) -> memref<?xf64, strided<[?], offset: ?>>
  func.call @show(%s1) : (memref<?xf64, strided<[?], offset: ?>>) -> ()
  // v[-3:]
  // CHECK: [50, 60, 70]
  %m3 = nbc.constant -3 : si64
  %s2 = nbc.slice %v[%m3:] : memref<?xf64> to memref<?xf64, strided<[1], offset: ?>>
  %s2u = memref.cast %s2 : memref<?xf64, strided<[1], offset: ?>> to memref<*xf64>
  func.call @printMemrefF64(%s2u) : (memref<*xf64>) -> ()
  // v[10:20] is empty
  // CHECK: sizes = [0]
  %c10 = nbc.constant 10 : si64
  %c20 = nbc.constant 20 : si64
  %s3 = func.call @slice(%v, %c10, %c20, %c1) : (memref<?xf64>, si64, si64, si64) -> memref<?xf64, strided<[?], offset: ?>>
  func.call @show(%s3) : (memref<?xf64, strided<[?], offset: ?>>) -> ()
  // v[-100:3] and v[6:-100:-3]
  // CHECK: [0, 10, 20]
  // CHECK: [60, 30, 0]
  %m100 = nbc.constant -100 : si64
  %c3 = nbc.constant 3 : si64
  %c6 = nbc.constant 6 : si64
  %s4 = func.call @slice(%v, %m100, %c3, %c1) : (memref<?xf64>, si64, si64, si64) -> memref<?xf64, strided<[?], offset: ?>>
  func.call @show(%s4) : (memref<?xf64, strided<[?], offset: ?>>) -> ()
  %s5 = func.call @slice(%v, %c6, %m100, %m3) : (memref<?xf64>, si64, si64, si64) -> memref<?xf64, strided<[?], offset: ?>>
  func.call @show(%s5) : (memref<?xf64, strided<[?], offset: ?>>) -> ()
  // A view shares memory: v[::-1][0] = -1 sets v[7].
  // CHECK: -1
  %mone = nbc.constant -1.0 : f64
  %c0 = nbc.constant 0 : si64
  nbc.store %mone, %rev[%c0] : memref<?xf64, strided<[?], offset: ?>>, si64
  %l7 = nbc.load %v[%m1] : memref<?xf64>, si64
  func.call @printF64(%l7) : (f64) -> ()
  func.call @printNewline() : () -> ()
  // m[1, ::-1] and m[:, -1] of m = [[0..3], [4..7], [8..11]] (times 10)
  // CHECK: [70, 60, 50, 40]
  // CHECK: [30, 70, 110]
  %c12 = nbc.constant 12 : si64
  %flat = func.call @iota10(%c12) : (si64) -> memref<?xf64>
  %m = memref.expand_shape %flat [[0, 1]] output_shape [3, 4] : memref<?xf64> into memref<?x4xf64>
  %row = nbc.slice %m[%c1, ::%m1] : memref<?x4xf64> to memref<?xf64, strided<[?], offset: ?>>
  func.call @show(%row) : (memref<?xf64, strided<[?], offset: ?>>) -> ()
  %col = nbc.slice %m[:, %m1] : memref<?x4xf64> to memref<?xf64, strided<[4], offset: ?>>
  %colu = memref.cast %col : memref<?xf64, strided<[4], offset: ?>> to memref<*xf64>
  func.call @printMemrefF64(%colu) : (memref<*xf64>) -> ()
  return
}

func.func @load_past_end() attributes {nbc.report_errors} {
  %c8 = nbc.constant 8 : si64
  %v = func.call @iota10(%c8) : (si64) -> memref<?xf64>
  %x = nbc.load %v[%c8] : memref<?xf64>, si64
  func.call @printF64(%x) : (f64) -> ()
  return
}

func.func @store_before_start() attributes {nbc.report_errors} {
  %c8 = nbc.constant 8 : si64
  %m9 = nbc.constant -9 : si64
  %z = nbc.constant 0.0 : f64
  %v = func.call @iota10(%c8) : (si64) -> memref<?xf64>
  nbc.store %z, %v[%m9] : memref<?xf64>, si64
  return
}

func.func @slice_row_out() attributes {nbc.report_errors} {
  %c8 = nbc.constant 8 : si64
  %c3 = nbc.constant 3 : si64
  %v = func.call @iota10(%c8) : (si64) -> memref<?xf64>
  %m = memref.expand_shape %v [[0, 1]] output_shape [2, 4] : memref<?xf64> into memref<?x4xf64>
  %row = nbc.slice %m[%c3, :] : memref<?x4xf64> to memref<4xf64, strided<[1], offset: ?>>
  %u = memref.cast %row : memref<4xf64, strided<[1], offset: ?>> to memref<*xf64>
  func.call @printMemrefF64(%u) : (memref<*xf64>) -> ()
  return
}

func.func @slice_step_zero() attributes {nbc.report_errors} {
  %c8 = nbc.constant 8 : si64
  %c0 = nbc.constant 0 : si64
  %v = func.call @iota10(%c8) : (si64) -> memref<?xf64>
  %s = nbc.slice %v[::%c0] : memref<?xf64> to memref<?xf64, strided<[?], offset: ?>>
  func.call @show(%s) : (memref<?xf64, strided<[?], offset: ?>>) -> ()
  return
}

func.func @negative_size() attributes {nbc.report_errors} {
  %c3 = nbc.constant 3 : si64
  %m2 = nbc.constant -2 : si64
  %one = nbc.constant 1.0 : f64
  %a = nbc.full(%c3, %m2) %one : memref<?x?xf64>, si64, si64
  %u = memref.cast %a : memref<?x?xf64> to memref<*xf64>
  func.call @printMemrefF64(%u) : (memref<*xf64>) -> ()
  return
}
