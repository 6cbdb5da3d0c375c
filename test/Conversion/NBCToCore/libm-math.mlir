// RUN: nbc-opt %s --convert-nbc-to-core | FileCheck %s

// The math functions the math dialect lacks are libm calls, with CPython's
// errors under the python error model.

// CHECK-DAG: func.func private @tgamma(f64) -> f64
// CHECK-DAG: func.func private @lgammaf(f32) -> f32
// CHECK-DAG: func.func private @logb(f64) -> f64
// CHECK-DAG: func.func private @ldexp(f64, i32) -> f64
// CHECK-DAG: func.func private @nextafterf(f32, f32) -> f32

// CHECK-LABEL: func @gamma
// Poles: x <= 0 and integral.
// CHECK: %[[LE:.*]] = arith.cmpf ole, %[[X:.*]], %{{.*}} : f64
// CHECK: %[[FL:.*]] = math.floor %[[X]] : f64
// CHECK: %[[INT:.*]] = arith.cmpf oeq, %[[FL]], %[[X]] : f64
// CHECK: %[[POLE:.*]] = arith.andi %[[LE]], %[[INT]] : i1
// CHECK: %[[G:.*]] = call @tgamma(%[[X]]) : (f64) -> f64
// CHECK: nbc.raise_if %[[POLE]], ValueError, "math domain error"
// CHECK: nbc.raise_if %{{.*}}, OverflowError, "math range error"
// CHECK: return %[[G]]
func.func @gamma(%x: f64) -> f64 {
  %r = nbc.math gamma %x : f64
  return %r : f64
}

// lgamma(-inf) is inf, not a domain error.
// CHECK-LABEL: func @lgamma_f32
// CHECK: arith.cmpf one, %{{.*}}, %{{.*}} : f32
// CHECK: call @lgammaf(
// CHECK: nbc.raise_if %{{.*}}, ValueError, "math domain error"
// CHECK: nbc.raise_if %{{.*}}, OverflowError, "math range error"
func.func @lgamma_f32(%x: f32) -> f32 {
  %r = nbc.math lgamma %x : f32
  return %r : f32
}

// The exponent is clamped (NaN-free) before its conversion to i32.
// CHECK-LABEL: func @ldexp_logb
// CHECK: call @logb(
// CHECK: arith.maxnumf
// CHECK: arith.minnumf
// CHECK: %[[I:.*]] = arith.fptosi %{{.*}} : f64 to i32
// CHECK: call @ldexp(%{{.*}}, %[[I]]) : (f64, i32) -> f64
// CHECK: nbc.raise_if %{{.*}}, OverflowError, "math range error"
func.func @ldexp_logb(%x: f64, %e: f64) -> (f64, f64) {
  %0 = nbc.math logb %x : f64
  %1 = nbc.math2 ldexp %x, %e : f64
  return %0, %1 : f64, f64
}

// NumPy's model: no raise.
// CHECK-LABEL: func @numpy_model
// CHECK-NOT: nbc.raise_if
// CHECK: call @ldexpf(
// CHECK: call @nextafterf(
// CHECK-NOT: nbc.raise_if
// CHECK: return
func.func @numpy_model(%x: f32, %e: f32) -> (f32, f32)
    attributes {nbc.kernel = #nbc.kernel<error_model = numpy>} {
  %0 = nbc.math2 ldexp %x, %e : f32
  %1 = nbc.math2 nextafter %x, %e : f32
  return %0, %1 : f32, f32
}
