// Complex numbers: the scalar ops that take complex<f32>/complex<f64>, and
// nbc.complex/real/imag/conj/angle. Round-trips in custom and generic form.
// RUN: nbc-opt %s | nbc-opt | FileCheck %s
// RUN: nbc-opt %s --mlir-print-op-generic | nbc-opt | FileCheck %s

// CHECK-LABEL: func @arith
func.func @arith(%u: complex<f64>, %v: complex<f64>, %n: si64) -> complex<f64> {
  // CHECK: nbc.add %{{.*}}, %{{.*}} : complex<f64>
  %a = nbc.add %u, %v : complex<f64>
  // CHECK: nbc.sub %{{.*}}, %{{.*}} : complex<f64>
  %s = nbc.sub %a, %v : complex<f64>
  // CHECK: nbc.mul %{{.*}}, %{{.*}} : complex<f64>
  %m = nbc.mul %s, %u : complex<f64>
  // CHECK: nbc.truediv %{{.*}}, %{{.*}} : complex<f64> -> complex<f64>
  %d = nbc.truediv %m, %u : complex<f64> -> complex<f64>
  // CHECK: nbc.pow %{{.*}}, %{{.*}} : complex<f64>, complex<f64> -> complex<f64>
  %p = nbc.pow %d, %v : complex<f64>, complex<f64> -> complex<f64>
  // CHECK: nbc.neg %{{.*}} : complex<f64>
  %g = nbc.neg %p : complex<f64>
  // CHECK: nbc.cast %{{.*}} : si64 to complex<f64>
  %c = nbc.cast %n : si64 to complex<f64>
  %r = nbc.add %g, %c : complex<f64>
  return %r : complex<f64>
}

// CHECK-LABEL: func @parts
func.func @parts(%z: complex<f32>) -> (f32, f32, f32, f32, complex<f32>, complex<f32>) {
  // CHECK: %[[A:.*]] = nbc.abs %{{.*}} : complex<f32>
  %a = nbc.abs %z : complex<f32>
  // CHECK: nbc.real %{{.*}} : complex<f32>
  %re = nbc.real %z : complex<f32>
  // CHECK: nbc.imag %{{.*}} : complex<f32>
  %im = nbc.imag %z : complex<f32>
  // CHECK: nbc.angle %{{.*}} : complex<f32>
  %ph = nbc.angle %z : complex<f32>
  // CHECK: nbc.conj %{{.*}} : complex<f32>
  %c = nbc.conj %z : complex<f32>
  // CHECK: nbc.complex %{{.*}}, %{{.*}} : f32
  %w = nbc.complex %re, %a : f32
  // CHECK: return %[[A]]
  return %a, %re, %im, %ph, %c, %w : f32, f32, f32, f32, complex<f32>, complex<f32>
}

// CHECK-LABEL: func @cmp_math_class
func.func @cmp_math_class(%u: complex<f64>, %v: complex<f64>) -> (i1, i1, complex<f64>, i1, i1) {
  // CHECK: nbc.cmp eq, %{{.*}}, %{{.*}} : complex<f64>
  %e = nbc.cmp eq, %u, %v : complex<f64>
  // CHECK: nbc.cmp ne, %{{.*}}, %{{.*}} : complex<f64>
  %n = nbc.cmp ne, %u, %v : complex<f64>
  // CHECK: nbc.math exp %{{.*}} : complex<f64>
  %x = nbc.math exp %u : complex<f64>
  // CHECK: nbc.fpclass nan %{{.*}} : complex<f64>
  %c = nbc.fpclass nan %x : complex<f64>
  // CHECK: nbc.cast %{{.*}} : complex<f64> to i1
  %b = nbc.cast %u : complex<f64> to i1
  return %e, %n, %x, %c, %b : i1, i1, complex<f64>, i1, i1
}

// CHECK-LABEL: func @complex_arrays
func.func @complex_arrays(%a: memref<?xcomplex<f32>>, %i: si64) -> memref<?xf32> {
  // CHECK: nbc.load %{{.*}}[%{{.*}}] : memref<?xcomplex<f32>>, si64
  %z = nbc.load %a[%i] : memref<?xcomplex<f32>>, si64
  nbc.store %z, %a[%i] : memref<?xcomplex<f32>>, si64
  // CHECK: nbc.ufunc ins(%{{.*}} : memref<?xcomplex<f32>>) -> memref<?xf32>
  %m = nbc.ufunc ins(%a : memref<?xcomplex<f32>>) -> memref<?xf32> {
  ^bb0(%x: complex<f32>):
    %r = nbc.abs %x : complex<f32>
    nbc.yield %r : f32
  }
  return %m : memref<?xf32>
}
