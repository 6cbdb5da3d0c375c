// Lists of lists of scalars round-trip: an item is a list, appended to and
// stored back with nbc.list_set, which returns the outer list.
// RUN: nbc-opt %s | nbc-opt | FileCheck %s

// CHECK-LABEL: func @build
// CHECK: %[[L:.*]] = nbc.list_new : !nbc.list<!nbc.list<si64>>
// CHECK: %[[R:.*]] = nbc.list_new : !nbc.list<si64>
// CHECK: %[[L2:.*]] = nbc.list_append %[[L]], %{{.*}} : !nbc.list<!nbc.list<si64>>
// CHECK: %[[G:.*]] = nbc.list_get %[[L2]][%{{.*}}] : !nbc.list<!nbc.list<si64>>, si64
// CHECK: %[[G2:.*]] = nbc.list_append %[[G]], %{{.*}} : !nbc.list<si64>
// CHECK: %[[L3:.*]] = nbc.list_set %[[G2]], %[[L2]][%{{.*}}] : !nbc.list<!nbc.list<si64>>, si64 -> !nbc.list<!nbc.list<si64>>
// CHECK: nbc.list_pop %[[L3]] : !nbc.list<!nbc.list<si64>>
// CHECK: nbc.list_buffer %[[L3]] : !nbc.list<!nbc.list<si64>> -> memref<?xsi8>
func.func @build(%i: si64) -> memref<?xsi8> {
  %l = nbc.list_new : !nbc.list<!nbc.list<si64>>
  %r = nbc.list_new : !nbc.list<si64>
  %r2 = nbc.list_append %r, %i : !nbc.list<si64>
  %l2 = nbc.list_append %l, %r2 : !nbc.list<!nbc.list<si64>>
  %g = nbc.list_get %l2[%i] : !nbc.list<!nbc.list<si64>>, si64
  %g2 = nbc.list_append %g, %i : !nbc.list<si64>
  %l3 = nbc.list_set %g2, %l2[%i] : !nbc.list<!nbc.list<si64>>, si64 -> !nbc.list<!nbc.list<si64>>
  %p = nbc.list_pop %l3 : !nbc.list<!nbc.list<si64>>
  %b = nbc.list_buffer %l3 : !nbc.list<!nbc.list<si64>> -> memref<?xsi8>
  return %b : memref<?xsi8>
}
