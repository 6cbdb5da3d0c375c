// Constant folding of float ops with CPython semantics (float_divmod for
// // and %, min/max keeping Python's comparison order with NaN, round half
// to even). Expected values were computed with CPython.
// RUN: nbc-opt %s -split-input-file --canonicalize | FileCheck %s

// CHECK-LABEL: func @add_sub_mul
// CHECK-DAG: %[[A:.*]] = nbc.constant 4.000000e+00 : f64
// CHECK-DAG: %[[B:.*]] = nbc.constant -1.000000e+00 : f64
// CHECK-DAG: %[[C:.*]] = nbc.constant 3.750000e+00 : f64
// CHECK-DAG: %[[D:.*]] = nbc.constant 3.000000e+00 : f32
// CHECK: return %[[A]], %[[B]], %[[C]], %[[D]]
func.func @add_sub_mul() -> (f64, f64, f64, f32) {
  %x = nbc.constant 1.5 : f64
  %y = nbc.constant 2.5 : f64
  %0 = nbc.add %x, %y : f64
  %1 = nbc.sub %x, %y : f64
  %2 = nbc.mul %x, %y : f64
  %f = nbc.constant 1.5 : f32
  %3 = nbc.add %f, %f : f32
  return %0, %1, %2, %3 : f64, f64, f64, f32
}

// -----

// x + 0.0 is not x for x == -0.0: float identities are not folded.
// CHECK-LABEL: func @float_add_zero_kept
// CHECK: nbc.add
func.func @float_add_zero_kept(%x: f64) -> f64 {
  %z = nbc.constant 0.0 : f64
  %r = nbc.add %x, %z : f64
  return %r : f64
}

// -----

// Python: 7.0 // -2.0 == -4.0, 7.0 % -2.0 == -1.0,
//         -7.5 // 2.0 == -4.0, -7.5 % 2.0 == 0.5,
//         7.5 // -2.0 == -4.0, 7.5 % -2.0 == -0.5.
// CHECK-LABEL: func @floordiv_mod_f64
// CHECK-DAG: %[[M4:.*]] = nbc.constant -4.000000e+00 : f64
// CHECK-DAG: %[[M1:.*]] = nbc.constant -1.000000e+00 : f64
// CHECK-DAG: %[[H:.*]] = nbc.constant 5.000000e-01 : f64
// CHECK-DAG: %[[MH:.*]] = nbc.constant -5.000000e-01 : f64
// CHECK: return %[[M4]], %[[M1]], %[[M4]], %[[H]], %[[M4]], %[[MH]]
func.func @floordiv_mod_f64() -> (f64, f64, f64, f64, f64, f64) {
  %p7 = nbc.constant 7.0 : f64
  %m2 = nbc.constant -2.0 : f64
  %m75 = nbc.constant -7.5 : f64
  %p2 = nbc.constant 2.0 : f64
  %p75 = nbc.constant 7.5 : f64
  %0 = nbc.floordiv %p7, %m2 : f64
  %1 = nbc.mod %p7, %m2 : f64
  %2 = nbc.floordiv %m75, %p2 : f64
  %3 = nbc.mod %m75, %p2 : f64
  %4 = nbc.floordiv %p75, %m2 : f64
  %5 = nbc.mod %p75, %m2 : f64
  return %0, %1, %2, %3, %4, %5 : f64, f64, f64, f64, f64, f64
}

// -----

// A zero remainder takes the divisor's sign: 6.0 % -3.0 == -0.0,
// -6.0 % 3.0 == 0.0; 5.5 // 0.5 == 11.0.
// CHECK-LABEL: func @mod_signed_zero
// CHECK-DAG: %[[NZ:.*]] = nbc.constant -0.000000e+00 : f64
// CHECK-DAG: %[[PZ:.*]] = nbc.constant 0.000000e+00 : f64
// CHECK-DAG: %[[E:.*]] = nbc.constant 1.100000e+01 : f64
// CHECK: return %[[NZ]], %[[PZ]], %[[E]]
func.func @mod_signed_zero() -> (f64, f64, f64) {
  %p6 = nbc.constant 6.0 : f64
  %m3 = nbc.constant -3.0 : f64
  %m6 = nbc.constant -6.0 : f64
  %p3 = nbc.constant 3.0 : f64
  %0 = nbc.mod %p6, %m3 : f64
  %1 = nbc.mod %m6, %p3 : f64
  %a = nbc.constant 5.5 : f64
  %b = nbc.constant 0.5 : f64
  %2 = nbc.floordiv %a, %b : f64
  return %0, %1, %2 : f64, f64, f64
}

// -----

// With an infinite divisor: 1.0 // inf == 0.0, 1.0 % inf == 1.0,
// -1.0 // inf == -1.0, -1.0 % inf == inf.
// CHECK-LABEL: func @divmod_inf
// CHECK-DAG: %[[Z:.*]] = nbc.constant 0.000000e+00 : f64
// CHECK-DAG: %[[ONE:.*]] = nbc.constant 1.000000e+00 : f64
// CHECK-DAG: %[[M1:.*]] = nbc.constant -1.000000e+00 : f64
// CHECK-DAG: %[[INF:.*]] = nbc.constant 0x7FF0000000000000 : f64
// CHECK: return %[[Z]], %[[ONE]], %[[M1]], %[[INF]]
func.func @divmod_inf() -> (f64, f64, f64, f64) {
  %one = nbc.constant 1.0 : f64
  %m1 = nbc.constant -1.0 : f64
  %inf = nbc.constant 0x7FF0000000000000 : f64
  %0 = nbc.floordiv %one, %inf : f64
  %1 = nbc.mod %one, %inf : f64
  %2 = nbc.floordiv %m1, %inf : f64
  %3 = nbc.mod %m1, %inf : f64
  return %0, %1, %2, %3 : f64, f64, f64, f64
}

// -----

// f32 // and % are not folded (computing them in double could round
// differently); division by 0.0 or -0.0 raises and is not folded.
// CHECK-LABEL: func @not_folded
// CHECK: nbc.floordiv {{.*}} : f32
// CHECK: nbc.mod {{.*}} : f32
// CHECK: nbc.floordiv {{.*}} : f64
// CHECK: nbc.mod {{.*}} : f64
// CHECK: nbc.truediv {{.*}} : f64 -> f64
func.func @not_folded() -> (f32, f32, f64, f64, f64) {
  %a = nbc.constant 7.0 : f32
  %b = nbc.constant 2.0 : f32
  %0 = nbc.floordiv %a, %b : f32
  %1 = nbc.mod %a, %b : f32
  %x = nbc.constant 1.0 : f64
  %z = nbc.constant 0.0 : f64
  %nz = nbc.constant -0.0 : f64
  %2 = nbc.floordiv %x, %z : f64
  %3 = nbc.mod %x, %nz : f64
  %4 = nbc.truediv %x, %z : f64 -> f64
  return %0, %1, %2, %3, %4 : f32, f32, f64, f64, f64
}

// -----

// 7 / 2 == 3.5; 255 as ui8 is 255, so 255 / 2 == 127.5; 1/3 rounds once,
// to f32 directly (0.3333333432674408 in f32).
// CHECK-LABEL: func @truediv
// CHECK-DAG: %[[A:.*]] = nbc.constant 3.500000e+00 : f64
// CHECK-DAG: %[[B:.*]] = nbc.constant 1.275000e+02 : f64
// CHECK-DAG: %[[C:.*]] = nbc.constant 0.333333343 : f32
// CHECK-DAG: %[[D:.*]] = nbc.constant 0.33333333333333331 : f64
// CHECK: return %[[A]], %[[B]], %[[C]], %[[D]]
func.func @truediv() -> (f64, f64, f32, f64) {
  %c7 = nbc.constant 7 : si64
  %c2 = nbc.constant 2 : si64
  %0 = nbc.truediv %c7, %c2 : si64 -> f64
  %u = nbc.constant 255 : ui8
  %u2 = nbc.constant 2 : ui8
  %1 = nbc.truediv %u, %u2 : ui8 -> f64
  %one = nbc.constant 1 : si32
  %three = nbc.constant 3 : si32
  %2 = nbc.truediv %one, %three : si32 -> f32
  %x = nbc.constant 1.0 : f64
  %y = nbc.constant 3.0 : f64
  %3 = nbc.truediv %x, %y : f64 -> f64
  return %0, %1, %2, %3 : f64, f64, f32, f64
}

// -----

// Python's min/max: the second operand only when strictly better, so NaN
// wins only in first position and ties keep the first (0.0 vs -0.0).
// CHECK-LABEL: func @min_max_nan
// CHECK-DAG: %[[NAN:.*]] = nbc.constant 0x7FF8000000000000 : f64
// CHECK-DAG: %[[ONE:.*]] = nbc.constant 1.000000e+00 : f64
// CHECK-DAG: %[[PZ:.*]] = nbc.constant 0.000000e+00 : f64
// CHECK-DAG: %[[NZ:.*]] = nbc.constant -0.000000e+00 : f64
// CHECK: return %[[NAN]], %[[ONE]], %[[NAN]], %[[ONE]], %[[PZ]], %[[NZ]]
func.func @min_max_nan() -> (f64, f64, f64, f64, f64, f64) {
  %nan = nbc.constant 0x7FF8000000000000 : f64
  %one = nbc.constant 1.0 : f64
  %0 = nbc.min %nan, %one : f64
  %1 = nbc.min %one, %nan : f64
  %2 = nbc.max %nan, %one : f64
  %3 = nbc.max %one, %nan : f64
  %pz = nbc.constant 0.0 : f64
  %nz = nbc.constant -0.0 : f64
  %4 = nbc.min %pz, %nz : f64
  %5 = nbc.max %nz, %pz : f64
  return %0, %1, %2, %3, %4, %5 : f64, f64, f64, f64, f64, f64
}

// -----

// Python: min(2.0, -3.5) == -3.5, max(2.0, -3.5) == 2.0.
// CHECK-LABEL: func @min_max_f32
// CHECK-DAG: %[[A:.*]] = nbc.constant -3.500000e+00 : f32
// CHECK-DAG: %[[B:.*]] = nbc.constant 2.000000e+00 : f32
// CHECK: return %[[A]], %[[B]]
func.func @min_max_f32() -> (f32, f32) {
  %a = nbc.constant 2.0 : f32
  %b = nbc.constant -3.5 : f32
  %0 = nbc.min %a, %b : f32
  %1 = nbc.max %a, %b : f32
  return %0, %1 : f32, f32
}

// -----

// CHECK-LABEL: func @neg_abs_float
// CHECK-DAG: %[[NZ:.*]] = nbc.constant -0.000000e+00 : f64
// CHECK-DAG: %[[PZ:.*]] = nbc.constant 0.000000e+00 : f64
// CHECK-DAG: %[[P:.*]] = nbc.constant 2.500000e+00 : f64
// CHECK: return %[[NZ]], %[[PZ]], %[[P]]
func.func @neg_abs_float() -> (f64, f64, f64) {
  %pz = nbc.constant 0.0 : f64
  %nz = nbc.constant -0.0 : f64
  %m = nbc.constant -2.5 : f64
  %0 = nbc.neg %pz : f64
  %1 = nbc.abs %nz : f64
  %2 = nbc.abs %m : f64
  return %0, %1, %2 : f64, f64, f64
}

// -----

// Python: round(2.5) == 2, round(-0.5) == -0.0, round(3.5) == 4,
// round(1.4999) == 1.
// CHECK-LABEL: func @round_half_even
// CHECK-DAG: %[[A:.*]] = nbc.constant 2.000000e+00 : f64
// CHECK-DAG: %[[B:.*]] = nbc.constant -0.000000e+00 : f64
// CHECK-DAG: %[[C:.*]] = nbc.constant 4.000000e+00 : f64
// CHECK-DAG: %[[D:.*]] = nbc.constant 1.000000e+00 : f32
// CHECK: return %[[A]], %[[B]], %[[C]], %[[D]]
func.func @round_half_even() -> (f64, f64, f64, f32) {
  %a = nbc.constant 2.5 : f64
  %b = nbc.constant -0.5 : f64
  %c = nbc.constant 3.5 : f64
  %d = nbc.constant 1.4999 : f32
  %0 = nbc.round %a : f64
  %1 = nbc.round %b : f64
  %2 = nbc.round %c : f64
  %3 = nbc.round %d : f32
  return %0, %1, %2, %3 : f64, f64, f64, f32
}

// -----

// Comparisons with NaN are false except `ne`.
// CHECK-LABEL: func @compare_nan
// CHECK-DAG: %[[T:.*]] = nbc.constant true
// CHECK-DAG: %[[F:.*]] = nbc.constant false
// CHECK: return %[[F]], %[[T]], %[[F]], %[[F]], %[[F]], %[[F]], %[[T]], %[[T]]
func.func @compare_nan() -> (i1, i1, i1, i1, i1, i1, i1, i1) {
  %nan = nbc.constant 0x7FF8000000000000 : f64
  %one = nbc.constant 1.0 : f64
  %0 = nbc.cmp eq, %nan, %nan : f64
  %1 = nbc.cmp ne, %nan, %nan : f64
  %2 = nbc.cmp lt, %nan, %one : f64
  %3 = nbc.cmp le, %one, %nan : f64
  %4 = nbc.cmp gt, %nan, %one : f64
  %5 = nbc.cmp ge, %one, %nan : f64
  // 0.0 == -0.0 in Python.
  %pz = nbc.constant 0.0 : f64
  %nz = nbc.constant -0.0 : f64
  %6 = nbc.cmp eq, %pz, %nz : f64
  %7 = nbc.cmp le, %nz, %pz : f64
  return %0, %1, %2, %3, %4, %5, %6, %7 : i1, i1, i1, i1, i1, i1, i1, i1
}

// -----

// math.isnan / isinf / isfinite.
// CHECK-LABEL: func @fpclass
// CHECK-DAG: %[[T:.*]] = nbc.constant true
// CHECK-DAG: %[[F:.*]] = nbc.constant false
// CHECK: return %[[T]], %[[F]], %[[F]], %[[T]], %[[F]], %[[T]]
func.func @fpclass() -> (i1, i1, i1, i1, i1, i1) {
  %nan = nbc.constant 0x7FF8000000000000 : f64
  %inf = nbc.constant 0xFF800000 : f32
  %one = nbc.constant 1.0 : f64
  %0 = nbc.fpclass nan %nan : f64
  %1 = nbc.fpclass finite %nan : f64
  %2 = nbc.fpclass nan %inf : f32
  %3 = nbc.fpclass inf %inf : f32
  %4 = nbc.fpclass inf %one : f64
  %5 = nbc.fpclass finite %one : f64
  return %0, %1, %2, %3, %4, %5 : i1, i1, i1, i1, i1, i1
}
