// RUN: nbc-opt %s --nbc-wrap-in-conversion-slow-path | FileCheck %s

// `counts[int(y)]`: the conversion's test (t != INT64_MIN) and the
// wraparound (k < 0) become one test t >= 0; the other path is unchanged.
// CHECK-LABEL: func @index_of_int
// CHECK-SAME: (%[[T:.*]]: i64, %[[Y:.*]]: f64, %[[N:.*]]: i64)
// CHECK: %[[NONNEG:.*]] = arith.cmpi sge, %[[T]], %{{.*}} : i64
// CHECK: %[[R:.*]] = scf.if %[[NONNEG]] -> (i64) {
// CHECK-NEXT: scf.yield %[[T]] : i64
// CHECK-NEXT: } else {
// CHECK: %[[K:.*]] = scf.if %{{.*}} -> (i64) {
// CHECK: nbc.raise_if
// CHECK: %[[NEG:.*]] = arith.cmpi slt, %[[K]], %{{.*}} : i64
// CHECK: %[[END:.*]] = arith.addi %[[K]], %[[N]] : i64
// CHECK: %[[W:.*]] = arith.select %[[NEG]], %[[END]], %[[K]] : i64
// CHECK: scf.yield %[[W]] : i64
// CHECK: return %[[R]] : i64
func.func @index_of_int(%t: i64, %y: f64, %n: i64) -> i64 {
  %min = arith.constant -9223372036854775808 : i64
  %max = arith.constant 9223372036854775807 : i64
  %c0 = arith.constant 0 : i64
  %ok = arith.cmpi ne, %t, %min : i64
  %k = scf.if %ok -> (i64) {
    scf.yield %t : i64
  } else {
    %nan = arith.cmpf uno, %y, %y : f64
    nbc.raise_if %nan, ValueError, "cannot convert float NaN to integer"
    scf.yield %max : i64
  }
  %neg = arith.cmpi slt, %k, %c0 : i64
  %end = arith.addi %k, %n : i64
  %w = arith.select %neg, %end, %k : i64
  return %w : i64
}

// Kept: k has another user; a store between the conversion (which may
// raise) and the wrap; a test that t >= 0 does not imply (t != 5).
// CHECK-LABEL: func @kept
// CHECK-NOT: arith.cmpi sge
// CHECK: return
func.func @kept(%t: i64, %y: f64, %n: i64, %m: memref<?xi64>) -> (i64, i64, i64, i64) {
  %min = arith.constant -9223372036854775808 : i64
  %five = arith.constant 5 : i64
  %c0 = arith.constant 0 : i64
  %i0 = arith.constant 0 : index
  %ok = arith.cmpi ne, %t, %min : i64
  %k = scf.if %ok -> (i64) {
    scf.yield %t : i64
  } else {
    scf.yield %min : i64
  }
  %neg = arith.cmpi slt, %k, %c0 : i64
  %end = arith.addi %k, %n : i64
  %w = arith.select %neg, %end, %k : i64
  %k2 = scf.if %ok -> (i64) {
    scf.yield %t : i64
  } else {
    scf.yield %min : i64
  }
  memref.store %t, %m[%i0] : memref<?xi64>
  %neg2 = arith.cmpi slt, %k2, %c0 : i64
  %end2 = arith.addi %k2, %n : i64
  %w2 = arith.select %neg2, %end2, %k2 : i64
  %ok3 = arith.cmpi ne, %t, %five : i64
  %k3 = scf.if %ok3 -> (i64) {
    scf.yield %t : i64
  } else {
    scf.yield %min : i64
  }
  %neg3 = arith.cmpi slt, %k3, %c0 : i64
  %end3 = arith.addi %k3, %n : i64
  %w3 = arith.select %neg3, %end3, %k3 : i64
  return %w, %k, %w2, %w3 : i64, i64, i64, i64
}
