// An n-body style double loop: prange over bodies, an inner serial loop
// over all bodies (vectorized: fastmath allows reassociating its sum), the
// force stored per body and a parallel reduction over the results.
// x[i] = i / 2, m[j] = 1 + j % 3, n = 16; expected values from CPython
// (all values are exact binary fractions, so any summation order agrees).
// RUN: nbc-opt --nbc-to-llvm %s | env OMP_NUM_THREADS=2 mlir-runner -e _mlir_ciface_main -entry-point-result=void -shared-libs=%mlir_c_runner_utils,%mlir_runner_utils,%libomp,%nbc_runtime | FileCheck %s
// RUN: nbc-opt --nbc-to-llvm %s | FileCheck %s --check-prefix=IR
// The same, run by nbc-run through the JIT and through an AOT shared library.
// RUN: env OMP_NUM_THREADS=2 nbc-run %s --fn=main --shared-libs=%mlir_c_runner_utils,%mlir_runner_utils | FileCheck %s
// RUN: env OMP_NUM_THREADS=2 nbc-run --aot %s --fn=main --shared-libs=%mlir_c_runner_utils,%mlir_runner_utils | FileCheck %s
// IR: omp.wsloop
// IR: llvm.load {{.*}} -> vector<{{[0-9]+}}xf64>
// IR: llvm.fsub {{.*}} : vector<{{[0-9]+}}xf64>
// IR: llvm.intr.vector.reduce.fadd

func.func private @printF64(f64)
func.func private @printNewline()
func.func private @printMemrefF64(memref<*xf64>) attributes {llvm.emit_c_interface}

func.func @forces(%x: memref<?xf64>, %m: memref<?xf64>, %f: memref<?xf64>) -> f64
    attributes {nbc.kernel = #nbc.kernel<fastmath = fast, parallel = true>} {
  %c0 = nbc.constant 0 : si64
  %c1 = nbc.constant 1 : si64
  %zero = nbc.constant 0.0 : f64
  %n = nbc.dim %x, 0 : memref<?xf64>
  %e = nbc.prange (%i) = (%c0) to (%n) step (%c1) : si64 reduce(add %acc = %zero : f64) {
    %xi = nbc.load %x[%i] : memref<?xf64>, si64
    %fi = nbc.range %j = %c0 to %n step %c1 : si64 iter_args(%s = %zero) -> (f64) {
      %xj = nbc.load %x[%j] : memref<?xf64>, si64
      %mj = nbc.load %m[%j] : memref<?xf64>, si64
      %d = nbc.sub %xj, %xi : f64
      %t = nbc.mul %d, %mj : f64
      %s1 = nbc.add %s, %t : f64
      nbc.yield %s1 : f64
    }
    nbc.store %fi, %f[%i] : memref<?xf64>, si64
    %p = nbc.mul %fi, %xi : f64
    %acc1 = nbc.add %acc, %p : f64
    nbc.yield %acc1 : f64
  }
  return %e : f64
}

func.func @main() attributes {nbc.report_errors} {
  %c0 = nbc.constant 0 : si64
  %c1 = nbc.constant 1 : si64
  %c3 = nbc.constant 3 : si64
  %n = nbc.constant 16 : si64
  %half = nbc.constant 0.5 : f64
  %x = nbc.empty(%n) : memref<?xf64>, si64
  %m = nbc.empty(%n) : memref<?xf64>, si64
  %f = nbc.empty(%n) : memref<?xf64>, si64
  nbc.range %i = %c0 to %n step %c1 : si64 {
    %fi = nbc.cast %i : si64 to f64
    %xi = nbc.mul %fi, %half : f64
    nbc.store %xi, %x[%i] : memref<?xf64>, si64
    %r = nbc.mod %i, %c3 : si64
    %r1 = nbc.add %r, %c1 : si64
    %mi = nbc.cast %r1 : si64 to f64
    nbc.store %mi, %m[%i] : memref<?xf64>, si64
  }
  %e = func.call @forces(%x, %m, %f) : (memref<?xf64>, memref<?xf64>, memref<?xf64>) -> f64
  // CHECK: data =
  // CHECK-NEXT: [117.5,  102,  86.5,  71,
  // CHECK-SAME: -115]
  %u = memref.cast %f : memref<?xf64> to memref<*xf64>
  func.call @printMemrefF64(%u) : (memref<*xf64>) -> ()
  // CHECK-NEXT: -2560
  func.call @printF64(%e) : (f64) -> ()
  func.call @printNewline() : () -> ()
  return
}
