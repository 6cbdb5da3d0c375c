// nbc-dialect kernels under nbc-run: Python semantics and exceptions come
// back through the status ABI; expected values are Python's.

// -7 // 2 = -4, -7 % 2 = 1
// RUN: nbc-run %s --fn=floordiv_mod --arg=-7 --arg=2 | FileCheck %s --check-prefix=FDM
// FDM: -4
// FDM-NEXT: 1
// RUN: not nbc-run %s --fn=floordiv_mod --arg=-7 --arg=0 2>&1 | FileCheck %s --check-prefix=ZDE
// ZDE: ZeroDivisionError: integer division or modulo by zero

// a[-1] of [1.5, 2.5, 3.5] is 3.5; a[3] raises IndexError.
// RUN: nbc-run %s --fn=at --arg='[1.5, 2.5, 3.5]' --arg=-1 | FileCheck %s --check-prefix=AT
// AT: 3.5
// RUN: not nbc-run %s --fn=at --arg='[1.5, 2.5, 3.5]' --arg=3 2>&1 | FileCheck %s --check-prefix=IDX
// IDX: IndexError: index {{-?[0-9]+}} is out of bounds for axis 0 with size {{[0-9]+}}

// sum(range(0, 10, 3)) = 18; range(0, 10, 0) raises ValueError.
// RUN: nbc-run %s --fn=range_sum --arg=0 --arg=10 --arg=3 | FileCheck %s --check-prefix=RANGE
// RANGE: 18
// RUN: not nbc-run %s --fn=range_sum --arg=0 --arg=10 --arg=0 2>&1 | FileCheck %s --check-prefix=STEP
// STEP: ValueError: range() arg 3 must not be zero

// A prange sum of squares, parallel (OpenMP) and serial:
// sum(x * x for x in [1, 2, 3, 4, 5]) = 55.0
// RUN: nbc-run %s --fn=psum_squares --arg='[1, 2, 3, 4, 5]' | FileCheck %s --check-prefix=PSUM
// RUN: nbc-run %s --fn=psum_squares --arg='[1, 2, 3, 4, 5]' --parallel=false | FileCheck %s --check-prefix=PSUM
// PSUM: 55.0

// A kernel writing into its argument: a[i] = a[i] * k for unsigned bytes
// (wrapping as NumPy's uint8: 200 * 2 = 144).
// RUN: nbc-run %s --fn=scale_u8 --arg='[1, 100, 200]:u8' --arg=2 --print-args | FileCheck %s --check-prefix=U8
// U8: arg0 = [2, 200, 144]

// nbc.report_errors: the runtime (loaded into the JIT) prints and exits 1.
// RUN: not nbc-run %s --fn=report --arg=-1 2>&1 | FileCheck %s --check-prefix=REPORT
// REPORT: ValueError: negative
// RUN: nbc-run %s --fn=report --arg=1 | count 0

// The IR after convert-nbc-to-core (Numba's inspect_mlir):
// RUN: nbc-run %s --print-stage=standard | FileCheck %s --check-prefix=STD
// STD-LABEL: func.func @nbc.fn.floordiv_mod(%arg0: i64, %arg1: i64) -> (i64, i64)
// STD-NOT: nbc.floordiv
// STD: arith.divsi
// STD: nbc.raise_if %{{.*}}, ZeroDivisionError, "integer division or modulo by zero"

func.func @floordiv_mod(%a: si64, %b: si64) -> (si64, si64) {
  %q = nbc.floordiv %a, %b : si64
  %r = nbc.mod %a, %b : si64
  return %q, %r : si64, si64
}

func.func @at(%a: memref<?xf64>, %i: si64) -> f64 {
  %x = nbc.load %a[%i] : memref<?xf64>, si64
  return %x : f64
}

func.func @range_sum(%start: si64, %stop: si64, %step: si64) -> si64 {
  %zero = nbc.constant 0 : si64
  %s = nbc.range %i = %start to %stop step %step : si64
      iter_args(%acc = %zero) -> (si64) {
    %n = nbc.add %acc, %i : si64
    nbc.yield %n : si64
  }
  return %s : si64
}

func.func @psum_squares(%a: memref<?xf64>) -> f64
    attributes {nbc.kernel = #nbc.kernel<parallel = true>} {
  %zero = nbc.constant 0.0 : f64
  %c0 = nbc.constant 0 : si64
  %c1 = nbc.constant 1 : si64
  %n = nbc.dim %a, 0 : memref<?xf64>
  %s = nbc.prange (%i) = (%c0) to (%n) step (%c1) : si64
      reduce(add %acc = %zero : f64) {
    %x = nbc.load %a[%i] : memref<?xf64>, si64
    %sq = nbc.mul %x, %x : f64
    %n1 = nbc.add %acc, %sq : f64
    nbc.yield %n1 : f64
  }
  return %s : f64
}

func.func @scale_u8(%a: memref<?xui8>, %k: ui8) {
  %c0 = nbc.constant 0 : si64
  %c1 = nbc.constant 1 : si64
  %n = nbc.dim %a, 0 : memref<?xui8>
  nbc.range %i = %c0 to %n step %c1 : si64 {
    %x = nbc.load %a[%i] : memref<?xui8>, si64
    %y = nbc.mul %x, %k : ui8
    nbc.store %y, %a[%i] : memref<?xui8>, si64
    nbc.yield
  }
  return
}

func.func @report(%x: si64) attributes {nbc.report_errors} {
  %zero = nbc.constant 0 : si64
  %neg = nbc.cmp lt, %x, %zero : si64
  nbc.raise_if %neg, ValueError, "negative"
  return
}
