// nbc.ufunc writing into outs that overlap its inputs (views of one buffer
// passed as two arguments, so only the run-time test can tell) gives
// NumPy's result: a[1:] = a[:-1], a[:-1] = a[1:], a += a[::-1], a[1:] +=
// a[:-1], a disjoint copy a[:4] = a[4:] that takes the direct loop, and
// plain assignments between views of different strides, where NumPy copies
// in place in a chosen direction (a[1:5] = a[0:8:2], a[4:0:-1] = a[7::-2]).
// Expected values from the same statements in NumPy on np.arange(8.0).
// RUN: nbc-opt --nbc-to-llvm %s | mlir-runner -e _mlir_ciface_main -entry-point-result=void -shared-libs=%mlir_c_runner_utils,%mlir_runner_utils,%nbc_runtime | FileCheck %s
// RUN: nbc-run %s --fn=main --shared-libs=%mlir_c_runner_utils,%mlir_runner_utils | FileCheck %s

func.func private @printMemrefF64(memref<*xf64>) attributes {llvm.emit_c_interface}

!view = memref<?xf64, strided<[?], offset: ?>>

func.func @copy(%dst: !view, %src: !view) {
  nbc.ufunc ins(%src : !view) outs(%dst : !view) {
  ^bb0(%x: f64):
    nbc.yield %x : f64
  }
  return
}

func.func @add_into(%dst: !view, %src: !view) {
  nbc.ufunc ins(%dst, %src : !view, !view) outs(%dst : !view) {
  ^bb0(%x: f64, %y: f64):
    %s = nbc.add %x, %y : f64
    nbc.yield %s : f64
  }
  return
}

func.func @arange(%n: si64) -> memref<?xf64> {
  %c0 = nbc.constant 0 : si64
  %c1 = nbc.constant 1 : si64
  %a = nbc.empty(%n) : memref<?xf64>, si64
  nbc.range %i = %c0 to %n step %c1 : si64 {
    %f = nbc.cast %i : si64 to f64
    nbc.store %f, %a[%i] : memref<?xf64>, si64
  }
  return %a : memref<?xf64>
}

func.func @print(%a: memref<?xf64>) {
  %u = memref.cast %a : memref<?xf64> to memref<*xf64>
  func.call @printMemrefF64(%u) : (memref<*xf64>) -> ()
  return
}

func.func @main() attributes {nbc.report_errors} {
  %c1 = nbc.constant 1 : si64
  %c4 = nbc.constant 4 : si64
  %c8 = nbc.constant 8 : si64
  %m1 = nbc.constant -1 : si64

  // a[1:] = a[:-1]
  // CHECK: [0,  0,  1,  2,  3,  4,  5,  6]
  %a = func.call @arange(%c8) : (si64) -> memref<?xf64>
  %a1 = nbc.slice %a[%c1::%c1] : memref<?xf64> to !view
  %a2 = nbc.slice %a[:%m1:%c1] : memref<?xf64> to !view
  func.call @copy(%a1, %a2) : (!view, !view) -> ()
  func.call @print(%a) : (memref<?xf64>) -> ()

  // a[:-1] = a[1:]
  // CHECK: [1,  2,  3,  4,  5,  6,  7,  7]
  %b = func.call @arange(%c8) : (si64) -> memref<?xf64>
  %b1 = nbc.slice %b[:%m1:%c1] : memref<?xf64> to !view
  %b2 = nbc.slice %b[%c1::%c1] : memref<?xf64> to !view
  func.call @copy(%b1, %b2) : (!view, !view) -> ()
  func.call @print(%b) : (memref<?xf64>) -> ()

  // a += a[::-1]
  // CHECK: [7,  7,  7,  7,  7,  7,  7,  7]
  %c = func.call @arange(%c8) : (si64) -> memref<?xf64>
  %c0v = nbc.slice %c[::%c1] : memref<?xf64> to !view
  %crev = nbc.slice %c[::%m1] : memref<?xf64> to !view
  func.call @add_into(%c0v, %crev) : (!view, !view) -> ()
  func.call @print(%c) : (memref<?xf64>) -> ()

  // a[1:] += a[:-1]
  // CHECK: [0,  1,  3,  5,  7,  9,  11,  13]
  %d = func.call @arange(%c8) : (si64) -> memref<?xf64>
  %d1 = nbc.slice %d[%c1::%c1] : memref<?xf64> to !view
  %d2 = nbc.slice %d[:%m1:%c1] : memref<?xf64> to !view
  func.call @add_into(%d1, %d2) : (!view, !view) -> ()
  func.call @print(%d) : (memref<?xf64>) -> ()

  // a[:4] = a[4:] (disjoint)
  // CHECK: [4,  5,  6,  7,  4,  5,  6,  7]
  %e = func.call @arange(%c8) : (si64) -> memref<?xf64>
  %e1 = nbc.slice %e[:%c4:%c1] : memref<?xf64> to !view
  %e2 = nbc.slice %e[%c4::%c1] : memref<?xf64> to !view
  func.call @copy(%e1, %e2) : (!view, !view) -> ()
  func.call @print(%e) : (memref<?xf64>) -> ()

  // a[1:5] = a[0:8:2]: NumPy walks backwards and reads a[4] after writing it
  // CHECK: [0,  0,  2,  6,  6,  5,  6,  7]
  %c2 = nbc.constant 2 : si64
  %c5 = nbc.constant 5 : si64
  %f = func.call @arange(%c8) : (si64) -> memref<?xf64>
  %f1 = nbc.slice %f[%c1:%c5:%c1] : memref<?xf64> to !view
  %f2 = nbc.slice %f[::%c2] : memref<?xf64> to !view
  func.call @copy(%f1, %f2) : (!view, !view) -> ()
  func.call @print(%f) : (memref<?xf64>) -> ()

  // a[4:0:-1] = a[7::-2]
  // CHECK: [0,  1,  3,  5,  7,  5,  6,  7]
  %c0 = nbc.constant 0 : si64
  %c7 = nbc.constant 7 : si64
  %m2 = nbc.constant -2 : si64
  %g = func.call @arange(%c8) : (si64) -> memref<?xf64>
  %g1 = nbc.slice %g[%c4:%c0:%m1] : memref<?xf64> to !view
  %g2 = nbc.slice %g[%c7::%m2] : memref<?xf64> to !view
  func.call @copy(%g1, %g2) : (!view, !view) -> ()
  func.call @print(%g) : (memref<?xf64>) -> ()
  return
}
