// nbc.as_strided lowers to the checks (negative sizes, strides of partial
// items) and a memref.reinterpret_cast of the source's buffer at its
// offset, the byte strides divided by the item size.
// RUN: nbc-opt %s --convert-nbc-to-core | FileCheck %s
// RUN: nbc-opt %s --nbc-to-llvm | FileCheck %s --check-prefix=LLVM
// LLVM-NOT: nbc.as_strided

// CHECK-LABEL: func @windows
// CHECK-SAME: (%[[V:.*]]: memref<?xf64, strided<[?], offset: ?>>, %[[N:.*]]: i64, %[[K:.*]]: i64, %[[S:.*]]: i64)
// CHECK: %[[BASE:.*]], %[[OFF:.*]], %{{.*}}, %{{.*}} = memref.extract_strided_metadata %[[V]]
// CHECK: %[[OFF64:.*]] = arith.index_cast %[[OFF]] : index to i64
// CHECK: %[[ITEM:.*]] = arith.constant 8 : i64
// CHECK: %[[NEG:.*]] = arith.cmpi slt, %[[N]], %{{.*}} : i64
// CHECK: nbc.raise_if %[[NEG]], ValueError, "negative dimensions are not allowed"
// CHECK: %[[REM:.*]] = arith.remsi %[[S]], %[[ITEM]] : i64
// CHECK: %[[PARTIAL:.*]] = arith.cmpi ne, %[[REM]], %{{.*}} : i64
// CHECK: nbc.raise_if %[[PARTIAL]], ValueError, "as_strided: a stride of {} bytes is not a multiple of the itemsize 8"(%[[S]] : i64)
// CHECK: %[[ELEMS:.*]] = arith.divsi %[[S]], %[[ITEM]] : i64
// CHECK-DAG: %[[STRIDE:.*]] = arith.index_cast %[[ELEMS]] : i64 to index
// CHECK-DAG: %[[OFFSET:.*]] = arith.index_cast %[[OFF64]] : i64 to index
// CHECK: memref.reinterpret_cast %[[BASE]] to offset: [%[[OFFSET]]], sizes: [%{{.*}}, %{{.*}}], strides: [%[[STRIDE]], %{{.*}}] : memref<f64> to memref<?x?xf64, strided<[?, ?], offset: ?>>
func.func @windows(%v: memref<?xf64, strided<[?], offset: ?>>, %n: si64, %k: si64, %s: si64) -> memref<?x?xf64, strided<[?, ?], offset: ?>> {
  %w = nbc.as_strided %v sizes(%n, %k) strides(%s, %s) : memref<?xf64, strided<[?], offset: ?>> to memref<?x?xf64, strided<[?, ?], offset: ?>>
  return %w : memref<?x?xf64, strided<[?, ?], offset: ?>>
}

// One-byte items: the strides as given, no check.
// CHECK-LABEL: func @bytes
// CHECK-NOT: arith.remsi
// CHECK-NOT: arith.divsi
// CHECK: memref.reinterpret_cast %{{.*}} to offset: [%{{.*}}], sizes: [%{{.*}}], strides: [%{{.*}}] : memref<i8> to memref<?xi8, strided<[?], offset: ?>>
func.func @bytes(%v: memref<?xsi8>, %n: si64, %s: si64) -> memref<?xsi8, strided<[?], offset: ?>> {
  %w = nbc.as_strided %v sizes(%n) strides(%s) : memref<?xsi8> to memref<?xsi8, strided<[?], offset: ?>>
  return %w : memref<?xsi8, strided<[?], offset: ?>>
}
