// Round trip of nbc.try, and its verifier.
// RUN: nbc-opt %s -split-input-file | nbc-opt -split-input-file | FileCheck %s
// RUN: nbc-opt %s -split-input-file --mlir-print-op-generic | nbc-opt -split-input-file | FileCheck %s

// CHECK-LABEL: func @try_values
// CHECK: %[[R:.*]]:3 = nbc.try -> (f64, si64) {
// CHECK:   nbc.truediv
// CHECK:   nbc.yield %{{.*}}, %{{.*}} : f64, si64
// CHECK: }
// CHECK: return %[[R]]#0, %[[R]]#1 : i1, f64
func.func @try_values(%x: f64, %y: f64, %n: si64) -> (i1, f64) {
  %caught, %q, %m = nbc.try -> (f64, si64) {
    %r = nbc.truediv %x, %y : f64 -> f64
    nbc.yield %r, %n : f64, si64
  }
  return %caught, %q : i1, f64
}

// -----

// CHECK-LABEL: func @try_no_values
// CHECK: %{{.*}} = nbc.try {
// CHECK-NEXT: nbc.raise_if
// CHECK-NEXT: nbc.yield
// CHECK-NEXT: }
func.func @try_no_values(%c: i1) -> i1 {
  %caught = nbc.try {
    nbc.raise_if %c, ValueError, "no"
  }
  return %caught : i1
}

// -----

// One `caught` flag per clause, in order; the kinds print bare.
// CHECK-LABEL: func @try_clauses
// CHECK: %[[R:.*]]:3 = nbc.try catch [ZeroDivisionError] [IndexError, KeyError] -> (si64) {
// CHECK: nbc.yield %{{.*}} : si64
// CHECK: return %[[R]]#0, %[[R]]#1, %[[R]]#2 : i1, i1, si64
func.func @try_clauses(%x: si64, %y: si64) -> (i1, i1, si64) {
  %zero, %lookup, %q = nbc.try catch [ZeroDivisionError] [IndexError, KeyError] -> (si64) {
    %r = nbc.floordiv %x, %y : si64
    nbc.yield %r : si64
  }
  return %zero, %lookup, %q : i1, i1, si64
}

// -----

// A clause may name no kind (`except KeyboardInterrupt`: nbc never raises it).
// CHECK-LABEL: func @try_empty_clause
// CHECK: %[[R:.*]]:2 = nbc.try catch [] [ValueError] {
// CHECK: return %[[R]]#1 : i1
func.func @try_empty_clause(%c: i1) -> i1 {
  %never, %value = nbc.try catch [] [ValueError] {
    nbc.raise_if %c, ValueError, "no"
  }
  return %value : i1
}

// -----

// `pending` without `catch`: no flags, the exception held, then re-raised.
// CHECK-LABEL: func @try_pending
// CHECK: %[[R:.*]]:2 = nbc.try pending -> (f64) {
// CHECK: nbc.reraise %[[R]]#0
// CHECK: return %[[R]]#1 : f64
func.func @try_pending(%x: f64, %y: f64) -> f64 {
  %pending, %q = nbc.try pending -> (f64) {
    %r = nbc.truediv %x, %y : f64 -> f64
    nbc.yield %r : f64
  }
  nbc.reraise %pending
  return %q : f64
}

// -----

// With `catch`: the flags, then what no clause caught.
// CHECK-LABEL: func @try_clauses_pending
// CHECK: %[[R:.*]]:2 = nbc.try catch [ValueError] pending {
// CHECK: nbc.reraise %[[R]]#1
// CHECK: return %[[R]]#0 : i1
func.func @try_clauses_pending(%c: i1) -> i1 {
  %value, %pending = nbc.try catch [ValueError] pending {
    nbc.raise_if %c, KeyError, "k"
  }
  nbc.reraise %pending
  return %value : i1
}
