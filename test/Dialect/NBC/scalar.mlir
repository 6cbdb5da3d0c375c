// Round trip of every scalar op, custom and generic form.
// RUN: nbc-opt %s -split-input-file | nbc-opt -split-input-file | FileCheck %s
// RUN: nbc-opt %s -split-input-file --mlir-print-op-generic | nbc-opt -split-input-file | FileCheck %s

// CHECK-LABEL: func @constants
func.func @constants() -> (si64, ui8, f64, i1, f32, si8) {
  // CHECK: nbc.constant 42 : si64
  %0 = nbc.constant 42 : si64
  // CHECK: nbc.constant 255 : ui8
  %1 = nbc.constant 255 : ui8
  // CHECK: nbc.constant 1.500000e+00 : f64
  %2 = nbc.constant 1.5 : f64
  // CHECK: nbc.constant true
  %3 = nbc.constant true
  // CHECK: nbc.constant 0x7FC00000 : f32
  %4 = nbc.constant 0x7FC00000 : f32
  // CHECK: nbc.constant -128 : si8
  %5 = nbc.constant -128 : si8
  return %0, %1, %2, %3, %4, %5 : si64, ui8, f64, i1, f32, si8
}

// -----

// CHECK-LABEL: func @arith
// CHECK-SAME: (%[[A:.*]]: si64, %[[B:.*]]: si64, %[[X:.*]]: f64, %[[Y:.*]]: f64)
func.func @arith(%a: si64, %b: si64, %x: f64, %y: f64) {
  // CHECK: nbc.add %[[A]], %[[B]] : si64
  %0 = nbc.add %a, %b : si64
  // CHECK: nbc.sub %[[X]], %[[Y]] : f64
  %1 = nbc.sub %x, %y : f64
  // CHECK: nbc.mul %[[A]], %[[B]] : si64
  %2 = nbc.mul %a, %b : si64
  // CHECK: nbc.floordiv %[[A]], %[[B]] : si64
  %3 = nbc.floordiv %a, %b : si64
  // CHECK: nbc.floordiv %[[X]], %[[Y]] : f64
  %4 = nbc.floordiv %x, %y : f64
  // CHECK: nbc.mod %[[A]], %[[B]] : si64
  %5 = nbc.mod %a, %b : si64
  // CHECK: nbc.mod %[[X]], %[[Y]] : f64
  %6 = nbc.mod %x, %y : f64
  return
}

// -----

// CHECK-LABEL: func @unsigned_and_small
func.func @unsigned_and_small(%a: ui32, %b: ui32, %c: si8, %d: si8, %e: ui64, %f: si16) {
  // CHECK: nbc.mul %{{.*}}, %{{.*}} : ui32
  %0 = nbc.mul %a, %b : ui32
  // CHECK: nbc.add %{{.*}}, %{{.*}} : si8
  %1 = nbc.add %c, %d : si8
  // CHECK: nbc.sub %{{.*}}, %{{.*}} : ui64
  %2 = nbc.sub %e, %e : ui64
  // CHECK: nbc.floordiv %{{.*}}, %{{.*}} : si16
  %3 = nbc.floordiv %f, %f : si16
  return
}

// -----

// CHECK-LABEL: func @truediv
func.func @truediv(%a: si64, %b: si64, %x: f32, %y: f32, %u: ui8) {
  // CHECK: nbc.truediv %{{.*}}, %{{.*}} : si64 -> f64
  %0 = nbc.truediv %a, %b : si64 -> f64
  // CHECK: nbc.truediv %{{.*}}, %{{.*}} : f32 -> f32
  %1 = nbc.truediv %x, %y : f32 -> f32
  // CHECK: nbc.truediv %{{.*}}, %{{.*}} : ui8 -> f32
  %2 = nbc.truediv %u, %u : ui8 -> f32
  return
}

// -----

// CHECK-LABEL: func @divmod
func.func @divmod(%a: si64, %b: si64, %x: f64) -> (si64, si64) {
  // CHECK: %[[Q:.*]], %[[R:.*]] = nbc.divmod %{{.*}}, %{{.*}} : si64
  %q, %r = nbc.divmod %a, %b : si64
  // CHECK: nbc.divmod %{{.*}}, %{{.*}} : f64
  %fq, %fr = nbc.divmod %x, %x : f64
  // CHECK: return %[[Q]], %[[R]]
  return %q, %r : si64, si64
}

// -----

// CHECK-LABEL: func @pow
func.func @pow(%a: si64, %x: f64, %n: si64, %y: f64, %f: f32) {
  // CHECK: nbc.pow %{{.*}}, %{{.*}} : si64, si64 -> si64
  %0 = nbc.pow %a, %a : si64, si64 -> si64
  // CHECK: nbc.pow %{{.*}}, %{{.*}} : f64, si64 -> f64
  %1 = nbc.pow %x, %n : f64, si64 -> f64
  // CHECK: nbc.pow %{{.*}}, %{{.*}} : f64, f64 -> f64
  %2 = nbc.pow %x, %y : f64, f64 -> f64
  // CHECK: nbc.pow %{{.*}}, %{{.*}} : f32, si64 -> f32
  %3 = nbc.pow %f, %n : f32, si64 -> f32
  return
}

// -----

// CHECK-LABEL: func @unary
func.func @unary(%a: si64, %x: f64, %f: f32) {
  // CHECK: nbc.neg %{{.*}} : si64
  %0 = nbc.neg %a : si64
  // CHECK: nbc.abs %{{.*}} : f64
  %1 = nbc.abs %x : f64
  // CHECK: nbc.abs %{{.*}} : si64
  %2 = nbc.abs %a : si64
  // CHECK: nbc.round %{{.*}} : f64
  %3 = nbc.round %x : f64
  // CHECK: nbc.round %{{.*}} : f32
  %4 = nbc.round %f : f32
  return
}

// -----

// CHECK-LABEL: func @minmax
func.func @minmax(%a: si8, %x: f64) {
  // CHECK: nbc.min %{{.*}}, %{{.*}} : f64
  %0 = nbc.min %x, %x : f64
  // CHECK: nbc.max %{{.*}}, %{{.*}} : si8
  %1 = nbc.max %a, %a : si8
  return
}

// -----

// CHECK-LABEL: func @casts
func.func @casts(%i: si64, %f: f64, %u: ui8, %b: i1) {
  // CHECK: nbc.cast %{{.*}} : si64 to f64
  %0 = nbc.cast %i : si64 to f64
  // CHECK: nbc.cast %{{.*}} : f64 to si32
  %1 = nbc.cast %f : f64 to si32
  // CHECK: nbc.cast %{{.*}} : ui8 to i1
  %2 = nbc.cast %u : ui8 to i1
  // CHECK: nbc.cast %{{.*}} : i1 to si64
  %3 = nbc.cast %b : i1 to si64
  // CHECK: nbc.cast %{{.*}} : f64 to f32
  %4 = nbc.cast %f : f64 to f32
  return
}

// -----

// CHECK-LABEL: func @compare
func.func @compare(%a: si64, %x: f64, %u: ui16, %b: i1) {
  // CHECK: nbc.cmp eq, %{{.*}}, %{{.*}} : si64
  %0 = nbc.cmp eq, %a, %a : si64
  // CHECK: nbc.cmp ne, %{{.*}}, %{{.*}} : f64
  %1 = nbc.cmp ne, %x, %x : f64
  // CHECK: nbc.cmp lt, %{{.*}}, %{{.*}} : ui16
  %2 = nbc.cmp lt, %u, %u : ui16
  // CHECK: nbc.cmp le, %{{.*}}, %{{.*}} : si64
  %3 = nbc.cmp le, %a, %a : si64
  // CHECK: nbc.cmp gt, %{{.*}}, %{{.*}} : f64
  %4 = nbc.cmp gt, %x, %x : f64
  // CHECK: nbc.cmp ge, %{{.*}}, %{{.*}} : i1
  %5 = nbc.cmp ge, %b, %b : i1
  return
}

// -----

// CHECK-LABEL: func @bitwise
func.func @bitwise(%a: ui32, %b: i1, %c: si16, %d: si64, %e: ui8) {
  // CHECK: nbc.and %{{.*}}, %{{.*}} : ui32
  %0 = nbc.and %a, %a : ui32
  // CHECK: nbc.or %{{.*}}, %{{.*}} : i1
  %1 = nbc.or %b, %b : i1
  // CHECK: nbc.xor %{{.*}}, %{{.*}} : si16
  %2 = nbc.xor %c, %c : si16
  // CHECK: nbc.invert %{{.*}} : si64
  %3 = nbc.invert %d : si64
  // CHECK: nbc.invert %{{.*}} : i1
  %4 = nbc.invert %b : i1
  // CHECK: nbc.shl %{{.*}}, %{{.*}} : si64
  %5 = nbc.shl %d, %d : si64
  // CHECK: nbc.shr %{{.*}}, %{{.*}} : ui8
  %6 = nbc.shr %e, %e : ui8
  return
}

// -----

// CHECK-LABEL: func @select
// CHECK-SAME: (%[[C:.*]]: i1, %[[A:.*]]: si64, %[[B:.*]]: si64)
func.func @select(%c: i1, %a: si64, %b: si64) -> si64 {
  // CHECK: %[[R:.*]] = nbc.select %[[C]], %[[A]], %[[B]] : si64
  %r = nbc.select %c, %a, %b : si64
  // CHECK: return %[[R]]
  return %r : si64
}

// -----

// CHECK-LABEL: func @math
func.func @math(%x: f64, %y: f32) {
  // CHECK: nbc.math sqrt %{{.*}} : f64
  %0 = nbc.math sqrt %x : f64
  // CHECK: nbc.math exp %{{.*}} : f32
  %1 = nbc.math exp %y : f32
  // CHECK: nbc.math log1p %{{.*}} : f64
  %2 = nbc.math log1p %x : f64
  // CHECK: nbc.math cbrt %{{.*}} : f64
  %3 = nbc.math cbrt %x : f64
  // CHECK: nbc.math erfc %{{.*}} : f64
  %4 = nbc.math erfc %x : f64
  // CHECK: nbc.math2 atan2 %{{.*}}, %{{.*}} : f64
  %5 = nbc.math2 atan2 %x, %x : f64
  // CHECK: nbc.math2 hypot %{{.*}}, %{{.*}} : f32
  %6 = nbc.math2 hypot %y, %y : f32
  // CHECK: nbc.math2 copysign %{{.*}}, %{{.*}} : f64
  %7 = nbc.math2 copysign %x, %x : f64
  // CHECK: nbc.math2 fmod %{{.*}}, %{{.*}} : f64
  %8 = nbc.math2 fmod %x, %x : f64
  %i = nbc.constant 7 : si32
  // CHECK: nbc.math2 fmod %{{.*}}, %{{.*}} : si32
  %9 = nbc.math2 fmod %i, %i : si32
  return
}

// -----

// CHECK-LABEL: func @fpclass
func.func @fpclass(%x: f64, %y: f32) {
  // CHECK: nbc.fpclass nan %{{.*}} : f64
  %0 = nbc.fpclass nan %x : f64
  // CHECK: nbc.fpclass inf %{{.*}} : f32
  %1 = nbc.fpclass inf %y : f32
  // CHECK: nbc.fpclass finite %{{.*}} : f64
  %2 = nbc.fpclass finite %x : f64
  return
}

// -----

// Attribute dictionaries survive on ops with a custom form.
// CHECK-LABEL: func @discardable_attrs
func.func @discardable_attrs(%a: si64) {
  // CHECK: nbc.add %{{.*}}, %{{.*}} {tag = 1 : i64} : si64
  %0 = nbc.add %a, %a {tag = 1 : i64} : si64
  return
}
