// RUN: nbc-opt %s --nbc-to-llvm --mlir-disable-threading --mlir-print-ir-after=nbc-raise-to-affine,affine-scalrep -o /dev/null 2>&1 | FileCheck %s

// In the pipeline, a range loop with affine bounds passes through affine
// once its checks are hoisted, and upstream affine-scalrep forwards the
// value stored to b[i, j] to the load that reads it back. The stage is
// visible in --mlir-print-ir-after(-all).

// for i in range(1, n):
//     b[i] = a[i] * 2.0
//     c[i] = b[i] + a[i - 1]
// CHECK-LABEL: IR Dump After NBCRaiseToAffine
// CHECK: func.func @nbc.fn.kernel
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

// A double loop: the outer loop holds the row checks hoisted out of the
// inner one and is raised too, so the row index is the dim %i and the
// inner accesses are affine in both variables (the row index i >= 0 needs
// no wraparound, being range(0, n)'s variable).
// for i in range(n):
//     for j in range(1, m):
//         out[i, j] = a[i, j] * 2.0 + a[i, j - 1]
// CHECK-LABEL: IR Dump After NBCRaiseToAffine
// CHECK: func.func @nbc.fn.rows
// CHECK: affine.for %[[I:.*]] = 0 to %{{.*}} {
// CHECK:   nbc.raise_if
// CHECK:   affine.for %[[J:.*]] = 1 to %{{.*}} {
// CHECK:     affine.load %{{.*}}[%[[I]], %[[J]]]
// CHECK:     affine.load %{{.*}}[%[[I]], %[[J]] - 1]
// CHECK:     affine.store %{{.*}}, %{{.*}}[%[[I]], %[[J]]]
func.func @rows(%a: memref<?x?xf64>, %out: memref<?x?xf64>) {
  %c0 = nbc.constant 0 : si64
  %c1 = nbc.constant 1 : si64
  %two = nbc.constant 2.0 : f64
  %n = nbc.dim %a, 0 : memref<?x?xf64>
  %m = nbc.dim %a, 1 : memref<?x?xf64>
  nbc.range %i = %c0 to %n step %c1 : si64 {
    nbc.range %j = %c1 to %m step %c1 : si64 {
      %x = nbc.load %a[%i, %j] : memref<?x?xf64>, si64, si64
      %jm = nbc.sub %j, %c1 : si64
      %y = nbc.load %a[%i, %jm] : memref<?x?xf64>, si64, si64
      %p = nbc.mul %x, %two : f64
      %q = nbc.add %p, %y : f64
      nbc.store %q, %out[%i, %j] : memref<?x?xf64>, si64, si64
    }
  }
  return
}
