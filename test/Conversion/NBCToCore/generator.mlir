// nbc.generator becomes a call of the runtime's PCG64 functions
// (lib/Runtime/RandomGenerator.c) with the address of the state's first
// word; `seed` first raises NumPy's ValueError for a negative seed.
// RUN: nbc-opt %s --convert-nbc-to-core | FileCheck %s

// CHECK-DAG: func.func private @nbc_rt_pcg64_seed(i64, i64)
// CHECK-DAG: func.func private @nbc_rt_pcg64_random(i64) -> f64
// CHECK-DAG: func.func private @nbc_rt_pcg64_normal(i64) -> f64
// CHECK-DAG: func.func private @nbc_rt_pcg64_exponential(i64) -> f64
// CHECK-DAG: func.func private @nbc_rt_pcg64_integers(i64, i64, i64) -> i64

// CHECK-LABEL: func @draws
// CHECK-SAME: %[[S:[^:]*]]: i64, %[[LO:[^:]*]]: i64, %[[R:[^:]*]]: i64
// CHECK: %[[NEG:.*]] = arith.cmpi slt, %[[S]], %{{.*}} : i64
// CHECK: nbc.raise_if %[[NEG]], ValueError, "expected non-negative integer"
// CHECK: call @nbc_rt_pcg64_seed(%[[A:.*]], %[[S]]) : (i64, i64) -> ()
// CHECK: call @nbc_rt_pcg64_random(%{{.*}}) : (i64) -> f64
// CHECK: call @nbc_rt_pcg64_normal(%{{.*}}) : (i64) -> f64
// CHECK: call @nbc_rt_pcg64_exponential(%{{.*}}) : (i64) -> f64
// CHECK: call @nbc_rt_pcg64_integers(%{{.*}}, %[[LO]], %[[R]]) : (i64, i64, i64) -> i64
func.func @draws(%g: memref<?xui64>, %s: si64, %lo: si64, %r: si64)
    -> (f64, f64, f64, si64) {
  nbc.generator seed %g(%s) : memref<?xui64>
  %u = nbc.generator random %g : memref<?xui64> -> f64
  %n = nbc.generator normal %g : memref<?xui64> -> f64
  %e = nbc.generator exponential %g : memref<?xui64> -> f64
  %k = nbc.generator integers %g(%lo, %r) : memref<?xui64> -> si64
  return %u, %n, %e, %k : f64, f64, f64, si64
}
