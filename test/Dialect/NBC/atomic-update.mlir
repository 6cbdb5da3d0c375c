// nbc.atomic_update round-trips, on nbc types and on the converted types
// convert-nbc-to-core leaves for nbc-expand-atomic-updates.
// RUN: nbc-opt %s | nbc-opt | FileCheck %s

// CHECK-LABEL: func.func @update
// CHECK: nbc.atomic_update %{{.*}}[%{{.*}}, %{{.*}}] {noboundscheck} : memref<?x?xf64>, si64, si64 {
// CHECK-NEXT: ^bb0(%[[OLD:.*]]: f64):
// CHECK-NEXT: %[[NEW:.*]] = nbc.max %[[OLD]], %{{.*}} : f64
// CHECK-NEXT: nbc.yield %[[NEW]] : f64
func.func @update(%a: memref<?x?xf64>, %i: si64, %j: si64, %v: f64) {
  nbc.atomic_update %a[%i, %j] {noboundscheck} : memref<?x?xf64>, si64, si64 {
  ^bb0(%old: f64):
    %new = nbc.max %old, %v : f64
    nbc.yield %new : f64
  }
  return
}

// CHECK-LABEL: func.func @converted
// CHECK: nbc.atomic_update %{{.*}}[%{{.*}}] {noboundscheck, nowrap} : memref<?xi32>, index {
// CHECK: arith.muli
func.func @converted(%a: memref<?xi32>, %i: index, %v: i32) {
  nbc.atomic_update %a[%i] {nowrap, noboundscheck} : memref<?xi32>, index {
  ^bb0(%old: i32):
    %new = arith.muli %old, %v : i32
    nbc.yield %new : i32
  }
  return
}
