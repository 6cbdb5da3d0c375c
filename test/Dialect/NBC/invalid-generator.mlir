// Diagnostics of nbc.generator.
// RUN: nbc-opt %s -split-input-file -verify-diagnostics

func.func @state_f64(%g: memref<?xf64>) {
  // expected-error @+1 {{'nbc.generator' op expects a 1-d ui64 array as the state, not 'memref<?xf64>'}}
  %x = nbc.generator random %g : memref<?xf64> -> f64
  return
}

// -----

func.func @state_2d(%g: memref<?x?xui64>) {
  // expected-error @+1 {{'nbc.generator' op expects a 1-d ui64 array as the state}}
  %x = nbc.generator random %g : memref<?x?xui64> -> f64
  return
}

// -----

func.func @integers_one(%g: memref<?xui64>, %a: si64) {
  // expected-error @+1 {{'nbc.generator' op 'integers' takes 2 operand(s), got 1}}
  %x = nbc.generator integers %g(%a) : memref<?xui64> -> si64
  return
}

// -----

func.func @seed_result(%g: memref<?xui64>, %a: si64) {
  // expected-error @+1 {{'nbc.generator' op 'seed' has no result}}
  %x = nbc.generator seed %g(%a) : memref<?xui64> -> si64
  return
}

// -----

func.func @normal_integer(%g: memref<?xui64>) {
  // expected-error @+1 {{'nbc.generator' op 'normal' returns 'f64'}}
  %x = nbc.generator normal %g : memref<?xui64> -> si64
  return
}

// -----

func.func @random_no_result(%g: memref<?xui64>) {
  // expected-error @+1 {{'nbc.generator' op 'random' returns 'f64'}}
  nbc.generator random %g : memref<?xui64>
  return
}

// -----

func.func @bad_kind(%g: memref<?xui64>) {
  // expected-error @+1 {{unknown keyword 'gamma'}}
  %x = nbc.generator gamma %g : memref<?xui64> -> f64
  return
}
