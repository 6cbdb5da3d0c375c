// Round trip of nbc.random_seed and nbc.random.
// RUN: nbc-opt %s | nbc-opt | FileCheck %s
// RUN: nbc-opt %s --mlir-print-op-generic | nbc-opt | FileCheck %s

// CHECK-LABEL: func @draws
func.func @draws(%s: si64, %lo: si64, %hi: si64) -> (f64, f64, f64, si64) {
  // CHECK: nbc.random_seed %{{.*}} : si64
  nbc.random_seed %s : si64
  // CHECK: nbc.random uniform : f64
  %u = nbc.random uniform : f64
  // CHECK: nbc.random normal : f64
  %n = nbc.random normal : f64
  // CHECK: nbc.random exponential : f64
  %e = nbc.random exponential : f64
  // CHECK: nbc.random integer(%{{.*}}, %{{.*}}) : si64
  %k = nbc.random integer(%lo, %hi) : si64
  return %u, %n, %e, %k : f64, f64, f64, si64
}

// Draws change the generator: two are never merged into one.
// RUN: nbc-opt %s --cse --canonicalize | FileCheck %s --check-prefix=CSE
// CSE-LABEL: func @twice
// CSE: nbc.random uniform
// CSE: nbc.random uniform
func.func @twice() -> (f64, f64) {
  %a = nbc.random uniform : f64
  %b = nbc.random uniform : f64
  return %a, %b : f64, f64
}

// An unused draw still advances the generator: it stays.
// CSE-LABEL: func @unused
// CSE: nbc.random normal
func.func @unused() {
  %a = nbc.random normal : f64
  return
}
