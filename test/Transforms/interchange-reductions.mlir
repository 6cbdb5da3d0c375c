// RUN: nbc-opt %s --split-input-file --nbc-interchange-reductions | FileCheck %s

// The naive matmul as nbc-raise-to-affine leaves it: each C[i, j] is the
// p-reduction of A[i, p] * B[p, j] from 0.0. It becomes C[i, j] = 0.0 for
// every j, then for each p a j loop accumulating in C's row (unit stride in
// j): the same additions on each element in the same order.
// CHECK-LABEL: func @matmul
// CHECK: %[[ZERO:.*]] = arith.constant 0.0
// CHECK: %[[C:.*]] = memref.alloc
// CHECK: affine.for %[[I:.*]] = 0 to
// CHECK-NEXT: affine.for %[[J0:.*]] = 0 to
// CHECK-NEXT: affine.store %[[ZERO]], %[[C]][%[[I]], %[[J0]]]
// CHECK-NEXT: }
// CHECK-NEXT: affine.for %[[P:.*]] = 0 to
// CHECK-NEXT: affine.for %[[J:.*]] = 0 to
// CHECK-NEXT: %[[ACC:.*]] = affine.load %[[C]][%[[I]], %[[J]]]
// CHECK-NEXT: %[[X:.*]] = affine.load %{{.*}}[%[[I]], %[[P]]]
// CHECK-NEXT: %[[Y:.*]] = affine.load %{{.*}}[%[[P]], %[[J]]]
// CHECK-NEXT: %[[M:.*]] = arith.mulf %[[X]], %[[Y]] : f64
// CHECK-NEXT: %[[S:.*]] = arith.addf %[[ACC]], %[[M]] : f64
// CHECK-NEXT: affine.store %[[S]], %[[C]][%[[I]], %[[J]]]
// CHECK-NOT: iter_args
func.func @matmul(%a: memref<?x?xf64>, %b: memref<?x?xf64>) -> memref<?x?xf64> {
  %cst = arith.constant 0.0 : f64
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %n = memref.dim %a, %c0 : memref<?x?xf64>
  %k = memref.dim %a, %c1 : memref<?x?xf64>
  %m = memref.dim %b, %c1 : memref<?x?xf64>
  %c = memref.alloc(%n, %m) : memref<?x?xf64>
  affine.for %i = 0 to %n {
    affine.for %j = 0 to %m {
      %s = affine.for %p = 0 to %k iter_args(%acc = %cst) -> (f64) {
        %x = affine.load %a[%i, %p] : memref<?x?xf64>
        %y = affine.load %b[%p, %j] : memref<?x?xf64>
        %prod = arith.mulf %x, %y : f64
        %sum = arith.addf %acc, %prod : f64
        affine.yield %sum : f64
      }
      affine.store %s, %c[%i, %j] : memref<?x?xf64>
    }
  }
  return %c : memref<?x?xf64>
}

// -----

// The result array may be the argument the loop reads (alias analysis
// cannot tell them apart): left alone.
// CHECK-LABEL: func @may_alias
// CHECK: iter_args
func.func @may_alias(%a: memref<?x?xf64>, %b: memref<?x?xf64>, %c: memref<?x?xf64>) {
  %cst = arith.constant 0.0 : f64
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %n = memref.dim %a, %c0 : memref<?x?xf64>
  %k = memref.dim %a, %c1 : memref<?x?xf64>
  %m = memref.dim %b, %c1 : memref<?x?xf64>
  affine.for %i = 0 to %n {
    affine.for %j = 0 to %m {
      %s = affine.for %p = 0 to %k iter_args(%acc = %cst) -> (f64) {
        %x = affine.load %a[%i, %p] : memref<?x?xf64>
        %y = affine.load %b[%p, %j] : memref<?x?xf64>
        %prod = arith.mulf %x, %y : f64
        %sum = arith.addf %acc, %prod : f64
        affine.yield %sum : f64
      }
      affine.store %s, %c[%i, %j] : memref<?x?xf64>
    }
  }
  return
}

// -----

// Reading C itself in the reduction (C[i, p] * B[p, j]): left alone.
// CHECK-LABEL: func @reads_result
// CHECK: iter_args
func.func @reads_result(%b: memref<?x?xf64>, %n: index) -> memref<?x?xf64> {
  %cst = arith.constant 0.0 : f64
  %c = memref.alloc(%n, %n) : memref<?x?xf64>
  affine.for %i = 0 to %n {
    affine.for %j = 0 to %n {
      %s = affine.for %p = 0 to %n iter_args(%acc = %cst) -> (f64) {
        %x = affine.load %c[%i, %p] : memref<?x?xf64>
        %y = affine.load %b[%p, %j] : memref<?x?xf64>
        %prod = arith.mulf %x, %y : f64
        %sum = arith.addf %acc, %prod : f64
        affine.yield %sum : f64
      }
      affine.store %s, %c[%i, %j] : memref<?x?xf64>
    }
  }
  return %c : memref<?x?xf64>
}

// -----

// A[i, p] * B[j, p] is unit-stride in p already; in j it would be strided:
// left alone. So is a store that is not injective in j (C[i, 0]).
// CHECK-LABEL: func @rows_dot
// CHECK: iter_args
// CHECK: iter_args
func.func @rows_dot(%a: memref<?x?xf64>, %b: memref<?x?xf64>, %n: index) -> memref<?x?xf64> {
  %cst = arith.constant 0.0 : f64
  %c = memref.alloc(%n, %n) : memref<?x?xf64>
  affine.for %i = 0 to %n {
    affine.for %j = 0 to %n {
      %s = affine.for %p = 0 to %n iter_args(%acc = %cst) -> (f64) {
        %x = affine.load %a[%i, %p] : memref<?x?xf64>
        %y = affine.load %b[%j, %p] : memref<?x?xf64>
        %prod = arith.mulf %x, %y : f64
        %sum = arith.addf %acc, %prod : f64
        affine.yield %sum : f64
      }
      affine.store %s, %c[%i, %j] : memref<?x?xf64>
    }
  }
  affine.for %i = 0 to %n {
    affine.for %j = 0 to %n {
      %s = affine.for %p = 0 to %n iter_args(%acc = %cst) -> (f64) {
        %x = affine.load %a[%i, %p] : memref<?x?xf64>
        %y = affine.load %b[%p, %j] : memref<?x?xf64>
        %prod = arith.mulf %x, %y : f64
        %sum = arith.addf %acc, %prod : f64
        affine.yield %sum : f64
      }
      affine.store %s, %c[%i, 0] : memref<?x?xf64>
    }
  }
  return %c : memref<?x?xf64>
}

// -----

// A p loop whose bounds depend on j (a triangle), or that has another
// effect (a call): left alone.
// CHECK-LABEL: func @triangle_and_call
// CHECK: iter_args
// CHECK: iter_args
func.func private @effect()
func.func @triangle_and_call(%a: memref<?x?xf64>, %b: memref<?x?xf64>, %n: index) -> memref<?x?xf64> {
  %cst = arith.constant 0.0 : f64
  %c = memref.alloc(%n, %n) : memref<?x?xf64>
  affine.for %i = 0 to %n {
    affine.for %j = 0 to %n {
      %s = affine.for %p = 0 to affine_map<(d0) -> (d0)>(%j) iter_args(%acc = %cst) -> (f64) {
        %x = affine.load %a[%i, %p] : memref<?x?xf64>
        %y = affine.load %b[%p, %j] : memref<?x?xf64>
        %prod = arith.mulf %x, %y : f64
        %sum = arith.addf %acc, %prod : f64
        affine.yield %sum : f64
      }
      affine.store %s, %c[%i, %j] : memref<?x?xf64>
    }
  }
  affine.for %i = 0 to %n {
    affine.for %j = 0 to %n {
      %s = affine.for %p = 0 to %n iter_args(%acc = %cst) -> (f64) {
        %x = affine.load %a[%i, %p] : memref<?x?xf64>
        %y = affine.load %b[%p, %j] : memref<?x?xf64>
        func.call @effect() : () -> ()
        %prod = arith.mulf %x, %y : f64
        %sum = arith.addf %acc, %prod : f64
        affine.yield %sum : f64
      }
      affine.store %s, %c[%i, %j] : memref<?x?xf64>
    }
  }
  return %c : memref<?x?xf64>
}
