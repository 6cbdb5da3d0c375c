// Each entry point raises one CPython exception; nbc.report_errors prints it
// through nbc_rt_report_error and exits with 1. Output printed before the
// raise point stays, nothing after it runs.
//
// DEFINE: %{run} = nbc-opt --nbc-to-llvm %s | not mlir-runner -entry-point-result=void -shared-libs=%mlir_c_runner_utils,%mlir_runner_utils,%nbc_runtime
// RUN: %{run} -e _mlir_ciface_int_floordiv 2>&1 | FileCheck %s --check-prefix=IFD
// RUN: %{run} -e _mlir_ciface_int_mod 2>&1 | FileCheck %s --check-prefix=IMOD
// RUN: %{run} -e _mlir_ciface_int_truediv 2>&1 | FileCheck %s --check-prefix=ITD
// RUN: %{run} -e _mlir_ciface_float_truediv 2>&1 | FileCheck %s --check-prefix=FTD
// RUN: %{run} -e _mlir_ciface_float_floordiv 2>&1 | FileCheck %s --check-prefix=FFD
// RUN: %{run} -e _mlir_ciface_float_mod 2>&1 | FileCheck %s --check-prefix=FMOD
// RUN: %{run} -e _mlir_ciface_float_divmod 2>&1 | FileCheck %s --check-prefix=FDM
// RUN: %{run} -e _mlir_ciface_cast_nan 2>&1 | FileCheck %s --check-prefix=NAN
// RUN: %{run} -e _mlir_ciface_cast_inf 2>&1 | FileCheck %s --check-prefix=INF
// RUN: %{run} -e _mlir_ciface_range_zero_step 2>&1 | FileCheck %s --check-prefix=RANGE
// RUN: %{run} -e _mlir_ciface_int_pow_negative 2>&1 | FileCheck %s --check-prefix=IPOW
// RUN: %{run} -e _mlir_ciface_int_pow_negative_numpy 2>&1 | FileCheck %s --check-prefix=IPOW
// RUN: %{run} -e _mlir_ciface_zero_pow_negative 2>&1 | FileCheck %s --check-prefix=ZPOW
// RUN: %{run} -e _mlir_ciface_negative_pow_fraction 2>&1 | FileCheck %s --check-prefix=FPOW
// RUN: %{run} -e _mlir_ciface_negative_shift 2>&1 | FileCheck %s --check-prefix=SHIFT
// RUN: %{run} -e _mlir_ciface_sqrt_negative 2>&1 | FileCheck %s --check-prefix=SQRT
// RUN: %{run} -e _mlir_ciface_log_zero 2>&1 | FileCheck %s --check-prefix=LOG
// RUN: %{run} -e _mlir_ciface_sin_inf 2>&1 | FileCheck %s --check-prefix=SIN
// RUN: %{run} -e _mlir_ciface_exp_overflow 2>&1 | FileCheck %s --check-prefix=EXP
// RUN: %{run} -e _mlir_ciface_explicit_raise 2>&1 | FileCheck %s --check-prefix=RAISE
// The same, run by nbc-run through the JIT and through an AOT shared library.
// RUN: not nbc-run %s --fn=int_floordiv --shared-libs=%mlir_c_runner_utils,%mlir_runner_utils 2>&1 | FileCheck %s --check-prefix=IFD
// RUN: not nbc-run --aot %s --fn=int_floordiv --shared-libs=%mlir_c_runner_utils,%mlir_runner_utils 2>&1 | FileCheck %s --check-prefix=IFD
// RUN: not nbc-run %s --fn=int_mod --shared-libs=%mlir_c_runner_utils,%mlir_runner_utils 2>&1 | FileCheck %s --check-prefix=IMOD
// RUN: not nbc-run --aot %s --fn=int_mod --shared-libs=%mlir_c_runner_utils,%mlir_runner_utils 2>&1 | FileCheck %s --check-prefix=IMOD
// RUN: not nbc-run %s --fn=int_truediv --shared-libs=%mlir_c_runner_utils,%mlir_runner_utils 2>&1 | FileCheck %s --check-prefix=ITD
// RUN: not nbc-run --aot %s --fn=int_truediv --shared-libs=%mlir_c_runner_utils,%mlir_runner_utils 2>&1 | FileCheck %s --check-prefix=ITD
// RUN: not nbc-run %s --fn=float_truediv --shared-libs=%mlir_c_runner_utils,%mlir_runner_utils 2>&1 | FileCheck %s --check-prefix=FTD
// RUN: not nbc-run --aot %s --fn=float_truediv --shared-libs=%mlir_c_runner_utils,%mlir_runner_utils 2>&1 | FileCheck %s --check-prefix=FTD
// RUN: not nbc-run %s --fn=float_floordiv --shared-libs=%mlir_c_runner_utils,%mlir_runner_utils 2>&1 | FileCheck %s --check-prefix=FFD
// RUN: not nbc-run --aot %s --fn=float_floordiv --shared-libs=%mlir_c_runner_utils,%mlir_runner_utils 2>&1 | FileCheck %s --check-prefix=FFD
// RUN: not nbc-run %s --fn=float_mod --shared-libs=%mlir_c_runner_utils,%mlir_runner_utils 2>&1 | FileCheck %s --check-prefix=FMOD
// RUN: not nbc-run --aot %s --fn=float_mod --shared-libs=%mlir_c_runner_utils,%mlir_runner_utils 2>&1 | FileCheck %s --check-prefix=FMOD
// RUN: not nbc-run %s --fn=float_divmod --shared-libs=%mlir_c_runner_utils,%mlir_runner_utils 2>&1 | FileCheck %s --check-prefix=FDM
// RUN: not nbc-run --aot %s --fn=float_divmod --shared-libs=%mlir_c_runner_utils,%mlir_runner_utils 2>&1 | FileCheck %s --check-prefix=FDM
// RUN: not nbc-run %s --fn=cast_nan --shared-libs=%mlir_c_runner_utils,%mlir_runner_utils 2>&1 | FileCheck %s --check-prefix=NAN
// RUN: not nbc-run --aot %s --fn=cast_nan --shared-libs=%mlir_c_runner_utils,%mlir_runner_utils 2>&1 | FileCheck %s --check-prefix=NAN
// RUN: not nbc-run %s --fn=cast_inf --shared-libs=%mlir_c_runner_utils,%mlir_runner_utils 2>&1 | FileCheck %s --check-prefix=INF
// RUN: not nbc-run --aot %s --fn=cast_inf --shared-libs=%mlir_c_runner_utils,%mlir_runner_utils 2>&1 | FileCheck %s --check-prefix=INF
// RUN: not nbc-run %s --fn=range_zero_step --shared-libs=%mlir_c_runner_utils,%mlir_runner_utils 2>&1 | FileCheck %s --check-prefix=RANGE
// RUN: not nbc-run --aot %s --fn=range_zero_step --shared-libs=%mlir_c_runner_utils,%mlir_runner_utils 2>&1 | FileCheck %s --check-prefix=RANGE
// RUN: not nbc-run %s --fn=int_pow_negative --shared-libs=%mlir_c_runner_utils,%mlir_runner_utils 2>&1 | FileCheck %s --check-prefix=IPOW
// RUN: not nbc-run --aot %s --fn=int_pow_negative --shared-libs=%mlir_c_runner_utils,%mlir_runner_utils 2>&1 | FileCheck %s --check-prefix=IPOW
// RUN: not nbc-run %s --fn=zero_pow_negative --shared-libs=%mlir_c_runner_utils,%mlir_runner_utils 2>&1 | FileCheck %s --check-prefix=ZPOW
// RUN: not nbc-run --aot %s --fn=zero_pow_negative --shared-libs=%mlir_c_runner_utils,%mlir_runner_utils 2>&1 | FileCheck %s --check-prefix=ZPOW
// RUN: not nbc-run %s --fn=negative_pow_fraction --shared-libs=%mlir_c_runner_utils,%mlir_runner_utils 2>&1 | FileCheck %s --check-prefix=FPOW
// RUN: not nbc-run --aot %s --fn=negative_pow_fraction --shared-libs=%mlir_c_runner_utils,%mlir_runner_utils 2>&1 | FileCheck %s --check-prefix=FPOW
// RUN: not nbc-run %s --fn=negative_shift --shared-libs=%mlir_c_runner_utils,%mlir_runner_utils 2>&1 | FileCheck %s --check-prefix=SHIFT
// RUN: not nbc-run --aot %s --fn=negative_shift --shared-libs=%mlir_c_runner_utils,%mlir_runner_utils 2>&1 | FileCheck %s --check-prefix=SHIFT
// RUN: not nbc-run %s --fn=sqrt_negative --shared-libs=%mlir_c_runner_utils,%mlir_runner_utils 2>&1 | FileCheck %s --check-prefix=SQRT
// RUN: not nbc-run --aot %s --fn=sqrt_negative --shared-libs=%mlir_c_runner_utils,%mlir_runner_utils 2>&1 | FileCheck %s --check-prefix=SQRT
// RUN: not nbc-run %s --fn=log_zero --shared-libs=%mlir_c_runner_utils,%mlir_runner_utils 2>&1 | FileCheck %s --check-prefix=LOG
// RUN: not nbc-run --aot %s --fn=log_zero --shared-libs=%mlir_c_runner_utils,%mlir_runner_utils 2>&1 | FileCheck %s --check-prefix=LOG
// RUN: not nbc-run %s --fn=sin_inf --shared-libs=%mlir_c_runner_utils,%mlir_runner_utils 2>&1 | FileCheck %s --check-prefix=SIN
// RUN: not nbc-run --aot %s --fn=sin_inf --shared-libs=%mlir_c_runner_utils,%mlir_runner_utils 2>&1 | FileCheck %s --check-prefix=SIN
// RUN: not nbc-run %s --fn=exp_overflow --shared-libs=%mlir_c_runner_utils,%mlir_runner_utils 2>&1 | FileCheck %s --check-prefix=EXP
// RUN: not nbc-run --aot %s --fn=exp_overflow --shared-libs=%mlir_c_runner_utils,%mlir_runner_utils 2>&1 | FileCheck %s --check-prefix=EXP
// RUN: not nbc-run %s --fn=explicit_raise --shared-libs=%mlir_c_runner_utils,%mlir_runner_utils 2>&1 | FileCheck %s --check-prefix=RAISE
// RUN: not nbc-run --aot %s --fn=explicit_raise --shared-libs=%mlir_c_runner_utils,%mlir_runner_utils 2>&1 | FileCheck %s --check-prefix=RAISE

func.func private @printI64(si64)
func.func private @printNewline()

func.func @fd(%a: si64, %b: si64) -> si64 {
  %r = nbc.floordiv %a, %b : si64
  return %r : si64
}

// IFD: 3
// IFD-NEXT: ZeroDivisionError: integer division or modulo by zero
// IFD-NOT: 99
func.func @int_floordiv() attributes {nbc.report_errors} {
  %a = nbc.constant 7 : si64
  %b = nbc.constant 2 : si64
  %z = nbc.constant 0 : si64
  %c99 = nbc.constant 99 : si64
  %q = call @fd(%a, %b) : (si64, si64) -> si64
  call @printI64(%q) : (si64) -> ()
  call @printNewline() : () -> ()
  %e = call @fd(%a, %z) : (si64, si64) -> si64
  call @printI64(%c99) : (si64) -> ()
  call @printNewline() : () -> ()
  return
}

// IMOD: ZeroDivisionError: integer modulo by zero
func.func @int_mod() attributes {nbc.report_errors} {
  %a = nbc.constant 7 : si32
  %z = nbc.constant 0 : si32
  %m = nbc.mod %a, %z : si32
  return
}

// ITD: ZeroDivisionError: division by zero
func.func @int_truediv() attributes {nbc.report_errors} {
  %a = nbc.constant 7 : ui8
  %z = nbc.constant 0 : ui8
  %m = nbc.truediv %a, %z : ui8 -> f64
  return
}

// FTD: ZeroDivisionError: float division by zero
func.func @float_truediv() attributes {nbc.report_errors} {
  %a = nbc.constant 7.0 : f64
  %z = nbc.constant -0.0 : f64
  %m = nbc.truediv %a, %z : f64 -> f64
  return
}

// FFD: ZeroDivisionError: float floor division by zero
func.func @float_floordiv() attributes {nbc.report_errors} {
  %a = nbc.constant 7.0 : f32
  %z = nbc.constant 0.0 : f32
  %m = nbc.floordiv %a, %z : f32
  return
}

// FMOD: ZeroDivisionError: float modulo
func.func @float_mod() attributes {nbc.report_errors} {
  %a = nbc.constant 7.0 : f64
  %z = nbc.constant 0.0 : f64
  %m = nbc.mod %a, %z : f64
  return
}

// FDM: ZeroDivisionError: float divmod()
func.func @float_divmod() attributes {nbc.report_errors} {
  %a = nbc.constant 7.0 : f64
  %z = nbc.constant 0.0 : f64
  %q, %m = nbc.divmod %a, %z : f64
  return
}

func.func @to_int(%x: f64) -> si64 {
  %r = nbc.cast %x : f64 to si64
  return %r : si64
}

// NAN: ValueError: cannot convert float NaN to integer
func.func @cast_nan() attributes {nbc.report_errors} {
  %x = nbc.constant 0x7FF8000000000000 : f64
  %r = call @to_int(%x) : (f64) -> si64
  return
}

// INF: OverflowError: cannot convert float infinity to integer
func.func @cast_inf() attributes {nbc.report_errors} {
  %x = nbc.constant 0xFFF0000000000000 : f64
  %r = call @to_int(%x) : (f64) -> si64
  return
}

func.func @count(%a: si64, %b: si64, %s: si64) -> si64 {
  %z = nbc.constant 0 : si64
  %one = nbc.constant 1 : si64
  %r = nbc.range %i = %a to %b step %s : si64 iter_args(%n = %z) -> (si64) {
    %n1 = nbc.add %n, %one : si64
    nbc.yield %n1 : si64
  }
  return %r : si64
}

// RANGE: 5
// RANGE-NEXT: ValueError: range() arg 3 must not be zero
func.func @range_zero_step() attributes {nbc.report_errors} {
  %a = nbc.constant 0 : si64
  %b = nbc.constant 10 : si64
  %s = nbc.constant 2 : si64
  %z = nbc.constant 0 : si64
  %n = call @count(%a, %b, %s) : (si64, si64, si64) -> si64
  call @printI64(%n) : (si64) -> ()
  call @printNewline() : () -> ()
  %m = call @count(%a, %b, %z) : (si64, si64, si64) -> si64
  call @printI64(%m) : (si64) -> ()
  call @printNewline() : () -> ()
  return
}

func.func @ipow(%a: si64, %b: si64) -> si64 {
  %r = nbc.pow %a, %b : si64, si64 -> si64
  return %r : si64
}

// IPOW: ValueError: Integers to negative integer powers are not allowed.
func.func @int_pow_negative() attributes {nbc.report_errors} {
  %a = nbc.constant 2 : si64
  %b = nbc.constant -1 : si64
  %r = call @ipow(%a, %b) : (si64, si64) -> si64
  return
}

// NumPy's integer loops raise it too: so does error_model = numpy.
func.func @ipow_numpy(%a: si64, %b: si64) -> si64 attributes {nbc.kernel = #nbc.kernel<error_model = numpy>} {
  %r = nbc.pow %a, %b : si64, si64 -> si64
  return %r : si64
}

func.func @int_pow_negative_numpy() attributes {nbc.report_errors} {
  %a = nbc.constant 2 : si64
  %b = nbc.constant -1 : si64
  %r = call @ipow_numpy(%a, %b) : (si64, si64) -> si64
  return
}

// ZPOW: ZeroDivisionError: 0.0 cannot be raised to a negative power
func.func @zero_pow_negative() attributes {nbc.report_errors} {
  %a = nbc.constant 0.0 : f64
  %b = nbc.constant -2 : si64
  %r = nbc.pow %a, %b : f64, si64 -> f64
  return
}

// FPOW: ValueError: math domain error
func.func @negative_pow_fraction() attributes {nbc.report_errors} {
  %a = nbc.constant -8.0 : f64
  %b = nbc.constant 0.5 : f64
  %r = nbc.pow %a, %b : f64, f64 -> f64
  return
}

// SHIFT: ValueError: negative shift count
func.func @negative_shift() attributes {nbc.report_errors} {
  %a = nbc.constant 1 : si16
  %b = nbc.constant -1 : si16
  %r = nbc.shr %a, %b : si16
  return
}

// SQRT: ValueError: math domain error
func.func @sqrt_negative() attributes {nbc.report_errors} {
  %a = nbc.constant -1.0 : f64
  %r = nbc.math sqrt %a : f64
  return
}

// LOG: ValueError: math domain error
func.func @log_zero() attributes {nbc.report_errors} {
  %a = nbc.constant 0.0 : f32
  %r = nbc.math log %a : f32
  return
}

// SIN: ValueError: math domain error
func.func @sin_inf() attributes {nbc.report_errors} {
  %a = nbc.constant 0x7FF0000000000000 : f64
  %r = nbc.math sin %a : f64
  return
}

// EXP: OverflowError: math range error
func.func @exp_overflow() attributes {nbc.report_errors} {
  %a = nbc.constant 1000.0 : f64
  %r = nbc.math exp %a : f64
  return
}

// RAISE: AssertionError: custom message
func.func @explicit_raise() attributes {nbc.report_errors} {
  %t = arith.constant true
  nbc.raise_if %t, AssertionError, "custom message"
  return
}
