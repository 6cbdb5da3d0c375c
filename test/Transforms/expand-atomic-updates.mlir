// RUN: nbc-opt %s --nbc-expand-atomic-updates -split-input-file -verify-diagnostics | FileCheck %s

// CHECK-LABEL: func.func @product
// CHECK: %[[PTR:.*]] = llvm.inttoptr
// CHECK: %[[FIRST:.*]] = memref.load
// CHECK: %[[BITS:.*]] = arith.bitcast %[[FIRST]] : f64 to i64
// CHECK: scf.while (%[[EXP:.*]] = %[[BITS]]) : (i64) -> i64 {
// CHECK-NEXT: %[[OLD:.*]] = arith.bitcast %[[EXP]] : i64 to f64
// CHECK-NEXT: %[[NEW:.*]] = arith.mulf %[[OLD]], %{{.*}} : f64
// CHECK-NEXT: %[[NEWBITS:.*]] = arith.bitcast %[[NEW]] : f64 to i64
// CHECK-NEXT: %[[R:.*]] = llvm.cmpxchg %[[PTR]], %[[EXP]], %[[NEWBITS]] acq_rel monotonic : !llvm.ptr, i64
// CHECK: scf.condition
// CHECK-NOT: nbc.
func.func @product(%a: memref<?xf64>, %i: index, %v: f64) {
  nbc.atomic_update %a[%i] {nowrap, noboundscheck} : memref<?xf64>, index {
  ^bb0(%old: f64):
    %new = arith.mulf %old, %v : f64
    nbc.yield %new : f64
  }
  return
}

// -----

func.func @not_lowered(%a: memref<?xsi64>, %i: si64, %v: si64) {
  // expected-error @+1 {{'nbc.atomic_update' op must be lowered by convert-nbc-to-core first}}
  nbc.atomic_update %a[%i] : memref<?xsi64>, si64 {
  ^bb0(%old: si64):
    %new = nbc.mul %old, %v : si64
    nbc.yield %new : si64
  }
  return
}
