// The type nbc.transpose infers (the source's sizes and strides permuted,
// its offset kept): the verifier names it when the written type is no cast
// of it, and accepts it or any generalization of it (dynamic offset or
// strides, as the Python frontend writes views).
// RUN: nbc-opt %s -split-input-file -verify-diagnostics

func.func @view_source(%a: memref<?x?x?xf32, strided<[?, 8, 1], offset: ?>>) {
  // expected-error @+1 {{is not a cast of the transposed type 'memref<?x?x?xf32, strided<[1, ?, 8], offset: ?>>'}}
  %t = nbc.transpose %a axes [2, 0, 1] : memref<?x?x?xf32, strided<[?, 8, 1], offset: ?>> to memref<?x?x?xf32>
  return
}

// -----

func.func @static_offset_kept(%a: memref<3x4xf64, strided<[4, 1], offset: 5>>) {
  // expected-error @+1 {{is not a cast of the transposed type 'memref<4x3xf64, strided<[1, 4], offset: 5>>'}}
  %t = nbc.transpose %a : memref<3x4xf64, strided<[4, 1], offset: 5>> to memref<4x3xf64, strided<[1, 4]>>
  return
}

// -----

func.func @identity_source(%a: memref<?x?xf64>) {
  // expected-error @+1 {{is not a cast of the transposed type 'memref<?x?xf64, strided<[1, ?]>>'}}
  %t = nbc.transpose %a axes [1, 0] : memref<?x?xf64> to memref<?x?xf64, strided<[?, 1]>>
  return
}

// -----

func.func @inferred_and_generalized(%a: memref<?x?xf64>, %b: memref<3x4xf64, strided<[4, 1], offset: 5>>) {
  %exact = nbc.transpose %a : memref<?x?xf64> to memref<?x?xf64, strided<[1, ?]>>
  %view = nbc.transpose %a : memref<?x?xf64> to memref<?x?xf64, strided<[1, ?], offset: ?>>
  %kept = nbc.transpose %b : memref<3x4xf64, strided<[4, 1], offset: 5>> to memref<4x3xf64, strided<[1, 4], offset: 5>>
  %dyn = nbc.transpose %b : memref<3x4xf64, strided<[4, 1], offset: 5>> to memref<?x?xf64, strided<[?, ?], offset: ?>>
  return
}
