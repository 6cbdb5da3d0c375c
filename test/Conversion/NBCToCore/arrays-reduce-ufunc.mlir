// RUN: nbc-opt %s --convert-nbc-to-core | FileCheck %s

// CHECK-LABEL: func @sum2d
// CHECK: %[[Z:.*]] = arith.constant 0.000000e+00 : f64
// CHECK: scf.for {{.*}} iter_args(%[[ACC:.*]] = %[[Z]]) -> (f64)
// CHECK: scf.for {{.*}} -> (f64)
// CHECK: memref.load
// CHECK: arith.addf
func.func @sum2d(%a: memref<?x?xf64, strided<[?, ?], offset: ?>>) -> f64 {
  %s = nbc.array_reduce sum %a : memref<?x?xf64, strided<[?, ?], offset: ?>> -> f64
  return %s : f64
}

// CHECK-LABEL: func @max_empty
// CHECK: nbc.raise_if %{{.*}}, ValueError, "zero-size array to reduction operation maximum which has no identity"
// CHECK: arith.constant 0xFFF0000000000000 : f64
// CHECK: arith.maximumf
func.func @max_empty(%a: memref<?xf64>) -> f64 {
  %s = nbc.array_reduce max %a : memref<?xf64> -> f64
  return %s : f64
}

// CHECK-LABEL: func @argmin_int
// CHECK: nbc.raise_if %{{.*}}, ValueError, "attempt to get argmin of an empty sequence"
// CHECK: scf.for {{.*}} -> (i32, i64, i64)
// CHECK: arith.cmpi ult
func.func @argmin_int(%a: memref<?xui32>) -> si64 {
  %s = nbc.array_reduce argmin %a : memref<?xui32> -> si64
  return %s : si64
}

// CHECK-LABEL: func @mean_axis
// CHECK: nbc.raise_if %{{.*}}, ValueError, "array is too big
// CHECK: %[[OUT:.*]] = memref.alloc(%{{.*}}) {alignment = 64 : i64} : memref<?xf64>
// CHECK: memref.extract_aligned_pointer_as_index %[[OUT]]
// CHECK: nbc.raise_if %{{.*}}, MemoryError, "Unable to allocate memory for the array"
// CHECK: scf.for
// CHECK: scf.for {{.*}} -> (f64)
// CHECK: arith.sitofp
// CHECK: arith.divf
// CHECK: memref.store %{{.*}}, %[[OUT]]
func.func @mean_axis(%a: memref<?x?xsi64>) -> memref<?xf64> {
  %m = nbc.array_reduce mean %a axes [1] : memref<?x?xsi64> -> memref<?xf64>
  return %m : memref<?xf64>
}

// CHECK-LABEL: func @any_bool
// CHECK: arith.constant false
// CHECK: arith.ori
func.func @any_bool(%a: memref<4xi1>) -> i1 {
  %m = nbc.array_reduce any %a : memref<4xi1> -> i1
  return %m : i1
}

// Broadcasting a 2-D array with a 1-D one and a scalar into a new array.
// Two versions of the loop nest: unit innermost strides everywhere (the
// vectorizable one) and the general strided one with stride-0 reads.
// CHECK-LABEL: func @ufunc_broadcast
// CHECK: nbc.raise_if %{{.*}}, ValueError, "operands could not be broadcast together"
// CHECK: arith.mului_extended
// CHECK: arith.mului_extended
// CHECK: nbc.raise_if %{{.*}}, ValueError, "array is too big
// CHECK: %[[R:.*]] = memref.alloc(%{{.*}}, %{{.*}}) {alignment = 64 : i64} : memref<?x?xf64>
// CHECK: memref.extract_aligned_pointer_as_index %[[R]]
// CHECK: nbc.raise_if %{{.*}}, MemoryError, "Unable to allocate memory for the array"
// CHECK: scf.if
// CHECK: memref.reinterpret_cast {{.*}} to memref<?x?xf64, strided<[?, 1], offset: ?>>
// CHECK: memref.reinterpret_cast {{.*}}strides: [0, 1]{{.*}} to memref<?x?xf64, strided<[?, 1], offset: ?>>
// CHECK: scf.for
// CHECK: scf.for
// CHECK: %[[X:.*]] = memref.load
// CHECK: %[[Y:.*]] = memref.load
// CHECK: scf.execute_region -> f64 {
// CHECK: arith.addf %[[X]], %[[Y]]
// CHECK: arith.mulf
// CHECK: scf.yield
// CHECK: memref.store %{{.*}}, %[[R]]
// CHECK: } else {
// CHECK: memref.reinterpret_cast {{.*}} to memref<?x?xf64, strided<[?, ?], offset: ?>>
// CHECK: memref.reinterpret_cast {{.*}}strides: [0, %{{.*}}]{{.*}} to memref<?x?xf64, strided<[?, ?], offset: ?>>
// CHECK: scf.execute_region -> f64 {
// CHECK: return %[[R]]
func.func @ufunc_broadcast(%a: memref<?x?xf64>, %b: memref<?xf64>, %s: f64) -> memref<?x?xf64> {
  %c = nbc.ufunc ins(%a, %b, %s : memref<?x?xf64>, memref<?xf64>, f64) -> memref<?x?xf64> {
  ^bb0(%x: f64, %y: f64, %z: f64):
    %t = arith.addf %x, %y : f64
    %u = arith.mulf %t, %z : f64
    nbc.yield %u : f64
  }
  return %c : memref<?x?xf64>
}

// Writing into outs: the output's shape is checked against the broadcast;
// the input, which may overlap the output, is copied only when it does
// (ufunc-overlap.mlir).
// CHECK-LABEL: func @ufunc_outs
// CHECK: nbc.raise_if
// CHECK: scf.if
// CHECK: memref.alloc
// CHECK: memref.copy
// CHECK: } else {
// CHECK-NOT: memref.alloc
// CHECK: scf.execute_region -> i32
// CHECK: memref.store %{{.*}}, %{{.*}} : memref<?xi32>
func.func @ufunc_outs(%a: memref<?xsi32>, %o: memref<?xsi32>) {
  nbc.ufunc ins(%a : memref<?xsi32>) outs(%o : memref<?xsi32>) {
  ^bb0(%x: si32):
    nbc.yield %x : si32
  }
  return
}
