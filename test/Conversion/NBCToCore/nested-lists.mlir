// RUN: nbc-opt %s --convert-nbc-to-core | FileCheck %s

// A list of lists is laid out as a list of 1-D i8 arrays whose items are
// the inner lists' buffers: an item is a view of the outer buffer, which the
// inner list ops work on as on any list buffer.

// CHECK-LABEL: func @get_len
// CHECK: nbc.raise_if %{{.*}}, IndexError, "list index out of range"
// CHECK: %[[V:.*]] = memref.view %{{.*}}[%{{.*}}][%{{.*}}] : memref<?xi8> to memref<?xi8>
// CHECK-NOT: memref.alloc
// CHECK: memref.view %[[V]][%{{.*}}][] : memref<?xi8> to memref<1xi64>
func.func @get_len(%l: !nbc.list<!nbc.list<f64>>, %i: si64) -> si64 {
  %x = nbc.list_get %l[%i] : !nbc.list<!nbc.list<f64>>, si64
  %n = nbc.list_len %x : !nbc.list<f64>
  return %n : si64
}

// Storing an inner list back copies nothing when it is the item itself (an
// append that did not move it): the copy is guarded by an address compare.
// CHECK-LABEL: func @store_back
// CHECK: %[[INNER:.*]] = scf.if %{{.*}} -> (memref<?xi8>) {
// CHECK: %[[P:.*]] = memref.extract_aligned_pointer_as_index %[[INNER]] : memref<?xi8> -> index
// CHECK: %[[Q:.*]] = memref.extract_aligned_pointer_as_index %{{.*}} : memref<?xi8> -> index
// CHECK: %[[SAME:.*]] = arith.cmpi eq, %[[P]], %[[Q]] : index
// CHECK: scf.if %[[SAME]] {
// CHECK-NEXT: } else {
// CHECK: memref.copy %[[INNER]], %{{.*}} : memref<?xi8> to memref<?xi8>
func.func @store_back(%l: !nbc.list<!nbc.list<f64>>, %i: si64, %x: f64)
    -> !nbc.list<!nbc.list<f64>> {
  %g = nbc.list_get %l[%i] : !nbc.list<!nbc.list<f64>>, si64
  %g2 = nbc.list_append %g, %x : !nbc.list<f64>
  %l2 = nbc.list_set %g2, %l[%i] : !nbc.list<!nbc.list<f64>>, si64 -> !nbc.list<!nbc.list<f64>>
  return %l2 : !nbc.list<!nbc.list<f64>>
}
