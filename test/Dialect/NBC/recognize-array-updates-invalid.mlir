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
