// RUN: nbc-opt %s --convert-nbc-to-core | FileCheck %s

// A list is a memref<?xi8>: its length in bytes 0..8, the items (a
// memref.view) from byte 16.

// CHECK-LABEL: func @new_default
// CHECK: %[[BUF:.*]] = memref.alloc(%{{.*}}) {alignment = 64 : i64} : memref<?xi8>
// CHECK: nbc.raise_if %{{.*}}, MemoryError
// CHECK: %[[LEN:.*]] = memref.view %[[BUF]][%{{.*}}][] : memref<?xi8> to memref<1xi64>
// CHECK: memref.store %{{.*}}, %[[LEN]]
// CHECK: return %[[BUF]] : memref<?xi8>
func.func @new_default() -> !nbc.list<f64> {
  %l = nbc.list_new : !nbc.list<f64>
  return %l : !nbc.list<f64>
}

// CHECK-LABEL: func @new_hint
// CHECK-SAME: (%[[N:.*]]: i32)
// CHECK: %[[N64:.*]] = arith.extsi %[[N]] : i32 to i64
// CHECK: %[[POS:.*]] = arith.maxsi %[[N64]], %{{.*}}
// CHECK: %[[CAP:.*]] = arith.minsi %[[POS]], %{{.*}}
// CHECK: arith.muli %[[CAP]], %{{.*}}
// CHECK: memref.alloc
func.func @new_hint(%n: si32) -> !nbc.list<si32> {
  %l = nbc.list_new(%n : si32) : !nbc.list<si32>
  return %l : !nbc.list<si32>
}

// Growth: when full, a buffer of twice the capacity (at least 8) and a
// copy of the items; then the store and the new length.
// CHECK-LABEL: func @append
// CHECK-SAME: (%[[L:.*]]: memref<?xi8>, %[[X:.*]]: f64)
// CHECK: %[[LENV:.*]] = memref.view %[[L]]
// CHECK: %[[LEN:.*]] = memref.load %[[LENV]]
// CHECK: %[[BYTES:.*]] = memref.dim %[[L]]
// CHECK: %[[CAP:.*]] = arith.divui
// CHECK: %[[FULL:.*]] = arith.cmpi sge, %[[LEN]], %[[CAP]]
// CHECK: %[[NEW:.*]] = scf.if %[[FULL]] -> (memref<?xi8>) {
// CHECK:   arith.muli %[[CAP]], %{{.*}}
// CHECK:   %[[GROWN:.*]] = memref.alloc
// CHECK:   memref.copy %{{.*}}, %{{.*}} : memref<?xf64> to memref<?xf64>
// CHECK:   scf.yield %[[GROWN]]
// CHECK: } else {
// CHECK:   scf.yield %[[L]]
// CHECK: }
// The store sees the items up to the new one, not the capacity (no second
// read of the buffer's size on the hot path).
// CHECK: %[[INC:.*]] = arith.addi %[[LEN]], %{{.*}}
// CHECK: %[[N:.*]] = arith.index_cast %[[INC]]
// CHECK: %[[ITEMS:.*]] = memref.view %[[NEW]][%{{.*}}][%[[N]]] : memref<?xi8> to memref<?xf64>
// CHECK: memref.store %[[X]], %[[ITEMS]]
// CHECK: memref.store %[[INC]]
// CHECK: return %[[NEW]]
func.func @append(%l: !nbc.list<f64>, %x: f64) -> !nbc.list<f64> {
  %r = nbc.list_append %l, %x : !nbc.list<f64>
  return %r : !nbc.list<f64>
}

// CHECK-LABEL: func @get
// CHECK: %[[LEN:.*]] = memref.load
// CHECK: arith.cmpi slt
// CHECK: arith.addi %{{.*}}, %[[LEN]]
// CHECK: arith.select
// CHECK: arith.cmpi uge
// CHECK: nbc.raise_if %{{.*}}, IndexError, "list index out of range"
// CHECK: memref.view
// CHECK: memref.load %{{.*}} : memref<?xi64>
func.func @get(%l: !nbc.list<si64>, %i: si64) -> si64 {
  %x = nbc.list_get %l[%i] : !nbc.list<si64>, si64
  return %x : si64
}

// An unsigned index does not wrap.
// CHECK-LABEL: func @set_unsigned
// CHECK-NOT: arith.select
// CHECK: nbc.raise_if %{{.*}}, IndexError, "list assignment index out of range"
// CHECK: memref.store %{{.*}} : memref<?xi1>
func.func @set_unsigned(%l: !nbc.list<i1>, %i: ui8, %x: i1) {
  nbc.list_set %x, %l[%i] : !nbc.list<i1>, ui8
  return
}

// CHECK-LABEL: func @pop
// CHECK: %[[LEN:.*]] = memref.load
// CHECK: %[[EMPTY:.*]] = arith.cmpi sle, %[[LEN]]
// CHECK: nbc.raise_if %[[EMPTY]], IndexError, "pop from empty list"
// CHECK: %[[LAST:.*]] = arith.subi %[[LEN]]
// CHECK: memref.load
// CHECK: memref.store %[[LAST]]
func.func @pop(%l: !nbc.list<f32>) -> f32 {
  %x = nbc.list_pop %l : !nbc.list<f32>
  return %x : f32
}

// CHECK-LABEL: func @len_and_to_array
// CHECK: %[[LEN:.*]] = memref.load
// CHECK: %[[ARR:.*]] = memref.alloc(%{{.*}}) {alignment = 64 : i64} : memref<?xi64>
// CHECK: memref.copy %{{.*}}, %[[ARR]] : memref<?xi64> to memref<?xi64>
// CHECK: return %[[ARR]], %{{.*}} : memref<?xi64>, i64
func.func @len_and_to_array(%l: !nbc.list<si64>) -> (memref<?xsi64>, si64) {
  %a = nbc.list_to_array %l : !nbc.list<si64> -> memref<?xsi64>
  %n = nbc.list_len %l : !nbc.list<si64>
  return %a, %n : memref<?xsi64>, si64
}

// A buffer passed in is the list; the list handed back is its buffer.
// CHECK-LABEL: func @buffers
// CHECK-SAME: (%[[B:.*]]: memref<?xi8>)
// CHECK-NOT: memref.alloc
// CHECK: return %[[B]] : memref<?xi8>
func.func @buffers(%b: memref<?xsi8>) -> memref<?xsi8> {
  %l = nbc.list_from_buffer %b : memref<?xsi8> -> !nbc.list<f64>
  %r = nbc.list_buffer %l : !nbc.list<f64> -> memref<?xsi8>
  return %r : memref<?xsi8>
}

// A loop that appends carries the length as an iter_arg: read from the
// header once before the loop, then the value last stored (merged through
// the scf.if of a conditional append); the header stores stay.
// CHECK-LABEL: func @append_in_loop
// CHECK: %[[INIT:.*]] = memref.load %{{.*}} : memref<1xi64>
// CHECK: scf.for {{.*}} iter_args(%[[L:.*]] = %{{.*}}, %[[LEN:.*]] = %[[INIT]]) -> (memref<?xi8>, i64)
// CHECK-NOT: memref.load %{{.*}} : memref<1xi64>
// CHECK: %[[R:.*]]:2 = scf.if %{{.*}} -> (memref<?xi8>, i64)
// CHECK: arith.cmpi sge, %[[LEN]]
// CHECK: %[[INC:.*]] = arith.addi %[[LEN]]
// CHECK: memref.store %[[INC]], %{{.*}} : memref<1xi64>
// CHECK: scf.yield %{{.*}}, %[[INC]] : memref<?xi8>, i64
// CHECK: } else {
// CHECK: scf.yield %[[L]], %[[LEN]] : memref<?xi8>, i64
// CHECK: scf.yield %[[R]]#0, %[[R]]#1 : memref<?xi8>, i64
func.func @append_in_loop(%a: memref<?xf64>, %n: si64) -> !nbc.list<f64> {
  %l0 = nbc.list_new : !nbc.list<f64>
  %c0 = nbc.constant 0 : si64
  %c1 = nbc.constant 1 : si64
  %zero = nbc.constant 0.0 : f64
  %l = nbc.range %i = %c0 to %n step %c1 : si64 iter_args(%acc = %l0) -> (!nbc.list<f64>) {
    %x = nbc.load %a[%i] : memref<?xf64>, si64
    %pos = nbc.cmp gt, %x, %zero : f64
    %next = scf.if %pos -> (!nbc.list<f64>) {
      %l2 = nbc.list_append %acc, %x : !nbc.list<f64>
      scf.yield %l2 : !nbc.list<f64>
    } else {
      scf.yield %acc : !nbc.list<f64>
    }
    nbc.yield %next : !nbc.list<f64>
  }
  return %l : !nbc.list<f64>
}

// A call could read or write the header: the loop keeps its loads.
// CHECK-LABEL: func @append_and_call
// CHECK: scf.for {{.*}} -> (memref<?xi8>) {
// CHECK: memref.load %{{.*}} : memref<1xi64>
func.func private @use(!nbc.list<si64>)
func.func @append_and_call(%n: si64) {
  %l0 = nbc.list_new : !nbc.list<si64>
  %c0 = nbc.constant 0 : si64
  %c1 = nbc.constant 1 : si64
  %l = nbc.range %i = %c0 to %n step %c1 : si64 iter_args(%acc = %l0) -> (!nbc.list<si64>) {
    %l2 = nbc.list_append %acc, %i : !nbc.list<si64>
    func.call @use(%l2) : (!nbc.list<si64>) -> ()
    nbc.yield %l2 : !nbc.list<si64>
  }
  return
}
