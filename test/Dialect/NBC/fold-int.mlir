// Constant folding of integer arithmetic with Python/NumPy semantics:
// fixed-width wraparound, floor division and modulo with the divisor's
// sign, unsigned types compared and divided as unsigned. Expected values
// were computed with CPython (masked to the type's width).
// RUN: nbc-opt %s -split-input-file --canonicalize | FileCheck %s

// CHECK-LABEL: func @add_wraps
// CHECK: %[[C:.*]] = nbc.constant -128 : si8
// CHECK-NEXT: return %[[C]]
func.func @add_wraps() -> si8 {
  %a = nbc.constant 127 : si8
  %b = nbc.constant 1 : si8
  %r = nbc.add %a, %b : si8
  return %r : si8
}

// -----

// CHECK-LABEL: func @add_zero
// CHECK-SAME: (%[[X:.*]]: si64)
// CHECK-NEXT: return %[[X]]
func.func @add_zero(%x: si64) -> si64 {
  %z = nbc.constant 0 : si64
  %r = nbc.add %z, %x : si64
  return %r : si64
}

// -----

// CHECK-LABEL: func @sub_unsigned_wraps
// CHECK: %[[C:.*]] = nbc.constant 254 : ui8
// CHECK-NEXT: return %[[C]]
func.func @sub_unsigned_wraps() -> ui8 {
  %a = nbc.constant 3 : ui8
  %b = nbc.constant 5 : ui8
  %r = nbc.sub %a, %b : ui8
  return %r : ui8
}

// -----

// CHECK-LABEL: func @sub_zero
// CHECK-SAME: (%[[X:.*]]: ui16)
// CHECK-NEXT: return %[[X]]
func.func @sub_zero(%x: ui16) -> ui16 {
  %z = nbc.constant 0 : ui16
  %r = nbc.sub %x, %z : ui16
  return %r : ui16
}

// -----

// CHECK-LABEL: func @mul_wraps
// CHECK-DAG: %[[A:.*]] = nbc.constant 0 : si32
// CHECK-DAG: %[[B:.*]] = nbc.constant -9223372036709301616 : si64
// CHECK: return %[[A]], %[[B]]
func.func @mul_wraps() -> (si32, si64) {
  %a = nbc.constant 65536 : si32
  %r = nbc.mul %a, %a : si32
  %b = nbc.constant 3037000500 : si64
  %s = nbc.mul %b, %b : si64
  return %r, %s : si32, si64
}

// -----

// CHECK-LABEL: func @mul_one
// CHECK-SAME: (%[[X:.*]]: si64)
// CHECK-NEXT: return %[[X]]
func.func @mul_one(%x: si64) -> si64 {
  %one = nbc.constant 1 : si64
  %r = nbc.mul %one, %x : si64
  return %r : si64
}

// -----

// Python: -7 // 2 == -4, 7 // -2 == -4, -7 // -2 == 3, 7 // 2 == 3.
// CHECK-LABEL: func @floordiv_signs
// CHECK-DAG: %[[M4:.*]] = nbc.constant -4 : si64
// CHECK-DAG: %[[P3:.*]] = nbc.constant 3 : si64
// CHECK: return %[[M4]], %[[M4]], %[[P3]], %[[P3]]
func.func @floordiv_signs() -> (si64, si64, si64, si64) {
  %m7 = nbc.constant -7 : si64
  %p7 = nbc.constant 7 : si64
  %m2 = nbc.constant -2 : si64
  %p2 = nbc.constant 2 : si64
  %0 = nbc.floordiv %m7, %p2 : si64
  %1 = nbc.floordiv %p7, %m2 : si64
  %2 = nbc.floordiv %m7, %m2 : si64
  %3 = nbc.floordiv %p7, %p2 : si64
  return %0, %1, %2, %3 : si64, si64, si64, si64
}

// -----

// Python: -7 % 3 == 2, 7 % -3 == -2, -7 % -3 == -1, 7 % 3 == 1.
// CHECK-LABEL: func @mod_signs
// CHECK-DAG: %[[A:.*]] = nbc.constant 2 : si32
// CHECK-DAG: %[[B:.*]] = nbc.constant -2 : si32
// CHECK-DAG: %[[C:.*]] = nbc.constant -1 : si32
// CHECK-DAG: %[[D:.*]] = nbc.constant 1 : si32
// CHECK: return %[[A]], %[[B]], %[[C]], %[[D]]
func.func @mod_signs() -> (si32, si32, si32, si32) {
  %m7 = nbc.constant -7 : si32
  %p7 = nbc.constant 7 : si32
  %m3 = nbc.constant -3 : si32
  %p3 = nbc.constant 3 : si32
  %0 = nbc.mod %m7, %p3 : si32
  %1 = nbc.mod %p7, %m3 : si32
  %2 = nbc.mod %m7, %m3 : si32
  %3 = nbc.mod %p7, %p3 : si32
  return %0, %1, %2, %3 : si32, si32, si32, si32
}

// -----

// 250 as ui8 is not -6: 250 // 7 == 35, 250 % 7 == 5.
// CHECK-LABEL: func @unsigned_div
// CHECK-DAG: %[[Q:.*]] = nbc.constant 35 : ui8
// CHECK-DAG: %[[R:.*]] = nbc.constant 5 : ui8
// CHECK: return %[[Q]], %[[R]]
func.func @unsigned_div() -> (ui8, ui8) {
  %a = nbc.constant 250 : ui8
  %b = nbc.constant 7 : ui8
  %q = nbc.floordiv %a, %b : ui8
  %r = nbc.mod %a, %b : ui8
  return %q, %r : ui8, ui8
}

// -----

// INT_MIN // -1 is 0 (Numba; the quotient does not fit); INT_MIN % -1 is 0.
// CHECK-LABEL: func @floordiv_int_min
// CHECK: %[[Z:.*]] = nbc.constant 0 : si64
// CHECK: return %[[Z]], %[[Z]]
func.func @floordiv_int_min() -> (si64, si64) {
  %min = nbc.constant -9223372036854775808 : si64
  %m1 = nbc.constant -1 : si64
  %q = nbc.floordiv %min, %m1 : si64
  %r = nbc.mod %min, %m1 : si64
  return %q, %r : si64, si64
}

// -----

// Under error_model=numpy (array expressions) INT_MIN // -1 wraps to
// INT_MIN, as NumPy's loop; INT_MIN % -1 is still 0.
// CHECK-LABEL: func @floordiv_int_min_numpy
// CHECK-DAG: %[[MIN:.*]] = nbc.constant -128 : si8
// CHECK-DAG: %[[Z:.*]] = nbc.constant 0 : si8
// CHECK: return %[[MIN]], %[[Z]]
func.func @floordiv_int_min_numpy() -> (si8, si8)
    attributes {nbc.kernel = #nbc.kernel<error_model = numpy>} {
  %min = nbc.constant -128 : si8
  %m1 = nbc.constant -1 : si8
  %q = nbc.floordiv %min, %m1 : si8
  %r = nbc.mod %min, %m1 : si8
  return %q, %r : si8, si8
}

// -----

// CHECK-LABEL: func @floordiv_one
// CHECK-SAME: (%[[X:.*]]: si16)
// CHECK-NEXT: return %[[X]]
func.func @floordiv_one(%x: si16) -> si16 {
  %one = nbc.constant 1 : si16
  %r = nbc.floordiv %x, %one : si16
  return %r : si16
}

// -----

// Division by zero raises at run time: never folded.
// CHECK-LABEL: func @div_by_zero_not_folded
// CHECK: nbc.floordiv
// CHECK: nbc.mod
// CHECK: nbc.truediv
// CHECK: nbc.floordiv {{.*}} : ui8
func.func @div_by_zero_not_folded() -> (si64, si64, f64, ui8) {
  %a = nbc.constant 7 : si64
  %z = nbc.constant 0 : si64
  %q = nbc.floordiv %a, %z : si64
  %r = nbc.mod %a, %z : si64
  %t = nbc.truediv %a, %z : si64 -> f64
  %u = nbc.constant 9 : ui8
  %uz = nbc.constant 0 : ui8
  %uq = nbc.floordiv %u, %uz : ui8
  return %q, %r, %t, %uq : si64, si64, f64, ui8
}

// -----

// CHECK-LABEL: func @pow_int
// CHECK-DAG: %[[A:.*]] = nbc.constant 81 : si64
// CHECK-DAG: %[[B:.*]] = nbc.constant -9223372036854775808 : si64
// CHECK-DAG: %[[C:.*]] = nbc.constant -6289078614652622815 : si64
// CHECK-DAG: %[[D:.*]] = nbc.constant 0 : ui8
// CHECK-DAG: %[[E:.*]] = nbc.constant -89 : si8
// CHECK: return %[[A]], %[[B]], %[[C]], %[[D]], %[[E]]
func.func @pow_int() -> (si64, si64, si64, ui8, si8) {
  %c2 = nbc.constant 2 : si64
  %c3 = nbc.constant 3 : si64
  %c4 = nbc.constant 4 : si64
  %c40 = nbc.constant 40 : si64
  %c63 = nbc.constant 63 : si64
  %0 = nbc.pow %c3, %c4 : si64, si64 -> si64
  %1 = nbc.pow %c2, %c63 : si64, si64 -> si64
  %2 = nbc.pow %c3, %c40 : si64, si64 -> si64
  %u2 = nbc.constant 2 : ui8
  %u9 = nbc.constant 9 : ui8
  %3 = nbc.pow %u2, %u9 : ui8, ui8 -> ui8
  %s7 = nbc.constant 7 : si8
  %s5 = nbc.constant 5 : si8
  %4 = nbc.pow %s7, %s5 : si8, si8 -> si8
  return %0, %1, %2, %3, %4 : si64, si64, si64, ui8, si8
}

// -----

// A negative integer exponent raises ValueError: not folded.
// CHECK-LABEL: func @pow_negative_exponent
// CHECK: nbc.pow
func.func @pow_negative_exponent() -> si64 {
  %c2 = nbc.constant 2 : si64
  %m1 = nbc.constant -1 : si64
  %0 = nbc.pow %c2, %m1 : si64, si64 -> si64
  return %0 : si64
}

// -----

// CHECK-LABEL: func @neg_abs_wrap
// CHECK-DAG: %[[MIN:.*]] = nbc.constant -128 : si8
// CHECK-DAG: %[[U:.*]] = nbc.constant 255 : ui8
// CHECK-DAG: %[[FIVE:.*]] = nbc.constant 5 : si64
// CHECK: return %[[MIN]], %[[U]], %[[MIN]], %[[FIVE]]
func.func @neg_abs_wrap() -> (si8, ui8, si8, si64) {
  %min = nbc.constant -128 : si8
  %one = nbc.constant 1 : ui8
  %m5 = nbc.constant -5 : si64
  %0 = nbc.neg %min : si8
  %1 = nbc.neg %one : ui8
  %2 = nbc.abs %min : si8
  %3 = nbc.abs %m5 : si64
  return %0, %1, %2, %3 : si8, ui8, si8, si64
}

// -----

// abs of an unsigned value is the value itself.
// CHECK-LABEL: func @abs_unsigned
// CHECK-SAME: (%[[X:.*]]: ui32)
// CHECK-NEXT: return %[[X]]
func.func @abs_unsigned(%x: ui32) -> ui32 {
  %r = nbc.abs %x : ui32
  return %r : ui32
}

// -----

// CHECK-LABEL: func @min_max_int
// CHECK-DAG: %[[M2:.*]] = nbc.constant -2 : si64
// CHECK-DAG: %[[P3:.*]] = nbc.constant 3 : si64
// CHECK-DAG: %[[U5:.*]] = nbc.constant 5 : ui8
// CHECK-DAG: %[[U200:.*]] = nbc.constant 200 : ui8
// CHECK: return %[[M2]], %[[P3]], %[[U5]], %[[U200]]
func.func @min_max_int() -> (si64, si64, ui8, ui8) {
  %a = nbc.constant 3 : si64
  %b = nbc.constant -2 : si64
  %0 = nbc.min %a, %b : si64
  %1 = nbc.max %a, %b : si64
  // Unsigned order: 200 > 5 (as si8, 200 would be -56).
  %c = nbc.constant 200 : ui8
  %d = nbc.constant 5 : ui8
  %2 = nbc.min %c, %d : ui8
  %3 = nbc.max %c, %d : ui8
  return %0, %1, %2, %3 : si64, si64, ui8, ui8
}

// -----

// CHECK-LABEL: func @min_same
// CHECK-SAME: (%[[X:.*]]: f64)
// CHECK-NEXT: return %[[X]], %[[X]]
func.func @min_same(%x: f64) -> (f64, f64) {
  %0 = nbc.min %x, %x : f64
  %1 = nbc.max %x, %x : f64
  return %0, %1 : f64, f64
}

// -----

// CHECK-LABEL: func @compare_int
// CHECK-DAG: %[[T:.*]] = nbc.constant true
// CHECK-DAG: %[[F:.*]] = nbc.constant false
// CHECK: return %[[T]], %[[F]], %[[T]], %[[F]], %[[T]], %[[T]], %[[F]]
func.func @compare_int() -> (i1, i1, i1, i1, i1, i1, i1) {
  %m1 = nbc.constant -1 : si64
  %p1 = nbc.constant 1 : si64
  %0 = nbc.cmp lt, %m1, %p1 : si64
  // 255 as ui8 is greater than 1.
  %u = nbc.constant 255 : ui8
  %u1 = nbc.constant 1 : ui8
  %1 = nbc.cmp lt, %u, %u1 : ui8
  %2 = nbc.cmp ge, %u, %u1 : ui8
  %3 = nbc.cmp eq, %m1, %p1 : si64
  %4 = nbc.cmp ne, %m1, %p1 : si64
  // True > False.
  %t = nbc.constant true
  %f = nbc.constant false
  %5 = nbc.cmp gt, %t, %f : i1
  %6 = nbc.cmp le, %t, %f : i1
  return %0, %1, %2, %3, %4, %5, %6 : i1, i1, i1, i1, i1, i1, i1
}

// -----

// CHECK-LABEL: func @bitwise
// CHECK-DAG: %[[AND:.*]] = nbc.constant 48 : ui8
// CHECK-DAG: %[[OR:.*]] = nbc.constant 252 : ui8
// CHECK-DAG: %[[XOR:.*]] = nbc.constant 204 : ui8
// CHECK-DAG: %[[INV:.*]] = nbc.constant 255 : ui8
// CHECK-DAG: %[[INVS:.*]] = nbc.constant -6 : si64
// CHECK-DAG: %[[F:.*]] = nbc.constant false
// CHECK: return %[[AND]], %[[OR]], %[[XOR]], %[[INV]], %[[INVS]], %[[F]]
func.func @bitwise() -> (ui8, ui8, ui8, ui8, si64, i1) {
  %a = nbc.constant 240 : ui8
  %b = nbc.constant 60 : ui8
  %z = nbc.constant 0 : ui8
  %0 = nbc.and %a, %b : ui8
  %1 = nbc.or %a, %b : ui8
  %2 = nbc.xor %a, %b : ui8
  %3 = nbc.invert %z : ui8
  %five = nbc.constant 5 : si64
  %4 = nbc.invert %five : si64
  %t = nbc.constant true
  %5 = nbc.invert %t : i1
  return %0, %1, %2, %3, %4, %5 : ui8, ui8, ui8, ui8, si64, i1
}

// -----

// CHECK-LABEL: func @bitwise_identities
// CHECK-SAME: (%[[X:.*]]: si32, %[[B:.*]]: i1)
// CHECK-NEXT: return %[[X]], %[[X]], %[[X]], %[[X]], %[[B]]
func.func @bitwise_identities(%x: si32, %b: i1) -> (si32, si32, si32, si32, i1) {
  %z = nbc.constant 0 : si32
  %0 = nbc.and %x, %x : si32
  %1 = nbc.or %x, %z : si32
  %2 = nbc.xor %z, %x : si32
  %i = nbc.invert %x : si32
  %3 = nbc.invert %i : si32
  %4 = nbc.or %b, %b : i1
  return %0, %1, %2, %3, %4 : si32, si32, si32, si32, i1
}

// -----

// Shifts: counts at or past the width shift everything out (0, or -1 for
// a negative signed value shifted right).
// CHECK-LABEL: func @shifts
// CHECK-DAG: %[[EIGHT:.*]] = nbc.constant 8 : si64
// CHECK-DAG: %[[ZERO:.*]] = nbc.constant 0 : si64
// CHECK-DAG: %[[MIN:.*]] = nbc.constant -9223372036854775808 : si64
// CHECK-DAG: %[[M4:.*]] = nbc.constant -4 : si64
// CHECK-DAG: %[[M1:.*]] = nbc.constant -1 : si64
// CHECK: return %[[EIGHT]], %[[ZERO]], %[[MIN]], %[[M4]], %[[M1]], %[[ZERO]]
func.func @shifts() -> (si64, si64, si64, si64, si64, si64) {
  %one = nbc.constant 1 : si64
  %c3 = nbc.constant 3 : si64
  %c64 = nbc.constant 64 : si64
  %c63 = nbc.constant 63 : si64
  %m8 = nbc.constant -8 : si64
  %p8 = nbc.constant 8 : si64
  %c100 = nbc.constant 100 : si64
  %0 = nbc.shl %one, %c3 : si64
  %1 = nbc.shl %one, %c64 : si64
  %2 = nbc.shl %one, %c63 : si64
  %3 = nbc.shr %m8, %one : si64
  %4 = nbc.shr %m8, %c100 : si64
  %5 = nbc.shr %p8, %c100 : si64
  return %0, %1, %2, %3, %4, %5 : si64, si64, si64, si64, si64, si64
}

// -----

// Unsigned right shifts are logical; an unsigned count with the top bit
// set is a large count, not a negative one.
// CHECK-LABEL: func @shifts_unsigned
// CHECK-DAG: %[[A:.*]] = nbc.constant 15 : ui8
// CHECK-DAG: %[[Z:.*]] = nbc.constant 0 : ui8
// CHECK-DAG: %[[B:.*]] = nbc.constant -20 : si16
// CHECK: return %[[A]], %[[Z]], %[[Z]], %[[B]]
func.func @shifts_unsigned() -> (ui8, ui8, ui8, si16) {
  %ff = nbc.constant 255 : ui8
  %c4 = nbc.constant 4 : ui8
  %c1 = nbc.constant 1 : ui8
  %c8 = nbc.constant 8 : ui8
  %c200 = nbc.constant 200 : ui8
  %0 = nbc.shr %ff, %c4 : ui8
  %1 = nbc.shl %c1, %c8 : ui8
  %2 = nbc.shl %ff, %c200 : ui8
  %m5 = nbc.constant -5 : si16
  %two = nbc.constant 2 : si16
  %3 = nbc.shl %m5, %two : si16
  return %0, %1, %2, %3 : ui8, ui8, ui8, si16
}

// -----

// A negative count raises ValueError: not folded.
// CHECK-LABEL: func @shift_negative_count
// CHECK: nbc.shl
// CHECK: nbc.shr
func.func @shift_negative_count() -> (si64, si64) {
  %one = nbc.constant 1 : si64
  %m1 = nbc.constant -1 : si64
  %0 = nbc.shl %one, %m1 : si64
  %1 = nbc.shr %one, %m1 : si64
  return %0, %1 : si64, si64
}

// -----

// CHECK-LABEL: func @select
// CHECK-SAME: (%[[A:.*]]: si64, %[[B:.*]]: si64, %[[C:.*]]: i1)
// CHECK-NEXT: return %[[A]], %[[B]], %[[A]]
func.func @select(%a: si64, %b: si64, %c: i1) -> (si64, si64, si64) {
  %t = nbc.constant true
  %f = nbc.constant false
  %0 = nbc.select %t, %a, %b : si64
  %1 = nbc.select %f, %a, %b : si64
  %2 = nbc.select %c, %a, %a : si64
  return %0, %1, %2 : si64, si64, si64
}

// -----

// Folding a chain: (10 - 3) * 2 // 4 == 3.
// CHECK-LABEL: func @chain
// CHECK: %[[C:.*]] = nbc.constant 3 : si64
// CHECK-NOT: nbc.
// CHECK: return %[[C]]
func.func @chain() -> si64 {
  %a = nbc.constant 10 : si64
  %b = nbc.constant 3 : si64
  %c = nbc.constant 2 : si64
  %d = nbc.constant 4 : si64
  %0 = nbc.sub %a, %b : si64
  %1 = nbc.mul %0, %c : si64
  %2 = nbc.floordiv %1, %d : si64
  return %2 : si64
}
