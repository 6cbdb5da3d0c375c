// Folding of casts, dim/stride of static shapes, empty ranges and
// never-raising raise_if. Expected values were computed with CPython/NumPy.
// RUN: nbc-opt %s -split-input-file --canonicalize | FileCheck %s

// Integer casts truncate or extend by the source's signedness (astype).
// CHECK-LABEL: func @cast_int_int
// CHECK-DAG: %[[A:.*]] = nbc.constant 255 : ui8
// CHECK-DAG: %[[B:.*]] = nbc.constant 255 : si64
// CHECK-DAG: %[[C:.*]] = nbc.constant 18446744073709551615 : ui64
// CHECK-DAG: %[[D:.*]] = nbc.constant 44 : si8
// CHECK: return %[[A]], %[[B]], %[[C]], %[[D]]
func.func @cast_int_int() -> (ui8, si64, ui64, si8) {
  %m1 = nbc.constant -1 : si64
  %0 = nbc.cast %m1 : si64 to ui8
  %u = nbc.constant 255 : ui8
  %1 = nbc.cast %u : ui8 to si64
  %s = nbc.constant -1 : si8
  %2 = nbc.cast %s : si8 to ui64
  %big = nbc.constant 300 : si32
  %3 = nbc.cast %big : si32 to si8
  return %0, %1, %2, %3 : ui8, si64, ui64, si8
}

// -----

// Float to int truncates toward zero: int(-2.7) == -2, int(3.99) == 3.
// CHECK-LABEL: func @cast_float_int
// CHECK-DAG: %[[A:.*]] = nbc.constant -2 : si32
// CHECK-DAG: %[[B:.*]] = nbc.constant 3 : ui8
// CHECK: return %[[A]], %[[B]]
func.func @cast_float_int() -> (si32, ui8) {
  %a = nbc.constant -2.7 : f64
  %b = nbc.constant 3.99 : f64
  %0 = nbc.cast %a : f64 to si32
  %1 = nbc.cast %b : f64 to ui8
  return %0, %1 : si32, ui8
}

// -----

// nan raises ValueError, inf OverflowError, and out-of-range values
// saturate at run time: none of them fold.
// CHECK-LABEL: func @cast_float_int_not_folded
// CHECK-COUNT-3: nbc.cast
func.func @cast_float_int_not_folded() -> (si64, si64, si64) {
  %nan = nbc.constant 0x7FF8000000000000 : f64
  %inf = nbc.constant 0x7FF0000000000000 : f64
  %big = nbc.constant 1.0e20 : f64
  %0 = nbc.cast %nan : f64 to si64
  %1 = nbc.cast %inf : f64 to si64
  %2 = nbc.cast %big : f64 to si64
  return %0, %1, %2 : si64, si64, si64
}

// -----

// Int to float rounds to nearest: 2**53 + 1 -> 9007199254740992.0,
// 2**64 - 1 as ui64 -> 1.8446744073709552e19.
// CHECK-LABEL: func @cast_int_float
// (2**53 prints in hex: 0x4340000000000000 is 2.0**53.)
// CHECK-DAG: %[[A:.*]] = nbc.constant 0x4340000000000000 : f64
// CHECK-DAG: %[[B:.*]] = nbc.constant 1.8446744073709552E+19 : f64
// CHECK-DAG: %[[C:.*]] = nbc.constant -1.000000e+00 : f32
// CHECK: return %[[A]], %[[B]], %[[C]]
func.func @cast_int_float() -> (f64, f64, f32) {
  %a = nbc.constant 9007199254740993 : si64
  %0 = nbc.cast %a : si64 to f64
  %b = nbc.constant 18446744073709551615 : ui64
  %1 = nbc.cast %b : ui64 to f64
  %c = nbc.constant -1 : si8
  %2 = nbc.cast %c : si8 to f32
  return %0, %1, %2 : f64, f64, f32
}

// -----

// Anything to bool is `x != 0`; bool to a number is 0 or 1.
// CHECK-LABEL: func @cast_bool
// CHECK-DAG: %[[T:.*]] = nbc.constant true
// CHECK-DAG: %[[F:.*]] = nbc.constant false
// CHECK-DAG: %[[ONE:.*]] = nbc.constant 1 : si64
// CHECK-DAG: %[[ONEF:.*]] = nbc.constant 1.000000e+00 : f64
// CHECK: return %[[T]], %[[F]], %[[T]], %[[F]], %[[ONE]], %[[ONEF]]
func.func @cast_bool() -> (i1, i1, i1, i1, si64, f64) {
  %half = nbc.constant 0.5 : f64
  %nz = nbc.constant -0.0 : f64
  %u = nbc.constant 256 : si64
  %z = nbc.constant 0 : ui8
  %t = nbc.constant true
  %0 = nbc.cast %half : f64 to i1
  %1 = nbc.cast %nz : f64 to i1
  %2 = nbc.cast %u : si64 to i1
  %3 = nbc.cast %z : ui8 to i1
  %4 = nbc.cast %t : i1 to si64
  %5 = nbc.cast %t : i1 to f64
  return %0, %1, %2, %3, %4, %5 : i1, i1, i1, i1, si64, f64
}

// -----

// f64 -> f32 rounds to nearest (0.1 -> the f32 nearest 0.1, which prints
// as 1.000000e-01).
// CHECK-LABEL: func @cast_float_float
// CHECK-DAG: %[[A:.*]] = nbc.constant 1.000000e-01 : f32
// CHECK-DAG: %[[B:.*]] = nbc.constant 1.500000e+00 : f64
// CHECK: return %[[A]], %[[B]]
func.func @cast_float_float() -> (f32, f64) {
  %a = nbc.constant 0.1 : f64
  %0 = nbc.cast %a : f64 to f32
  %b = nbc.constant 1.5 : f32
  %1 = nbc.cast %b : f32 to f64
  return %0, %1 : f32, f64
}

// -----

// CHECK-LABEL: func @cast_same_type
// CHECK-SAME: (%[[X:.*]]: si64)
// CHECK-NEXT: return %[[X]]
func.func @cast_same_type(%x: si64) -> si64 {
  %0 = nbc.cast %x : si64 to si64
  return %0 : si64
}

// -----

// CHECK-LABEL: func @dim_static
// CHECK-DAG: %[[THREE:.*]] = nbc.constant 3 : si64
// CHECK-DAG: %[[FOUR:.*]] = nbc.constant 4 : si64
// CHECK-DAG: %[[N:.*]] = nbc.dim %{{.*}}, 1 : memref<2x?xf64>
// CHECK: return %[[THREE]], %[[FOUR]], %[[N]]
func.func @dim_static(%a: memref<3x4xf64>, %b: memref<2x?xf64>) -> (si64, si64, si64) {
  %0 = nbc.dim %a, 0 : memref<3x4xf64>
  %1 = nbc.dim %a, 1 : memref<3x4xf64>
  %2 = nbc.dim %b, 1 : memref<2x?xf64>
  return %0, %1, %2 : si64, si64, si64
}

// -----

// Row-major strides of a static shape are known; so are static strides
// of a strided layout.
// CHECK-LABEL: func @stride_static
// CHECK-DAG: %[[TWENTY:.*]] = nbc.constant 20 : si64
// CHECK-DAG: %[[ONE:.*]] = nbc.constant 1 : si64
// CHECK-DAG: %[[TWO:.*]] = nbc.constant 2 : si64
// CHECK-DAG: %[[S:.*]] = nbc.stride %{{.*}}, 0 : memref<?x?xf64, strided<[?, 2], offset: ?>>
// CHECK: return %[[TWENTY]], %[[ONE]], %[[TWO]], %[[S]]
func.func @stride_static(%a: memref<3x4x5xf64>, %v: memref<?x?xf64, strided<[?, 2], offset: ?>>) -> (si64, si64, si64, si64) {
  %0 = nbc.stride %a, 0 : memref<3x4x5xf64>
  %1 = nbc.stride %a, 2 : memref<3x4x5xf64>
  %2 = nbc.stride %v, 1 : memref<?x?xf64, strided<[?, 2], offset: ?>>
  %3 = nbc.stride %v, 0 : memref<?x?xf64, strided<[?, 2], offset: ?>>
  return %0, %1, %2, %3 : si64, si64, si64, si64
}

// -----

// Dynamic sizes make the outer strides unknown.
// CHECK-LABEL: func @stride_dynamic
// CHECK-DAG: %[[ONE:.*]] = nbc.constant 1 : si64
// CHECK-DAG: %[[S:.*]] = nbc.stride %{{.*}}, 0 : memref<?x?xf64>
// CHECK: return %[[S]], %[[ONE]]
func.func @stride_dynamic(%a: memref<?x?xf64>) -> (si64, si64) {
  %0 = nbc.stride %a, 0 : memref<?x?xf64>
  %1 = nbc.stride %a, 1 : memref<?x?xf64>
  return %0, %1 : si64, si64
}

// -----

// range(5, 0) and range(0, 5, -1) are empty: the loop yields its inits.
// CHECK-LABEL: func @empty_ranges
// CHECK-SAME: (%[[X:.*]]: f64, %[[A:.*]]: memref<?xsi64>)
// CHECK-NOT: nbc.range
// CHECK: return %[[X]], %[[X]]
func.func @empty_ranges(%x: f64, %a: memref<?xsi64>) -> (f64, f64) {
  %c0 = nbc.constant 0 : si64
  %c1 = nbc.constant 1 : si64
  %c5 = nbc.constant 5 : si64
  %m1 = nbc.constant -1 : si64
  %r0 = nbc.range %i = %c5 to %c0 step %c1 : si64 iter_args(%s = %x) -> (f64) {
    %t = nbc.add %s, %s : f64
    nbc.yield %t : f64
  }
  %r1 = nbc.range %i = %c0 to %c5 step %m1 : si64 iter_args(%s = %x) -> (f64) {
    %t = nbc.mul %s, %s : f64
    nbc.yield %t : f64
  }
  // range(5, 5) with side effects in the body: still never runs.
  nbc.range %i = %c5 to %c5 step %c1 : si64 {
    nbc.store %i, %a[%i] : memref<?xsi64>, si64
  }
  return %r0, %r1 : f64, f64
}

// -----

// Empty unsigned and narrow ranges.
// CHECK-LABEL: func @empty_ranges_types
// CHECK-NOT: nbc.range
// CHECK: return
func.func @empty_ranges_types(%a: memref<?xsi8>) {
  %u3 = nbc.constant 3 : ui8
  %u1 = nbc.constant 1 : ui8
  nbc.range %i = %u3 to %u1 step %u1 : ui8 {
    %v = nbc.constant 1 : si8
    nbc.store %v, %a[%i] : memref<?xsi8>, ui8
  }
  %s10 = nbc.constant 10 : si8
  %sm3 = nbc.constant -3 : si8
  %s20 = nbc.constant 20 : si8
  nbc.range %j = %s10 to %s20 step %sm3 : si8 {
    nbc.store %j, %a[%j] : memref<?xsi8>, si8
  }
  return
}

// -----

// Ranges that run, or may run, stay: range(0, 10, 3) runs 4 times, a zero
// step raises ValueError, and unknown bounds are unknown.
// CHECK-LABEL: func @ranges_kept
// CHECK-COUNT-3: nbc.range
func.func @ranges_kept(%a: memref<?xsi64>, %n: si64) {
  %c0 = nbc.constant 0 : si64
  %c3 = nbc.constant 3 : si64
  %c10 = nbc.constant 10 : si64
  nbc.range %i = %c0 to %c10 step %c3 : si64 {
    nbc.store %i, %a[%i] : memref<?xsi64>, si64
  }
  nbc.range %i = %c0 to %c10 step %c0 : si64 {
    nbc.store %i, %a[%i] : memref<?xsi64>, si64
  }
  nbc.range %i = %c0 to %n step %c3 : si64 {
    nbc.store %i, %a[%i] : memref<?xsi64>, si64
  }
  return
}

// -----

// ui8 bounds of 200 and above are kept for run time (the folder does not
// reason about them), which is safe.
// CHECK-LABEL: func @range_unsigned_high
// CHECK: nbc.range
func.func @range_unsigned_high(%a: memref<?xsi64>) {
  %u200 = nbc.constant 200 : ui8
  %u100 = nbc.constant 100 : ui8
  %u1 = nbc.constant 1 : ui8
  nbc.range %i = %u200 to %u100 step %u1 : ui8 {
    %v = nbc.constant 1 : si64
    nbc.store %v, %a[%i] : memref<?xsi64>, ui8
  }
  return
}

// -----

// CHECK-LABEL: func @raise_if_false
// CHECK-SAME: (%[[C:.*]]: i1)
// CHECK-NOT: ValueError
// CHECK: nbc.raise_if %[[C]], IndexError
// CHECK: nbc.raise_if %{{.*}}, TypeError
// CHECK-NOT: nbc.raise_if
// CHECK: return
func.func @raise_if_false(%c: i1) {
  %f = nbc.constant false
  %t = nbc.constant true
  nbc.raise_if %f, ValueError, "never"
  nbc.raise_if %c, IndexError, "maybe"
  nbc.raise_if %t, TypeError, "always"
  %x = nbc.constant 5 : si64
  %y = nbc.constant 3 : si64
  %lt = nbc.cmp lt, %x, %y : si64
  nbc.raise_if %lt, ValueError, "folds to false"
  return
}

// -----

// Truncation toward zero at the edges of the target range stays in range:
// int(-0.5) == 0, int(255.9) == 255, int(-128.9) == -128, int(127.99) == 127,
// int(1.8446744073709550e19) == 18446744073709549568.
// CHECK-LABEL: func @cast_float_int_edges
// CHECK-DAG: %[[A:.*]] = nbc.constant 0 : ui8
// CHECK-DAG: %[[B:.*]] = nbc.constant 255 : ui8
// CHECK-DAG: %[[C:.*]] = nbc.constant -128 : si8
// CHECK-DAG: %[[D:.*]] = nbc.constant 127 : si8
// CHECK-DAG: %[[E:.*]] = nbc.constant 18446744073709549568 : ui64
// CHECK: return %[[A]], %[[B]], %[[C]], %[[D]], %[[E]]
func.func @cast_float_int_edges() -> (ui8, ui8, si8, si8, ui64) {
  %a = nbc.constant -0.5 : f64
  %0 = nbc.cast %a : f64 to ui8
  %b = nbc.constant 255.9 : f64
  %1 = nbc.cast %b : f64 to ui8
  %c = nbc.constant -128.9 : f64
  %2 = nbc.cast %c : f64 to si8
  %d = nbc.constant 127.99 : f32
  %3 = nbc.cast %d : f32 to si8
  %e = nbc.constant 1.8446744073709550e19 : f64
  %4 = nbc.cast %e : f64 to ui64
  return %0, %1, %2, %3, %4 : ui8, ui8, si8, si8, ui64
}

// -----

// Just past the edges the run time saturates: not folded.
// CHECK-LABEL: func @cast_float_int_past_edges
// CHECK-COUNT-2: nbc.cast
func.func @cast_float_int_past_edges() -> (ui8, si8) {
  %a = nbc.constant -1.0 : f64
  %0 = nbc.cast %a : f64 to ui8
  %b = nbc.constant 128.0 : f64
  %1 = nbc.cast %b : f64 to si8
  return %0, %1 : ui8, si8
}
