// nbc.matmul -> inner-dimension check, new result, linalg.fill and one
// linalg.generic (the reduction outside the last output dimension); for
// (n,k) x (k,m) inside loops over 128 x 256 blocks of B.
// RUN: nbc-opt %s --convert-nbc-to-core | FileCheck %s

// CHECK-DAG: #[[IK:.*]] = affine_map<(d0, d1, d2) -> (d0, d1)>
// CHECK-DAG: #[[KJ:.*]] = affine_map<(d0, d1, d2) -> (d1, d2)>
// CHECK-DAG: #[[IJ:.*]] = affine_map<(d0, d1, d2) -> (d0, d2)>

// CHECK-LABEL: func @mm
// CHECK-SAME: (%[[A:.*]]: memref<?x?xf64>, %[[B:.*]]: memref<?x?xf32>)
// CHECK: %[[K:.*]] = memref.dim %[[A]], %{{.*}}
// CHECK: %[[KI:.*]] = arith.index_cast %[[K]]
// CHECK: %[[KR:.*]] = memref.dim %[[B]], %{{.*}}
// CHECK: %[[KRI:.*]] = arith.index_cast %[[KR]]
// CHECK: %[[NE:.*]] = arith.cmpi ne, %[[KI]], %[[KRI]] : i64
// CHECK: nbc.raise_if %[[NE]], ValueError, "matmul: Input operand 1 has a mismatch in its core dimension 0, with gufunc signature (n?,k),(k,m?)->(n?,m?) (size {} is different from {})"(%[[KRI]], %[[KI]] : i64, i64)
// CHECK: %[[C:.*]] = memref.alloc(%{{.*}}, %{{.*}}) {alignment = 64 : i64} : memref<?x?xf64>
// CHECK: linalg.fill ins(%{{.*}} : f64) outs(%[[C]] : memref<?x?xf64>)
// CHECK: scf.for %[[KK:.*]] = %{{.*}} to %{{.*}} step %{{.*}} {
// CHECK:   scf.for %[[JJ:.*]] = %{{.*}} to %{{.*}} step %{{.*}} {
// CHECK:     %[[SA:.*]] = memref.subview %[[A]][0, %[[KK]]] [%{{.*}}, %{{.*}}] [1, 1]
// CHECK:     %[[SB:.*]] = memref.subview %[[B]][%[[KK]], %[[JJ]]] [%{{.*}}, %{{.*}}] [1, 1]
// CHECK:     %[[SC:.*]] = memref.subview %[[C]][0, %[[JJ]]] [%{{.*}}, %{{.*}}] [1, 1]
// CHECK: linalg.generic {indexing_maps = [#[[IK]], #[[KJ]], #[[IJ]]], iterator_types = ["parallel", "reduction", "parallel"]} ins(%[[SA]], %[[SB]] : memref<?x?xf64, strided<[?, 1], offset: ?>>, memref<?x?xf32, strided<[?, 1], offset: ?>>) outs(%[[SC]] : memref<?x?xf64, strided<[?, 1], offset: ?>>)
// CHECK: ^bb0(%[[X:.*]]: f64, %[[Y:.*]]: f32, %[[ACC:.*]]: f64):
// CHECK:   %[[YE:.*]] = arith.extf %[[Y]] : f32 to f64
// CHECK:   %[[P:.*]] = arith.mulf %[[X]], %[[YE]] : f64
// CHECK:   %[[S:.*]] = arith.addf %[[ACC]], %[[P]] : f64
// CHECK:   linalg.yield %[[S]] : f64
// CHECK: return %[[C]]
func.func @mm(%a: memref<?x?xf64>, %b: memref<?x?xf32>) -> memref<?x?xf64> {
  %c = nbc.matmul matmul %a, %b : memref<?x?xf64>, memref<?x?xf32> -> memref<?x?xf64>
  return %c : memref<?x?xf64>
}

// np.dot's message quotes both shapes; int8 elements sign-extend, uint8
// zero-extend.
// CHECK-LABEL: func @mv
// CHECK: nbc.raise_if %{{.*}}, ValueError, "shapes ({},{}) and ({},) not aligned: {} (dim 1) != {} (dim 0)"(%{{.*}}, %{{.*}}, %{{.*}}, %{{.*}}, %{{.*}} : i64, i64, i64, i64, i64)
// CHECK: linalg.generic {{.*}}iterator_types = ["parallel", "reduction"]
// CHECK: arith.extsi %{{.*}} : i8 to i16
// CHECK: arith.extui %{{.*}} : i8 to i16
// CHECK: arith.muli
// CHECK: arith.addi
func.func @mv(%a: memref<?x?xsi8>, %x: memref<?xui8>) -> memref<?xsi16> {
  %c = nbc.matmul dot %a, %x : memref<?x?xsi8>, memref<?xui8> -> memref<?xsi16>
  return %c : memref<?xsi16>
}

// CHECK-LABEL: func @vm
// CHECK: linalg.generic {{.*}}iterator_types = ["reduction", "parallel"]
// CHECK: arith.sitofp %{{.*}} : i32 to f64
func.func @vm(%x: memref<?xsi32>, %b: memref<?x?xf32>) -> memref<?xf64> {
  %c = nbc.matmul matmul %x, %b : memref<?xsi32>, memref<?x?xf32> -> memref<?xf64>
  return %c : memref<?xf64>
}

// A scalar result accumulates in a rank-0 alloca; bool products are and,
// sums or.
// CHECK-LABEL: func @vv
// CHECK: nbc.raise_if %{{.*}}, ValueError, "cannot reshape array of size {} into shape ({},)"
// CHECK: %[[ACC:.*]] = memref.alloca() : memref<i1>
// CHECK: linalg.fill ins(%{{.*}} : i1) outs(%[[ACC]] : memref<i1>)
// CHECK: linalg.generic {{.*}}iterator_types = ["reduction"]
// CHECK: arith.andi
// CHECK: arith.ori
// CHECK: %[[R:.*]] = memref.load %[[ACC]][] : memref<i1>
// CHECK: return %[[R]] : i1
func.func @vv(%x: memref<?xi1>, %y: memref<?xi1>) -> i1 {
  %c = nbc.matmul vdot %x, %y : memref<?xi1>, memref<?xi1> -> i1
  return %c : i1
}

// outer has no check and no fill.
// CHECK-LABEL: func @outer
// CHECK-NOT: {}
// CHECK-NOT: linalg.fill
// CHECK: linalg.generic {{.*}}iterator_types = ["parallel", "parallel"]
// CHECK: arith.sitofp %{{.*}} : i64 to f64
// CHECK-NEXT: arith.mulf
// CHECK-NEXT: linalg.yield
func.func @outer(%x: memref<?xsi64>, %y: memref<?xf64>) -> memref<?x?xf64> {
  %c = nbc.matmul outer %x, %y : memref<?xsi64>, memref<?xf64> -> memref<?x?xf64>
  return %c : memref<?x?xf64>
}

// Complex elements: the fill is complex.constant (arith.constant has no
// complex value), products and sums are complex ops, and a real operand
// becomes (x, 0).
// CHECK-LABEL: func @complex_mv
// CHECK: %[[Z:.*]] = complex.constant [0.000000e+00, 0.000000e+00] : complex<f64>
// CHECK: linalg.fill ins(%[[Z]] : complex<f64>)
// CHECK: ^bb0(%[[X:.*]]: complex<f64>, %[[Y:.*]]: i64, %[[ACC:.*]]: complex<f64>):
// CHECK:   %[[RE:.*]] = arith.sitofp %[[Y]] : i64 to f64
// CHECK:   %[[IM:.*]] = arith.constant 0.000000e+00 : f64
// CHECK:   %[[YC:.*]] = complex.create %[[RE]], %[[IM]] : complex<f64>
// CHECK:   %[[P:.*]] = complex.mul %[[X]], %[[YC]] : complex<f64>
// CHECK:   %[[S:.*]] = complex.add %[[ACC]], %[[P]] : complex<f64>
// CHECK:   linalg.yield %[[S]] : complex<f64>
func.func @complex_mv(%a: memref<?x?xcomplex<f64>>, %x: memref<?xsi64>) -> memref<?xcomplex<f64>> {
  %c = nbc.matmul dot %a, %x : memref<?x?xcomplex<f64>>, memref<?xsi64> -> memref<?xcomplex<f64>>
  return %c : memref<?xcomplex<f64>>
}

// complex<f32> x complex<f64> widens the narrow operand by parts.
// CHECK-LABEL: func @complex_widen
// CHECK: complex.re %{{.*}} : complex<f32>
// CHECK: arith.extf %{{.*}} : f32 to f64
// CHECK: complex.im %{{.*}} : complex<f32>
// CHECK: arith.extf %{{.*}} : f32 to f64
// CHECK: complex.create %{{.*}}, %{{.*}} : complex<f64>
// CHECK: complex.mul
func.func @complex_widen(%x: memref<?xcomplex<f32>>, %y: memref<?xcomplex<f64>>) -> complex<f64> {
  %c = nbc.matmul dot %x, %y : memref<?xcomplex<f32>>, memref<?xcomplex<f64>> -> complex<f64>
  return %c : complex<f64>
}

// np.vdot conjugates its first operand.
// CHECK-LABEL: func @complex_vdot
// CHECK: ^bb0(%[[X:.*]]: complex<f64>, %[[Y:.*]]: complex<f64>, %[[ACC:.*]]: complex<f64>):
// CHECK:   %[[XC:.*]] = complex.conj %[[X]] : complex<f64>
// CHECK:   complex.mul %[[XC]], %[[Y]] : complex<f64>
func.func @complex_vdot(%x: memref<?xcomplex<f64>>, %y: memref<?xcomplex<f64>>) -> complex<f64> {
  %c = nbc.matmul vdot %x, %y : memref<?xcomplex<f64>>, memref<?xcomplex<f64>> -> complex<f64>
  return %c : complex<f64>
}
