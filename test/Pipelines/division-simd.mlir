// Division checks do not cost SIMD. Up to nbc-vectorize, as nbc-to-llvm
// runs it: a run-time loop-invariant divisor is checked once before the
// loop; float loops become vector<4 x T> code, with per-element divisors
// checked once per vector (vector.reduction <or> of the zero lanes) in an
// scf.while that leaves a failing vector to the scalar loop. Integer
// division by a run-time divisor stays scalar: CPUs have no vector integer
// division, LLVM would split it into one scalar divide per lane and lose
// the 64-to-32-bit narrowing it gives a scalar divide; the whole pipeline
// then turns the scalar divide into a multiply-high by a constant computed
// before the loop (nbc-divide-by-invariant), keeping the divide in a copy
// of the loop for runs of fewer than 16 iterations.
// RUN: nbc-opt %s --canonicalize --nbc-hoist-checks --convert-nbc-to-core --canonicalize --cse --nbc-version-checks --nbc-vectorize=vector-width=4 | FileCheck %s
// RUN: nbc-opt %s --canonicalize --nbc-hoist-checks --convert-nbc-to-core --canonicalize --cse --nbc-version-checks --nbc-vectorize="vector-width=4 fastmath" | FileCheck %s --check-prefix=FAST
// The whole pipeline keeps the vector division of floats.
// RUN: nbc-opt %s --nbc-to-llvm=vector-width=4 | FileCheck %s --check-prefix=LLVM

// The check runs once before the loop, whose divide stays scalar.
// CHECK-LABEL: func.func @floordiv_sum_i64
// CHECK: arith.cmpi eq
// CHECK: nbc.raise_if %{{.*}}, ZeroDivisionError, "integer division or modulo by zero"
// CHECK-NOT: nbc.raise_if
// CHECK: scf.for {{.*}} -> (i64)
// CHECK-NOT: vector
// CHECK: arith.divsi {{.*}} : i64
// CHECK: return
// LLVM-LABEL: llvm.func internal @nbc.fn.floordiv_sum_i64
// LLVM-NOT: vector<4xi64>
// LLVM: llvm.call @nbc_rt_sdiv64_multiplier
// LLVM-NOT: vector<4xi64>
// LLVM-NOT: llvm.sdiv
// LLVM: llvm.mul {{.*}} : i128
// LLVM-NOT: vector<4xi64>
// LLVM: llvm.sdiv {{.*}} : i64
// LLVM-NOT: vector<4xi64>
// LLVM: llvm.return
func.func @floordiv_sum_i64(%a: memref<?xsi64>, %d: si64) -> si64 {
  %c0 = nbc.constant 0 : si64
  %c1 = nbc.constant 1 : si64
  %n = nbc.dim %a, 0 : memref<?xsi64>
  %r = nbc.range %i = %c0 to %n step %c1 : si64 iter_args(%t = %c0) -> (si64) {
    %x = nbc.load %a[%i] : memref<?xsi64>, si64
    %y = nbc.floordiv %x, %d : si64
    %t1 = nbc.add %t, %y : si64
    nbc.yield %t1 : si64
  }
  return %r : si64
}

// CHECK-LABEL: func.func @mod_i64
// CHECK: nbc.raise_if %{{.*}}, ZeroDivisionError, "integer modulo by zero"
// CHECK: scf.for
// CHECK-NOT: nbc.raise_if
// CHECK-NOT: vector
// CHECK: arith.remsi {{.*}} : i64
// CHECK: return
func.func @mod_i64(%a: memref<?xsi64>, %d: si64, %q: memref<?xsi64>) {
  %c0 = nbc.constant 0 : si64
  %c1 = nbc.constant 1 : si64
  %n = nbc.dim %a, 0 : memref<?xsi64>
  nbc.range %i = %c0 to %n step %c1 : si64 {
    %x = nbc.load %a[%i] : memref<?xsi64>, si64
    %y = nbc.mod %x, %d : si64
    nbc.store %y, %q[%i] : memref<?xsi64>, si64
  }
  return
}

// CHECK-LABEL: func.func @floordiv_mod_f64
// CHECK: nbc.raise_if %{{.*}}, ZeroDivisionError, "float floor division by zero"
// CHECK: scf.for
// CHECK-NOT: nbc.raise_if
// CHECK: arith.remf {{.*}} : vector<4xf64>
// CHECK: math.floor {{.*}} : vector<4xf64>
// CHECK: vector.store {{.*}} vector<4xf64>
// CHECK: vector.store {{.*}} vector<4xf64>
// LLVM-LABEL: llvm.func internal @nbc.fn.floordiv_mod_f64
// LLVM: llvm.frem {{.*}} : vector<4xf64>
func.func @floordiv_mod_f64(%a: memref<?xf64>, %d: f64, %q: memref<?xf64>, %r: memref<?xf64>) {
  %c0 = nbc.constant 0 : si64
  %c1 = nbc.constant 1 : si64
  %n = nbc.dim %a, 0 : memref<?xf64>
  nbc.range %i = %c0 to %n step %c1 : si64 {
    %x = nbc.load %a[%i] : memref<?xf64>, si64
    %y = nbc.floordiv %x, %d : f64
    %z = nbc.mod %x, %d : f64
    nbc.store %y, %q[%i] : memref<?xf64>, si64
    nbc.store %z, %r[%i] : memref<?xf64>, si64
  }
  return
}

// Per-element divisors: one test per vector before its stores.
// CHECK-LABEL: func.func @floordiv_elements_f64
// CHECK: %[[W:.*]]:2 = scf.while (%[[I:.*]] = %{{.*}}, %[[STOP:.*]] = %false)
// CHECK: } do {
// CHECK: %[[B:.*]] = vector.load %arg1[%[[I2:.*]]] : memref<?xf64>, vector<4xf64>
// CHECK: %[[Z:.*]] = arith.cmpf oeq, %[[B]], %{{.*}} : vector<4xf64>
// CHECK: math.floor {{.*}} : vector<4xf64>
// CHECK: %[[ANY:.*]] = vector.reduction <or>, %[[Z]] : vector<4xi1> into i1
// CHECK: scf.if %[[ANY]] {
// CHECK: } else {
// CHECK: vector.store {{.*}} vector<4xf64>
// The scalar loop from where the vector loop stopped raises at the element.
// CHECK: scf.for %{{.*}} = %[[W]]#0 to
// CHECK: nbc.raise_if
// LLVM-LABEL: llvm.func internal @nbc.fn.floordiv_elements_f64
// LLVM: llvm.intr.floor({{.*}}) : (vector<4xf64>) -> vector<4xf64>
// LLVM: llvm.intr.vector.reduce.or
func.func @floordiv_elements_f64(%a: memref<?xf64>, %b: memref<?xf64>, %q: memref<?xf64>) {
  %c0 = nbc.constant 0 : si64
  %c1 = nbc.constant 1 : si64
  %n = nbc.dim %a, 0 : memref<?xf64>
  nbc.range %i = %c0 to %n step %c1 : si64 {
    %x = nbc.load %a[%i] : memref<?xf64>, si64
    %y = nbc.load %b[%i] : memref<?xf64>, si64
    %z = nbc.floordiv %x, %y : f64
    nbc.store %z, %q[%i] : memref<?xf64>, si64
  }
  return
}

// Per-element integer divisors stay scalar, checked element by element.
// CHECK-LABEL: func.func @floordiv_elements_i64
// CHECK-NOT: vector
// CHECK: nbc.raise_if
// CHECK: arith.divsi {{.*}} : i64
// CHECK: return
func.func @floordiv_elements_i64(%a: memref<?xsi64>, %b: memref<?xsi64>, %q: memref<?xsi64>) {
  %c0 = nbc.constant 0 : si64
  %c1 = nbc.constant 1 : si64
  %n = nbc.dim %a, 0 : memref<?xsi64>
  nbc.range %i = %c0 to %n step %c1 : si64 {
    %x = nbc.load %a[%i] : memref<?xsi64>, si64
    %y = nbc.load %b[%i] : memref<?xsi64>, si64
    %z = nbc.floordiv %x, %y : si64
    nbc.store %z, %q[%i] : memref<?xsi64>, si64
  }
  return
}

// A constant divisor needs no check and vectorizes (LLVM multiplies).
// CHECK-LABEL: func.func @floordiv_constant_i64
// CHECK-NOT: ZeroDivisionError
// CHECK: arith.divsi {{.*}} : vector<4xi64>
// LLVM-LABEL: llvm.func internal @nbc.fn.floordiv_constant_i64
// LLVM: llvm.sdiv {{.*}} : vector<4xi64>
func.func @floordiv_constant_i64(%a: memref<?xsi64>, %q: memref<?xsi64>) {
  %c0 = nbc.constant 0 : si64
  %c1 = nbc.constant 1 : si64
  %c7 = nbc.constant 7 : si64
  %n = nbc.dim %a, 0 : memref<?xsi64>
  nbc.range %i = %c0 to %n step %c1 : si64 {
    %x = nbc.load %a[%i] : memref<?xsi64>, si64
    %z = nbc.floordiv %x, %c7 : si64
    nbc.store %z, %q[%i] : memref<?xsi64>, si64
  }
  return
}

// Per-element float divisors, stored.
// CHECK-LABEL: func.func @mod_elements_f64
// CHECK: scf.while {{.*}} : (index, i1) -> (index, i1)
// CHECK: arith.remf {{.*}} : vector<4xf64>
// CHECK: vector.reduction <or>, %{{.*}} : vector<4xi1> into i1
// CHECK: vector.store {{.*}} vector<4xf64>
// CHECK: scf.for
// CHECK: nbc.raise_if %{{.*}}, ZeroDivisionError, "float modulo"
// LLVM-LABEL: llvm.func internal @nbc.fn.mod_elements_f64
// LLVM: llvm.frem {{.*}} : vector<4xf64>
func.func @mod_elements_f64(%a: memref<?xf64>, %b: memref<?xf64>, %q: memref<?xf64>) {
  %c0 = nbc.constant 0 : si64
  %c1 = nbc.constant 1 : si64
  %n = nbc.dim %a, 0 : memref<?xf64>
  nbc.range %i = %c0 to %n step %c1 : si64 {
    %x = nbc.load %a[%i] : memref<?xf64>, si64
    %y = nbc.load %b[%i] : memref<?xf64>, si64
    %m = nbc.mod %x, %y : f64
    nbc.store %m, %q[%i] : memref<?xf64>, si64
  }
  return
}

// A reduction with per-element divisors (a float sum: with fastmath): the
// accumulator of a failing vector is not updated (select of the old one).
// FAST-LABEL: func.func @mod_elements_sum_f64
// FAST: scf.while {{.*}} : (index, i1, vector<4xf64>)
// FAST: arith.remf {{.*}} : vector<4xf64>
// FAST: vector.reduction <or>
// FAST: arith.select %{{.*}}, %{{.*}}, %{{.*}} : vector<4xf64>
// FAST: vector.reduction <add>
// FAST: scf.for
// FAST: nbc.raise_if %{{.*}}, ZeroDivisionError, "float modulo"
func.func @mod_elements_sum_f64(%a: memref<?xf64>, %b: memref<?xf64>) -> f64 {
  %c0 = nbc.constant 0 : si64
  %c1 = nbc.constant 1 : si64
  %z = nbc.constant 0.0 : f64
  %n = nbc.dim %a, 0 : memref<?xf64>
  %r = nbc.range %i = %c0 to %n step %c1 : si64 iter_args(%t = %z) -> (f64) {
    %x = nbc.load %a[%i] : memref<?xf64>, si64
    %y = nbc.load %b[%i] : memref<?xf64>, si64
    %m = nbc.mod %x, %y : f64
    %t1 = nbc.add %t, %m : f64
    nbc.yield %t1 : f64
  }
  return %r : f64
}
