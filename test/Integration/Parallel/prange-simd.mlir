// prange loops strip-mined into blocks (nbc-strip-mine-parallel) whose
// inner loops nbc-vectorize turns into vector loops, run on 2 OpenMP
// threads, for n in 0, 1, 3, 4, 5, 1000, 1001: a float sum of squares,
// five reductions in one loop (int add/max/min/xor, float add), negative
// steps, float min/max with NaN elements and NaN/inf inits (Python's
// max(acc, x) order: a NaN element never wins, a NaN init stays), an
// elementwise prange, and a sum of -0.0 values (must stay -0.0). The inputs
// are small integers, so the reassociated float sums are exact. Expected
// values: the same loops in CPython (printed with %g).
// RUN: nbc-opt --nbc-to-llvm %s | env OMP_NUM_THREADS=2 mlir-runner -e _mlir_ciface_main -entry-point-result=void -shared-libs=%mlir_c_runner_utils,%mlir_runner_utils,%libomp,%nbc_runtime | FileCheck %s
// RUN: nbc-opt --nbc-to-llvm=vector-width=4 %s | FileCheck %s --check-prefix=IR
// RUN: env OMP_NUM_THREADS=2 nbc-run %s --fn=main --shared-libs=%mlir_c_runner_utils,%mlir_runner_utils | FileCheck %s
// RUN: env OMP_NUM_THREADS=2 nbc-run --aot %s --fn=main --shared-libs=%mlir_c_runner_utils,%mlir_runner_utils | FileCheck %s
// Without the OpenMP lowering the blocks run serially and give the same.
// RUN: nbc-opt --nbc-to-llvm=parallel=false %s | mlir-runner -e _mlir_ciface_main -entry-point-result=void -shared-libs=%mlir_c_runner_utils,%mlir_runner_utils,%nbc_runtime | FileCheck %s
// The sum of squares and the elementwise loop run as vector<4xf64> inside
// the omp.wsloop.
// IR-LABEL: llvm.func internal @nbc.fn.psumsq
// IR: omp.wsloop
// IR: llvm.load {{.*}} -> vector<4xf64>
// IR: llvm.fmul {{.*}} : vector<4xf64>
// IR: llvm.fadd {{.*}} : vector<4xf64>
// IR: omp.yield
// IR-LABEL: llvm.func internal @nbc.fn.pscale
// IR: omp.wsloop
// IR: llvm.load {{.*}} -> vector<4xf64>
// IR: llvm.store {{.*}} : vector<4xf64>, !llvm.ptr
// IR: omp.yield

func.func private @printF64(f64)
func.func private @printI64(si64)
func.func private @printNewline()

// init 0.5 + sum(a[i] * a[i])
func.func @psumsq(%a: memref<?xf64>) -> f64
    attributes {nbc.kernel = #nbc.kernel<parallel = true>} {
  %c0 = nbc.constant 0 : si64
  %c1 = nbc.constant 1 : si64
  %init = nbc.constant 0.5 : f64
  %n = nbc.dim %a, 0 : memref<?xf64>
  %r = nbc.prange (%i) = (%c0) to (%n) step (%c1) : si64 reduce(add %acc = %init : f64) {
    %x = nbc.load %a[%i] : memref<?xf64>, si64
    %sq = nbc.mul %x, %x : f64
    %s = nbc.add %acc, %sq : f64
    nbc.yield %s : f64
  }
  return %r : f64
}

// s = 7 + sum(b), mx = max(-1000, b...), mn = min(1000, b...),
// f = -0.25 + sum(3 a[i]), x = 5 ^ b[0] ^ ...
func.func @pmulti(%a: memref<?xf64>, %b: memref<?xsi64>) -> (si64, si64, si64, f64, si64)
    attributes {nbc.kernel = #nbc.kernel<parallel = true>} {
  %c0 = nbc.constant 0 : si64
  %c1 = nbc.constant 1 : si64
  %c5 = nbc.constant 5 : si64
  %c7 = nbc.constant 7 : si64
  %lo = nbc.constant -1000 : si64
  %hi = nbc.constant 1000 : si64
  %f0 = nbc.constant -0.25 : f64
  %three = nbc.constant 3.0 : f64
  %n = nbc.dim %a, 0 : memref<?xf64>
  %r:5 = nbc.prange (%i) = (%c0) to (%n) step (%c1) : si64
      reduce(add %s = %c7 : si64, max %mx = %lo : si64, min %mn = %hi : si64,
             add %f = %f0 : f64, xor %x = %c5 : si64) {
    %bi = nbc.load %b[%i] : memref<?xsi64>, si64
    %ai = nbc.load %a[%i] : memref<?xf64>, si64
    %s1 = nbc.add %s, %bi : si64
    %mx1 = nbc.max %mx, %bi : si64
    %mn1 = nbc.min %mn, %bi : si64
    %t = nbc.mul %ai, %three : f64
    %f1 = nbc.add %f, %t : f64
    %x1 = nbc.xor %x, %bi : si64
    nbc.yield %s1, %mx1, %mn1, %f1, %x1 : si64, si64, si64, f64, si64
  }
  return %r#0, %r#1, %r#2, %r#3, %r#4 : si64, si64, si64, f64, si64
}

// f = 1.5 + sum(0.5 a[i]), s = 3 + sum(i * i) for i in prange(n - 1, -1, step)
func.func @pneg(%a: memref<?xf64>, %step: si64) -> (f64, si64)
    attributes {nbc.kernel = #nbc.kernel<parallel = true>} {
  %c1 = nbc.constant 1 : si64
  %cm1 = nbc.constant -1 : si64
  %c3 = nbc.constant 3 : si64
  %f0 = nbc.constant 1.5 : f64
  %half = nbc.constant 0.5 : f64
  %n = nbc.dim %a, 0 : memref<?xf64>
  %start = nbc.sub %n, %c1 : si64
  %r:2 = nbc.prange (%i) = (%start) to (%cm1) step (%step) : si64
      reduce(add %f = %f0 : f64, add %s = %c3 : si64) {
    %ai = nbc.load %a[%i] : memref<?xf64>, si64
    %t = nbc.mul %ai, %half : f64
    %f1 = nbc.add %f, %t : f64
    %sq = nbc.mul %i, %i : si64
    %s1 = nbc.add %s, %sq : si64
    nbc.yield %f1, %s1 : f64, si64
  }
  return %r#0, %r#1 : f64, si64
}

// mx = max(mx, c[i]), mn = min(mn, c[i]) in Python's argument order: a
// NaN element never replaces the accumulator, a NaN init stays.
func.func @pminmax(%c: memref<?xf64>, %lo: f64, %hi: f64) -> (f64, f64)
    attributes {nbc.kernel = #nbc.kernel<parallel = true>} {
  %c0 = nbc.constant 0 : si64
  %c1 = nbc.constant 1 : si64
  %n = nbc.dim %c, 0 : memref<?xf64>
  %r:2 = nbc.prange (%i) = (%c0) to (%n) step (%c1) : si64
      reduce(max %mx = %lo : f64, min %mn = %hi : f64) {
    %x = nbc.load %c[%i] : memref<?xf64>, si64
    %m1 = nbc.max %mx, %x : f64
    %m2 = nbc.min %mn, %x : f64
    nbc.yield %m1, %m2 : f64, f64
  }
  return %r#0, %r#1 : f64, f64
}

// out[i] = 2 a[i] + 1
func.func @pscale(%a: memref<?xf64>, %out: memref<?xf64>)
    attributes {nbc.kernel = #nbc.kernel<parallel = true>} {
  %c0 = nbc.constant 0 : si64
  %c1 = nbc.constant 1 : si64
  %two = nbc.constant 2.0 : f64
  %one = nbc.constant 1.0 : f64
  %n = nbc.dim %a, 0 : memref<?xf64>
  nbc.prange (%i) = (%c0) to (%n) step (%c1) : si64 {
    %x = nbc.load %a[%i] : memref<?xf64>, si64
    %t = nbc.mul %x, %two : f64
    %y = nbc.add %t, %one : f64
    nbc.store %y, %out[%i] : memref<?xf64>, si64
    nbc.yield
  }
  return
}

// init + sum(a)
func.func @psum(%a: memref<?xf64>, %init: f64) -> f64
    attributes {nbc.kernel = #nbc.kernel<parallel = true>} {
  %c0 = nbc.constant 0 : si64
  %c1 = nbc.constant 1 : si64
  %n = nbc.dim %a, 0 : memref<?xf64>
  %r = nbc.prange (%i) = (%c0) to (%n) step (%c1) : si64 reduce(add %acc = %init : f64) {
    %x = nbc.load %a[%i] : memref<?xf64>, si64
    %s = nbc.add %acc, %x : f64
    nbc.yield %s : f64
  }
  return %r : f64
}

func.func @pf(%x: f64) {
  func.call @printF64(%x) : (f64) -> ()
  func.call @printNewline() : () -> ()
  return
}

func.func @pi(%x: si64) {
  func.call @printI64(%x) : (si64) -> ()
  func.call @printNewline() : () -> ()
  return
}

// Fills a[i] = (7 i mod 11) - 5, b[i] = (37 i mod 101) - 50, c = a with
// NaN where i mod 13 == 2, z = -0.0, and prints every kernel's results.
func.func @run(%n: si64) {
  %c0 = nbc.constant 0 : si64
  %c1 = nbc.constant 1 : si64
  %c2 = nbc.constant 2 : si64
  %c5 = nbc.constant 5 : si64
  %c7 = nbc.constant 7 : si64
  %c11 = nbc.constant 11 : si64
  %c13 = nbc.constant 13 : si64
  %c37 = nbc.constant 37 : si64
  %c50 = nbc.constant 50 : si64
  %c101 = nbc.constant 101 : si64
  %nan = nbc.constant 0x7FF8000000000000 : f64
  %mzero = nbc.constant -0.0 : f64
  %a = nbc.empty(%n) : memref<?xf64>, si64
  %b = nbc.empty(%n) : memref<?xsi64>, si64
  %c = nbc.empty(%n) : memref<?xf64>, si64
  %z = nbc.empty(%n) : memref<?xf64>, si64
  %o = nbc.empty(%n) : memref<?xf64>, si64
  nbc.range %i = %c0 to %n step %c1 : si64 {
    %t = nbc.mul %i, %c7 : si64
    %m = nbc.mod %t, %c11 : si64
    %v = nbc.sub %m, %c5 : si64
    %f = nbc.cast %v : si64 to f64
    nbc.store %f, %a[%i] : memref<?xf64>, si64
    %t2 = nbc.mul %i, %c37 : si64
    %m2 = nbc.mod %t2, %c101 : si64
    %v2 = nbc.sub %m2, %c50 : si64
    nbc.store %v2, %b[%i] : memref<?xsi64>, si64
    %m3 = nbc.mod %i, %c13 : si64
    %isnan = nbc.cmp eq, %m3, %c2 : si64
    %cv = nbc.select %isnan, %nan, %f : f64
    nbc.store %cv, %c[%i] : memref<?xf64>, si64
    nbc.store %mzero, %z[%i] : memref<?xf64>, si64
  }
  %k1 = func.call @psumsq(%a) : (memref<?xf64>) -> f64
  func.call @pf(%k1) : (f64) -> ()
  %k2:5 = func.call @pmulti(%a, %b) : (memref<?xf64>, memref<?xsi64>) -> (si64, si64, si64, f64, si64)
  func.call @pi(%k2#0) : (si64) -> ()
  func.call @pi(%k2#1) : (si64) -> ()
  func.call @pi(%k2#2) : (si64) -> ()
  func.call @pf(%k2#3) : (f64) -> ()
  func.call @pi(%k2#4) : (si64) -> ()
  %cm1 = nbc.constant -1 : si64
  %cm2 = nbc.constant -2 : si64
  %k3:2 = func.call @pneg(%a, %cm1) : (memref<?xf64>, si64) -> (f64, si64)
  func.call @pf(%k3#0) : (f64) -> ()
  func.call @pi(%k3#1) : (si64) -> ()
  %k4:2 = func.call @pneg(%a, %cm2) : (memref<?xf64>, si64) -> (f64, si64)
  func.call @pf(%k4#0) : (f64) -> ()
  func.call @pi(%k4#1) : (si64) -> ()
  %lo = nbc.constant -1000.0 : f64
  %hi = nbc.constant 1000.0 : f64
  %k5:2 = func.call @pminmax(%c, %lo, %hi) : (memref<?xf64>, f64, f64) -> (f64, f64)
  func.call @pf(%k5#0) : (f64) -> ()
  func.call @pf(%k5#1) : (f64) -> ()
  %k6:2 = func.call @pminmax(%c, %nan, %nan) : (memref<?xf64>, f64, f64) -> (f64, f64)
  func.call @pf(%k6#0) : (f64) -> ()
  func.call @pf(%k6#1) : (f64) -> ()
  %ninf = nbc.constant 0xFFF0000000000000 : f64
  %pinf = nbc.constant 0x7FF0000000000000 : f64
  %k7:2 = func.call @pminmax(%c, %ninf, %pinf) : (memref<?xf64>, f64, f64) -> (f64, f64)
  func.call @pf(%k7#0) : (f64) -> ()
  func.call @pf(%k7#1) : (f64) -> ()
  func.call @pscale(%a, %o) : (memref<?xf64>, memref<?xf64>) -> ()
  %zero = nbc.constant 0.0 : f64
  %cs = nbc.range %i = %c0 to %n step %c1 : si64 iter_args(%acc = %zero) -> (f64) {
    %x = nbc.load %o[%i] : memref<?xf64>, si64
    %m = nbc.mod %i, %c5 : si64
    %w1 = nbc.add %m, %c1 : si64
    %w = nbc.cast %w1 : si64 to f64
    %p = nbc.mul %x, %w : f64
    %s = nbc.add %acc, %p : f64
    nbc.yield %s : f64
  }
  func.call @pf(%cs) : (f64) -> ()
  %k8 = func.call @psum(%z, %mzero) : (memref<?xf64>, f64) -> f64
  func.call @pf(%k8) : (f64) -> ()
  return
}

func.func @main() attributes {nbc.report_errors} {
  %n0 = nbc.constant 0 : si64
  func.call @run(%n0) : (si64) -> ()
  // n = 0
  // CHECK: {{^}}0.5{{$}}
  // CHECK-NEXT: {{^}}7{{$}}
  // CHECK-NEXT: {{^}}-1000{{$}}
  // CHECK-NEXT: {{^}}1000{{$}}
  // CHECK-NEXT: {{^}}-0.25{{$}}
  // CHECK-NEXT: {{^}}5{{$}}
  // CHECK-NEXT: {{^}}1.5{{$}}
  // CHECK-NEXT: {{^}}3{{$}}
  // CHECK-NEXT: {{^}}1.5{{$}}
  // CHECK-NEXT: {{^}}3{{$}}
  // CHECK-NEXT: {{^}}-1000{{$}}
  // CHECK-NEXT: {{^}}1000{{$}}
  // CHECK-NEXT: {{^}}nan{{$}}
  // CHECK-NEXT: {{^}}nan{{$}}
  // CHECK-NEXT: {{^}}-inf{{$}}
  // CHECK-NEXT: {{^}}inf{{$}}
  // CHECK-NEXT: {{^}}0{{$}}
  // CHECK-NEXT: {{^}}-0{{$}}
  %n1 = nbc.constant 1 : si64
  func.call @run(%n1) : (si64) -> ()
  // n = 1
  // CHECK-NEXT: {{^}}25.5{{$}}
  // CHECK-NEXT: {{^}}-43{{$}}
  // CHECK-NEXT: {{^}}-50{{$}}
  // CHECK-NEXT: {{^}}-50{{$}}
  // CHECK-NEXT: {{^}}-15.25{{$}}
  // CHECK-NEXT: {{^}}-53{{$}}
  // CHECK-NEXT: {{^}}-1{{$}}
  // CHECK-NEXT: {{^}}3{{$}}
  // CHECK-NEXT: {{^}}-1{{$}}
  // CHECK-NEXT: {{^}}3{{$}}
  // CHECK-NEXT: {{^}}-5{{$}}
  // CHECK-NEXT: {{^}}-5{{$}}
  // CHECK-NEXT: {{^}}nan{{$}}
  // CHECK-NEXT: {{^}}nan{{$}}
  // CHECK-NEXT: {{^}}-5{{$}}
  // CHECK-NEXT: {{^}}-5{{$}}
  // CHECK-NEXT: {{^}}-9{{$}}
  // CHECK-NEXT: {{^}}-0{{$}}
  %n2 = nbc.constant 3 : si64
  func.call @run(%n2) : (si64) -> ()
  // n = 3
  // CHECK-NEXT: {{^}}33.5{{$}}
  // CHECK-NEXT: {{^}}-32{{$}}
  // CHECK-NEXT: {{^}}24{{$}}
  // CHECK-NEXT: {{^}}-50{{$}}
  // CHECK-NEXT: {{^}}-15.25{{$}}
  // CHECK-NEXT: {{^}}32{{$}}
  // CHECK-NEXT: {{^}}-1{{$}}
  // CHECK-NEXT: {{^}}8{{$}}
  // CHECK-NEXT: {{^}}-2{{$}}
  // CHECK-NEXT: {{^}}7{{$}}
  // CHECK-NEXT: {{^}}2{{$}}
  // CHECK-NEXT: {{^}}-5{{$}}
  // CHECK-NEXT: {{^}}nan{{$}}
  // CHECK-NEXT: {{^}}nan{{$}}
  // CHECK-NEXT: {{^}}2{{$}}
  // CHECK-NEXT: {{^}}-5{{$}}
  // CHECK-NEXT: {{^}}-8{{$}}
  // CHECK-NEXT: {{^}}-0{{$}}
  %n3 = nbc.constant 4 : si64
  func.call @run(%n3) : (si64) -> ()
  // n = 4
  // CHECK-NEXT: {{^}}58.5{{$}}
  // CHECK-NEXT: {{^}}-72{{$}}
  // CHECK-NEXT: {{^}}24{{$}}
  // CHECK-NEXT: {{^}}-50{{$}}
  // CHECK-NEXT: {{^}}-0.25{{$}}
  // CHECK-NEXT: {{^}}-8{{$}}
  // CHECK-NEXT: {{^}}1.5{{$}}
  // CHECK-NEXT: {{^}}17{{$}}
  // CHECK-NEXT: {{^}}5{{$}}
  // CHECK-NEXT: {{^}}13{{$}}
  // CHECK-NEXT: {{^}}5{{$}}
  // CHECK-NEXT: {{^}}-5{{$}}
  // CHECK-NEXT: {{^}}nan{{$}}
  // CHECK-NEXT: {{^}}nan{{$}}
  // CHECK-NEXT: {{^}}5{{$}}
  // CHECK-NEXT: {{^}}-5{{$}}
  // CHECK-NEXT: {{^}}36{{$}}
  // CHECK-NEXT: {{^}}-0{{$}}
  %n4 = nbc.constant 5 : si64
  func.call @run(%n4) : (si64) -> ()
  // n = 5
  // CHECK-NEXT: {{^}}59.5{{$}}
  // CHECK-NEXT: {{^}}-75{{$}}
  // CHECK-NEXT: {{^}}24{{$}}
  // CHECK-NEXT: {{^}}-50{{$}}
  // CHECK-NEXT: {{^}}2.75{{$}}
  // CHECK-NEXT: {{^}}5{{$}}
  // CHECK-NEXT: {{^}}2{{$}}
  // CHECK-NEXT: {{^}}33{{$}}
  // CHECK-NEXT: {{^}}-1.5{{$}}
  // CHECK-NEXT: {{^}}23{{$}}
  // CHECK-NEXT: {{^}}5{{$}}
  // CHECK-NEXT: {{^}}-5{{$}}
  // CHECK-NEXT: {{^}}nan{{$}}
  // CHECK-NEXT: {{^}}nan{{$}}
  // CHECK-NEXT: {{^}}5{{$}}
  // CHECK-NEXT: {{^}}-5{{$}}
  // CHECK-NEXT: {{^}}51{{$}}
  // CHECK-NEXT: {{^}}-0{{$}}
  %n5 = nbc.constant 1000 : si64
  func.call @run(%n5) : (si64) -> ()
  // n = 1000
  // CHECK-NEXT: {{^}}10009.5{{$}}
  // CHECK-NEXT: {{^}}17{{$}}
  // CHECK-NEXT: {{^}}50{{$}}
  // CHECK-NEXT: {{^}}-50{{$}}
  // CHECK-NEXT: {{^}}2.75{{$}}
  // CHECK-NEXT: {{^}}-59{{$}}
  // CHECK-NEXT: {{^}}2{{$}}
  // CHECK-NEXT: {{^}}332833503{{$}}
  // CHECK-NEXT: {{^}}5{{$}}
  // CHECK-NEXT: {{^}}166666503{{$}}
  // CHECK-NEXT: {{^}}5{{$}}
  // CHECK-NEXT: {{^}}-5{{$}}
  // CHECK-NEXT: {{^}}nan{{$}}
  // CHECK-NEXT: {{^}}nan{{$}}
  // CHECK-NEXT: {{^}}5{{$}}
  // CHECK-NEXT: {{^}}-5{{$}}
  // CHECK-NEXT: {{^}}3044{{$}}
  // CHECK-NEXT: {{^}}-0{{$}}
  %n6 = nbc.constant 1001 : si64
  func.call @run(%n6) : (si64) -> ()
  // n = 1001
  // CHECK-NEXT: {{^}}10010.5{{$}}
  // CHECK-NEXT: {{^}}1{{$}}
  // CHECK-NEXT: {{^}}50{{$}}
  // CHECK-NEXT: {{^}}-50{{$}}
  // CHECK-NEXT: {{^}}-0.25{{$}}
  // CHECK-NEXT: {{^}}53{{$}}
  // CHECK-NEXT: {{^}}1.5{{$}}
  // CHECK-NEXT: {{^}}333833503{{$}}
  // CHECK-NEXT: {{^}}-2{{$}}
  // CHECK-NEXT: {{^}}167167003{{$}}
  // CHECK-NEXT: {{^}}5{{$}}
  // CHECK-NEXT: {{^}}-5{{$}}
  // CHECK-NEXT: {{^}}nan{{$}}
  // CHECK-NEXT: {{^}}nan{{$}}
  // CHECK-NEXT: {{^}}5{{$}}
  // CHECK-NEXT: {{^}}-5{{$}}
  // CHECK-NEXT: {{^}}3043{{$}}
  // CHECK-NEXT: {{^}}-0{{$}}
  return
}
