// nbc-recognize-reductions in a parallel kernel: indexed updates that
// iterations may share become nbc.atomic_update; accesses at `c * i + d`
// stay plain.
// RUN: nbc-opt %s --nbc-recognize-reductions -split-input-file | FileCheck %s

// CHECK-LABEL: func.func @histogram
// CHECK: nbc.prange
// CHECK-NOT: nbc.store
// CHECK: nbc.atomic_update %[[H:.*]][%[[K:.*]]] : memref<?xsi64>, si64 {
// CHECK-NEXT: ^bb0(%[[OLD:.*]]: si64):
// CHECK-NEXT: %[[NEW:.*]] = nbc.add %[[OLD]], %{{.*}} : si64
// CHECK-NEXT: nbc.yield %[[NEW]] : si64
func.func @histogram(%x: memref<?xsi64>, %h: memref<?xsi64>, %n: si64)
    attributes {nbc.kernel = #nbc.kernel<parallel = true>} {
  %c0 = nbc.constant 0 : si64
  %c1 = nbc.constant 1 : si64
  nbc.prange (%i) = (%c0) to (%n) step (%c1) : si64 {
    %k = nbc.load %x[%i] : memref<?xsi64>, si64
    %old = nbc.load %h[%k] : memref<?xsi64>, si64
    %new = nbc.add %old, %c1 : si64
    nbc.store %new, %h[%k] : memref<?xsi64>, si64
  }
  return
}

// -----

// The index loaded twice (`out[idx[i]] = max(out[idx[i]], v[i])`), and the
// int32 element widened and narrowed around the operator.
// CHECK-LABEL: func.func @scatter_max_int32
// CHECK: nbc.atomic_update %{{.*}}[%{{.*}}] : memref<?xsi32>, si64 {
// CHECK-NEXT: ^bb0(%[[OLD:.*]]: si32):
// CHECK-NEXT: %[[W:.*]] = nbc.cast %[[OLD]] : si32 to si64
// CHECK-NEXT: %[[M:.*]] = nbc.max %[[W]], %{{.*}} : si64
// CHECK-NEXT: %[[N:.*]] = nbc.cast %[[M]] : si64 to si32
// CHECK-NEXT: nbc.yield %[[N]] : si32
func.func @scatter_max_int32(%idx: memref<?xsi64>, %v: memref<?xsi64>,
                             %out: memref<?xsi32>, %n: si64)
    attributes {nbc.kernel = #nbc.kernel<parallel = true>} {
  %c0 = nbc.constant 0 : si64
  %c1 = nbc.constant 1 : si64
  nbc.prange (%i) = (%c0) to (%n) step (%c1) : si64 {
    %k = nbc.load %idx[%i] : memref<?xsi64>, si64
    %old = nbc.load %out[%k] : memref<?xsi32>, si64
    %x = nbc.load %v[%i] : memref<?xsi64>, si64
    %w = nbc.cast %old : si32 to si64
    %m = nbc.max %w, %x : si64
    %again = nbc.load %idx[%i] : memref<?xsi64>, si64
    %r = nbc.cast %m : si64 to si32
    nbc.store %r, %out[%again] : memref<?xsi32>, si64
  }
  return
}

// -----

// `out[i] += x`, `out[2 * i + 1] = x` and `row = out[i]; row[j] = x` touch
// elements of their own iteration: no atomics.
// CHECK-LABEL: func.func @private
// CHECK-NOT: nbc.atomic_update
// CHECK: return
func.func @private(%a: memref<?x?xf64>, %out: memref<?x?xf64>,
                  %flat: memref<?xf64>, %n: si64, %m: si64)
    attributes {nbc.kernel = #nbc.kernel<parallel = true>} {
  %c0 = nbc.constant 0 : si64
  %c1 = nbc.constant 1 : si64
  %c2 = nbc.constant 2 : si64
  nbc.prange (%i) = (%c0) to (%n) step (%c1) : si64 {
    %row = nbc.slice %out[%i] : memref<?x?xf64> to memref<?xf64, strided<[1], offset: ?>>
    nbc.range %j = %c0 to %m step %c1 : si64 {
      %x = nbc.load %a[%i, %j] : memref<?x?xf64>, si64, si64
      %old = nbc.load %out[%i, %j] : memref<?x?xf64>, si64, si64
      %new = nbc.add %old, %x : f64
      nbc.store %new, %out[%i, %j] : memref<?x?xf64>, si64, si64
      nbc.store %x, %row[%j] : memref<?xf64, strided<[1], offset: ?>>, si64
    }
    %x0 = nbc.load %a[%i, %c0] : memref<?x?xf64>, si64, si64
    %t = nbc.mul %c2, %i : si64
    %k = nbc.add %t, %c1 : si64
    nbc.store %x0, %flat[%k] : memref<?xf64>, si64
  }
  return
}

// -----

// Neighbouring iterations share `out[i + 1]`: both updates become atomic.
// CHECK-LABEL: func.func @neighbours
// CHECK-COUNT-2: nbc.atomic_update
func.func @neighbours(%out: memref<?xsi64>, %n: si64)
    attributes {nbc.kernel = #nbc.kernel<parallel = true>} {
  %c0 = nbc.constant 0 : si64
  %c1 = nbc.constant 1 : si64
  nbc.prange (%i) = (%c0) to (%n) step (%c1) : si64 {
    %a = nbc.load %out[%i] : memref<?xsi64>, si64
    %a1 = nbc.add %a, %c1 : si64
    nbc.store %a1, %out[%i] : memref<?xsi64>, si64
    %j = nbc.add %i, %c1 : si64
    %b = nbc.load %out[%j] : memref<?xsi64>, si64
    %b1 = nbc.add %b, %c1 : si64
    nbc.store %b1, %out[%j] : memref<?xsi64>, si64
  }
  return
}

// -----

// Arrays created in the body belong to the iteration; a per-thread slot
// (`buf[get_thread_id()] = x`) belongs to the thread.
// CHECK-LABEL: func.func @temporaries
// CHECK-NOT: nbc.atomic_update
// CHECK: return
func.func @temporaries(%x: memref<?xsi64>, %buf: memref<?xf64>, %n: si64)
    attributes {nbc.kernel = #nbc.kernel<parallel = true>} {
  %c0 = nbc.constant 0 : si64
  %c1 = nbc.constant 1 : si64
  %c3 = nbc.constant 3 : si64
  %one = nbc.constant 1.0 : f64
  nbc.prange (%i) = (%c0) to (%n) step (%c1) : si64 {
    %zero = nbc.constant 0.0 : f64
    %t = nbc.full(%c3) %zero : memref<?xf64>, si64
    %k = nbc.load %x[%i] : memref<?xsi64>, si64
    %old = nbc.load %t[%k] : memref<?xf64>, si64
    %new = nbc.add %old, %one : f64
    nbc.store %new, %t[%k] : memref<?xf64>, si64
    %tid = nbc.thread_id : si64
    nbc.store %new, %buf[%tid] : memref<?xf64>, si64
  }
  return
}

// -----

// Serial kernels run prange as range: nothing changes.
// CHECK-LABEL: func.func @serial
// CHECK-NOT: nbc.atomic_update
// CHECK: nbc.store
func.func @serial(%x: memref<?xsi64>, %h: memref<?xsi64>, %n: si64) {
  %c0 = nbc.constant 0 : si64
  %c1 = nbc.constant 1 : si64
  nbc.prange (%i) = (%c0) to (%n) step (%c1) : si64 {
    %k = nbc.load %x[%i] : memref<?xsi64>, si64
    %old = nbc.load %h[%k] : memref<?xsi64>, si64
    %new = nbc.add %old, %c1 : si64
    nbc.store %new, %h[%k] : memref<?xsi64>, si64
  }
  return
}

// -----

// A whole-array `acc += x[i]` (an in-place nbc.ufunc whose body calls the
// scalar function) on an array defined above the loop: a reduction, left
// for nbc-privatize-array-updates (no atomics, no error).
// CHECK-LABEL: func.func @whole_array_add
// CHECK: nbc.prange
// CHECK: %[[ROW:.*]] = nbc.slice
// CHECK-NEXT: nbc.ufunc ins(%[[ACC:.*]], %[[ROW]] : memref<?xf64>, memref<?xf64, strided<[1], offset: ?>>) outs(%[[ACC]] : memref<?xf64>)
// CHECK-NOT: nbc.atomic_update
func.func @whole_array_add(%x: memref<?x?xf64>, %acc: memref<?xf64>, %n: si64)
    attributes {nbc.kernel = #nbc.kernel<parallel = true>} {
  %c0 = nbc.constant 0 : si64
  %c1 = nbc.constant 1 : si64
  nbc.prange (%i) = (%c0) to (%n) step (%c1) : si64 {
    %row = nbc.slice %x[%i] : memref<?x?xf64> to memref<?xf64, strided<[1], offset: ?>>
    nbc.ufunc ins(%acc, %row : memref<?xf64>, memref<?xf64, strided<[1], offset: ?>>) outs(%acc : memref<?xf64>) {
    ^bb0(%a: f64, %b: f64):
      %s = func.call @add(%a, %b) : (f64, f64) -> f64
      nbc.yield %s : f64
    }
  }
  return
}
func.func private @add(%a: f64, %b: f64) -> f64 {
  %s = nbc.add %a, %b : f64
  return %s : f64
}

// -----

// `acc /= v` (float): a product reduction of the divisors.
// CHECK-LABEL: func.func @whole_array_quotient
// CHECK: nbc.ufunc
// CHECK-NEXT: ^bb0
// CHECK-NEXT: nbc.cast
// CHECK-NEXT: nbc.truediv
func.func @whole_array_quotient(%x: memref<?xf64>, %acc: memref<?x?xf32>, %n: si64)
    attributes {nbc.kernel = #nbc.kernel<parallel = true>} {
  %c0 = nbc.constant 0 : si64
  %c1 = nbc.constant 1 : si64
  nbc.prange (%i) = (%c0) to (%n) step (%c1) : si64 {
    %v = nbc.load %x[%i] : memref<?xf64>, si64
    nbc.ufunc ins(%acc, %v : memref<?x?xf32>, f64) outs(%acc : memref<?x?xf32>) {
    ^bb0(%a: f32, %b: f64):
      %a64 = nbc.cast %a : f32 to f64
      %q = nbc.truediv %a64, %b : f64 -> f64
      %q32 = nbc.cast %q : f64 to f32
      nbc.yield %q32 : f32
    }
  }
  return
}

// -----

// An inner loop carrying the array unchanged (`acc += v` rebinds `acc` to
// itself): the carried value is forwarded to the array, so the update is
// seen as one of the array defined above (and nothing is an error).
// CHECK-LABEL: func.func @carried_by_inner_loop
// CHECK-SAME: (%[[X:[^:]*]]: memref<?xf64>, %[[ACC:[^:]*]]: memref<?xf64>
// CHECK: nbc.range %{{.*}} iter_args(%{{.*}} = %[[ACC]]) -> (memref<?xf64>) {
// CHECK: nbc.ufunc ins(%[[ACC]], %{{.*}} : memref<?xf64>, f64) outs(%[[ACC]] : memref<?xf64>)
// CHECK: nbc.yield %[[ACC]] : memref<?xf64>
func.func @carried_by_inner_loop(%x: memref<?xf64>, %acc: memref<?xf64>, %n: si64)
    attributes {nbc.kernel = #nbc.kernel<parallel = true>} {
  %c0 = nbc.constant 0 : si64
  %c1 = nbc.constant 1 : si64
  %c2 = nbc.constant 2 : si64
  nbc.prange (%i) = (%c0) to (%n) step (%c1) : si64 {
    %v = nbc.load %x[%i] : memref<?xf64>, si64
    %r = nbc.range %j = %c0 to %c2 step %c1 : si64 iter_args(%a = %acc) -> (memref<?xf64>) {
      nbc.ufunc ins(%a, %v : memref<?xf64>, f64) outs(%a : memref<?xf64>) {
      ^bb0(%e: f64, %w: f64):
        %t = nbc.add %e, %w : f64
        nbc.yield %t : f64
      }
      nbc.yield %a : memref<?xf64>
    }
  }
  return
}
