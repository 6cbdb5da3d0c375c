// RUN: nbc-opt %s --split-input-file --nbc-lower-errors --verify-diagnostics | FileCheck %s
// RUN: nbc-opt %s --split-input-file --nbc-lower-errors --verify-diagnostics | FileCheck %s --check-prefix=GONE
// GONE-NOT: nbc.raise_if

// A raise point at top level: select of the message or null, the rest of the
// block under scf.if, the status as the leading result.
// CHECK-DAG: func.func private @nbc_rt_report_error(!llvm.ptr)
// CHECK-DAG: llvm.mlir.global internal constant @[[MSG:__nbc_error_[0-9]+]]("\01integer division or modulo by zero\00")
// CHECK-LABEL: func @top_level
// CHECK-SAME: -> (!llvm.ptr, i64)
// CHECK: %[[ADDR:.*]] = llvm.mlir.addressof @[[MSG]] : !llvm.ptr
// CHECK: %[[NULL:.*]] = llvm.mlir.zero : !llvm.ptr
// CHECK: %[[S:.*]] = arith.select %[[C:.*]], %[[ADDR]], %[[NULL]] : !llvm.ptr
// The rest is guarded by the check itself, not by the status: LLVM then
// knows the check's condition is false there.
// CHECK: %[[OK:.*]] = arith.xori %[[C]], %{{.*}} : i1
// CHECK: %[[R:.*]]:2 = scf.if %[[OK]] -> (!llvm.ptr, i64) {
// CHECK:   arith.divsi
// CHECK:   scf.yield %{{.*}}, %{{.*}} : !llvm.ptr, i64
// CHECK: } else {
// CHECK:   %[[P:.*]] = ub.poison : i64
// CHECK:   scf.yield %[[S]], %[[P]] : !llvm.ptr, i64
// CHECK: return %[[R]]#0, %[[R]]#1 : !llvm.ptr, i64
func.func @top_level(%a: i64, %b: i64) -> i64 {
  %c0 = arith.constant 0 : i64
  %z = arith.cmpi eq, %b, %c0 : i64
  nbc.raise_if %z, ZeroDivisionError, "integer division or modulo by zero"
  %q = arith.divsi %a, %b : i64
  return %q : i64
}

// Pure ops after a check stay unguarded; checks in a row merge.
// CHECK-LABEL: func @merged
// CHECK-NOT: scf.if
// CHECK: %[[S1:.*]] = arith.select %{{.*}}, %{{.*}}, %{{.*}} : !llvm.ptr
// CHECK: arith.addi
// CHECK: %[[S2:.*]] = arith.select %{{.*}}, %{{.*}}, %{{.*}} : !llvm.ptr
// CHECK: %[[OK:.*]] = llvm.icmp "eq" %[[S1]]
// CHECK: %[[S:.*]] = arith.select %[[OK]], %[[S2]], %[[S1]] : !llvm.ptr
// CHECK: return %[[S]], %{{.*}} : !llvm.ptr, i64
func.func @merged(%a: i64, %c1: i1, %c2: i1) -> i64 {
  nbc.raise_if %c1, ValueError, "first"
  %x = arith.addi %a, %a : i64
  nbc.raise_if %c2, IndexError, "second"
  return %x : i64
}

// Merged checks guard the rest by the OR of their conditions (the status
// stays what the caller sees); a formatted status is never null either, so
// the rest after a formatted message also runs under its condition.
// CHECK-LABEL: func @merged_guard
// CHECK: %[[ANY:.*]] = arith.ori %[[C1:.*]], %[[C2:.*]] : i1
// CHECK: %[[OK:.*]] = arith.xori %[[ANY]], %{{.*}} : i1
// CHECK: scf.if %[[OK]] -> (!llvm.ptr, i64) {
// CHECK:   arith.divsi
// CHECK-LABEL: func @formatted_guard
// CHECK-SAME: %{{.*}}: i64, %[[C:.*]]: i1)
// CHECK: scf.if %[[C]] -> (!llvm.ptr) {
// CHECK: %[[OK:.*]] = arith.xori %[[C]], %{{.*}} : i1
// CHECK: scf.if %[[OK]] -> (!llvm.ptr, i64) {
func.func @merged_guard(%a: i64, %b: i64, %c1: i1) -> i64 {
  nbc.raise_if %c1, ValueError, "first"
  %c0 = arith.constant 0 : i64
  %z = arith.cmpi eq, %b, %c0 : i64
  nbc.raise_if %z, ZeroDivisionError, "integer division or modulo by zero"
  %q = arith.divsi %a, %b : i64
  return %q : i64
}
func.func @formatted_guard(%a: i64, %b: i64, %c1: i1) -> i64 {
  nbc.raise_if %c1, IndexError, "index {} is out of bounds" (%a : i64)
  %q = arith.divsi %a, %b : i64
  return %q : i64
}

// Callers propagate the status (pure ops after the call need no guard);
// report_errors functions report it.
// CHECK-LABEL: func @caller
// CHECK-SAME: -> (!llvm.ptr, i64)
// CHECK: %[[C:.*]]:2 = call @top_level(%{{.*}}, %{{.*}}) : (i64, i64) -> (!llvm.ptr, i64)
// CHECK: %[[M:.*]] = arith.muli %[[C]]#1, %[[C]]#1
// CHECK: return %[[C]]#0, %[[M]] : !llvm.ptr, i64
func.func @caller(%a: i64) -> i64 {
  %q = call @top_level(%a, %a) : (i64, i64) -> i64
  %r = arith.muli %q, %q : i64
  return %r : i64
}

// CHECK-LABEL: func @entry
// CHECK-SAME: attributes {nbc.report_errors}
// CHECK: %[[C:.*]]:2 = call @caller
// CHECK: %[[F:.*]] = llvm.icmp "ne" %[[C]]#0
// CHECK: scf.if %[[F]] {
// CHECK:   call @nbc_rt_report_error(%[[C]]#0) : (!llvm.ptr) -> ()
// CHECK: return{{$}}
func.func @entry(%a: i64) attributes {nbc.report_errors} {
  %q = call @caller(%a) : (i64) -> i64
  return
}

// A loop with a raise point becomes an scf.while that stops on failure.
// CHECK-LABEL: func @in_loop
// CHECK: %[[W:.*]]:3 = scf.while (%[[I:.*]] = %{{.*}}, %[[ST:.*]] = %{{.*}}, %[[ACC:.*]] = %{{.*}}) : (index, !llvm.ptr, i64)
// CHECK:   %[[IN:.*]] = arith.cmpi slt, %[[I]], %{{.*}} : index
// CHECK:   %[[OK:.*]] = llvm.icmp "eq" %[[ST]]
// CHECK:   %[[GO:.*]] = arith.andi %[[IN]], %[[OK]] : i1
// CHECK:   scf.condition(%[[GO]])
// CHECK: } do {
// CHECK:   arith.select {{.*}} : !llvm.ptr
// CHECK:   scf.if
// CHECK:     arith.divsi
// CHECK:   arith.addi %{{.*}}, %{{.*}} : index
// CHECK: return %[[W]]#1, %[[W]]#2
func.func @in_loop(%n: index, %d: i64) -> i64 {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %z = arith.constant 0 : i64
  %r = scf.for %i = %c0 to %n step %c1 iter_args(%acc = %z) -> (i64) {
    %bad = arith.cmpi eq, %d, %z : i64
    nbc.raise_if %bad, ZeroDivisionError, "integer division or modulo by zero"
    %q = arith.divsi %acc, %d : i64
    scf.yield %q : i64
  }
  return %r : i64
}

// scf.parallel: failures merge into a memref slot with an atomic max of the
// message addresses, loaded after.
// CHECK-LABEL: func @in_parallel
// CHECK: %[[SLOT:.*]] = memref.alloca() : memref<i64>
// CHECK: memref.store %{{.*}}, %[[SLOT]][]
// CHECK: scf.parallel
// CHECK:   scf.if
// CHECK:     %[[ADDR:.*]] = llvm.ptrtoint
// CHECK:     memref.atomic_rmw maxu %[[ADDR]], %[[SLOT]][]
// CHECK: %[[V:.*]] = memref.load %[[SLOT]][]
// CHECK: %[[ST:.*]] = llvm.inttoptr %[[V]] : i64 to !llvm.ptr
// CHECK: return %[[ST]]
func.func @in_parallel(%m: memref<?xi64>, %n: index) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %z = arith.constant 0 : i64
  scf.parallel (%i) = (%c0) to (%n) step (%c1) {
    %x = memref.load %m[%i] : memref<?xi64>
    %neg = arith.cmpi slt, %x, %z : i64
    nbc.raise_if %neg, ValueError, "negative"
    memref.store %z, %m[%i] : memref<?xi64>
    scf.reduce
  }
  return
}

// An array that a failure skips is an empty allocation on the error path,
// not poison: buffer deallocation later frees arrays on every path.
// CHECK-LABEL: func @array_after_raise
// CHECK: %[[R:.*]]:2 = scf.if %{{.*}} -> (!llvm.ptr, memref<?xf64>) {
// CHECK:   %[[A:.*]] = memref.alloc(%{{.*}}) : memref<?xf64>
// CHECK:   scf.yield %{{.*}}, %[[A]]
// CHECK: } else {
// CHECK:   %[[C0:.*]] = arith.constant 0 : index
// CHECK:   %[[E:.*]] = memref.alloc(%[[C0]]) : memref<?xf64>
// CHECK:   scf.yield %{{.*}}, %[[E]]
// CHECK: return %[[R]]#0, %[[R]]#1
func.func @array_after_raise(%c: i1, %n: index) -> memref<?xf64> {
  nbc.raise_if %c, ValueError, "v"
  %a = memref.alloc(%n) : memref<?xf64>
  return %a : memref<?xf64>
}

// CHECK-LABEL: func @in_region
// CHECK: %[[R:.*]]:2 = scf.execute_region -> (!llvm.ptr, i64) {
// CHECK:   scf.yield %{{.*}}, %{{.*}} : !llvm.ptr, i64
// CHECK: return %[[R]]#0, %[[R]]#1
func.func @in_region(%c: i1) -> i64 {
  %r = scf.execute_region -> i64 {
    nbc.raise_if %c, ValueError, "v"
    %z = arith.constant 0 : i64
    scf.yield %z : i64
  }
  return %r : i64
}

// -----

func.func @unsupported(%c: i1, %n: index) -> i64 {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %z = arith.constant 0 : i64
  // expected-error @below {{may raise, but nbc-lower-errors cannot pass the error status out of it}}
  %r = scf.index_switch %n -> i64
  case 0 {
    nbc.raise_if %c, ValueError, "v"
    scf.yield %z : i64
  }
  default {
    scf.yield %z : i64
  }
  return %r : i64
}
