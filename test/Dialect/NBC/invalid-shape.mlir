// Diagnostics of nbc.reshape, nbc.concatenate and new axes in nbc.slice.
// RUN: nbc-opt %s -split-input-file -verify-diagnostics

func.func @reshape_type(%v: memref<?xf64>, %n: si64) {
  // expected-error @+1 {{'nbc.reshape' op result type 'memref<?xf64>' does not match the inferred type 'memref<?xf64, strided<[1], offset: ?>>'}}
  %0 = nbc.reshape %v(%n) : memref<?xf64> to memref<?xf64>
  return
}

// -----

func.func @reshape_rank(%v: memref<?xf64>, %n: si64) {
  // expected-error @+1 {{'nbc.reshape' op result type 'memref<?xf64, strided<[1], offset: ?>>' does not match the inferred type 'memref<?x?xf64, strided<[?, 1], offset: ?>>'}}
  %0 = nbc.reshape %v(%n, %n) : memref<?xf64> to memref<?xf64, strided<[1], offset: ?>>
  return
}

// -----

func.func @reshape_strided(%v: memref<?xf64, strided<[?], offset: ?>>, %n: si64) {
  // expected-error @+1 {{'nbc.reshape' op result type 'memref<?xf64, strided<[1], offset: ?>>' does not match the inferred type 'memref<?xf64, strided<[?], offset: ?>>'}}
  %0 = nbc.reshape %v(%n) : memref<?xf64, strided<[?], offset: ?>> to memref<?xf64, strided<[1], offset: ?>>
  return
}

// -----

func.func @reshape_size_type(%v: memref<?xf64>, %n: si32) {
  // expected-error @+1 {{operand #1 must be variadic of 64-bit signed integer}}
  %0 = "nbc.reshape"(%v, %n) : (memref<?xf64>, si32) -> memref<?xf64, strided<[1], offset: ?>>
  return
}

// -----

func.func @concatenate_none() {
  // expected-error @+1 {{'nbc.concatenate' op needs at least one array}}
  %0 = "nbc.concatenate"() {axis = 0 : i64} : () -> memref<?xf64>
  return
}

// -----

func.func @concatenate_layout(%a: memref<?xf64>) {
  // expected-error @+1 {{must have the identity layout (a new array)}}
  %0 = nbc.concatenate %a axis 0 : memref<?xf64> -> memref<?xf64, strided<[1], offset: ?>>
  return
}

// -----

func.func @concatenate_rank0(%a: memref<f64>) {
  // expected-error @+1 {{'nbc.concatenate' op cannot concatenate zero-dimensional arrays}}
  %0 = nbc.concatenate %a axis 0 : memref<f64> -> memref<f64>
  return
}

// -----

func.func @concatenate_rank(%a: memref<?xf64>, %b: memref<?x?xf64>) {
  // expected-error @+1 {{'nbc.concatenate' op input 1 has rank 2, the result 1}}
  %0 = nbc.concatenate %a, %b axis 0 : memref<?xf64>, memref<?x?xf64> -> memref<?xf64>
  return
}

// -----

func.func @concatenate_element(%a: memref<?xf64>, %b: memref<?xf32>) {
  // expected-error @+1 {{'nbc.concatenate' op input 1 has element type 'f32', the result 'f64'}}
  %0 = nbc.concatenate %a, %b axis 0 : memref<?xf64>, memref<?xf32> -> memref<?xf64>
  return
}

// -----

func.func @concatenate_axis(%a: memref<?x?xf64>) {
  // expected-error @+1 {{'nbc.concatenate' op axis 2 is out of range for rank 2}}
  %0 = nbc.concatenate %a axis 2 : memref<?x?xf64> -> memref<?x?xf64>
  return
}

// -----

func.func @new_axis_count(%v: memref<?xf64>, %i: si64) {
  // expected-error @+1 {{'nbc.slice' op has 2 subscripts for a rank-1 array}}
  %0 = nbc.slice %v[none, %i, :] : memref<?xf64> to memref<?xf64, strided<[0], offset: ?>>
  return
}

// -----

func.func @new_axis_type(%v: memref<?xf64>) {
  // expected-error @+1 {{'nbc.slice' op result type 'memref<?x?xf64, strided<[1, 1], offset: ?>>' does not match the inferred type 'memref<?x?xf64, strided<[1, ?], offset: ?>>'}}
  %0 = nbc.slice %v[:, none] : memref<?xf64> to memref<?x?xf64, strided<[1, 1], offset: ?>>
  return
}
