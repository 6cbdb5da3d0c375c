// RUN: nbc-opt %s --split-input-file --nbc-hoist-allocations | FileCheck %s

// `t = np.zeros(m)` in a serial loop: one allocation before the loop, of
// size max(m, 0), or 0 when the loop runs no iteration; the fill and the
// null check stay in the body. Its size's index_cast moves with it.
// CHECK-LABEL: func @serial_zeros
// CHECK-SAME: (%[[A:.*]]: memref<?xf64>, %[[M:.*]]: i64)
// CHECK: %[[N:.*]] = memref.dim %[[A]]
// CHECK: %[[SIZE:.*]] = arith.index_cast %[[M]] : i64 to index
// CHECK-DAG: %[[RUNS:.*]] = arith.cmpi slt, %{{.*}}, %[[N]] : index
// CHECK-DAG: %[[CLAMPED:.*]] = arith.maxsi %[[SIZE]], %[[ZERO:.*]] : index
// CHECK: %[[BYTRIP:.*]] = arith.select %[[RUNS]], %[[CLAMPED]], %[[ZERO]]
// CHECK: %[[T:.*]] = memref.alloc(%[[BYTRIP]]) {alignment = 64 : i64}
// CHECK: scf.for
// CHECK-NOT: memref.alloc
// CHECK: memref.extract_aligned_pointer_as_index %[[T]]
// CHECK: nbc.raise_if
// CHECK: scf.for
// CHECK: memref.store %{{.*}}, %[[T]]
// CHECK: memref.store %{{.*}}, %[[T]]
func.func @serial_zeros(%a: memref<?xf64>, %m: i64) -> f64 {
  %cst = arith.constant 0.0 : f64
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %n = memref.dim %a, %c0 : memref<?xf64>
  %r = scf.for %i = %c0 to %n step %c1 iter_args(%acc = %cst) -> (f64) {
    %size = arith.index_cast %m : i64 to index
    %t = memref.alloc(%size) {alignment = 64 : i64} : memref<?xf64>
    %p = memref.extract_aligned_pointer_as_index %t : memref<?xf64> -> index
    %null = arith.cmpi eq, %p, %c0 : index
    nbc.raise_if %null, MemoryError, "Unable to allocate memory for the array"
    scf.for %j = %c0 to %size step %c1 {
      memref.store %cst, %t[%j] : memref<?xf64>
    }
    %x = memref.load %a[%i] : memref<?xf64>
    memref.store %x, %t[%c0] : memref<?xf64>
    %v = memref.reinterpret_cast %t to offset: [0], sizes: [%size], strides: [1] : memref<?xf64> to memref<?xf64, strided<[1]>>
    %y = memref.load %v[%c0] : memref<?xf64, strided<[1]>>
    %s = arith.addf %acc, %y : f64
    scf.yield %s : f64
  }
  return %r : f64
}

// -----

// Out of both loops of a nest (clamped once, 0 unless both run), and out
// of an scf.while's body (clamped only: its trip count is not known before
// it runs).
// CHECK-LABEL: func @nest_and_while
// CHECK: arith.maxsi
// CHECK-NOT: arith.maxsi
// CHECK: arith.select
// CHECK-NOT: arith.maxsi
// CHECK: arith.select
// CHECK-NEXT: memref.alloc
// CHECK-NEXT: scf.for
// CHECK-NEXT: scf.for
// CHECK-NOT: memref.alloc
// CHECK: arith.maxsi
// CHECK-NEXT: memref.alloc
// CHECK-NEXT: scf.while
// CHECK-NOT: memref.alloc
func.func @nest_and_while(%n: index, %m: index) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %cst = arith.constant 1.0 : f64
  scf.for %i = %c0 to %n step %c1 {
    scf.for %j = %c0 to %n step %c1 {
      %t = memref.alloc(%m) : memref<?xf64>
      memref.store %cst, %t[%c0] : memref<?xf64>
    }
  }
  %w = scf.while (%k = %c0) : (index) -> index {
    %more = arith.cmpi slt, %k, %n : index
    scf.condition(%more) %k : index
  } do {
  ^bb0(%k: index):
    %t = memref.alloc(%m) : memref<?xf64>
    memref.store %cst, %t[%k] : memref<?xf64>
    %next = arith.addi %k, %c1 : index
    scf.yield %next : index
  }
  return
}

// -----

// A prange body's temporary: the loop is strip-mined and each block (an
// iteration of the scf.parallel, on one thread) allocates it once, before
// its scf.for; the reduction carries a partial per block.
// CHECK-LABEL: func @prange_body
// CHECK: scf.parallel
// CHECK: memref.alloc
// CHECK: scf.for {{.*}} iter_args
// CHECK-NOT: memref.alloc
// CHECK: scf.reduce
func.func @prange_body(%a: memref<?xf64>, %m: index) -> f64 {
  %cst = arith.constant 0.0 : f64
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %n = memref.dim %a, %c0 : memref<?xf64>
  %r = scf.parallel (%i) = (%c0) to (%n) step (%c1) init (%cst) -> f64 {
    %t = memref.alloc(%m) : memref<?xf64>
    %x = memref.load %a[%i] : memref<?xf64>
    memref.store %x, %t[%c0] : memref<?xf64>
    %y = memref.load %t[%c0] : memref<?xf64>
    scf.reduce(%y : f64) {
    ^bb0(%l: f64, %r: f64):
      %s = arith.addf %l, %r : f64
      scf.reduce.return %s : f64
    }
  }
  return %r : f64
}

// -----

// The per-thread chunks of nbc-privatize-array-updates: out of the chunk's
// scf.for into the scf.parallel body, and no further (no strip-mining of a
// loop whose body the array was moved into).
// CHECK-LABEL: func @chunk_loop
// CHECK: scf.parallel
// CHECK: memref.alloc
// CHECK-NEXT: scf.for
// CHECK-NOT: memref.alloc
func.func @chunk_loop(%chunks: index, %per: index, %m: index) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %cst = arith.constant 1.0 : f64
  scf.parallel (%c) = (%c0) to (%chunks) step (%c1) {
    scf.for %i = %c0 to %per step %c1 {
      %t = memref.alloc(%m) : memref<?xf64>
      memref.store %cst, %t[%i] : memref<?xf64>
    }
    scf.reduce
  }
  return
}

// -----

// Refusals: a size computed from the iteration; an array (or a view of it)
// yielded, carried, stored as an element, passed to a call, or freed in
// the body; an allocation inside an scf.if of the body; its address passed
// to a call (only tested addresses are accepted: the null check).
// CHECK-LABEL: func @refused
// CHECK-NOT: memref.alloc
// CHECK: scf.for
// CHECK-NEXT: memref.alloc
// CHECK: scf.for {{.*}} iter_args
// CHECK-NEXT: memref.alloc
// CHECK: scf.for
// CHECK-NEXT: memref.alloc
// CHECK-NEXT: memref.subview
// CHECK: scf.yield
// CHECK: scf.for
// CHECK-NEXT: memref.alloc
// CHECK-NEXT: memref.store
// CHECK: scf.for
// CHECK-NEXT: memref.alloc
// CHECK-NEXT: call @keep
// CHECK: scf.for
// CHECK-NEXT: memref.alloc
// CHECK-NEXT: memref.dealloc
// CHECK: scf.for
// CHECK-NEXT: scf.if
// CHECK-NEXT: memref.alloc
// CHECK: scf.for
// CHECK-NEXT: memref.alloc
// CHECK-NEXT: memref.extract_aligned_pointer_as_index
// CHECK-LABEL: func private @keep
func.func @refused(%n: index, %cell: memref<1xmemref<?xf64>>, %init: memref<?xf64>, %c: i1) -> memref<?xf64> {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  scf.for %i = %c0 to %n step %c1 {
    %t = memref.alloc(%i) : memref<?xf64>
  }
  %last = scf.for %i = %c0 to %n step %c1 iter_args(%prev = %init) -> (memref<?xf64>) {
    %t = memref.alloc(%n) : memref<?xf64>
    scf.yield %t : memref<?xf64>
  }
  scf.for %i = %c0 to %n step %c1 {
    %t = memref.alloc(%n) : memref<?xf64>
    %v = memref.subview %t[0] [%i] [1] : memref<?xf64> to memref<?xf64, strided<[1]>>
    %w = memref.cast %v : memref<?xf64, strided<[1]>> to memref<?xf64, strided<[?], offset: ?>>
    %k = scf.for %j = %c0 to %n step %c1 iter_args(%x = %w) -> (memref<?xf64, strided<[?], offset: ?>>) {
      scf.yield %x : memref<?xf64, strided<[?], offset: ?>>
    }
  }
  scf.for %i = %c0 to %n step %c1 {
    %t = memref.alloc(%n) : memref<?xf64>
    memref.store %t, %cell[%c0] : memref<1xmemref<?xf64>>
  }
  scf.for %i = %c0 to %n step %c1 {
    %t = memref.alloc(%n) : memref<?xf64>
    func.call @keep(%t) : (memref<?xf64>) -> ()
  }
  scf.for %i = %c0 to %n step %c1 {
    %t = memref.alloc(%n) : memref<?xf64>
    memref.dealloc %t : memref<?xf64>
  }
  scf.for %i = %c0 to %n step %c1 {
    scf.if %c {
      %t = memref.alloc(%n) : memref<?xf64>
    }
  }
  scf.for %i = %c0 to %n step %c1 {
    %t = memref.alloc(%n) : memref<?xf64>
    %p = memref.extract_aligned_pointer_as_index %t : memref<?xf64> -> index
    %q = arith.index_cast %p : index to i64
    func.call @keep_address(%q) : (i64) -> ()
  }
  return %last : memref<?xf64>
}
func.func private @keep(memref<?xf64>)
func.func private @keep_address(i64)
