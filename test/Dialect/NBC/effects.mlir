// Ops that may raise must survive DCE and CSE even when unused: their
// error is observable. Ops that provably cannot raise (a non-zero constant
// divisor, error_model = numpy, no bounds check) are removed when unused.
// RUN: nbc-opt %s -split-input-file --canonicalize --cse | FileCheck %s

// CHECK-LABEL: func @floordiv_unknown_divisor
// CHECK: nbc.floordiv
// CHECK: nbc.mod
// CHECK: nbc.truediv
// CHECK: nbc.divmod
func.func @floordiv_unknown_divisor(%a: si64, %b: si64) {
  %0 = nbc.floordiv %a, %b : si64
  %1 = nbc.mod %a, %b : si64
  %2 = nbc.truediv %a, %b : si64 -> f64
  %3, %4 = nbc.divmod %a, %b : si64
  return
}

// -----

// CHECK-LABEL: func @floordiv_constant_divisor
// CHECK-NOT: nbc.floordiv
// CHECK-NOT: nbc.mod
// CHECK-NOT: nbc.truediv
// CHECK-NOT: nbc.divmod
// CHECK: return
func.func @floordiv_constant_divisor(%a: si64, %x: f64) {
  %c3 = nbc.constant 3 : si64
  %h = nbc.constant 0.5 : f64
  %0 = nbc.floordiv %a, %c3 : si64
  %1 = nbc.mod %a, %c3 : si64
  %2 = nbc.truediv %x, %h : f64 -> f64
  %3, %4 = nbc.divmod %a, %c3 : si64
  return
}

// -----

// A zero constant divisor always raises: kept.
// CHECK-LABEL: func @floordiv_zero_divisor
// CHECK: nbc.floordiv
func.func @floordiv_zero_divisor(%a: si64) {
  %z = nbc.constant 0 : si64
  %0 = nbc.floordiv %a, %z : si64
  return
}

// -----

// Under error_model = numpy division does not raise.
// CHECK-LABEL: func @floordiv_numpy
// CHECK-NOT: nbc.floordiv
// CHECK-NOT: nbc.mod
// CHECK-NOT: nbc.truediv
// CHECK: return
func.func @floordiv_numpy(%a: si64, %b: si64) attributes {nbc.kernel = #nbc.kernel<error_model = numpy>} {
  %0 = nbc.floordiv %a, %b : si64
  %1 = nbc.mod %a, %b : si64
  %2 = nbc.truediv %a, %b : si64 -> f64
  return
}

// -----

// CSE does not merge two raising divisions (each is an effect), but does
// merge them when they cannot raise.
// CHECK-LABEL: func @cse_divisions
// CHECK: %[[C7:.*]] = nbc.constant 7 : si64
// CHECK: %[[A:.*]] = nbc.floordiv %{{.*}}, %{{.*}} : si64
// CHECK: %[[B:.*]] = nbc.floordiv %{{.*}}, %{{.*}} : si64
// CHECK: %[[Q:.*]] = nbc.floordiv %{{.*}}, %[[C7]] : si64
// CHECK-NOT: nbc.floordiv
// CHECK: return %[[A]], %[[B]], %[[Q]], %[[Q]]
func.func @cse_divisions(%a: si64, %b: si64) -> (si64, si64, si64, si64) {
  %0 = nbc.floordiv %a, %b : si64
  %1 = nbc.floordiv %a, %b : si64
  %c7 = nbc.constant 7 : si64
  %2 = nbc.floordiv %a, %c7 : si64
  %3 = nbc.floordiv %a, %c7 : si64
  return %0, %1, %2, %3 : si64, si64, si64, si64
}

// -----

// CHECK-LABEL: func @cse_numpy
// CHECK: %[[Q:.*]] = nbc.floordiv
// CHECK-NOT: nbc.floordiv
// CHECK: return %[[Q]], %[[Q]]
func.func @cse_numpy(%a: si64, %b: si64) -> (si64, si64) attributes {nbc.kernel = #nbc.kernel<error_model = numpy>} {
  %0 = nbc.floordiv %a, %b : si64
  %1 = nbc.floordiv %a, %b : si64
  return %0, %1 : si64, si64
}

// -----

// Signed shift counts may be negative (ValueError); unsigned ones cannot.
// CHECK-LABEL: func @shifts
// CHECK: nbc.shl %{{.*}}, %{{.*}} : si64
// CHECK-NOT: nbc.shl
// CHECK-NOT: nbc.shr
// CHECK: return
func.func @shifts(%a: si64, %u: ui64) {
  %0 = nbc.shl %a, %a : si64
  %1 = nbc.shl %u, %u : ui64
  %c2 = nbc.constant 2 : si64
  %2 = nbc.shr %a, %c2 : si64
  return
}

// -----

// CHECK-LABEL: func @pow_effects
// CHECK: nbc.pow %{{.*}}, %{{.*}} : si64, si64 -> si64
// CHECK: nbc.pow %{{.*}}, %{{.*}} : f64, f64 -> f64
// CHECK-NOT: nbc.pow
// CHECK: return
func.func @pow_effects(%a: si64, %x: f64, %u: ui32) {
  %0 = nbc.pow %a, %a : si64, si64 -> si64
  %1 = nbc.pow %x, %x : f64, f64 -> f64
  %2 = nbc.pow %u, %u : ui32, ui32 -> ui32
  %two = nbc.constant 2.0 : f64
  %3 = nbc.pow %x, %two : f64, f64 -> f64
  return
}

// -----

// float -> int raises for nan/inf; other casts are pure.
// CHECK-LABEL: func @cast_effects
// CHECK: nbc.cast %{{.*}} : f64 to si64
// CHECK-NOT: nbc.cast
// CHECK: return
func.func @cast_effects(%x: f64, %i: si64) {
  %0 = nbc.cast %x : f64 to si64
  %1 = nbc.cast %i : si64 to f64
  %2 = nbc.cast %x : f64 to f32
  %3 = nbc.cast %x : f64 to i1
  return
}

// -----

// math domain errors (sin(inf), gamma's poles too) and range errors (exp,
// gamma, lgamma, ldexp overflow) raise under error_model = python; atan,
// logb, atan2, nextafter and fpclass never raise.
// CHECK-LABEL: func @math_effects
// CHECK: nbc.math sqrt
// CHECK: nbc.math log
// CHECK: nbc.math sin
// CHECK: nbc.math exp
// CHECK: nbc.math gamma
// CHECK: nbc.math lgamma
// CHECK: nbc.math2 ldexp
// CHECK-NOT: nbc.math
// CHECK-NOT: nbc.math2
// CHECK: return
func.func @math_effects(%x: f64) {
  %0 = nbc.math sqrt %x : f64
  %1 = nbc.math log %x : f64
  %2 = nbc.math sin %x : f64
  %5 = nbc.math exp %x : f64
  %7 = nbc.math gamma %x : f64
  %8 = nbc.math lgamma %x : f64
  %9 = nbc.math2 ldexp %x, %x : f64
  %6 = nbc.math atan %x : f64
  %10 = nbc.math logb %x : f64
  %11 = nbc.math2 nextafter %x, %x : f64
  %3 = nbc.math2 atan2 %x, %x : f64
  %4 = nbc.fpclass nan %x : f64
  return
}

// -----

// round(x, n) may overflow (OverflowError): kept when unused, not merged
// with an equal one; under numpy errors it is pure, as atan2 is.
// CHECK-LABEL: func @round_effects
// CHECK-COUNT-2: nbc.math2 round
// CHECK-NOT: nbc.math2
// CHECK: return
func.func @round_effects(%x: f64, %n: f64) {
  %0 = nbc.math2 round %x, %n : f64
  %1 = nbc.math2 round %x, %n : f64
  %2 = nbc.math2 hypot %x, %n : f64
  return
}

// -----

// CHECK-LABEL: func @round_numpy
// CHECK-NOT: nbc.math2
// CHECK: return
func.func @round_numpy(%x: f64, %n: f64) attributes {nbc.kernel = #nbc.kernel<error_model = numpy>} {
  %0 = nbc.math2 round %x, %n : f64
  return
}

// -----

// CHECK-LABEL: func @math_numpy
// CHECK-NOT: nbc.math
// CHECK: return
func.func @math_numpy(%x: f64) attributes {nbc.kernel = #nbc.kernel<error_model = numpy>} {
  %0 = nbc.math sqrt %x : f64
  %1 = nbc.math log %x : f64
  return
}

// -----

// Bounds-checked loads can raise IndexError; unchecked ones only read.
// CHECK-LABEL: func @load_effects
// CHECK: nbc.load %{{.*}}[%{{.*}}] : memref<?xf64>, si64
// CHECK-NOT: nbc.load
// CHECK: return
func.func @load_effects(%a: memref<?xf64>, %i: si64) {
  %0 = nbc.load %a[%i] : memref<?xf64>, si64
  %1 = nbc.load %a[%i] {noboundscheck} : memref<?xf64>, si64
  return
}

// -----

// Allocations may raise (negative or too big sizes, MemoryError when the
// allocator fails), static shapes too: unused ones stay, as np.empty(n)
// raises in NumPy even when its result is never read.
// CHECK-LABEL: func @alloc_effects
// CHECK: nbc.empty(%{{.*}}) : memref<?xf64>, si64
// CHECK: nbc.full(%{{.*}}) %{{.*}} : memref<?xf64>, si64
// CHECK: nbc.empty() : memref<4xf64>
// CHECK: nbc.full() %{{.*}} : memref<4xf64>
// CHECK: return
func.func @alloc_effects(%n: si64, %x: f64) {
  %0 = nbc.empty(%n) : memref<?xf64>, si64
  %1 = nbc.full(%n) %x : memref<?xf64>, si64
  %2 = nbc.empty() : memref<4xf64>
  %3 = nbc.full() %x : memref<4xf64>
  return
}

// -----

// min/max of an empty array raise; sums only read.
// CHECK-LABEL: func @array_reduce_effects
// CHECK: nbc.array_reduce max
// CHECK: nbc.array_reduce argmin
// CHECK-NOT: nbc.array_reduce
// CHECK: return
func.func @array_reduce_effects(%a: memref<?xf64>) {
  %0 = nbc.array_reduce sum %a : memref<?xf64> -> f64
  %1 = nbc.array_reduce max %a : memref<?xf64> -> f64
  %2 = nbc.array_reduce argmin %a : memref<?xf64> -> si64
  %3 = nbc.array_reduce mean %a : memref<?xf64> -> f64
  return
}

// -----

// A ufunc may raise on shapes that do not broadcast: kept.
// CHECK-LABEL: func @ufunc_kept
// CHECK: nbc.ufunc
func.func @ufunc_kept(%a: memref<?xf64>, %b: memref<?xf64>) {
  %r = nbc.ufunc ins(%a, %b : memref<?xf64>, memref<?xf64>) -> memref<?xf64> {
  ^bb0(%x: f64, %y: f64):
    %s = nbc.add %x, %y : f64
    nbc.yield %s : f64
  }
  return
}

// -----

// An empty-bodied range whose step may be zero still raises ValueError;
// with a known non-zero step it does nothing and goes away.
// CHECK-LABEL: func @range_step_effects
// CHECK-SAME: (%[[N:.*]]: si64, %[[S:.*]]: si64)
// CHECK: nbc.range %{{.*}} = %{{.*}} to %[[N]] step %[[S]]
// CHECK-NOT: nbc.range
// CHECK: return
func.func @range_step_effects(%n: si64, %s: si64) {
  %c0 = nbc.constant 0 : si64
  %c1 = nbc.constant 1 : si64
  nbc.range %i = %c0 to %n step %s : si64 {
  }
  nbc.range %i = %c0 to %n step %c1 : si64 {
    %x = nbc.add %i, %i : si64
  }
  return
}

// -----

// The same for prange, per dimension.
// CHECK-LABEL: func @prange_step_effects
// CHECK: nbc.prange
// CHECK-NOT: nbc.prange
// CHECK: return
func.func @prange_step_effects(%n: si64, %s: si64) {
  %c0 = nbc.constant 0 : si64
  %c1 = nbc.constant 1 : si64
  nbc.prange (%i, %j) = (%c0, %c0) to (%n, %n) step (%c1, %s) : si64 {
  }
  nbc.prange (%i, %j) = (%c0, %c0) to (%n, %n) step (%c1, %c1) : si64 {
  }
  return
}

// -----

// A raising op inside a loop body keeps the loop alive.
// CHECK-LABEL: func @range_body_raises
// CHECK: nbc.range
// CHECK: nbc.floordiv
func.func @range_body_raises(%n: si64, %b: si64) {
  %c0 = nbc.constant 0 : si64
  %c1 = nbc.constant 1 : si64
  nbc.range %i = %c0 to %n step %c1 : si64 {
    %q = nbc.floordiv %i, %b : si64
  }
  return
}

// -----

// CHECK-LABEL: func @raise_if_kept
// CHECK: nbc.raise_if
func.func @raise_if_kept(%c: i1) {
  nbc.raise_if %c, AssertionError, "assert"
  return
}
