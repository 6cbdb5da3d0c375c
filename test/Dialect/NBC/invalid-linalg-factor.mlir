// Diagnostics of nbc.linalg_factor.
// RUN: nbc-opt %s -split-input-file -verify-diagnostics

func.func @eigh_integer(%a: memref<?x?xsi64>) {
  // expected-error @+1 {{'nbc.linalg_factor' op 'eigh' takes a 2-d f32, f64 or complex array or a stack of them, got 'memref<?x?xsi64>'}}
  %w, %v = nbc.linalg_factor eigh %a : memref<?x?xsi64> -> memref<?xsi64>, memref<?x?xsi64>
  return
}

// -----

func.func @svd_rank1(%a: memref<?xf64>) {
  // expected-error @+1 {{'nbc.linalg_factor' op 'svdvals' takes a 2-d f32, f64 or complex array or a stack of them, got 'memref<?xf64>'}}
  %s = nbc.linalg_factor svdvals %a : memref<?xf64> -> memref<?xf64>
  return
}

// -----

func.func @lstsq_mixed(%a: memref<?x?xf64>, %b: memref<?xf32>) {
  // expected-error @+1 {{'nbc.linalg_factor' op 'lstsq' takes a 2-d f32, f64 or complex array and a 1-d or 2-d array of the same element type}}
  %x, %r, %k, %s = nbc.linalg_factor lstsq %a, %b : memref<?x?xf64>, memref<?xf32> -> memref<?xf64>, memref<?xf64>, si64, memref<?xf64>
  return
}

// -----

func.func @lstsq_without_b(%a: memref<?x?xf64>) {
  // expected-error @+1 {{'nbc.linalg_factor' op 'lstsq' takes a 2-d f32, f64 or complex array and a 1-d or 2-d array of the same element type}}
  %x, %r, %k, %s = nbc.linalg_factor lstsq %a : memref<?x?xf64> -> memref<?xf64>, memref<?xf64>, si64, memref<?xf64>
  return
}

// -----

func.func @qr_with_b(%a: memref<?x?xf64>, %b: memref<?xf64>) {
  // expected-error @+1 {{'nbc.linalg_factor' op 'qr' takes one operand}}
  %q, %r = nbc.linalg_factor qr %a, %b : memref<?x?xf64>, memref<?xf64> -> memref<?x?xf64>, memref<?x?xf64>
  return
}

// -----

func.func @upper_on_svd(%a: memref<?x?xf64>) {
  // expected-error @+1 {{'nbc.linalg_factor' op 'upper' is only for eigh and eigvalsh, not 'svdvals'}}
  %s = nbc.linalg_factor svdvals %a {upper} : memref<?x?xf64> -> memref<?xf64>
  return
}

// -----

func.func @full_on_eigh(%a: memref<?x?xf64>) {
  // expected-error @+1 {{'nbc.linalg_factor' op 'full' is only for svd and qr, not 'eigh'}}
  %w, %v = nbc.linalg_factor eigh %a {full} : memref<?x?xf64> -> memref<?xf64>, memref<?x?xf64>
  return
}

// -----

func.func @svd_reduced_shape(%a: memref<5x3xf64>) {
  // expected-error @+1 {{'nbc.linalg_factor' op result types 'memref<5x5xf64>', 'memref<3xf64>', 'memref<3x3xf64>' do not match the inferred types 'memref<5x3xf64>', 'memref<3xf64>', 'memref<3x3xf64>'}}
  %u, %s, %vt = nbc.linalg_factor svd %a : memref<5x3xf64> -> memref<5x5xf64>, memref<3xf64>, memref<3x3xf64>
  return
}

// -----

func.func @eigh_one_result(%a: memref<?x?xf64>) {
  // expected-error @+1 {{'nbc.linalg_factor' op result types 'memref<?xf64>' do not match the inferred types 'memref<?xf64>', 'memref<?x?xf64>'}}
  %w = nbc.linalg_factor eigh %a : memref<?x?xf64> -> memref<?xf64>
  return
}

// -----

func.func @eig_upper(%a: memref<?x?xf64>) {
  // expected-error @+1 {{'nbc.linalg_factor' op 'upper' is only for eigh and eigvalsh, not 'eig'}}
  %w, %v = nbc.linalg_factor eig %a {upper} : memref<?x?xf64> -> memref<?xf64>, memref<?x?xf64>
  return
}

// -----

func.func @lstsq_complex_and_real(%a: memref<?x?xcomplex<f64>>, %b: memref<?xf64>) {
  // expected-error @+1 {{'nbc.linalg_factor' op 'lstsq' takes a 2-d f32, f64 or complex array and a 1-d or 2-d array of the same element type}}
  %x, %r, %k, %s = nbc.linalg_factor lstsq %a, %b : memref<?x?xcomplex<f64>>, memref<?xf64> -> memref<?xcomplex<f64>>, memref<?xf64>, si64, memref<?xf64>
  return
}

// -----

func.func @lstsq_complex_residuals_are_real(%a: memref<?x?xcomplex<f64>>, %b: memref<?xcomplex<f64>>) {
  // expected-error @+1 {{'nbc.linalg_factor' op result types 'memref<?xcomplex<f64>>', 'memref<?xcomplex<f64>>', 'si64', 'memref<?xf64>' do not match the inferred types 'memref<?xcomplex<f64>>', 'memref<?xf64>', 'si64', 'memref<?xf64>'}}
  %x, %r, %k, %s = nbc.linalg_factor lstsq %a, %b : memref<?x?xcomplex<f64>>, memref<?xcomplex<f64>> -> memref<?xcomplex<f64>>, memref<?xcomplex<f64>>, si64, memref<?xf64>
  return
}

// -----

func.func @eigh_complex_values_are_real(%a: memref<?x?xcomplex<f32>>) {
  // expected-error @+1 {{'nbc.linalg_factor' op result types 'memref<?xcomplex<f32>>', 'memref<?x?xcomplex<f32>>' do not match the inferred types 'memref<?xf32>', 'memref<?x?xcomplex<f32>>'}}
  %w, %v = nbc.linalg_factor eigh %a : memref<?x?xcomplex<f32>> -> memref<?xcomplex<f32>>, memref<?x?xcomplex<f32>>
  return
}

// -----

func.func @lstsq_stack(%a: memref<2x?x?xf64>, %b: memref<?xf64>) {
  // expected-error @+1 {{'nbc.linalg_factor' op 'lstsq' takes a 2-d f32, f64 or complex array and a 1-d or 2-d array of the same element type}}
  %x, %r, %k, %s = nbc.linalg_factor lstsq %a, %b : memref<2x?x?xf64>, memref<?xf64> -> memref<2x?xf64>, memref<?xf64>, si64, memref<2x?xf64>
  return
}
