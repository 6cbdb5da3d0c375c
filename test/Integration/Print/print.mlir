// nbc.print through the JIT and an AOT library, without the Python hook:
// scalars as Python's str() writes them (shortest float repr, float32 as
// the double it boxes to, True/False, complex), text pieces, and arrays as
// nested lists.
// RUN: nbc-run %s --fn=show --arg=7 | FileCheck %s
// RUN: nbc-run --aot %s --fn=show --arg=-3 | FileCheck %s --check-prefix=NEG
// CHECK: n = 7 half = 3.5 tiny = 1e-05 big = 1e+16 third = 0.3333333333333333 flag = True
// CHECK-NEXT: 0.10000000149011612 1.0 -0.0 inf nan 123456789.0 (1+2j) 2j
// CHECK-NEXT: 255 [0.0 1.5 3.0]
// NEG: n = -3 half = -1.5
// Format specs, rendered by the runtime as Python's format() (no hook
// needed), and a line to stderr.
// CHECK-NEXT: [      +7] [0x0007] [3.500e+00] [    3.50%] [1,234,567.00] [True] [1]
// RUN: nbc-run %s --fn=show --arg=7 2>&1 >/dev/null | FileCheck %s --check-prefix=ERR
// ERR: to stderr 7

func.func @show(%n: si64) -> si64 {
  %two = nbc.constant 2.0 : f64
  %nf = nbc.cast %n : si64 to f64
  %half = nbc.truediv %nf, %two : f64 -> f64
  %tiny = nbc.constant 1.0e-05 : f64
  %big = nbc.constant 1.0e+16 : f64
  %one = nbc.constant 1.0 : f64
  %three = nbc.constant 3.0 : f64
  %third = nbc.truediv %one, %three : f64 -> f64
  %flag = nbc.constant true
  nbc.print ["n = ", " half = ", " tiny = ", " big = ", " third = ", " flag = ", "\0A"] (%n, %half, %tiny, %big, %third, %flag : si64, f64, f64, f64, f64, i1)
  %f32 = nbc.constant 0.1 : f32
  %negzero = nbc.constant -0.0 : f64
  %inf = nbc.constant 0x7FF0000000000000 : f64
  %nan = nbc.constant 0x7FF8000000000000 : f64
  %large = nbc.constant 123456789.0 : f64
  %re = nbc.constant 1.0 : f64
  %im = nbc.constant 2.0 : f64
  %z = nbc.complex %re, %im : f64
  %zero = nbc.constant 0.0 : f64
  %j = nbc.complex %zero, %im : f64
  nbc.print ["", " ", " ", " ", " ", " ", " ", " ", "\0A"] (%f32, %one, %negzero, %inf, %nan, %large, %z, %j : f32, f64, f64, f64, f64, f64, complex<f64>, complex<f64>)
  %u = nbc.constant 255 : ui8
  %c3 = nbc.constant 3 : si64
  %arr = nbc.empty(%c3) : memref<?xf64>, si64
  %c0 = nbc.constant 0 : si64
  %c1 = nbc.constant 1 : si64
  nbc.range %i = %c0 to %c3 step %c1 : si64 {
    %x = nbc.cast %i : si64 to f64
    %k = nbc.constant 1.5 : f64
    %w = nbc.mul %x, %k : f64
    nbc.store %w, %arr[%i] : memref<?xf64>, si64
    nbc.yield
  }
  nbc.print ["", " ", "\0A"] (%u, %arr : ui8, memref<?xf64>)
  %frac = nbc.constant 0.035 : f64
  %million = nbc.constant 1234567.0 : f64
  nbc.print ["[", "] [", "] [", "] [", "] [", "] [", "] [", "]\0A"] (%n, %n, %half, %frac, %million, %flag, %flag : si64, si64, f64, f64, f64, i1, i1) {formats = [">+8", "#06x", ".3e", ">9.2%", ",.2f", "", "d"]}
  nbc.print ["to stderr ", "\0A"] (%n : si64) {stream = 2 : i32}
  return %n : si64
}
