// nbc.thread_id / nbc.num_threads call the OpenMP runtime inside the loop
// that runs them (never hoisted: they read the runtime), widened to i64.
// RUN: nbc-opt %s --convert-nbc-to-core | FileCheck %s
// RUN: nbc-opt %s --loop-invariant-code-motion | FileCheck %s --check-prefix=LICM
// RUN: nbc-opt %s --nbc-to-llvm | FileCheck %s --check-prefix=OMP

// CHECK-DAG: func.func private @omp_get_thread_num() -> i32
// CHECK-DAG: func.func private @omp_get_max_threads() -> i32
// CHECK-LABEL: func @ids
// CHECK: scf.{{for|parallel}}
// CHECK: %[[T:.*]] = {{(func.)?}}call @omp_get_thread_num() : () -> i32
// CHECK: arith.extsi %[[T]] : i32 to i64
// CHECK: %[[N:.*]] = {{(func.)?}}call @omp_get_max_threads() : () -> i32
// CHECK: arith.extsi %[[N]] : i32 to i64

// LICM-LABEL: func @ids
// LICM: nbc.prange
// LICM-NEXT: nbc.thread_id : si64

// OMP: llvm.call @omp_get_thread_num()
func.func @ids(%out: memref<?xsi64>, %n: si64) -> si64 {
  %c0 = nbc.constant 0 : si64
  %c1 = nbc.constant 1 : si64
  nbc.prange (%i) = (%c0) to (%n) step (%c1) : si64 {
    %t = nbc.thread_id : si64
    nbc.store %t, %out[%i] : memref<?xsi64>, si64
  }
  %k = nbc.num_threads : si64
  return %k : si64
}
