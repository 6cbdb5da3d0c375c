// A chain of three array expressions, (a * b + c) * d, is one loop writing
// one array through the whole pipeline (nbc-fuse-ufuncs, then the lowering
// of the one ufunc left); with fuse-ufuncs=false it is three loops, each
// writing an array of its own (the two temporaries NumPy would allocate).

// RUN: nbc-opt --nbc-to-llvm="stop-after=standard" %s | FileCheck %s --check-prefix=FUSED
// RUN: nbc-opt --nbc-to-llvm="stop-after=standard fuse-ufuncs=false" %s | FileCheck %s --check-prefix=SPLIT

// One array, one loop (a contiguous and a strided version of it) computing
// all three operators.
// FUSED-LABEL: func.func @nbc.fn.chain(
// FUSED: %[[OUT:.*]] = memref.alloc
// FUSED-NOT: memref.alloc
// FUSED: scf.if
// FUSED: scf.for
// FUSED: arith.mulf
// FUSED-NEXT: arith.addf
// FUSED-NEXT: %[[R:.*]] = arith.mulf
// FUSED-NEXT: memref.store %[[R]], %[[OUT]]
// FUSED-NEXT: }
// FUSED-NEXT: } else {
// FUSED-NOT: memref.alloc
// FUSED: scf.for
// FUSED: arith.mulf
// FUSED-NEXT: arith.addf
// FUSED-NEXT: %[[R2:.*]] = arith.mulf
// FUSED-NEXT: memref.store %[[R2]], %[[OUT]]
// FUSED-NOT: memref.alloc
// FUSED-NOT: scf.for
// FUSED: return %[[OUT]]

// Three arrays, each written by a loop (and its strided version) of its own.
// SPLIT-LABEL: func.func @nbc.fn.chain(
// SPLIT: %[[T:.*]] = memref.alloc
// SPLIT: scf.for
// SPLIT: arith.mulf
// SPLIT-NEXT: memref.store {{.*}}, %[[T]]
// SPLIT: %[[U:.*]] = memref.alloc
// SPLIT: scf.for
// SPLIT: arith.addf
// SPLIT-NEXT: memref.store {{.*}}, %[[U]]
// SPLIT: %[[V:.*]] = memref.alloc
// SPLIT: scf.for
// SPLIT: arith.mulf
// SPLIT-NEXT: memref.store {{.*}}, %[[V]]
// SPLIT: return %[[V]]

func.func @chain(%a: memref<?xf64>, %b: memref<?xf64>, %c: memref<?xf64>, %d: memref<?xf64>) -> memref<?xf64> {
  %t = nbc.ufunc ins(%a, %b : memref<?xf64>, memref<?xf64>) -> memref<?xf64> {
  ^bb0(%x: f64, %y: f64):
    %m = nbc.mul %x, %y : f64
    nbc.yield %m : f64
  }
  %u = nbc.ufunc ins(%t, %c : memref<?xf64>, memref<?xf64>) -> memref<?xf64> {
  ^bb0(%x: f64, %z: f64):
    %s = nbc.add %x, %z : f64
    nbc.yield %s : f64
  }
  %r = nbc.ufunc ins(%u, %d : memref<?xf64>, memref<?xf64>) -> memref<?xf64> {
  ^bb0(%x: f64, %w: f64):
    %p = nbc.mul %x, %w : f64
    nbc.yield %p : f64
  }
  return %r : memref<?xf64>
}
