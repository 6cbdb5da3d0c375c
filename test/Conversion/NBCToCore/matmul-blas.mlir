// Matrix products on f32/f64 operands call the runtime's BLAS first, with
// each operand's first-element address and strides (a vector being one row
// or one column), and run the fill and loops only when it returns 0.
// RUN: nbc-opt %s --convert-nbc-to-core | FileCheck %s

// CHECK-DAG: func.func private @nbc_rt_blas_dmatmul(i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64) -> i32
// CHECK-DAG: func.func private @nbc_rt_blas_smatmul(i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64) -> i32

// CHECK-LABEL: func @mm
// CHECK-SAME: (%[[A:.*]]: memref<?x?xf64, strided<[?, ?], offset: ?>>, %[[B:.*]]: memref<?x?xf64>)
// CHECK: nbc.raise_if
// CHECK: %[[C:.*]] = memref.alloc
// CHECK-NOT: linalg.fill
// CHECK: %[[N:.*]] = arith.index_cast %{{.*}} : index to i64
// CHECK: %[[K:.*]] = arith.index_cast %{{.*}} : index to i64
// CHECK: %[[M:.*]] = arith.index_cast %{{.*}} : index to i64
// CHECK: %{{.*}}, %[[AOFF:.*]], %{{.*}}:2, %[[AS:.*]]:2 = memref.extract_strided_metadata %[[A]]
// CHECK: %[[AP:.*]] = memref.extract_aligned_pointer_as_index %[[A]]
// CHECK: %[[AB:.*]] = arith.muli %[[AOFF]], %{{.*}} : index
// CHECK: %[[AF:.*]] = arith.addi %[[AP]], %[[AB]] : index
// CHECK: %[[AI:.*]] = arith.index_cast %[[AF]] : index to i64
// CHECK: %[[AS0:.*]] = arith.index_cast %[[AS]]#0 : index to i64
// CHECK: %[[AS1:.*]] = arith.index_cast %[[AS]]#1 : index to i64
// CHECK: memref.extract_strided_metadata %[[B]]
// CHECK: memref.extract_strided_metadata %[[C]]
// CHECK: %[[DONE:.*]] = call @nbc_rt_blas_dmatmul(%[[N]], %[[K]], %[[M]], %[[AI]], %[[AS0]], %[[AS1]], %{{.*}}, %{{.*}}, %{{.*}}, %{{.*}}, %{{.*}}, %{{.*}})
// CHECK: %[[NOT:.*]] = arith.cmpi eq, %[[DONE]], %{{.*}} : i32
// CHECK: scf.if %[[NOT]] {
// CHECK:   linalg.fill ins(%{{.*}} : f64) outs(%[[C]] : memref<?x?xf64>)
// CHECK:   linalg.generic
// CHECK: }
// CHECK: return %[[C]]
func.func @mm(%a: memref<?x?xf64, strided<[?, ?], offset: ?>>, %b: memref<?x?xf64>) -> memref<?x?xf64> {
  %c = nbc.matmul matmul %a, %b : memref<?x?xf64, strided<[?, ?], offset: ?>>, memref<?x?xf64> -> memref<?x?xf64>
  return %c : memref<?x?xf64>
}

// (n,k) x (k): m = 1, x a column (strides (s, 0)), y a column.
// CHECK-LABEL: func @mv
// CHECK: nbc.raise_if %{{.*}}, MemoryError
// CHECK: %[[ONE:.*]] = arith.constant 1 : i64
// CHECK: %{{.*}}, %{{.*}}, %{{.*}}, %[[XS:.*]] = memref.extract_strided_metadata %{{.*}} : memref<?xf32>
// CHECK: %[[XSI:.*]] = arith.index_cast %[[XS]] : index to i64
// CHECK: call @nbc_rt_blas_smatmul(%{{.*}}, %{{.*}}, %[[ONE]], %{{.*}}, %{{.*}}, %{{.*}}, %{{.*}}, %[[XSI]], %{{.*}}, %{{.*}}, %{{.*}}, %{{.*}})
// CHECK: scf.if
func.func @mv(%a: memref<?x?xf32>, %x: memref<?xf32>) -> memref<?xf32> {
  %c = nbc.matmul dot %a, %x : memref<?x?xf32>, memref<?xf32> -> memref<?xf32>
  return %c : memref<?xf32>
}

// Batched: one call per batch position, on the operands' views.
// CHECK-LABEL: func @bmm
// CHECK: scf.for
// CHECK:   memref.subview
// CHECK:   call @nbc_rt_blas_dmatmul
// CHECK:   scf.if
func.func @bmm(%a: memref<?x?x?xf64>, %b: memref<?x?xf64>) -> memref<?x?x?xf64> {
  %c = nbc.matmul matmul %a, %b : memref<?x?x?xf64>, memref<?x?xf64> -> memref<?x?x?xf64>
  return %c : memref<?x?x?xf64>
}

// Integer, mixed-precision, 1-d x 1-d and outer products keep the loops.
// CHECK-LABEL: func @loops_only
// CHECK-NOT: call
// CHECK: return
func.func @loops_only(%i: memref<?x?xsi64>, %f: memref<?x?xf32>, %d: memref<?x?xf64>, %v: memref<?xf64>) -> (memref<?x?xsi64>, memref<?x?xf64>, f64, memref<?x?xf64>) {
  %0 = nbc.matmul matmul %i, %i : memref<?x?xsi64>, memref<?x?xsi64> -> memref<?x?xsi64>
  %1 = nbc.matmul matmul %f, %d : memref<?x?xf32>, memref<?x?xf64> -> memref<?x?xf64>
  %2 = nbc.matmul dot %v, %v : memref<?xf64>, memref<?xf64> -> f64
  %3 = nbc.matmul outer %v, %v : memref<?xf64>, memref<?xf64> -> memref<?x?xf64>
  return %0, %1, %2, %3 : memref<?x?xsi64>, memref<?x?xf64>, f64, memref<?x?xf64>
}
