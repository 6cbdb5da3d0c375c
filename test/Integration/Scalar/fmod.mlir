// RUN: nbc-opt --nbc-to-llvm %s | mlir-runner -e _mlir_ciface_main -entry-point-result=void -shared-libs=%mlir_c_runner_utils,%mlir_runner_utils,%nbc_runtime | FileCheck %s
// RUN: nbc-run %s --fn=main --shared-libs=%mlir_c_runner_utils,%mlir_runner_utils | FileCheck %s
// DEFINE: %{raise} = nbc-opt --nbc-to-llvm %s | not mlir-runner -entry-point-result=void -shared-libs=%mlir_c_runner_utils,%mlir_runner_utils,%nbc_runtime
// RUN: %{raise} -e _mlir_ciface_float_by_zero 2>&1 | FileCheck %s --check-prefix=DOMAIN
// RUN: %{raise} -e _mlir_ciface_float_of_inf 2>&1 | FileCheck %s --check-prefix=DOMAIN
// RUN: %{raise} -e _mlir_ciface_int_by_zero 2>&1 | FileCheck %s --check-prefix=DOMAIN

// nbc.math2 fmod: C's remainder (the dividend's sign). On integers it is
// NumPy's np.fmod loop: 0 for a zero divisor under error_model = numpy, and
// INT_MIN fmod -1 is 0 (srem would trap). Under error_model = python, a
// zero divisor or an infinite float dividend raises CPython's
// math.fmod ValueError; a NaN operand never raises.

func.func private @printI64(si64)
func.func private @printU64(ui64)
func.func private @printF64(f64)
func.func private @printComma()
func.func private @printNewline()

func.func @np_i64(%a: si64, %b: si64) -> si64 attributes {nbc.kernel = #nbc.kernel<error_model = numpy>} {
  %r = nbc.math2 fmod %a, %b : si64
  return %r : si64
}

func.func @np_i8(%a: si8, %b: si8) -> si8 attributes {nbc.kernel = #nbc.kernel<error_model = numpy>} {
  %r = nbc.math2 fmod %a, %b : si8
  return %r : si8
}

func.func @np_u8(%a: ui8, %b: ui8) -> ui8 attributes {nbc.kernel = #nbc.kernel<error_model = numpy>} {
  %r = nbc.math2 fmod %a, %b : ui8
  return %r : ui8
}

func.func @np_f64(%a: f64, %b: f64) -> f64 attributes {nbc.kernel = #nbc.kernel<error_model = numpy>} {
  %r = nbc.math2 fmod %a, %b : f64
  return %r : f64
}

func.func @py_i64(%a: si64, %b: si64) -> si64 {
  %r = nbc.math2 fmod %a, %b : si64
  return %r : si64
}

func.func @py_f64(%a: f64, %b: f64) -> f64 {
  %r = nbc.math2 fmod %a, %b : f64
  return %r : f64
}

func.func @i64(%a: si64, %b: si64) {
  %n = call @np_i64(%a, %b) : (si64, si64) -> si64
  call @printI64(%n) : (si64) -> ()
  call @printNewline() : () -> ()
  return
}

func.func @f64(%a: f64, %b: f64) {
  %n = call @np_f64(%a, %b) : (f64, f64) -> f64
  call @printF64(%n) : (f64) -> ()
  call @printComma() : () -> ()
  %p = call @py_f64(%a, %b) : (f64, f64) -> f64
  call @printF64(%p) : (f64) -> ()
  call @printNewline() : () -> ()
  return
}

// CHECK: 1
// CHECK-NEXT: -1
// CHECK-NEXT: 1
// CHECK-NEXT: -1
// CHECK-NEXT: 0
// CHECK-NEXT: 0
// CHECK-NEXT: 0
// CHECK-NEXT: 0
// CHECK-NEXT: 4
// CHECK-NEXT: 0
// CHECK-NEXT: -1
// CHECK-NEXT: -1, -1
// CHECK-NEXT: {{-?}}nan, 3
// CHECK-NEXT: nan, nan
// CHECK-NEXT: {{-?}}nan
func.func @main() attributes {nbc.report_errors} {
  %c7 = nbc.constant 7 : si64
  %cm7 = nbc.constant -7 : si64
  %c3 = nbc.constant 3 : si64
  %cm3 = nbc.constant -3 : si64
  %c0 = nbc.constant 0 : si64
  %cm1 = nbc.constant -1 : si64
  %cmin = nbc.constant -9223372036854775808 : si64
  call @i64(%c7, %c3) : (si64, si64) -> ()
  call @i64(%cm7, %c3) : (si64, si64) -> ()
  call @i64(%c7, %cm3) : (si64, si64) -> ()
  call @i64(%cm7, %cm3) : (si64, si64) -> ()
  call @i64(%c7, %c0) : (si64, si64) -> ()
  call @i64(%cmin, %cm1) : (si64, si64) -> ()
  %b8 = nbc.constant -128 : si8
  %m8 = nbc.constant -1 : si8
  %r8 = call @np_i8(%b8, %m8) : (si8, si8) -> si8
  %w8 = nbc.cast %r8 : si8 to si64
  call @printI64(%w8) : (si64) -> ()
  call @printNewline() : () -> ()
  %z8 = nbc.constant 0 : si8
  %q8 = call @np_i8(%b8, %z8) : (si8, si8) -> si8
  %v8 = nbc.cast %q8 : si8 to si64
  call @printI64(%v8) : (si64) -> ()
  call @printNewline() : () -> ()
  %u200 = nbc.constant 200 : ui8
  %u7 = nbc.constant 7 : ui8
  %u0 = nbc.constant 0 : ui8
  %ru = call @np_u8(%u200, %u7) : (ui8, ui8) -> ui8
  %wu = nbc.cast %ru : ui8 to ui64
  call @printU64(%wu) : (ui64) -> ()
  call @printNewline() : () -> ()
  %rz = call @np_u8(%u200, %u0) : (ui8, ui8) -> ui8
  %wz = nbc.cast %rz : ui8 to ui64
  call @printU64(%wz) : (ui64) -> ()
  call @printNewline() : () -> ()
  %p = call @py_i64(%cm7, %c3) : (si64, si64) -> si64
  call @printI64(%p) : (si64) -> ()
  call @printNewline() : () -> ()
  %fm7 = nbc.constant -7.0 : f64
  %f3 = nbc.constant 3.0 : f64
  %f0 = nbc.constant 0.0 : f64
  %inf = nbc.constant 0x7FF0000000000000 : f64
  %nan = nbc.constant 0x7FF8000000000000 : f64
  call @f64(%fm7, %f3) : (f64, f64) -> ()
  // fmod(x, inf) is x; fmod(inf, inf) is nan in both models.
  %n1 = call @np_f64(%inf, %f3) : (f64, f64) -> f64
  call @printF64(%n1) : (f64) -> ()
  call @printComma() : () -> ()
  %p1 = call @py_f64(%f3, %inf) : (f64, f64) -> f64
  call @printF64(%p1) : (f64) -> ()
  call @printNewline() : () -> ()
  // NaN operands give NaN without raising, a zero divisor included.
  call @f64(%nan, %f0) : (f64, f64) -> ()
  %n2 = call @np_f64(%f3, %f0) : (f64, f64) -> f64
  call @printF64(%n2) : (f64) -> ()
  call @printNewline() : () -> ()
  return
}

// DOMAIN: ValueError: math domain error
func.func @float_by_zero() attributes {nbc.report_errors} {
  %a = nbc.constant 1.0 : f64
  %z = nbc.constant 0.0 : f64
  %r = call @py_f64(%a, %z) : (f64, f64) -> f64
  call @printF64(%r) : (f64) -> ()
  return
}

func.func @float_of_inf() attributes {nbc.report_errors} {
  %a = nbc.constant 0x7FF0000000000000 : f64
  %y = nbc.constant 2.0 : f64
  %r = call @py_f64(%a, %y) : (f64, f64) -> f64
  call @printF64(%r) : (f64) -> ()
  return
}

func.func @int_by_zero() attributes {nbc.report_errors} {
  %a = nbc.constant 7 : si64
  %z = nbc.constant 0 : si64
  %r = call @py_i64(%a, %z) : (si64, si64) -> si64
  call @printI64(%r) : (si64) -> ()
  return
}
