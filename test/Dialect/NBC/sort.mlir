// Round trip of nbc.sort and nbc.argsort.
// RUN: nbc-opt %s | nbc-opt | FileCheck %s
// RUN: nbc-opt %s --mlir-print-op-generic | nbc-opt | FileCheck %s

// CHECK-LABEL: func @sorts
func.func @sorts(%a: memref<?x?xf64, strided<[?, ?], offset: ?>>, %v: memref<?xsi32>,
                 %b: memref<4xi1>) {
  // CHECK: nbc.sort %{{.*}} axis 1 : memref<?x?xf64, strided<[?, ?], offset: ?>>
  nbc.sort %a axis 1 : memref<?x?xf64, strided<[?, ?], offset: ?>>
  // CHECK: nbc.sort %{{.*}} axis 0 : memref<?xsi32>
  nbc.sort %v axis 0 : memref<?xsi32>
  // CHECK: nbc.sort %{{.*}} axis 0 : memref<4xi1>
  nbc.sort %b axis 0 : memref<4xi1>
  return
}

// CHECK-LABEL: func @argsorts
func.func @argsorts(%a: memref<?x?xf32, strided<[?, ?], offset: ?>>, %b: memref<4xui8>)
    -> (memref<?x?xsi64>, memref<4xsi64>) {
  // CHECK: nbc.argsort %{{.*}} axis 0 : memref<?x?xf32, strided<[?, ?], offset: ?>> -> memref<?x?xsi64>
  %0 = nbc.argsort %a axis 0 : memref<?x?xf32, strided<[?, ?], offset: ?>> -> memref<?x?xsi64>
  // CHECK: nbc.argsort %{{.*}} axis 0 : memref<4xui8> -> memref<4xsi64>
  %1 = nbc.argsort %b axis 0 : memref<4xui8> -> memref<4xsi64>
  return %0, %1 : memref<?x?xsi64>, memref<4xsi64>
}
