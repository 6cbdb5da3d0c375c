// Complex arithmetic through the complex dialect, run; expected values from
// CPython (cmath) and Numba (division by zero raises in both).
// RUN: nbc-opt --nbc-to-llvm %s | mlir-runner -e _mlir_ciface_main -entry-point-result=void -shared-libs=%mlir_c_runner_utils,%mlir_runner_utils,%nbc_runtime | FileCheck %s
// RUN: nbc-run %s --fn=main --shared-libs=%mlir_c_runner_utils,%mlir_runner_utils | FileCheck %s
// RUN: nbc-opt --nbc-to-llvm %s | not mlir-runner -e _mlir_ciface_div_zero -entry-point-result=void -shared-libs=%mlir_c_runner_utils,%mlir_runner_utils,%nbc_runtime 2>&1 | FileCheck %s --check-prefix=DIVZERO
// RUN: nbc-opt --nbc-to-llvm %s | not mlir-runner -e _mlir_ciface_log_zero -entry-point-result=void -shared-libs=%mlir_c_runner_utils,%mlir_runner_utils,%nbc_runtime 2>&1 | FileCheck %s --check-prefix=DOMAIN

func.func private @printF64(f64)
func.func private @printI64(si64)
func.func private @printComma()
func.func private @printNewline()

func.func @print(%z: complex<f64>) {
  %re = nbc.real %z : complex<f64>
  %im = nbc.imag %z : complex<f64>
  call @printF64(%re) : (f64) -> ()
  call @printComma() : () -> ()
  call @printF64(%im) : (f64) -> ()
  call @printNewline() : () -> ()
  return
}

func.func @main() attributes {nbc.report_errors} {
  %one = nbc.constant 1.0 : f64
  %two = nbc.constant 2.0 : f64
  %three = nbc.constant 3.0 : f64
  %four = nbc.constant 4.0 : f64
  %u = nbc.complex %one, %two : f64
  %v = nbc.complex %three, %four : f64
  // (1+2j) + (3+4j) == (4+6j)
  // CHECK: 4, 6
  %a = nbc.add %u, %v : complex<f64>
  call @print(%a) : (complex<f64>) -> ()
  // (1+2j) * (3+4j) == (-5+10j)
  // CHECK-NEXT: -5, 10
  %m = nbc.mul %u, %v : complex<f64>
  call @print(%m) : (complex<f64>) -> ()
  // (-5+10j) / (3+4j) == (1+2j)
  // CHECK-NEXT: 1, 2
  %d = nbc.truediv %m, %v : complex<f64> -> complex<f64>
  call @print(%d) : (complex<f64>) -> ()
  // abs(3+4j) == 5.0
  // CHECK-NEXT: 5
  %r = nbc.abs %v : complex<f64>
  call @printF64(%r) : (f64) -> ()
  call @printNewline() : () -> ()
  // (1+2j).conjugate() == (1-2j)
  // CHECK-NEXT: 1, -2
  %c = nbc.conj %u : complex<f64>
  call @print(%c) : (complex<f64>) -> ()
  // cmath.sqrt(3+4j) == (2+1j)
  // CHECK-NEXT: 2, 1
  %zero = nbc.constant 0.0 : f64
  %s = nbc.math sqrt %v : complex<f64>
  call @print(%s) : (complex<f64>) -> ()
  // cmath.sqrt(-4+0j) is 2j exactly, as in CPython (glibc's csqrt through
  // the runtime; upstream's complex.sqrt expansion left 1.2e-16 in the
  // real part).
  // CHECK-NEXT: 0, 2
  %mfour = nbc.neg %four : f64
  %n4 = nbc.complex %mfour, %zero : f64
  %s4 = nbc.math sqrt %n4 : complex<f64>
  call @print(%s4) : (complex<f64>) -> ()
  // cmath.exp(0j) == (1+0j); cmath.log(1+0j) == 0j
  // CHECK-NEXT: 1, 0
  %z0 = nbc.complex %zero, %zero : f64
  %e = nbc.math exp %z0 : complex<f64>
  call @print(%e) : (complex<f64>) -> ()
  // CHECK-NEXT: 0, 0
  %l = nbc.math log %e : complex<f64>
  call @print(%l) : (complex<f64>) -> ()
  // (1+2j) == (1+2j), (1+2j) != (3+4j), bool(0j)
  // CHECK-NEXT: 1, 1, 0
  %eq = nbc.cmp eq, %u, %d : complex<f64>
  %ne = nbc.cmp ne, %u, %v : complex<f64>
  %t = nbc.cast %z0 : complex<f64> to i1
  %eqi = nbc.cast %eq : i1 to si64
  %nei = nbc.cast %ne : i1 to si64
  %ti = nbc.cast %t : i1 to si64
  call @printI64(%eqi) : (si64) -> ()
  call @printComma() : () -> ()
  call @printI64(%nei) : (si64) -> ()
  call @printComma() : () -> ()
  call @printI64(%ti) : (si64) -> ()
  call @printNewline() : () -> ()
  // complex64 (1+2j) ** 2 in complex128 == (-3+4j), up to rounding
  // CHECK-NEXT: -3, 4
  %u32 = nbc.cast %u : complex<f64> to complex<f32>
  %two32 = nbc.constant 2 : si64
  %two_c = nbc.cast %two32 : si64 to complex<f32>
  %p32 = nbc.pow %u32, %two_c : complex<f32>, complex<f32> -> complex<f32>
  %p = nbc.cast %p32 : complex<f32> to complex<f64>
  %pre = nbc.real %p : complex<f64>
  %pim = nbc.imag %p : complex<f64>
  %pre_r = nbc.round %pre : f64
  %pim_r = nbc.round %pim : f64
  %pr = nbc.complex %pre_r, %pim_r : f64
  call @print(%pr) : (complex<f64>) -> ()
  // cmath.phase(-1+0j) == pi
  // CHECK-NEXT: 3.14159
  %mone = nbc.neg %one : f64
  %m1 = nbc.complex %mone, %zero : f64
  %ph = nbc.angle %m1 : complex<f64>
  call @printF64(%ph) : (f64) -> ()
  call @printNewline() : () -> ()
  call @special_values() : () -> ()
  return
}

// DIVZERO: ZeroDivisionError: complex division by zero

// cmath.log(0j) raises CPython's ValueError; cmath.sinh(-0+nanj) is
// CPython's 0+nanj (C99's -0+nanj).
// CHECK-NEXT: 0, nan
func.func @special_values() {
  %zero = nbc.constant 0.0 : f64
  %nzero = nbc.neg %zero : f64
  %nan = nbc.constant 0x7FF8000000000000 : f64
  %z = nbc.complex %nzero, %nan : f64
  %s = nbc.math sinh %z : complex<f64>
  call @print(%s) : (complex<f64>) -> ()
  return
}

// DOMAIN: ValueError: math domain error
func.func @log_zero() attributes {nbc.report_errors} {
  %zero = nbc.constant 0.0 : f64
  %z = nbc.complex %zero, %zero : f64
  %l = nbc.math log %z : complex<f64>
  return
}
func.func @div_zero() attributes {nbc.report_errors} {
  %one = nbc.constant 1.0 : f64
  %zero = nbc.constant 0.0 : f64
  %u = nbc.complex %one, %one : f64
  %z = nbc.complex %zero, %zero : f64
  %q = nbc.truediv %u, %z : complex<f64> -> complex<f64>
  return
}
