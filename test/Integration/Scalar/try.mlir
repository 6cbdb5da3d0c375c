// nbc.try through the whole pipeline: an exception raised in the body (an
// op's check, a callee's raise, a loop's failing iteration) is caught, the
// iterations before it took effect, and nothing is reported. With clauses,
// the kind picks the clause, and a kind no clause names goes on. A pending
// try holds it while the code after it runs, until nbc.reraise.
// RUN: nbc-opt --nbc-to-llvm %s | mlir-runner -e _mlir_ciface_main -entry-point-result=void -shared-libs=%mlir_c_runner_utils,%mlir_runner_utils,%nbc_runtime | FileCheck %s
// RUN: nbc-run %s --fn=main --shared-libs=%mlir_c_runner_utils,%mlir_runner_utils | FileCheck %s
// RUN: nbc-run --aot %s --fn=main --shared-libs=%mlir_c_runner_utils,%mlir_runner_utils | FileCheck %s

func.func private @printI64(si64)
func.func private @printNewline()

func.func @checked(%x: si64) -> si64 {
  %z = nbc.constant 0 : si64
  %neg = nbc.cmp lt, %x, %z : si64
  nbc.raise_if %neg, ValueError, "negative"
  return %x : si64
}

// x // y, or -1 when that raises.
func.func @safe_floordiv(%x: si64, %y: si64) -> si64 {
  %caught, %q = nbc.try -> (si64) {
    %r = nbc.floordiv %x, %y : si64
    nbc.yield %r : si64
  }
  %m1 = nbc.constant -1 : si64
  %out = nbc.select %caught, %m1, %q : si64
  return %out : si64
}

// Fills a[i] = 100 // d[i] until a division raises; returns whether it did.
func.func @fill(%a: memref<4xsi64>, %d: memref<4xsi64>) -> i1 {
  %c0 = nbc.constant 0 : si64
  %c4 = nbc.constant 4 : si64
  %c1 = nbc.constant 1 : si64
  %c100 = nbc.constant 100 : si64
  %caught = nbc.try {
    nbc.range %i = %c0 to %c4 step %c1 : si64 {
      %x = nbc.load %d[%i] : memref<4xsi64>, si64
      %q = nbc.floordiv %c100, %x : si64
      nbc.store %q, %a[%i] : memref<4xsi64>, si64
    }
  }
  return %caught : i1
}

// 1 for a ZeroDivisionError, 2 for a ValueError, x // y otherwise; the
// KeyError of x == 99 passes through.
func.func @classify(%x: si64, %y: si64) -> si64 {
  %zero, %value, %q = nbc.try catch [ZeroDivisionError] [ValueError] -> (si64) {
    %c99 = nbc.constant 99 : si64
    %is99 = nbc.cmp eq, %x, %c99 : si64
    nbc.raise_if %is99, KeyError, "99"
    %r = func.call @checked(%x) : (si64) -> si64
    %d = nbc.floordiv %r, %y : si64
    nbc.yield %d : si64
  }
  %c1 = nbc.constant 1 : si64
  %c2 = nbc.constant 2 : si64
  %a = nbc.select %value, %c2, %q : si64
  %b = nbc.select %zero, %c1, %a : si64
  return %b : si64
}

// x // y; stores 7 into m[0] whatever happens first (Python's `finally`),
// then raises again what the division raised.
func.func @held(%m: memref<1xsi64>, %x: si64, %y: si64) -> si64 {
  %pending, %q = nbc.try pending -> (si64) {
    %r = nbc.floordiv %x, %y : si64
    nbc.yield %r : si64
  }
  %c0 = nbc.constant 0 : si64
  %c7 = nbc.constant 7 : si64
  nbc.store %c7, %m[%c0] : memref<1xsi64>, si64
  nbc.reraise %pending
  return %q : si64
}

func.func @main() attributes {nbc.report_errors} {
  %c7 = nbc.constant 7 : si64
  %c2 = nbc.constant 2 : si64
  %c0 = nbc.constant 0 : si64
  %cm5 = nbc.constant -5 : si64
  // CHECK: 3
  %a = call @safe_floordiv(%c7, %c2) : (si64, si64) -> si64
  call @printI64(%a) : (si64) -> ()
  call @printNewline() : () -> ()
  // CHECK-NEXT: -1
  %b = call @safe_floordiv(%c7, %c0) : (si64, si64) -> si64
  call @printI64(%b) : (si64) -> ()
  call @printNewline() : () -> ()
  // A callee's raise is caught (ValueError for -5).
  // CHECK-NEXT: 1
  %caught, %v = nbc.try -> (si64) {
    %r = func.call @checked(%cm5) : (si64) -> si64
    nbc.yield %r : si64
  }
  %caught_i = nbc.cast %caught : i1 to si64
  call @printI64(%caught_i) : (si64) -> ()
  call @printNewline() : () -> ()
  // The loop stored a[0] and a[1] before d[2] = 0 raised.
  // CHECK-NEXT: 1
  // CHECK-NEXT: 1
  // CHECK-NEXT: 50
  // CHECK-NEXT: 0
  // CHECK-NEXT: 0
  %arr = nbc.full() %c0 : memref<4xsi64>
  %d = nbc.full() %c0 : memref<4xsi64>
  %c1 = nbc.constant 1 : si64
  %c3 = nbc.constant 3 : si64
  %c4 = nbc.constant 4 : si64
  %c100 = nbc.constant 100 : si64
  nbc.store %c100, %d[%c0] : memref<4xsi64>, si64
  nbc.store %c2, %d[%c1] : memref<4xsi64>, si64
  nbc.store %c4, %d[%c3] : memref<4xsi64>, si64
  %f = call @fill(%arr, %d) : (memref<4xsi64>, memref<4xsi64>) -> i1
  %fi = nbc.cast %f : i1 to si64
  call @printI64(%fi) : (si64) -> ()
  call @printNewline() : () -> ()
  nbc.range %i = %c0 to %c4 step %c1 : si64 {
    %x = nbc.load %arr[%i] : memref<4xsi64>, si64
    func.call @printI64(%x) : (si64) -> ()
    func.call @printNewline() : () -> ()
  }
  // CHECK-NEXT: 1
  // CHECK-NEXT: 2
  // CHECK-NEXT: 3
  %cm5b = nbc.constant -5 : si64
  %k1 = call @classify(%c7, %c0) : (si64, si64) -> si64
  call @printI64(%k1) : (si64) -> ()
  call @printNewline() : () -> ()
  %k2 = call @classify(%cm5b, %c2) : (si64, si64) -> si64
  call @printI64(%k2) : (si64) -> ()
  call @printNewline() : () -> ()
  %k3 = call @classify(%c7, %c2) : (si64, si64) -> si64
  call @printI64(%k3) : (si64) -> ()
  call @printNewline() : () -> ()
  // The KeyError reaches a catch-all try around the call.
  // CHECK-NEXT: 1
  %c99 = nbc.constant 99 : si64
  %key = nbc.try {
    %k4 = func.call @classify(%c99, %c2) : (si64, si64) -> si64
  }
  %key_i = nbc.cast %key : i1 to si64
  call @printI64(%key_i) : (si64) -> ()
  call @printNewline() : () -> ()
  // The finally store happens; then the ZeroDivisionError reaches the try.
  // CHECK-NEXT: 3
  // CHECK-NEXT: 1
  // CHECK-NEXT: 7
  %m1 = nbc.full() %c0 : memref<1xsi64>
  %h = call @held(%m1, %c7, %c2) : (memref<1xsi64>, si64, si64) -> si64
  call @printI64(%h) : (si64) -> ()
  call @printNewline() : () -> ()
  %m2 = nbc.full() %c0 : memref<1xsi64>
  %zero = nbc.try {
    %h2 = func.call @held(%m2, %c7, %c0) : (memref<1xsi64>, si64, si64) -> si64
  }
  %zero_i = nbc.cast %zero : i1 to si64
  call @printI64(%zero_i) : (si64) -> ()
  call @printNewline() : () -> ()
  %stored = nbc.load %m2[%c0] : memref<1xsi64>, si64
  call @printI64(%stored) : (si64) -> ()
  call @printNewline() : () -> ()
  return
}
