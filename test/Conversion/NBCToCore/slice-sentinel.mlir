// Slice steps, strides and offsets that are constants equal to INT64_MIN,
// MLIR's ShapedType::kDynamic, or that wrap to it: the lowering must not
// hand memref.reinterpret_cast a constant that its folders would read as
// "dynamic" (that crashed the canonicalizer). They stay run-time values.
// RUN: nbc-opt --convert-nbc-to-core --canonicalize %s | FileCheck %s

// CHECK-LABEL: func @step_int64_min
// CHECK: memref.reinterpret_cast
// CHECK-NOT: -9223372036854775808]
func.func @step_int64_min(%v: memref<?xf64>) -> memref<?xf64, strided<[?], offset: ?>> {
  %s = nbc.constant -9223372036854775808 : si64
  %r = nbc.slice %v[::%s] : memref<?xf64> to memref<?xf64, strided<[?], offset: ?>>
  return %r : memref<?xf64, strided<[?], offset: ?>>
}

// A stride of 2 times a step of 2^62 wraps to INT64_MIN.
// CHECK-LABEL: func @stride_wraps
// CHECK: memref.reinterpret_cast
// CHECK-NOT: -9223372036854775808]
func.func @stride_wraps(%a: memref<?x2xf64>) -> memref<?x2xf64, strided<[?, 1], offset: ?>> {
  %s = nbc.constant 4611686018427387904 : si64
  %r = nbc.slice %a[::%s, :] : memref<?x2xf64> to memref<?x2xf64, strided<[?, 1], offset: ?>>
  return %r : memref<?x2xf64, strided<[?, 1], offset: ?>>
}

// An out-of-bounds index (it raises) whose offset wraps to INT64_MIN.
// CHECK-LABEL: func @offset_wraps
// CHECK: nbc.raise_if %{{.*}}, IndexError
// CHECK: memref.reinterpret_cast
// CHECK-NOT: -9223372036854775808]
func.func @offset_wraps(%a: memref<4x2xf64>) -> memref<2xf64, strided<[1], offset: ?>> {
  %i = nbc.constant 4611686018427387904 : si64
  %r = nbc.slice %a[%i, :] : memref<4x2xf64> to memref<2xf64, strided<[1], offset: ?>>
  return %r : memref<2xf64, strided<[1], offset: ?>>
}

// An out-of-bounds negative index (it raises) gave a constant negative
// offset, which memref.reinterpret_cast's verifier rejects: the kernel did
// not compile instead of raising IndexError.
// CHECK-LABEL: func @offset_negative
// CHECK: nbc.raise_if %{{.*}}, IndexError
// CHECK: memref.reinterpret_cast %{{.*}} to offset: [0]
func.func @offset_negative(%a: memref<4x2xf64>) -> memref<2xf64, strided<[1], offset: ?>> {
  %i = nbc.constant -5 : si64
  %r = nbc.slice %a[%i, :] : memref<4x2xf64> to memref<2xf64, strided<[1], offset: ?>>
  return %r : memref<2xf64, strided<[1], offset: ?>>
}
