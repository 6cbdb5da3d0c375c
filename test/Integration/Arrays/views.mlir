// nbc.diagonal, nbc.broadcast_to and nbc.complex_part run: views that
// share the source's memory (writes through the source show in them,
// writes through a part change the complex array), and broadcast_to's
// ValueErrors. Expected values as NumPy gives them for the same arrays.
// DEFINE: %{lower} = nbc-opt --nbc-to-llvm %s
// DEFINE: %{libs} = -shared-libs=%mlir_c_runner_utils,%mlir_runner_utils,%nbc_runtime
// RUN: %{lower} | mlir-runner -e _mlir_ciface_main -entry-point-result=void %{libs} | FileCheck %s
// RUN: %{lower} | not mlir-runner -e _mlir_ciface_broadcast_mismatch -entry-point-result=void %{libs} 2>&1 | FileCheck %s --check-prefix=SHAPE
// RUN: %{lower} | not mlir-runner -e _mlir_ciface_broadcast_negative -entry-point-result=void %{libs} 2>&1 | FileCheck %s --check-prefix=NEG
// SHAPE: ValueError: operands could not be broadcast together with remapped shapes [original->remapped]: (3,)  and requested shape (2,4)
// NEG: ValueError: all elements of broadcast shape must be non-negative

func.func private @printMemrefF64(memref<*xf64>) attributes {llvm.emit_c_interface}

func.func @show1(%v: memref<?xf64, strided<[?], offset: ?>>) {
  %u = memref.cast %v : memref<?xf64, strided<[?], offset: ?>> to memref<*xf64>
  func.call @printMemrefF64(%u) : (memref<*xf64>) -> ()
  return
}

func.func @show2(%v: memref<?x?xf64, strided<[?, ?], offset: ?>>) {
  %u = memref.cast %v : memref<?x?xf64, strided<[?, ?], offset: ?>> to memref<*xf64>
  func.call @printMemrefF64(%u) : (memref<*xf64>) -> ()
  return
}

/// a[i, j] = 10 * i + j, a (rows, cols) array.
func.func @grid(%rows: si64, %cols: si64) -> memref<?x?xf64> {
  %c0 = nbc.constant 0 : si64
  %c1 = nbc.constant 1 : si64
  %ten = nbc.constant 10 : si64
  %a = nbc.empty(%rows, %cols) : memref<?x?xf64>, si64, si64
  nbc.range %i = %c0 to %rows step %c1 : si64 {
    nbc.range %j = %c0 to %cols step %c1 : si64 {
      %t = nbc.mul %i, %ten : si64
      %s = nbc.add %t, %j : si64
      %f = nbc.cast %s : si64 to f64
      nbc.store %f, %a[%i, %j] : memref<?x?xf64>, si64, si64
    }
  }
  return %a : memref<?x?xf64>
}

func.func @main() attributes {nbc.report_errors} {
  %c0 = nbc.constant 0 : si64
  %c1 = nbc.constant 1 : si64
  %c2 = nbc.constant 2 : si64
  %c3 = nbc.constant 3 : si64
  %c4 = nbc.constant 4 : si64
  %m1 = nbc.constant -1 : si64
  %a = func.call @grid(%c3, %c4) : (si64, si64) -> memref<?x?xf64>
  // The diagonal of a[:, ::-1] (offset 1): a[0, 2], a[1, 1], a[2, 0].
  %rev = nbc.slice %a[:, ::%m1] : memref<?x?xf64> to memref<?x?xf64, strided<[?, ?], offset: ?>>
  %d = nbc.diagonal %rev, %c1 : memref<?x?xf64, strided<[?, ?], offset: ?>> to memref<?xf64, strided<[?], offset: ?>>
  // CHECK: [2,  11,  20]
  func.call @show1(%d) : (memref<?xf64, strided<[?], offset: ?>>) -> ()
  // Below the diagonal of a.T: a[0, 1], a[1, 2], a[2, 3].
  %t = nbc.transpose %a : memref<?x?xf64> to memref<?x?xf64, strided<[1, ?], offset: ?>>
  %tt = memref.cast %t : memref<?x?xf64, strided<[1, ?], offset: ?>> to memref<?x?xf64, strided<[?, ?], offset: ?>>
  %e = nbc.diagonal %tt, %m1 : memref<?x?xf64, strided<[?, ?], offset: ?>> to memref<?xf64, strided<[?], offset: ?>>
  // A write into a shows in the view.
  %x = nbc.constant 99.0 : f64
  nbc.store %x, %a[%c1, %c2] : memref<?x?xf64>, si64, si64
  // CHECK: [1,  99,  23]
  func.call @show1(%e) : (memref<?xf64, strided<[?], offset: ?>>) -> ()
  // An empty diagonal (offset past the columns).
  %far = nbc.constant 9 : si64
  %z = nbc.diagonal %tt, %far : memref<?x?xf64, strided<[?, ?], offset: ?>> to memref<?xf64, strided<[?], offset: ?>>
  // CHECK: rank = 1 offset = {{[0-9]+}} sizes = [0]
  func.call @show1(%z) : (memref<?xf64, strided<[?], offset: ?>>) -> ()

  // Row 1 of a broadcast to (2, 4), and column 0 (a[:, :1]) to (3, 2).
  %row = nbc.slice %a[%c1, :] : memref<?x?xf64> to memref<?xf64, strided<[1], offset: ?>>
  %b = nbc.broadcast_to %row(%c2, %c4) : memref<?xf64, strided<[1], offset: ?>> to memref<?x?xf64, strided<[?, ?], offset: ?>>
  // CHECK: [10,   11,   99,   13]
  // CHECK-NEXT: [10,   11,   99,   13]
  func.call @show2(%b) : (memref<?x?xf64, strided<[?, ?], offset: ?>>) -> ()
  %col = nbc.slice %a[:, :%c1] : memref<?x?xf64> to memref<?x?xf64, strided<[?, 1], offset: ?>>
  %c = nbc.broadcast_to %col(%c3, %c2) : memref<?x?xf64, strided<[?, 1], offset: ?>> to memref<?x?xf64, strided<[?, ?], offset: ?>>
  // CHECK: [0,   0]
  // CHECK-NEXT: [10,   10]
  // CHECK-NEXT: [20,   20]
  func.call @show2(%c) : (memref<?x?xf64, strided<[?, ?], offset: ?>>) -> ()

  // z = a + 1j * (a + 0.5) as complex, then z.imag[1, ::2] = -1 through the
  // view and z.real printed.
  %zc = nbc.empty(%c3, %c4) : memref<?x?xcomplex<f64>>, si64, si64
  %half = nbc.constant 0.5 : f64
  nbc.range %i = %c0 to %c3 step %c1 : si64 {
    nbc.range %j = %c0 to %c4 step %c1 : si64 {
      %v = nbc.load %a[%i, %j] : memref<?x?xf64>, si64, si64
      %w = nbc.add %v, %half : f64
      %q = nbc.complex %v, %w : f64
      nbc.store %q, %zc[%i, %j] : memref<?x?xcomplex<f64>>, si64, si64
    }
  }
  %re = nbc.complex_part %zc : memref<?x?xcomplex<f64>> to memref<?x?xf64, strided<[?, ?], offset: ?>>
  %im = nbc.complex_part %zc imag : memref<?x?xcomplex<f64>> to memref<?x?xf64, strided<[?, ?], offset: ?>>
  %imrow = nbc.slice %im[%c1, ::%c2] : memref<?x?xf64, strided<[?, ?], offset: ?>> to memref<?xf64, strided<[?], offset: ?>>
  %minus = nbc.constant -1.0 : f64
  nbc.store %minus, %imrow[%c1] : memref<?xf64, strided<[?], offset: ?>>, si64
  // CHECK: [0,   1,   2,   3]
  // CHECK-NEXT: [10,   11,   99,   13]
  // CHECK-NEXT: [20,   21,   22,   23]
  func.call @show2(%re) : (memref<?x?xf64, strided<[?, ?], offset: ?>>) -> ()
  // CHECK: [0.5,   1.5,   2.5,   3.5]
  // CHECK-NEXT: [10.5,   11.5,   -1,   13.5]
  // CHECK-NEXT: [20.5,   21.5,   22.5,   23.5]
  func.call @show2(%im) : (memref<?x?xf64, strided<[?, ?], offset: ?>>) -> ()
  %back = nbc.load %zc[%c1, %c2] : memref<?x?xcomplex<f64>>, si64, si64
  %bi = nbc.imag %back : complex<f64>
  %one = memref.alloc() : memref<1xf64>
  %k0 = arith.constant 0 : index
  memref.store %bi, %one[%k0] : memref<1xf64>
  %oneu = memref.cast %one : memref<1xf64> to memref<*xf64>
  // CHECK: [-1]
  func.call @printMemrefF64(%oneu) : (memref<*xf64>) -> ()
  return
}

func.func @broadcast_mismatch() attributes {nbc.report_errors} {
  %c0 = nbc.constant 0 : si64
  %c1 = nbc.constant 1 : si64
  %c2 = nbc.constant 2 : si64
  %c3 = nbc.constant 3 : si64
  %c4 = nbc.constant 4 : si64
  %a = func.call @grid(%c1, %c3) : (si64, si64) -> memref<?x?xf64>
  %row = nbc.slice %a[%c0, :] : memref<?x?xf64> to memref<?xf64, strided<[1], offset: ?>>
  %b = nbc.broadcast_to %row(%c2, %c4) : memref<?xf64, strided<[1], offset: ?>> to memref<?x?xf64, strided<[?, ?], offset: ?>>
  func.call @show2(%b) : (memref<?x?xf64, strided<[?, ?], offset: ?>>) -> ()
  return
}

func.func @broadcast_negative() attributes {nbc.report_errors} {
  %c1 = nbc.constant 1 : si64
  %m2 = nbc.constant -2 : si64
  %a = func.call @grid(%c1, %c1) : (si64, si64) -> memref<?x?xf64>
  %b = nbc.broadcast_to %a(%m2, %c1) : memref<?x?xf64> to memref<?x?xf64, strided<[?, ?], offset: ?>>
  func.call @show2(%b) : (memref<?x?xf64, strided<[?, ?], offset: ?>>) -> ()
  return
}
