// RUN: nbc-opt %s -split-input-file -verify-diagnostics

func.func @rank(%a: memref<?x?xf64>, %i: si64, %v: f64) {
  // expected-error @+1 {{'nbc.atomic_update' op needs 2 indices for a rank-2 array, got 1}}
  nbc.atomic_update %a[%i] : memref<?x?xf64>, si64 {
  ^bb0(%old: f64):
    nbc.yield %old : f64
  }
  return
}

// -----

func.func @argument(%a: memref<?xf64>, %i: si64) {
  // expected-error @+1 {{'nbc.atomic_update' op body must take one argument of the element type 'f64'}}
  nbc.atomic_update %a[%i] : memref<?xf64>, si64 {
  ^bb0(%old: f32):
    %c = nbc.cast %old : f32 to f64
    nbc.yield %c : f64
  }
  return
}

// -----

func.func @yield_type(%a: memref<?xf64>, %i: si64, %v: f32) {
  nbc.atomic_update %a[%i] : memref<?xf64>, si64 {
  ^bb0(%old: f64):
    // expected-error @+1 {{'nbc.yield' op value #0 has type 'f32' but the parent expects 'f64'}}
    nbc.yield %v : f32
  }
  return
}

// -----

func.func @effects(%a: memref<?xf64>, %b: memref<?xf64>, %i: si64) {
  nbc.atomic_update %a[%i] : memref<?xf64>, si64 {
  ^bb0(%old: f64):
    // expected-error @+1 {{'nbc.load' op in the body of 'nbc.atomic_update' must be free of memory effects}}
    %x = nbc.load %b[%i] : memref<?xf64>, si64
    nbc.yield %x : f64
  }
  return
}
