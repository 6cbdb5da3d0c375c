// RUN: nbc-opt %s --nbc-elide-domain-checks | FileCheck %s

// sqrt(sum of t * t): the carried sum starts at 0.0 and only grows.
// CHECK-LABEL: func @distance
// CHECK: nbc.range
// CHECK: %[[S:.*]] = nbc.range
// CHECK-NOT: nbc.math sqrt
// CHECK: math.sqrt %[[S]] : f64
func.func @distance(%x: memref<?xf64>, %y: memref<?xf64>, %d: si64) -> f64 {
  %c0 = nbc.constant 0 : si64
  %c1 = nbc.constant 1 : si64
  %zero = nbc.constant 0.0 : f64
  %outer = nbc.range %i = %c0 to %d step %c1 : si64 iter_args(%acc0 = %zero) -> (f64) {
    %s = nbc.range %k = %c0 to %d step %c1 : si64 iter_args(%acc = %zero) -> (f64) {
      %a = nbc.load %x[%k] : memref<?xf64>, si64
      %b = nbc.load %y[%k] : memref<?xf64>, si64
      %t = nbc.sub %a, %b : f64
      %sq = nbc.mul %t, %t : f64
      %next = nbc.add %acc, %sq : f64
      nbc.yield %next : f64
    }
    %r = nbc.math sqrt %s : f64
    nbc.yield %r : f64
  }
  return %outer : f64
}

// Non-negative by construction: abs, exp, x ** 2, -0.0, hypot, selects and
// branches of such values, quotients of them.
// CHECK-LABEL: func @proved
// CHECK-NOT: nbc.math sqrt
// CHECK-COUNT-6: math.sqrt
func.func @proved(%x: f64, %y: f64, %c: i1) -> (f64, f64, f64, f64, f64, f64) {
  %two = nbc.constant 2 : si64
  %negzero = nbc.constant -0.0 : f64
  %a = nbc.abs %x : f64
  %e = nbc.math exp %y : f64
  %p = nbc.pow %x, %two : f64, si64 -> f64
  %h = nbc.math2 hypot %x, %y : f64
  %sel = nbc.select %c, %a, %negzero : f64
  %br = scf.if %c -> (f64) {
    scf.yield %e : f64
  } else {
    scf.yield %p : f64
  }
  %q = nbc.truediv %a, %e : f64 -> f64
  %r0 = nbc.math sqrt %a : f64
  %r1 = nbc.math sqrt %p : f64
  %r2 = nbc.math sqrt %h : f64
  %r3 = nbc.math sqrt %sel : f64
  %r4 = nbc.math sqrt %br : f64
  %r5 = nbc.math sqrt %q : f64
  return %r0, %r1, %r2, %r3, %r4, %r5 : f64, f64, f64, f64, f64, f64
}

// May be negative: the checked op stays. A difference; a loop whose
// update subtracts; a loop starting below zero; an odd power; x * y.
// CHECK-LABEL: func @kept
// CHECK-NOT: math.sqrt
// CHECK-COUNT-5: nbc.math sqrt
// CHECK-NOT: math.sqrt
func.func @kept(%x: f64, %y: f64, %n: si64) -> (f64, f64, f64, f64, f64) {
  %c0 = nbc.constant 0 : si64
  %c1 = nbc.constant 1 : si64
  %three = nbc.constant 3 : si64
  %zero = nbc.constant 0.0 : f64
  %neg = nbc.constant -1.0 : f64
  %sq = nbc.mul %x, %x : f64
  %d = nbc.sub %sq, %y : f64
  %down = nbc.range %k = %c0 to %n step %c1 : si64 iter_args(%acc = %zero) -> (f64) {
    %next = nbc.sub %acc, %sq : f64
    nbc.yield %next : f64
  }
  %below = nbc.range %k = %c0 to %n step %c1 : si64 iter_args(%acc = %neg) -> (f64) {
    %next = nbc.add %acc, %sq : f64
    nbc.yield %next : f64
  }
  %cube = nbc.pow %x, %three : f64, si64 -> f64
  %xy = nbc.mul %x, %y : f64
  %r0 = nbc.math sqrt %d : f64
  %r1 = nbc.math sqrt %down : f64
  %r2 = nbc.math sqrt %below : f64
  %r3 = nbc.math sqrt %cube : f64
  %r4 = nbc.math sqrt %xy : f64
  return %r0, %r1, %r2, %r3, %r4 : f64, f64, f64, f64, f64
}
