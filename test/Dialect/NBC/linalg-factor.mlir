// Round trip of nbc.linalg_factor: every kind, its flags, lstsq's b and
// rcond, and the inferred static sizes.
// RUN: nbc-opt %s | nbc-opt | FileCheck %s
// RUN: nbc-opt %s --mlir-print-op-generic | nbc-opt | FileCheck %s

// CHECK-LABEL: func @kinds
func.func @kinds(%a: memref<?x?xf64>, %f: memref<?x?xf32, strided<[?, ?], offset: ?>>,
                 %b: memref<?xf64>, %bb: memref<?x3xf64>, %s: memref<5x3xf64>,
                 %r: f64) {
  // CHECK: nbc.linalg_factor eigh %{{.*}} : memref<?x?xf64> -> memref<?xf64>, memref<?x?xf64>
  %w, %v = nbc.linalg_factor eigh %a : memref<?x?xf64> -> memref<?xf64>, memref<?x?xf64>
  // CHECK: nbc.linalg_factor eigvalsh %{{.*}} {upper} : memref<?x?xf32, strided<[?, ?], offset: ?>> -> memref<?xf32>
  %w2 = nbc.linalg_factor eigvalsh %f {upper} : memref<?x?xf32, strided<[?, ?], offset: ?>> -> memref<?xf32>
  // CHECK: nbc.linalg_factor svd %{{.*}} {full} : memref<5x3xf64> -> memref<5x5xf64>, memref<3xf64>, memref<3x3xf64>
  %u, %sv, %vt = nbc.linalg_factor svd %s {full} : memref<5x3xf64> -> memref<5x5xf64>, memref<3xf64>, memref<3x3xf64>
  // CHECK: nbc.linalg_factor svd %{{.*}} : memref<5x3xf64> -> memref<5x3xf64>, memref<3xf64>, memref<3x3xf64>
  %u2, %sv2, %vt2 = nbc.linalg_factor svd %s : memref<5x3xf64> -> memref<5x3xf64>, memref<3xf64>, memref<3x3xf64>
  // CHECK: nbc.linalg_factor svdvals %{{.*}} : memref<?x?xf64> -> memref<?xf64>
  %sv3 = nbc.linalg_factor svdvals %a : memref<?x?xf64> -> memref<?xf64>
  // CHECK: nbc.linalg_factor qr %{{.*}} {full} : memref<5x3xf64> -> memref<5x5xf64>, memref<5x3xf64>
  %q, %qr = nbc.linalg_factor qr %s {full} : memref<5x3xf64> -> memref<5x5xf64>, memref<5x3xf64>
  // CHECK: nbc.linalg_factor qr_r %{{.*}} : memref<5x3xf64> -> memref<3x3xf64>
  %r2 = nbc.linalg_factor qr_r %s : memref<5x3xf64> -> memref<3x3xf64>
  // CHECK: nbc.linalg_factor lstsq %{{.*}}, %{{.*}} : memref<?x?xf64>, memref<?xf64> -> memref<?xf64>, memref<?xf64>, si64, memref<?xf64>
  %x, %res, %rank, %sl = nbc.linalg_factor lstsq %a, %b : memref<?x?xf64>, memref<?xf64> -> memref<?xf64>, memref<?xf64>, si64, memref<?xf64>
  // CHECK: nbc.linalg_factor lstsq %{{.*}}, %{{.*}} rcond %{{.*}} : memref<?x?xf64>, memref<?x3xf64> -> memref<?x3xf64>, memref<?xf64>, si64, memref<?xf64>
  %x2, %res2, %rank2, %sl2 = nbc.linalg_factor lstsq %a, %bb rcond %r : memref<?x?xf64>, memref<?x3xf64> -> memref<?x3xf64>, memref<?xf64>, si64, memref<?xf64>
  return
}

// CHECK-LABEL: func @eig
func.func @eig(%a: memref<4x4xf64>, %f: memref<?x?xf32>) {
  // CHECK: nbc.linalg_factor eig %{{.*}} : memref<4x4xf64> -> memref<4xf64>, memref<4x4xf64>
  %w, %v = nbc.linalg_factor eig %a : memref<4x4xf64> -> memref<4xf64>, memref<4x4xf64>
  // CHECK: nbc.linalg_factor eigvals %{{.*}} : memref<?x?xf32> -> memref<?xf32>
  %w2 = nbc.linalg_factor eigvals %f : memref<?x?xf32> -> memref<?xf32>
  return
}

// Complex arrays: eigh/eigvalsh's eigenvalues and svd's s real (the part
// type), eig/eigvals' and qr's complex, lstsq's residuals and s real.
// CHECK-LABEL: func @hermitian
func.func @hermitian(%z: memref<?x?xcomplex<f64>>, %c: memref<4x4xcomplex<f32>>) {
  // CHECK: nbc.linalg_factor eigh %{{.*}} : memref<?x?xcomplex<f64>> -> memref<?xf64>, memref<?x?xcomplex<f64>>
  %w, %v = nbc.linalg_factor eigh %z : memref<?x?xcomplex<f64>> -> memref<?xf64>, memref<?x?xcomplex<f64>>
  // CHECK: nbc.linalg_factor eigvalsh %{{.*}} {upper} : memref<4x4xcomplex<f32>> -> memref<4xf32>
  %u = nbc.linalg_factor eigvalsh %c {upper} : memref<4x4xcomplex<f32>> -> memref<4xf32>
  // CHECK: nbc.linalg_factor eigvals %{{.*}} : memref<4x4xcomplex<f32>> -> memref<4xcomplex<f32>>
  %e = nbc.linalg_factor eigvals %c : memref<4x4xcomplex<f32>> -> memref<4xcomplex<f32>>
  // CHECK: nbc.linalg_factor svd %{{.*}} : memref<?x?xcomplex<f64>> -> memref<?x?xcomplex<f64>>, memref<?xf64>, memref<?x?xcomplex<f64>>
  %su, %ss, %svh = nbc.linalg_factor svd %z : memref<?x?xcomplex<f64>> -> memref<?x?xcomplex<f64>>, memref<?xf64>, memref<?x?xcomplex<f64>>
  // CHECK: nbc.linalg_factor qr %{{.*}} {full} : memref<?x?xcomplex<f64>> -> memref<?x?xcomplex<f64>>, memref<?x?xcomplex<f64>>
  %q, %r = nbc.linalg_factor qr %z {full} : memref<?x?xcomplex<f64>> -> memref<?x?xcomplex<f64>>, memref<?x?xcomplex<f64>>
  // CHECK: nbc.linalg_factor lstsq %{{.*}}, %{{.*}} : memref<?x?xcomplex<f64>>, memref<?x?xcomplex<f64>> -> memref<?x?xcomplex<f64>>, memref<?xf64>, si64, memref<?xf64>
  %x, %res, %rank, %sv = nbc.linalg_factor lstsq %z, %z : memref<?x?xcomplex<f64>>, memref<?x?xcomplex<f64>> -> memref<?x?xcomplex<f64>>, memref<?xf64>, si64, memref<?xf64>
  return
}

// Stacks (..., m, n): every result of each matrix, the stack's shape first.
// CHECK-LABEL: func @stacks
func.func @stacks(%a: memref<3x?x5x4xcomplex<f32>>, %h: memref<2x?x?xf64>) {
  // CHECK: nbc.linalg_factor svd %{{.*}} : memref<3x?x5x4xcomplex<f32>> -> memref<3x?x5x4xcomplex<f32>>, memref<3x?x4xf32>, memref<3x?x4x4xcomplex<f32>>
  %u, %s, %vh = nbc.linalg_factor svd %a : memref<3x?x5x4xcomplex<f32>> -> memref<3x?x5x4xcomplex<f32>>, memref<3x?x4xf32>, memref<3x?x4x4xcomplex<f32>>
  // CHECK: nbc.linalg_factor qr %{{.*}} {full} : memref<3x?x5x4xcomplex<f32>> -> memref<3x?x5x5xcomplex<f32>>, memref<3x?x5x4xcomplex<f32>>
  %q, %r = nbc.linalg_factor qr %a {full} : memref<3x?x5x4xcomplex<f32>> -> memref<3x?x5x5xcomplex<f32>>, memref<3x?x5x4xcomplex<f32>>
  // CHECK: nbc.linalg_factor eigh %{{.*}} : memref<2x?x?xf64> -> memref<2x?xf64>, memref<2x?x?xf64>
  %w, %v = nbc.linalg_factor eigh %h : memref<2x?x?xf64> -> memref<2x?xf64>, memref<2x?x?xf64>
  // CHECK: nbc.linalg_factor eig %{{.*}} : memref<2x?x?xf64> -> memref<2x?xf64>, memref<2x?x?xf64>
  %ew, %ev = nbc.linalg_factor eig %h : memref<2x?x?xf64> -> memref<2x?xf64>, memref<2x?x?xf64>
  // CHECK: nbc.linalg_factor eigvals %{{.*}} : memref<2x?x?xf64> -> memref<2x?xf64>
  %ez = nbc.linalg_factor eigvals %h : memref<2x?x?xf64> -> memref<2x?xf64>
  return
}
