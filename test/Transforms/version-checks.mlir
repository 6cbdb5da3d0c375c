// RUN: nbc-opt %s --split-input-file --nbc-version-checks | FileCheck %s

// A loop-invariant check after loads only moves before the loop, guarded by
// the loop running at all; the loop keeps no raise point.
// CHECK-LABEL: func @hoist
// CHECK: %[[BAD:.*]] = arith.cmpi eq, %{{.*}}, %{{.*}} : i64
// CHECK: %[[NE:.*]] = arith.cmpi slt, %{{.*}}, %[[N:.*]] : index
// CHECK: %[[C:.*]] = arith.andi %[[NE]], %[[BAD]] : i1
// CHECK: nbc.raise_if %[[C]], ZeroDivisionError, "integer division or modulo by zero"
// CHECK: scf.for
// CHECK-NOT: nbc.raise_if
// CHECK: return
func.func @hoist(%x: memref<?xi64>, %d: i64) -> i64 {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %z = arith.constant 0 : i64
  %n = memref.dim %x, %c0 : memref<?xi64>
  %r = scf.for %i = %c0 to %n step %c1 iter_args(%acc = %z) -> (i64) {
    %v = memref.load %x[%i] : memref<?xi64>
    %bad = arith.cmpi eq, %d, %z : i64
    nbc.raise_if %bad, ZeroDivisionError, "integer division or modulo by zero"
    %s = arith.addi %acc, %v : i64
    scf.yield %s : i64
  }
  return %r : i64
}

// -----

// A store comes first: Python writes out[0] before raising, so the loop is
// versioned: the original loop when the check fails, else a copy without
// it. A second check of the same condition is dropped.
// CHECK-LABEL: func @version
// CHECK: %[[NE:.*]] = arith.cmpi slt
// CHECK: %[[C:.*]] = arith.andi %[[NE]], %{{.*}} : i1
// CHECK: %[[R:.*]] = scf.if %[[C]] -> (i64) {
// CHECK:   %[[SLOW:.*]] = scf.for
// CHECK:     memref.store
// CHECK:     nbc.raise_if %{{.*}}, ZeroDivisionError, "first"
// CHECK-NOT: nbc.raise_if
// CHECK:   scf.yield %[[SLOW]] : i64
// CHECK: } else {
// CHECK:   %[[FAST:.*]] = scf.for
// CHECK-NOT: nbc.raise_if
// CHECK:   scf.yield %[[FAST]] : i64
// CHECK: return %[[R]]
func.func @version(%x: memref<?xi64>, %y: memref<?xi64>, %d: i64) -> i64 {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %z = arith.constant 0 : i64
  %n = memref.dim %x, %c0 : memref<?xi64>
  %r = scf.for %i = %c0 to %n step %c1 iter_args(%acc = %z) -> (i64) {
    %v = memref.load %x[%i] : memref<?xi64>
    memref.store %v, %y[%i] : memref<?xi64>
    %bad = arith.cmpi eq, %d, %z : i64
    nbc.raise_if %bad, ZeroDivisionError, "first"
    nbc.raise_if %bad, ZeroDivisionError, "second"
    %s = arith.addi %acc, %v : i64
    scf.yield %s : i64
  }
  return %r : i64
}

// -----

// A per-element check stays where it is (nbc-vectorize tests it per vector).
// CHECK-LABEL: func @per_element
// CHECK: scf.for
// CHECK:   memref.load
// CHECK:   nbc.raise_if
func.func @per_element(%x: memref<?xi64>) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %z = arith.constant 0 : i64
  %n = memref.dim %x, %c0 : memref<?xi64>
  scf.for %i = %c0 to %n step %c1 {
    %v = memref.load %x[%i] : memref<?xi64>
    %bad = arith.cmpi eq, %v, %z : i64
    nbc.raise_if %bad, ZeroDivisionError, "integer division or modulo by zero"
  }
  return
}

// -----

// Nested loops: the check leaves the inner loop, then the outer one; each
// level adds its own non-empty guard.
// CHECK-LABEL: func @nested
// CHECK: arith.cmpi slt
// CHECK: arith.cmpi slt
// CHECK: nbc.raise_if
// CHECK: scf.for
// CHECK-NOT: nbc.raise_if
// CHECK: return
func.func @nested(%x: memref<?x?xf64>, %d: f64) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %z = arith.constant 0.0 : f64
  %n = memref.dim %x, %c0 : memref<?x?xf64>
  %m = memref.dim %x, %c1 : memref<?x?xf64>
  scf.for %i = %c0 to %n step %c1 {
    scf.for %j = %c0 to %m step %c1 {
      %bad = arith.cmpf oeq, %d, %z : f64
      nbc.raise_if %bad, ZeroDivisionError, "float division by zero"
      %v = memref.load %x[%i, %j] : memref<?x?xf64>
      %q = arith.divf %v, %d : f64
      memref.store %q, %x[%i, %j] : memref<?x?xf64>
    }
  }
  return
}
