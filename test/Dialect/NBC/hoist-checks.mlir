// RUN: nbc-opt %s --nbc-hoist-checks | FileCheck %s

// for i in range(n): b[i] = a[i + 1]   (start 0, offsets >= 0)
// CHECK-LABEL: func @shift
// CHECK-DAG: %[[C0:.*]] = nbc.constant 0 : si64
// CHECK-DAG: %[[C1:.*]] = nbc.constant 1 : si64
// CHECK: %[[D:.*]] = nbc.dim %[[A:.*]], 0
// CHECK: %[[LAST:.*]] = nbc.sub %arg2, %{{.*}} : si64
// CHECK: %[[LO:.*]] = nbc.add %[[C0]], %[[C1]] : si64
// CHECK: %[[HI:.*]] = nbc.add %[[LAST]], %[[C1]] : si64
// CHECK: nbc.cmp lt, %[[LO]]
// CHECK: nbc.cmp ge, %[[HI]], %[[D]]
// CHECK: nbc.raise_if %{{.*}}, IndexError, "index out of bounds"
// CHECK: nbc.raise_if %{{.*}}, IndexError, "index out of bounds"
// CHECK: nbc.range
// CHECK: nbc.load %{{.*}}[%{{.*}}] {noboundscheck, nowrap}
// CHECK: nbc.store %{{.*}}, %{{.*}}[%{{.*}}] {noboundscheck, nowrap}
func.func @shift(%a: memref<?xf64>, %b: memref<?xf64>, %n: si64) {
  %c0 = nbc.constant 0 : si64
  %c1 = nbc.constant 1 : si64
  nbc.range %i = %c0 to %n step %c1 : si64 {
    %j = nbc.add %i, %c1 : si64
    %x = nbc.load %a[%j] : memref<?xf64>, si64
    nbc.store %x, %b[%i] : memref<?xf64>, si64
  }
  return
}

// A run-time start may be negative: the check moves out, wraparound stays.
// CHECK-LABEL: func @dynamic_start
// CHECK: nbc.raise_if
// CHECK: nbc.range
// CHECK: nbc.load %{{.*}}[%{{.*}}] {noboundscheck} :
func.func @dynamic_start(%a: memref<?xf64>, %lo: si64, %n: si64) -> f64 {
  %c1 = nbc.constant 1 : si64
  %z = nbc.constant 0.0 : f64
  %s = nbc.range %i = %lo to %n step %c1 : si64 iter_args(%acc = %z) -> (f64) {
    %x = nbc.load %a[%i] : memref<?xf64>, si64
    %t = nbc.add %acc, %x : f64
    nbc.yield %t : f64
  }
  return %s : f64
}

// Run-time steps and indices not affine in the variable keep their checks,
// an invariant index in a run-time-step loop too.
// CHECK-LABEL: func @kept
// CHECK-NOT: nbc.raise_if
// CHECK: nbc.load %{{.*}}[%{{.*}}] : memref
// CHECK: nbc.load %{{.*}}[%{{.*}}] : memref
// CHECK: nbc.load %{{.*}}[%{{.*}}] : memref
func.func @kept(%a: memref<?xf64>, %n: si64, %step: si64) -> f64 {
  %c0 = nbc.constant 0 : si64
  %c1 = nbc.constant 1 : si64
  %z = nbc.constant 0.0 : f64
  %s = nbc.range %i = %c0 to %n step %step : si64 iter_args(%acc = %z) -> (f64) {
    %x = nbc.load %a[%i] : memref<?xf64>, si64
    %y = nbc.load %a[%n] : memref<?xf64>, si64
    %t0 = nbc.add %acc, %x : f64
    %t = nbc.add %t0, %y : f64
    nbc.yield %t : f64
  }
  %s2 = nbc.range %i = %c0 to %n step %c1 : si64 iter_args(%acc = %s) -> (f64) {
    %j = nbc.mul %i, %i : si64
    %x = nbc.load %a[%j] : memref<?xf64>, si64
    %t = nbc.add %acc, %x : f64
    nbc.yield %t : f64
  }
  return %s2 : f64
}

// for i in range(lo, hi, 3): a[i]: the last index is
// lo + (hi - lo - 1) // 3 * 3; the range [lo, last] is checked.
// CHECK-LABEL: func @step3
// CHECK: %[[SPAN:.*]] = nbc.sub %[[HI:arg2]], %[[LO:arg1]] : si64
// CHECK: %[[C3:.*]] = nbc.constant 3 : si64
// CHECK: %[[M:.*]] = nbc.sub %[[SPAN]], %{{.*}} : si64
// CHECK: %[[K:.*]] = nbc.floordiv %[[M]], %[[C3]] : si64
// CHECK: %[[DIST:.*]] = nbc.mul %[[K]], %[[C3]] : si64
// CHECK: %[[LAST:.*]] = nbc.add %[[LO]], %[[DIST]] : si64
// CHECK: nbc.cmp lt, %[[LO]]
// CHECK: nbc.cmp ge, %[[LAST]]
// CHECK: nbc.cmp lt, %[[LO]], %[[HI]]
// CHECK: nbc.raise_if %{{.*}}, IndexError, "index out of bounds"
// CHECK: nbc.range
// CHECK: nbc.load %{{.*}}[%{{.*}}] {noboundscheck} :
func.func @step3(%a: memref<?xf64>, %lo: si64, %hi: si64) -> f64 {
  %c3 = nbc.constant 3 : si64
  %z = nbc.constant 0.0 : f64
  %s = nbc.range %i = %lo to %hi step %c3 : si64 iter_args(%acc = %z) -> (f64) {
    %x = nbc.load %a[%i] : memref<?xf64>, si64
    %t = nbc.add %acc, %x : f64
    nbc.yield %t : f64
  }
  return %s : f64
}

// for i in range(n - 1, -1, -1): b[i] = a[i - 1]: the lowest iv is
// stop + 1 = 0, so b[i] needs no wraparound; a[i - 1] reaches a[-1]
// (Python's last element) and keeps it. Non-empty is start > stop.
// CHECK-LABEL: func @reversed
// CHECK-DAG: %[[CM1:.*]] = nbc.constant -1 : si64
// CHECK: %[[LAST:.*]] = nbc.add %[[CM1]], %{{.*}} : si64
// CHECK: %[[LO:.*]] = nbc.sub %[[LAST]], %{{.*}} : si64
// CHECK: nbc.cmp lt, %[[LO]]
// CHECK: nbc.cmp gt, %[[START:.*]], %[[CM1]] : si64
// CHECK: nbc.raise_if %{{.*}}, IndexError, "index out of bounds"
// CHECK: nbc.raise_if %{{.*}}, IndexError, "index out of bounds"
// CHECK: nbc.range
// CHECK: nbc.load %{{.*}}[%{{.*}}] {noboundscheck} :
// CHECK: nbc.store %{{.*}}, %{{.*}}[%{{.*}}] {noboundscheck, nowrap}
func.func @reversed(%a: memref<?xf64>, %b: memref<?xf64>, %n: si64) {
  %c1 = nbc.constant 1 : si64
  %cm1 = nbc.constant -1 : si64
  %start = nbc.sub %n, %c1 : si64
  nbc.range %i = %start to %cm1 step %cm1 : si64 {
    %j = nbc.sub %i, %c1 : si64
    %x = nbc.load %a[%j] : memref<?xf64>, si64
    nbc.store %x, %b[%i] : memref<?xf64>, si64
  }
  return
}

// Negative indices with step -2: range(-1, -n - 1, -2) visits a[-1],
// a[-3], ...; both ends are checked against [-len(a), len(a)).
// CHECK-LABEL: func @negative_indices
// CHECK: nbc.floordiv
// CHECK: nbc.raise_if %{{.*}}, IndexError
// CHECK: nbc.range
// CHECK: nbc.load %{{.*}}[%{{.*}}] {noboundscheck} :
func.func @negative_indices(%a: memref<?xf64>, %stop: si64) -> f64 {
  %cm1 = nbc.constant -1 : si64
  %cm2 = nbc.constant -2 : si64
  %z = nbc.constant 0.0 : f64
  %s = nbc.range %i = %cm1 to %stop step %cm2 : si64 iter_args(%acc = %z) -> (f64) {
    %x = nbc.load %a[%i] : memref<?xf64>, si64
    %t = nbc.add %acc, %x : f64
    nbc.yield %t : f64
  }
  return %s : f64
}

// A 2-D prange: both axes are checked once before the parallel loop.
// CHECK-LABEL: func @prange2d
// CHECK: nbc.raise_if
// CHECK: nbc.prange
// CHECK: nbc.load %{{.*}}[%{{.*}}, %{{.*}}] {noboundscheck, nowrap}
func.func @prange2d(%a: memref<?x?xf64>, %n: si64, %m: si64) -> f64
    attributes {nbc.kernel = #nbc.kernel<parallel = true>} {
  %c0 = nbc.constant 0 : si64
  %c1 = nbc.constant 1 : si64
  %z = nbc.constant 0.0 : f64
  %r = nbc.prange (%i, %j) = (%c0, %c0) to (%n, %m) step (%c1, %c1) : si64 reduce(add %acc = %z : f64) {
    %x = nbc.load %a[%i, %j] : memref<?x?xf64>, si64, si64
    %s = nbc.add %acc, %x : f64
    nbc.yield %s : f64
  }
  return %r : f64
}

// A loop-invariant row index is wrapped once before the loop, so the access
// in the loop needs neither check nor wraparound.
// CHECK-LABEL: func @row_sum
// CHECK: %[[NEG:.*]] = nbc.cmp lt, %[[ROW:.*]], %{{.*}} : si64
// CHECK: %[[FROM_END:.*]] = nbc.add %[[ROW]], %{{.*}} : si64
// CHECK: %[[W:.*]] = nbc.select %[[NEG]], %[[FROM_END]], %[[ROW]] : si64
// CHECK: nbc.raise_if
// CHECK: nbc.range
// CHECK: nbc.load %{{.*}}[%[[W]], %{{.*}}] {noboundscheck, nowrap}
func.func @row_sum(%a: memref<?x?xf64>, %row: si64) -> f64 {
  %c0 = nbc.constant 0 : si64
  %c1 = nbc.constant 1 : si64
  %z = nbc.constant 0.0 : f64
  %m = nbc.dim %a, 1 : memref<?x?xf64>
  %s = nbc.range %j = %c0 to %m step %c1 : si64 iter_args(%acc = %z) -> (f64) {
    %x = nbc.load %a[%row, %j] : memref<?x?xf64>, si64, si64
    %t = nbc.add %acc, %x : f64
    nbc.yield %t : f64
  }
  return %s : f64
}

// boundscheck=False (accesses already `noboundscheck`): no check is added,
// but indices counting up from 0 cannot be negative, so the wraparound
// goes (and the loop can vectorize); from a run-time start it stays.
// CHECK-LABEL: func @unchecked
// CHECK-NOT: nbc.raise_if
// CHECK: nbc.prange
// CHECK: nbc.load %{{.*}}[%{{.*}}] {noboundscheck, nowrap}
// CHECK: nbc.range
// CHECK: nbc.load %{{.*}}[%{{.*}}] {noboundscheck} :
func.func @unchecked(%a: memref<?xf64>, %lo: si64, %n: si64) -> f64 {
  %c0 = nbc.constant 0 : si64
  %c1 = nbc.constant 1 : si64
  %z = nbc.constant 0.0 : f64
  %r = nbc.prange (%i) = (%c0) to (%n) step (%c1) : si64 reduce(add %acc = %z : f64) {
    %x = nbc.load %a[%i] {noboundscheck} : memref<?xf64>, si64
    %s = nbc.add %acc, %x : f64
    nbc.yield %s : f64
  }
  nbc.range %i = %lo to %n step %c1 : si64 {
    %x = nbc.load %a[%i] {noboundscheck} : memref<?xf64>, si64
    nbc.store %x, %a[%c0] {noboundscheck} : memref<?xf64>, si64
  }
  return %r : f64
}

// boundscheck=False in an inner loop: the row `i - 1` (computed in the inner
// body from the outer i) may be negative; it is computed and wrapped once
// before the inner loop, the same value in every iteration, and the column
// `j` from 1 needs no wrap: the access drops its wraparound.
// CHECK-LABEL: func @unchecked_row_offset
// CHECK: nbc.range %[[I:.*]] =
// CHECK: %[[ROW:.*]] = nbc.sub %[[I]], %{{.*}} : si64
// CHECK: %[[NEG:.*]] = nbc.cmp lt, %[[ROW]], %{{.*}} : si64
// CHECK: %[[FROM_END:.*]] = nbc.add %[[ROW]], %{{.*}} : si64
// CHECK: %[[W:.*]] = nbc.select %[[NEG]], %[[FROM_END]], %[[ROW]] : si64
// CHECK: nbc.range %[[J:.*]] =
// CHECK: nbc.load %{{.*}}[%[[W]], %[[J]]] {noboundscheck, nowrap}
// CHECK: nbc.store %{{.*}}, %{{.*}}[%[[I]], %[[J]]] {noboundscheck, nowrap}
func.func @unchecked_row_offset(%a: memref<?x?xf64>, %b: memref<?x?xf64>) {
  %c0 = nbc.constant 0 : si64
  %c1 = nbc.constant 1 : si64
  %n = nbc.dim %a, 0 : memref<?x?xf64>
  %m = nbc.dim %a, 1 : memref<?x?xf64>
  nbc.range %i = %c0 to %n step %c1 : si64 {
    nbc.range %j = %c1 to %m step %c1 : si64 {
      %row = nbc.sub %i, %c1 : si64
      %x = nbc.load %a[%row, %j] {noboundscheck} : memref<?x?xf64>, si64, si64
      nbc.store %x, %b[%i, %j] {noboundscheck} : memref<?x?xf64>, si64, si64
      nbc.yield
    }
    nbc.yield
  }
  return
}

// The histogram's chunks: `for c in prange(16): for i in range(c * step,
// min(n, (c + 1) * step))` with `step = (len(a) + 16 - 1) // 16`. The start
// is a run-time value with a lower bound >= 0 (c >= 0, a length + 15 >= 15,
// // 16 >= 0, a product of non-negatives), so a[i] drops its wraparound; a
// start `c * step - 1` may be -1 and keeps it, a start `c * k` of a run-time
// k too.
// CHECK-LABEL: func @chunk_start
// CHECK: nbc.range
// CHECK: nbc.load %{{.*}}[%{{.*}}] {noboundscheck, nowrap}
// CHECK: nbc.range
// CHECK: nbc.load %{{.*}}[%{{.*}}] {noboundscheck} :
// CHECK: nbc.range
// CHECK: nbc.load %{{.*}}[%{{.*}}] {noboundscheck} :
func.func @chunk_start(%a: memref<?xf64>, %k: si64) -> f64
    attributes {nbc.kernel = #nbc.kernel<parallel = true>} {
  %c0 = nbc.constant 0 : si64
  %c1 = nbc.constant 1 : si64
  %c16 = nbc.constant 16 : si64
  %z = nbc.constant 0.0 : f64
  %n = nbc.dim %a, 0 : memref<?xf64>
  %n16 = nbc.add %n, %c16 : si64
  %n15 = nbc.sub %n16, %c1 : si64
  %step = nbc.floordiv %n15, %c16 : si64
  %r = nbc.prange (%c) = (%c0) to (%c16) step (%c1) : si64 reduce(add %acc = %z : f64) {
    %lo = nbc.mul %c, %step : si64
    %c2 = nbc.add %c, %c1 : si64
    %hi0 = nbc.mul %c2, %step : si64
    %hi = nbc.min %n, %hi0 : si64
    %s = nbc.range %i = %lo to %hi step %c1 : si64 iter_args(%t = %acc) -> (f64) {
      %x = nbc.load %a[%i] {noboundscheck} : memref<?xf64>, si64
      %u = nbc.add %t, %x : f64
      nbc.yield %u : f64
    }
    %lom1 = nbc.sub %lo, %c1 : si64
    %s2 = nbc.range %i = %lom1 to %hi step %c1 : si64 iter_args(%t = %s) -> (f64) {
      %x = nbc.load %a[%i] {noboundscheck} : memref<?xf64>, si64
      %u = nbc.add %t, %x : f64
      nbc.yield %u : f64
    }
    %lok = nbc.mul %c, %k : si64
    %s3 = nbc.range %i = %lok to %hi step %c1 : si64 iter_args(%t = %s2) -> (f64) {
      %x = nbc.load %a[%i] {noboundscheck} : memref<?xf64>, si64
      %u = nbc.add %t, %x : f64
      nbc.yield %u : f64
    }
    nbc.yield %s3 : f64
  }
  return %r : f64
}
