// RUN: nbc-opt %s --nbc-vectorize="vector-width=4 remarks" --verify-diagnostics -split-input-file | FileCheck %s
// RUN: nbc-opt %s --nbc-vectorize="vector-width=4" -split-input-file | FileCheck %s --check-prefix=QUIET

// The vectorization report: one remark per loop, with the decision and, when
// the loop stays scalar, why and what would change it. Without `remarks` the
// pass is silent (no diagnostics, same IR).
// QUIET-LABEL: func @copy
// QUIET: vector.load

// CHECK-LABEL: func @copy
func.func @copy(%x: memref<?xf64>, %y: memref<?xf64>) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %n = memref.dim %x, %c0 : memref<?xf64>
  // expected-remark @below {{vectorized: 4 elements per vector}}
  scf.for %i = %c0 to %n step %c1 {
    %v = memref.load %x[%i] : memref<?xf64>
    memref.store %v, %y[%i] : memref<?xf64>
  }
  return
}

// -----

// CHECK-LABEL: func @strict_sum
func.func @strict_sum(%x: memref<?xf64>) -> f64 {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %zero = arith.constant 0.0 : f64
  %n = memref.dim %x, %c0 : memref<?xf64>
  // expected-remark @below {{not vectorized: a float reduction keeps Python's order of operations: fastmath=True (or a prange) allows reordering it}}
  %s = scf.for %i = %c0 to %n step %c1 iter_args(%acc = %zero) -> f64 {
    %v = memref.load %x[%i] : memref<?xf64>
    %t = arith.addf %acc, %v : f64
    scf.yield %t : f64
  }
  return %s : f64
}

// -----

// CHECK-LABEL: func @recurrence
func.func @recurrence(%x: memref<?xf64>) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %n = memref.dim %x, %c0 : memref<?xf64>
  // expected-remark @below {{not vectorized: a loop-carried dependence: it reads elements of an array it writes at other indices (a[i] = a[i - 1])}}
  scf.for %i = %c1 to %n step %c1 {
    %j = arith.subi %i, %c1 : index
    %v = memref.load %x[%j] : memref<?xf64>
    memref.store %v, %x[%i] : memref<?xf64>
  }
  return
}

// -----

// A loop-invariant element read once per vector: only from memory the
// loop's stores cannot write (a fresh array written, an argument read); an
// argument written may be the array read.
// CHECK-LABEL: func @uniform_loads
func.func @uniform_loads(%x: memref<?xf64>, %y: memref<?xf64>, %k: index) -> memref<?xf64> {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %n = memref.dim %x, %c0 : memref<?xf64>
  %fresh = memref.alloc(%n) : memref<?xf64>
  // expected-remark @below {{vectorized: 4 elements per vector}}
  scf.for %i = %c0 to %n step %c1 {
    %s = memref.load %x[%k] : memref<?xf64>
    %v = memref.load %x[%i] : memref<?xf64>
    %t = arith.mulf %s, %v : f64
    memref.store %t, %fresh[%i] : memref<?xf64>
  }
  // expected-remark @below {{not vectorized: it reads one element that its own stores may change}}
  scf.for %i = %c0 to %n step %c1 {
    %s = memref.load %x[%k] : memref<?xf64>
    %v = memref.load %x[%i] : memref<?xf64>
    %t = arith.mulf %s, %v : f64
    memref.store %t, %y[%i] : memref<?xf64>
  }
  return %fresh : memref<?xf64>
}

// -----

// CHECK-LABEL: func @strided_and_nested
func.func @strided_and_nested(%x: memref<?x?xf64>, %y: memref<?xf64, strided<[?], offset: ?>>) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %n = memref.dim %x, %c0 : memref<?x?xf64>
  // expected-remark @below {{not vectorized: an outer loop (its innermost loops are the ones vectorized)}}
  scf.for %i = %c0 to %n step %c1 {
    // expected-remark @below {{not vectorized: an element index is not the loop index on the last axis (a gather, or a walk down a column): loop over the last axis innermost}}
    scf.for %j = %c0 to %n step %c1 {
      %v = memref.load %x[%j, %i] : memref<?x?xf64>
      memref.store %v, %x[%j, %c0] : memref<?x?xf64>
    }
  }
  // expected-remark @below {{not vectorized: an array it walks is not contiguous along the loop}}
  scf.for %i = %c0 to %n step %c1 {
    %v = memref.load %y[%i] : memref<?xf64, strided<[?], offset: ?>>
    memref.store %v, %y[%i] : memref<?xf64, strided<[?], offset: ?>>
  }
  return
}

// -----

// CHECK-LABEL: func @call_and_parallel
func.func private @helper(f64) -> f64
func.func @call_and_parallel(%x: memref<?xf64>) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %n = memref.dim %x, %c0 : memref<?xf64>
  // expected-remark @below {{not vectorized: a call to helper with side effects in its body}}
  scf.for %i = %c0 to %n step %c1 {
    %v = memref.load %x[%i] : memref<?xf64>
    %w = func.call @helper(%v) : (f64) -> f64
    memref.store %w, %x[%i] : memref<?xf64>
  }
  // expected-remark @below {{runs in parallel (OpenMP threads)}}
  scf.parallel (%i) = (%c0) to (%n) step (%c1) {
    %v = memref.load %x[%i] : memref<?xf64>
    memref.store %v, %x[%i] : memref<?xf64>
  }
  return
}
