// nbc-recognize-reductions rejects carried values that are not reductions,
// naming the variable from the accumulator's NameLoc.
// RUN: nbc-opt %s --nbc-recognize-reductions -split-input-file -verify-diagnostics

func.func @read_elsewhere(%n: si64, %x: f64, %out: memref<?xf64>) -> f64 {
  %c0 = nbc.constant 0 : si64
  %c1 = nbc.constant 1 : si64
  %r = nbc.prange (%i) = (%c0) to (%n) step (%c1) : si64
      iter_args(%s loc("s") = %x : f64) {
    %s1 = nbc.add %s, %x : f64
    // expected-error @+1 {{prange: reduction variable 's' is read in the loop other than by its update; inside a parallel loop it holds only part of the reduction}}
    nbc.store %s1, %out[%i] : memref<?xf64>, si64
    nbc.yield %s1 : f64
  }
  return %r : f64
}

// -----

func.func @subtracted_from(%n: si64, %x: f64) -> f64 {
  %c0 = nbc.constant 0 : si64
  %c1 = nbc.constant 1 : si64
  %r = nbc.prange (%i) = (%c0) to (%n) step (%c1) : si64
      iter_args(%s loc("s") = %x : f64) {
    // expected-error @+1 {{prange: variable 's' is assigned in the loop but is not a reduction}}
    %s1 = nbc.sub %x, %s : f64
    nbc.yield %s1 : f64
  }
  return %r : f64
}

// -----

func.func @squared(%n: si64, %x: f64) -> f64 {
  %c0 = nbc.constant 0 : si64
  %c1 = nbc.constant 1 : si64
  %r = nbc.prange (%i) = (%c0) to (%n) step (%c1) : si64
      iter_args(%s loc("s") = %x : f64) {
    // expected-error @+1 {{prange: variable 's' is assigned in the loop but is not a reduction}}
    %s1 = nbc.mul %s, %s : f64
    nbc.yield %s1 : f64
  }
  return %r : f64
}

// -----

// `if c: s += x else: s = 0.0`
func.func @reset_on_one_path(%n: si64, %x: f64, %c: i1) -> f64 {
  %c0 = nbc.constant 0 : si64
  %c1 = nbc.constant 1 : si64
  %r = nbc.prange (%i) = (%c0) to (%n) step (%c1) : si64
      iter_args(%s loc("s") = %x : f64) {
    %s1 = scf.if %c -> (f64) {
      %t = nbc.add %s, %x : f64
      scf.yield %t : f64
    } else {
      // expected-error @+1 {{prange: variable 's' is assigned in the loop but is not a reduction}}
      %z = nbc.constant 0.0 : f64
      scf.yield %z : f64
    }
    nbc.yield %s1 : f64
  }
  return %r : f64
}

// -----

// A condition on the partial value reads it; unnamed values are '#index'.
func.func @condition(%n: si64, %x: f64) -> f64 {
  %c0 = nbc.constant 0 : si64
  %c1 = nbc.constant 1 : si64
  %r = nbc.prange (%i) = (%c0) to (%n) step (%c1) : si64
      iter_args(%s = %x : f64) {
    // expected-error @+1 {{prange: reduction variable '#0' is read in the loop other than by its update}}
    %c = nbc.cmp gt, %s, %x : f64
    %s1 = scf.if %c -> (f64) {
      %t = nbc.add %s, %x : f64
      scf.yield %t : f64
    } else {
      scf.yield %s : f64
    }
    nbc.yield %s1 : f64
  }
  return %r : f64
}

// -----

// Python's max and np.maximum on one variable do not combine.
func.func @python_and_numpy_max(%a: memref<?xf64>, %n: si64, %x: f64) -> f64 {
  %c0 = nbc.constant 0 : si64
  %c1 = nbc.constant 1 : si64
  %r = nbc.prange (%i) = (%c0) to (%n) step (%c1) : si64 iter_args(%m = %x : f64) {
    %v = nbc.load %a[%i] : memref<?xf64>, si64
    %m1 = nbc.max %m, %v : f64
    // expected-error @+1 {{prange: variable '#0' is reduced with two different operators}}
    %mx = nbc.max %v, %m1 : f64
    %mnan = nbc.fpclass nan %m1 : f64
    %m2 = nbc.select %mnan, %m1, %mx : f64
    nbc.yield %m2 : f64
  }
  return %r : f64
}

// -----

// isnan(m) read elsewhere too: not NumPy's step alone.
func.func @numpy_max_nan_read(%a: memref<?xf64>, %n: si64, %x: f64) -> (f64, i1) {
  %c0 = nbc.constant 0 : si64
  %c1 = nbc.constant 1 : si64
  %f = arith.constant false
  %r:2 = nbc.prange (%i) = (%c0) to (%n) step (%c1) : si64
      iter_args(%m = %x : f64, %seen = %f : i1) {
    %v = nbc.load %a[%i] : memref<?xf64>, si64
    %mx = nbc.max %v, %m : f64
    // expected-error @+1 {{prange: reduction variable '#0' is read in the loop other than by its update}}
    %mnan = nbc.fpclass nan %m : f64
    %m1 = nbc.select %mnan, %m, %mx : f64
    %seen1 = nbc.or %seen, %mnan : i1
    nbc.yield %m1, %seen1 : f64, i1
  }
  return %r#0, %r#1 : f64, i1
}
