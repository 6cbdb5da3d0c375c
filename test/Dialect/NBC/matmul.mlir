// Round trip of nbc.matmul and of nbc.raise_if with formatted values.
// RUN: nbc-opt %s -split-input-file | nbc-opt -split-input-file | FileCheck %s
// RUN: nbc-opt %s -split-input-file --mlir-print-op-generic | nbc-opt -split-input-file | FileCheck %s

// CHECK-LABEL: func @kinds
func.func @kinds(%a: memref<?x?xf64>, %b: memref<?x?xf32>, %v: memref<?xsi32>,
                 %w: memref<3xui8>, %s: memref<?x?xf64, strided<[?, ?], offset: ?>>) {
  // CHECK: nbc.matmul matmul %{{.*}}, %{{.*}} : memref<?x?xf64>, memref<?x?xf32> -> memref<?x?xf64>
  %0 = nbc.matmul matmul %a, %b : memref<?x?xf64>, memref<?x?xf32> -> memref<?x?xf64>
  // CHECK: nbc.matmul dot %{{.*}}, %{{.*}} : memref<?x?xf64>, memref<?xsi32> -> memref<?xf64>
  %1 = nbc.matmul dot %a, %v : memref<?x?xf64>, memref<?xsi32> -> memref<?xf64>
  // CHECK: nbc.matmul matmul %{{.*}}, %{{.*}} : memref<?xsi32>, memref<?x?xf32> -> memref<?xf64>
  %2 = nbc.matmul matmul %v, %b : memref<?xsi32>, memref<?x?xf32> -> memref<?xf64>
  // CHECK: nbc.matmul vdot %{{.*}}, %{{.*}} : memref<?xsi32>, memref<3xui8> -> si32
  %3 = nbc.matmul vdot %v, %w : memref<?xsi32>, memref<3xui8> -> si32
  // CHECK: nbc.matmul outer %{{.*}}, %{{.*}} : memref<?xsi32>, memref<3xui8> -> memref<?x3xsi32>
  %4 = nbc.matmul outer %v, %w : memref<?xsi32>, memref<3xui8> -> memref<?x3xsi32>
  // CHECK: nbc.matmul matmul %{{.*}}, %{{.*}} : memref<?x?xf64, strided<[?, ?], offset: ?>>, memref<?x?xf64> -> memref<?x?xf64>
  %5 = nbc.matmul matmul %s, %a : memref<?x?xf64, strided<[?, ?], offset: ?>>, memref<?x?xf64> -> memref<?x?xf64>
  return
}

// -----

// Static sizes carry over; int8 with uint8 promotes to int16.
// CHECK-LABEL: func @static_promoted
func.func @static_promoted(%a: memref<2x3xsi8>, %b: memref<3x4xui8>) -> memref<2x4xsi16> {
  // CHECK: nbc.matmul matmul %{{.*}}, %{{.*}} : memref<2x3xsi8>, memref<3x4xui8> -> memref<2x4xsi16>
  %c = nbc.matmul matmul %a, %b : memref<2x3xsi8>, memref<3x4xui8> -> memref<2x4xsi16>
  return %c : memref<2x4xsi16>
}

// -----

// Batched: the batch dimensions broadcast (static where known).
// CHECK-LABEL: func @batched
func.func @batched(%a: memref<?x1x3x4xf64>, %b: memref<5x4x2xf32>, %v: memref<4xsi64>) {
  // CHECK: nbc.matmul matmul %{{.*}}, %{{.*}} : memref<?x1x3x4xf64>, memref<5x4x2xf32> -> memref<?x5x3x2xf64>
  %0 = nbc.matmul matmul %a, %b : memref<?x1x3x4xf64>, memref<5x4x2xf32> -> memref<?x5x3x2xf64>
  // CHECK: nbc.matmul matmul %{{.*}}, %{{.*}} : memref<?x1x3x4xf64>, memref<4xsi64> -> memref<?x1x3xf64>
  %1 = nbc.matmul matmul %a, %v : memref<?x1x3x4xf64>, memref<4xsi64> -> memref<?x1x3xf64>
  return
}

// -----

// CHECK-LABEL: func @raise_formatted
func.func @raise_formatted(%c: i1, %m: i64, %n: i64) {
  // CHECK: nbc.raise_if %{{.*}}, ValueError, "size {} is different from {}"(%{{.*}}, %{{.*}} : i64, i64)
  nbc.raise_if %c, ValueError, "size {} is different from {}" (%m, %n : i64, i64)
  return
}
