// Round trip of nbc.generator (a np.random.Generator's PCG64 state).
// RUN: nbc-opt %s | nbc-opt | FileCheck %s
// RUN: nbc-opt %s --mlir-print-op-generic | nbc-opt | FileCheck %s

// CHECK-LABEL: func @draws
func.func @draws(%g: memref<?xui64>, %s: si64, %lo: si64, %r: si64)
    -> (f64, f64, f64, si64) {
  // CHECK: nbc.generator seed %{{.*}}(%{{.*}}) : memref<?xui64>
  nbc.generator seed %g(%s) : memref<?xui64>
  // CHECK: nbc.generator random %{{.*}} : memref<?xui64> -> f64
  %u = nbc.generator random %g : memref<?xui64> -> f64
  // CHECK: nbc.generator normal %{{.*}} : memref<?xui64> -> f64
  %n = nbc.generator normal %g : memref<?xui64> -> f64
  // CHECK: nbc.generator exponential %{{.*}} : memref<?xui64> -> f64
  %e = nbc.generator exponential %g : memref<?xui64> -> f64
  // CHECK: nbc.generator integers %{{.*}}(%{{.*}}, %{{.*}}) : memref<?xui64> -> si64
  %k = nbc.generator integers %g(%lo, %r) : memref<?xui64> -> si64
  return %u, %n, %e, %k : f64, f64, f64, si64
}

// Draws change the state: two are never merged, an unused one stays.
// RUN: nbc-opt %s --cse --canonicalize | FileCheck %s --check-prefix=CSE
// CSE-LABEL: func @twice
// CSE: nbc.generator random
// CSE: nbc.generator random
// CSE: nbc.generator normal
func.func @twice(%g: memref<?xui64>) -> (f64, f64) {
  %a = nbc.generator random %g : memref<?xui64> -> f64
  %b = nbc.generator random %g : memref<?xui64> -> f64
  %c = nbc.generator normal %g : memref<?xui64> -> f64
  return %a, %b : f64, f64
}
