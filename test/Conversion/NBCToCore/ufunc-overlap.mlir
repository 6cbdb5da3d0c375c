// RUN: nbc-opt %s --convert-nbc-to-core | FileCheck %s

!view = memref<?xf64, strided<[?], offset: ?>>

// Outs that may overlap an input: a run-time test of the two byte ranges
// chooses a temporary copy of the input (memref.copy) or the input itself;
// the loop nest reads the chosen one.
// CHECK-LABEL: func @add_views
// CHECK-SAME: (%[[DST:.*]]: memref<?xf64, strided<[?], offset: ?>>, %[[SRC:.*]]: memref<?xf64, strided<[?], offset: ?>>)
// CHECK-DAG: memref.extract_aligned_pointer_as_index %[[SRC]]
// CHECK-DAG: memref.extract_aligned_pointer_as_index %[[DST]]
// CHECK: %[[IN:.*]] = scf.if %{{.*}} -> (memref<?xf64, strided<[?], offset: ?>>) {
// CHECK:   %[[TMP:.*]] = memref.alloc(%{{.*}}) {alignment = 64 : i64} : memref<?xf64>
// CHECK:   memref.copy %[[SRC]], %[[TMP]]
// CHECK:   %[[C:.*]] = memref.cast %[[TMP]]
// CHECK:   scf.yield %[[C]]
// CHECK: } else {
// CHECK:   %[[S:.*]] = memref.cast %[[SRC]]
// CHECK:   scf.yield %[[S]]
// CHECK: memref.extract_strided_metadata %[[IN]]
// CHECK: scf.for
// CHECK: memref.store {{.*}} %[[DST]]
func.func @add_views(%dst: !view, %src: !view) {
  nbc.ufunc ins(%dst, %src : !view, !view) outs(%dst : !view) {
  ^bb0(%x: f64, %y: f64):
    %s = nbc.add %x, %y : f64
    nbc.yield %s : f64
  }
  return
}

// A plain 1-d assignment (the body yields the source element) copies in
// place, as NumPy does, when the views overlap and their strides run the
// same way: one loop whose index runs down or up (arith.select); otherwise
// the path above.
// CHECK-LABEL: func @copy_views
// CHECK-SAME: (%[[DST:.*]]: memref<?xf64, strided<[?], offset: ?>>, %[[SRC:.*]]: memref<?xf64, strided<[?], offset: ?>>)
// CHECK: scf.if %{{.*}} {
// CHECK:   scf.for %[[I:.*]] = %{{.*}} to %[[N:.*]] step
// CHECK:     %[[K:.*]] = arith.select %{{.*}}, %{{.*}}, %[[I]] : index
// CHECK:     memref.load %[[SRC]][%{{.*}}]
// CHECK:     memref.store %{{.*}}, %[[DST]][%[[K]]]
// CHECK: } else {
// CHECK:   memref.copy %[[SRC]]
// CHECK: return
func.func @copy_views(%dst: !view, %src: !view) {
  nbc.ufunc ins(%src : !view) outs(%dst : !view) {
  ^bb0(%x: f64):
    nbc.yield %x : f64
  }
  return
}

// The output itself as an input (a += 1) and a new array as the input
// need no test (the only address taken is the new array's, for its own
// allocation check).
// CHECK-LABEL: func @no_test
// CHECK-NOT: extract_aligned_pointer_as_index %arg0
// CHECK-NOT: memref.copy
// CHECK: return
func.func @no_test(%a: memref<?xf64>, %n: si64) {
  %one = nbc.constant 1.0 : f64
  nbc.ufunc ins(%a, %one : memref<?xf64>, f64) outs(%a : memref<?xf64>) {
  ^bb0(%x: f64, %y: f64):
    %s = nbc.add %x, %y : f64
    nbc.yield %s : f64
  }
  %b = nbc.full(%n) %one : memref<?xf64>, si64
  nbc.ufunc ins(%b : memref<?xf64>) outs(%a : memref<?xf64>) {
  ^bb0(%x: f64):
    nbc.yield %x : f64
  }
  return
}
