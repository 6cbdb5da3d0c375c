// RUN: nbc-opt %s --split-input-file --nbc-raise-to-affine | FileCheck %s
// RUN: nbc-opt %s --split-input-file --nbc-raise-to-affine --affine-scalrep | FileCheck %s --check-prefix=SCALREP

// A 3-point stencil as convert-nbc-to-core leaves it (i64 subscript
// arithmetic through index_cast): the loop and its accesses become affine.
// CHECK: #[[UB:.*]] = affine_map<()[s0] -> (s0 - 1)>
// CHECK-LABEL: func @stencil
// CHECK: %[[DIM:.*]] = memref.dim
// CHECK: affine.for %[[I:.*]] = 1 to #[[UB]]()[%[[DIM]]] {
// CHECK:   affine.load %{{.*}}[%[[I]] - 1]
// CHECK:   affine.load %{{.*}}[%[[I]]]
// CHECK:   affine.load %{{.*}}[%[[I]] + 1]
// CHECK:   affine.store %{{.*}}, %{{.*}}[%[[I]]]
// CHECK-NOT: scf.for
func.func @stencil(%a: memref<?xf64>, %b: memref<?xf64>) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c1_i64 = arith.constant 1 : i64
  %dim = memref.dim %a, %c0 : memref<?xf64>
  %n = arith.index_cast %dim : index to i64
  %m = arith.subi %n, %c1_i64 : i64
  %ub = arith.index_cast %m : i64 to index
  scf.for %i = %c1 to %ub step %c1 {
    %i64 = arith.index_cast %i : index to i64
    %im = arith.subi %i64, %c1_i64 : i64
    %ip = arith.addi %i64, %c1_i64 : i64
    %jm = arith.index_cast %im : i64 to index
    %jp = arith.index_cast %ip : i64 to index
    %x = memref.load %a[%jm] : memref<?xf64>
    %y = memref.load %a[%i] : memref<?xf64>
    %z = memref.load %a[%jp] : memref<?xf64>
    %s = arith.addf %x, %y : f64
    %t = arith.addf %s, %z : f64
    memref.store %t, %b[%i] : memref<?xf64>
  }
  return
}

// -----

// for i in range(n): for j in range(i + 1, n): the inner lower bound is
// affine in the outer induction variable (a dim); iter_args carry over.
// CHECK-LABEL: func @triangle
// CHECK: affine.for %[[I:.*]] = 0 to %{{.*}} iter_args(%[[OUTER:.*]] = %{{.*}}) -> (f64) {
// CHECK:   affine.for %[[J:.*]] = #{{.*}}(%[[I]]) to %{{.*}} iter_args(%{{.*}} = %[[OUTER]]) -> (f64) {
// CHECK:     affine.load %{{.*}}[%[[I]], %[[J]]]
// CHECK:     affine.yield
// CHECK:   affine.yield
func.func @triangle(%a: memref<?x?xf64>, %n: i64) -> f64 {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c1_i64 = arith.constant 1 : i64
  %zero = arith.constant 0.0 : f64
  %ub = arith.index_cast %n : i64 to index
  %r = scf.for %i = %c0 to %ub step %c1 iter_args(%acc = %zero) -> (f64) {
    %i64 = arith.index_cast %i : index to i64
    %lo64 = arith.addi %i64, %c1_i64 : i64
    %lo = arith.index_cast %lo64 : i64 to index
    %inner = scf.for %j = %lo to %ub step %c1 iter_args(%acc2 = %acc) -> (f64) {
      %x = memref.load %a[%i, %j] : memref<?x?xf64>
      %s = arith.addf %acc2, %x : f64
      scf.yield %s : f64
    }
    scf.yield %inner : f64
  }
  return %r : f64
}

// -----

// A step of 2 stays a step; a subscript scaled by a constant is affine.
// CHECK-LABEL: func @strided
// CHECK: affine.for %[[I:.*]] = 0 to 100 step 2 {
// CHECK:   affine.store %{{.*}}, %{{.*}}[%[[I]] * 3]
func.func @strided(%a: memref<?xf64>, %v: f64) {
  %c0 = arith.constant 0 : index
  %c2 = arith.constant 2 : index
  %c100 = arith.constant 100 : index
  %c3 = arith.constant 3 : i64
  scf.for %i = %c0 to %c100 step %c2 {
    %i64 = arith.index_cast %i : index to i64
    %k = arith.muli %i64, %c3 : i64
    %idx = arith.index_cast %k : i64 to index
    memref.store %v, %a[%idx] : memref<?xf64>
  }
  return
}

// -----

// A body that may raise (an nbc.raise_if, a call) is raised, but its own
// accesses stay memref ops (scalar replacement must not drop a store that a
// raise makes observable), while the raise-free inner loop gets affine
// accesses with the outer induction variable as a dim. A bound loaded at
// the top level is a symbol. Left to scf: an unsigned comparison and a
// bound that is not affine (the square of a non-affine loop's variable).
// CHECK-LABEL: func @raising_and_not_raised
// CHECK: affine.for %[[I:.*]] = 0 to %{{.*}} {
// CHECK:   nbc.raise_if
// CHECK:   memref.store %{{.*}}, %{{.*}}[%[[I]], %{{.*}}]
// CHECK:   affine.for %[[J:.*]] = 1 to %{{.*}} {
// CHECK:     affine.load %{{.*}}[%[[I]], %[[J]]]
// CHECK:     affine.store %{{.*}}, %{{.*}}[%[[I]], %[[J]]]
// CHECK: affine.for
// CHECK:   call @callee
// CHECK: %[[M:.*]] = memref.load
// CHECK: affine.for %{{.*}} = 0 to %[[M]] {
// CHECK: scf.for unsigned %[[K:.*]] =
// CHECK:   %[[SQ:.*]] = arith.muli %[[K]], %[[K]]
// CHECK:   scf.for %{{.*}} = %{{.*}} to %[[SQ]]
// CHECK:     call @callee
// CHECK: return
func.func private @callee(index)
func.func @raising_and_not_raised(%a: memref<?x?xf64>, %idx: memref<?xindex>,
                                  %n: index, %flag: i1) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %zero = arith.constant 0.0 : f64
  scf.for %i = %c0 to %n step %c1 {
    nbc.raise_if %flag, IndexError, "index out of bounds"
    memref.store %zero, %a[%i, %c0] : memref<?x?xf64>
    scf.for %j = %c1 to %n step %c1 {
      %x = memref.load %a[%i, %j] : memref<?x?xf64>
      %y = arith.addf %x, %x : f64
      memref.store %y, %a[%i, %j] : memref<?x?xf64>
    }
  }
  scf.for %i = %c0 to %n step %c1 {
    func.call @callee(%i) : (index) -> ()
  }
  %m = memref.load %idx[%c0] : memref<?xindex>
  scf.for %i = %c0 to %m step %c1 {
    func.call @callee(%i) : (index) -> ()
  }
  scf.for unsigned %k = %c0 to %n step %c1 {
    %sq = arith.muli %k, %k : index
    scf.for %i = %c0 to %sq step %c1 {
      func.call @callee(%i) : (index) -> ()
    }
  }
  return
}

// -----

// Inside a raised loop, a gather a[idx[i]] keeps memref.load for a and
// gets affine.load for idx.
// CHECK-LABEL: func @gather
// CHECK: affine.for %[[I:.*]] =
// CHECK:   %[[K:.*]] = affine.load %{{.*}}[%[[I]]] : memref<?xindex>
// CHECK:   memref.load %{{.*}}[%[[K]]] : memref<?xf64>
func.func @gather(%a: memref<?xf64>, %idx: memref<?xindex>, %b: memref<?xf64>, %n: index) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  scf.for %i = %c0 to %n step %c1 {
    %k = memref.load %idx[%i] : memref<?xindex>
    %x = memref.load %a[%k] : memref<?xf64>
    memref.store %x, %b[%i] : memref<?xf64>
  }
  return
}

// -----

// b[i] = a[i] * 2; c[i] = b[i] + 1: upstream affine-scalrep forwards the
// stored value, which needs the accesses to be affine.
// SCALREP-LABEL: func @forward
// SCALREP: affine.for
// SCALREP:   %[[X:.*]] = affine.load
// SCALREP:   %[[Y:.*]] = arith.mulf %[[X]]
// SCALREP:   affine.store %[[Y]]
// SCALREP-NOT: affine.load
// SCALREP:   arith.addf %[[Y]]
func.func @forward(%a: memref<?xf64>, %b: memref<?xf64>, %c: memref<?xf64>, %n: index) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %two = arith.constant 2.0 : f64
  %one = arith.constant 1.0 : f64
  scf.for %i = %c0 to %n step %c1 {
    %x = memref.load %a[%i] : memref<?xf64>
    %y = arith.mulf %x, %two : f64
    memref.store %y, %b[%i] : memref<?xf64>
    %z = memref.load %b[%i] : memref<?xf64>
    %w = arith.addf %z, %one : f64
    memref.store %w, %c[%i] : memref<?xf64>
  }
  return
}
