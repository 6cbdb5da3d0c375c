// Round trip of nbc.linalg.
// RUN: nbc-opt %s | nbc-opt | FileCheck %s
// RUN: nbc-opt %s --mlir-print-op-generic | nbc-opt | FileCheck %s

// CHECK-LABEL: func @kinds
func.func @kinds(%a: memref<?x?xf64>, %s: memref<?x?xf32, strided<[?, ?], offset: ?>>,
                 %b: memref<?xf64>, %m: memref<3x?xf64>) {
  // CHECK: nbc.linalg solve %{{.*}}, %{{.*}} : memref<?x?xf64>, memref<?xf64> -> memref<?xf64>
  %0 = nbc.linalg solve %a, %b : memref<?x?xf64>, memref<?xf64> -> memref<?xf64>
  // CHECK: nbc.linalg solve %{{.*}}, %{{.*}} : memref<?x?xf64>, memref<3x?xf64> -> memref<3x?xf64>
  %1 = nbc.linalg solve %a, %m : memref<?x?xf64>, memref<3x?xf64> -> memref<3x?xf64>
  // CHECK: nbc.linalg inv %{{.*}} : memref<?x?xf32, strided<[?, ?], offset: ?>> -> memref<?x?xf32>
  %2 = nbc.linalg inv %s : memref<?x?xf32, strided<[?, ?], offset: ?>> -> memref<?x?xf32>
  // CHECK: nbc.linalg det %{{.*}} : memref<?x?xf64> -> f64
  %3 = nbc.linalg det %a : memref<?x?xf64> -> f64
  // CHECK: nbc.linalg cholesky %{{.*}} : memref<?x?xf64> -> memref<?x?xf64>
  %4 = nbc.linalg cholesky %a : memref<?x?xf64> -> memref<?x?xf64>
  return
}

// Complex arrays: the same kinds, complex results (det a complex scalar).
// CHECK-LABEL: func @complex_kinds
func.func @complex_kinds(%z: memref<?x?xcomplex<f64>>, %c: memref<?x?xcomplex<f32>>,
                         %b: memref<?xcomplex<f64>>) {
  // CHECK: nbc.linalg solve %{{.*}}, %{{.*}} : memref<?x?xcomplex<f64>>, memref<?xcomplex<f64>> -> memref<?xcomplex<f64>>
  %0 = nbc.linalg solve %z, %b : memref<?x?xcomplex<f64>>, memref<?xcomplex<f64>> -> memref<?xcomplex<f64>>
  // CHECK: nbc.linalg det %{{.*}} : memref<?x?xcomplex<f32>> -> complex<f32>
  %1 = nbc.linalg det %c : memref<?x?xcomplex<f32>> -> complex<f32>
  // CHECK: nbc.linalg cholesky %{{.*}} : memref<?x?xcomplex<f32>> -> memref<?x?xcomplex<f32>>
  %2 = nbc.linalg cholesky %c : memref<?x?xcomplex<f32>> -> memref<?x?xcomplex<f32>>
  return
}

// Stacks of matrices: det gives the stack's shape, solve broadcasts the
// stacks (static sizes 1 take the other's size, unknown sizes stay unknown).
// CHECK-LABEL: func @stacks
func.func @stacks(%a: memref<2x1x?x?xf64>, %b: memref<4x?x3xf64>, %v: memref<?xf64>,
                  %c: memref<?x5x5xcomplex<f32>>) {
  // CHECK: nbc.linalg det %{{.*}} : memref<2x1x?x?xf64> -> memref<2x1xf64>
  %0 = nbc.linalg det %a : memref<2x1x?x?xf64> -> memref<2x1xf64>
  // CHECK: nbc.linalg solve %{{.*}}, %{{.*}} : memref<2x1x?x?xf64>, memref<4x?x3xf64> -> memref<2x4x?x3xf64>
  %1 = nbc.linalg solve %a, %b : memref<2x1x?x?xf64>, memref<4x?x3xf64> -> memref<2x4x?x3xf64>
  // CHECK: nbc.linalg solve %{{.*}}, %{{.*}} : memref<2x1x?x?xf64>, memref<?xf64> -> memref<2x1x?xf64>
  %2 = nbc.linalg solve %a, %v : memref<2x1x?x?xf64>, memref<?xf64> -> memref<2x1x?xf64>
  // CHECK: nbc.linalg inv %{{.*}} : memref<?x5x5xcomplex<f32>> -> memref<?x5x5xcomplex<f32>>
  %3 = nbc.linalg inv %c : memref<?x5x5xcomplex<f32>> -> memref<?x5x5xcomplex<f32>>
  return
}
