// nbc-privatize-array-updates: a whole-array update it cannot privatize
// would race, so it is an error (nbc-recognize-reductions refuses these
// first; this is IR that did not go through it).
// RUN: nbc-opt %s --nbc-privatize-array-updates -split-input-file -verify-diagnostics

func.func @variable_step(%x: memref<?xf64>, %acc: memref<?xf64>, %n: si64, %k: si64)
    attributes {nbc.kernel = #nbc.kernel<parallel = true>} {
  %c0 = nbc.constant 0 : si64
  nbc.prange (%i) = (%c0) to (%n) step (%k) : si64 reduce() {
    %v = nbc.load %x[%i] : memref<?xf64>, si64
    // expected-error @+1 {{prange: a whole-array reduction (`a += ...`) is supported in an outermost prange, with no prange inside it and a constant step}}
    nbc.ufunc ins(%acc, %v : memref<?xf64>, f64) outs(%acc : memref<?xf64>) {
    ^bb0(%a: f64, %b: f64):
      %t = nbc.add %a, %b : f64
      nbc.yield %t : f64
    }
  }
  return
}

// -----

func.func @read_elsewhere(%x: memref<?xf64>, %acc: memref<?xf64>, %out: memref<?xf64>, %n: si64)
    attributes {nbc.kernel = #nbc.kernel<parallel = true>} {
  %c0 = nbc.constant 0 : si64
  %c1 = nbc.constant 1 : si64
  nbc.prange (%i) = (%c0) to (%n) step (%c1) : si64 reduce() {
    %v = nbc.load %x[%i] : memref<?xf64>, si64
    // expected-error @+1 {{prange: this whole-array update (`a += ...`) races: the loop uses the array in another way}}
    nbc.ufunc ins(%acc, %v : memref<?xf64>, f64) outs(%acc : memref<?xf64>) {
    ^bb0(%a: f64, %b: f64):
      %t = nbc.add %a, %b : f64
      nbc.yield %t : f64
    }
    %first = nbc.load %acc[%c0] : memref<?xf64>, si64
    nbc.store %first, %out[%i] : memref<?xf64>, si64
  }
  return
}
