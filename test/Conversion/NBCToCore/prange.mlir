// RUN: nbc-opt %s --convert-nbc-to-core | FileCheck %s

// With parallel = true: scf.parallel over the normalized trip count, the
// body sees the identity, scf.reduce combines, the init comes in once.
// CHECK-LABEL: func @psum
// CHECK: nbc.raise_if %{{.*}}, ValueError, "range() arg 3 must not be zero"
// CHECK: %[[ID:.*]] = arith.constant -0.000000e+00 : f64
// CHECK: %[[P:.*]] = scf.parallel (%[[IV:.*]]) = (%{{.*}}) to (%{{.*}}) step (%{{.*}}) init (%[[ID]]) -> f64 {
// CHECK: %[[C:.*]] = scf.execute_region -> f64 {
// CHECK: arith.addf %[[ID]],
// CHECK: scf.reduce(%[[C]] : f64) {
// CHECK: ^bb0(%[[L:.*]]: f64, %[[R:.*]]: f64):
// CHECK: arith.addf %[[L]], %[[R]]
// CHECK: scf.reduce.return
// CHECK: %[[RES:.*]] = arith.addf %{{.*}}, %[[P]] : f64
// CHECK: return %[[RES]]
func.func @psum(%a: memref<?xf64>, %lo: si64, %hi: si64, %st: si64, %init: f64) -> f64
    attributes {nbc.kernel = #nbc.kernel<parallel = true>} {
  %r = nbc.prange (%i) = (%lo) to (%hi) step (%st) : si64 reduce(add %acc = %init : f64) {
    %x = nbc.load %a[%i] : memref<?xf64>, si64
    %s = arith.addf %acc, %x : f64
    nbc.yield %s : f64
  }
  return %r : f64
}

// Integer max and bitwise and; 2-D.
// CHECK-LABEL: func @pmax_and
// CHECK-DAG: arith.constant -2147483648 : i32
// CHECK-DAG: arith.constant -1 : i32
// CHECK: scf.parallel (%{{.*}}, %{{.*}}) = {{.*}} -> (i32, i32)
// CHECK: scf.reduce(%{{.*}}, %{{.*}} : i32, i32)
// In scf.reduce, max is compare + select (what convert-scf-to-openmp
// recognizes); the final combination with the init uses arith.maxsi.
// CHECK: %[[GT:.*]] = arith.cmpi sgt
// CHECK: arith.select %[[GT]]
// CHECK: arith.andi
// CHECK: arith.maxsi
// CHECK: arith.andi
func.func @pmax_and(%a: memref<?x?xsi32>, %n: si64, %m: si64, %one: si64,
                    %zero: si64, %i0: si32, %i1: si32) -> (si32, si32)
    attributes {nbc.kernel = #nbc.kernel<parallel = true>} {
  %r:2 = nbc.prange (%i, %j) = (%zero, %zero) to (%n, %m) step (%one, %one) : si64
      reduce(max %mx = %i0 : si32, and %bits = %i1 : si32) {
    %x = nbc.load %a[%i, %j] : memref<?x?xsi32>, si64, si64
    %mx1 = nbc.max %mx, %x : si32
    %bits1 = nbc.and %bits, %x : si32
    nbc.yield %mx1, %bits1 : si32, si32
  }
  return %r#0, %r#1 : si32, si32
}

// Without parallel = true, prange is range: a serial loop from the init.
// CHECK-LABEL: func @pserial
// CHECK-NOT: scf.parallel
// CHECK: scf.for {{.*}} iter_args(%{{.*}} = %[[INIT:.*]]) -> (f64)
// CHECK-NOT: scf.parallel
func.func @pserial(%a: memref<?xf64>, %lo: si64, %hi: si64, %st: si64, %init: f64) -> f64 {
  %r = nbc.prange (%i) = (%lo) to (%hi) step (%st) : si64 reduce(mul %acc = %init : f64) {
    %x = nbc.load %a[%i] : memref<?xf64>, si64
    %s = arith.mulf %acc, %x : f64
    nbc.yield %s : f64
  }
  return %r : f64
}

// np.maximum (NaN propagates): OpenMP reduces the integer max of a key
// ordered as the floats with NaN the greatest; the init comes in through
// arith.maximumf.
// CHECK-LABEL: func @pnumpy_max
// CHECK: scf.parallel {{.*}} -> i64
// CHECK: arith.cmpf uno
// CHECK: arith.bitcast %{{.*}} : f64 to i64
// CHECK: scf.reduce(%{{.*}} : i64)
// CHECK: arith.cmpi sgt
// CHECK: arith.bitcast %{{.*}} : i64 to f64
// CHECK: arith.maximumf
func.func @pnumpy_max(%a: memref<?xf64>, %lo: si64, %hi: si64, %st: si64, %init: f64) -> f64
    attributes {nbc.kernel = #nbc.kernel<parallel = true>} {
  %r = nbc.prange (%i) = (%lo) to (%hi) step (%st) : si64 reduce(maximum %acc = %init : f64) {
    %x = nbc.load %a[%i] : memref<?xf64>, si64
    %mx = nbc.max %x, %acc : f64
    %nan = nbc.fpclass nan %acc : f64
    %s = nbc.select %nan, %acc, %mx : f64
    nbc.yield %s : f64
  }
  return %r : f64
}
