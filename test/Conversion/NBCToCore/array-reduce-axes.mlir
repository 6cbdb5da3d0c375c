// RUN: nbc-opt %s --convert-nbc-to-core | FileCheck %s

// Two reduced axes with keepdims: one loop over the kept axis around a
// two-deep nest carrying the sum; the result is stored at index 0 of the
// kept size-1 axes.
// CHECK-LABEL: func @sum_keepdims
// CHECK: %[[OUT:.*]] = memref.alloc(%c1{{.*}}, %{{.*}}, %c1{{.*}}) {alignment = 64 : i64} : memref<?x?x?xf64>
// CHECK: scf.for %[[J:.*]] =
// CHECK: scf.for {{.*}} -> (f64)
// CHECK: scf.for {{.*}} -> (f64)
// CHECK: arith.addf
// CHECK: memref.store %{{.*}}, %[[OUT]][%{{.*}}, %[[J]], %{{.*}}]
func.func @sum_keepdims(%a: memref<?x?x?xf64>) -> memref<?x?x?xf64> {
  %s = nbc.array_reduce sum %a axes [0, 2] keepdims : memref<?x?x?xf64> -> memref<?x?x?xf64>
  return %s : memref<?x?x?xf64>
}

// The last axis kept: the output starts at the identity and one row-major
// nest over the array steps the output element of each element (contiguous
// loads, no strided walk down the reduced axis).
// CHECK-LABEL: func @sum_axis0
// CHECK: %[[OUT:.*]] = memref.alloc
// CHECK: %[[ZERO:.*]] = arith.constant 0.000000e+00 : f64
// CHECK: scf.for %[[K:.*]] =
// CHECK-NEXT: memref.store %[[ZERO]], %[[OUT]][%[[K]]]
// CHECK: scf.for %[[I:.*]] = %{{.*}} to %{{.*}} step
// CHECK-NOT: iter_args
// CHECK-NEXT: scf.for %[[J:.*]] = %{{.*}} to %{{.*}} step
// CHECK-NEXT: %[[X:.*]] = memref.load %{{.*}}[%[[I]], %[[J]]]
// CHECK-NEXT: %[[ACC:.*]] = memref.load %[[OUT]][%[[J]]]
// CHECK-NEXT: %[[S:.*]] = arith.addf %[[ACC]], %[[X]] : f64
// CHECK-NEXT: memref.store %[[S]], %[[OUT]][%[[J]]]
func.func @sum_axis0(%a: memref<?x?xf64>) -> memref<?xf64> {
  %s = nbc.array_reduce sum %a axes [0] : memref<?x?xf64> -> memref<?xf64>
  return %s : memref<?xf64>
}

// The same with keepdims, then mean's division by the count in a last pass
// over the output.
// CHECK-LABEL: func @mean_axis1_keepdims
// CHECK: %[[OUT:.*]] = memref.alloc
// CHECK: memref.load %{{.*}}[%[[I:.*]], %{{.*}}, %[[K:.*]]] : memref<?x?x?xi32>
// CHECK-NEXT: memref.load %[[OUT]][%[[I]], %{{.*}}, %[[K]]]
// CHECK-NEXT: arith.sitofp
// CHECK-NEXT: arith.addf
// CHECK-NEXT: memref.store
// CHECK: scf.for
// CHECK-NEXT: scf.for
// CHECK: arith.divf
// CHECK: memref.store
func.func @mean_axis1_keepdims(%a: memref<?x?x?xsi32>) -> memref<?x?x?xf64> {
  %s = nbc.array_reduce mean %a axes [1] keepdims : memref<?x?x?xsi32> -> memref<?x?x?xf64>
  return %s : memref<?x?x?xf64>
}

// argmax carries three values, so it keeps the per-output nest.
// CHECK-LABEL: func @argmax_axis0
// CHECK: scf.for %[[J:.*]] =
// CHECK: scf.for {{.*}} -> (f64, i64, i64)
func.func @argmax_axis0(%a: memref<?x?xf64>) -> memref<?xsi64> {
  %s = nbc.array_reduce argmax %a axes [0] : memref<?x?xf64> -> memref<?xsi64>
  return %s : memref<?xsi64>
}

// Empty means the product of the reduced sizes is zero.
// CHECK-LABEL: func @nanmax_axes
// CHECK: %[[N:.*]] = arith.muli
// CHECK: %[[E:.*]] = arith.cmpi eq, %[[N]]
// CHECK: nbc.raise_if %[[E]], ValueError, "zero-size array to reduction operation fmax which has no identity"
// CHECK: arith.constant 0x7FF8000000000000 : f64
// CHECK: arith.maximumf
// CHECK: arith.cmpf uno
// CHECK: arith.select
func.func @nanmax_axes(%a: memref<?x?xf64>) -> memref<?xf64> {
  %s = nbc.array_reduce nanmax %a axes [1] : memref<?x?xf64> -> memref<?xf64>
  return %s : memref<?xf64>
}

// Two passes: the mean, then the squared deviations over max(n - ddof, 0).
// CHECK-LABEL: func @std_ddof
// CHECK: scf.for {{.*}} -> (f32, i64)
// CHECK: arith.sitofp %{{.*}} : i64 to f32
// CHECK: arith.divf
// CHECK: scf.for {{.*}} -> (f32)
// CHECK: arith.subf
// CHECK: arith.mulf
// CHECK: arith.subf %{{.*}}, %{{.*}} : f64
// CHECK: arith.maximumf
// CHECK: arith.truncf
// CHECK: math.sqrt
func.func @std_ddof(%a: memref<?xf32>, %ddof: f64) -> f32 {
  %s = nbc.array_reduce std %a ddof %ddof : memref<?xf32> -> f32
  return %s : f32
}

// CHECK-LABEL: func @nanmean
// CHECK: scf.for {{.*}} -> (f32, i64)
// CHECK: arith.cmpf uno
// CHECK: arith.select
// CHECK: arith.divf
func.func @nanmean(%a: memref<?xf32>) -> f32 {
  %s = nbc.array_reduce nanmean %a : memref<?xf32> -> f32
  return %s : f32
}

// A running maximum along axis 0: a loop over axis 1 around the scan loop,
// which stores every running value.
// CHECK-LABEL: func @scan_max
// CHECK: %[[OUT:.*]] = memref.alloc
// CHECK: scf.for %[[J:.*]] =
// CHECK: scf.for %[[I:.*]] = {{.*}} iter_args(%[[ACC:.*]] = %{{.*}}) -> (i32)
// CHECK: %[[X:.*]] = memref.load %{{.*}}[%[[I]], %[[J]]]
// CHECK: %[[M:.*]] = arith.maxsi %[[ACC]], %[[X]]
// CHECK: memref.store %[[M]], %[[OUT]][%[[I]], %[[J]]]
// CHECK: scf.yield %[[M]]
func.func @scan_max(%a: memref<?x?xsi32>) -> memref<?x?xsi32> {
  %s = nbc.array_scan max %a axis 0 : memref<?x?xsi32> -> memref<?x?xsi32>
  return %s : memref<?x?xsi32>
}

// NumPy's accumulator: bools and narrow integers widen before they add up.
// CHECK-LABEL: func @sum_bool
// CHECK: scf.for {{.*}} -> (i64)
// CHECK: arith.extui %{{.*}} : i1 to i64
// CHECK: arith.addi
func.func @sum_bool(%a: memref<?xi1>) -> si64 {
  %s = nbc.array_reduce sum %a : memref<?xi1> -> si64
  return %s : si64
}

// CHECK-LABEL: func @cumprod_int8
// CHECK: memref.alloc({{.*}}) {alignment = 64 : i64} : memref<?xi64>
// CHECK: arith.extsi %{{.*}} : i8 to i64
// CHECK: arith.muli
func.func @cumprod_int8(%a: memref<?xsi8>) -> memref<?xsi64> {
  %s = nbc.array_scan prod %a axis 0 : memref<?xsi8> -> memref<?xsi64>
  return %s : memref<?xsi64>
}
