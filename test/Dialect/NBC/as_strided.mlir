// nbc.as_strided: round trip and diagnostics.
// RUN: nbc-opt %s -split-input-file -verify-diagnostics | FileCheck %s

// CHECK-LABEL: func @round_trip
func.func @round_trip(%v: memref<?xf64>, %a: memref<?x?xsi32, strided<[?, ?], offset: ?>>,
                      %n: si64, %k: si64, %s: si64) {
  // CHECK: nbc.as_strided %{{.*}} sizes(%{{.*}}, %{{.*}}) strides(%{{.*}}, %{{.*}}) : memref<?xf64> to memref<?x?xf64, strided<[?, ?], offset: ?>>
  %w = nbc.as_strided %v sizes(%n, %k) strides(%s, %s) : memref<?xf64> to memref<?x?xf64, strided<[?, ?], offset: ?>>
  // A lower rank than the source's.
  // CHECK: nbc.as_strided %{{.*}} sizes(%{{.*}}) strides(%{{.*}}) : memref<?x?xsi32, strided<[?, ?], offset: ?>> to memref<?xsi32, strided<[?], offset: ?>>
  %r = nbc.as_strided %a sizes(%n) strides(%s) : memref<?x?xsi32, strided<[?, ?], offset: ?>> to memref<?xsi32, strided<[?], offset: ?>>
  return
}

// -----

func.func @strides_per_size(%v: memref<?xf64>, %n: si64, %s: si64) {
  // expected-error @+1 {{'nbc.as_strided' op needs one stride per size: 2 sizes and 1 strides}}
  %w = nbc.as_strided %v sizes(%n, %n) strides(%s) : memref<?xf64> to memref<?x?xf64, strided<[?, ?], offset: ?>>
  return
}

// -----

func.func @result_rank(%v: memref<?xf64>, %n: si64, %s: si64) {
  // expected-error @+1 {{'nbc.as_strided' op result type 'memref<?xf64, strided<[?], offset: ?>>' must be 'memref<?x?xf64, strided<[?, ?], offset: ?>>'}}
  %w = nbc.as_strided %v sizes(%n, %n) strides(%s, %s) : memref<?xf64> to memref<?xf64, strided<[?], offset: ?>>
  return
}

// -----

func.func @result_element(%v: memref<?xf64>, %n: si64, %s: si64) {
  // expected-error @+1 {{'nbc.as_strided' op result type 'memref<?xf32, strided<[?], offset: ?>>' must be 'memref<?xf64, strided<[?], offset: ?>>'}}
  %w = nbc.as_strided %v sizes(%n) strides(%s) : memref<?xf64> to memref<?xf32, strided<[?], offset: ?>>
  return
}
