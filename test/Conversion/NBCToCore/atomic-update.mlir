// nbc.atomic_update -> memref.atomic_rmw when the body is one operation the
// hardware does atomically; otherwise the op on converted types, for
// nbc-expand-atomic-updates.
// RUN: nbc-opt %s --convert-nbc-to-core | FileCheck %s

// CHECK-LABEL: func.func @add_int
// CHECK: memref.atomic_rmw addi %{{.*}}, %{{.*}}[%{{.*}}] : (i64, memref<?xi64>) -> i64
// CHECK-NOT: nbc.
func.func @add_int(%a: memref<?xsi64>, %i: si64, %v: si64) {
  nbc.atomic_update %a[%i] {noboundscheck} : memref<?xsi64>, si64 {
  ^bb0(%old: si64):
    %new = nbc.add %v, %old : si64
    nbc.yield %new : si64
  }
  return
}

// The old value on the left of `-`: an add of the negated value.
// CHECK-LABEL: func.func @sub_float
// CHECK: %[[NEG:.*]] = arith.negf
// CHECK: memref.atomic_rmw addf %[[NEG]], %{{.*}}[%{{.*}}] : (f64, memref<?xf64>) -> f64
func.func @sub_float(%a: memref<?xf64>, %i: si64, %v: f64) {
  nbc.atomic_update %a[%i] {noboundscheck} : memref<?xf64>, si64 {
  ^bb0(%old: f64):
    %new = nbc.sub %old, %v : f64
    nbc.yield %new : f64
  }
  return
}

// `a[k] += 1` on an int32 array: widen, add, narrow is an i32 add of the
// truncated value.
// CHECK-LABEL: func.func @add_int32
// CHECK: %[[T:.*]] = arith.trunci %{{.*}} : i64 to i32
// CHECK: memref.atomic_rmw addi %[[T]], %{{.*}}[%{{.*}}] : (i32, memref<?xi32>) -> i32
func.func @add_int32(%a: memref<?xsi32>, %i: si64, %v: si64) {
  nbc.atomic_update %a[%i] {noboundscheck} : memref<?xsi32>, si64 {
  ^bb0(%old: si32):
    %w = nbc.cast %old : si32 to si64
    %s = nbc.add %w, %v : si64
    %n = nbc.cast %s : si64 to si32
    nbc.yield %n : si32
  }
  return
}

// CHECK-LABEL: func.func @min_max_bits
// CHECK: memref.atomic_rmw minu
// CHECK: memref.atomic_rmw maxs
// CHECK: memref.atomic_rmw xori
func.func @min_max_bits(%u: memref<?xui32>, %s: memref<?xsi16>, %i: si64,
                        %x: ui32, %y: si16) {
  nbc.atomic_update %u[%i] {noboundscheck} : memref<?xui32>, si64 {
  ^bb0(%old: ui32):
    %new = nbc.min %old, %x : ui32
    nbc.yield %new : ui32
  }
  nbc.atomic_update %s[%i] {noboundscheck} : memref<?xsi16>, si64 {
  ^bb0(%old: si16):
    %new = nbc.max %old, %y : si16
    nbc.yield %new : si16
  }
  nbc.atomic_update %s[%i] {noboundscheck} : memref<?xsi16>, si64 {
  ^bb0(%old: si16):
    %new = nbc.xor %old, %y : si16
    nbc.yield %new : si16
  }
  return
}

// Python's float max (NaN-aware order) and a product: the converted body,
// with the index wrapped and checked before.
// CHECK-LABEL: func.func @max_float
// CHECK: nbc.raise_if %{{.*}}, IndexError, "index {} is out of bounds for axis {} with size {}"
// CHECK: nbc.atomic_update %{{.*}}[%{{.*}}] {noboundscheck, nowrap} : memref<?xf64>, index {
// CHECK-NEXT: ^bb0(%[[OLD:.*]]: f64):
// CHECK-NEXT: %[[GT:.*]] = arith.cmpf ogt, %{{.*}}, %[[OLD]] : f64
// CHECK-NEXT: %[[SEL:.*]] = arith.select %[[GT]], %{{.*}}, %[[OLD]] : f64
// CHECK-NEXT: nbc.yield %[[SEL]] : f64
// CHECK: nbc.atomic_update %{{.*}}[%{{.*}}] {noboundscheck, nowrap} : memref<?xf64>, index {
// CHECK: arith.mulf
func.func @max_float(%a: memref<?xf64>, %i: si64, %v: f64) {
  nbc.atomic_update %a[%i] : memref<?xf64>, si64 {
  ^bb0(%old: f64):
    %new = nbc.max %old, %v : f64
    nbc.yield %new : f64
  }
  nbc.atomic_update %a[%i] {noboundscheck} : memref<?xf64>, si64 {
  ^bb0(%old: f64):
    %new = nbc.mul %old, %v : f64
    nbc.yield %new : f64
  }
  return
}
