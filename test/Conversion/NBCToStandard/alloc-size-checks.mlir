// nbc.empty/full check their sizes as NumPy does before memref.alloc: a
// byte count past INT64_MAX is ValueError (the size used to wrap to a small
// block that the kernel then wrote past), a null result of malloc is
// MemoryError.
// RUN: nbc-opt --convert-nbc-to-standard %s | FileCheck %s

// CHECK-LABEL: func @dynamic
// CHECK: nbc.raise_if %{{.*}}, ValueError, "negative dimensions are not allowed"
// CHECK: nbc.raise_if %{{.*}}, ValueError, "array is too big; `arr.size * arr.dtype.itemsize` is larger than the maximum possible size."
// CHECK: %[[A:.*]] = memref.alloc
// CHECK: %[[P:.*]] = memref.extract_aligned_pointer_as_index %[[A]]
// CHECK: %[[NULL:.*]] = arith.cmpi eq, %[[P]]
// CHECK: nbc.raise_if %[[NULL]], MemoryError
func.func @dynamic(%n: si64, %m: si64) -> memref<?x3x?xf64> {
  %a = nbc.empty(%n, %m) : memref<?x3x?xf64>, si64, si64
  return %a : memref<?x3x?xf64>
}

// Static sizes whose byte count overflows raise unconditionally.
// CHECK-LABEL: func @static_too_big
// CHECK: %[[T:.*]] = arith.constant true
// CHECK: nbc.raise_if %[[T]], ValueError, "array is too big
func.func @static_too_big(%n: si64) -> memref<?x4611686018427387904xf64> {
  %a = nbc.empty(%n) : memref<?x4611686018427387904xf64>, si64
  return %a : memref<?x4611686018427387904xf64>
}

// Small static arrays need no check.
// CHECK-LABEL: func @static_small
// CHECK-NOT: raise_if
// CHECK: memref.alloc
func.func @static_small() -> memref<4x4xsi64> {
  %a = nbc.empty() : memref<4x4xsi64>
  return %a : memref<4x4xsi64>
}
