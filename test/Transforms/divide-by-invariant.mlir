// RUN: nbc-opt %s --split-input-file --nbc-divide-by-invariant | FileCheck %s

// A run-time divisor the loop does not change: its multiplier and shift
// come from the runtime once, before the loop; the loop multiplies. Runs
// of fewer than 16 iterations keep the division (an untouched copy).
// The runtime's two functions are declared once, at the module's start.
// CHECK-DAG: func.func private @nbc_rt_sdiv64_multiplier(i64) -> i64
// CHECK-DAG: func.func private @nbc_rt_sdiv64_shift(i64) -> i64
// CHECK-LABEL: func @quotient
// CHECK-SAME: (%{{.*}}: memref<?xi64>, %[[D:.*]]: i64)
// CHECK: %[[SPAN:.*]] = arith.subi %[[UB:.*]], %[[LB:.*]] : index
// CHECK: %[[C16:.*]] = arith.constant 16 : index
// CHECK: %[[LEAST:.*]] = arith.muli %{{.*}}, %[[C16]] : index
// CHECK: %[[LONG:.*]] = arith.cmpi sge, %[[SPAN]], %[[LEAST]] : index
// CHECK: scf.if %[[LONG]] -> (i64) {
// CHECK: %[[M:.*]] = func.call @nbc_rt_sdiv64_multiplier(%[[D]]) : (i64) -> i64
// CHECK: %[[K:.*]] = func.call @nbc_rt_sdiv64_shift(%[[D]]) : (i64) -> i64
// CHECK: scf.for
// CHECK: %[[V:.*]] = memref.load
// CHECK: %{{.*}}, %[[HI:.*]] = arith.mulsi_extended %[[V]], %[[M]] : i64
// CHECK: arith.shrsi
// CHECK-NOT: arith.divsi
// CHECK: } else {
// CHECK-NOT: call
// CHECK: scf.for
// CHECK: arith.divsi %{{.*}}, %[[D]] : i64
// CHECK: return
func.func @quotient(%x: memref<?xi64>, %d: i64) -> i64 {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %z = arith.constant 0 : i64
  %n = memref.dim %x, %c0 : memref<?xi64>
  %r = scf.for %i = %c0 to %n step %c1 iter_args(%acc = %z) -> (i64) {
    %v = memref.load %x[%i] : memref<?xi64>
    %q = arith.divsi %v, %d : i64
    %s = arith.addi %acc, %q : i64
    scf.yield %s : i64
  }
  return %r : i64
}

// -----

// The guarded divisor of Python's `//` (`d == 0 ? 1 : d`) is computed in the
// loop: it leaves the loop first. Quotient and remainder share one call
// pair; the remainder is n - q * d.
// CHECK-LABEL: func @guarded_divmod
// CHECK: %[[SAFE:.*]] = arith.select
// CHECK: scf.if
// CHECK: call @nbc_rt_sdiv64_multiplier(%[[SAFE]])
// CHECK: call @nbc_rt_sdiv64_shift(%[[SAFE]])
// CHECK-NOT: call
// CHECK: scf.for
// CHECK: arith.muli %{{.*}}, %[[SAFE]] : i64
// CHECK: arith.subi
// CHECK-NOT: arith.divsi
// CHECK-NOT: arith.remsi
// CHECK: } else {
func.func @guarded_divmod(%x: memref<?xi64>, %d: i64) -> i64 {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %z = arith.constant 0 : i64
  %one = arith.constant 1 : i64
  %n = memref.dim %x, %c0 : memref<?xi64>
  %r = scf.for %i = %c0 to %n step %c1 iter_args(%acc = %z) -> (i64) {
    %v = memref.load %x[%i] : memref<?xi64>
    %is0 = arith.cmpi eq, %d, %z : i64
    %safe = arith.select %is0, %one, %d : i64
    %q = arith.divsi %v, %safe : i64
    %m = arith.remsi %v, %safe : i64
    %s = arith.addi %acc, %q : i64
    %t = arith.addi %s, %m : i64
    scf.yield %t : i64
  }
  return %r : i64
}

// -----

// Nested loops: the divisor is loaded in the outer loop, so the constants
// are computed before the inner loop, once per outer iteration.
// CHECK-LABEL: func @nested
// CHECK: scf.for
// CHECK: %[[D:.*]] = memref.load
// CHECK: scf.if
// CHECK: call @nbc_rt_sdiv64_multiplier(%[[D]])
// CHECK: scf.for
// CHECK-NOT: arith.divsi
// CHECK: } else {
// CHECK: arith.divsi
// CHECK: return
func.func @nested(%x: memref<?xi64>, %ds: memref<?xi64>, %out: memref<?xi64>) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %n = memref.dim %x, %c0 : memref<?xi64>
  %k = memref.dim %ds, %c0 : memref<?xi64>
  scf.for %j = %c0 to %k step %c1 {
    %d = memref.load %ds[%j] : memref<?xi64>
    scf.for %i = %c0 to %n step %c1 {
      %v = memref.load %x[%i] : memref<?xi64>
      %q = arith.divsi %v, %d : i64
      memref.store %q, %out[%i] : memref<?xi64>
    }
  }
  return
}

// -----

// Left alone: a constant divisor (LLVM multiplies already), a divisor that
// changes in the loop, a division outside any loop, and i32.
// CHECK-LABEL: func @unchanged
// CHECK: arith.divsi %{{.*}}, %{{.*}} : i64
// CHECK: arith.divsi %{{.*}}, %{{.*}} : i64
// CHECK: arith.divsi %{{.*}}, %{{.*}} : i32
// CHECK: arith.divsi %{{.*}}, %{{.*}} : i64
// CHECK-NOT: call
func.func @unchanged(%x: memref<?xi64>, %y: memref<?xi32>, %d: i64, %e: i32) -> i64 {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c7 = arith.constant 7 : i64
  %n = memref.dim %x, %c0 : memref<?xi64>
  scf.for %i = %c0 to %n step %c1 {
    %v = memref.load %x[%i] : memref<?xi64>
    %q = arith.divsi %v, %c7 : i64
    %w = arith.divsi %d, %v : i64
    %s = arith.addi %q, %w : i64
    memref.store %s, %x[%i] : memref<?xi64>
    %u = memref.load %y[%i] : memref<?xi32>
    %p = arith.divsi %u, %e : i32
    memref.store %p, %y[%i] : memref<?xi32>
  }
  %r = arith.divsi %n, %c1 : index
  %t = arith.index_cast %r : index to i64
  %o = arith.divsi %t, %d : i64
  return %o : i64
}
