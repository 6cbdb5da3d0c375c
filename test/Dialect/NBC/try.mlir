// Round trip of nbc.try, and its verifier.
// RUN: nbc-opt %s -split-input-file | nbc-opt -split-input-file | FileCheck %s
// RUN: nbc-opt %s -split-input-file --mlir-print-op-generic | nbc-opt -split-input-file | FileCheck %s

// CHECK-LABEL: func @try_values
// CHECK: %[[C:.*]], %[[Q:.*]]:2 = nbc.try -> (f64, si64) {
// CHECK:   nbc.truediv
// CHECK:   nbc.yield %{{.*}}, %{{.*}} : f64, si64
// CHECK: }
// CHECK: return %[[C]], %[[Q]]#0 : i1, f64
func.func @try_values(%x: f64, %y: f64, %n: si64) -> (i1, f64) {
  %caught, %q, %m = nbc.try -> (f64, si64) {
    %r = nbc.truediv %x, %y : f64 -> f64
    nbc.yield %r, %n : f64, si64
  }
  return %caught, %q : i1, f64
}

// -----

// CHECK-LABEL: func @try_no_values
// CHECK: %{{.*}} = nbc.try {
// CHECK-NEXT: nbc.raise_if
// CHECK-NEXT: nbc.yield
// CHECK-NEXT: }
func.func @try_no_values(%c: i1) -> i1 {
  %caught = nbc.try {
    nbc.raise_if %c, ValueError, "no"
  }
  return %caught : i1
}
