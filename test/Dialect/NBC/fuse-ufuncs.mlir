// RUN: nbc-opt %s --nbc-fuse-ufuncs --split-input-file | FileCheck %s

// a * b + c: one ufunc over (c, a, b), multiplying then adding.
// CHECK-LABEL: func.func @chain
// CHECK: %[[R:.*]] = nbc.ufunc ins(%{{.*}}, %{{.*}}, %{{.*}} : memref<?xf64>, memref<?xf64>, memref<?xf64>) -> memref<?xf64>
// CHECK-NEXT: ^bb0(%[[C:.*]]: f64, %[[A:.*]]: f64, %[[B:.*]]: f64):
// CHECK-NEXT: %[[M:.*]] = nbc.mul %[[A]], %[[B]] : f64
// CHECK-NEXT: %[[S:.*]] = nbc.add %[[M]], %[[C]] : f64
// CHECK-NEXT: nbc.yield %[[S]] : f64
// CHECK-NOT: nbc.ufunc
// CHECK: return %[[R]]
func.func @chain(%a: memref<?xf64>, %b: memref<?xf64>, %c: memref<?xf64>) -> memref<?xf64> {
  %t = nbc.ufunc ins(%a, %b : memref<?xf64>, memref<?xf64>) -> memref<?xf64> {
  ^bb0(%x: f64, %y: f64):
    %m = nbc.mul %x, %y : f64
    nbc.yield %m : f64
  }
  %r = nbc.ufunc ins(%t, %c : memref<?xf64>, memref<?xf64>) -> memref<?xf64> {
  ^bb0(%x: f64, %z: f64):
    %s = nbc.add %x, %z : f64
    nbc.yield %s : f64
  }
  return %r : memref<?xf64>
}

// -----

// Three ops (sqrt((a*a + b*b)**2)) become one under NumPy's error model
// (sqrt does not raise there); the temporary read twice (t*t) maps both
// block arguments to the producer's element.
// CHECK-LABEL: func.func @three
// CHECK: nbc.ufunc
// CHECK: nbc.mul
// CHECK: nbc.mul
// CHECK: nbc.add
// CHECK: %[[SQ:.*]] = nbc.mul %[[T:.*]], %[[T]] : f64
// CHECK: nbc.math sqrt %[[SQ]]
// CHECK-NOT: nbc.ufunc
func.func @three(%a: memref<?x?xf64>, %b: memref<?x?xf64>) -> memref<?x?xf64>
    attributes {nbc.kernel = #nbc.kernel<error_model = numpy>} {
  %t = nbc.ufunc ins(%a, %b : memref<?x?xf64>, memref<?x?xf64>) -> memref<?x?xf64> {
  ^bb0(%x: f64, %y: f64):
    %m = nbc.mul %x, %x : f64
    %n = nbc.mul %y, %y : f64
    %s = nbc.add %m, %n : f64
    nbc.yield %s : f64
  }
  %u = nbc.ufunc ins(%t, %t : memref<?x?xf64>, memref<?x?xf64>) -> memref<?x?xf64> {
  ^bb0(%x: f64, %y: f64):
    %p = nbc.mul %x, %y : f64
    nbc.yield %p : f64
  }
  %r = nbc.ufunc ins(%u : memref<?x?xf64>) -> memref<?x?xf64> {
  ^bb0(%x: f64):
    %q = nbc.math sqrt %x : f64
    nbc.yield %q : f64
  }
  return %r : memref<?x?xf64>
}

// -----

// Not fused: the temporary is also returned, a store to an input sits in
// between, the temporary would be recomputed along a broadcast axis, or a
// body may raise (floor division by zero, under Python's error model).
// CHECK-LABEL: func.func @kept
// CHECK-COUNT-8: nbc.ufunc
func.func @kept(%a: memref<?xf64>, %m: memref<?x?xf64>, %i: memref<?xsi64>, %k: si64) -> (memref<?xf64>, memref<?xf64>, memref<?x?xf64>, memref<?xsi64>) {
  %t = nbc.ufunc ins(%a : memref<?xf64>) -> memref<?xf64> {
  ^bb0(%x: f64):
    nbc.yield %x : f64
  }
  %r = nbc.ufunc ins(%t : memref<?xf64>) -> memref<?xf64> {
  ^bb0(%x: f64):
    nbc.yield %x : f64
  }
  %t2 = nbc.ufunc ins(%a : memref<?xf64>) -> memref<?xf64> {
  ^bb0(%x: f64):
    nbc.yield %x : f64
  }
  %zero = nbc.constant 0.0 : f64
  %c0 = nbc.constant 0 : si64
  nbc.store %zero, %a[%c0] : memref<?xf64>, si64
  %r2 = nbc.ufunc ins(%t2, %a : memref<?xf64>, memref<?xf64>) -> memref<?xf64> {
  ^bb0(%x: f64, %y: f64):
    %s = nbc.add %x, %y : f64
    nbc.yield %s : f64
  }
  %row = nbc.ufunc ins(%a : memref<?xf64>) -> memref<?xf64> {
  ^bb0(%x: f64):
    %e = nbc.math exp %x : f64
    nbc.yield %e : f64
  }
  %grid = nbc.ufunc ins(%row, %m : memref<?xf64>, memref<?x?xf64>) -> memref<?x?xf64> {
  ^bb0(%x: f64, %y: f64):
    %s = nbc.add %x, %y : f64
    nbc.yield %s : f64
  }
  %q = nbc.ufunc ins(%i : memref<?xsi64>) -> memref<?xsi64> {
  ^bb0(%x: si64):
    nbc.yield %x : si64
  }
  %d = nbc.ufunc ins(%q : memref<?xsi64>) -> memref<?xsi64> {
  ^bb0(%x: si64):
    %z = nbc.floordiv %k, %x : si64
    nbc.yield %z : si64
  }
  return %r2, %t, %grid, %d : memref<?xf64>, memref<?xf64>, memref<?x?xf64>, memref<?xsi64>
}
