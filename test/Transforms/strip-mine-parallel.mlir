// RUN: nbc-opt %s --nbc-strip-mine-parallel | FileCheck %s
// RUN: nbc-opt %s --nbc-strip-mine-parallel --nbc-vectorize=vector-width=4 | FileCheck %s --check-prefix=VEC

// A float sum: about 128 blocks, their size rounded up to a multiple of 64
// (or, below 64, at least 1); the inner loop starts at -0.0 and adds each
// contribution with the reduce combiner.
// CHECK-LABEL: func @sum
// CHECK: %[[PER:.*]] = arith.ceildivui %{{.*}}, %c128
// CHECK: %[[UP:.*]] = arith.ceildivui %[[PER]], %c64
// CHECK: %[[ROUNDED:.*]] = arith.muli %c64, %[[UP]]
// CHECK: %[[SMALL:.*]] = arith.cmpi ult, %[[PER]], %c64
// CHECK: %[[MAX:.*]] = arith.maxui %[[PER]], %c1
// CHECK: %[[B:.*]] = arith.select %[[SMALL]], %[[MAX]], %[[ROUNDED]]
// CHECK: %[[R:.*]] = scf.parallel (%[[I:.*]]) = (%{{.*}}) to (%[[N:.*]]) step (%[[B]]) init (%{{.*}}) -> f64
// CHECK: %[[E0:.*]] = arith.addi %[[I]], %[[B]]
// CHECK: %[[E:.*]] = arith.minsi %[[E0]], %[[N]]
// CHECK: %[[Z:.*]] = arith.constant -0.000000e+00 : f64
// CHECK: %[[P:.*]] = scf.for %[[J:.*]] = %[[I]] to %[[E]] step %{{.*}} iter_args(%[[ACC:.*]] = %[[Z]]) -> (f64)
// CHECK: %[[X:.*]] = memref.load %{{.*}}[%[[J]]]
// CHECK: %[[SQ:.*]] = arith.mulf %[[X]], %[[X]]
// CHECK: %[[S:.*]] = arith.addf %[[ACC]], %[[SQ]]
// CHECK: scf.yield %[[S]]
// CHECK: } {nbc.parallel_block}
// CHECK: scf.reduce(%[[P]] : f64)
// CHECK: arith.addf
// CHECK: return %[[R]]
// The inner loop vectorizes without fastmath.
// VEC-LABEL: func @sum
// VEC: scf.parallel
// VEC: scf.for {{.*}} -> (vector<4xf64>)
// VEC: arith.addf %{{.*}}, %{{.*}} : vector<4xf64>
// VEC: vector.reduction <add>
// VEC: scf.reduce
func.func @sum(%x: memref<?xf64>, %init: f64) -> f64 {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %n = memref.dim %x, %c0 : memref<?xf64>
  %r = scf.parallel (%i) = (%c0) to (%n) step (%c1) init (%init) -> f64 {
    %xi = memref.load %x[%i] : memref<?xf64>
    %sq = arith.mulf %xi, %xi : f64
    scf.reduce(%sq : f64) {
    ^bb0(%l: f64, %rr: f64):
      %s = arith.addf %l, %rr : f64
      scf.reduce.return %s : f64
    }
  }
  return %r : f64
}

// max and min as compare + select start from -inf and +inf, an integer
// max from the smallest i64; the vector loop combines lanes one by one.
// CHECK-LABEL: func @minmax
// CHECK-DAG: arith.constant 0xFFF0000000000000 : f64
// CHECK-DAG: arith.constant 0x7FF0000000000000 : f64
// CHECK-DAG: arith.constant -9223372036854775808 : i64
// CHECK: scf.for {{.*}} -> (f64, f64, i64)
// CHECK: } {nbc.parallel_block}
// VEC-LABEL: func @minmax
// VEC: scf.for {{.*}} -> (vector<4xf64>, vector<4xf64>, vector<4xi64>)
// VEC: arith.cmpf ogt, {{.*}} : vector<4xf64>
// VEC: arith.select {{.*}} : vector<4xi1>, vector<4xf64>
// VEC: vector.extract
// VEC: arith.cmpf ogt, {{.*}} : f64
func.func @minmax(%x: memref<?xf64>, %y: memref<?xi64>) -> (f64, f64, i64) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %ninf = arith.constant 0xFFF0000000000000 : f64
  %pinf = arith.constant 0x7FF0000000000000 : f64
  %imin = arith.constant -9223372036854775808 : i64
  %n = memref.dim %x, %c0 : memref<?xf64>
  %r:3 = scf.parallel (%i) = (%c0) to (%n) step (%c1)
      init (%ninf, %pinf, %imin) -> (f64, f64, i64) {
    %xi = memref.load %x[%i] : memref<?xf64>
    %yi = memref.load %y[%i] : memref<?xi64>
    scf.reduce(%xi, %xi, %yi : f64, f64, i64) {
    ^bb0(%l: f64, %rr: f64):
      %c = arith.cmpf ogt, %l, %rr : f64
      %s = arith.select %c, %l, %rr : f64
      scf.reduce.return %s : f64
    }, {
    ^bb0(%l: f64, %rr: f64):
      %c = arith.cmpf olt, %l, %rr : f64
      %s = arith.select %c, %l, %rr : f64
      scf.reduce.return %s : f64
    }, {
    ^bb0(%l: i64, %rr: i64):
      %c = arith.cmpi sgt, %l, %rr : i64
      %s = arith.select %c, %l, %rr : i64
      scf.reduce.return %s : i64
    }
  }
  return %r#0, %r#1, %r#2 : f64, f64, i64
}

// 2-D without reductions: only the last dimension is split.
// CHECK-LABEL: func @scale2d
// CHECK: scf.parallel (%[[I:.*]], %[[J:.*]]) = {{.*}} step (%c1{{.*}}, %[[B:.*]])
// CHECK: scf.for %[[K:.*]] = %[[J]] to
// CHECK: memref.store %{{.*}}, %{{.*}}[%[[I]], %[[K]]]
// VEC-LABEL: func @scale2d
// VEC: vector.store {{.*}} vector<4xf64>
func.func @scale2d(%x: memref<?x?xf64>) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %two = arith.constant 2.0 : f64
  %n = memref.dim %x, %c0 : memref<?x?xf64>
  %m = memref.dim %x, %c1 : memref<?x?xf64>
  scf.parallel (%i, %j) = (%c0, %c0) to (%n, %m) step (%c1, %c1) {
    %v = memref.load %x[%i, %j] : memref<?x?xf64>
    %w = arith.mulf %v, %two : f64
    memref.store %w, %x[%i, %j] : memref<?x?xf64>
    scf.reduce
  }
  return
}

// Left alone: a body with a loop (the inner loop is what vectorizes), a
// step other than 1, and a combiner without a known identity.
// CHECK-LABEL: func @untouched
// CHECK-NOT: nbc.parallel_block
// CHECK: return
func.func @untouched(%x: memref<?xf64>, %s: index) -> f64 {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %zero = arith.constant 0.0 : f64
  %n = memref.dim %x, %c0 : memref<?xf64>
  scf.parallel (%i) = (%c0) to (%n) step (%c1) {
    scf.for %j = %c0 to %n step %c1 {
      %v = memref.load %x[%j] : memref<?xf64>
      memref.store %v, %x[%i] : memref<?xf64>
    }
    scf.reduce
  }
  scf.parallel (%i) = (%c0) to (%n) step (%s) {
    memref.store %zero, %x[%i] : memref<?xf64>
    scf.reduce
  }
  %r = scf.parallel (%i) = (%c0) to (%n) step (%c1) init (%zero) -> f64 {
    %v = memref.load %x[%i] : memref<?xf64>
    scf.reduce(%v : f64) {
    ^bb0(%l: f64, %rr: f64):
      %s2 = arith.subf %l, %rr : f64
      scf.reduce.return %s2 : f64
    }
  }
  return %r : f64
}
