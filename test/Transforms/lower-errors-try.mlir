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

// -----

// With clauses, each flag tests the status's kind byte (a zero byte on
// success); a kind no clause names propagates: the function returns a
// status, and the rest runs only when the try let nothing through.
// CHECK-LABEL: llvm.mlir.global internal constant @{{.*}}("\00")
// CHECK-LABEL: func @clauses
// CHECK-SAME: -> (!llvm.ptr, i1, i1, i64)
// CHECK: %[[R:.*]]:2 = scf.execute_region -> (!llvm.ptr, i64) {
// CHECK: %[[RAISED:.*]] = llvm.icmp "ne" %[[R]]#0
// CHECK: %[[EMPTY:.*]] = llvm.mlir.addressof @__nbc_error_
// CHECK: %[[TEXT:.*]] = arith.select %[[RAISED]], %[[R]]#0, %[[EMPTY]]
// CHECK: %[[KIND:.*]] = llvm.load %[[TEXT]] : !llvm.ptr -> i8
// CHECK: %[[ZDE:.*]] = arith.constant 1 : i8
// CHECK: %[[IS_ZDE:.*]] = arith.cmpi eq, %[[KIND]], %[[ZDE]] : i8
// CHECK: %[[FIRST:.*]] = arith.andi %[[IS_ZDE]], %{{.*}} : i1
// CHECK: arith.constant 2 : i8
// CHECK: arith.constant 10 : i8
// CHECK: %[[LOOKUP:.*]] = arith.ori
// CHECK: %[[NOT_FIRST:.*]] = arith.xori %[[EARLIER:.*]], %{{.*}} : i1
// CHECK: %[[SECOND:.*]] = arith.andi %[[LOOKUP]], %[[NOT_FIRST]] : i1
// CHECK: %[[ANY:.*]] = arith.ori
// CHECK: %[[NULL:.*]] = llvm.mlir.zero : !llvm.ptr
// CHECK: %[[ON:.*]] = arith.select %[[ANY]], %[[NULL]], %[[R]]#0 : !llvm.ptr
// CHECK: scf.if
// CHECK: return
func.func @clauses(%a: i64, %b: i64) -> (i1, i1, i64) {
  %zero, %lookup, %q = nbc.try catch [ZeroDivisionError] [IndexError, KeyError] -> (i64) {
    %c0 = arith.constant 0 : i64
    %z = arith.cmpi eq, %b, %c0 : i64
    nbc.raise_if %z, ZeroDivisionError, "integer division or modulo by zero"
    %neg = arith.cmpi slt, %a, %c0 : i64
    nbc.raise_if %neg, ValueError, "negative"
    %d = arith.divsi %a, %b : i64
    nbc.yield %d : i64
  }
  %one = arith.constant 1 : i64
  %r = func.call @twice(%q) : (i64) -> i64
  return %zero, %lookup, %r : i1, i1, i64
}
func.func private @twice(%x: i64) -> i64

// -----

// `except Exception` among clauses names every kind: its flag is the
// status being set, no byte is compared; nothing propagates.
// CHECK-LABEL: func @clause_catching_all
// CHECK-SAME: -> (i1, i1)
// CHECK: scf.execute_region -> !llvm.ptr
// CHECK: %[[RAISED:.*]] = llvm.icmp "ne"
// CHECK: arith.cmpi eq
// CHECK-NOT: arith.cmpi
// CHECK: arith.andi %[[RAISED]]
func.func @clause_catching_all(%c: i1) -> (i1, i1) {
  %value, %any = nbc.try catch [ValueError] [ZeroDivisionError, IndexError, ValueError, OverflowError, TypeError, AssertionError, RuntimeError, MemoryError, ArithmeticError, KeyError, NotImplementedError, LinAlgError] {
    nbc.raise_if %c, ValueError, "no"
  }
  return %value, %any : i1, i1
}

// -----

// A try with clauses inside a catch-all try: what the inner one lets
// through is caught by the outer one.
// CHECK-LABEL: func @inside_catch_all
// CHECK-SAME: -> (i1, i1)
// CHECK: scf.execute_region -> (!llvm.ptr, i1) {
// CHECK:   scf.execute_region -> !llvm.ptr {
// CHECK:   llvm.load
// CHECK:   arith.select
// CHECK: llvm.icmp "ne"
func.func @inside_catch_all(%c: i1) -> (i1, i1) {
  %outer, %inner = nbc.try -> (i1) {
    %i = nbc.try catch [KeyError] {
      nbc.raise_if %c, ValueError, "inner"
    }
    nbc.yield %i : i1
  }
  return %outer, %inner : i1, i1
}

// -----

// A try with clauses whose body cannot raise: no status, no kind byte.
// CHECK-LABEL: func @cannot_raise
// CHECK-SAME: -> i1
func.func @cannot_raise(%x: i64) -> i1 {
  %k = nbc.try catch [KeyError] {
    nbc.yield
  }
  return %k : i1
}

// -----

// `pending`: the body's status is held, the code after the try (a
// `finally` block) runs whatever it is, then nbc.reraise raises it: the
// function returns it as its status unless something after failed first.
// CHECK-LABEL: func @pending_reraised
// CHECK-SAME: -> !llvm.ptr
// CHECK: %[[R:.*]] = scf.execute_region -> !llvm.ptr {
// CHECK:   scf.yield %{{.*}} : !llvm.ptr
// CHECK: }
// CHECK: memref.store
// CHECK: return %[[R]] : !llvm.ptr
func.func @pending_reraised(%c: i1, %m: memref<i64>, %v: i64) {
  %pending = nbc.try pending {
    nbc.raise_if %c, ValueError, "body"
  }
  memref.store %v, %m[] : memref<i64>
  nbc.reraise %pending
  return
}

// -----

// A raise in the `finally` code wins over the pending exception: the
// reraise sits under the guard of that raise.
// CHECK-LABEL: func @finally_raises
// CHECK-SAME: -> !llvm.ptr
// CHECK: %[[R:.*]] = scf.execute_region -> !llvm.ptr {
// CHECK: %[[F:.*]] = arith.select %arg1, %{{.*}}, %{{.*}} : !llvm.ptr
// CHECK: %[[G:.*]] = scf.if
// CHECK:   scf.yield %[[R]] : !llvm.ptr
// CHECK: } else {
// CHECK-NEXT:   scf.yield %[[F]] : !llvm.ptr
// CHECK: return %[[G]] : !llvm.ptr
func.func @finally_raises(%c: i1, %d: i1) {
  %pending = nbc.try pending {
    nbc.raise_if %c, ValueError, "body"
  }
  nbc.raise_if %d, KeyError, "finally"
  nbc.reraise %pending
  return
}

// -----

// With clauses, what no clause caught is held instead of propagating.
// CHECK-LABEL: func @clauses_pending
// CHECK-SAME: -> (!llvm.ptr, i1)
// CHECK: %[[R:.*]] = scf.execute_region -> !llvm.ptr
// CHECK: %[[FLAG:.*]] = arith.andi
// CHECK: %[[LEFT:.*]] = arith.select %{{.*}}, %{{.*}}, %[[R]] : !llvm.ptr
// CHECK: return %[[LEFT]], %[[FLAG]] : !llvm.ptr, i1
func.func @clauses_pending(%c: i1, %d: i1) -> i1 {
  %value, %pending = nbc.try catch [ValueError] pending {
    nbc.raise_if %c, ValueError, "caught"
    nbc.raise_if %d, KeyError, "held"
  }
  nbc.reraise %pending
  return %value : i1
}

// -----

// A pending try inside a catch-all one: the re-raised exception is caught
// by the outer try.
// CHECK-LABEL: func @reraise_caught
// CHECK-SAME: -> i1
// CHECK: scf.execute_region -> !llvm.ptr {
// CHECK:   scf.execute_region -> !llvm.ptr {
// CHECK: llvm.icmp "ne"
func.func @reraise_caught(%c: i1) -> i1 {
  %caught = nbc.try {
    %pending = nbc.try pending {
      nbc.raise_if %c, ValueError, "inner"
    }
    nbc.reraise %pending
  }
  return %caught : i1
}

// -----

// A pending formatted message is held out of the thread's message buffer
// (into a stack slot at the function's entry) while the finally code runs,
// which may format and catch another; nbc.reraise puts it back.
// CHECK-LABEL: func @pending_formatted_held
// CHECK: %[[SLOT:.*]] = llvm.alloca %{{.*}} x i8
// CHECK: %[[R:.*]] = scf.execute_region -> !llvm.ptr {
// CHECK: call @nbc_rt_error_end
// CHECK: %[[HELD:.*]] = call @nbc_rt_error_hold(%[[R]], %[[SLOT]], %{{.*}})
// CHECK: scf.execute_region -> !llvm.ptr {
// CHECK: call @nbc_rt_error_end
// CHECK: %[[BACK:.*]] = call @nbc_rt_error_release(%[[HELD]], %[[SLOT]])
// CHECK: return %[[BACK]] : !llvm.ptr
func.func @pending_formatted_held(%c: i1, %v: i64) {
  %pending = nbc.try pending {
    nbc.raise_if %c, ValueError, "body {}"(%v : i64)
  }
  %caught = nbc.try {
    nbc.raise_if %c, KeyError, "finally {}"(%v : i64)
  }
  nbc.reraise %pending
  return
}

// -----

// Constant messages are never overwritten: nothing is held.
// CHECK-LABEL: func @pending_constant_not_held
// CHECK-NOT: nbc_rt_error_hold
// CHECK: return
func.func @pending_constant_not_held(%c: i1, %v: i64) {
  %pending = nbc.try pending {
    nbc.raise_if %c, ValueError, "body"
  }
  nbc.reraise %pending
  return
}
