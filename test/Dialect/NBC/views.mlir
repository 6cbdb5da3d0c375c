// nbc.diagonal, nbc.broadcast_to and nbc.complex_part: round trip and
// diagnostics.
// RUN: nbc-opt %s -split-input-file -verify-diagnostics | FileCheck %s

// CHECK-LABEL: func @round_trip
func.func @round_trip(%a: memref<?x?xf64, strided<[?, ?], offset: ?>>, %k: si64,
                      %v: memref<?xf32>, %z: memref<?x?xcomplex<f64>>,
                      %z3: memref<?x?x?xf64>) {
  // CHECK: nbc.diagonal %{{.*}}, %{{.*}} : memref<?x?xf64, strided<[?, ?], offset: ?>> to memref<?xf64, strided<[?], offset: ?>>
  %d = nbc.diagonal %a, %k : memref<?x?xf64, strided<[?, ?], offset: ?>> to memref<?xf64, strided<[?], offset: ?>>
  // The last two axes' diagonals of a stack: the leading axes kept.
  // CHECK: nbc.diagonal %{{.*}}, %{{.*}} : memref<?x?x?xf64> to memref<?x?xf64, strided<[?, ?], offset: ?>>
  %s = nbc.diagonal %z3, %k : memref<?x?x?xf64> to memref<?x?xf64, strided<[?, ?], offset: ?>>
  // CHECK: nbc.broadcast_to %{{.*}}(%{{.*}}, %{{.*}}) : memref<?xf32> to memref<?x?xf32, strided<[?, ?], offset: ?>>
  %b = nbc.broadcast_to %v(%k, %k) : memref<?xf32> to memref<?x?xf32, strided<[?, ?], offset: ?>>
  // CHECK: nbc.complex_part %{{.*}} : memref<?x?xcomplex<f64>> to memref<?x?xf64, strided<[?, ?], offset: ?>>
  %re = nbc.complex_part %z : memref<?x?xcomplex<f64>> to memref<?x?xf64, strided<[?, ?], offset: ?>>
  // CHECK: nbc.complex_part %{{.*}} imag : memref<?x?xcomplex<f64>> to memref<?x?xf64, strided<[?, ?], offset: ?>>
  %im = nbc.complex_part %z imag : memref<?x?xcomplex<f64>> to memref<?x?xf64, strided<[?, ?], offset: ?>>
  return
}

// -----

func.func @diagonal_rank(%v: memref<?xf64>, %k: si64) {
  // expected-error @+1 {{'nbc.diagonal' op needs an array of rank 2 or more, not rank 1}}
  %d = nbc.diagonal %v, %k : memref<?xf64> to memref<?xf64, strided<[?], offset: ?>>
  return
}

// -----

func.func @diagonal_stack_type(%a: memref<2x?x?xf64>, %k: si64) {
  // expected-error @+1 {{'nbc.diagonal' op result type 'memref<?xf64, strided<[?], offset: ?>>' must be 'memref<?x?xf64, strided<[?, ?], offset: ?>>'}}
  %d = nbc.diagonal %a, %k : memref<2x?x?xf64> to memref<?xf64, strided<[?], offset: ?>>
  return
}

// -----

func.func @diagonal_type(%a: memref<?x?xf64>, %k: si64) {
  // expected-error @+1 {{'nbc.diagonal' op result type 'memref<?xf64, strided<[1], offset: ?>>' must be 'memref<?xf64, strided<[?], offset: ?>>'}}
  %d = nbc.diagonal %a, %k : memref<?x?xf64> to memref<?xf64, strided<[1], offset: ?>>
  return
}

// -----

func.func @broadcast_rank(%a: memref<?x?xf64>, %n: si64) {
  // expected-error @+1 {{'nbc.broadcast_to' op cannot broadcast a rank-2 array to 1 dimensions}}
  %b = nbc.broadcast_to %a(%n) : memref<?x?xf64> to memref<?xf64, strided<[?], offset: ?>>
  return
}

// -----

func.func @broadcast_element(%a: memref<?xf64>, %n: si64) {
  // expected-error @+1 {{'nbc.broadcast_to' op result type 'memref<?xf32, strided<[?], offset: ?>>' must be 'memref<?xf64, strided<[?], offset: ?>>'}}
  %b = nbc.broadcast_to %a(%n) : memref<?xf64> to memref<?xf32, strided<[?], offset: ?>>
  return
}

// -----

func.func @part_of_real(%a: memref<?xf64>) {
  // expected-error @+1 {{'nbc.complex_part' op needs a complex array, not 'memref<?xf64>'}}
  %re = nbc.complex_part %a : memref<?xf64> to memref<?xf64, strided<[?], offset: ?>>
  return
}

// -----

func.func @part_type(%z: memref<?xcomplex<f32>>) {
  // expected-error @+1 {{'nbc.complex_part' op result type 'memref<?xf64, strided<[?], offset: ?>>' must be 'memref<?xf32, strided<[?], offset: ?>>'}}
  %re = nbc.complex_part %z : memref<?xcomplex<f32>> to memref<?xf64, strided<[?], offset: ?>>
  return
}
