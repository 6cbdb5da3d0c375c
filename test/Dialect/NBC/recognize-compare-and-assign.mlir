// nbc-recognize-reductions: `if x > m: m = x` is Python's max(m, x) and
// `if x < m: m = x` is min(m, x) (nbc.max/nbc.min keep m on ties and NaN),
// so such an scf.if becomes the op and a prange carrying m a max/min
// reduction. Serial loops get the op too (a vectorizable reduction).
// RUN: nbc-opt %s --nbc-recognize-reductions | FileCheck %s

// CHECK-LABEL: func @prange_max_by_if
// CHECK: nbc.prange {{.*}} reduce(max %{{.*}} : f64, min %{{.*}} : si64)
// CHECK-NOT: scf.if
// CHECK: %[[X:.*]] = nbc.load %arg0[%{{.*}}]
// CHECK: nbc.max %{{.*}}, %[[X]] : f64
// CHECK: nbc.min %{{.*}}, %{{.*}} : si64
func.func @prange_max_by_if(%a: memref<?xf64>, %n: si64, %m0: f64, %k0: si64) -> (f64, si64) {
  %c0 = nbc.constant 0 : si64
  %c1 = nbc.constant 1 : si64
  %r:2 = nbc.prange (%i) = (%c0) to (%n) step (%c1) : si64
      iter_args(%m = %m0 : f64, %k = %k0 : si64) {
    // if a[i] > m: m = a[i]   (the frontend loads a[i] again in the branch)
    %x = nbc.load %a[%i] {noboundscheck} : memref<?xf64>, si64
    %gt = nbc.cmp gt, %x, %m : f64
    %m1 = scf.if %gt -> (f64) {
      %again = nbc.load %a[%i] {noboundscheck} : memref<?xf64>, si64
      scf.yield %again : f64
    } else {
      scf.yield %m : f64
    }
    // if k > i: k = i   (m > x reads as x < m)
    %lt = nbc.cmp gt, %k, %i : si64
    %k1 = scf.if %lt -> (si64) {
      scf.yield %i : si64
    } else {
      scf.yield %k : si64
    }
    nbc.yield %m1, %k1 : f64, si64
  }
  return %r#0, %r#1 : f64, si64
}

// Not min/max: `>=` (ties take x: max(0.0, -0.0) keeps 0.0), a different
// load in the branch, a branch with a store, x stored to in between.
// CHECK-LABEL: func @kept
// CHECK-NOT: nbc.max
// CHECK-NOT: nbc.min
// CHECK-COUNT-4: scf.if
func.func @kept(%a: memref<?xf64>, %i: si64, %j: si64, %m: f64) -> (f64, f64, f64, f64) {
  %x = nbc.load %a[%i] {noboundscheck} : memref<?xf64>, si64
  %ge = nbc.cmp ge, %x, %m : f64
  %r0 = scf.if %ge -> (f64) {
    scf.yield %x : f64
  } else {
    scf.yield %m : f64
  }
  %gt = nbc.cmp gt, %x, %m : f64
  %r1 = scf.if %gt -> (f64) {
    %other = nbc.load %a[%j] {noboundscheck} : memref<?xf64>, si64
    scf.yield %other : f64
  } else {
    scf.yield %m : f64
  }
  %r2 = scf.if %gt -> (f64) {
    nbc.store %m, %a[%j] {noboundscheck} : memref<?xf64>, si64
    scf.yield %x : f64
  } else {
    scf.yield %m : f64
  }
  %y = nbc.load %a[%i] {noboundscheck} : memref<?xf64>, si64
  %gty = nbc.cmp gt, %y, %m : f64
  nbc.store %m, %a[%j] {noboundscheck} : memref<?xf64>, si64
  %r3 = scf.if %gty -> (f64) {
    %again = nbc.load %a[%i] {noboundscheck} : memref<?xf64>, si64
    scf.yield %again : f64
  } else {
    scf.yield %m : f64
  }
  return %r0, %r1, %r2, %r3 : f64, f64, f64, f64
}
