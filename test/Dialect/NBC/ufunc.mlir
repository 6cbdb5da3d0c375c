// Round trip of nbc.ufunc.
// RUN: nbc-opt %s -split-input-file | nbc-opt -split-input-file | FileCheck %s
// RUN: nbc-opt %s -split-input-file --mlir-print-op-generic | nbc-opt -split-input-file | FileCheck %s

// CHECK-LABEL: func @ufunc_results
// CHECK-SAME: (%[[A:.*]]: memref<?x?xf64>, %[[B:.*]]: memref<?xf64>)
func.func @ufunc_results(%a: memref<?x?xf64>, %b: memref<?xf64>) -> memref<?x?xf64> {
  // CHECK: %[[C:.*]] = nbc.ufunc ins(%[[A]], %[[B]] : memref<?x?xf64>, memref<?xf64>) -> memref<?x?xf64> {
  %c = nbc.ufunc ins(%a, %b : memref<?x?xf64>, memref<?xf64>) -> memref<?x?xf64> {
  // CHECK-NEXT: ^bb0(%[[X:.*]]: f64, %[[Y:.*]]: f64):
  ^bb0(%x: f64, %y: f64):
    // CHECK-NEXT: %[[S:.*]] = nbc.add %[[X]], %[[Y]] : f64
    %s = nbc.add %x, %y : f64
    // CHECK-NEXT: nbc.yield %[[S]] : f64
    nbc.yield %s : f64
  }
  // CHECK: return %[[C]]
  return %c : memref<?x?xf64>
}

// -----

// CHECK-LABEL: func @ufunc_outs
func.func @ufunc_outs(%a: memref<?xf64>, %two: f64, %o: memref<?xf64>) {
  // CHECK: nbc.ufunc ins(%{{.*}}, %{{.*}} : memref<?xf64>, f64) outs(%{{.*}} : memref<?xf64>) {
  nbc.ufunc ins(%a, %two : memref<?xf64>, f64) outs(%o : memref<?xf64>) {
  ^bb0(%x: f64, %y: f64):
    %s = nbc.mul %x, %y : f64
    nbc.yield %s : f64
  }
  return
}

// -----

// Two outputs, mixed element types.
// CHECK-LABEL: func @ufunc_two_results
func.func @ufunc_two_results(%a: memref<4xsi64>, %b: memref<4xsi64>) -> (memref<4xsi64>, memref<4xi1>) {
  // CHECK: %[[R:.*]]:2 = nbc.ufunc ins({{.*}} : memref<4xsi64>, memref<4xsi64>) -> (memref<4xsi64>, memref<4xi1>) {
  %q, %c = nbc.ufunc ins(%a, %b : memref<4xsi64>, memref<4xsi64>) -> (memref<4xsi64>, memref<4xi1>) {
  ^bb0(%x: si64, %y: si64):
    %m = nbc.max %x, %y : si64
    %lt = nbc.cmp lt, %x, %y : si64
    // CHECK: nbc.yield %{{.*}}, %{{.*}} : si64, i1
    nbc.yield %m, %lt : si64, i1
  }
  return %q, %c : memref<4xsi64>, memref<4xi1>
}

// -----

// Static extents broadcast: 3x1 with 4 gives 3x4; size-1 axes stretch.
// CHECK-LABEL: func @ufunc_broadcast_static
func.func @ufunc_broadcast_static(%a: memref<3x1xf32>, %b: memref<4xf32>) -> memref<3x4xf32> {
  // CHECK: nbc.ufunc ins(%{{.*}}, %{{.*}} : memref<3x1xf32>, memref<4xf32>) -> memref<3x4xf32>
  %c = nbc.ufunc ins(%a, %b : memref<3x1xf32>, memref<4xf32>) -> memref<3x4xf32> {
  ^bb0(%x: f32, %y: f32):
    %s = nbc.sub %x, %y : f32
    nbc.yield %s : f32
  }
  return %c : memref<3x4xf32>
}

// -----

// Scalar-only inputs give a rank-0 result; strided outs are allowed.
// CHECK-LABEL: func @ufunc_scalars
func.func @ufunc_scalars(%x: si64, %o: memref<si64, strided<[], offset: ?>>) -> memref<si64> {
  // CHECK: nbc.ufunc ins(%{{.*}} : si64) -> memref<si64>
  %r = nbc.ufunc ins(%x : si64) -> memref<si64> {
  ^bb0(%v: si64):
    nbc.yield %v : si64
  }
  // CHECK: nbc.ufunc ins(%{{.*}} : si64) outs(%{{.*}} : memref<si64, strided<[], offset: ?>>)
  nbc.ufunc ins(%x : si64) outs(%o : memref<si64, strided<[], offset: ?>>) {
  ^bb0(%v: si64):
    %n = nbc.neg %v : si64
    nbc.yield %n : si64
  }
  return %r : memref<si64>
}

// -----

// Attributes of a ufunc come after its region.
// CHECK-LABEL: func @ufunc_attrs
func.func @ufunc_attrs(%a: memref<?xf64>) -> memref<?xf64> {
  // CHECK: } attributes {name = "sqrt"}
  %r = nbc.ufunc ins(%a : memref<?xf64>) -> memref<?xf64> {
  ^bb0(%x: f64):
    %s = nbc.math sqrt %x : f64
    nbc.yield %s : f64
  } attributes {name = "sqrt"}
  return %r : memref<?xf64>
}
