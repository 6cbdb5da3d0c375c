// Transcendentals in vectorized loops call libmvec (nbc-vector-math):
// sum(sin(x)), elementwise exp/log/tanh/pow/atan2 in f64 and sin/exp in f32
// over 1003 points (a vector body and a scalar tail), and NaN/inf/-0
// propagation. Expected values from Python's math module (6 digits).
// REQUIRES: libmvec, avx2
// RUN: nbc-opt --nbc-to-llvm %s | mlir-runner -e _mlir_ciface_main -entry-point-result=void -shared-libs=%mlir_c_runner_utils,%mlir_runner_utils,%nbc_runtime,%libmvec | FileCheck %s
// RUN: nbc-run %s --fn=main --shared-libs=%mlir_c_runner_utils,%mlir_runner_utils | FileCheck %s
// RUN: nbc-run --aot %s --fn=main --shared-libs=%mlir_c_runner_utils,%mlir_runner_utils | FileCheck %s
// RUN: nbc-run --vector-math=none %s --fn=main --shared-libs=%mlir_c_runner_utils,%mlir_runner_utils | FileCheck %s
// RUN: nbc-run --aot --vector-math=polynomial %s --fn=main --shared-libs=%mlir_c_runner_utils,%mlir_runner_utils | FileCheck %s
// RUN: not nbc-run --vector-math=svml %s --fn=main 2>&1 | FileCheck %s --check-prefix=BADVM
// BADVM: unknown library 'svml' (libmvec, polynomial or none)
// RUN: nbc-opt --nbc-to-llvm=vector-width=4 %s | FileCheck %s --check-prefix=IR
// RUN: nbc-opt --nbc-to-llvm="vector-width=4 vector-math=none" %s | FileCheck %s --check-prefix=NONE
// RUN: nbc-opt --nbc-to-llvm="vector-width=4 vector-math=none" %s | mlir-runner -e _mlir_ciface_main -entry-point-result=void -shared-libs=%mlir_c_runner_utils,%mlir_runner_utils,%nbc_runtime | FileCheck %s

// IR-LABEL: llvm.func internal @nbc.fn.sum_sin
// IR: llvm.call @_ZGVdN4v_sin(%{{.*}}) : (vector<4xf64>) -> vector<4xf64>
// IR-LABEL: llvm.func internal @nbc.fn.maps
// IR-DAG: llvm.call @_ZGVdN4v_exp(%{{.*}}) : (vector<4xf64>) -> vector<4xf64>
// IR-DAG: llvm.call @_ZGVdN4v_log(%{{.*}}) : (vector<4xf64>) -> vector<4xf64>
// IR-DAG: llvm.call @_ZGVdN4v_tanh(%{{.*}}) : (vector<4xf64>) -> vector<4xf64>
// IR-DAG: llvm.call @_ZGVdN4vv_pow(%{{.*}}, %{{.*}}) : (vector<4xf64>, vector<4xf64>) -> vector<4xf64>
// IR-DAG: llvm.call @_ZGVdN4vv_atan2(%{{.*}}, %{{.*}}) : (vector<4xf64>, vector<4xf64>) -> vector<4xf64>
// IR-LABEL: llvm.func internal @nbc.fn.maps_f32
// Four f32 lanes fit an xmm register: the SSE variant.
// IR: llvm.call @_ZGVbN4v_sinf(%{{.*}}) : (vector<4xf32>) -> vector<4xf32>
// NONE-NOT: _ZGV

func.func private @printF64(f64)
func.func private @printNewline()
func.func private @printMemrefF64(memref<*xf64>) attributes {llvm.emit_c_interface}

func.func @pf(%x: f64) {
  func.call @printF64(%x) : (f64) -> ()
  func.call @printNewline() : () -> ()
  return
}

// sum(math.sin(v) for v in x); fastmath lets the sum reassociate.
func.func @sum_sin(%x: memref<?xf64>) -> f64 attributes {nbc.kernel = #nbc.kernel<fastmath = fast, error_model = numpy>} {
  %c0 = nbc.constant 0 : si64
  %c1 = nbc.constant 1 : si64
  %zero = nbc.constant 0.0 : f64
  %n = nbc.dim %x, 0 : memref<?xf64>
  %s = nbc.range %i = %c0 to %n step %c1 : si64 iter_args(%acc = %zero) -> (f64) {
    %v = nbc.load %x[%i] : memref<?xf64>, si64
    %r = nbc.math sin %v : f64
    %t = nbc.add %acc, %r : f64
    nbc.yield %t : f64
  }
  return %s : f64
}

// e = exp(x), l = log(x), t = tanh(x), p = x ** 1.5, a = atan2(x, 2)
func.func @maps(%x: memref<?xf64>, %e: memref<?xf64>, %l: memref<?xf64>, %t: memref<?xf64>, %p: memref<?xf64>, %a: memref<?xf64>) attributes {nbc.kernel = #nbc.kernel<error_model = numpy>} {
  %c0 = nbc.constant 0 : si64
  %c1 = nbc.constant 1 : si64
  %h = nbc.constant 1.5 : f64
  %two = nbc.constant 2.0 : f64
  %n = nbc.dim %x, 0 : memref<?xf64>
  nbc.range %i = %c0 to %n step %c1 : si64 {
    %v = nbc.load %x[%i] : memref<?xf64>, si64
    %ev = nbc.math exp %v : f64
    nbc.store %ev, %e[%i] : memref<?xf64>, si64
    %lv = nbc.math log %v : f64
    nbc.store %lv, %l[%i] : memref<?xf64>, si64
    %tv = nbc.math tanh %v : f64
    nbc.store %tv, %t[%i] : memref<?xf64>, si64
    %pv = nbc.pow %v, %h : f64, f64 -> f64
    nbc.store %pv, %p[%i] : memref<?xf64>, si64
    %av = nbc.math2 atan2 %v, %two : f64
    nbc.store %av, %a[%i] : memref<?xf64>, si64
  }
  return
}

// y = sin(x) in float32 (Python: float32(sin(float32(x)))).
func.func @maps_f32(%x: memref<?xf32>, %y: memref<?xf64>) attributes {nbc.kernel = #nbc.kernel<error_model = numpy>} {
  %c0 = nbc.constant 0 : si64
  %c1 = nbc.constant 1 : si64
  %n = nbc.dim %x, 0 : memref<?xf32>
  nbc.range %i = %c0 to %n step %c1 : si64 {
    %v = nbc.load %x[%i] : memref<?xf32>, si64
    %s = nbc.math sin %v : f32
    %w = nbc.cast %s : f32 to f64
    nbc.store %w, %y[%i] : memref<?xf64>, si64
  }
  return
}

func.func @print(%a: memref<?xf64>, %i: si64) {
  %v = nbc.load %a[%i] : memref<?xf64>, si64
  func.call @pf(%v) : (f64) -> ()
  return
}

func.func @main() attributes {nbc.report_errors} {
  %c0 = nbc.constant 0 : si64
  %c1 = nbc.constant 1 : si64
  %c2 = nbc.constant 2 : si64
  %c3 = nbc.constant 3 : si64
  %c500 = nbc.constant 500 : si64
  %c1002 = nbc.constant 1002 : si64
  %n = nbc.constant 1003 : si64
  %lo = nbc.constant 0.01 : f64
  %step = nbc.constant 0.02 : f64
  // x[i] = 0.01 + 0.02 * i, i < 1003
  %x = nbc.empty(%n) : memref<?xf64>, si64
  %x32 = nbc.empty(%n) : memref<?xf32>, si64
  nbc.range %i = %c0 to %n step %c1 : si64 {
    %f = nbc.cast %i : si64 to f64
    %m = nbc.mul %f, %step : f64
    %v = nbc.add %m, %lo : f64
    nbc.store %v, %x[%i] : memref<?xf64>, si64
    %v32 = nbc.cast %v : f64 to f32
    nbc.store %v32, %x32[%i] : memref<?xf32>, si64
  }
  // CHECK: 32.3703
  %s = func.call @sum_sin(%x) : (memref<?xf64>) -> f64
  func.call @pf(%s) : (f64) -> ()

  %e = nbc.empty(%n) : memref<?xf64>, si64
  %l = nbc.empty(%n) : memref<?xf64>, si64
  %t = nbc.empty(%n) : memref<?xf64>, si64
  %p = nbc.empty(%n) : memref<?xf64>, si64
  %a = nbc.empty(%n) : memref<?xf64>, si64
  func.call @maps(%x, %e, %l, %t, %p, %a) : (memref<?xf64>, memref<?xf64>, memref<?xf64>, memref<?xf64>, memref<?xf64>, memref<?xf64>) -> ()
  // CHECK-NEXT: 1.01005
  // CHECK-NEXT: 5.1004e+08
  // CHECK-NEXT: 2.57579e+10
  func.call @print(%e, %c0) : (memref<?xf64>, si64) -> ()
  func.call @print(%e, %c1002) : (memref<?xf64>, si64) -> ()
  // sum(e)
  %se = func.call @sum_arr(%e) : (memref<?xf64>) -> f64
  func.call @pf(%se) : (f64) -> ()
  // CHECK-NEXT: 2.30358
  // CHECK-NEXT: -4.60517
  // CHECK-NEXT: 2.99823
  func.call @print(%l, %c500) : (memref<?xf64>, si64) -> ()
  func.call @print(%l, %c0) : (memref<?xf64>, si64) -> ()
  func.call @print(%l, %c1002) : (memref<?xf64>, si64) -> ()
  // CHECK-NEXT: 0.0698859
  // CHECK-NEXT: {{^1$}}
  func.call @print(%t, %c3) : (memref<?xf64>, si64) -> ()
  func.call @print(%t, %c500) : (memref<?xf64>, si64) -> ()
  // CHECK-NEXT: 31.6702
  // CHECK-NEXT: 0.001
  func.call @print(%p, %c500) : (memref<?xf64>, si64) -> ()
  func.call @print(%p, %c0) : (memref<?xf64>, si64) -> ()
  // CHECK-NEXT: 1.37359
  func.call @print(%a, %c500) : (memref<?xf64>, si64) -> ()

  %y = nbc.empty(%n) : memref<?xf64>, si64
  func.call @maps_f32(%x32, %y) : (memref<?xf32>, memref<?xf64>) -> ()
  // CHECK-NEXT: -0.552385
  // CHECK-NEXT: 0.0499792
  func.call @print(%y, %c500) : (memref<?xf64>, si64) -> ()
  func.call @print(%y, %c2) : (memref<?xf64>, si64) -> ()

  // Special values: 8 lanes, all through the vector loop.
  %c8 = nbc.constant 8 : si64
  %sp = nbc.empty(%c8) : memref<?xf64>, si64
  %nan = nbc.constant 0x7FF8000000000000 : f64
  %inf = nbc.constant 0x7FF0000000000000 : f64
  %ninf = nbc.constant 0xFFF0000000000000 : f64
  %zero = nbc.constant 0.0 : f64
  %nzero = nbc.constant -0.0 : f64
  %big = nbc.constant 1.0e308 : f64
  %neg = nbc.constant -745.5 : f64
  %ovf = nbc.constant 710.0 : f64
  %c4 = nbc.constant 4 : si64
  %c5 = nbc.constant 5 : si64
  %c6 = nbc.constant 6 : si64
  %c7 = nbc.constant 7 : si64
  nbc.store %nan, %sp[%c0] : memref<?xf64>, si64
  nbc.store %inf, %sp[%c1] : memref<?xf64>, si64
  nbc.store %ninf, %sp[%c2] : memref<?xf64>, si64
  nbc.store %zero, %sp[%c3] : memref<?xf64>, si64
  nbc.store %nzero, %sp[%c4] : memref<?xf64>, si64
  nbc.store %big, %sp[%c5] : memref<?xf64>, si64
  nbc.store %neg, %sp[%c6] : memref<?xf64>, si64
  nbc.store %ovf, %sp[%c7] : memref<?xf64>, si64
  %e8 = nbc.empty(%c8) : memref<?xf64>, si64
  %l8 = nbc.empty(%c8) : memref<?xf64>, si64
  %t8 = nbc.empty(%c8) : memref<?xf64>, si64
  %p8 = nbc.empty(%c8) : memref<?xf64>, si64
  %a8 = nbc.empty(%c8) : memref<?xf64>, si64
  func.call @maps(%sp, %e8, %l8, %t8, %p8, %a8) : (memref<?xf64>, memref<?xf64>, memref<?xf64>, memref<?xf64>, memref<?xf64>, memref<?xf64>) -> ()
  // exp: [nan, inf, 0, 1, 1, inf, 0, inf]
  // CHECK: [nan,  inf,  0,  1,  1,  inf,  0,  inf]
  %eu = memref.cast %e8 : memref<?xf64> to memref<*xf64>
  func.call @printMemrefF64(%eu) : (memref<*xf64>) -> ()
  // log: [nan, inf, nan, -inf, -inf, 709.196, nan, 6.56526] (NaN's sign is not checked)
  // CHECK: [nan,  inf,  {{-?}}nan,  -inf,  -inf,  709.196,  {{-?}}nan,  6.56526]
  %lu = memref.cast %l8 : memref<?xf64> to memref<*xf64>
  func.call @printMemrefF64(%lu) : (memref<*xf64>) -> ()
  // tanh: [nan, 1, -1, 0, -0, 1, -1, 1]
  // CHECK: [nan,  1,  -1,  0,  -0,  1,  -1,  1]
  %tu = memref.cast %t8 : memref<?xf64> to memref<*xf64>
  func.call @printMemrefF64(%tu) : (memref<*xf64>) -> ()
  // x ** 1.5: [nan, inf, inf, 0, 0, inf, nan, 18918.5]
  // CHECK: [nan,  inf,  inf,  0,  0,  inf,  {{-?}}nan,  18918.5]
  %pu = memref.cast %p8 : memref<?xf64> to memref<*xf64>
  func.call @printMemrefF64(%pu) : (memref<*xf64>) -> ()
  return
}

func.func @sum_arr(%x: memref<?xf64>) -> f64 {
  %c0 = nbc.constant 0 : si64
  %c1 = nbc.constant 1 : si64
  %zero = nbc.constant 0.0 : f64
  %n = nbc.dim %x, 0 : memref<?xf64>
  %s = nbc.range %i = %c0 to %n step %c1 : si64 iter_args(%acc = %zero) -> (f64) {
    %v = nbc.load %x[%i] : memref<?xf64>, si64
    %t = nbc.add %acc, %v : f64
    nbc.yield %t : f64
  }
  return %s : f64
}
