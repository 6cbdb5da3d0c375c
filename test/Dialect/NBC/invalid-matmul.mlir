// Diagnostics of nbc.matmul and of nbc.raise_if's formatted values.
// RUN: nbc-opt %s -split-input-file -verify-diagnostics

func.func @dot_rank3(%a: memref<?x?x?xf64>, %b: memref<?x?xf64>) {
  // expected-error @+1 {{'nbc.matmul' op 'dot' takes 1-d or 2-d arrays, got ranks 3 and 2}}
  %c = nbc.matmul dot %a, %b : memref<?x?x?xf64>, memref<?x?xf64> -> memref<?x?x?xf64>
  return
}

// -----

func.func @matmul_rank0(%a: memref<f64>, %b: memref<?x?xf64>) {
  // expected-error @+1 {{'nbc.matmul' op 'matmul' takes arrays of rank 1 or more, got ranks 0 and 2}}
  %c = nbc.matmul matmul %a, %b : memref<f64>, memref<?x?xf64> -> memref<?xf64>
  return
}

// -----

func.func @batch_mismatch(%a: memref<2x?x?xf64>, %b: memref<3x?x?xf64>) {
  // expected-error @+1 {{'nbc.matmul' op batch dimensions cannot be broadcast together: 'memref<2x?x?xf64>' and 'memref<3x?x?xf64>'}}
  %c = nbc.matmul matmul %a, %b : memref<2x?x?xf64>, memref<3x?x?xf64> -> memref<?x?x?xf64>
  return
}

// -----

func.func @batch_inner_mismatch(%a: memref<?x?x3xf64>, %b: memref<2x?xf64>) {
  // expected-error @+1 {{'nbc.matmul' op inner dimensions differ: 3 and 2}}
  %c = nbc.matmul matmul %a, %b : memref<?x?x3xf64>, memref<2x?xf64> -> memref<?x?x?xf64>
  return
}

// -----

func.func @outer_rank2(%a: memref<?x?xf64>, %b: memref<?xf64>) {
  // expected-error @+1 {{'nbc.matmul' op 'outer' takes 1-d arrays, got ranks 2 and 1}}
  %c = nbc.matmul outer %a, %b : memref<?x?xf64>, memref<?xf64> -> memref<?x?xf64>
  return
}

// -----

func.func @static_mismatch(%a: memref<2x3xf64>, %b: memref<2x3xf64>) {
  // expected-error @+1 {{'nbc.matmul' op inner dimensions differ: 3 and 2}}
  %c = nbc.matmul dot %a, %b : memref<2x3xf64>, memref<2x3xf64> -> memref<2x3xf64>
  return
}

// -----

func.func @wrong_dtype(%a: memref<?x?xf32>, %b: memref<?x?xsi32>) {
  // expected-error @+1 {{'nbc.matmul' op result type 'memref<?x?xf32>' does not match the inferred type 'memref<?x?xf64>'}}
  %c = nbc.matmul matmul %a, %b : memref<?x?xf32>, memref<?x?xsi32> -> memref<?x?xf32>
  return
}

// -----

func.func @scalar_for_array(%a: memref<?x?xf64>, %b: memref<?xf64>) {
  // expected-error @+1 {{'nbc.matmul' op result type 'f64' does not match the inferred type 'memref<?xf64>'}}
  %c = nbc.matmul matmul %a, %b : memref<?x?xf64>, memref<?xf64> -> f64
  return
}

// -----

func.func @strided_result(%a: memref<?x?xf64>) {
  // expected-error @+1 {{'nbc.matmul' op result type 'memref<?x?xf64, strided<[?, ?], offset: ?>>' does not match the inferred type 'memref<?x?xf64>'}}
  %c = nbc.matmul matmul %a, %a : memref<?x?xf64>, memref<?x?xf64> -> memref<?x?xf64, strided<[?, ?], offset: ?>>
  return
}

// -----

func.func @unknown_kind(%a: memref<?xf64>) {
  // expected-error @+1 {{unknown keyword 'cross'}}
  %c = nbc.matmul cross %a, %a : memref<?xf64>, memref<?xf64> -> f64
  return
}

// -----

func.func @raise_holes(%c: i1, %m: i64) {
  // expected-error @+1 {{'nbc.raise_if' op message has 2 '{}' for 1 values}}
  nbc.raise_if %c, ValueError, "size {} is different from {}" (%m : i64)
  return
}

// -----

func.func @raise_too_many(%c: i1, %m: i64) {
  // expected-error @+1 {{'nbc.raise_if' op formats at most 16 values, got 17}}
  nbc.raise_if %c, ValueError, "{}{}{}{}{}{}{}{}{}{}{}{}{}{}{}{}{}" (%m, %m, %m, %m, %m, %m, %m, %m, %m, %m, %m, %m, %m, %m, %m, %m, %m : i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64)
  return
}

// -----

func.func @raise_arg_type(%c: i1, %m: index) {
  // expected-error @+1 {{'nbc.raise_if' op operand #1 must be variadic of integer or floating-point}}
  nbc.raise_if %c, ValueError, "{}" (%m : index)
  return
}
