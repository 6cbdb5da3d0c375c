// Round trip of nbc.take, nbc.put, nbc.mask_take, nbc.mask_put, nbc.argwhere.
// RUN: nbc-opt %s | nbc-opt | FileCheck %s
// RUN: nbc-opt %s --mlir-print-op-generic | nbc-opt | FileCheck %s

// CHECK-LABEL: func @take
func.func @take(%a: memref<?x?xf64>, %i: memref<?xsi64>, %u: memref<2x3xui8>,
                %s: memref<?x4xf32, strided<[?, ?], offset: ?>>,
                %j: memref<2x1xsi64>, %k: memref<3xui8>) {
  // CHECK: nbc.take %{{.*}}[%{{.*}}] axis 0 : memref<?x?xf64>, memref<?xsi64> -> memref<?x?xf64>
  %0 = nbc.take %a[%i] axis 0 : memref<?x?xf64>, memref<?xsi64> -> memref<?x?xf64>
  // CHECK: nbc.take %{{.*}}[%{{.*}}] axis 1 {error_axes = array<i64: 2>} : memref<?x4xf32, strided<[?, ?], offset: ?>>, memref<2x3xui8> -> memref<?x2x3xf32>
  %1 = nbc.take %s[%u] axis 1 {error_axes = array<i64: 2>} : memref<?x4xf32, strided<[?, ?], offset: ?>>, memref<2x3xui8> -> memref<?x2x3xf32>
  // Two index arrays broadcast: (2, 1) with (3,) is (2, 3), then the rest.
  // CHECK: nbc.take %{{.*}}[%{{.*}}, %{{.*}}] axis 0 : memref<?x?xf64>, memref<2x1xsi64>, memref<3xui8> -> memref<2x3xf64>
  %2 = nbc.take %a[%j, %k] axis 0 : memref<?x?xf64>, memref<2x1xsi64>, memref<3xui8> -> memref<2x3xf64>
  // CHECK: nbc.take %{{.*}}[%{{.*}}, %{{.*}}] axis 0 {error_axes = array<i64: 0, 2>} : memref<?x4xf32, strided<[?, ?], offset: ?>>, memref<?xsi64>, memref<?xsi64> -> memref<?xf32>
  %3 = nbc.take %s[%i, %i] axis 0 {error_axes = array<i64: 0, 2>} : memref<?x4xf32, strided<[?, ?], offset: ?>>, memref<?xsi64>, memref<?xsi64> -> memref<?xf32>
  return
}

// CHECK-LABEL: func @put
func.func @put(%a: memref<?x?xf64>, %i: memref<?xsi32>, %x: f64, %v: memref<?xf64>) {
  // CHECK: nbc.put %{{.*}}, %{{.*}}[%{{.*}}] axis 1 : f64, memref<?x?xf64>, memref<?xsi32>
  nbc.put %x, %a[%i] axis 1 : f64, memref<?x?xf64>, memref<?xsi32>
  // CHECK: nbc.put %{{.*}}, %{{.*}}[%{{.*}}] axis 0 : memref<?xf64>, memref<?x?xf64>, memref<?xsi32>
  nbc.put %v, %a[%i] axis 0 : memref<?xf64>, memref<?x?xf64>, memref<?xsi32>
  // CHECK: nbc.put %{{.*}}, %{{.*}}[%{{.*}}, %{{.*}}] axis 0 : memref<?xf64>, memref<?x?xf64>, memref<?xsi32>, memref<?xsi32>
  nbc.put %v, %a[%i, %i] axis 0 : memref<?xf64>, memref<?x?xf64>, memref<?xsi32>, memref<?xsi32>
  return
}

// CHECK-LABEL: func @masks
func.func @masks(%a: memref<?x?xsi16>, %m: memref<?x?xi1>, %r: memref<?xi1>,
                 %x: si16, %v: memref<?xsi16>) {
  // CHECK: nbc.mask_take %{{.*}}[%{{.*}}] : memref<?x?xsi16>, memref<?x?xi1> -> memref<?xsi16>
  %0 = nbc.mask_take %a[%m] : memref<?x?xsi16>, memref<?x?xi1> -> memref<?xsi16>
  // CHECK: nbc.mask_take %{{.*}}[%{{.*}}] : memref<?x?xsi16>, memref<?xi1> -> memref<?x?xsi16>
  %1 = nbc.mask_take %a[%r] : memref<?x?xsi16>, memref<?xi1> -> memref<?x?xsi16>
  // CHECK: nbc.mask_put %{{.*}}, %{{.*}}[%{{.*}}] : si16, memref<?x?xsi16>, memref<?x?xi1>
  nbc.mask_put %x, %a[%m] : si16, memref<?x?xsi16>, memref<?x?xi1>
  // CHECK: nbc.mask_put %{{.*}}, %{{.*}}[%{{.*}}] : memref<?xsi16>, memref<?x?xsi16>, memref<?xi1>
  nbc.mask_put %v, %a[%r] : memref<?xsi16>, memref<?x?xsi16>, memref<?xi1>
  // CHECK: nbc.mask_take %{{.*}}[%{{.*}}] {axis = 1 : i64, error_axis = 2 : i64} : memref<?x?xsi16>, memref<?xi1> -> memref<?x?xsi16>
  %2 = nbc.mask_take %a[%r] {axis = 1 : i64, error_axis = 2 : i64} : memref<?x?xsi16>, memref<?xi1> -> memref<?x?xsi16>
  // CHECK: nbc.mask_put %{{.*}}, %{{.*}}[%{{.*}}] {axis = 1 : i64} : si16, memref<?x?xsi16>, memref<?xi1>
  nbc.mask_put %x, %a[%r] {axis = 1 : i64} : si16, memref<?x?xsi16>, memref<?xi1>
  return
}

// CHECK-LABEL: func @argwhere
func.func @argwhere(%a: memref<?x?x?xf32>, %b: memref<5xi1>) {
  // CHECK: nbc.argwhere %{{.*}} : memref<?x?x?xf32> -> memref<?x3xsi64>
  %0 = nbc.argwhere %a : memref<?x?x?xf32> -> memref<?x3xsi64>
  // CHECK: nbc.argwhere %{{.*}} flat : memref<5xi1> -> memref<?xsi64>
  %1 = nbc.argwhere %b flat : memref<5xi1> -> memref<?xsi64>
  return
}

// Unused reads stay: an index out of range or a failed allocation raises.
// RUN: nbc-opt %s --canonicalize | FileCheck %s --check-prefix=DCE
// DCE-LABEL: func @take
// DCE: nbc.take
// DCE-LABEL: func @put
// DCE-COUNT-2: nbc.put
