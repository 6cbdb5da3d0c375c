// The whole pipeline on slices whose constant step is INT64_MIN or whose
// stride wraps to it (nbc-opt --nbc-to-llvm crashed in memref.reinterpret_cast
// canonicalization), then run: a huge step is a valid Python step that
// selects at most one element. Expected values from CPython on lists:
//   v = [0.0, 1.0, 2.0, 3.0, 4.0]
//   v[::-2**63] == [4.0]; v[1::-2**63] == [1.0]; v[::2**62] == [0.0]
//   v[3:0:-2**63] == [3.0]; v[:0:-2**63] == [4.0]; v[0:0:-2**63] == [] (size 0)
//   [[0, 1], [2, 3], [4, 5]][::2**62] == [[0, 1]]
// RUN: nbc-opt --nbc-to-llvm %s | FileCheck %s --check-prefix=LOWERED
// LOWERED: llvm.func internal @nbc.fn.main
// RUN: nbc-run %s --fn=main --shared-libs=%mlir_c_runner_utils,%mlir_runner_utils | FileCheck %s
// A constant index out of bounds of a static axis raises IndexError (its
// negative offset failed the verifier of memref.reinterpret_cast).
// RUN: not nbc-run %s --fn=row_out --arg='[[1, 2], [3, 4], [5, 6], [7, 8]]' 2>&1 | FileCheck %s --check-prefix=IDX
// RUN: not nbc-run %s --fn=row_far_out --arg='[[1, 2], [3, 4], [5, 6], [7, 8]]' 2>&1 | FileCheck %s --check-prefix=IDX
// IDX: IndexError: index {{-?[0-9]+}} is out of bounds for axis 0 with size {{[0-9]+}}

func.func private @printMemrefF64(memref<*xf64>) attributes {llvm.emit_c_interface}

func.func @show(%v: memref<?xf64, strided<[?], offset: ?>>) {
  %u = memref.cast %v : memref<?xf64, strided<[?], offset: ?>> to memref<*xf64>
  func.call @printMemrefF64(%u) : (memref<*xf64>) -> ()
  return
}

func.func @main() attributes {nbc.report_errors} {
  %n = nbc.constant 5 : si64
  %c0 = nbc.constant 0 : si64
  %c1 = nbc.constant 1 : si64
  %c3 = nbc.constant 3 : si64
  %min = nbc.constant -9223372036854775808 : si64
  %big = nbc.constant 4611686018427387904 : si64
  %v = nbc.empty(%n) : memref<?xf64>, si64
  nbc.range %i = %c0 to %n step %c1 : si64 {
    %f = nbc.cast %i : si64 to f64
    nbc.store %f, %v[%i] : memref<?xf64>, si64
  }
  // CHECK: {{^\[4\]$}}
  %a = nbc.slice %v[::%min] : memref<?xf64> to memref<?xf64, strided<[?], offset: ?>>
  func.call @show(%a) : (memref<?xf64, strided<[?], offset: ?>>) -> ()
  // CHECK: {{^\[1\]$}}
  %b = nbc.slice %v[%c1::%min] : memref<?xf64> to memref<?xf64, strided<[?], offset: ?>>
  func.call @show(%b) : (memref<?xf64, strided<[?], offset: ?>>) -> ()
  // CHECK: {{^\[0\]$}}
  %c = nbc.slice %v[::%big] : memref<?xf64> to memref<?xf64, strided<[?], offset: ?>>
  func.call @show(%c) : (memref<?xf64, strided<[?], offset: ?>>) -> ()
  // CHECK: {{^\[3\]$}}
  %d = nbc.slice %v[%c3:%c0:%min] : memref<?xf64> to memref<?xf64, strided<[?], offset: ?>>
  func.call @show(%d) : (memref<?xf64, strided<[?], offset: ?>>) -> ()
  // CHECK: {{^\[4\]$}}
  %e = nbc.slice %v[:%c0:%min] : memref<?xf64> to memref<?xf64, strided<[?], offset: ?>>
  func.call @show(%e) : (memref<?xf64, strided<[?], offset: ?>>) -> ()
  // CHECK: sizes = [0]
  %g = nbc.slice %v[%c0:%c0:%min] : memref<?xf64> to memref<?xf64, strided<[?], offset: ?>>
  func.call @show(%g) : (memref<?xf64, strided<[?], offset: ?>>) -> ()
  // The stride 2 * 2^62 of a (3, 2) array wraps to INT64_MIN.
  %m = nbc.empty(%c3) : memref<?x2xf64>, si64
  nbc.range %i = %c0 to %c3 step %c1 : si64 {
    %two = nbc.constant 2 : si64
    %i2 = nbc.mul %i, %two : si64
    %x0 = nbc.cast %i2 : si64 to f64
    %i21 = nbc.add %i2, %c1 : si64
    %x1 = nbc.cast %i21 : si64 to f64
    nbc.store %x0, %m[%i, %c0] : memref<?x2xf64>, si64, si64
    nbc.store %x1, %m[%i, %c1] : memref<?x2xf64>, si64, si64
  }
  // CHECK: {{^\[\[0, +1\]\]$}}
  %r = nbc.slice %m[::%big, :] : memref<?x2xf64> to memref<?x2xf64, strided<[?, 1], offset: ?>>
  %u = memref.cast %r : memref<?x2xf64, strided<[?, 1], offset: ?>> to memref<*xf64>
  func.call @printMemrefF64(%u) : (memref<*xf64>) -> ()
  return
}

func.func @row_out(%a: memref<4x2xf64>) -> f64 {
  %i = nbc.constant -5 : si64
  %c0 = nbc.constant 0 : si64
  %r = nbc.slice %a[%i, :] : memref<4x2xf64> to memref<2xf64, strided<[1], offset: ?>>
  %x = nbc.load %r[%c0] : memref<2xf64, strided<[1], offset: ?>>, si64
  return %x : f64
}

// The offset 2^62 * 2 wraps to INT64_MIN.
func.func @row_far_out(%a: memref<4x2xf64>) -> f64 {
  %i = nbc.constant 4611686018427387904 : si64
  %c0 = nbc.constant 0 : si64
  %r = nbc.slice %a[%i, :] : memref<4x2xf64> to memref<2xf64, strided<[1], offset: ?>>
  %x = nbc.load %r[%c0] : memref<2xf64, strided<[1], offset: ?>>, si64
  return %x : f64
}
