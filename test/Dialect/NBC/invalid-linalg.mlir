// Diagnostics of nbc.linalg.
// RUN: nbc-opt %s -split-input-file -verify-diagnostics

func.func @solve_one_operand(%a: memref<?x?xf64>) {
  // expected-error @+1 {{'nbc.linalg' op 'solve' takes 2 operand(s), got 1}}
  %x = nbc.linalg solve %a : memref<?x?xf64> -> memref<?xf64>
  return
}

// -----

func.func @inv_integer(%a: memref<?x?xsi64>) {
  // expected-error @+1 {{'nbc.linalg' op 'inv' takes a 2-d f32, f64 or complex array or a stack of them, got 'memref<?x?xsi64>'}}
  %x = nbc.linalg inv %a : memref<?x?xsi64> -> memref<?x?xsi64>
  return
}

// -----

func.func @det_rank1(%a: memref<?xf64>) {
  // expected-error @+1 {{'nbc.linalg' op 'det' takes a 2-d f32, f64 or complex array or a stack of them, got 'memref<?xf64>'}}
  %x = nbc.linalg det %a : memref<?xf64> -> f64
  return
}

// -----

func.func @solve_mixed(%a: memref<?x?xf64>, %b: memref<?xf32>) {
  // expected-error @+1 {{'nbc.linalg' op 'solve' takes a 2-d f32, f64 or complex array or a stack of them and a 1-d or a 2-d or more array of the same element type}}
  %x = nbc.linalg solve %a, %b : memref<?x?xf64>, memref<?xf32> -> memref<?xf64>
  return
}

// -----

func.func @det_result(%a: memref<?x?xf32>) {
  // expected-error @+1 {{'nbc.linalg' op result type 'f64' does not match the inferred type 'f32'}}
  %x = nbc.linalg det %a : memref<?x?xf32> -> f64
  return
}

// -----

func.func @det_stack_result(%a: memref<2x?x?xf64>) {
  // expected-error @+1 {{'nbc.linalg' op result type 'f64' does not match the inferred type 'memref<2xf64>'}}
  %x = nbc.linalg det %a : memref<2x?x?xf64> -> f64
  return
}
