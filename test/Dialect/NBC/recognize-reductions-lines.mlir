// Two operators on one variable: "reduced with two different operators"
// at the second update, or "not a reduction" when both are in one
// statement (on one source line, `s = 2.0 * s + x`).
// RUN: not nbc-opt %s --nbc-recognize-reductions -split-input-file 2>&1 | FileCheck %s

// CHECK: f.py:4:9: error: prange: variable 's' is reduced with two different operators
func.func @two_operators(%n: si64, %x: f64) -> f64 {
  %c0 = nbc.constant 0 : si64
  %c1 = nbc.constant 1 : si64
  %r = nbc.prange (%i) = (%c0) to (%n) step (%c1) : si64
      iter_args(%s loc("s") = %x : f64) {
    %s1 = nbc.add %s, %x : f64 loc("f.py":3:9)
    %s2 = nbc.mul %s1, %x : f64 loc("f.py":4:9)
    nbc.yield %s2 : f64
  }
  return %r : f64
}

// -----

// CHECK: f.py:3:13: error: prange: variable 's' is assigned in the loop but is not a reduction (use s += x, s *= x, s = min(s, x), ...)
func.func @not_an_update(%n: si64, %x: f64) -> f64 {
  %c0 = nbc.constant 0 : si64
  %c1 = nbc.constant 1 : si64
  %r = nbc.prange (%i) = (%c0) to (%n) step (%c1) : si64
      iter_args(%s loc("s") = %x : f64) {
    %s1 = nbc.mul %x, %s : f64 loc("f.py":3:13)
    %s2 = nbc.add %s1, %x : f64 loc("f.py":3:18)
    nbc.yield %s2 : f64
  }
  return %r : f64
}
