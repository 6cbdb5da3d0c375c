// RUN: nbc-opt %s --convert-scf-to-openmp --nbc-omp-reduction-identities | FileCheck %s
// RUN: nbc-opt %s --convert-scf-to-openmp | FileCheck %s --check-prefix=UPSTREAM

// Upstream starts a thread's float sum at +0.0 and min/max at the largest
// finite values; the pass gives -0.0 and -/+inf. Integers stay as they are.
// UPSTREAM: omp.declare_reduction
// UPSTREAM: llvm.mlir.constant(0.000000e+00 : f64)
// CHECK: omp.declare_reduction @{{.*}} : f64 init
// CHECK: llvm.mlir.constant(-0.000000e+00 : f64)
// CHECK: arith.addf
// CHECK: omp.declare_reduction @{{.*}} : f64 init
// CHECK: llvm.mlir.constant(0xFFF0000000000000 : f64)
// CHECK: arith.cmpf ogt
// CHECK: omp.declare_reduction @{{.*}} : f64 init
// CHECK: llvm.mlir.constant(0x7FF0000000000000 : f64)
// CHECK: arith.cmpf olt
// CHECK: omp.declare_reduction @{{.*}} : i64 init
// CHECK: llvm.mlir.constant(0 : i64)
// CHECK: arith.addi
// CHECK-LABEL: func @reduce
func.func @reduce(%x: memref<?xf64>, %y: memref<?xi64>) -> (f64, f64, f64, i64) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %mz = arith.constant -0.0 : f64
  %ninf = arith.constant 0xFFF0000000000000 : f64
  %pinf = arith.constant 0x7FF0000000000000 : f64
  %i0 = arith.constant 0 : i64
  %n = memref.dim %x, %c0 : memref<?xf64>
  %r:4 = scf.parallel (%i) = (%c0) to (%n) step (%c1)
      init (%mz, %ninf, %pinf, %i0) -> (f64, f64, f64, i64) {
    %xi = memref.load %x[%i] : memref<?xf64>
    %yi = memref.load %y[%i] : memref<?xi64>
    scf.reduce(%xi, %xi, %xi, %yi : f64, f64, f64, i64) {
    ^bb0(%l: f64, %rr: f64):
      %s = arith.addf %l, %rr : f64
      scf.reduce.return %s : f64
    }, {
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
      %s = arith.addi %l, %rr : i64
      scf.reduce.return %s : i64
    }
  }
  return %r#0, %r#1, %r#2, %r#3 : f64, f64, f64, i64
}
