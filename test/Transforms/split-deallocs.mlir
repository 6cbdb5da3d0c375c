// RUN: nbc-opt %s --nbc-split-deallocs | FileCheck %s
// RUN: nbc-opt %s --nbc-split-deallocs --bufferization-lower-deallocations | FileCheck %s --check-prefix=LOWERED

// Two memrefs, one retained value: one dealloc each; the second keeps its
// condition only when the first (if freed) was another buffer; the
// ownership of the retained value is the `or` of the parts'.
// CHECK-LABEL: func @two
// CHECK-SAME: (%[[A:.*]]: memref<i8>, %[[B:.*]]: memref<i8>, %[[R:.*]]: memref<?xi8>, %[[CA:.*]]: i1, %[[CB:.*]]: i1)
// CHECK: %[[PA:.*]] = memref.extract_aligned_pointer_as_index %[[A]]
// CHECK: %[[OA:.*]] = bufferization.dealloc (%[[A]] : memref<i8>) if (%[[CA]]) retain (%[[R]] : memref<?xi8>)
// CHECK: %[[PB:.*]] = memref.extract_aligned_pointer_as_index %[[B]]
// CHECK: %[[SAME:.*]] = arith.cmpi eq, %[[PA]], %[[PB]]
// CHECK: %[[FREED:.*]] = arith.andi %[[CA]], %[[SAME]]
// CHECK: %[[NOT:.*]] = arith.xori %[[FREED]], %{{.*}}
// CHECK: %[[CB2:.*]] = arith.andi %[[CB]], %[[NOT]]
// CHECK: %[[OB:.*]] = bufferization.dealloc (%[[B]] : memref<i8>) if (%[[CB2]]) retain (%[[R]] : memref<?xi8>)
// CHECK: %[[O:.*]] = arith.ori %[[OA]], %[[OB]]
// CHECK: return %[[O]]
// No generic helper (and its heap scratch arrays) once lowered.
// LOWERED-LABEL: func @two
// LOWERED-NOT: dealloc_helper
// LOWERED-NOT: memref.alloc
// LOWERED: return
func.func @two(%a: memref<i8>, %b: memref<i8>, %r: memref<?xi8>, %ca: i1, %cb: i1) -> i1 {
  %o = bufferization.dealloc (%a, %b : memref<i8>, memref<i8>) if (%ca, %cb) retain (%r : memref<?xi8>)
  return %o : i1
}

// One memref is left alone.
// CHECK-LABEL: func @one
// CHECK: bufferization.dealloc (%{{.*}} : memref<i8>) if (%{{.*}})
// CHECK-NOT: bufferization.dealloc
func.func @one(%a: memref<i8>, %c: i1) {
  bufferization.dealloc (%a : memref<i8>) if (%c)
  return
}
