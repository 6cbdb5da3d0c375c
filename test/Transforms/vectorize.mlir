// RUN: nbc-opt %s --nbc-vectorize=vector-width=4 | FileCheck %s
// RUN: nbc-opt %s --nbc-vectorize | FileCheck %s --check-prefix=HOST

// CHECK-LABEL: func @axpy
// CHECK: %[[MAIN:.*]] = arith.addi
// CHECK: scf.for %[[I:.*]] = %{{.*}} to %[[MAIN]] step %c4
// CHECK: %[[X:.*]] = vector.load %{{.*}}[%[[I]]] : memref<?xf64>, vector<4xf64>
// CHECK: %[[S:.*]] = vector.broadcast %{{.*}} : f64 to vector<4xf64>
// CHECK: %[[M:.*]] = arith.mulf %[[S]], %[[X]] : vector<4xf64>
// CHECK: vector.store %{{.*}}, %{{.*}}[%[[I]]] : memref<?xf64>, vector<4xf64>
// The scalar loop finishes the tail.
// CHECK: scf.for %{{.*}} = %[[MAIN]] to
// CHECK: memref.load
// HOST-LABEL: func @axpy
// HOST: vector.load {{.*}} vector<{{[0-9]+}}xf64>
func.func @axpy(%a: f64, %x: memref<?xf64>, %y: memref<?xf64>) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %n = memref.dim %x, %c0 : memref<?xf64>
  scf.for %i = %c0 to %n step %c1 {
    %xi = memref.load %x[%i] : memref<?xf64>
    %yi = memref.load %y[%i] : memref<?xf64>
    %m = arith.mulf %a, %xi : f64
    %s = arith.addf %m, %yi : f64
    memref.store %s, %y[%i] : memref<?xf64>
  }
  return
}

// An integer sum reduces in vectors, then once with vector.reduction.
// CHECK-LABEL: func @isum
// CHECK: %[[Z:.*]] = arith.constant dense<0> : vector<4xi64>
// CHECK: %[[V:.*]] = scf.for {{.*}} iter_args(%[[ACC:.*]] = %[[Z]]) -> (vector<4xi64>)
// CHECK: arith.addi %[[ACC]], %{{.*}} : vector<4xi64>
// CHECK: %[[R:.*]] = vector.reduction <add>, %[[V]] : vector<4xi64> into i64
// CHECK: %[[INIT:.*]] = arith.addi %{{.*}}, %[[R]] : i64
// CHECK: scf.for {{.*}} iter_args(%{{.*}} = %[[INIT]]) -> (i64)
func.func @isum(%x: memref<?x?xi64>, %row: index, %init: i64) -> i64 {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %n = memref.dim %x, %c1 : memref<?x?xi64>
  %r = scf.for %i = %c0 to %n step %c1 iter_args(%acc = %init) -> (i64) {
    %v = memref.load %x[%row, %i] : memref<?x?xi64>
    %s = arith.addi %acc, %v : i64
    scf.yield %s : i64
  }
  return %r : i64
}

// Strict FP: a float sum is not reassociated, so it stays scalar.
// CHECK-LABEL: func @fsum_strict
// CHECK-NOT: vector
func.func @fsum_strict(%x: memref<?xf64>, %init: f64) -> f64 {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %n = memref.dim %x, %c0 : memref<?xf64>
  %r = scf.for %i = %c0 to %n step %c1 iter_args(%acc = %init) -> (f64) {
    %v = memref.load %x[%i] : memref<?xf64>
    %s = arith.addf %acc, %v : f64
    scf.yield %s : f64
  }
  return %r : f64
}

// With fastmath reassoc in the kernel, it vectorizes; max is exact anyway.
// CHECK-LABEL: func @fsum_fast
// CHECK: scf.for {{.*}} -> (vector<4xf64>, vector<4xf64>)
// CHECK: arith.addf {{.*}} : vector<4xf64>
// CHECK: arith.maximumf {{.*}} : vector<4xf64>
// CHECK: vector.reduction <add>, %{{.*}} fastmath<reassoc> : vector<4xf64> into f64
// CHECK: vector.reduction <maximumf>
func.func @fsum_fast(%x: memref<?xf64>, %init: f64) -> (f64, f64)
    attributes {nbc.kernel = #nbc.kernel<fastmath = fast>} {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %n = memref.dim %x, %c0 : memref<?xf64>
  %r:2 = scf.for %i = %c0 to %n step %c1 iter_args(%acc = %init, %m = %init) -> (f64, f64) {
    %v = memref.load %x[%i] : memref<?xf64>
    %s = arith.addf %acc, %v : f64
    %mx = arith.maximumf %m, %v : f64
    scf.yield %s, %mx : f64, f64
  }
  return %r#0, %r#1 : f64, f64
}

// Non-unit strides, index arithmetic on the induction variable and checks
// keep a loop scalar.
// CHECK-LABEL: func @strided
// CHECK-NOT: vector
func.func @strided(%x: memref<?xf64, strided<[?], offset: ?>>, %y: memref<?xf64>) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %n = memref.dim %y, %c0 : memref<?xf64>
  scf.for %i = %c0 to %n step %c1 {
    %v = memref.load %x[%i] : memref<?xf64, strided<[?], offset: ?>>
    memref.store %v, %y[%i] : memref<?xf64>
  }
  return
}

// A running sum a[i] = a[i - 1] + x[i] carries a dependence through memory:
// it stays scalar. a[i] = 2 * a[i] does not and vectorizes.
// CHECK-LABEL: func @prefix
// CHECK-NOT: vector
// CHECK-LABEL: func @scale_in_place
// CHECK: vector.load
// CHECK: vector.store
func.func @prefix(%a: memref<?xf64>, %x: memref<?xf64>) {
  %c1 = arith.constant 1 : index
  %c0 = arith.constant 0 : index
  %n = memref.dim %a, %c0 : memref<?xf64>
  scf.for %i = %c1 to %n step %c1 {
    %im = arith.subi %i, %c1 : index
    %p = memref.load %a[%im] : memref<?xf64>
    %v = memref.load %x[%i] : memref<?xf64>
    %s = arith.addf %p, %v : f64
    memref.store %s, %a[%i] : memref<?xf64>
  }
  return
}
func.func @scale_in_place(%a: memref<?xf64>) {
  %c1 = arith.constant 1 : index
  %c0 = arith.constant 0 : index
  %two = arith.constant 2.0 : f64
  %n = memref.dim %a, %c0 : memref<?xf64>
  scf.for %i = %c0 to %n step %c1 {
    %p = memref.load %a[%i] : memref<?xf64>
    %s = arith.mulf %p, %two : f64
    memref.store %s, %a[%i] : memref<?xf64>
  }
  return
}
