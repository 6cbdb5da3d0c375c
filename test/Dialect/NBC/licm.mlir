// LICM through nbc.range (LoopLikeOpInterface): pure ops and divisions
// that cannot raise are hoisted; a division that may raise stays in the
// loop, which may run zero times.
// RUN: nbc-opt %s -split-input-file --loop-invariant-code-motion | FileCheck %s

// CHECK-LABEL: func @licm
// CHECK-SAME: (%[[N:.*]]: si64, %[[A:.*]]: si64, %[[B:.*]]: si64
// CHECK: %[[C3:.*]] = nbc.constant 3 : si64
// CHECK: %[[S:.*]] = nbc.add %[[A]], %[[B]] : si64
// CHECK: %[[R:.*]] = nbc.floordiv %[[A]], %[[C3]] : si64
// CHECK: nbc.range
// CHECK-NEXT: %[[Q:.*]] = nbc.floordiv %[[A]], %[[B]] : si64
// CHECK-NEXT: %[[T:.*]] = nbc.add %[[S]], %[[Q]] : si64
// CHECK-NEXT: nbc.add %[[T]], %[[R]] : si64
func.func @licm(%n: si64, %a: si64, %b: si64, %out: memref<?xsi64>) {
  %c0 = nbc.constant 0 : si64
  %c1 = nbc.constant 1 : si64
  %c3 = nbc.constant 3 : si64
  nbc.range %i = %c0 to %n step %c1 : si64 {
    %s = nbc.add %a, %b : si64
    %q = nbc.floordiv %a, %b : si64
    %r = nbc.floordiv %a, %c3 : si64
    %t = nbc.add %s, %q : si64
    %u = nbc.add %t, %r : si64
    nbc.store %u, %out[%i] : memref<?xsi64>, si64
  }
  return
}

// -----

// Under error_model = numpy the division cannot raise and is hoisted.
// CHECK-LABEL: func @licm_numpy
// CHECK: nbc.floordiv
// CHECK: nbc.range
// CHECK-NOT: nbc.floordiv
// CHECK: return
func.func @licm_numpy(%n: si64, %a: si64, %b: si64, %out: memref<?xsi64>) attributes {nbc.kernel = #nbc.kernel<error_model = numpy>} {
  %c0 = nbc.constant 0 : si64
  %c1 = nbc.constant 1 : si64
  nbc.range %i = %c0 to %n step %c1 : si64 {
    %q = nbc.floordiv %a, %b : si64
    nbc.store %q, %out[%i] : memref<?xsi64>, si64
  }
  return
}

// -----

// Loads read memory the loop may write (%out may alias %a): neither the
// checked nor the unchecked one is hoisted.
// CHECK-LABEL: func @licm_loads
// CHECK: nbc.range
// CHECK-NEXT: nbc.load %{{.*}}[%{{.*}}] : memref<?xf64>, si64
// CHECK-NEXT: nbc.load %{{.*}}[%{{.*}}] {noboundscheck} : memref<?xf64>, si64
func.func @licm_loads(%n: si64, %a: memref<?xf64>, %out: memref<?xf64>) {
  %c0 = nbc.constant 0 : si64
  %c1 = nbc.constant 1 : si64
  nbc.range %i = %c0 to %n step %c1 : si64 {
    %x = nbc.load %a[%c0] : memref<?xf64>, si64
    %y = nbc.load %a[%c1] {noboundscheck} : memref<?xf64>, si64
    %s = nbc.add %x, %y : f64
    nbc.store %s, %out[%i] : memref<?xf64>, si64
  }
  return
}
