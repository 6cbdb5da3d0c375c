// Round trip of nbc.range, nbc.prange, nbc.yield and nbc.raise_if.
// RUN: nbc-opt %s -split-input-file | nbc-opt -split-input-file | FileCheck %s
// RUN: nbc-opt %s -split-input-file --mlir-print-op-generic | nbc-opt -split-input-file | FileCheck %s

// CHECK-LABEL: func @range_no_results
// CHECK-SAME: (%[[A:.*]]: memref<?xsi64>, %[[N:.*]]: si64)
func.func @range_no_results(%a: memref<?xsi64>, %n: si64) {
  %c0 = nbc.constant 0 : si64
  %c1 = nbc.constant 1 : si64
  // CHECK: nbc.range %[[I:.*]] = %{{.*}} to %[[N]] step %{{.*}} : si64 {
  nbc.range %i = %c0 to %n step %c1 : si64 {
    // CHECK-NEXT: nbc.store %[[I]], %[[A]][%[[I]]] : memref<?xsi64>, si64
    nbc.store %i, %a[%i] : memref<?xsi64>, si64
  }
  // CHECK-NEXT: }
  return
}

// -----

// CHECK-LABEL: func @range_iter_args
func.func @range_iter_args(%n: si64, %x: f64) -> (f64, si64) {
  %c0 = nbc.constant 0 : si64
  %c1 = nbc.constant 1 : si64
  // CHECK: %[[R:.*]]:2 = nbc.range %[[I:.*]] = %{{.*}} to %{{.*}} step %{{.*}} : si64 iter_args(%[[S:.*]] = %{{.*}}, %[[K:.*]] = %{{.*}}) -> (f64, si64) {
  %r:2 = nbc.range %i = %c0 to %n step %c1 : si64
      iter_args(%s = %x, %k = %c0) -> (f64, si64) {
    // CHECK: %[[S1:.*]] = nbc.add %[[S]], %[[S]] : f64
    %s1 = nbc.add %s, %s : f64
    // CHECK: %[[K1:.*]] = nbc.add %[[K]], %[[I]] : si64
    %k1 = nbc.add %k, %i : si64
    // CHECK: nbc.yield %[[S1]], %[[K1]] : f64, si64
    nbc.yield %s1, %k1 : f64, si64
  }
  // CHECK: return %[[R]]#0, %[[R]]#1
  return %r#0, %r#1 : f64, si64
}

// -----

// Python `break`: the yield carries the condition.
// CHECK-LABEL: func @range_break
func.func @range_break(%n: si64) -> si64 {
  %c0 = nbc.constant 0 : si64
  %c1 = nbc.constant 1 : si64
  %c10 = nbc.constant 10 : si64
  %r = nbc.range %i = %c0 to %n step %c1 : si64 iter_args(%last = %c0) -> (si64) {
    // CHECK: %[[DONE:.*]] = nbc.cmp ge, %[[I:.*]], %{{.*}} : si64
    %done = nbc.cmp ge, %i, %c10 : si64
    // CHECK: nbc.yield break_if(%[[DONE]]) %[[I]] : si64
    nbc.yield break_if(%done) %i : si64
  }
  return %r : si64
}

// -----

// A break without loop-carried values keeps its (non-implicit) terminator.
// CHECK-LABEL: func @range_break_no_values
func.func @range_break_no_values(%n: si64, %c: i1) {
  %c0 = nbc.constant 0 : si64
  %c1 = nbc.constant 1 : si64
  // CHECK: nbc.range
  nbc.range %i = %c0 to %n step %c1 : si64 {
    // CHECK: nbc.yield break_if(%{{.*}})
    nbc.yield break_if(%c)
  }
  return
}

// -----

// Negative steps and other integer types.
// CHECK-LABEL: func @range_types
func.func @range_types(%a: si32, %b: si32, %u: ui8) {
  %m1 = nbc.constant -1 : si32
  // CHECK: nbc.range %{{.*}} = %{{.*}} to %{{.*}} step %{{.*}} : si32
  nbc.range %i = %b to %a step %m1 : si32 {
  }
  %one = nbc.constant 1 : ui8
  // CHECK: nbc.range %{{.*}} = %{{.*}} to %{{.*}} step %{{.*}} : ui8
  nbc.range %j = %one to %u step %one : ui8 {
  }
  return
}

// -----

// Attributes on a range come after the region.
// CHECK-LABEL: func @range_attrs
func.func @range_attrs(%n: si64) {
  %c0 = nbc.constant 0 : si64
  %c1 = nbc.constant 1 : si64
  // CHECK: nbc.range
  // CHECK: } attributes {unroll = 2 : i64}
  nbc.range %i = %c0 to %n step %c1 : si64 {
  } attributes {unroll = 2 : i64}
  return
}

// -----

// Nested ranges: the inner bounds use the outer induction variable.
// CHECK-LABEL: func @range_nested
func.func @range_nested(%n: si64) -> si64 {
  %c0 = nbc.constant 0 : si64
  %c1 = nbc.constant 1 : si64
  // CHECK: nbc.range %[[I:.*]] = {{.*}} iter_args(%[[T:.*]] = %{{.*}})
  %r = nbc.range %i = %c0 to %n step %c1 : si64 iter_args(%t = %c0) -> (si64) {
    // CHECK: nbc.range %[[J:.*]] = %{{.*}} to %[[I]] step {{.*}} iter_args(%[[U:.*]] = %[[T]])
    %t2 = nbc.range %j = %c0 to %i step %c1 : si64 iter_args(%u = %t) -> (si64) {
      %u2 = nbc.add %u, %j : si64
      nbc.yield %u2 : si64
    }
    nbc.yield %t2 : si64
  }
  return %r : si64
}

// -----

// CHECK-LABEL: func @prange_1d
func.func @prange_1d(%a: memref<?xf64>, %n: si64) -> (f64, f64) {
  %c0 = nbc.constant 0 : si64
  %c1 = nbc.constant 1 : si64
  %zero = nbc.constant 0.0 : f64
  %lowest = nbc.constant 0xFFF0000000000000 : f64
  // CHECK: %[[R:.*]]:2 = nbc.prange (%[[I:.*]]) = (%{{.*}}) to (%{{.*}}) step (%{{.*}}) : si64 reduce(add %[[ACC:.*]] = %{{.*}} : f64, max %[[HI:.*]] = %{{.*}} : f64) {
  %s, %m = nbc.prange (%i) = (%c0) to (%n) step (%c1) : si64
      reduce(add %acc = %zero : f64, max %hi = %lowest : f64) {
    // CHECK: %[[X:.*]] = nbc.load %{{.*}}[%[[I]]]
    %x = nbc.load %a[%i] : memref<?xf64>, si64
    // CHECK: nbc.add %[[ACC]], %[[X]] : f64
    %s1 = nbc.add %acc, %x : f64
    // CHECK: nbc.max %[[HI]], %[[X]] : f64
    %m1 = nbc.max %hi, %x : f64
    nbc.yield %s1, %m1 : f64, f64
  }
  return %s, %m : f64, f64
}

// -----

// CHECK-LABEL: func @prange_2d_no_reduction
func.func @prange_2d_no_reduction(%a: memref<?x?xf64>, %n: si64, %m: si64) {
  %c0 = nbc.constant 0 : si64
  %c1 = nbc.constant 1 : si64
  %v = nbc.constant 2.0 : f64
  // CHECK: nbc.prange (%[[I:.*]], %[[J:.*]]) = (%{{.*}}, %{{.*}}) to (%{{.*}}, %{{.*}}) step (%{{.*}}, %{{.*}}) : si64 {
  nbc.prange (%i, %j) = (%c0, %c0) to (%n, %m) step (%c1, %c1) : si64 {
    // CHECK: nbc.store %{{.*}}, %{{.*}}[%[[I]], %[[J]]]
    nbc.store %v, %a[%i, %j] : memref<?x?xf64>, si64, si64
  }
  return
}

// -----

// Every reduction kind, with conditional updates yielding the old value.
// CHECK-LABEL: func @prange_kinds
func.func @prange_kinds(%n: si32, %c: i1, %x: si64, %b: i1) -> (si64, si64, si64, si64, si64, si64, si64) {
  %c0 = nbc.constant 0 : si32
  %c1 = nbc.constant 1 : si32
  // CHECK: reduce(add %{{.*}} = %{{.*}} : si64, mul %{{.*}} = %{{.*}} : si64, min %{{.*}} = %{{.*}} : si64, max %{{.*}} = %{{.*}} : si64, and %{{.*}} = %{{.*}} : si64, or %{{.*}} = %{{.*}} : si64, xor %{{.*}} = %{{.*}} : si64)
  %r:7 = nbc.prange (%i) = (%c0) to (%n) step (%c1) : si32
      reduce(add %a0 = %x : si64, mul %a1 = %x : si64, min %a2 = %x : si64,
             max %a3 = %x : si64, and %a4 = %x : si64, or %a5 = %x : si64,
             xor %a6 = %x : si64) {
    // CHECK: nbc.select
    %u = nbc.select %c, %x, %a0 : si64
    nbc.yield %u, %a1, %a2, %a3, %a4, %a5, %a6 : si64, si64, si64, si64, si64, si64, si64
  }
  return %r#0, %r#1, %r#2, %r#3, %r#4, %r#5, %r#6 : si64, si64, si64, si64, si64, si64, si64
}

// -----

// Boolean reductions.
// CHECK-LABEL: func @prange_bool
func.func @prange_bool(%n: si64, %b: i1) -> i1 {
  %c0 = nbc.constant 0 : si64
  %c1 = nbc.constant 1 : si64
  // CHECK: reduce(or %{{.*}} = %{{.*}} : i1)
  %r = nbc.prange (%i) = (%c0) to (%n) step (%c1) : si64 reduce(or %acc = %b : i1) {
    nbc.yield %acc : i1
  }
  return %r : i1
}

// -----

// CHECK-LABEL: func @raise
// CHECK-SAME: (%[[C:.*]]: i1)
func.func @raise(%c: i1) {
  // CHECK: nbc.raise_if %[[C]], ZeroDivisionError, "integer division or modulo by zero"
  nbc.raise_if %c, ZeroDivisionError, "integer division or modulo by zero"
  // CHECK: nbc.raise_if %[[C]], IndexError, "index out of bounds"
  nbc.raise_if %c, IndexError, "index out of bounds"
  // CHECK: nbc.raise_if %[[C]], ValueError, ""
  nbc.raise_if %c, ValueError, ""
  // CHECK: nbc.raise_if %[[C]], NotImplementedError, "x"
  nbc.raise_if %c, NotImplementedError, "x"
  // CHECK: nbc.raise_if %[[C]], KeyError, "k" {note}
  nbc.raise_if %c, KeyError, "k" {note}
  // Run-time values of any int, bool or float type, with format specs.
  %rx = nbc.constant 2.5 : f64
  %ri = nbc.constant 7 : si64
  %ru = nbc.constant 7 : ui8
  %rb = nbc.constant true
  // CHECK: nbc.raise_if %[[C]], ValueError, "bad {} at {} ({}, {}) {{.*}}"(%{{.*}}, %{{.*}}, %{{.*}}, %{{.*}} : f64, si64, ui8, i1) {formats = [".3f", ">5d", "", ""]}
  nbc.raise_if %c, ValueError, "bad {} at {} ({}, {}) {{}}" (%rx, %ri, %ru, %rb : f64, si64, ui8, i1) {formats = [".3f", ">5d", "", ""]}
  // The spec `type` names the arg's type (filled in by convert-nbc-to-core).
  // CHECK: nbc.raise_if %[[C]], TypeError, "expected {}, got None"(%{{.*}} : f64) {formats = ["type"]}
  nbc.raise_if %c, TypeError, "expected {}, got None" (%rx : f64) {formats = ["type"]}
  return
}
