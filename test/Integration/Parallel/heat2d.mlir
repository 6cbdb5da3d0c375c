// One Jacobi step of a 2-D 5-point stencil: prange over rows (OpenMP, 2
// threads), the inner loop over columns with its bounds checks hoisted and
// vectorized, then np.sum of the result. u[i, j] = i * j + j % 3 on a 6 x 8
// grid; expected values from the same loops in CPython.
// RUN: nbc-opt --nbc-to-llvm %s | env OMP_NUM_THREADS=2 mlir-runner -e _mlir_ciface_main -entry-point-result=void -shared-libs=%mlir_c_runner_utils,%mlir_runner_utils,%libomp,%nbc_runtime | FileCheck %s
// RUN: nbc-opt --nbc-to-llvm=vector-width=4 %s | FileCheck %s --check-prefix=IR
// The same, run by nbc-run through the JIT and through an AOT shared library.
// RUN: env OMP_NUM_THREADS=2 nbc-run %s --fn=main --shared-libs=%mlir_c_runner_utils,%mlir_runner_utils | FileCheck %s
// RUN: env OMP_NUM_THREADS=2 nbc-run --aot %s --fn=main --shared-libs=%mlir_c_runner_utils,%mlir_runner_utils | FileCheck %s
// IR-LABEL: llvm.func internal @nbc.fn.jacobi
// IR: omp.wsloop
// IR: llvm.load {{.*}} -> vector<4xf64>
// IR: llvm.fmul {{.*}} : vector<4xf64>
// IR: llvm.store {{.*}} : vector<4xf64>, !llvm.ptr

func.func private @printF64(f64)
func.func private @printNewline()
func.func private @printMemrefF64(memref<*xf64>) attributes {llvm.emit_c_interface}

func.func @jacobi(%u: memref<?x?xf64>, %v: memref<?x?xf64>)
    attributes {nbc.kernel = #nbc.kernel<parallel = true>} {
  %c1 = nbc.constant 1 : si64
  %q = nbc.constant 0.25 : f64
  %n = nbc.dim %u, 0 : memref<?x?xf64>
  %m = nbc.dim %u, 1 : memref<?x?xf64>
  %n1 = nbc.sub %n, %c1 : si64
  %m1 = nbc.sub %m, %c1 : si64
  nbc.prange (%i) = (%c1) to (%n1) step (%c1) : si64 {
    %im = nbc.sub %i, %c1 : si64
    %ip = nbc.add %i, %c1 : si64
    nbc.range %j = %c1 to %m1 step %c1 : si64 {
      %jm = nbc.sub %j, %c1 : si64
      %jp = nbc.add %j, %c1 : si64
      %a = nbc.load %u[%im, %j] : memref<?x?xf64>, si64, si64
      %b = nbc.load %u[%ip, %j] : memref<?x?xf64>, si64, si64
      %c = nbc.load %u[%i, %jm] : memref<?x?xf64>, si64, si64
      %d = nbc.load %u[%i, %jp] : memref<?x?xf64>, si64, si64
      %s1 = nbc.add %a, %b : f64
      %s2 = nbc.add %s1, %c : f64
      %s3 = nbc.add %s2, %d : f64
      %r = nbc.mul %s3, %q : f64
      nbc.store %r, %v[%i, %j] : memref<?x?xf64>, si64, si64
    }
    nbc.yield
  }
  return
}

func.func @main() attributes {nbc.report_errors} {
  %c0 = nbc.constant 0 : si64
  %c1 = nbc.constant 1 : si64
  %c3 = nbc.constant 3 : si64
  %c6 = nbc.constant 6 : si64
  %c8 = nbc.constant 8 : si64
  %zero = nbc.constant 0.0 : f64
  %u = nbc.empty(%c6, %c8) : memref<?x?xf64>, si64, si64
  nbc.range %i = %c0 to %c6 step %c1 : si64 {
    nbc.range %j = %c0 to %c8 step %c1 : si64 {
      %p = nbc.mul %i, %j : si64
      %r = nbc.mod %j, %c3 : si64
      %s = nbc.add %p, %r : si64
      %f = nbc.cast %s : si64 to f64
      nbc.store %f, %u[%i, %j] : memref<?x?xf64>, si64, si64
    }
  }
  %v = nbc.full(%c6, %c8) %zero : memref<?x?xf64>, si64, si64
  func.call @jacobi(%u, %v) : (memref<?x?xf64>, memref<?x?xf64>) -> ()
  // CHECK: [0, 0, 0, 0, 0, 0, 0, 0],
  // CHECK-NEXT: [0, 2, 3.25, 3.75, 5, 6.25, 6.75, 0],
  // CHECK-NEXT: [0, 3, 5.25, 6.75, 9, 11.25, 12.75, 0],
  // CHECK-NEXT: [0, 4, 7.25, 9.75, 13, 16.25, 18.75, 0],
  // CHECK-NEXT: [0, 5, 9.25, 12.75, 17, 21.25, 24.75, 0],
  // CHECK-NEXT: [0, 0, 0, 0, 0, 0, 0, 0]]
  %vu = memref.cast %v : memref<?x?xf64> to memref<*xf64>
  func.call @printMemrefF64(%vu) : (memref<*xf64>) -> ()
  // CHECK-NEXT: 234
  %s = nbc.array_reduce sum %v : memref<?x?xf64> -> f64
  func.call @printF64(%s) : (f64) -> ()
  func.call @printNewline() : () -> ()
  return
}
