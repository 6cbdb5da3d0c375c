// RUN: nbc-opt %s | nbc-opt | FileCheck %s
// RUN: nbc-opt %s --mlir-print-op-generic | nbc-opt | FileCheck %s

// CHECK-LABEL: func @sum_squares
func.func @sum_squares(%a: memref<?xf64>) -> f64 {
  %zero = nbc.constant 0.0 : f64
  %c0 = nbc.constant 0 : si64
  %c1 = nbc.constant 1 : si64
  // CHECK: %[[N:.*]] = nbc.dim %{{.*}}, 0 : memref<?xf64>
  %n = nbc.dim %a, 0 : memref<?xf64>
  // CHECK: nbc.range %[[I:.*]] = %{{.*}} to %[[N]] step %{{.*}} : si64 iter_args(%[[ACC:.*]] = %{{.*}}) -> (f64)
  %total = nbc.range %i = %c0 to %n step %c1 : si64
      iter_args(%acc = %zero) -> (f64) {
    // CHECK: nbc.load %{{.*}}[%[[I]]] : memref<?xf64>, si64
    %x = nbc.load %a[%i] : memref<?xf64>, si64
    %sq = nbc.mul %x, %x : f64
    %next = nbc.add %acc, %sq : f64
    nbc.yield %next : f64
  }
  return %total : f64
}

// -----

// CHECK-LABEL: func @thread_queries
// CHECK: nbc.thread_id : si64
// CHECK: nbc.num_threads : si64
func.func @thread_queries() -> (si64, si64) {
  %t = nbc.thread_id : si64
  %n = nbc.num_threads : si64
  return %t, %n : si64, si64
}
