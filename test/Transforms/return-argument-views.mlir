// RUN: nbc-opt %s --split-input-file --nbc-return-argument-views | FileCheck %s

// An entry kernel returning an argument, or a view of one, returns it: no
// copy (a static view layout is cast to the result type).
// CHECK-LABEL: func @entry
// CHECK-NOT: bufferization.clone
// CHECK: %[[V:.*]] = memref.subview %[[A:.*]][1] [3] [2]
// CHECK: %[[C:.*]] = memref.cast %[[V]]
// CHECK: return %{{.*}}, %[[C]]
func.func @entry(%a: memref<8xf64>) -> (memref<8xf64>, memref<3xf64, strided<[?], offset: ?>>) {
  %c = bufferization.clone %a : memref<8xf64> to memref<8xf64>
  %v = memref.subview %a[1] [3] [2] : memref<8xf64> to memref<3xf64, strided<[2], offset: 1>>
  %d = bufferization.clone %v : memref<3xf64, strided<[2], offset: 1>> to memref<3xf64, strided<[?], offset: ?>>
  return %c, %d : memref<8xf64>, memref<3xf64, strided<[?], offset: ?>>
}

// -----

// A function called in the module keeps the copy: its callers free what it
// returns. So does a clone of memory that is not an argument's.
// CHECK-LABEL: func @callee
// CHECK: bufferization.clone
// CHECK-LABEL: func @caller
// CHECK: bufferization.clone
func.func @callee(%a: memref<8xf64>) -> memref<8xf64> {
  %c = bufferization.clone %a : memref<8xf64> to memref<8xf64>
  return %c : memref<8xf64>
}
func.func @caller(%a: memref<8xf64>) -> memref<8xf64> {
  %r = call @callee(%a) : (memref<8xf64>) -> memref<8xf64>
  %c = bufferization.clone %r : memref<8xf64> to memref<8xf64>
  return %c : memref<8xf64>
}
