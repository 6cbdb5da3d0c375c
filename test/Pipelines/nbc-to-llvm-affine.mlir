// RUN: nbc-opt %s --nbc-to-llvm --mlir-print-ir-after=nbc-raise-to-affine,affine-scalrep -o /dev/null 2>&1 | FileCheck %s

// In the pipeline, a range loop with affine bounds passes through affine
// once its checks are hoisted, and upstream affine-scalrep forwards the
// value stored to b[i, j] to the load that reads it back. The stage is
// visible in --mlir-print-ir-after(-all).

// for i in range(1, n):
//     b[i] = a[i] * 2.0
//     c[i] = b[i] + a[i - 1]
// CHECK-LABEL: IR Dump After NBCRaiseToAffine
// CHECK: func.func @kernel
// CHECK: affine.for %[[I:.*]] = 1 to %{{.*}} {
// CHECK:   affine.load %{{.*}}[%[[I]]]
// CHECK:   affine.store %{{.*}}, %{{.*}}[%[[I]]]
// CHECK:   affine.load %{{.*}}[%[[I]]]
// CHECK:   affine.load %{{.*}}[%[[I]] - 1]
// CHECK-LABEL: IR Dump After AffineScalarReplacement
// CHECK: affine.for %[[I:.*]] = 1 to %{{.*}} {
// CHECK:   %[[X:.*]] = affine.load %{{.*}}[%[[I]]]
// CHECK:   %[[Y:.*]] = arith.mulf %[[X]]
// CHECK:   affine.store %[[Y]], %{{.*}}[%[[I]]]
// CHECK:   %[[Z:.*]] = affine.load %{{.*}}[%[[I]] - 1]
// CHECK:   arith.addf %[[Y]], %[[Z]]
func.func @kernel(%a: memref<?xf64>, %b: memref<?xf64>, %c: memref<?xf64>) {
  %c1 = nbc.constant 1 : si64
  %two = nbc.constant 2.0 : f64
  %n = nbc.dim %a, 0 : memref<?xf64>
  nbc.range %i = %c1 to %n step %c1 : si64 {
    %x = nbc.load %a[%i] : memref<?xf64>, si64
    %p = nbc.mul %x, %two : f64
    nbc.store %p, %b[%i] : memref<?xf64>, si64
    %y = nbc.load %b[%i] : memref<?xf64>, si64
    %im = nbc.sub %i, %c1 : si64
    %z = nbc.load %a[%im] : memref<?xf64>, si64
    %q = nbc.add %y, %z : f64
    nbc.store %q, %c[%i] : memref<?xf64>, si64
  }
  return
}
