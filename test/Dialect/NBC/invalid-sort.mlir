// Diagnostics of nbc.sort and nbc.argsort.
// RUN: nbc-opt %s -split-input-file -verify-diagnostics

func.func @sort_rank0(%a: memref<f64>) {
  // expected-error @+1 {{'nbc.sort' op cannot sort a zero-dimensional array}}
  nbc.sort %a axis 0 : memref<f64>
  return
}

// -----

func.func @sort_axis(%a: memref<?x?xf64>) {
  // expected-error @+1 {{'nbc.sort' op axis 2 is out of range for rank 2}}
  nbc.sort %a axis 2 : memref<?x?xf64>
  return
}

// -----

func.func @argsort_axis(%a: memref<?xf64>) {
  // expected-error @+1 {{'nbc.argsort' op axis -1 is out of range for rank 1}}
  %0 = nbc.argsort %a axis -1 : memref<?xf64> -> memref<?xsi64>
  return
}

// -----

func.func @argsort_layout(%a: memref<?xf64>) {
  // expected-error @+1 {{'nbc.argsort' op result type 'memref<?xsi64, strided<[?], offset: ?>>' must have the identity layout (a new array)}}
  %0 = nbc.argsort %a axis 0 : memref<?xf64> -> memref<?xsi64, strided<[?], offset: ?>>
  return
}

// -----

func.func @argsort_element(%a: memref<?xf64>) {
  // expected-error @+1 {{'nbc.argsort' op result elements must be si64, got 'si32'}}
  %0 = nbc.argsort %a axis 0 : memref<?xf64> -> memref<?xsi32>
  return
}

// -----

func.func @argsort_rank(%a: memref<?xf64>) {
  // expected-error @+1 {{'nbc.argsort' op result rank 2 differs from the source's 1}}
  %0 = nbc.argsort %a axis 0 : memref<?xf64> -> memref<?x?xsi64>
  return
}

// -----

func.func @argsort_size(%a: memref<3x4xf64>) {
  // expected-error @+1 {{'nbc.argsort' op result size 5 differs from the source's 4 along dimension 1}}
  %0 = nbc.argsort %a axis 0 : memref<3x4xf64> -> memref<3x5xsi64>
  return
}
