// REQUIRES: x86_64
// RUN: nbc-opt %s --convert-nbc-to-core | FileCheck %s
// RUN: nbc-opt %s --nbc-to-llvm | FileCheck %s --check-prefix=LLVM

// On x86-64, int() in scalar code converts first, with cvttsd2si/cvttss2si
// called as LLVM intrinsics: unlike fptosi (poison for NaN and out-of-range
// values) they are defined for every input and give INT_MIN, the "integer
// indefinite". The one test on the hot path is `result != INT_MIN`; the else
// branch (NaN, inf, out of range, and -2^63 itself) saturates and raises.
// CHECK-LABEL: func @histogram_bin
// CHECK: scf.for
// CHECK: %[[MIN:.*]] = arith.constant -9223372036854775808 : i64
// CHECK: %[[V:.*]] = llvm.insertelement %[[X:.*]], %{{.*}}[%{{.*}} : i64] : vector<2xf64>
// CHECK: %[[T:.*]] = llvm.call_intrinsic "llvm.x86.sse2.cvttsd2si64"(%[[V]]) : (vector<2xf64>) -> i64
// CHECK: %[[OK:.*]] = arith.cmpi ne, %[[T]], %[[MIN]] : i64
// CHECK: scf.if %[[OK]] -> (i64) {
// CHECK-NEXT: scf.yield %[[T]] : i64
// CHECK-NEXT: } else {
// CHECK: arith.cmpf uno, %[[X]], %[[X]] : f64
// CHECK: nbc.raise_if %{{.*}}, ValueError, "cannot convert float NaN to integer"
// CHECK: nbc.raise_if %{{.*}}, OverflowError, "cannot convert float infinity to integer"
// CHECK: scf.yield
// The whole pipeline keeps the call (deallocation and the loop passes see a
// memory-effect-free op).
// LLVM-LABEL: llvm.func internal @nbc.fn.histogram_bin
// LLVM: llvm.call_intrinsic "llvm.x86.sse2.cvttsd2si64"
func.func @histogram_bin(%a: memref<?xf64>, %h: memref<?xsi64>) {
  %c0 = nbc.constant 0 : si64
  %c1 = nbc.constant 1 : si64
  %n = nbc.dim %a, 0 : memref<?xf64>
  nbc.range %i = %c0 to %n step %c1 : si64 {
    %x = nbc.load %a[%i] {noboundscheck} : memref<?xf64>, si64
    %k = nbc.cast %x : f64 to si64
    %ok = nbc.cmp le, %c0, %k : si64
    scf.if %ok {
      nbc.store %c1, %h[%k] {noboundscheck} : memref<?xsi64>, si64
    }
    nbc.yield
  }
  return
}

// 32-bit results and float32 sources: the matching intrinsic, the same test.
// CHECK-LABEL: func @widths
// CHECK: llvm.call_intrinsic "llvm.x86.sse2.cvttsd2si"(%{{.*}}) : (vector<2xf64>) -> i32
// CHECK: arith.cmpi ne, %{{.*}}, %{{.*}} : i32
// CHECK: llvm.call_intrinsic "llvm.x86.sse.cvttss2si64"(%{{.*}}) : (vector<4xf32>) -> i64
// CHECK: llvm.call_intrinsic "llvm.x86.sse.cvttss2si"(%{{.*}}) : (vector<4xf32>) -> i32
// Unsigned and narrower results keep the float-range test (no intrinsic).
// CHECK-NOT: llvm.call_intrinsic
// CHECK: return
func.func @widths(%x: f64, %y: f32) -> (si32, si64, si32, ui32, si16) {
  %0 = nbc.cast %x : f64 to si32
  %1 = nbc.cast %y : f32 to si64
  %2 = nbc.cast %y : f32 to si32
  %3 = nbc.cast %x : f64 to ui32
  %4 = nbc.cast %x : f64 to si16
  return %0, %1, %2, %3, %4 : si32, si64, si32, ui32, si16
}

// Under error_model = numpy (NumPy's astype) scalar code is the hardware
// conversion alone: no test, no branch, its INT_MIN kept; int8 keeps the low
// bits of the 32-bit conversion.
// CHECK-LABEL: func @numpy_casts
// CHECK-NOT: scf.if
// CHECK: %[[T64:.*]] = llvm.call_intrinsic "llvm.x86.sse2.cvttsd2si64"
// CHECK: %[[T32:.*]] = llvm.call_intrinsic "llvm.x86.sse2.cvttsd2si"
// CHECK: %[[I8:.*]] = arith.trunci %[[T32]] : i32 to i8
// CHECK-NOT: scf.if
// CHECK: return %[[T64]], %[[I8]] : i64, i8
func.func @numpy_casts(%x: f64) -> (si64, si8) attributes {nbc.kernel = #nbc.kernel<error_model = numpy>} {
  %a = nbc.cast %x : f64 to si64
  %b = nbc.cast %x : f64 to si8
  return %a, %b : si64, si8
}
