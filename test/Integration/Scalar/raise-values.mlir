// nbc.raise_if messages that quote run-time values, through the JIT and an
// AOT library: each as CPython's str() or format(value, spec) writes it,
// from a callee (the status propagates) and from inside a loop.
// RUN: not nbc-run %s --fn=quote --arg=7 2>&1 | FileCheck %s
// RUN: not nbc-run --aot %s --fn=quote --arg=-3 2>&1 | FileCheck %s --check-prefix=NEG
// RUN: not nbc-run %s --fn=in_loop --arg=5 2>&1 | FileCheck %s --check-prefix=LOOP
// RUN: nbc-run %s --fn=in_loop --arg=2 | FileCheck %s --check-prefix=OK

// CHECK: ValueError: bad 7: x=3.5 neg0=-0.0 inf=inf nan=nan tiny=5e-324 big=1e+300 f32=0.10000000149011612 u=18446744073709551615 b=True | 3.500|    7|+3.50e+00|0x12| {7}
// NEG: ValueError: bad -3: x=-1.5 {{.*}}|   -3|-1.50e+00|
func.func @check(%n: si64) {
  %half = nbc.constant 0.5 : f64
  %x = nbc.cast %n : si64 to f64
  %xh = nbc.mul %x, %half : f64
  %negzero = nbc.constant -0.0 : f64
  %inf = nbc.constant 0x7FF0000000000000 : f64
  %nan = nbc.constant 0x7FF8000000000000 : f64
  %tiny = nbc.constant 4.9406564584124654e-324 : f64
  %big = nbc.constant 1.0e300 : f64
  %f32 = nbc.constant 0.1 : f32
  %u = nbc.constant 18446744073709551615 : ui64
  %b = nbc.constant true
  %e = nbc.constant 18 : ui8
  %t = arith.constant true
  nbc.raise_if %t, ValueError, "bad {}: x={} neg0={} inf={} nan={} tiny={} big={} f32={} u={} b={} | {}|{}|{}|{}| {{{}}}" (%n, %xh, %negzero, %inf, %nan, %tiny, %big, %f32, %u, %b, %xh, %n, %xh, %e, %n : si64, f64, f64, f64, f64, f64, f64, f32, ui64, i1, f64, si64, f64, ui8, si64) {formats = ["", "", "", "", "", "", "", "", "", "", "6.3f", ">5d", "+.2e", "#x", ""]}
  return
}

func.func @quote(%n: si64) -> si64 {
  func.call @check(%n) : (si64) -> ()
  return %n : si64
}

// LOOP: IndexError: index 3 is out of bounds for axis 0 with size 3
// OK: 3
func.func @in_loop(%n: si64) -> si64 {
  %c0 = nbc.constant 0 : si64
  %c1 = nbc.constant 1 : si64
  %c3 = nbc.constant 3 : si64
  %r = nbc.range %i = %c0 to %n step %c1 : si64 iter_args(%acc = %c0) -> (si64) {
    %bad = nbc.cmp ge, %i, %c3 : si64
    nbc.raise_if %bad, IndexError, "index {} is out of bounds for axis 0 with size {}" (%i, %c3 : si64, si64)
    %next = nbc.add %acc, %c1 : si64
    nbc.yield %next : si64
  }
  %one = nbc.add %r, %c1 : si64
  return %one : si64
}
