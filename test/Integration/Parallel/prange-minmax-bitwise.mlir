// prange min/max (the init takes part: it may win), and/or/xor reductions
// and several reductions with conditional updates in one loop, on 2
// OpenMP threads. b[i] = (37 i mod 101) - 50 for i in range(200); expected
// values from CPython.
// RUN: nbc-opt --nbc-to-llvm %s | env OMP_NUM_THREADS=2 mlir-runner -e _mlir_ciface_main -entry-point-result=void -shared-libs=%mlir_c_runner_utils,%mlir_runner_utils,%libomp,%nbc_runtime | FileCheck %s
// RUN: nbc-opt --nbc-to-llvm %s | FileCheck %s --check-prefix=IR
// The same, run by nbc-run through the JIT and through an AOT shared library.
// RUN: env OMP_NUM_THREADS=2 nbc-run %s --fn=main --shared-libs=%mlir_c_runner_utils,%mlir_runner_utils | FileCheck %s
// RUN: env OMP_NUM_THREADS=2 nbc-run --aot %s --fn=main --shared-libs=%mlir_c_runner_utils,%mlir_runner_utils | FileCheck %s
// IR-COUNT-3: omp.wsloop

func.func private @printF64(f64)
func.func private @printI64(si64)
func.func private @printNewline()

func.func @pminmax(%a: memref<?xf64>, %lo: f64, %hi: f64) -> (f64, f64)
    attributes {nbc.kernel = #nbc.kernel<parallel = true>} {
  %c0 = nbc.constant 0 : si64
  %c1 = nbc.constant 1 : si64
  %n = nbc.dim %a, 0 : memref<?xf64>
  %r:2 = nbc.prange (%i) = (%c0) to (%n) step (%c1) : si64
      reduce(max %mx = %lo : f64, min %mn = %hi : f64) {
    %x = nbc.load %a[%i] : memref<?xf64>, si64
    %m1 = nbc.max %mx, %x : f64
    %m2 = nbc.min %mn, %x : f64
    nbc.yield %m1, %m2 : f64, f64
  }
  return %r#0, %r#1 : f64, f64
}

// or from 256, and of (i | 48) from 63, xor of 3 i from 5, i in range(n).
func.func @pbits(%n: si64) -> (si64, si64, si64)
    attributes {nbc.kernel = #nbc.kernel<parallel = true>} {
  %c0 = nbc.constant 0 : si64
  %c1 = nbc.constant 1 : si64
  %c3 = nbc.constant 3 : si64
  %c48 = nbc.constant 48 : si64
  %c63 = nbc.constant 63 : si64
  %c5 = nbc.constant 5 : si64
  %c256 = nbc.constant 256 : si64
  %r:3 = nbc.prange (%i) = (%c0) to (%n) step (%c1) : si64
      reduce(or %o = %c256 : si64, and %x = %c63 : si64, xor %y = %c5 : si64) {
    %o1 = nbc.or %o, %i : si64
    %m = nbc.or %i, %c48 : si64
    %x1 = nbc.and %x, %m : si64
    %t = nbc.mul %i, %c3 : si64
    %y1 = nbc.xor %y, %t : si64
    nbc.yield %o1, %x1, %y1 : si64, si64, si64
  }
  return %r#0, %r#1, %r#2 : si64, si64, si64
}

// if v > 0: s += v; count += 1;  last = max(last, i if v == 49 else -1)
func.func @pcond(%a: memref<?xf64>) -> (f64, si64, si64)
    attributes {nbc.kernel = #nbc.kernel<parallel = true>} {
  %c0 = nbc.constant 0 : si64
  %c1 = nbc.constant 1 : si64
  %c3 = nbc.constant 3 : si64
  %cm1 = nbc.constant -1 : si64
  %half = nbc.constant 0.5 : f64
  %zero = nbc.constant 0.0 : f64
  %f49 = nbc.constant 49.0 : f64
  %n = nbc.dim %a, 0 : memref<?xf64>
  %r:3 = nbc.prange (%i) = (%c0) to (%n) step (%c1) : si64
      reduce(add %s = %half : f64, add %cnt = %c3 : si64, max %last = %cm1 : si64) {
    %v = nbc.load %a[%i] : memref<?xf64>, si64
    %pos = nbc.cmp gt, %v, %zero : f64
    %s1 = nbc.add %s, %v : f64
    %s2 = nbc.select %pos, %s1, %s : f64
    %cnt1 = nbc.add %cnt, %c1 : si64
    %cnt2 = nbc.select %pos, %cnt1, %cnt : si64
    %is49 = nbc.cmp eq, %v, %f49 : f64
    %cand = nbc.select %is49, %i, %cm1 : si64
    %last1 = nbc.max %last, %cand : si64
    nbc.yield %s2, %cnt2, %last1 : f64, si64, si64
  }
  return %r#0, %r#1, %r#2 : f64, si64, si64
}

func.func @print3(%a: f64, %b: f64) {
  func.call @printF64(%a) : (f64) -> ()
  func.call @printNewline() : () -> ()
  func.call @printF64(%b) : (f64) -> ()
  func.call @printNewline() : () -> ()
  return
}

func.func @main() attributes {nbc.report_errors} {
  %c0 = nbc.constant 0 : si64
  %c1 = nbc.constant 1 : si64
  %c37 = nbc.constant 37 : si64
  %c101 = nbc.constant 101 : si64
  %c50 = nbc.constant 50 : si64
  %n = nbc.constant 200 : si64
  %a = nbc.empty(%n) : memref<?xf64>, si64
  nbc.range %i = %c0 to %n step %c1 : si64 {
    %t = nbc.mul %i, %c37 : si64
    %m = nbc.mod %t, %c101 : si64
    %v = nbc.sub %m, %c50 : si64
    %f = nbc.cast %v : si64 to f64
    nbc.store %f, %a[%i] : memref<?xf64>, si64
  }
  // CHECK: 50
  // CHECK-NEXT: -50
  %lo = nbc.constant -1000.0 : f64
  %hi = nbc.constant 1000.0 : f64
  %r:2 = func.call @pminmax(%a, %lo, %hi) : (memref<?xf64>, f64, f64) -> (f64, f64)
  func.call @print3(%r#0, %r#1) : (f64, f64) -> ()
  // The inits win: 100, -60.
  // CHECK-NEXT: 100
  // CHECK-NEXT: -60
  %lo2 = nbc.constant 100.0 : f64
  %hi2 = nbc.constant -60.0 : f64
  %q:2 = func.call @pminmax(%a, %lo2, %hi2) : (memref<?xf64>, f64, f64) -> (f64, f64)
  func.call @print3(%q#0, %q#1) : (f64, f64) -> ()
  // CHECK-NEXT: 271
  // CHECK-NEXT: 48
  // CHECK-NEXT: 14
  %c10 = nbc.constant 10 : si64
  %b:3 = func.call @pbits(%c10) : (si64) -> (si64, si64, si64)
  func.call @printI64(%b#0) : (si64) -> ()
  func.call @printNewline() : () -> ()
  func.call @printI64(%b#1) : (si64) -> ()
  func.call @printNewline() : () -> ()
  func.call @printI64(%b#2) : (si64) -> ()
  func.call @printNewline() : () -> ()
  // CHECK-NEXT: 2536.5
  // CHECK-NEXT: 102
  // CHECK-NEXT: 161
  %c:3 = func.call @pcond(%a) : (memref<?xf64>) -> (f64, si64, si64)
  func.call @printF64(%c#0) : (f64) -> ()
  func.call @printNewline() : () -> ()
  func.call @printI64(%c#1) : (si64) -> ()
  func.call @printNewline() : () -> ()
  func.call @printI64(%c#2) : (si64) -> ()
  func.call @printNewline() : () -> ()
  return
}
