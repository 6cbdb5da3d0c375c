// Round trips of nbc.reshape, nbc.concatenate and nbc.slice with new axes.
// RUN: nbc-opt %s -split-input-file | nbc-opt -split-input-file | FileCheck %s
// RUN: nbc-opt %s -split-input-file --mlir-print-op-generic | nbc-opt -split-input-file | FileCheck %s

// CHECK-LABEL: func @reshape
// CHECK: nbc.reshape %{{.*}}(%{{.*}}, %{{.*}}) : memref<?xf64> to memref<?x?xf64, strided<[?, 1], offset: ?>>
// CHECK: nbc.reshape %{{.*}}(%{{.*}}) : memref<?x?xf32, strided<[1, ?], offset: ?>> to memref<?xf32, strided<[?], offset: ?>>
// CHECK: nbc.reshape %{{.*}}(%{{.*}}) {contiguous_view} : memref<?x?xf32, strided<[1, ?], offset: ?>> to memref<?xf32, strided<[1], offset: ?>>
// CHECK: nbc.reshape %{{.*}}() : memref<?xsi8> to memref<si8, strided<[], offset: ?>>
func.func @reshape(%v: memref<?xf64>, %t: memref<?x?xf32, strided<[1, ?], offset: ?>>,
                   %b: memref<?xsi8>, %n: si64, %m: si64) {
  %0 = nbc.reshape %v(%n, %m) : memref<?xf64> to memref<?x?xf64, strided<[?, 1], offset: ?>>
  %1 = nbc.reshape %t(%m) : memref<?x?xf32, strided<[1, ?], offset: ?>> to memref<?xf32, strided<[?], offset: ?>>
  %3 = nbc.reshape %t(%m) {contiguous_view} : memref<?x?xf32, strided<[1, ?], offset: ?>> to memref<?xf32, strided<[1], offset: ?>>
  %2 = nbc.reshape %b() : memref<?xsi8> to memref<si8, strided<[], offset: ?>>
  return
}

// -----

// CHECK-LABEL: func @concatenate
// CHECK: nbc.concatenate %{{.*}}, %{{.*}} axis 1 : memref<?x?xf64>, memref<?x?xf64, strided<[?, ?], offset: ?>> -> memref<?x?xf64>
// CHECK: nbc.concatenate %{{.*}} axis 0 : memref<?xui16> -> memref<?xui16>
func.func @concatenate(%a: memref<?x?xf64>, %b: memref<?x?xf64, strided<[?, ?], offset: ?>>,
                       %c: memref<?xui16>) {
  %0 = nbc.concatenate %a, %b axis 1 : memref<?x?xf64>, memref<?x?xf64, strided<[?, ?], offset: ?>> -> memref<?x?xf64>
  %1 = nbc.concatenate %c axis 0 : memref<?xui16> -> memref<?xui16>
  return
}

// -----

// CHECK-LABEL: func @new_axes
// CHECK: nbc.slice %{{.*}}[:, none] : memref<?xf64> to memref<?x?xf64, strided<[1, ?], offset: ?>>
// CHECK: nbc.slice %{{.*}}[none, %{{.*}}, none] : memref<?x?xf64> to memref<?x?x?xf64, strided<[?, ?, 1], offset: ?>>
// CHECK: nbc.slice %{{.*}}[none] : memref<?xf64> to memref<?x?xf64, strided<[?, 1], offset: ?>>
func.func @new_axes(%v: memref<?xf64>, %a: memref<?x?xf64>, %i: si64) {
  %0 = nbc.slice %v[:, none] : memref<?xf64> to memref<?x?xf64, strided<[1, ?], offset: ?>>
  %1 = nbc.slice %a[none, %i, none] : memref<?x?xf64> to memref<?x?x?xf64, strided<[?, ?, 1], offset: ?>>
  %2 = nbc.slice %v[none] : memref<?xf64> to memref<?x?xf64, strided<[?, 1], offset: ?>>
  return
}
