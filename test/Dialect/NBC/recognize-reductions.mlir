// nbc-recognize-reductions: the kind of each value an nbc.prange carries,
// read from the chain between its accumulator and the value it yields.
// RUN: nbc-opt %s --nbc-recognize-reductions | FileCheck %s
// RUN: nbc-opt %s | nbc-opt | FileCheck %s --check-prefix=ROUND

// ROUND-LABEL: func @kinds
// ROUND: nbc.prange (%{{.*}}) = (%{{.*}}) to (%{{.*}}) step (%{{.*}}) : si64 iter_args(%{{.*}} = %{{.*}} : f64, %{{.*}} = %{{.*}} : f64,
// CHECK-LABEL: func @kinds
// CHECK: nbc.prange {{.*}} reduce(add %{{.*}} : f64, mul %{{.*}} : f64, min %{{.*}} : si64, max %{{.*}} : f64, and %{{.*}} : si64, or %{{.*}} : i1, xor %{{.*}} : si64)
func.func @kinds(%n: si64, %x: f64, %k: si64, %b: i1)
    -> (f64, f64, si64, f64, si64, i1, si64) {
  %c0 = nbc.constant 0 : si64
  %c1 = nbc.constant 1 : si64
  %r:7 = nbc.prange (%i) = (%c0) to (%n) step (%c1) : si64
      iter_args(%s = %x : f64, %p = %x : f64, %lo = %k : si64, %hi = %x : f64,
                %a = %k : si64, %o = %b : i1, %e = %k : si64) {
    %f = nbc.cast %i : si64 to f64
    // s += f; s -= f: add
    %s1 = nbc.add %s, %f : f64
    %s2 = nbc.sub %s1, %f : f64
    // p = f * p
    %p1 = nbc.mul %f, %p : f64
    // lo = min(i, lo)
    %lo1 = nbc.min %i, %lo : si64
    // hi = max(hi, f, x)
    %hi1 = nbc.max %hi, %f : f64
    %hi2 = nbc.max %hi1, %x : f64
    %a1 = nbc.and %a, %i : si64
    %o1 = nbc.or %o, %b : i1
    %e1 = nbc.xor %i, %e : si64
    nbc.yield %s2, %p1, %lo1, %hi2, %a1, %o1, %e1 : f64, f64, si64, f64, si64, i1, si64
  }
  return %r#0, %r#1, %r#2, %r#3, %r#4, %r#5, %r#6
      : f64, f64, si64, f64, si64, i1, si64
}

// Conditional updates yield the accumulator unchanged on the other path:
// scf.if, nbc.select; an inner nbc.range carries it on.
// CHECK-LABEL: func @conditional
// CHECK: nbc.prange {{.*}} reduce(add %{{.*}} : f64, max %{{.*}} : f64, mul %{{.*}} : si64)
func.func @conditional(%a: memref<?x?xf64>, %n: si64, %m: si64, %c: i1,
                       %x: f64, %k: si64) -> (f64, f64, si64) {
  %c0 = nbc.constant 0 : si64
  %c1 = nbc.constant 1 : si64
  %r:3 = nbc.prange (%i) = (%c0) to (%n) step (%c1) : si64
      iter_args(%s = %x : f64, %hi = %x : f64, %p = %k : si64) {
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
    %p1 = nbc.mul %p, %i : si64
    %p2 = nbc.select %c, %p1, %p : si64
    nbc.yield %s1, %hi1, %p2 : f64, f64, si64
  }
  return %r#0, %r#1, %r#2 : f64, f64, si64
}

// A value passed through unchanged keeps its init: add.
// CHECK-LABEL: func @unchanged
// CHECK: reduce(add %{{.*}} : f64, or %{{.*}} : i1)
func.func @unchanged(%n: si64, %x: f64, %b: i1) -> (f64, i1) {
  %c0 = nbc.constant 0 : si64
  %c1 = nbc.constant 1 : si64
  %r:2 = nbc.prange (%i) = (%c0) to (%n) step (%c1) : si64
      iter_args(%s = %x : f64, %o = %b : i1) {
    nbc.yield %s, %o : f64, i1
  }
  return %r#0, %r#1 : f64, i1
}

// Inner pranges are classified first; the outer one combines with them.
// CHECK-LABEL: func @nested
// CHECK: nbc.prange {{.*}} reduce(add
// CHECK: nbc.prange {{.*}} reduce(add
func.func @nested(%n: si64, %x: f64) -> f64 {
  %c0 = nbc.constant 0 : si64
  %c1 = nbc.constant 1 : si64
  %r = nbc.prange (%i) = (%c0) to (%n) step (%c1) : si64
      iter_args(%s = %x : f64) {
    %t = nbc.prange (%j) = (%c0) to (%n) step (%c1) : si64
        iter_args(%u = %s : f64) {
      %f = nbc.cast %j : si64 to f64
      %u1 = nbc.add %u, %f : f64
      nbc.yield %u1 : f64
    }
    nbc.yield %t : f64
  }
  return %r : f64
}

// `while k < m: s = min(s, k); k += 1` carries the accumulator through
// scf.while's before and after blocks.
// CHECK-LABEL: func @while_loop
// CHECK: nbc.prange {{.*}} reduce(min %{{.*}} : si64)
func.func @while_loop(%n: si64, %m: si64, %k: si64) -> si64 {
  %c0 = nbc.constant 0 : si64
  %c1 = nbc.constant 1 : si64
  %r = nbc.prange (%i) = (%c0) to (%n) step (%c1) : si64
      iter_args(%s = %k : si64) {
    %w:2 = scf.while (%a = %s, %j = %i) : (si64, si64) -> (si64, si64) {
      %go = nbc.cmp lt, %j, %m : si64
      scf.condition(%go) %a, %j : si64, si64
    } do {
    ^bb0(%a: si64, %j: si64):
      %a1 = nbc.min %a, %j : si64
      %j1 = nbc.add %j, %c1 : si64
      scf.yield %a1, %j1 : si64, si64
    }
    nbc.yield %w#0 : si64
  }
  return %r : si64
}

// np.maximum(m, x) / np.minimum(x, m) of floats (buildNumpyMinMax: the
// min/max, then a NaN in the other operand wins) are NumPy's NaN-propagating
// kinds; the isnan and select read the accumulator as part of the step.
// CHECK-LABEL: func @numpy_minmax
// CHECK: nbc.prange {{.*}} reduce(maximum %{{.*}} : f64, minimum %{{.*}} : f32)
func.func @numpy_minmax(%a: memref<?xf64>, %n: si64, %x: f64, %y: f32)
    -> (f64, f32) {
  %c0 = nbc.constant 0 : si64
  %c1 = nbc.constant 1 : si64
  %r:2 = nbc.prange (%i) = (%c0) to (%n) step (%c1) : si64
      iter_args(%m = %x : f64, %lo = %y : f32) {
    %v = nbc.load %a[%i] : memref<?xf64>, si64
    %mx = nbc.max %v, %m : f64
    %mnan = nbc.fpclass nan %m : f64
    %m1 = nbc.select %mnan, %m, %mx : f64
    %w = nbc.cast %v : f64 to f32
    %mn = nbc.min %lo, %w : f32
    %wnan = nbc.fpclass nan %w : f32
    %lo1 = nbc.select %wnan, %w, %mn : f32
    nbc.yield %m1, %lo1 : f64, f32
  }
  return %r#0, %r#1 : f64, f32
}
