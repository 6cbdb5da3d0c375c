// nbc-recognize-reductions in a parallel kernel: writes to elements
// iterations share that cannot be made atomic are errors.
// RUN: nbc-opt %s --nbc-recognize-reductions -split-input-file -verify-diagnostics

func.func @same_element(%a: memref<?xf64>, %out: memref<?xf64>, %n: si64)
    attributes {nbc.kernel = #nbc.kernel<parallel = true>} {
  %c0 = nbc.constant 0 : si64
  %c1 = nbc.constant 1 : si64
  nbc.prange (%i) = (%c0) to (%n) step (%c1) : si64 {
    %x = nbc.load %a[%i] : memref<?xf64>, si64
    // expected-error @+1 {{prange: every iteration writes the same array element here (its index does not depend on the loop variable)}}
    nbc.store %x, %out[%c0] : memref<?xf64>, si64
  }
  return
}

// -----

func.func @read_of_updated(%a: memref<?xf64>, %idx: memref<?xsi64>,
                           %out: memref<?xf64>, %n: si64)
    attributes {nbc.kernel = #nbc.kernel<parallel = true>} {
  %c0 = nbc.constant 0 : si64
  %c1 = nbc.constant 1 : si64
  nbc.prange (%i) = (%c0) to (%n) step (%c1) : si64 {
    %k = nbc.load %idx[%i] : memref<?xsi64>, si64
    %x = nbc.load %a[%i] : memref<?xf64>, si64
    %old = nbc.load %out[%k] : memref<?xf64>, si64
    %new = nbc.add %old, %x : f64
    nbc.store %new, %out[%k] : memref<?xf64>, si64
    // expected-error @+1 {{prange: this reads an array element that other iterations may write}}
    %y = nbc.load %out[%c0] : memref<?xf64>, si64
    nbc.store %y, %a[%i] : memref<?xf64>, si64
  }
  return
}

// -----

func.func @stencil_in_place(%a: memref<?xf64>, %n: si64)
    attributes {nbc.kernel = #nbc.kernel<parallel = true>} {
  %c1 = nbc.constant 1 : si64
  nbc.prange (%i) = (%c1) to (%n) step (%c1) : si64 {
    %j = nbc.sub %i, %c1 : si64
    // expected-error @+1 {{prange: this reads an array element that other iterations may write}}
    %x = nbc.load %a[%j] : memref<?xf64>, si64
    nbc.store %x, %a[%i] : memref<?xf64>, si64
  }
  return
}

// -----

func.func @updated_and_assigned(%idx: memref<?xsi64>, %out: memref<?xf64>,
                                %n: si64)
    attributes {nbc.kernel = #nbc.kernel<parallel = true>} {
  %c0 = nbc.constant 0 : si64
  %c1 = nbc.constant 1 : si64
  %one = nbc.constant 1.0 : f64
  nbc.prange (%i) = (%c0) to (%n) step (%c1) : si64 {
    %k = nbc.load %idx[%i] : memref<?xsi64>, si64
    %old = nbc.load %out[%k] : memref<?xf64>, si64
    %new = nbc.add %old, %one : f64
    nbc.store %new, %out[%k] : memref<?xf64>, si64
    %j = nbc.mul %i, %i : si64
    // expected-error @+1 {{prange: this writes an array that the loop also updates at elements other iterations share}}
    nbc.store %one, %out[%j] : memref<?xf64>, si64
  }
  return
}

// -----

func.func @two_operators(%idx: memref<?xsi64>, %out: memref<?xf64>, %n: si64)
    attributes {nbc.kernel = #nbc.kernel<parallel = true>} {
  %c0 = nbc.constant 0 : si64
  %c1 = nbc.constant 1 : si64
  %two = nbc.constant 2.0 : f64
  nbc.prange (%i) = (%c0) to (%n) step (%c1) : si64 {
    %k = nbc.load %idx[%i] : memref<?xsi64>, si64
    %old = nbc.load %out[%k] : memref<?xf64>, si64
    %new = nbc.add %old, %two : f64
    nbc.store %new, %out[%k] : memref<?xf64>, si64
    %old2 = nbc.load %out[%k] : memref<?xf64>, si64
    // expected-error @+1 {{prange: this array is updated with two different operators}}
    %new2 = nbc.mul %old2, %two : f64
    nbc.store %new2, %out[%k] : memref<?xf64>, si64
  }
  return
}

// -----

func.func @bool_update(%idx: memref<?xsi64>, %out: memref<?xi1>, %n: si64)
    attributes {nbc.kernel = #nbc.kernel<parallel = true>} {
  %c0 = nbc.constant 0 : si64
  %c1 = nbc.constant 1 : si64
  %t = nbc.constant true
  nbc.prange (%i) = (%c0) to (%n) step (%c1) : si64 {
    %k = nbc.load %idx[%i] : memref<?xsi64>, si64
    %old = nbc.load %out[%k] : memref<?xi1>, si64
    // expected-error @+1 {{prange: updates of a bool array}}
    %new = nbc.or %old, %t : i1
    nbc.store %new, %out[%k] : memref<?xi1>, si64
  }
  return
}

// -----

func.func @fill_every_iteration(%a: memref<?xf64>, %out: memref<?xf64>,
                                %n: si64)
    attributes {nbc.kernel = #nbc.kernel<parallel = true>} {
  %c0 = nbc.constant 0 : si64
  %c1 = nbc.constant 1 : si64
  nbc.prange (%i) = (%c0) to (%n) step (%c1) : si64 {
    %x = nbc.load %a[%i] : memref<?xf64>, si64
    // expected-error @+1 {{prange: every iteration writes the same array element}}
    nbc.ufunc ins(%out, %x : memref<?xf64>, f64) outs(%out : memref<?xf64>) {
    ^bb0(%o: f64, %e: f64):
      nbc.yield %e : f64
    }
  }
  return
}

// -----

// A whole-array reduction's array read elsewhere in the loop.
func.func @whole_array_read(%x: memref<?xf64>, %acc: memref<?xf64>, %n: si64) -> f64
    attributes {nbc.kernel = #nbc.kernel<parallel = true>} {
  %c0 = nbc.constant 0 : si64
  %c1 = nbc.constant 1 : si64
  %z = nbc.constant 0.0 : f64
  %r = nbc.prange (%i) = (%c0) to (%n) step (%c1) : si64 iter_args(%s = %z : f64) {
    %v = nbc.load %x[%i] : memref<?xf64>, si64
    nbc.ufunc ins(%acc, %v : memref<?xf64>, f64) outs(%acc : memref<?xf64>) {
    ^bb0(%a: f64, %b: f64):
      %t = nbc.add %a, %b : f64
      nbc.yield %t : f64
    }
    // expected-error @+1 {{prange: this accesses an array that the loop reduces as a whole (`a += ...`)}}
    %first = nbc.load %acc[%c0] : memref<?xf64>, si64
    %s2 = nbc.add %s, %first : f64
    nbc.yield %s2 : f64
  }
  return %r : f64
}

// -----

func.func @whole_array_two_operators(%x: memref<?xsi64>, %acc: memref<?xsi64>, %n: si64)
    attributes {nbc.kernel = #nbc.kernel<parallel = true>} {
  %c0 = nbc.constant 0 : si64
  %c1 = nbc.constant 1 : si64
  nbc.prange (%i) = (%c0) to (%n) step (%c1) : si64 {
    %v = nbc.load %x[%i] : memref<?xsi64>, si64
    nbc.ufunc ins(%acc, %v : memref<?xsi64>, si64) outs(%acc : memref<?xsi64>) {
    ^bb0(%a: si64, %b: si64):
      %t = nbc.add %a, %b : si64
      nbc.yield %t : si64
    }
    // expected-error @+1 {{prange: this array is reduced with two different operators in the loop}}
    nbc.ufunc ins(%acc, %v : memref<?xsi64>, si64) outs(%acc : memref<?xsi64>) {
    ^bb0(%a: si64, %b: si64):
      %t = nbc.mul %a, %b : si64
      nbc.yield %t : si64
    }
  }
  return
}

// -----

// `v - acc` is no reduction: a race.
func.func @whole_array_reversed_sub(%x: memref<?xf64>, %acc: memref<?xf64>, %n: si64)
    attributes {nbc.kernel = #nbc.kernel<parallel = true>} {
  %c0 = nbc.constant 0 : si64
  %c1 = nbc.constant 1 : si64
  nbc.prange (%i) = (%c0) to (%n) step (%c1) : si64 {
    %v = nbc.load %x[%i] : memref<?xf64>, si64
    // expected-error @+1 {{prange: every iteration writes the same array element here}}
    nbc.ufunc ins(%acc, %v : memref<?xf64>, f64) outs(%acc : memref<?xf64>) {
    ^bb0(%a: f64, %b: f64):
      %t = nbc.sub %b, %a : f64
      nbc.yield %t : f64
    }
  }
  return
}

// -----

func.func @whole_array_variable_step(%x: memref<?xf64>, %acc: memref<?xf64>, %n: si64, %k: si64)
    attributes {nbc.kernel = #nbc.kernel<parallel = true>} {
  %c0 = nbc.constant 0 : si64
  nbc.prange (%i) = (%c0) to (%n) step (%k) : si64 {
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

// Through an inner loop carrying the array: still two operators.
func.func @carried_two_operators(%x: memref<?xf64>, %acc: memref<?xf64>, %n: si64)
    attributes {nbc.kernel = #nbc.kernel<parallel = true>} {
  %c0 = nbc.constant 0 : si64
  %c1 = nbc.constant 1 : si64
  nbc.prange (%i) = (%c0) to (%n) step (%c1) : si64 {
    %v = nbc.load %x[%i] : memref<?xf64>, si64
    nbc.ufunc ins(%acc, %v : memref<?xf64>, f64) outs(%acc : memref<?xf64>) {
    ^bb0(%e: f64, %w: f64):
      %t = nbc.add %e, %w : f64
      nbc.yield %t : f64
    }
    %r = nbc.range %j = %c0 to %c1 step %c1 : si64 iter_args(%a = %acc) -> (memref<?xf64>) {
      // expected-error @+1 {{prange: this array is reduced with two different operators in the loop}}
      nbc.ufunc ins(%a, %v : memref<?xf64>, f64) outs(%a : memref<?xf64>) {
      ^bb0(%e: f64, %w: f64):
        %t = nbc.mul %e, %w : f64
        nbc.yield %t : f64
      }
      nbc.yield %a : memref<?xf64>
    }
  }
  return
}
