// nbc.as_strided lowers to the checks (negative sizes, strides of partial
// items) and a memref.reinterpret_cast of the source's buffer at its
// offset, the byte strides divided by the item size.
// RUN: nbc-opt %s --convert-nbc-to-core | FileCheck %s
// RUN: nbc-opt %s --nbc-to-llvm | FileCheck %s --check-prefix=LLVM
// LLVM-NOT: nbc.as_strided

// CHECK-LABEL: func @windows
func.func @windows(%v: memref<?xf64, strided<[?], offset: ?>>, %n: si64, %k: si64, %s: si64) -> memref<?x?xf64, strided<[?, ?], offset: ?>> {
  %w = nbc.as_strided %v sizes(%n, %k) strides(%s, %s) : memref<?xf64, strided<[?], offset: ?>> to memref<?x?xf64, strided<[?, ?], offset: ?>>
  return %w : memref<?x?xf64, strided<[?, ?], offset: ?>>
}
