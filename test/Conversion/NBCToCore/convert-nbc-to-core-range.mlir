// RUN: nbc-opt %s --convert-nbc-to-core | FileCheck %s

// Step 1: a plain scf.for from start to stop, no zero-step check.
// CHECK-LABEL: func @unit_step
// CHECK-NOT: nbc.raise_if
// CHECK: %[[LB:.*]] = arith.index_cast %{{.*}} : i64 to index
// CHECK: %[[UB:.*]] = arith.index_cast %{{.*}} : i64 to index
// CHECK: scf.for %[[I:.*]] = %[[LB]] to %[[UB]] step %{{.*}} iter_args(%[[ACC:.*]] = %{{.*}}) -> (i64)
// CHECK:   %[[IV:.*]] = arith.index_cast %[[I]] : index to i64
// CHECK:   %[[S:.*]] = arith.addi %[[ACC]], %[[IV]] : i64
// CHECK:   scf.yield %[[S]] : i64
func.func @unit_step(%n: si64) -> si64 {
  %c0 = nbc.constant 0 : si64
  %c1 = nbc.constant 1 : si64
  %t = nbc.range %i = %c0 to %n step %c1 : si64 iter_args(%acc = %c0) -> (si64) {
    %x = nbc.add %acc, %i : si64
    nbc.yield %x : si64
  }
  return %t : si64
}

// A run-time step: zero check, trip count on unsigned differences, an
// unsigned-compare loop over the count and iv = start + k * step.
// CHECK-LABEL: func @any_step
// CHECK-SAME: (%[[START:.*]]: i64, %[[STOP:.*]]: i64, %[[STEP:.*]]: i64)
// CHECK: %[[Z:.*]] = arith.cmpi eq, %[[STEP]]
// CHECK: nbc.raise_if %[[Z]], ValueError, "range() arg 3 must not be zero"
// CHECK: arith.divui
// CHECK: arith.remui
// CHECK: %[[N:.*]] = arith.index_castui %{{.*}} : i64 to index
// CHECK: scf.for unsigned %[[K:.*]] = %{{.*}} to %[[N]]
// CHECK:   %[[KI:.*]] = arith.index_cast %[[K]] : index to i64
// CHECK:   %[[OFF:.*]] = arith.muli %[[KI]], %[[STEP]] : i64
// CHECK:   arith.addi %[[START]], %[[OFF]] : i64
func.func @any_step(%start: si64, %stop: si64, %step: si64) -> si64 {
  %c0 = nbc.constant 0 : si64
  %t = nbc.range %i = %start to %stop step %step : si64 iter_args(%acc = %c0) -> (si64) {
    %x = nbc.add %acc, %i : si64
    nbc.yield %x : si64
  }
  return %t : si64
}

// A constant negative step needs no check.
// CHECK-LABEL: func @negative_step
// CHECK-NOT: nbc.raise_if
// CHECK: scf.for unsigned
func.func @negative_step(%n: ui8) -> ui8 {
  %c0 = nbc.constant 0 : si32
  %cm2 = nbc.constant -2 : si32
  %c100 = nbc.constant 100 : si32
  nbc.range %i = %c100 to %c0 step %cm2 : si32 {
  }
  return %n : ui8
}

// break_if: an scf.while that stops on the count or the break.
// CHECK-LABEL: func @breaks
// CHECK: %[[R:.*]]:3 = scf.while (%[[K:.*]] = %{{.*}}, %[[GO:.*]] = %true{{.*}}, %[[A:.*]] = %{{.*}}) : (index, i1, f64)
// CHECK:   %[[IN:.*]] = arith.cmpi ult, %[[K]], %{{.*}} : index
// CHECK:   %[[C:.*]] = arith.andi %[[IN]], %[[GO]] : i1
// CHECK:   scf.condition(%[[C]])
// CHECK: } do {
// CHECK:   %[[BIG:.*]] = arith.cmpf ogt
// CHECK:   %[[NEXT:.*]] = arith.addi %{{.*}}, %{{.*}} : index
// CHECK:   %[[NOT:.*]] = arith.xori %[[BIG]], %{{.*}} : i1
// CHECK:   scf.yield %[[NEXT]], %[[NOT]], %{{.*}} : index, i1, f64
// CHECK: return %[[R]]#2
func.func @breaks(%n: si64, %limit: f64) -> f64 {
  %c0 = nbc.constant 0 : si64
  %c1 = nbc.constant 1 : si64
  %z = nbc.constant 0.0 : f64
  %r = nbc.range %i = %c0 to %n step %c1 : si64 iter_args(%acc = %z) -> (f64) {
    %f = nbc.cast %i : si64 to f64
    %s = nbc.add %acc, %f : f64
    %big = nbc.cmp gt, %s, %limit : f64
    nbc.yield break_if(%big) %s : f64
  }
  return %r : f64
}
