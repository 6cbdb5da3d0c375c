// RUN: nbc-opt %s --nbc-to-llvm | FileCheck %s

// A @vectorize kernel calls its scalar function in the nbc.ufunc body: the
// function is inlined before nbc-vectorize, so the loop is vector code with
// libmvec's exp, not a scalar call per element.

func.func private @sigmoid(%x: f64) -> f64 attributes {nbc.kernel = #nbc.kernel<error_model = numpy>} {
  %one = nbc.constant 1.0 : f64
  %n = nbc.neg %x : f64
  %e = nbc.math exp %n : f64
  %d = nbc.add %one, %e : f64
  %r = nbc.truediv %one, %d : f64 -> f64
  return %r : f64
}

// CHECK-NOT: llvm.func {{.*}}@nbc.fn.sigmoid
// CHECK-LABEL: llvm.func internal @nbc.fn.map_sigmoid(
// CHECK-NOT: llvm.call @nbc.fn.sigmoid
// CHECK: llvm.call @_ZGV{{[a-z]}}N{{[0-9]+}}v_exp
func.func @map_sigmoid(%a: memref<?xf64>, %out: memref<?xf64>) attributes {nbc.kernel = #nbc.kernel<error_model = numpy>} {
  nbc.ufunc ins(%a : memref<?xf64>) outs(%out : memref<?xf64>) {
  ^bb0(%x: f64):
    %r = func.call @sigmoid(%x) : (f64) -> f64
    nbc.yield %r : f64
  }
  return
}
