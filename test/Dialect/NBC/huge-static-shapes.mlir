// Static shapes with more than 2^63 elements: the row-major strides
// upstream computes for them wrap (here to 0), and nbc used to fold and
// infer those wrapped values as if they were real. They are dynamic now.
// RUN: nbc-opt --canonicalize %s | FileCheck %s

// CHECK-LABEL: func @stride_not_folded
// CHECK: %[[S:.*]] = nbc.stride %{{.*}}, 0
// CHECK: return %[[S]]
func.func @stride_not_folded(%a: memref<4x4611686018427387904x4xf64>) -> si64 {
  %s = nbc.stride %a, 0 : memref<4x4611686018427387904x4xf64>
  return %s : si64
}

// The inner strides still fold.
// CHECK-LABEL: func @inner_stride_folded
// CHECK: %[[C:.*]] = nbc.constant 4 : si64
// CHECK: return %[[C]]
func.func @inner_stride_folded(%a: memref<4x4611686018427387904x4xf64>) -> si64 {
  %s = nbc.stride %a, 1 : memref<4x4611686018427387904x4xf64>
  return %s : si64
}

// A slice keeps a dynamic stride for the axis whose stride overflowed.
// CHECK-LABEL: func @slice_keeps_dynamic
// CHECK: nbc.slice {{.*}} to memref<4x4xf64, strided<[?, 1], offset: ?>>
func.func @slice_keeps_dynamic(%a: memref<4x4611686018427387904x4xf64>, %i: si64) -> memref<4x4xf64, strided<[?, 1], offset: ?>> {
  %r = nbc.slice %a[:, %i] : memref<4x4611686018427387904x4xf64> to memref<4x4xf64, strided<[?, 1], offset: ?>>
  return %r : memref<4x4xf64, strided<[?, 1], offset: ?>>
}
