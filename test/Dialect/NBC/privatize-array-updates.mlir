// nbc-privatize-array-updates: a parallel prange updating small arrays
// with nbc.atomic_update also gets a chunked form with per-chunk rows,
// chosen at run time; other pranges are left alone.
// RUN: nbc-opt %s --nbc-privatize-array-updates -split-input-file | FileCheck %s
// RUN: nbc-opt %s --nbc-privatize-array-updates=max-private-elements=0 -split-input-file | FileCheck %s --check-prefix=OFF

// The choice: every array has elements, threads * elements <= the limit,
// elements <= iterations.
// CHECK-LABEL: func.func @histogram
// CHECK-SAME: (%[[X:.*]]: memref<?xsi64>, %[[H:.*]]: memref<?xsi64>, %[[N:.*]]: si64)
// CHECK: %[[P:.*]] = nbc.num_threads : si64
// CHECK: %[[TRIPS:.*]] = nbc.max
// CHECK: %[[BINS:.*]] = nbc.dim %[[H]], 0
// CHECK: %[[NONEMPTY:.*]] = nbc.cmp gt, %[[BINS]]
// CHECK: %[[COPIES:.*]] = nbc.mul %[[P]], %[[BINS]] : si64
// CHECK: %[[LIMIT:.*]] = nbc.constant 1048576 : si64
// CHECK: %[[FITS:.*]] = nbc.cmp le, %[[COPIES]], %[[LIMIT]] : si64
// CHECK: %[[WORTH:.*]] = nbc.cmp le, %[[BINS]], %[[TRIPS]] : si64
// CHECK: %[[BOTH:.*]] = nbc.and %[[FITS]], %[[WORTH]] : i1
// CHECK: %[[CHOSEN:.*]] = nbc.and %[[NONEMPTY]], %[[BOTH]] : i1
// CHECK: scf.if %[[CHOSEN]] {
// The rows: threads * spacing of them.
// CHECK: %[[SPACING:.*]] = nbc.select
// CHECK: %[[NROWS:.*]] = nbc.mul %[[P]], %[[SPACING]] : si64
// CHECK: %[[ROWS:.*]] = nbc.empty(%[[NROWS]], %{{.*}}) : memref<?x?xsi64>, si64, si64
// One chunk per thread; the chunk fills its row with 0 ...
// CHECK: nbc.prange (%[[T:.*]]) = (%{{.*}}) to (%[[P]]) step (%{{.*}}) : si64 {
// CHECK: %[[ROW:.*]] = nbc.mul %[[T]], %[[SPACING]] : si64
// CHECK: %[[ZERO:.*]] = nbc.constant 0 : si64
// CHECK: nbc.range %[[J:.*]] = %{{.*}} to %{{.*}} step %{{.*}} : si64 {
// CHECK-NEXT: nbc.store %[[ZERO]], %[[ROWS]][%[[ROW]], %[[J]]] {noboundscheck, nowrap}
// ... then runs [n * t / threads, n * (t + 1) / threads) serially,
// CHECK: %[[LO:.*]] = nbc.floordiv %{{.*}}, %[[P]] : si64
// CHECK: %[[HI:.*]] = nbc.floordiv %{{.*}}, %[[P]] : si64
// CHECK: nbc.range %[[I:.*]] = %{{.*}} to %{{.*}} step %{{.*}} : si64 {
// updating its row without atomics.
// CHECK-NEXT: %[[K:.*]] = nbc.load %[[X]][%[[I]]]
// CHECK-NEXT: %[[OLD:.*]] = nbc.load %[[ROWS]][%[[ROW]], %[[K]]] {noboundscheck} : memref<?x?xsi64>, si64, si64
// CHECK-NEXT: %[[NEW:.*]] = nbc.add %[[OLD]], %{{.*}} : si64
// CHECK-NEXT: nbc.store %[[NEW]], %[[ROWS]][%[[ROW]], %[[K]]] {noboundscheck} : memref<?x?xsi64>, si64, si64
// CHECK-NOT: nbc.atomic_update
// The merge, in parallel over the bins: h[j] + row_0[j] + row_1[j] ...
// CHECK: nbc.prange (%[[B:.*]]) = (%{{.*}}) to (%{{.*}}) step (%{{.*}}) : si64 {
// CHECK-NEXT: %[[CUR:.*]] = nbc.load %[[H]][%[[B]]] {noboundscheck, nowrap}
// CHECK-NEXT: %[[SUM:.*]] = nbc.range %[[U:.*]] = %{{.*}} to %[[P]] step %{{.*}} : si64 iter_args(%[[ACC:.*]] = %[[CUR]]) -> (si64) {
// CHECK-NEXT: %[[R:.*]] = nbc.mul %[[U]], %[[SPACING]] : si64
// CHECK-NEXT: %[[PART:.*]] = nbc.load %[[ROWS]][%[[R]], %[[B]]] {noboundscheck, nowrap}
// CHECK-NEXT: %[[S:.*]] = nbc.add %[[ACC]], %[[PART]] : si64
// CHECK-NEXT: nbc.yield %[[S]] : si64
// CHECK: nbc.store %[[SUM]], %[[H]][%[[B]]] {noboundscheck, nowrap}
// Otherwise (large arrays) the atomics as before.
// CHECK: } else {
// CHECK-NEXT: nbc.prange
// CHECK: nbc.atomic_update %[[H]]
// OFF-LABEL: func.func @histogram
// OFF-NOT: scf.if
// OFF: nbc.atomic_update
func.func @histogram(%x: memref<?xsi64>, %h: memref<?xsi64>, %n: si64)
    attributes {nbc.kernel = #nbc.kernel<parallel = true>} {
  %c0 = nbc.constant 0 : si64
  %c1 = nbc.constant 1 : si64
  nbc.prange (%i) = (%c0) to (%n) step (%c1) : si64 {
    %k = nbc.load %x[%i] : memref<?xsi64>, si64
    nbc.atomic_update %h[%k] {noboundscheck} : memref<?xsi64>, si64 {
    ^bb0(%old: si64):
      %new = nbc.add %old, %c1 : si64
      nbc.yield %new : si64
    }
  }
  return
}

// -----

// Identities: -0.0 for a float sum (`-=` merges with +), the lowest si64
// for max; a reduction the prange carries goes through the chunk's loops.
// CHECK-LABEL: func.func @identities
// CHECK: scf.if %{{.*}} -> (f64) {
// CHECK-DAG: nbc.empty(%{{.*}}, %{{.*}}) : memref<?x?xf64>, si64, si64
// CHECK-DAG: nbc.empty(%{{.*}}, %{{.*}}) : memref<?x?xsi64>, si64, si64
// CHECK: %[[SUM:.*]] = nbc.prange (%{{.*}}) = (%{{.*}}) to (%{{.*}}) step (%{{.*}}) : si64 reduce(add %[[ACC:.*]] = %{{.*}} : f64) {
// CHECK: nbc.constant -0.000000e+00 : f64
// CHECK: nbc.constant -9223372036854775808 : si64
// CHECK: %[[R:.*]] = nbc.range %{{.*}} = %{{.*}} to %{{.*}} step %{{.*}} : si64 iter_args(%{{.*}} = %[[ACC]]) -> (f64) {
// CHECK: nbc.sub
// CHECK: nbc.max
// CHECK: nbc.yield %{{.*}} : f64
// CHECK: nbc.yield %[[R]] : f64
// CHECK: nbc.add %{{.*}}, %{{.*}} : f64
// CHECK: nbc.max %{{.*}}, %{{.*}} : si64
// CHECK: scf.yield %[[SUM]] : f64
// CHECK: } else {
// CHECK: scf.yield
// CHECK: return %{{.*}} : f64
func.func @identities(%idx: memref<?xsi64>, %v: memref<?xf64>,
                      %out: memref<?xf64>, %top: memref<?xsi64>, %n: si64) -> f64
    attributes {nbc.kernel = #nbc.kernel<parallel = true>} {
  %c0 = nbc.constant 0 : si64
  %c1 = nbc.constant 1 : si64
  %zero = nbc.constant 0.0 : f64
  %s = nbc.prange (%i) = (%c0) to (%n) step (%c1) : si64
      reduce(add %acc = %zero : f64) {
    %k = nbc.load %idx[%i] : memref<?xsi64>, si64
    %w = nbc.load %v[%i] : memref<?xf64>, si64
    nbc.atomic_update %out[%k] : memref<?xf64>, si64 {
    ^bb0(%old: f64):
      %new = nbc.sub %old, %w : f64
      nbc.yield %new : f64
    }
    nbc.atomic_update %top[%k] : memref<?xsi64>, si64 {
    ^bb0(%old: si64):
      %new = nbc.max %old, %i : si64
      nbc.yield %new : si64
    }
    %a = nbc.add %acc, %w : f64
    nbc.yield %a : f64
  }
  return %s : f64
}

// -----

// A 2-D prange updating a 2-D array: the first dimension is chunked, the
// second runs whole; the rows get one more axis.
// CHECK-LABEL: func.func @hist2d
// CHECK: nbc.empty(%{{.*}}, %{{.*}}, %{{.*}}) : memref<?x?x?xsi32>
// CHECK: nbc.prange (%[[T:.*]]) =
// CHECK: nbc.floordiv
// CHECK: nbc.floordiv
// CHECK: nbc.range %[[I:.*]] = %{{.*}} to %{{.*}} step %{{.*}} : si64 {
// CHECK-NEXT: nbc.range %[[J:.*]] = %{{.*}} to %{{.*}} step %{{.*}} : si64 {
// CHECK: nbc.load %{{.*}}[%{{.*}}, %{{.*}}, %{{.*}}] : memref<?x?x?xsi32>, si64, si64, si64
// CHECK: nbc.prange (%{{.*}}, %{{.*}}) = (%{{.*}}, %{{.*}}) to (%{{.*}}, %{{.*}}) step (%{{.*}}, %{{.*}}) : si64 {
// CHECK: } else {
func.func @hist2d(%x: memref<?x?xsi64>, %h: memref<?x?xsi32>, %n: si64, %m: si64)
    attributes {nbc.kernel = #nbc.kernel<parallel = true>} {
  %c0 = nbc.constant 0 : si64
  %c1 = nbc.constant 1 : si64
  %one = nbc.constant 1 : si32
  nbc.prange (%i, %j) = (%c0, %c0) to (%n, %m) step (%c1, %c1) : si64 {
    %k = nbc.load %x[%i, %j] : memref<?x?xsi64>, si64, si64
    nbc.atomic_update %h[%k, %c0] : memref<?x?xsi32>, si64, si64 {
    ^bb0(%old: si32):
      %new = nbc.add %old, %one : si32
      nbc.yield %new : si32
    }
  }
  return
}

// -----

// Left to the atomics: max through a wider type (its result could depend
// on the order), an array the body also reads, a run-time step, a prange
// in a kernel that is not parallel.
// CHECK-LABEL: func.func @left_alone
// CHECK-NOT: nbc.num_threads
// CHECK-NOT: scf.if
// CHECK: return
func.func @left_alone(%idx: memref<?xsi64>, %a: memref<?xsi32>,
                      %b: memref<?xsi64>, %n: si64, %step: si64)
    attributes {nbc.kernel = #nbc.kernel<parallel = true>} {
  %c0 = nbc.constant 0 : si64
  %c1 = nbc.constant 1 : si64
  nbc.prange (%i) = (%c0) to (%n) step (%c1) : si64 {
    %k = nbc.load %idx[%i] : memref<?xsi64>, si64
    nbc.atomic_update %a[%k] : memref<?xsi32>, si64 {
    ^bb0(%old: si32):
      %w = nbc.cast %old : si32 to si64
      %m = nbc.max %w, %i : si64
      %r = nbc.cast %m : si64 to si32
      nbc.yield %r : si32
    }
  }
  nbc.prange (%i) = (%c0) to (%n) step (%c1) : si64 {
    %k = nbc.load %idx[%i] : memref<?xsi64>, si64
    %seen = nbc.load %b[%i] : memref<?xsi64>, si64
    nbc.atomic_update %b[%k] : memref<?xsi64>, si64 {
    ^bb0(%old: si64):
      %new = nbc.add %old, %seen : si64
      nbc.yield %new : si64
    }
  }
  nbc.prange (%i) = (%c0) to (%n) step (%step) : si64 {
    %k = nbc.load %idx[%i] : memref<?xsi64>, si64
    nbc.atomic_update %b[%k] : memref<?xsi64>, si64 {
    ^bb0(%old: si64):
      %new = nbc.add %old, %c1 : si64
      nbc.yield %new : si64
    }
  }
  return
}

// CHECK-LABEL: func.func @serial_kernel
// CHECK-NOT: scf.if
// CHECK: return
func.func @serial_kernel(%idx: memref<?xsi64>, %b: memref<?xsi64>, %n: si64) {
  %c0 = nbc.constant 0 : si64
  %c1 = nbc.constant 1 : si64
  nbc.prange (%i) = (%c0) to (%n) step (%c1) : si64 {
    %k = nbc.load %idx[%i] : memref<?xsi64>, si64
    nbc.atomic_update %b[%k] : memref<?xsi64>, si64 {
    ^bb0(%old: si64):
      %new = nbc.add %old, %c1 : si64
      nbc.yield %new : si64
    }
  }
  return
}

// -----

// A column view defined above the loop: its own rows, merged through the
// view (slices are injective). The same root also updated through another
// view with another operator: neither is privatized.
// CHECK-LABEL: func.func @column_view
// CHECK: %[[COL:.*]] = nbc.slice
// CHECK: scf.if
// CHECK: nbc.empty(%{{.*}}, %{{.*}}) : memref<?x?xsi64>
// CHECK: nbc.store %{{.*}}, %[[COL]][%{{.*}}] {noboundscheck, nowrap} : memref<?xsi64, strided<[?], offset: ?>>
// CHECK-LABEL: func.func @two_operators_on_one_root
// CHECK-NOT: scf.if
// CHECK: return
func.func @column_view(%idx: memref<?xsi64>, %a: memref<?x?xsi64>, %n: si64)
    attributes {nbc.kernel = #nbc.kernel<parallel = true>} {
  %c0 = nbc.constant 0 : si64
  %c1 = nbc.constant 1 : si64
  %col = nbc.slice %a[:, %c1] : memref<?x?xsi64> to memref<?xsi64, strided<[?], offset: ?>>
  nbc.prange (%i) = (%c0) to (%n) step (%c1) : si64 {
    %k = nbc.load %idx[%i] : memref<?xsi64>, si64
    nbc.atomic_update %col[%k] : memref<?xsi64, strided<[?], offset: ?>>, si64 {
    ^bb0(%old: si64):
      %new = nbc.add %old, %c1 : si64
      nbc.yield %new : si64
    }
  }
  return
}

func.func @two_operators_on_one_root(%idx: memref<?xsi64>, %a: memref<?x?xsi64>, %n: si64)
    attributes {nbc.kernel = #nbc.kernel<parallel = true>} {
  %c0 = nbc.constant 0 : si64
  %c1 = nbc.constant 1 : si64
  %col = nbc.slice %a[:, %c1] : memref<?x?xsi64> to memref<?xsi64, strided<[?], offset: ?>>
  %row = nbc.slice %a[%c0, :] : memref<?x?xsi64> to memref<?xsi64, strided<[1], offset: ?>>
  nbc.prange (%i) = (%c0) to (%n) step (%c1) : si64 {
    %k = nbc.load %idx[%i] : memref<?xsi64>, si64
    nbc.atomic_update %col[%k] : memref<?xsi64, strided<[?], offset: ?>>, si64 {
    ^bb0(%old: si64):
      %new = nbc.add %old, %c1 : si64
      nbc.yield %new : si64
    }
    nbc.atomic_update %row[%k] : memref<?xsi64, strided<[1], offset: ?>>, si64 {
    ^bb0(%old: si64):
      %new = nbc.max %old, %i : si64
      nbc.yield %new : si64
    }
  }
  return
}

// -----

// A whole-array update (`acc -= x[i]`, an in-place nbc.ufunc) has no
// atomic form: always privatized, also with max-private-elements=0. The
// ufunc updates the chunk's row (a view of the rows), identity -0.0; the
// merge adds the rows into the array; the carried sum and the array's
// size pass through.
// CHECK-LABEL: func.func @whole_array
// CHECK-SAME: (%[[X:.*]]: memref<?x?xf64>, %[[A:.*]]: memref<?xf64>, %{{.*}}: si64)
// CHECK-NOT: scf.if
// CHECK: %[[P:.*]] = nbc.num_threads : si64
// CHECK: %[[ROWS:.*]] = nbc.empty(%{{.*}}, %{{.*}}) : memref<?x?xf64>, si64, si64
// CHECK: %[[SUM:.*]] = nbc.prange (%[[T:.*]]) = (%{{.*}}) to (%[[P]]) step (%{{.*}}) : si64 reduce(add %[[ACC:.*]] = %{{.*}} : f64) {
// CHECK: %[[ROW:.*]] = nbc.mul %[[T]], %{{.*}} : si64
// CHECK: nbc.constant -0.000000e+00 : f64
// CHECK: %[[MINE:.*]] = nbc.slice %[[ROWS]][%[[ROW]]] : memref<?x?xf64> to memref<?xf64, strided<[1], offset: ?>>
// CHECK: nbc.range %{{.*}} = %{{.*}} to %{{.*}} step %{{.*}} : si64 iter_args(%{{.*}} = %[[ACC]]) -> (f64) {
// CHECK: nbc.ufunc ins(%[[MINE]], %{{.*}} : memref<?xf64, strided<[1], offset: ?>>, memref<?xf64, strided<[1], offset: ?>>) outs(%[[MINE]] : memref<?xf64, strided<[1], offset: ?>>)
// CHECK: nbc.sub
// CHECK: nbc.dim %[[A]], 0
// CHECK: nbc.prange (%[[E:.*]]) = (%{{.*}}) to (%{{.*}}) step (%{{.*}}) : si64 {
// CHECK-NEXT: %[[CUR:.*]] = nbc.load %[[A]][%[[E]]]
// CHECK-NEXT: nbc.range %{{.*}} = %{{.*}} to %[[P]] step %{{.*}} : si64 iter_args(%{{.*}} = %[[CUR]]) -> (f64) {
// CHECK: nbc.add
// CHECK: nbc.store %{{.*}}, %[[A]][%[[E]]]
// CHECK: return %[[SUM]] : f64
// OFF-LABEL: func.func @whole_array
// OFF-NOT: scf.if
// OFF: nbc.slice %{{.*}}[%{{.*}}] : memref<?x?xf64> to memref<?xf64, strided<[1], offset: ?>>
// OFF: nbc.ufunc
func.func @whole_array(%x: memref<?x?xf64>, %acc: memref<?xf64>, %n: si64) -> f64
    attributes {nbc.kernel = #nbc.kernel<parallel = true>} {
  %c0 = nbc.constant 0 : si64
  %c1 = nbc.constant 1 : si64
  %z = nbc.constant 0.0 : f64
  %r = nbc.prange (%i) = (%c0) to (%n) step (%c1) : si64 reduce(add %s = %z : f64) {
    %row = nbc.slice %x[%i] : memref<?x?xf64> to memref<?xf64, strided<[1], offset: ?>>
    nbc.ufunc ins(%acc, %row : memref<?xf64>, memref<?xf64, strided<[1], offset: ?>>) outs(%acc : memref<?xf64>) {
    ^bb0(%a: f64, %b: f64):
      %t = nbc.sub %a, %b : f64
      nbc.yield %t : f64
    }
    %m = nbc.dim %acc, 0 : memref<?xf64>
    %f = nbc.cast %m : si64 to f64
    %s2 = nbc.add %s, %f : f64
    nbc.yield %s2 : f64
  }
  return %r : f64
}

// -----

// An inner loop passing the array on unchanged (as nbc-recognize-reductions
// leaves `for j in range(m): acc += v`) is no other use: privatized.
// CHECK-LABEL: func.func @carried_whole_array
// CHECK: %[[ROWS:.*]] = nbc.empty
// CHECK: %[[MINE:.*]] = nbc.slice %[[ROWS]][%{{.*}}]
// CHECK: nbc.range %{{.*}} iter_args(%{{.*}} = %{{.*}}) -> (memref<?xf64>) {
// CHECK-NEXT: nbc.ufunc ins(%[[MINE]], %{{.*}} : memref<?xf64, strided<[1], offset: ?>>, f64) outs(%[[MINE]] : memref<?xf64, strided<[1], offset: ?>>)
func.func @carried_whole_array(%x: memref<?xf64>, %acc: memref<?xf64>, %n: si64)
    attributes {nbc.kernel = #nbc.kernel<parallel = true>} {
  %c0 = nbc.constant 0 : si64
  %c1 = nbc.constant 1 : si64
  %c2 = nbc.constant 2 : si64
  nbc.prange (%i) = (%c0) to (%n) step (%c1) : si64 reduce() {
    %v = nbc.load %x[%i] : memref<?xf64>, si64
    %r = nbc.range %j = %c0 to %c2 step %c1 : si64 iter_args(%a = %acc) -> (memref<?xf64>) {
      nbc.ufunc ins(%acc, %v : memref<?xf64>, f64) outs(%acc : memref<?xf64>) {
      ^bb0(%e: f64, %w: f64):
        %t = nbc.add %e, %w : f64
        nbc.yield %t : f64
      }
      nbc.yield %acc : memref<?xf64>
    }
  }
  return
}

// -----

// np.maximum(acc, x[i]) of floats on the whole array (NumPy's NaN check
// around nbc.max): rows start at -inf, the merge keeps a NaN from any row.
// CHECK-LABEL: func.func @whole_array_numpy_max
// CHECK: nbc.constant 0xFFF0000000000000 : f64
// CHECK: nbc.ufunc
// CHECK: nbc.prange
// CHECK: nbc.range
// CHECK: %[[MX:.*]] = nbc.max
// CHECK: %[[NAN:.*]] = nbc.fpclass nan
// CHECK: nbc.select %[[NAN]], %{{.*}}, %[[MX]] : f64
// OFF-LABEL: func.func @whole_array_numpy_max
// OFF: nbc.ufunc
func.func @whole_array_numpy_max(%x: memref<?x?xf64>, %acc: memref<?xf64>, %n: si64)
    attributes {nbc.kernel = #nbc.kernel<parallel = true>} {
  %c0 = nbc.constant 0 : si64
  %c1 = nbc.constant 1 : si64
  nbc.prange (%i) = (%c0) to (%n) step (%c1) : si64 {
    %row = nbc.slice %x[%i] : memref<?x?xf64> to memref<?xf64, strided<[1], offset: ?>>
    nbc.ufunc ins(%acc, %row : memref<?xf64>, memref<?xf64, strided<[1], offset: ?>>) outs(%acc : memref<?xf64>) {
    ^bb0(%a: f64, %b: f64):
      %mx = nbc.max %b, %a : f64
      %nan = nbc.fpclass nan %a : f64
      %t = nbc.select %nan, %a, %mx : f64
      nbc.yield %t : f64
    }
    nbc.yield
  }
  return
}
