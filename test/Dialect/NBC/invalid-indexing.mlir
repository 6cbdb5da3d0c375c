// Diagnostics of nbc.take, nbc.put, nbc.mask_take, nbc.mask_put, nbc.argwhere.
// RUN: nbc-opt %s -split-input-file -verify-diagnostics

func.func @take_axis(%a: memref<?xf64>, %i: memref<?xsi64>) {
  // expected-error @+1 {{'nbc.take' op axis 1 with 1 index array(s) is out of range for a rank-1 array}}
  %r = nbc.take %a[%i] axis 1 : memref<?xf64>, memref<?xsi64> -> memref<?xf64>
  return
}

// -----

func.func @take_result(%a: memref<?x4xf64>, %i: memref<3xsi64>) {
  // expected-error @+1 {{'nbc.take' op result type 'memref<?x4xf64>' does not match the inferred type 'memref<3x4xf64>'}}
  %r = nbc.take %a[%i] axis 0 : memref<?x4xf64>, memref<3xsi64> -> memref<?x4xf64>
  return
}

// -----

func.func @take_error_axis(%a: memref<?x?xf64>, %i: memref<?xsi64>) {
  // expected-error @+1 {{'nbc.take' op error axis -1 of the axis taken, 1, is negative}}
  %r = nbc.take %a[%i] axis 1 {error_axes = array<i64: -1>} : memref<?x?xf64>, memref<?xsi64> -> memref<?x?xf64>
  return
}

// -----

func.func @take_error_axes_count(%a: memref<?x?xf64>, %i: memref<?xsi64>) {
  // expected-error @+1 {{'nbc.take' op has 1 error_axes for 2 index arrays}}
  %r = nbc.take %a[%i, %i] axis 0 {error_axes = array<i64: 0>} : memref<?x?xf64>, memref<?xsi64>, memref<?xsi64> -> memref<?xf64>
  return
}

// -----

func.func @take_second_error_axis(%a: memref<?x?x?xf64>, %i: memref<?xsi64>) {
  // expected-error @+1 {{'nbc.take' op error axis -2 of the axis taken, 1, is negative}}
  %r = nbc.take %a[%i, %i] axis 0 {error_axes = array<i64: 0, -2>} : memref<?x?x?xf64>, memref<?xsi64>, memref<?xsi64> -> memref<?x?xf64>
  return
}

// -----

func.func @take_too_many_arrays(%a: memref<?x?xf64>, %i: memref<?xsi64>) {
  // expected-error @+1 {{'nbc.take' op axis 1 with 2 index array(s) is out of range for a rank-2 array}}
  %r = nbc.take %a[%i, %i] axis 1 : memref<?x?xf64>, memref<?xsi64>, memref<?xsi64> -> memref<?xf64>
  return
}

// -----

func.func @take_no_arrays(%a: memref<?x?xf64>) {
  // expected-error @+1 {{'nbc.take' op needs at least one index array}}
  %r = "nbc.take"(%a) {axis = 0 : i64} : (memref<?x?xf64>) -> memref<?x?xf64>
  return
}

// -----

func.func @take_static_broadcast(%a: memref<?x?xf64>, %i: memref<2xsi64>, %j: memref<3xsi64>) {
  // expected-error @+1 {{'nbc.take' op index arrays of static shapes that do not broadcast together}}
  %r = nbc.take %a[%i, %j] axis 0 : memref<?x?xf64>, memref<2xsi64>, memref<3xsi64> -> memref<2xf64>
  return
}

// -----

func.func @take_broadcast_result(%a: memref<?x?x4xf64>, %i: memref<2x1xsi64>, %j: memref<3xsi32>) {
  // expected-error @+1 {{'nbc.take' op result type 'memref<2x4xf64>' does not match the inferred type 'memref<2x3x4xf64>'}}
  %r = nbc.take %a[%i, %j] axis 0 : memref<?x?x4xf64>, memref<2x1xsi64>, memref<3xsi32> -> memref<2x4xf64>
  return
}

// -----

func.func @put_value_broadcast(%v: memref<3xf64>, %a: memref<?x?xf64>, %i: memref<2x1xsi64>, %j: memref<2xsi64>) {
  // expected-error @+1 {{'nbc.put' op value size 3 along axis 0 does not broadcast to the indexed size 2}}
  nbc.put %v, %a[%i, %j] axis 0 : memref<3xf64>, memref<?x?xf64>, memref<2x1xsi64>, memref<2xsi64>
  return
}

// -----

func.func @take_float_indices(%a: memref<?xf64>, %i: memref<?xf64>) {
  // expected-error @+1 {{'nbc.take' op operand #1 must be variadic of ranked memref of nbc integers}}
  %r = nbc.take %a[%i] axis 0 : memref<?xf64>, memref<?xf64> -> memref<?xf64>
  return
}

// -----

func.func @put_axis(%x: f64, %a: memref<?xf64>, %i: memref<?xsi64>) {
  // expected-error @+1 {{'nbc.put' op axis 2 with 1 index array(s) is out of range for a rank-1 array}}
  nbc.put %x, %a[%i] axis 2 : f64, memref<?xf64>, memref<?xsi64>
  return
}

// -----

func.func @put_element(%x: f32, %a: memref<?xf64>, %i: memref<?xsi64>) {
  // expected-error @+1 {{'nbc.put' op value elements 'f32' differ from the array's 'f64'}}
  nbc.put %x, %a[%i] axis 0 : f32, memref<?xf64>, memref<?xsi64>
  return
}

// -----

func.func @put_rank(%v: memref<?x?xf64>, %a: memref<?xf64>, %i: memref<?xsi64>) {
  // expected-error @+1 {{'nbc.put' op a rank-2 value does not broadcast to rank 1}}
  nbc.put %v, %a[%i] axis 0 : memref<?x?xf64>, memref<?xf64>, memref<?xsi64>
  return
}

// -----

func.func @put_size(%v: memref<3xf64>, %a: memref<?xf64>, %i: memref<2xsi64>) {
  // expected-error @+1 {{'nbc.put' op value size 3 along axis 0 does not broadcast to the indexed size 2}}
  nbc.put %v, %a[%i] axis 0 : memref<3xf64>, memref<?xf64>, memref<2xsi64>
  return
}

// -----

func.func @put_error_axis(%x: f64, %a: memref<?x?xf64>, %i: memref<?xsi64>) {
  // expected-error @+1 {{'nbc.put' op error axis -1 of the axis written, 1, is negative}}
  nbc.put %x, %a[%i] axis 1 {error_axes = array<i64: -1>} : f64, memref<?x?xf64>, memref<?xsi64>
  return
}

// -----

func.func @mask_rank(%a: memref<?xf64>, %m: memref<?x?xi1>) {
  // expected-error @+1 {{'nbc.mask_take' op a rank-2 mask does not index a rank-1 array}}
  %r = nbc.mask_take %a[%m] : memref<?xf64>, memref<?x?xi1> -> memref<?xf64>
  return
}

// -----

func.func @mask_size(%a: memref<3x?xf64>, %m: memref<4xi1>) {
  // expected-error @+1 {{'nbc.mask_take' op mask size 4 differs from the array's 3 along axis 0}}
  %r = nbc.mask_take %a[%m] : memref<3x?xf64>, memref<4xi1> -> memref<?x?xf64>
  return
}

// -----

func.func @mask_result(%a: memref<?x?xf64>, %m: memref<?x?xi1>) {
  // expected-error @+1 {{'nbc.mask_take' op result type 'memref<?x?xf64>' does not match the inferred type 'memref<?xf64>'}}
  %r = nbc.mask_take %a[%m] : memref<?x?xf64>, memref<?x?xi1> -> memref<?x?xf64>
  return
}

// -----

func.func @mask_not_bool(%a: memref<?xf64>, %m: memref<?xsi8>) {
  // expected-error @+1 {{'nbc.mask_take' op operand #1 must be ranked memref of bool (i1)}}
  %r = nbc.mask_take %a[%m] : memref<?xf64>, memref<?xsi8> -> memref<?xf64>
  return
}

// -----

func.func @mask_put_rank0(%x: f64, %a: memref<f64>, %m: memref<i1>) {
  // expected-error @+1 {{'nbc.mask_put' op a rank-0 mask does not index a rank-0 array}}
  nbc.mask_put %x, %a[%m] : f64, memref<f64>, memref<i1>
  return
}

// -----

func.func @mask_put_value(%v: memref<?xsi32>, %a: memref<?xf64>, %m: memref<?xi1>) {
  // expected-error @+1 {{'nbc.mask_put' op value elements 'si32' differ from the array's 'f64'}}
  nbc.mask_put %v, %a[%m] : memref<?xsi32>, memref<?xf64>, memref<?xi1>
  return
}

// -----

func.func @mask_put_size(%v: memref<2x5xf64>, %a: memref<?x4xf64>, %m: memref<?xi1>) {
  // expected-error @+1 {{'nbc.mask_put' op value size 5 along axis 1 does not broadcast to the indexed size 4}}
  nbc.mask_put %v, %a[%m] : memref<2x5xf64>, memref<?x4xf64>, memref<?xi1>
  return
}

// -----

func.func @argwhere_rank0(%a: memref<f64>) {
  // expected-error @+1 {{'nbc.argwhere' op takes an array of rank 1 or more}}
  %r = nbc.argwhere %a : memref<f64> -> memref<?x0xsi64>
  return
}

// -----

func.func @argwhere_result(%a: memref<?x?xf64>) {
  // expected-error @+1 {{'nbc.argwhere' op result type 'memref<?x?xsi64>' does not match the inferred type 'memref<?x2xsi64>'}}
  %r = nbc.argwhere %a : memref<?x?xf64> -> memref<?x?xsi64>
  return
}

// -----

func.func @mask_axis_rank(%a: memref<?x?xf64>, %m: memref<?xi1>) {
  // expected-error @+1 {{'nbc.mask_take' op a rank-1 mask does not index a rank-2 array from axis 2}}
  %r = nbc.mask_take %a[%m] {axis = 2 : i64} : memref<?x?xf64>, memref<?xi1> -> memref<?x?xf64>
  return
}

// -----

func.func @mask_axis_size(%a: memref<?x3xf64>, %m: memref<4xi1>) {
  // expected-error @+1 {{'nbc.mask_take' op mask size 4 differs from the array's 3 along axis 1}}
  %r = nbc.mask_take %a[%m] {axis = 1 : i64} : memref<?x3xf64>, memref<4xi1> -> memref<?x?xf64>
  return
}

// -----

func.func @mask_axis_result(%a: memref<5x?xf64>, %m: memref<?xi1>) {
  // expected-error @+1 {{'nbc.mask_take' op result type 'memref<?x?xf64>' does not match the inferred type 'memref<5x?xf64>'}}
  %r = nbc.mask_take %a[%m] {axis = 1 : i64} : memref<5x?xf64>, memref<?xi1> -> memref<?x?xf64>
  return
}

// -----

func.func @mask_put_axis(%x: f64, %a: memref<?x?xf64>, %m: memref<?x?xi1>) {
  // expected-error @+1 {{'nbc.mask_put' op a rank-2 mask does not index a rank-2 array from axis 1}}
  nbc.mask_put %x, %a[%m] {axis = 1 : i64} : f64, memref<?x?xf64>, memref<?x?xi1>
  return
}
