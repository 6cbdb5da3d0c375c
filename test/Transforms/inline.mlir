// RUN: nbc-opt %s --inline | FileCheck %s

// The inliner moves a jitted callee's body into its caller, also into nbc
// regions (an nbc.ufunc body), when the two functions' #nbc.kernel options
// lower the callee's ops the same way (NBCInliner.cpp).

func.func private @sigmoid(%x: f64) -> f64 attributes {nbc.kernel = #nbc.kernel<error_model = numpy>} {
  %one = nbc.constant 1.0 : f64
  %n = nbc.neg %x : f64
  %e = nbc.math exp %n : f64
  %d = nbc.add %one, %e : f64
  %r = nbc.truediv %one, %d : f64 -> f64
  return %r : f64
}

// CHECK-LABEL: func.func @ufunc_body
// CHECK: nbc.ufunc
// CHECK-NOT: call @sigmoid
// CHECK: nbc.math exp
// CHECK: nbc.truediv
func.func @ufunc_body(%a: memref<?xf64>, %out: memref<?xf64>) attributes {nbc.kernel = #nbc.kernel<error_model = numpy>} {
  nbc.ufunc ins(%a : memref<?xf64>) outs(%out : memref<?xf64>) {
  ^bb0(%x: f64):
    %r = func.call @sigmoid(%x) : (f64) -> f64
    nbc.yield %r : f64
  }
  return
}

// Python's error model would raise where the callee's gives inf: kept.
// CHECK-LABEL: func.func @other_error_model
// CHECK: call @sigmoid
func.func @other_error_model(%x: f64) -> f64 attributes {nbc.kernel = #nbc.kernel<>} {
  %r = func.call @sigmoid(%x) : (f64) -> f64
  return %r : f64
}

func.func private @fast_square(%x: f64) -> f64 attributes {nbc.kernel = #nbc.kernel<fastmath = fast>} {
  %r = nbc.mul %x, %x : f64
  return %r : f64
}

// CHECK-LABEL: func.func @other_fastmath
// CHECK: call @fast_square
func.func @other_fastmath(%x: f64) -> f64 attributes {nbc.kernel = #nbc.kernel<>} {
  %r = func.call @fast_square(%x) : (f64) -> f64
  return %r : f64
}

func.func private @serial_sum(%n: si64) -> si64 attributes {nbc.kernel = #nbc.kernel<>} {
  %zero = nbc.constant 0 : si64
  %one = nbc.constant 1 : si64
  %s = nbc.prange (%i) = (%zero) to (%n) step (%one) : si64
      reduce(add %acc = %zero : si64) {
    %t = nbc.add %acc, %i : si64
    nbc.yield %t : si64
  }
  return %s : si64
}

func.func private @double(%x: si64) -> si64 attributes {nbc.kernel = #nbc.kernel<>} {
  %r = nbc.add %x, %x : si64
  return %r : si64
}

// A serial prange would become a parallel one: kept. Without a prange,
// `parallel` changes nothing: inlined.
// CHECK-LABEL: func.func @parallel_caller
// CHECK: call @serial_sum
// CHECK-NOT: call @double
// CHECK: nbc.add
func.func @parallel_caller(%n: si64) -> si64 attributes {nbc.kernel = #nbc.kernel<parallel = true>} {
  %s = func.call @serial_sum(%n) : (si64) -> si64
  %d = func.call @double(%s) : (si64) -> si64
  return %d : si64
}
