// The list type and ops round-trip.
// RUN: nbc-opt %s | nbc-opt | FileCheck %s

// CHECK-LABEL: func @build
// CHECK: %[[L:.*]] = nbc.list_new : !nbc.list<f64>
// CHECK: %[[M:.*]] = nbc.list_new(%{{.*}} : si64) : !nbc.list<si64>
// CHECK: %[[L2:.*]] = nbc.list_append %[[L]], %{{.*}} : !nbc.list<f64>
// CHECK: nbc.list_len %[[L2]] : !nbc.list<f64>
// CHECK: nbc.list_get %[[L2]][%{{.*}}] : !nbc.list<f64>, si64
// CHECK: nbc.list_set %{{.*}}, %[[L2]][%{{.*}}] : !nbc.list<f64>, ui8
// CHECK: nbc.list_pop %[[L2]] : !nbc.list<f64>
// CHECK: nbc.list_to_array %[[L2]] : !nbc.list<f64> -> memref<?xf64>
func.func @build(%n: si64, %x: f64, %i: si64, %u: ui8) -> memref<?xf64> {
  %l = nbc.list_new : !nbc.list<f64>
  %m = nbc.list_new(%n : si64) : !nbc.list<si64>
  %l2 = nbc.list_append %l, %x : !nbc.list<f64>
  %len = nbc.list_len %l2 : !nbc.list<f64>
  %y = nbc.list_get %l2[%i] : !nbc.list<f64>, si64
  nbc.list_set %y, %l2[%u] : !nbc.list<f64>, ui8
  %z = nbc.list_pop %l2 : !nbc.list<f64>
  %a = nbc.list_to_array %l2 : !nbc.list<f64> -> memref<?xf64>
  return %a : memref<?xf64>
}

// CHECK-LABEL: func @bools
// CHECK-SAME: !nbc.list<i1>
func.func @bools(%l: !nbc.list<i1>) -> !nbc.list<i1> {
  return %l : !nbc.list<i1>
}

// CHECK-LABEL: func @buffers
// CHECK: %[[L:.*]] = nbc.list_from_buffer %{{.*}} : memref<?xsi8> -> !nbc.list<f64>
// CHECK: nbc.list_buffer %[[L]] : !nbc.list<f64> -> memref<?xsi8>
func.func @buffers(%b: memref<?xsi8>) -> memref<?xsi8> {
  %l = nbc.list_from_buffer %b : memref<?xsi8> -> !nbc.list<f64>
  %r = nbc.list_buffer %l : !nbc.list<f64> -> memref<?xsi8>
  return %r : memref<?xsi8>
}

// Lists of arrays: list_set gives the list back.
// CHECK-LABEL: func @arrays
// CHECK: %[[L:.*]] = nbc.list_new : !nbc.list<memref<?x?xf32>>
// CHECK: %[[L2:.*]] = nbc.list_append %[[L]], %{{.*}} : !nbc.list<memref<?x?xf32>>
// CHECK: nbc.list_get %[[L2]][%{{.*}}] : !nbc.list<memref<?x?xf32>>, si64
// CHECK: %[[L3:.*]] = nbc.list_set %{{.*}}, %[[L2]][%{{.*}}] : !nbc.list<memref<?x?xf32>>, si64 -> !nbc.list<memref<?x?xf32>>
// CHECK: nbc.list_pop %[[L3]] : !nbc.list<memref<?x?xf32>>
// CHECK: nbc.list_len %[[L3]] : !nbc.list<memref<?x?xf32>>
// CHECK: nbc.list_buffer %[[L3]] : !nbc.list<memref<?x?xf32>> -> memref<?xsi8>
func.func @arrays(%a: memref<?x?xf32>, %i: si64) -> memref<?xsi8> {
  %l = nbc.list_new : !nbc.list<memref<?x?xf32>>
  %l2 = nbc.list_append %l, %a : !nbc.list<memref<?x?xf32>>
  %x = nbc.list_get %l2[%i] : !nbc.list<memref<?x?xf32>>, si64
  %l3 = nbc.list_set %x, %l2[%i] : !nbc.list<memref<?x?xf32>>, si64 -> !nbc.list<memref<?x?xf32>>
  %y = nbc.list_pop %l3 : !nbc.list<memref<?x?xf32>>
  %n = nbc.list_len %l3 : !nbc.list<memref<?x?xf32>>
  %b = nbc.list_buffer %l3 : !nbc.list<memref<?x?xf32>> -> memref<?xsi8>
  return %b : memref<?xsi8>
}

// CHECK-LABEL: func @array_buffers
// CHECK: nbc.list_from_buffer %{{.*}} : memref<?xsi8> -> !nbc.list<memref<?x?xf64>>
func.func @array_buffers(%b: memref<?xsi8>) -> memref<?xsi8> {
  %l = nbc.list_from_buffer %b : memref<?xsi8> -> !nbc.list<memref<?x?xf64>>
  %r = nbc.list_buffer %l : !nbc.list<memref<?x?xf64>> -> memref<?xsi8>
  return %r : memref<?xsi8>
}
