// nbc.diagonal, nbc.broadcast_to and nbc.complex_part lower to
// memref.reinterpret_cast of the source's buffer.
// RUN: nbc-opt %s --convert-nbc-to-core | FileCheck %s
// RUN: nbc-opt %s --nbc-to-llvm | FileCheck %s --check-prefix=LLVM
// LLVM-NOT: unrealized_conversion_cast
// LLVM-NOT: nbc.{{diagonal|broadcast_to|complex_part}}

// The diagonal: length max(0, min(rows + min(k, 0), cols - max(k, 0))),
// offset + (k < 0 ? -k * s0 : k * s1) when not empty, stride s0 + s1.
// CHECK-LABEL: func @diagonal
// CHECK-SAME: (%[[A:.*]]: memref<?x?xf64, strided<[?, ?], offset: ?>>, %[[K:.*]]: i64)
// CHECK: %[[BASE:.*]], %[[OFF:.*]], %[[SIZES:.*]]:2, %[[STRIDES:.*]]:2 = memref.extract_strided_metadata %[[A]]
// CHECK-DAG: %[[S0:.*]] = arith.index_cast %[[STRIDES]]#0
// CHECK-DAG: %[[S1:.*]] = arith.index_cast %[[STRIDES]]#1
// CHECK: %[[LEN:.*]] = arith.maxsi %{{.*}}, %{{.*}} : i64
// CHECK: %[[STRIDE:.*]] = arith.addi %[[S0]], %[[S1]] : i64
// CHECK: memref.reinterpret_cast %[[BASE]] to offset: [%{{.*}}], sizes: [%{{.*}}], strides: [%{{.*}}] : memref<f64> to memref<?xf64, strided<[?], offset: ?>>
func.func @diagonal(%a: memref<?x?xf64, strided<[?, ?], offset: ?>>, %k: si64) -> memref<?xf64, strided<[?], offset: ?>> {
  %d = nbc.diagonal %a, %k : memref<?x?xf64, strided<[?, ?], offset: ?>> to memref<?xf64, strided<[?], offset: ?>>
  return %d : memref<?xf64, strided<[?], offset: ?>>
}

// A stack's diagonals (the last two axes): the leading size and stride
// kept, then the diagonal's.
// CHECK-LABEL: func @diagonal_stack
// CHECK: %[[BASE:.*]], %[[OFF:.*]], %[[SIZES:.*]]:3, %[[STRIDES:.*]]:3 = memref.extract_strided_metadata
// CHECK-DAG: %[[LEAD:.*]] = arith.index_cast %[[STRIDES]]#0
// CHECK-DAG: %[[S1:.*]] = arith.index_cast %[[STRIDES]]#1
// CHECK-DAG: %[[S2:.*]] = arith.index_cast %[[STRIDES]]#2
// CHECK: %[[STRIDE:.*]] = arith.addi %[[S1]], %[[S2]] : i64
// CHECK: memref.reinterpret_cast %[[BASE]] to offset: [%{{.*}}], sizes: [%{{.*}}, %{{.*}}], strides: [%{{.*}}, %{{.*}}] : memref<f32> to memref<?x?xf32, strided<[?, ?], offset: ?>>
func.func @diagonal_stack(%a: memref<2x?x?xf32>, %k: si64) -> memref<?x?xf32, strided<[?, ?], offset: ?>> {
  %d = nbc.diagonal %a, %k : memref<2x?x?xf32> to memref<?x?xf32, strided<[?, ?], offset: ?>>
  return %d : memref<?x?xf32, strided<[?, ?], offset: ?>>
}

// Stride 0 on the new axis and on a stretched extent 1; NumPy's errors.
// CHECK-LABEL: func @broadcast
// CHECK-SAME: (%[[V:.*]]: memref<?xf32>, %[[M:.*]]: i64, %[[N:.*]]: i64)
// CHECK: %[[BASE:.*]], %{{.*}}, %[[SIZE:.*]], %[[STRIDE:.*]] = memref.extract_strided_metadata %[[V]]
// CHECK: %[[EXTENT:.*]] = arith.index_cast %[[SIZE]]
// CHECK: %[[ZERO:.*]] = arith.constant 0 : i64
// CHECK: nbc.raise_if %{{.*}}, ValueError, "all elements of broadcast shape must be non-negative"
// CHECK: arith.andi
// CHECK: %[[STRETCH:.*]] = arith.andi
// CHECK: %[[S:.*]] = arith.select %[[STRETCH]], %[[ZERO]], %{{.*}} : i64
// CHECK: nbc.raise_if %{{.*}}, ValueError, "operands could not be broadcast together with remapped shapes [original->remapped]: ({},)  and requested shape ({},{})"(%[[EXTENT]], %[[M]], %[[N]] : i64, i64, i64)
// CHECK-DAG: %[[LEAD:.*]] = arith.index_cast %[[ZERO]] : i64 to index
// CHECK-DAG: %[[INNER:.*]] = arith.index_cast %[[S]] : i64 to index
// CHECK: memref.reinterpret_cast %[[BASE]] to offset: [%{{.*}}], sizes: [%{{.*}}, %{{.*}}], strides: [%[[LEAD]], %[[INNER]]] : memref<f32> to memref<?x?xf32, strided<[?, ?], offset: ?>>
func.func @broadcast(%v: memref<?xf32>, %m: si64, %n: si64) -> memref<?x?xf32, strided<[?, ?], offset: ?>> {
  %b = nbc.broadcast_to %v(%m, %n) : memref<?xf32> to memref<?x?xf32, strided<[?, ?], offset: ?>>
  return %b : memref<?x?xf32, strided<[?, ?], offset: ?>>
}

// The imaginary parts: the buffer as f64, offset 2 * offset + 1, strides
// doubled.
// CHECK-LABEL: func @imag
// CHECK: %[[BASE:.*]], %[[OFF:.*]], %{{.*}}:2, %{{.*}}:2 = memref.extract_strided_metadata %{{.*}} : memref<?x?xcomplex<f64>>
// CHECK: %[[PARTS:.*]] = builtin.unrealized_conversion_cast %[[BASE]] : memref<complex<f64>> to memref<f64>
// CHECK: %[[TWICE:.*]] = arith.muli %{{.*}}, %[[TWO:.*]] : i64
// CHECK: arith.addi %[[TWICE]], %{{.*}} : i64
// CHECK: arith.muli %{{.*}}, %[[TWO]] : i64
// CHECK: arith.muli %{{.*}}, %[[TWO]] : i64
// CHECK: memref.reinterpret_cast %[[PARTS]] to offset: [%{{.*}}], sizes: [%{{.*}}, %{{.*}}], strides: [%{{.*}}, %{{.*}}] : memref<f64> to memref<?x?xf64, strided<[?, ?], offset: ?>>
func.func @imag(%z: memref<?x?xcomplex<f64>>) -> memref<?x?xf64, strided<[?, ?], offset: ?>> {
  %im = nbc.complex_part %z imag : memref<?x?xcomplex<f64>> to memref<?x?xf64, strided<[?, ?], offset: ?>>
  return %im : memref<?x?xf64, strided<[?, ?], offset: ?>>
}
