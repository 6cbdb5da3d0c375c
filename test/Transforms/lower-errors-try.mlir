// RUN: nbc-opt %s --split-input-file --nbc-lower-errors | FileCheck %s
// RUN: nbc-opt %s --split-input-file --nbc-lower-errors | FileCheck %s --check-prefix=GONE
// GONE-NOT: nbc.try
// GONE-NOT: nbc.raise_if

// The body's status becomes `caught`; nothing propagates, so the function
// keeps its signature (no status result).
// CHECK-LABEL: func @caught_here
// CHECK-SAME: -> (i1, i64)
// CHECK: %[[R:.*]]:2 = scf.execute_region -> (!llvm.ptr, i64) {
// CHECK:   arith.select
// CHECK:   scf.if
// CHECK:     arith.divsi
// CHECK:   scf.yield %{{.*}}, %{{.*}} : !llvm.ptr, i64
// CHECK: }
// CHECK: %[[NULL:.*]] = llvm.mlir.zero : !llvm.ptr
// CHECK: %[[C:.*]] = llvm.icmp "ne" %[[R]]#0, %[[NULL]] : !llvm.ptr
// CHECK: return %[[C]], %[[R]]#1 : i1, i64
func.func @caught_here(%a: i64, %b: i64) -> (i1, i64) {
  %caught, %q = nbc.try -> (i64) {
    %c0 = arith.constant 0 : i64
    %z = arith.cmpi eq, %b, %c0 : i64
    nbc.raise_if %z, ZeroDivisionError, "integer division or modulo by zero"
    %d = arith.divsi %a, %b : i64
    nbc.yield %d : i64
  }
  return %caught, %q : i1, i64
}

// -----

// A raise after the try still propagates; the try's own raise does not.
// CHECK-LABEL: func @handler_raises
// CHECK-SAME: -> !llvm.ptr
// CHECK: scf.execute_region -> !llvm.ptr
// CHECK: llvm.icmp "ne"
// CHECK: arith.select
// CHECK: return
func.func @handler_raises(%c: i1, %d: i1) {
  %caught = nbc.try {
    nbc.raise_if %c, ValueError, "inner"
  }
  %both = arith.andi %caught, %d : i1
  nbc.raise_if %both, RuntimeError, "handler"
  return
}

// -----

// Nested: the inner try is lowered first and is no raise point of the outer.
// CHECK-LABEL: func @nested
// CHECK: scf.execute_region -> (!llvm.ptr, i1) {
// CHECK:   scf.execute_region -> !llvm.ptr {
// CHECK:   llvm.icmp "ne"
// CHECK: llvm.icmp "ne"
func.func @nested(%c: i1, %d: i1) -> (i1, i1) {
  %outer, %inner = nbc.try -> (i1) {
    %i = nbc.try {
      nbc.raise_if %c, ValueError, "inner"
    }
    nbc.raise_if %d, ValueError, "outer"
    nbc.yield %i : i1
  }
  return %outer, %inner : i1, i1
}

// -----

// A call of a raising function inside the try is caught too.
// CHECK-LABEL: func @calls
// CHECK-SAME: -> (i1, f64)
// CHECK: scf.execute_region -> (!llvm.ptr, f64) {
// CHECK:   %[[S:.*]]:2 = func.call @may_raise(%{{.*}}) : (f64) -> (!llvm.ptr, f64)
// CHECK:   scf.yield %[[S]]#0, %[[S]]#1 : !llvm.ptr, f64
func.func @may_raise(%x: f64) -> f64 {
  %z = arith.constant 0.0 : f64
  %neg = arith.cmpf olt, %x, %z : f64
  nbc.raise_if %neg, ValueError, "negative"
  return %x : f64
}
func.func @calls(%x: f64) -> (i1, f64) {
  %caught, %v = nbc.try -> (f64) {
    %r = func.call @may_raise(%x) : (f64) -> f64
    nbc.yield %r : f64
  }
  return %caught, %v : i1, f64
}
