// RUN: nbc-opt %s --convert-nbc-to-core | FileCheck %s

// CHECK: func.func private @hypot(f64, f64) -> f64

// CHECK-LABEL: func @constants
// CHECK-SAME: -> (i64, i8, f64, i1)
// CHECK-DAG: arith.constant -5 : i64
// CHECK-DAG: arith.constant -1 : i8
// CHECK-DAG: arith.constant 1.500000e+00 : f64
// CHECK-DAG: arith.constant true
func.func @constants() -> (si64, ui8, f64, i1) {
  %0 = nbc.constant -5 : si64
  %1 = nbc.constant 255 : ui8
  %2 = nbc.constant 1.5 : f64
  %3 = nbc.constant true
  return %0, %1, %2, %3 : si64, ui8, f64, i1
}

// CHECK-LABEL: func @wrapping
// CHECK-SAME: (%[[A:.*]]: i32, %[[B:.*]]: i32, %[[X:.*]]: f64, %[[Y:.*]]: f64)
// CHECK: %[[S:.*]] = arith.addi %[[A]], %[[B]] : i32
// CHECK: %[[M:.*]] = arith.muli %[[S]], %[[B]] : i32
// CHECK: arith.subi %{{.*}}, %[[M]] : i32
// CHECK: arith.addf %[[X]], %[[Y]] fastmath<fast> : f64
func.func @wrapping(%a: si32, %b: si32, %x: f64, %y: f64) -> (si32, f64)
    attributes {nbc.kernel = #nbc.kernel<fastmath = fast>} {
  %s = nbc.add %a, %b : si32
  %m = nbc.mul %s, %b : si32
  %n = nbc.neg %m : si32
  %f = nbc.add %x, %y : f64
  return %n, %f : si32, f64
}

// Signed floor division: truncating divsi (on a safe divisor) fixed up
// toward -inf, then the check: pure ops, no guard, sit between checks.
// CHECK-LABEL: func @floordiv_signed
// CHECK: %[[Z:.*]] = arith.cmpi eq, %[[B:.*]], %{{.*}} : i64
// CHECK: arith.divsi
// CHECK: arith.remsi
// CHECK: arith.subi
// CHECK: arith.select
// CHECK: nbc.raise_if %[[Z]], ZeroDivisionError, "integer division or modulo by zero"
// CHECK-NEXT: return
func.func @floordiv_signed(%a: si64, %b: si64) -> si64 {
  %q = nbc.floordiv %a, %b : si64
  return %q : si64
}

// numpy error model: no raise, unsigned division.
// CHECK-LABEL: func @mod_unsigned_numpy
// CHECK-NOT: nbc.raise_if
// CHECK: arith.remui
func.func @mod_unsigned_numpy(%a: ui16, %b: ui16) -> ui16
    attributes {nbc.kernel = #nbc.kernel<error_model = numpy>} {
  %m = nbc.mod %a, %b : ui16
  return %m : ui16
}

// CHECK-LABEL: func @float_mod
// CHECK: arith.remf
// CHECK: math.copysign
// CHECK: nbc.raise_if %{{.*}}, ZeroDivisionError, "float modulo"
func.func @float_mod(%a: f64, %b: f64) -> f64 {
  %m = nbc.mod %a, %b : f64
  return %m : f64
}

// CHECK-LABEL: func @truediv_int
// CHECK: arith.uitofp %{{.*}} : i8 to f64
// CHECK: arith.divf
// CHECK: nbc.raise_if %{{.*}}, ZeroDivisionError, "division by zero"
func.func @truediv_int(%a: ui8, %b: ui8) -> f64 {
  %r = nbc.truediv %a, %b : ui8 -> f64
  return %r : f64
}

// A constant exponent unrolls: x ** 5 = x * x^4.
// CHECK-LABEL: func @pow_const
// CHECK-NOT: scf.while
// CHECK-NOT: nbc.raise_if
// CHECK: %[[X2:.*]] = arith.muli %[[X:.*]], %[[X]]
// CHECK: %[[X4:.*]] = arith.muli %[[X2]], %[[X2]]
// CHECK: arith.muli %[[X]], %[[X4]]
func.func @pow_const(%x: si64) -> si64 {
  %c5 = nbc.constant 5 : si64
  %r = nbc.pow %x, %c5 : si64, si64 -> si64
  return %r : si64
}

// CHECK-LABEL: func @pow_loop
// CHECK: scf.while
// CHECK: arith.shrui
// CHECK: nbc.raise_if %{{.*}}, ValueError, "Integers to negative integer powers are not allowed."
func.func @pow_loop(%x: si32, %n: si32) -> si32 {
  %r = nbc.pow %x, %n : si32, si32 -> si32
  return %r : si32
}

// CHECK-LABEL: func @pow_float
// CHECK: math.powf
// CHECK: nbc.raise_if %{{.*}}, ZeroDivisionError, "0.0 cannot be raised to a negative power"
// CHECK: nbc.raise_if %{{.*}}, ValueError, "math domain error"
func.func @pow_float(%x: f64, %y: f64) -> f64 {
  %r = nbc.pow %x, %y : f64, f64 -> f64
  return %r : f64
}

// CHECK-LABEL: func @min_max
// CHECK: %[[LT:.*]] = arith.cmpf olt, %[[B:.*]], %[[A:.*]] : f64
// CHECK: arith.select %[[LT]], %[[B]], %[[A]] : f64
// CHECK: arith.maxui
func.func @min_max(%a: f64, %b: f64, %c: ui32, %d: ui32) -> (f64, ui32) {
  %m = nbc.min %a, %b : f64
  %n = nbc.max %c, %d : ui32
  return %m, %n : f64, ui32
}

// CHECK-LABEL: func @casts
// CHECK: arith.extui %{{.*}} : i8 to i64
// CHECK: arith.extsi %{{.*}} : i8 to i64
// CHECK: arith.uitofp %{{.*}} : i64 to f64
// CHECK: arith.fptosi %{{.*}} : f64 to i16
// CHECK: nbc.raise_if %{{.*}}, ValueError, "cannot convert float NaN to integer"
// CHECK: nbc.raise_if %{{.*}}, OverflowError, "cannot convert float infinity to integer"
// CHECK: arith.cmpf une
func.func @casts(%u: ui8, %s: si8, %w: ui64, %f: f64) -> (si64, si64, f64, si16, i1) {
  %0 = nbc.cast %u : ui8 to si64
  %1 = nbc.cast %s : si8 to si64
  %2 = nbc.cast %w : ui64 to f64
  %3 = nbc.cast %f : f64 to si16
  %4 = nbc.cast %f : f64 to i1
  return %0, %1, %2, %3, %4 : si64, si64, f64, si16, i1
}

// A float-to-int cast in scalar code (here a loop with an `if`, which
// nbc-vectorize leaves scalar): one compare |x| < 2^15 guards a bare fptosi;
// NaN, inf and saturation are decided in the else branch, which raises there.
// (32- and 64-bit results on x86-64 test the hardware conversion's result
// instead: float-to-int-x86.mlir.)
// CHECK-LABEL: func @float_to_int_branch
// CHECK: scf.for
// CHECK: %[[ABS:.*]] = math.absf %[[X:.*]] : f64
// CHECK: %[[IN:.*]] = arith.cmpf olt, %[[ABS]], %{{.*}} : f64
// CHECK: scf.if %[[IN]] -> (i16) {
// CHECK-NEXT: %[[T:.*]] = arith.fptosi %[[X]] : f64 to i16
// CHECK-NEXT: scf.yield %[[T]] : i16
// CHECK-NEXT: } else {
// CHECK: nbc.raise_if %{{.*}}, ValueError, "cannot convert float NaN to integer"
// CHECK: nbc.raise_if %{{.*}}, OverflowError, "cannot convert float infinity to integer"
// CHECK: scf.yield
func.func @float_to_int_branch(%a: memref<?xf64>, %h: memref<?xsi16>) {
  %c0 = nbc.constant 0 : si64
  %c1 = nbc.constant 1 : si64
  %z = nbc.constant 0 : si16
  %n = nbc.dim %a, 0 : memref<?xf64>
  nbc.range %i = %c0 to %n step %c1 : si64 {
    %x = nbc.load %a[%i] {noboundscheck} : memref<?xf64>, si64
    %k = nbc.cast %x : f64 to si16
    %ok = nbc.cmp le, %z, %k : si16
    scf.if %ok {
      nbc.store %k, %h[%c0] {noboundscheck} : memref<?xsi16>, si64
    }
    nbc.yield
  }
  return
}

// An innermost loop without control flow keeps the select form, which
// nbc-vectorize turns into vector compares and selects.
// CHECK-LABEL: func @float_to_int_selects
// CHECK: scf.for
// CHECK-NOT: scf.if
// CHECK: arith.fptosi %{{.*}} : f64 to i64
// CHECK: arith.select
// CHECK: arith.select
func.func @float_to_int_selects(%a: memref<?xf64>, %b: memref<?xsi64>) {
  %c0 = nbc.constant 0 : si64
  %c1 = nbc.constant 1 : si64
  %n = nbc.dim %a, 0 : memref<?xf64>
  nbc.range %i = %c0 to %n step %c1 : si64 {
    %x = nbc.load %a[%i] {noboundscheck} : memref<?xf64>, si64
    %k = nbc.cast %x : f64 to si64
    nbc.store %k, %b[%i] {noboundscheck} : memref<?xsi64>, si64
    nbc.yield
  }
  return
}

// CHECK-LABEL: func @compare
// CHECK: arith.cmpi ult
// CHECK: arith.cmpi sge
// CHECK: arith.cmpf une
func.func @compare(%a: ui32, %b: ui32, %c: si8, %d: si8, %x: f32, %y: f32) -> (i1, i1, i1) {
  %0 = nbc.cmp lt, %a, %b : ui32
  %1 = nbc.cmp ge, %c, %d : si8
  %2 = nbc.cmp ne, %x, %y : f32
  return %0, %1, %2 : i1, i1, i1
}

// CHECK-LABEL: func @shifts
// CHECK: arith.shli
// CHECK: nbc.raise_if %{{.*}}, ValueError, "negative shift count"
// CHECK: arith.shrsi
// CHECK: nbc.raise_if %{{.*}}, ValueError, "negative shift count"
func.func @shifts(%a: si64, %n: si64) -> (si64, si64) {
  %0 = nbc.shl %a, %n : si64
  %1 = nbc.shr %a, %n : si64
  return %0, %1 : si64, si64
}

// CHECK-LABEL: func @math
// CHECK: math.sqrt
// CHECK: nbc.raise_if %{{.*}}, ValueError, "math domain error"
// CHECK: math.roundeven
// CHECK: math.atan2
// CHECK: arith.cmpf uno
// CHECK: call @hypot(%{{.*}}, %{{.*}}) : (f64, f64) -> f64
func.func @math(%x: f64, %y: f64) -> (f64, f64, f64, i1, f64) {
  %0 = nbc.math sqrt %x : f64
  %1 = nbc.round %x : f64
  %2 = nbc.math2 atan2 %x, %y : f64
  %3 = nbc.fpclass nan %x : f64
  %4 = nbc.math2 hypot %x, %y : f64
  return %0, %1, %2, %3, %4 : f64, f64, f64, i1, f64
}

// CHECK-LABEL: func @bitwise
// CHECK: arith.andi
// CHECK: arith.ori
// CHECK: arith.xori
// CHECK: arith.constant -1 : i16
// CHECK: arith.select
func.func @bitwise(%a: si16, %b: si16, %c: i1) -> si16 {
  %0 = nbc.and %a, %b : si16
  %1 = nbc.or %0, %b : si16
  %2 = nbc.xor %1, %a : si16
  %3 = nbc.invert %2 : si16
  %4 = nbc.select %c, %3, %a : si16
  return %4 : si16
}
