// RUN: nbc-opt --nbc-to-llvm %s | mlir-runner -e _mlir_ciface_main -entry-point-result=void -shared-libs=%mlir_c_runner_utils,%mlir_runner_utils,%nbc_runtime | FileCheck %s
// RUN: nbc-opt --nbc-to-llvm %s | not mlir-runner -e _mlir_ciface_fail_in_loop -entry-point-result=void -shared-libs=%mlir_c_runner_utils,%mlir_runner_utils,%nbc_runtime 2>&1 | FileCheck %s --check-prefix=LOOP
// RUN: nbc-opt --nbc-to-llvm %s | not mlir-runner -e _mlir_ciface_fail_in_nested -entry-point-result=void -shared-libs=%mlir_c_runner_utils,%mlir_runner_utils,%nbc_runtime 2>&1 | FileCheck %s --check-prefix=NESTED
// RUN: nbc-opt --nbc-to-llvm %s | not mlir-runner -e _mlir_ciface_fail_in_while -entry-point-result=void -shared-libs=%mlir_c_runner_utils,%mlir_runner_utils,%nbc_runtime 2>&1 | FileCheck %s --check-prefix=WHILE
// RUN: nbc-opt --nbc-to-llvm %s | not mlir-runner -e _mlir_ciface_fail_in_scf_while -entry-point-result=void -shared-libs=%mlir_c_runner_utils,%mlir_runner_utils,%nbc_runtime 2>&1 | FileCheck %s --check-prefix=SCFWHILE
// RUN: nbc-opt --nbc-to-llvm %s | not mlir-runner -e _mlir_ciface_fail_in_if -entry-point-result=void -shared-libs=%mlir_c_runner_utils,%mlir_runner_utils,%nbc_runtime 2>&1 | FileCheck %s --check-prefix=IF
// The same, run by nbc-run through the JIT and through an AOT shared library.
// RUN: nbc-run %s --fn=main --shared-libs=%mlir_c_runner_utils,%mlir_runner_utils | FileCheck %s
// RUN: nbc-run --aot %s --fn=main --shared-libs=%mlir_c_runner_utils,%mlir_runner_utils | FileCheck %s
// RUN: not nbc-run %s --fn=fail_in_loop --shared-libs=%mlir_c_runner_utils,%mlir_runner_utils 2>&1 | FileCheck %s --check-prefix=LOOP
// RUN: not nbc-run --aot %s --fn=fail_in_loop --shared-libs=%mlir_c_runner_utils,%mlir_runner_utils 2>&1 | FileCheck %s --check-prefix=LOOP
// RUN: not nbc-run %s --fn=fail_in_nested --shared-libs=%mlir_c_runner_utils,%mlir_runner_utils 2>&1 | FileCheck %s --check-prefix=NESTED
// RUN: not nbc-run --aot %s --fn=fail_in_nested --shared-libs=%mlir_c_runner_utils,%mlir_runner_utils 2>&1 | FileCheck %s --check-prefix=NESTED
// RUN: not nbc-run %s --fn=fail_in_while --shared-libs=%mlir_c_runner_utils,%mlir_runner_utils 2>&1 | FileCheck %s --check-prefix=WHILE
// RUN: not nbc-run --aot %s --fn=fail_in_while --shared-libs=%mlir_c_runner_utils,%mlir_runner_utils 2>&1 | FileCheck %s --check-prefix=WHILE
// RUN: not nbc-run %s --fn=fail_in_scf_while --shared-libs=%mlir_c_runner_utils,%mlir_runner_utils 2>&1 | FileCheck %s --check-prefix=SCFWHILE
// RUN: not nbc-run --aot %s --fn=fail_in_scf_while --shared-libs=%mlir_c_runner_utils,%mlir_runner_utils 2>&1 | FileCheck %s --check-prefix=SCFWHILE
// RUN: not nbc-run %s --fn=fail_in_if --shared-libs=%mlir_c_runner_utils,%mlir_runner_utils 2>&1 | FileCheck %s --check-prefix=IF
// RUN: not nbc-run --aot %s --fn=fail_in_if --shared-libs=%mlir_c_runner_utils,%mlir_runner_utils 2>&1 | FileCheck %s --check-prefix=IF

// Loops with breaks (Mandelbrot's escape loop), and raise points inside
// loops, nested loops, breaking loops and scf.if: the kernel stops at the
// failing iteration, nothing after it runs. Expected values from CPython:
//
//   def escape(cr, ci, maxiter):
//       zr = zi = 0.0
//       for i in range(maxiter):
//           zr2, zi2 = zr * zr, zi * zi
//           if zr2 + zi2 > 4.0:
//               return i
//           zi = 2 * zr * zi + ci
//           zr = zr2 - zi2 + cr
//       return maxiter
//   for y in range(-4, 5):   # inside count, sum of escape counts of the row
//       e = [escape(x / 10, y / 4, 50) for x in range(-20, 6)]
//       print(sum(v >= 50 for v in e), sum(e))

func.func private @printI64(si64)
func.func private @printComma()
func.func private @printNewline()

func.func @escape(%cr: f64, %ci: f64, %maxiter: si64) -> si64 {
  %c0 = nbc.constant 0 : si64
  %c1 = nbc.constant 1 : si64
  %zero = nbc.constant 0.0 : f64
  %two = nbc.constant 2.0 : f64
  %four = nbc.constant 4.0 : f64
  %r:3 = nbc.range %i = %c0 to %maxiter step %c1 : si64
      iter_args(%zr = %zero, %zi = %zero, %n = %maxiter) -> (f64, f64, si64) {
    %zr2 = nbc.mul %zr, %zr : f64
    %zi2 = nbc.mul %zi, %zi : f64
    %mag = nbc.add %zr2, %zi2 : f64
    %out = nbc.cmp gt, %mag, %four : f64
    %t = nbc.mul %two, %zr : f64
    %t2 = nbc.mul %t, %zi : f64
    %nzi = nbc.add %t2, %ci : f64
    %d = nbc.sub %zr2, %zi2 : f64
    %nzr = nbc.add %d, %cr : f64
    %n1 = nbc.select %out, %i, %n : si64
    nbc.yield break_if(%out) %nzr, %nzi, %n1 : f64, f64, si64
  }
  return %r#2 : si64
}

func.func @row(%y: si64) -> (si64, si64) {
  %cm20 = nbc.constant -20 : si64
  %c6 = nbc.constant 6 : si64
  %c1 = nbc.constant 1 : si64
  %c0 = nbc.constant 0 : si64
  %c4 = nbc.constant 4 : si64
  %c10 = nbc.constant 10 : si64
  %c50 = nbc.constant 50 : si64
  %ci = nbc.truediv %y, %c4 : si64 -> f64
  %r:2 = nbc.range %x = %cm20 to %c6 step %c1 : si64
      iter_args(%inside = %c0, %total = %c0) -> (si64, si64) {
    %cr = nbc.truediv %x, %c10 : si64 -> f64
    %e = func.call @escape(%cr, %ci, %c50) : (f64, f64, si64) -> si64
    %in = nbc.cmp ge, %e, %c50 : si64
    %in64 = nbc.cast %in : i1 to si64
    %inside1 = nbc.add %inside, %in64 : si64
    %total1 = nbc.add %total, %e : si64
    nbc.yield %inside1, %total1 : si64, si64
  }
  return %r#0, %r#1 : si64, si64
}

// CHECK: 1, 132
// CHECK-NEXT: 2, 226
// CHECK-NEXT: 9, 530
// CHECK-NEXT: 12, 727
// CHECK-NEXT: 23, 1174
// CHECK-NEXT: 12, 727
// CHECK-NEXT: 9, 530
// CHECK-NEXT: 2, 226
// CHECK-NEXT: 1, 132
// Collatz steps of 27 (a Python while loop as scf.while over si64):
// CHECK-NEXT: 111
func.func @main() attributes {nbc.report_errors} {
  %cm4 = nbc.constant -4 : si64
  %c5 = nbc.constant 5 : si64
  %c1 = nbc.constant 1 : si64
  nbc.range %y = %cm4 to %c5 step %c1 : si64 {
    %inside, %total = func.call @row(%y) : (si64) -> (si64, si64)
    func.call @printI64(%inside) : (si64) -> ()
    func.call @printComma() : () -> ()
    func.call @printI64(%total) : (si64) -> ()
    func.call @printNewline() : () -> ()
  }
  %c27 = nbc.constant 27 : si64
  %none = nbc.constant 0 : si64
  %steps = func.call @collatz(%c27, %none) : (si64, si64) -> si64
  func.call @printI64(%steps) : (si64) -> ()
  func.call @printNewline() : () -> ()
  return
}

// while x != 1: x = x // 2 if x % 2 == 0 else 3 * x + 1; 100 // (x - bad)
func.func @collatz(%n: si64, %bad: si64) -> si64 {
  %c0 = nbc.constant 0 : si64
  %c1 = nbc.constant 1 : si64
  %c2 = nbc.constant 2 : si64
  %c3 = nbc.constant 3 : si64
  %c100 = nbc.constant 100 : si64
  %r:2 = scf.while (%x = %n, %k = %c0) : (si64, si64) -> (si64, si64) {
    %more = nbc.cmp ne, %x, %c1 : si64
    scf.condition(%more) %x, %k : si64, si64
  } do {
  ^bb0(%x: si64, %k: si64):
    %m = nbc.mod %x, %c2 : si64
    %even = nbc.cmp eq, %m, %c0 : si64
    %nx = scf.if %even -> (si64) {
      %h = nbc.floordiv %x, %c2 : si64
      scf.yield %h : si64
    } else {
      %t = nbc.mul %x, %c3 : si64
      %t1 = nbc.add %t, %c1 : si64
      scf.yield %t1 : si64
    }
    %d = nbc.sub %x, %bad : si64
    %q = nbc.floordiv %c100, %d : si64
    %k1 = nbc.add %k, %c1 : si64
    scf.yield %nx, %k1 : si64, si64
  }
  return %r#1 : si64
}

// SCFWHILE: ZeroDivisionError: integer division or modulo by zero
// SCFWHILE-NOT: 111
func.func @fail_in_scf_while() attributes {nbc.report_errors} {
  %c27 = nbc.constant 27 : si64
  %c16 = nbc.constant 16 : si64
  %steps = func.call @collatz(%c27, %c16) : (si64, si64) -> si64
  func.call @printI64(%steps) : (si64) -> ()
  return
}

// for i in range(n): print(i); s += 100 // (i - 3)  -> fails at i == 3.
func.func @div_loop(%n: si64) -> si64 {
  %c0 = nbc.constant 0 : si64
  %c1 = nbc.constant 1 : si64
  %c3 = nbc.constant 3 : si64
  %c100 = nbc.constant 100 : si64
  %r = nbc.range %i = %c0 to %n step %c1 : si64 iter_args(%s = %c0) -> (si64) {
    func.call @printI64(%i) : (si64) -> ()
    func.call @printNewline() : () -> ()
    %d = nbc.sub %i, %c3 : si64
    %q = nbc.floordiv %c100, %d : si64
    %s1 = nbc.add %s, %q : si64
    nbc.yield %s1 : si64
  }
  return %r : si64
}

// LOOP: 0
// LOOP-NEXT: 1
// LOOP-NEXT: 2
// LOOP-NEXT: 3
// LOOP-NEXT: ZeroDivisionError: integer division or modulo by zero
func.func @fail_in_loop() attributes {nbc.report_errors} {
  %c10 = nbc.constant 10 : si64
  %s = func.call @div_loop(%c10) : (si64) -> si64
  func.call @printI64(%s) : (si64) -> ()
  return
}

// Nested: for i in range(3): for j in range(3): print(10*i+j); x = 1 << (j - 3 * i)
// NESTED: 0
// NESTED-NEXT: 1
// NESTED-NEXT: 2
// NESTED-NEXT: 10
// NESTED-NEXT: ValueError: negative shift count
func.func @fail_in_nested() attributes {nbc.report_errors} {
  %c0 = nbc.constant 0 : si64
  %c1 = nbc.constant 1 : si64
  %c3 = nbc.constant 3 : si64
  %c10 = nbc.constant 10 : si64
  %r = nbc.range %i = %c0 to %c3 step %c1 : si64 iter_args(%a = %c0) -> (si64) {
    %r2 = nbc.range %j = %c0 to %c3 step %c1 : si64 iter_args(%b = %a) -> (si64) {
      %t = nbc.mul %c10, %i : si64
      %v = nbc.add %t, %j : si64
      func.call @printI64(%v) : (si64) -> ()
      func.call @printNewline() : () -> ()
      %k = nbc.mul %c3, %i : si64
      %n = nbc.sub %j, %k : si64
      %x = nbc.shl %c1, %n : si64
      %b1 = nbc.add %b, %x : si64
      nbc.yield %b1 : si64
    }
    nbc.yield %r2 : si64
  }
  func.call @printI64(%r) : (si64) -> ()
  return
}

// A breaking loop: for i in range(100): if i*i > 30: break; print(i); 7 % (i - 4)
// WHILE: 0
// WHILE-NEXT: 1
// WHILE-NEXT: 2
// WHILE-NEXT: 3
// WHILE-NEXT: 4
// WHILE-NEXT: ZeroDivisionError: integer modulo by zero
func.func @fail_in_while() attributes {nbc.report_errors} {
  %c0 = nbc.constant 0 : si64
  %c1 = nbc.constant 1 : si64
  %c4 = nbc.constant 4 : si64
  %c7 = nbc.constant 7 : si64
  %c30 = nbc.constant 30 : si64
  %c100 = nbc.constant 100 : si64
  %r = nbc.range %i = %c0 to %c100 step %c1 : si64 iter_args(%s = %c0) -> (si64) {
    %sq = nbc.mul %i, %i : si64
    %big = nbc.cmp gt, %sq, %c30 : si64
    func.call @printI64(%i) : (si64) -> ()
    func.call @printNewline() : () -> ()
    %d = nbc.sub %i, %c4 : si64
    %m = nbc.mod %c7, %d : si64
    %s1 = nbc.add %s, %m : si64
    nbc.yield break_if(%big) %s1 : si64
  }
  func.call @printI64(%r) : (si64) -> ()
  return
}

// A raise inside scf.if with results: x = 1.0 / y if y < 1 else y.
// IF: 1
// IF-NEXT: ZeroDivisionError: float division by zero
func.func @recip_or_self(%y: f64) -> f64 {
  %one = nbc.constant 1.0 : f64
  %small = nbc.cmp lt, %y, %one : f64
  %r = scf.if %small -> (f64) {
    %q = nbc.truediv %one, %y : f64 -> f64
    scf.yield %q : f64
  } else {
    scf.yield %y : f64
  }
  return %r : f64
}
func.func @fail_in_if() attributes {nbc.report_errors} {
  %c0 = nbc.constant 0.0 : f64
  %c3 = nbc.constant 3.0 : f64
  %a = func.call @recip_or_self(%c3) : (f64) -> f64
  %ai = nbc.cast %a : f64 to si64
  %one = nbc.constant 1 : si64
  %b = nbc.cmp eq, %ai, %ai : si64
  %bi = nbc.cast %b : i1 to si64
  func.call @printI64(%bi) : (si64) -> ()
  func.call @printNewline() : () -> ()
  %z = func.call @recip_or_self(%c0) : (f64) -> f64
  %zi = nbc.cast %z : f64 to si64
  func.call @printI64(%zi) : (si64) -> ()
  return
}
