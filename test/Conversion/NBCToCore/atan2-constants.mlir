// RUN: nbc-opt %s --convert-nbc-to-core --canonicalize | FileCheck %s

// atan2 of two constants is libm's value: math.atan2's folder gives NaN for
// atan2(+-0, +-0), where C and Python give +-0 and +-pi.

// CHECK-LABEL: func.func @zeros
// CHECK-DAG: %[[Z:.*]] = arith.constant 0.000000e+00 : f64
// CHECK-DAG: %[[PI:.*]] = arith.constant 3.1415926535897931 : f64
// CHECK-DAG: %[[NZ:.*]] = arith.constant -0.000000e+00 : f64
// CHECK-DAG: %[[NPI:.*]] = arith.constant -3.1415926535897931 : f64
// CHECK-NOT: math.atan2
// CHECK: return %[[Z]], %[[PI]], %[[NZ]], %[[NPI]]
func.func @zeros() -> (f64, f64, f64, f64) {
  %p = nbc.constant 0.0 : f64
  %n = nbc.constant -0.0 : f64
  %a = nbc.math2 atan2 %p, %p : f64
  %b = nbc.math2 atan2 %p, %n : f64
  %c = nbc.math2 atan2 %n, %p : f64
  %d = nbc.math2 atan2 %n, %n : f64
  return %a, %b, %c, %d : f64, f64, f64, f64
}

// CHECK-LABEL: func.func @f32_zeros
// CHECK: arith.constant 3.14159274 : f32
// CHECK-NOT: math.atan2
func.func @f32_zeros() -> f32 {
  %p = nbc.constant 0.0 : f32
  %n = nbc.constant -0.0 : f32
  %a = nbc.math2 atan2 %p, %n : f32
  return %a : f32
}

// A run-time operand keeps math.atan2.
// CHECK-LABEL: func.func @runtime
// CHECK: math.atan2
func.func @runtime(%x: f64) -> f64 {
  %p = nbc.constant 0.0 : f64
  %a = nbc.math2 atan2 %p, %x : f64
  return %a : f64
}
