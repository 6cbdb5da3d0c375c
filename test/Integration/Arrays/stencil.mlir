// 3-point stencils over a[i] = 1.5 i^2, n = 11. Bounds checks are hoisted
// out of the loop and the loop is vectorized (the IR check); a[i - 1] at
// i = 0 wraps around to a[-1] as in Python; a[i + 1] at i = n - 1 raises
// IndexError. Expected values from the same loops in CPython.
// DEFINE: %{libs} = -shared-libs=%mlir_c_runner_utils,%mlir_runner_utils,%nbc_runtime
// RUN: nbc-opt --nbc-to-llvm %s | mlir-runner -e _mlir_ciface_main -entry-point-result=void %{libs} | FileCheck %s
// RUN: nbc-opt --nbc-to-llvm %s | not mlir-runner -e _mlir_ciface_overrun -entry-point-result=void %{libs} 2>&1 | FileCheck %s --check-prefix=IDX
// RUN: nbc-opt --nbc-to-llvm=vector-width=4 %s | FileCheck %s --check-prefix=IR
// RUN: nbc-opt --nbc-to-llvm=vector-width=1 %s | FileCheck %s --check-prefix=SCALAR
// The same, run by nbc-run through the JIT and through an AOT shared library.
// RUN: nbc-run %s --fn=main --shared-libs=%mlir_c_runner_utils,%mlir_runner_utils | FileCheck %s
// RUN: nbc-run --aot %s --fn=main --shared-libs=%mlir_c_runner_utils,%mlir_runner_utils | FileCheck %s
// RUN: not nbc-run %s --fn=overrun --shared-libs=%mlir_c_runner_utils,%mlir_runner_utils 2>&1 | FileCheck %s --check-prefix=IDX
// RUN: not nbc-run --aot %s --fn=overrun --shared-libs=%mlir_c_runner_utils,%mlir_runner_utils 2>&1 | FileCheck %s --check-prefix=IDX
// IDX: IndexError: index out of bounds
// IR-LABEL: llvm.func internal @nbc.fn.smooth
// IR: llvm.load {{.*}} -> vector<4xf64>
// IR: llvm.fdiv {{.*}} : vector<4xf64>
// IR: llvm.store {{.*}} : vector<4xf64>, !llvm.ptr
// SCALAR-NOT: vector<

func.func private @printMemrefF64(memref<*xf64>) attributes {llvm.emit_c_interface}

// b[i] = (a[i-1] + a[i] + a[i+1]) / 3 for i in range(1, len(a) - 1)
func.func @smooth(%a: memref<?xf64>, %b: memref<?xf64>) {
  %c1 = nbc.constant 1 : si64
  %three = nbc.constant 3.0 : f64
  %n = nbc.dim %a, 0 : memref<?xf64>
  %m = nbc.sub %n, %c1 : si64
  nbc.range %i = %c1 to %m step %c1 : si64 {
    %im = nbc.sub %i, %c1 : si64
    %ip = nbc.add %i, %c1 : si64
    %x0 = nbc.load %a[%im] : memref<?xf64>, si64
    %x1 = nbc.load %a[%i] : memref<?xf64>, si64
    %x2 = nbc.load %a[%ip] : memref<?xf64>, si64
    %s = nbc.add %x0, %x1 : f64
    %s2 = nbc.add %s, %x2 : f64
    %r = nbc.truediv %s2, %three : f64 -> f64
    nbc.store %r, %b[%i] : memref<?xf64>, si64
  }
  return
}

// c[i] = a[i-1] * 0.5 + a[i+1] for i in range(lo, hi)
func.func @skew(%a: memref<?xf64>, %c: memref<?xf64>, %lo: si64, %hi: si64) {
  %c1 = nbc.constant 1 : si64
  %half = nbc.constant 0.5 : f64
  nbc.range %i = %lo to %hi step %c1 : si64 {
    %im = nbc.sub %i, %c1 : si64
    %ip = nbc.add %i, %c1 : si64
    %x0 = nbc.load %a[%im] : memref<?xf64>, si64
    %x2 = nbc.load %a[%ip] : memref<?xf64>, si64
    %h = nbc.mul %x0, %half : f64
    %s = nbc.add %h, %x2 : f64
    nbc.store %s, %c[%i] : memref<?xf64>, si64
  }
  return
}

// for i in range(1, len(a)): a[i] = a[i - 1] + a[i]  (a running sum: the
// loop-carried dependence through memory must keep it scalar)
func.func @cumsum(%a: memref<?xf64>) {
  %c1 = nbc.constant 1 : si64
  %n = nbc.dim %a, 0 : memref<?xf64>
  nbc.range %i = %c1 to %n step %c1 : si64 {
    %im = nbc.sub %i, %c1 : si64
    %p = nbc.load %a[%im] : memref<?xf64>, si64
    %x = nbc.load %a[%i] : memref<?xf64>, si64
    %s = nbc.add %p, %x : f64
    nbc.store %s, %a[%i] : memref<?xf64>, si64
  }
  return
}

func.func @input(%n: si64) -> memref<?xf64> {
  %c0 = nbc.constant 0 : si64
  %c1 = nbc.constant 1 : si64
  %k = nbc.constant 1.5 : f64
  %a = nbc.empty(%n) : memref<?xf64>, si64
  nbc.range %i = %c0 to %n step %c1 : si64 {
    %sq = nbc.mul %i, %i : si64
    %f = nbc.cast %sq : si64 to f64
    %v = nbc.mul %f, %k : f64
    nbc.store %v, %a[%i] : memref<?xf64>, si64
  }
  return %a : memref<?xf64>
}

func.func @main() attributes {nbc.report_errors} {
  %c0 = nbc.constant 0 : si64
  %c10 = nbc.constant 10 : si64
  %c11 = nbc.constant 11 : si64
  %zero = nbc.constant 0.0 : f64
  %a = func.call @input(%c11) : (si64) -> memref<?xf64>
  %b = nbc.full(%c11) %zero : memref<?xf64>, si64
  func.call @smooth(%a, %b) : (memref<?xf64>, memref<?xf64>) -> ()
  // CHECK: [0, 2.5, 7, 14.5, 25, 38.5, 55, 74.5, 97, 122.5, 0]
  %bu = memref.cast %b : memref<?xf64> to memref<*xf64>
  func.call @printMemrefF64(%bu) : (memref<*xf64>) -> ()
  %c = nbc.full(%c11) %zero : memref<?xf64>, si64
  func.call @skew(%a, %c, %c0, %c10) : (memref<?xf64>, memref<?xf64>, si64, si64) -> ()
  // CHECK: [76.5, 6, 14.25, 27, 44.25, 66, 92.25, 123, 158.25, 198, 0]
  %cu = memref.cast %c : memref<?xf64> to memref<*xf64>
  func.call @printMemrefF64(%cu) : (memref<*xf64>) -> ()
  // CHECK: [0, 1.5, 7.5, 21, 45, 82.5, 136.5, 210, 306, 427.5, 577.5]
  func.call @cumsum(%a) : (memref<?xf64>) -> ()
  %au = memref.cast %a : memref<?xf64> to memref<*xf64>
  func.call @printMemrefF64(%au) : (memref<*xf64>) -> ()
  return
}

func.func @overrun() attributes {nbc.report_errors} {
  %c0 = nbc.constant 0 : si64
  %c11 = nbc.constant 11 : si64
  %zero = nbc.constant 0.0 : f64
  %a = func.call @input(%c11) : (si64) -> memref<?xf64>
  %c = nbc.full(%c11) %zero : memref<?xf64>, si64
  func.call @skew(%a, %c, %c0, %c11) : (memref<?xf64>, memref<?xf64>, si64, si64) -> ()
  return
}
