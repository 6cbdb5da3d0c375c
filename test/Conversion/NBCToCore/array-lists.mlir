// RUN: nbc-opt %s --convert-nbc-to-core | FileCheck %s

// A list of arrays is one memref<?xi8> that owns copies of its items: a
// header (length, slot capacity, data bytes used), one slot per item (its
// data's offset and sizes), then the items' data.

// CHECK-LABEL: func @new
// CHECK: %[[BUF:.*]] = memref.alloc(%{{.*}}) {alignment = 64 : i64} : memref<?xi8>
// CHECK: %[[HEAD:.*]] = memref.view %[[BUF]][%{{.*}}][%{{.*}}] : memref<?xi8> to memref<?xi64>
// CHECK-COUNT-4: memref.store %{{.*}}, %[[HEAD]]
// CHECK: return %[[BUF]] : memref<?xi8>
func.func @new() -> !nbc.list<memref<?x?xf64>> {
  %l = nbc.list_new : !nbc.list<memref<?x?xf64>>
  return %l : !nbc.list<memref<?x?xf64>>
}

// An append grows when the slots or the data room are short (header, slots
// and data copied to a bigger buffer), then copies the item to the end of
// the data.
// CHECK-LABEL: func @append
// CHECK-SAME: (%[[L:.*]]: memref<?xi8>, %[[A:.*]]: memref<?xf32>)
// CHECK: %[[GROWN:.*]] = scf.if %{{.*}} -> (memref<?xi8>) {
// CHECK:   %[[NEW:.*]] = memref.alloc
// CHECK:   memref.copy %{{.*}}, %{{.*}} : memref<?xi64> to memref<?xi64>
// CHECK:   memref.copy %{{.*}}, %{{.*}} : memref<?xi8> to memref<?xi8>
// CHECK:   scf.yield %[[NEW]] : memref<?xi8>
// CHECK: } else {
// CHECK:   scf.yield %[[L]] : memref<?xi8>
// CHECK: %[[ITEM:.*]] = memref.view %[[GROWN]][%{{.*}}][%{{.*}}] : memref<?xi8> to memref<?xf32>
// CHECK: memref.copy %[[A]], %[[ITEM]] : memref<?xf32> to memref<?xf32>
// CHECK: return %[[GROWN]]
func.func @append(%l: !nbc.list<memref<?xf32>>, %a: memref<?xf32>)
    -> !nbc.list<memref<?xf32>> {
  %l2 = nbc.list_append %l, %a : !nbc.list<memref<?xf32>>
  return %l2 : !nbc.list<memref<?xf32>>
}

// An item is a view of the buffer after the IndexError check.
// CHECK-LABEL: func @get
// CHECK: nbc.raise_if %{{.*}}, IndexError, "list index out of range"
// CHECK: %[[V:.*]] = memref.view %{{.*}}[%{{.*}}][%{{.*}}, %{{.*}}] : memref<?xi8> to memref<?x?xi64>
// CHECK-NOT: memref.alloc
// CHECK: return %[[V]]
func.func @get(%l: !nbc.list<memref<?x?xsi64>>, %i: si64) -> memref<?x?xsi64> {
  %x = nbc.list_get %l[%i] : !nbc.list<memref<?x?xsi64>>, si64
  return %x : memref<?x?xsi64>
}

// An assignment copies over the old item when it fits, else at the end of
// the data (which may grow the buffer): the list comes back.
// CHECK-LABEL: func @set
// CHECK: nbc.raise_if %{{.*}}, IndexError, "list assignment index out of range"
// CHECK: %[[R:.*]] = scf.if %{{.*}} -> (memref<?xi8>) {
// CHECK:   memref.copy
// CHECK: } else {
// CHECK:   scf.if %{{.*}} -> (memref<?xi8>) {
// CHECK:     memref.alloc
// CHECK:   memref.copy
// CHECK: return %[[R]]
func.func @set(%l: !nbc.list<memref<?xf64>>, %a: memref<?xf64>, %i: si64)
    -> !nbc.list<memref<?xf64>> {
  %l2 = nbc.list_set %a, %l[%i] : !nbc.list<memref<?xf64>>, si64 -> !nbc.list<memref<?xf64>>
  return %l2 : !nbc.list<memref<?xf64>>
}

// A popped item is a new array (a copy); its room is reused when it ends
// the data.
// CHECK-LABEL: func @pop
// CHECK: nbc.raise_if %{{.*}}, IndexError, "pop from empty list"
// CHECK: %[[C:.*]] = memref.alloc(%{{.*}}) {alignment = 64 : i64} : memref<?xf64>
// CHECK: memref.copy %{{.*}}, %[[C]] : memref<?xf64> to memref<?xf64>
// CHECK: arith.select
// CHECK: return %[[C]]
func.func @pop(%l: !nbc.list<memref<?xf64>>) -> memref<?xf64> {
  %x = nbc.list_pop %l : !nbc.list<memref<?xf64>>
  return %x : memref<?xf64>
}

// A list of arrays passed in (packed by the caller in this layout) is its
// buffer, as a list of scalars: no copy, items read through views of it.
// CHECK-LABEL: func @from_buffer
// CHECK-SAME: (%[[B:.*]]: memref<?xi8>, %{{.*}}: i64)
// CHECK-NOT: memref.alloc
// CHECK: memref.view %[[B]]
// CHECK: return %[[B]], %{{.*}} : memref<?xi8>, memref<?x?xf64>
func.func @from_buffer(%b: memref<?xsi8>, %i: si64) -> (memref<?xsi8>, memref<?x?xf64>) {
  %l = nbc.list_from_buffer %b : memref<?xsi8> -> !nbc.list<memref<?x?xf64>>
  %a = nbc.list_get %l[%i] : !nbc.list<memref<?x?xf64>>, si64
  %r = nbc.list_buffer %l : !nbc.list<memref<?x?xf64>> -> memref<?xsi8>
  return %r, %a : memref<?xsi8>, memref<?x?xf64>
}
