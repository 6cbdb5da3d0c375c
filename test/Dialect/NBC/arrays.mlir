// Round trip of the array ops.
// RUN: nbc-opt %s -split-input-file | nbc-opt -split-input-file | FileCheck %s
// RUN: nbc-opt %s -split-input-file --mlir-print-op-generic | nbc-opt -split-input-file | FileCheck %s

// CHECK-LABEL: func @load_store
// CHECK-SAME: (%[[A:.*]]: memref<?x?xf64>, %[[I:.*]]: si64, %[[J:.*]]: si32)
func.func @load_store(%a: memref<?x?xf64>, %i: si64, %j: si32) {
  // CHECK: %[[X:.*]] = nbc.load %[[A]][%[[I]], %[[J]]] : memref<?x?xf64>, si64, si32
  %x = nbc.load %a[%i, %j] : memref<?x?xf64>, si64, si32
  // CHECK: nbc.store %[[X]], %[[A]][%[[J]], %[[I]]] : memref<?x?xf64>, si32, si64
  nbc.store %x, %a[%j, %i] : memref<?x?xf64>, si32, si64
  return
}

// -----

// CHECK-LABEL: func @access_flags
func.func @access_flags(%a: memref<4xsi32>, %i: ui64) -> si32 {
  // CHECK: nbc.load %{{.*}}[%{{.*}}] {noboundscheck, nowrap} : memref<4xsi32>, ui64
  %x = nbc.load %a[%i] {nowrap, noboundscheck} : memref<4xsi32>, ui64
  // CHECK: nbc.store %{{.*}}, %{{.*}}[%{{.*}}] {nowrap} : memref<4xsi32>, ui64
  nbc.store %x, %a[%i] {nowrap} : memref<4xsi32>, ui64
  // CHECK: nbc.store %{{.*}}, %{{.*}}[%{{.*}}] {noboundscheck} : memref<4xsi32>, ui64
  nbc.store %x, %a[%i] {noboundscheck} : memref<4xsi32>, ui64
  return %x : si32
}

// -----

// Rank-0 arrays take no indices.
// CHECK-LABEL: func @rank0
func.func @rank0(%a: memref<i1>) -> i1 {
  // CHECK: %[[B:.*]] = nbc.load %{{.*}}[] : memref<i1>
  %b = nbc.load %a[] : memref<i1>
  // CHECK: nbc.store %[[B]], %{{.*}}[] : memref<i1>
  nbc.store %b, %a[] : memref<i1>
  return %b : i1
}

// -----

// CHECK-LABEL: func @strided_view
func.func @strided_view(%a: memref<?x?xf32, strided<[?, ?], offset: ?>>, %i: si64) -> f32 {
  // CHECK: nbc.load %{{.*}}[%{{.*}}, %{{.*}}] : memref<?x?xf32, strided<[?, ?], offset: ?>>, si64, si64
  %x = nbc.load %a[%i, %i] : memref<?x?xf32, strided<[?, ?], offset: ?>>, si64, si64
  return %x : f32
}

// -----

// CHECK-LABEL: func @dim_stride
func.func @dim_stride(%a: memref<?x?xf64>, %v: memref<?xf64, strided<[?], offset: ?>>) -> (si64, si64, si64) {
  // CHECK: nbc.dim %{{.*}}, 0 : memref<?x?xf64>
  %0 = nbc.dim %a, 0 : memref<?x?xf64>
  // CHECK: nbc.dim %{{.*}}, 1 : memref<?x?xf64>
  %1 = nbc.dim %a, 1 : memref<?x?xf64>
  // CHECK: nbc.stride %{{.*}}, 0 : memref<?xf64, strided<[?], offset: ?>>
  %2 = nbc.stride %v, 0 : memref<?xf64, strided<[?], offset: ?>>
  return %0, %1, %2 : si64, si64, si64
}

// -----

// CHECK-LABEL: func @slices
// CHECK-SAME: (%[[A:.*]]: memref<?x?xf64>, %[[V:.*]]: memref<?xf64>, %[[I:.*]]: si64, %[[LO:.*]]: si64, %[[HI:.*]]: si64, %[[S:.*]]: si64)
func.func @slices(%a: memref<?x?xf64>, %v: memref<?xf64>, %i: si64, %lo: si64, %hi: si64, %s: si64) {
  // CHECK: nbc.slice %[[A]][%[[I]], :] : memref<?x?xf64> to memref<?xf64, strided<[1], offset: ?>>
  %row = nbc.slice %a[%i, :] : memref<?x?xf64> to memref<?xf64, strided<[1], offset: ?>>
  // CHECK: nbc.slice %[[A]][:, %[[I]]] : memref<?x?xf64> to memref<?xf64, strided<[?], offset: ?>>
  %col = nbc.slice %a[:, %i] : memref<?x?xf64> to memref<?xf64, strided<[?], offset: ?>>
  // CHECK: nbc.slice %[[V]][::%[[S]]] : memref<?xf64> to memref<?xf64, strided<[?], offset: ?>>
  %rev = nbc.slice %v[::%s] : memref<?xf64> to memref<?xf64, strided<[?], offset: ?>>
  // CHECK: nbc.slice %[[V]][%[[LO]]:%[[HI]]] : memref<?xf64> to memref<?xf64, strided<[1], offset: ?>>
  %mid = nbc.slice %v[%lo:%hi] : memref<?xf64> to memref<?xf64, strided<[1], offset: ?>>
  // CHECK: nbc.slice %[[V]][%[[LO]]:%[[HI]]:%[[S]]] : memref<?xf64> to memref<?xf64, strided<[?], offset: ?>>
  %all3 = nbc.slice %v[%lo:%hi:%s] : memref<?xf64> to memref<?xf64, strided<[?], offset: ?>>
  // CHECK: nbc.slice %[[V]][:%[[HI]]] : memref<?xf64> to memref<?xf64, strided<[1], offset: ?>>
  %head = nbc.slice %v[:%hi] : memref<?xf64> to memref<?xf64, strided<[1], offset: ?>>
  // CHECK: nbc.slice %[[V]][%[[LO]]:] : memref<?xf64> to memref<?xf64, strided<[1], offset: ?>>
  %tail = nbc.slice %v[%lo:] : memref<?xf64> to memref<?xf64, strided<[1], offset: ?>>
  // CHECK: nbc.slice %[[V]][:] : memref<?xf64> to memref<?xf64, strided<[1], offset: ?>>
  %whole = nbc.slice %v[:] : memref<?xf64> to memref<?xf64, strided<[1], offset: ?>>
  // An empty step is the same as none.
  // CHECK: nbc.slice %[[V]][:%[[HI]]] : memref<?xf64> to memref<?xf64, strided<[1], offset: ?>>
  %colon2 = nbc.slice %v[:%hi:] : memref<?xf64> to memref<?xf64, strided<[1], offset: ?>>
  return
}

// -----

// Static shapes stay known where the slice keeps an axis whole; an index
// on every axis gives a rank-0 view.
// CHECK-LABEL: func @slices_static
func.func @slices_static(%a: memref<3x4xsi32>, %i: si64) {
  // CHECK: nbc.slice %{{.*}}[%{{.*}}] : memref<3x4xsi32> to memref<4xsi32, strided<[1], offset: ?>>
  %r = nbc.slice %a[%i] : memref<3x4xsi32> to memref<4xsi32, strided<[1], offset: ?>>
  // CHECK: nbc.slice %{{.*}}[:, %{{.*}}] : memref<3x4xsi32> to memref<3xsi32, strided<[4], offset: ?>>
  %c = nbc.slice %a[:, %i] : memref<3x4xsi32> to memref<3xsi32, strided<[4], offset: ?>>
  // CHECK: nbc.slice %{{.*}}[%{{.*}}, %{{.*}}] : memref<3x4xsi32> to memref<si32, strided<[], offset: ?>>
  %e = nbc.slice %a[%i, %i] : memref<3x4xsi32> to memref<si32, strided<[], offset: ?>>
  return
}

// -----

// CHECK-LABEL: func @allocations
func.func @allocations(%n: si64, %m: si32, %z: f64, %k: ui8) {
  // CHECK: nbc.empty(%{{.*}}, %{{.*}}) : memref<?x?xf64>, si64, si32
  %a = nbc.empty(%n, %m) : memref<?x?xf64>, si64, si32
  // CHECK: nbc.empty() : memref<4x4xsi64>
  %b = nbc.empty() : memref<4x4xsi64>
  // CHECK: nbc.full(%{{.*}}) %{{.*}} : memref<?xf64>, si64
  %c = nbc.full(%n) %z : memref<?xf64>, si64
  // CHECK: nbc.full() %{{.*}} : memref<2x3xui8>
  %d = nbc.full() %k : memref<2x3xui8>
  // CHECK: nbc.full(%{{.*}}) %{{.*}} : memref<2x?xf64>, si64
  %e = nbc.full(%n) %z : memref<2x?xf64>, si64
  return
}

// -----

// CHECK-LABEL: func @array_reduce
func.func @array_reduce(%a: memref<?x?xf64>, %v: memref<?xf32>, %i: memref<?xsi32>, %b: memref<?xi1>) {
  // CHECK: nbc.array_reduce sum %{{.*}} : memref<?x?xf64> -> f64
  %0 = nbc.array_reduce sum %a : memref<?x?xf64> -> f64
  // CHECK: nbc.array_reduce prod %{{.*}} : memref<?xsi32> -> si64
  %1 = nbc.array_reduce prod %i : memref<?xsi32> -> si64
  // CHECK: nbc.array_reduce min %{{.*}} : memref<?xf32> -> f32
  %2 = nbc.array_reduce min %v : memref<?xf32> -> f32
  // CHECK: nbc.array_reduce max %{{.*}} : memref<?xsi32> -> si32
  %3 = nbc.array_reduce max %i : memref<?xsi32> -> si32
  // CHECK: nbc.array_reduce argmin %{{.*}} : memref<?xf32> -> si64
  %4 = nbc.array_reduce argmin %v : memref<?xf32> -> si64
  // CHECK: nbc.array_reduce argmax %{{.*}} : memref<?x?xf64> -> si64
  %5 = nbc.array_reduce argmax %a : memref<?x?xf64> -> si64
  // CHECK: nbc.array_reduce any %{{.*}} : memref<?xi1> -> i1
  %6 = nbc.array_reduce any %b : memref<?xi1> -> i1
  // CHECK: nbc.array_reduce all %{{.*}} : memref<?xf32> -> i1
  %7 = nbc.array_reduce all %v : memref<?xf32> -> i1
  // CHECK: nbc.array_reduce mean %{{.*}} : memref<?xsi32> -> f64
  %8 = nbc.array_reduce mean %i : memref<?xsi32> -> f64
  // CHECK: nbc.array_reduce mean %{{.*}} : memref<?xf32> -> f32
  %9 = nbc.array_reduce mean %v : memref<?xf32> -> f32
  return
}

// -----

// CHECK-LABEL: func @array_reduce_axis
func.func @array_reduce_axis(%a: memref<?x?xf64>, %c: memref<2x3x4xsi64>) {
  // CHECK: nbc.array_reduce max %{{.*}} axes [1] : memref<?x?xf64> -> memref<?xf64>
  %0 = nbc.array_reduce max %a axes [1] : memref<?x?xf64> -> memref<?xf64>
  // CHECK: nbc.array_reduce sum %{{.*}} axes [0] : memref<?x?xf64> -> memref<?xf64>
  %1 = nbc.array_reduce sum %a axes [0] : memref<?x?xf64> -> memref<?xf64>
  // CHECK: nbc.array_reduce argmin %{{.*}} axes [2] : memref<2x3x4xsi64> -> memref<2x3xsi64>
  %2 = nbc.array_reduce argmin %c axes [2] : memref<2x3x4xsi64> -> memref<2x3xsi64>
  // CHECK: nbc.array_reduce any %{{.*}} axes [0] : memref<2x3x4xsi64> -> memref<3x4xi1>
  %3 = nbc.array_reduce any %c axes [0] : memref<2x3x4xsi64> -> memref<3x4xi1>
  // CHECK: nbc.array_reduce sum %{{.*}} axes [0, 2] keepdims : memref<2x3x4xsi64> -> memref<?x3x?xsi64>
  %4 = nbc.array_reduce sum %c axes [0, 2] keepdims : memref<2x3x4xsi64> -> memref<?x3x?xsi64>
  // CHECK: nbc.array_reduce nanvar %{{.*}} axes [1] ddof %{{.*}} : memref<?x?xf64> -> memref<?xf64>
  %d = arith.constant 1.0 : f64
  %5 = nbc.array_reduce nanvar %a axes [1] ddof %d : memref<?x?xf64> -> memref<?xf64>
  // CHECK: nbc.array_reduce std %{{.*}} : memref<2x3x4xsi64> -> f64
  %6 = nbc.array_reduce std %c : memref<2x3x4xsi64> -> f64
  // CHECK: nbc.array_reduce nanmin %{{.*}} axes [] : memref<?x?xf64> -> memref<?x?xf64>
  %7 = nbc.array_reduce nanmin %a axes [] : memref<?x?xf64> -> memref<?x?xf64>
  // CHECK: nbc.array_scan max %{{.*}} axis 1 : memref<2x3x4xsi64> -> memref<2x3x4xsi64>
  %8 = nbc.array_scan max %c axis 1 : memref<2x3x4xsi64> -> memref<2x3x4xsi64>
  return
}

// -----

// CHECK-LABEL: func @transpose
// CHECK: nbc.transpose %{{.*}} : memref<?x?xf64> to memref<?x?xf64, strided<[1, ?]>>
// CHECK: nbc.transpose %{{.*}} axes [2, 0, 1] : memref<2x3x4xf32> to memref<4x2x3xf32, strided<[1, 12, 4]>>
// CHECK: nbc.transpose %{{.*}} : memref<?x?xf64> to memref<?x?xf64, strided<[?, ?], offset: ?>>
func.func @transpose(%a: memref<?x?xf64>, %b: memref<2x3x4xf32>) {
  %t = nbc.transpose %a : memref<?x?xf64> to memref<?x?xf64, strided<[1, ?]>>
  %p = nbc.transpose %b axes [2, 0, 1] : memref<2x3x4xf32> to memref<4x2x3xf32, strided<[1, 12, 4]>>
  %g = nbc.transpose %a : memref<?x?xf64> to memref<?x?xf64, strided<[?, ?], offset: ?>>
  return
}
