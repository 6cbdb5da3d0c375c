// nbc ops on complex numbers lower to the upstream complex dialect.
// RUN: nbc-opt %s --convert-nbc-to-core | FileCheck %s

// CHECK-DAG: func.func private @hypotf(f32, f32) -> f32
// CHECK-DAG: func.func private @hypot(f64, f64) -> f64
// CHECK-DAG: func.func private @nbc_rt_cmath(i32, i32, f64, f64) -> complex<f64>
// CHECK-DAG: func.func private @nbc_rt_cmath_status() -> i32

// CHECK-LABEL: func @arith
// CHECK-SAME: (%[[U:.*]]: complex<f64>, %[[V:.*]]: complex<f64>)
func.func @arith(%u: complex<f64>, %v: complex<f64>) -> complex<f64> {
  // CHECK: %[[A:.*]] = complex.add %[[U]], %[[V]] : complex<f64>
  %a = nbc.add %u, %v : complex<f64>
  // CHECK: %[[S:.*]] = complex.sub %[[A]], %[[V]] : complex<f64>
  %s = nbc.sub %a, %v : complex<f64>
  // CHECK: %[[M:.*]] = complex.mul %[[S]], %[[U]] : complex<f64>
  %m = nbc.mul %s, %u : complex<f64>
  // CHECK: %[[P:.*]] = complex.pow %[[M]], %[[V]] : complex<f64>
  %p = nbc.pow %m, %v : complex<f64>, complex<f64> -> complex<f64>
  // CHECK: %[[N:.*]] = complex.neg %[[P]] : complex<f64>
  %n = nbc.neg %p : complex<f64>
  // CHECK: return %[[N]]
  return %n : complex<f64>
}

// Division is Smith's method on the parts: CPython's (as Numba) under
// error_model=python, where a zero divisor raises and a nan divisor part
// gives nan+nanj; NumPy's under error_model=numpy (the reciprocal of the
// denominator; a zero divisor divides by |re|).
// CHECK-LABEL: func @div
// CHECK-SAME: (%[[U:.*]]: complex<f32>, %[[V:.*]]: complex<f32>)
func.func @div(%u: complex<f32>, %v: complex<f32>) -> complex<f32> {
  // CHECK-NOT: complex.div
  // CHECK-DAG: %[[BR:.*]] = complex.re %[[V]] : complex<f32>
  // CHECK-DAG: %[[BI:.*]] = complex.im %[[V]] : complex<f32>
  // CHECK-DAG: %[[ABR:.*]] = math.absf %[[BR]]
  // CHECK-DAG: %[[ABI:.*]] = math.absf %[[BI]]
  // CHECK: %[[BYRE:.*]] = arith.cmpf oge, %[[ABR]], %[[ABI]]
  // CHECK: %[[Z:.*]] = arith.andi
  // CHECK: %[[BYIM:.*]] = arith.cmpf oge, %[[ABI]], %[[ABR]]
  // CHECK: %[[NAN:.*]] = arith.constant 0x7FC00000 : f32
  // CHECK: %[[ALT:.*]] = arith.select %[[BYIM]], %{{.*}}, %[[NAN]]
  // CHECK: %[[RE:.*]] = arith.select %[[BYRE]], %{{.*}}, %[[ALT]]
  // CHECK: nbc.raise_if %[[Z]], ZeroDivisionError, "complex division by zero"
  // CHECK: %[[Q:.*]] = complex.create %[[RE]], %{{.*}} : complex<f32>
  // CHECK: return %[[Q]]
  %q = nbc.truediv %u, %v : complex<f32> -> complex<f32>
  return %q : complex<f32>
}

// CHECK-LABEL: func @div_numpy_model
// CHECK-NOT: nbc.raise_if
// CHECK-NOT: complex.div
// CHECK: %[[ONE:.*]] = arith.constant 1.0
// CHECK: %[[SCALE:.*]] = arith.divf %[[ONE]], %{{.*}} : f64
// CHECK: arith.divf %[[ONE]]
// CHECK: %[[BYZERO:.*]] = arith.divf %{{.*}}, %{{.*}} : f64
// CHECK: %[[SMITH:.*]] = arith.mulf %{{.*}}, %[[SCALE]] : f64
// CHECK: arith.select %{{.*}}, %[[BYZERO]], %[[SMITH]] : f64
// CHECK-NOT: nbc.raise_if
// CHECK: complex.create
// CHECK: return
func.func @div_numpy_model(%u: complex<f64>, %v: complex<f64>) -> complex<f64>
    attributes {nbc.kernel = #nbc.kernel<error_model = numpy>} {
  %q = nbc.truediv %u, %v : complex<f64> -> complex<f64>
  return %q : complex<f64>
}

// CHECK-LABEL: func @parts
func.func @parts(%z: complex<f32>) -> (f32, f32, f32, f32, complex<f32>, complex<f32>) {
  // abs is hypot of the parts (abs(inf+nanj) is inf).
  // CHECK: %[[RE:.*]] = complex.re %{{.*}} : complex<f32>
  // CHECK: %[[IM:.*]] = complex.im %{{.*}} : complex<f32>
  // CHECK: call @hypotf(%[[RE]], %[[IM]])
  %a = nbc.abs %z : complex<f32>
  // CHECK: complex.re %{{.*}} : complex<f32>
  %re = nbc.real %z : complex<f32>
  // CHECK: complex.im %{{.*}} : complex<f32>
  %im = nbc.imag %z : complex<f32>
  // CHECK: complex.angle %{{.*}} : complex<f32>
  %ph = nbc.angle %z : complex<f32>
  // CHECK: complex.conj %{{.*}} : complex<f32>
  %c = nbc.conj %z : complex<f32>
  // CHECK: complex.create %{{.*}}, %{{.*}} : complex<f32>
  %w = nbc.complex %re, %a : f32
  return %a, %re, %im, %ph, %c, %w : f32, f32, f32, f32, complex<f32>, complex<f32>
}

// CHECK-LABEL: func @casts
func.func @casts(%i: si64, %u: ui8, %f: f32, %z: complex<f32>) -> (complex<f64>, complex<f32>, complex<f64>, complex<f64>, i1) {
  // CHECK: %[[I:.*]] = arith.sitofp %{{.*}} : i64 to f64
  // CHECK: complex.create %[[I]], %{{.*}} : complex<f64>
  %a = nbc.cast %i : si64 to complex<f64>
  // CHECK: arith.uitofp %{{.*}} : i8 to f32
  %b = nbc.cast %u : ui8 to complex<f32>
  // CHECK: arith.extf %{{.*}} : f32 to f64
  %c = nbc.cast %f : f32 to complex<f64>
  // CHECK: complex.re %{{.*}} : complex<f32>
  // CHECK: arith.extf
  // CHECK: complex.im %{{.*}} : complex<f32>
  // CHECK: arith.extf
  // CHECK: complex.create
  %d = nbc.cast %z : complex<f32> to complex<f64>
  // CHECK: complex.neq %{{.*}}, %{{.*}} : complex<f32>
  %e = nbc.cast %z : complex<f32> to i1
  return %a, %b, %c, %d, %e : complex<f64>, complex<f32>, complex<f64>, complex<f64>, i1
}

// CHECK-LABEL: func @cmp_math
func.func @cmp_math(%u: complex<f64>, %v: complex<f64>) -> (i1, i1, complex<f64>, complex<f64>, complex<f64>) {
  // CHECK: complex.eq %{{.*}}, %{{.*}} : complex<f64>
  %e = nbc.cmp eq, %u, %v : complex<f64>
  // CHECK: complex.neq %{{.*}}, %{{.*}} : complex<f64>
  %n = nbc.cmp ne, %u, %v : complex<f64>
  // cmath's functions call the runtime (fn is NBC_MathFn's value; 1: with
  // CPython's special values and status), which returns a C complex.
  // CHECK: %[[EXP:.*]] = arith.constant 1 : i32
  // CHECK: %[[PY:.*]] = arith.constant 1 : i32
  // CHECK: %[[Z:.*]] = call @nbc_rt_cmath(%[[EXP]], %[[PY]], %{{.*}}, %{{.*}}) : (i32, i32, f64, f64) -> complex<f64>
  // CHECK: %[[STATUS:.*]] = call @nbc_rt_cmath_status() : () -> i32
  // CHECK: arith.cmpi eq, %[[STATUS]], %c3_i32
  // CHECK: nbc.raise_if {{.*}}ValueError{{.*}}"math domain error"
  // CHECK: nbc.raise_if {{.*}}OverflowError{{.*}}"math range error"
  %x = nbc.math exp %u : complex<f64>
  // CHECK: arith.constant 2 : i32
  // CHECK: call @nbc_rt_cmath(
  %l = nbc.math log %x : complex<f64>
  // CHECK: arith.constant 0 : i32
  // CHECK: call @nbc_rt_cmath(
  %s = nbc.math sqrt %l : complex<f64>
  return %e, %n, %x, %l, %s : i1, i1, complex<f64>, complex<f64>, complex<f64>
}

// CHECK-LABEL: func @fpclass
func.func @fpclass(%z: complex<f64>) -> (i1, i1, i1) {
  // CHECK: %[[RE:.*]] = complex.re
  // CHECK: %[[IM:.*]] = complex.im
  // CHECK: arith.cmpf uno, %[[RE]], %[[RE]]
  // CHECK: arith.cmpf uno, %[[IM]], %[[IM]]
  // CHECK: arith.ori
  %n = nbc.fpclass nan %z : complex<f64>
  %i = nbc.fpclass inf %z : complex<f64>
  %f = nbc.fpclass finite %z : complex<f64>
  return %n, %i, %f : i1, i1, i1
}

// Complex arrays keep their element type; ufunc bodies lower the same way.
// CHECK-LABEL: func @array_abs
func.func @array_abs(%a: memref<?xcomplex<f64>>) -> memref<?xf64> {
  // CHECK: memref.load %{{.*}} : memref<?xcomplex<f64>, strided<[1], offset: ?>>
  // CHECK: call @hypot(
  %m = nbc.ufunc ins(%a : memref<?xcomplex<f64>>) -> memref<?xf64> {
  ^bb0(%x: complex<f64>):
    %r = nbc.abs %x : complex<f64>
    nbc.yield %r : f64
  }
  return %m : memref<?xf64>
}

// A complex accumulator has no OpenMP reduction: the prange runs serially
// (scf.for, not scf.parallel) even in a parallel kernel.
// CHECK-LABEL: func @prange_complex_sum
// CHECK-NOT: scf.parallel
// CHECK: scf.for
// CHECK: complex.add
func.func @prange_complex_sum(%a: memref<?xcomplex<f64>>, %zero: complex<f64>) -> complex<f64>
    attributes {nbc.kernel = #nbc.kernel<parallel = true>} {
  %c0 = nbc.constant 0 : si64
  %c1 = nbc.constant 1 : si64
  %n = nbc.dim %a, 0 : memref<?xcomplex<f64>>
  %s = nbc.prange (%i) = (%c0) to (%n) step (%c1) : si64 reduce(add %acc = %zero : complex<f64>) {
    %x = nbc.load %a[%i] : memref<?xcomplex<f64>>, si64
    %t = nbc.add %acc, %x : complex<f64>
    nbc.yield %t : complex<f64>
  }
  return %s : complex<f64>
}

// The ordering predicates are NumPy's order: real parts first, and they
// decide only when neither imaginary part is NaN; equal real parts defer
// to the imaginary parts.
// CHECK-LABEL: func @ordered
// CHECK-SAME: (%[[U:.*]]: complex<f64>, %[[V:.*]]: complex<f64>)
// CHECK: %[[UR:.*]] = complex.re %[[U]]
// CHECK: %[[UI:.*]] = complex.im %[[U]]
// CHECK: %[[VR:.*]] = complex.re %[[V]]
// CHECK: %[[VI:.*]] = complex.im %[[V]]
// CHECK: %[[NUMS:.*]] = arith.cmpf ord, %[[UI]], %[[VI]]
// CHECK: %[[LT:.*]] = arith.cmpf olt, %[[UR]], %[[VR]]
// CHECK: %[[BYREAL:.*]] = arith.andi %[[LT]], %[[NUMS]]
// CHECK: %[[EQ:.*]] = arith.cmpf oeq, %[[UR]], %[[VR]]
// CHECK: %[[ILE:.*]] = arith.cmpf ole, %[[UI]], %[[VI]]
// CHECK: %[[BYIMAG:.*]] = arith.andi %[[EQ]], %[[ILE]]
// CHECK: arith.ori %[[BYREAL]], %[[BYIMAG]]
// CHECK: arith.cmpf ogt,
// CHECK: arith.cmpf ogt,
func.func @ordered(%u: complex<f64>, %v: complex<f64>) -> (i1, i1) {
  %le = nbc.cmp le, %u, %v : complex<f64>
  %gt = nbc.cmp gt, %u, %v : complex<f64>
  return %le, %gt : i1, i1
}

// max starts from -inf-infj and keeps the accumulator while it holds a NaN
// or wins by NumPy's order (ge); argmin starts from inf+infj and moves to a
// NaN element (either part unordered) or a strictly smaller one.
// CHECK-LABEL: func @complex_extremes
// CHECK: %[[LOW:.*]] = complex.constant [0xFFF0000000000000 : f64, 0xFFF0000000000000 : f64]
// CHECK: scf.for {{.*}} iter_args(%[[BEST:.*]] = %[[LOW]])
// CHECK: arith.cmpf ogt
// CHECK: arith.cmpf oge
// CHECK: %[[NAN:.*]] = arith.cmpf uno
// CHECK: %[[KEEP:.*]] = arith.ori %[[NAN]],
// CHECK: arith.select %[[KEEP]], %[[BEST]],
// CHECK: complex.constant [0x7FF0000000000000 : f64, 0x7FF0000000000000 : f64]
// CHECK: arith.cmpf olt
// CHECK: arith.cmpf olt
// CHECK: arith.cmpf uno
// CHECK: arith.cmpf uno
func.func @complex_extremes(%a: memref<?xcomplex<f64>>) -> (complex<f64>, si64) {
  %m = nbc.array_reduce max %a : memref<?xcomplex<f64>> -> complex<f64>
  %i = nbc.array_reduce argmin %a : memref<?xcomplex<f64>> -> si64
  return %m, %i : complex<f64>, si64
}

// The nan kinds skip an element with a NaN part (either part unordered);
// nanmin starts from nan+nanj and keeps the accumulator when it wins (le)
// or the element is NaN; nanmean divides as NumPy's complex division by
// count + 0j; nanvar is real: the parts' means, then re**2 + im**2 of the
// deviations.
// CHECK-LABEL: func @complex_nan_kinds
// CHECK: %[[START:.*]] = complex.constant [0x7FF8000000000000 : f64, 0x7FF8000000000000 : f64]
// CHECK: scf.for {{.*}} iter_args(%[[BEST:.*]] = %[[START]])
// CHECK: %[[SKIP:.*]] = arith.cmpf uno
// CHECK: arith.cmpf olt
// CHECK: arith.cmpf ole
// CHECK: %[[KEEP:.*]] = arith.ori %{{.*}}, %[[SKIP]]
// CHECK: arith.select %[[KEEP]], %[[BEST]],
// CHECK: scf.for {{.*}} iter_args(%[[SUM:.*]] = %{{.*}}, %[[N:.*]] = %{{.*}}) -> (complex<f64>, i64)
// CHECK: %[[NAN:.*]] = arith.cmpf uno
// CHECK: complex.add %[[SUM]],
// CHECK: arith.select %[[NAN]], %[[SUM]],
// CHECK: arith.select %[[NAN]], %[[N]],
// CHECK: %[[SCALE:.*]] = arith.divf %{{.*}}, %{{.*}} : f64
// CHECK: arith.mulf
// CHECK: arith.addf
// CHECK: arith.mulf %{{.*}}, %[[SCALE]]
// CHECK: arith.mulf
// CHECK: arith.subf
// CHECK: arith.mulf %{{.*}}, %[[SCALE]]
// CHECK: complex.create
// CHECK: scf.for {{.*}} -> (f64, f64, i64)
// CHECK: scf.for {{.*}} -> (f64)
// CHECK: arith.subf
// CHECK: arith.mulf
// CHECK: arith.subf
// CHECK: arith.mulf
// CHECK: return {{.*}} : complex<f64>, complex<f64>, f64
func.func @complex_nan_kinds(%a: memref<?xcomplex<f64>>) -> (complex<f64>, complex<f64>, f64) {
  %m = nbc.array_reduce nanmin %a : memref<?xcomplex<f64>> -> complex<f64>
  %s = nbc.array_reduce nanmean %a : memref<?xcomplex<f64>> -> complex<f64>
  %v = nbc.array_reduce nanvar %a : memref<?xcomplex<f64>> -> f64
  return %m, %s, %v : complex<f64>, complex<f64>, f64
}
