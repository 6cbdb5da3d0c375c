// nbc.random_seed and nbc.random become calls of the runtime's generator
// (lib/Runtime/Random.c), with NumPy's checks as nbc.raise_if; inside a
// prange each call stays in the loop body (per-thread state).
// RUN: nbc-opt %s --convert-nbc-to-core | FileCheck %s

// CHECK-DAG: func.func private @nbc_rt_random_seed(i64)
// CHECK-DAG: func.func private @nbc_rt_random_uniform() -> f64
// CHECK-DAG: func.func private @nbc_rt_random_normal() -> f64
// CHECK-DAG: func.func private @nbc_rt_random_exponential() -> f64
// CHECK-DAG: func.func private @nbc_rt_random_integer(i64, i64) -> i64

// CHECK-LABEL: func @draws
// CHECK-SAME: (%[[S:.*]]: i64, %[[LO:.*]]: i64, %[[HI:.*]]: i64)
// CHECK: %[[MAX:.*]] = arith.constant 4294967295 : i64
// CHECK: %[[BAD:.*]] = arith.cmpi ugt, %[[S]], %[[MAX]] : i64
// CHECK: nbc.raise_if %[[BAD]], ValueError, "Seed must be between 0 and 2**32 - 1"
// CHECK: call @nbc_rt_random_seed(%[[S]]) : (i64) -> ()
// CHECK: call @nbc_rt_random_uniform() : () -> f64
// CHECK: call @nbc_rt_random_normal() : () -> f64
// CHECK: call @nbc_rt_random_exponential() : () -> f64
// CHECK: %[[EMPTY:.*]] = arith.cmpi sge, %[[LO]], %[[HI]] : i64
// CHECK: nbc.raise_if %[[EMPTY]], ValueError, "low >= high"
// CHECK: call @nbc_rt_random_integer(%[[LO]], %[[HI]]) : (i64, i64) -> i64
func.func @draws(%s: si64, %lo: si64, %hi: si64) -> (f64, f64, f64, si64) {
  nbc.random_seed %s : si64
  %u = nbc.random uniform : f64
  %n = nbc.random normal : f64
  %e = nbc.random exponential : f64
  %k = nbc.random integer(%lo, %hi) : si64
  return %u, %n, %e, %k : f64, f64, f64, si64
}

// CHECK-LABEL: func @fill
// CHECK: scf.{{for|parallel}}
// CHECK: {{(func.)?}}call @nbc_rt_random_uniform() : () -> f64
// CHECK: memref.store
func.func @fill(%out: memref<?xf64>, %n: si64) {
  %c0 = nbc.constant 0 : si64
  %c1 = nbc.constant 1 : si64
  nbc.prange (%i) = (%c0) to (%n) step (%c1) : si64 {
    %u = nbc.random uniform : f64
    nbc.store %u, %out[%i] : memref<?xf64>, si64
  }
  return
}
