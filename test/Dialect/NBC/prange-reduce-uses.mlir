// Reduction bodies whose yielded value depends on the accumulator through
// scf.if, an inner nbc.range and casts verify (invalid-control.mlir has the
// bodies that ignore it).
// RUN: nbc-opt %s | FileCheck %s

// CHECK-LABEL: func @conditional_and_inner_loop
// CHECK: nbc.prange
func.func @conditional_and_inner_loop(%a: memref<?x?xf64>, %n: si64, %m: si64,
                                      %c: i1, %x: f64) -> (f64, f64) {
  %c0 = nbc.constant 0 : si64
  %c1 = nbc.constant 1 : si64
  %r:2 = nbc.prange (%i) = (%c0) to (%n) step (%c1) : si64
      reduce(add %s = %x : f64, max %hi = %x : f64) {
    %s1 = scf.if %c -> (f64) {
      %v = nbc.load %a[%i, %c0] : memref<?x?xf64>, si64, si64
      %t = nbc.add %s, %v : f64
      scf.yield %t : f64
    } else {
      scf.yield %s : f64
    }
    %hi1 = nbc.range %j = %c0 to %m step %c1 : si64 iter_args(%h = %hi) -> (f64) {
      %v = nbc.load %a[%i, %j] : memref<?x?xf64>, si64, si64
      %h1 = nbc.max %h, %v : f64
      nbc.yield %h1 : f64
    }
    nbc.yield %s1, %hi1 : f64, f64
  }
  return %r#0, %r#1 : f64, f64
}

// The accumulator yielded unchanged contributes the identity.
// CHECK-LABEL: func @unchanged
func.func @unchanged(%n: si64, %x: si64) -> si64 {
  %c0 = nbc.constant 0 : si64
  %c1 = nbc.constant 1 : si64
  %r = nbc.prange (%i) = (%c0) to (%n) step (%c1) : si64 reduce(add %s = %x : si64) {
    nbc.yield %s : si64
  }
  return %r : si64
}
