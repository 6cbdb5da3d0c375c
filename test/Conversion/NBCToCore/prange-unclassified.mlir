// A prange whose carried values have no kinds yet is not lowered: the
// pipeline runs nbc-recognize-reductions first.
// RUN: nbc-opt %s --convert-nbc-to-core -verify-diagnostics

func.func @unclassified(%n: si64, %x: f64) -> f64 {
  %c0 = nbc.constant 0 : si64
  %c1 = nbc.constant 1 : si64
  // expected-error @+2 {{failed to legalize operation 'nbc.prange'}}
  // expected-error @+1 {{'nbc.prange' op carries values without reduction kinds: run nbc-recognize-reductions before lowering}}
  %r = nbc.prange (%i) = (%c0) to (%n) step (%c1) : si64
      iter_args(%s = %x : f64) {
    %s1 = nbc.add %s, %x : f64
    nbc.yield %s1 : f64
  }
  return %r : f64
}
