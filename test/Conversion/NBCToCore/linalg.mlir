// nbc.linalg -> NumPy's shape checks, a new result, one call of the
// runtime's LAPACK entry (kind, n, nrhs, a and b as address + two strides,
// the result's address) and nbc.raise_if on its status.
// RUN: nbc-opt %s --convert-nbc-to-core | FileCheck %s

// CHECK-DAG: func.func private @nbc_rt_lapack_d(i32, i64, i64, i64, i64, i64, i64, i64, i64, i64) -> i32
// CHECK-DAG: func.func private @nbc_rt_lapack_s(i32, i64, i64, i64, i64, i64, i64, i64, i64, i64) -> i32

// CHECK-LABEL: func @solve
// CHECK-SAME: (%[[A:.*]]: memref<?x?xf64>, %[[B:.*]]: memref<?x?xf64>)
// CHECK: nbc.raise_if %{{.*}}, LinAlgError, "Last 2 dimensions of the array must be square"
// CHECK: nbc.raise_if %{{.*}}, ValueError, "solve: Input operand 1 has a mismatch in its core dimension 0, with gufunc signature (m,m),(m,n)->(m,n) (size {} is different from {})"
// CHECK: %[[X:.*]] = memref.alloc(%{{.*}}, %{{.*}}) {alignment = 64 : i64} : memref<?x?xf64>
// CHECK: %[[KIND:.*]] = arith.constant 0 : i32
// CHECK: memref.extract_strided_metadata %[[A]]
// CHECK: memref.extract_strided_metadata %[[B]]
// CHECK: %[[XP:.*]] = memref.extract_aligned_pointer_as_index %[[X]]
// CHECK: %[[XA:.*]] = arith.addi %[[XP]], %{{.*}} : index
// CHECK: %[[XI:.*]] = arith.index_cast %[[XA]] : index to i64
// CHECK: %[[ST:.*]] = call @nbc_rt_lapack_d(%[[KIND]], {{.*}}, %[[XI]])
// CHECK: %[[E1:.*]] = arith.cmpi eq, %[[ST]], %{{.*}} : i32
// CHECK: nbc.raise_if %[[E1]], LinAlgError, "Singular matrix"
// CHECK: nbc.raise_if %{{.*}}, RuntimeError, "np.linalg.solve needs LAPACK
// CHECK: nbc.raise_if %{{.*}}, MemoryError
// CHECK: return %[[X]]
func.func @solve(%a: memref<?x?xf64>, %b: memref<?x?xf64>) -> memref<?x?xf64> {
  %x = nbc.linalg solve %a, %b : memref<?x?xf64>, memref<?x?xf64> -> memref<?x?xf64>
  return %x : memref<?x?xf64>
}

// det: a rank-0 result, no LinAlgError (singular gives 0).
// CHECK-LABEL: func @det
// CHECK: %[[D:.*]] = memref.alloca() : memref<f32>
// CHECK: arith.constant 2 : i32
// CHECK: call @nbc_rt_lapack_s
// CHECK-NOT: LinAlgError
// CHECK: %[[R:.*]] = memref.load %[[D]][] : memref<f32>
// CHECK: return %[[R]]
func.func @det(%a: memref<?x?xf32>) -> f32 {
  %d = nbc.linalg det %a : memref<?x?xf32> -> f32
  return %d : f32
}

// CHECK-LABEL: func @cholesky
// CHECK: arith.constant 3 : i32
// CHECK: call @nbc_rt_lapack_d
// CHECK: nbc.raise_if %{{.*}}, LinAlgError, "Matrix is not positive definite"
func.func @cholesky(%a: memref<?x?xf64, strided<[?, ?], offset: ?>>) -> memref<?x?xf64> {
  %l = nbc.linalg cholesky %a : memref<?x?xf64, strided<[?, ?], offset: ?>> -> memref<?x?xf64>
  return %l : memref<?x?xf64>
}

// Complex arrays: the _z (complex<f64>) and _c (complex<f32>) entries, the
// first element's address at 16 (8) bytes per element.
// CHECK-LABEL: func @complex_inv
// CHECK: %[[BYTES:.*]] = arith.constant 16 : index
// CHECK: arith.muli %{{.*}}, %[[BYTES]] : index
// CHECK: call @nbc_rt_lapack_z
// CHECK: nbc.raise_if %{{.*}}, LinAlgError, "Singular matrix"
func.func @complex_inv(%a: memref<?x?xcomplex<f64>, strided<[?, ?], offset: ?>>) -> memref<?x?xcomplex<f64>> {
  %i = nbc.linalg inv %a : memref<?x?xcomplex<f64>, strided<[?, ?], offset: ?>> -> memref<?x?xcomplex<f64>>
  return %i : memref<?x?xcomplex<f64>>
}

// CHECK-LABEL: func @complex_det
// CHECK: %[[D:.*]] = memref.alloca() : memref<complex<f32>>
// CHECK: arith.constant 8 : index
// CHECK: call @nbc_rt_lapack_c
// CHECK: memref.load %[[D]][] : memref<complex<f32>>
func.func @complex_det(%a: memref<?x?xcomplex<f32>>) -> complex<f32> {
  %d = nbc.linalg det %a : memref<?x?xcomplex<f32>> -> complex<f32>
  return %d : complex<f32>
}

// A stack: one call per matrix in a loop nest over the leading dimensions,
// each matrix a rank-reduced subview (its own strides), det's result an
// array of the stack's shape; NumPy's checks on the stack as a whole.
// CHECK-LABEL: func @det_stack
// CHECK: nbc.raise_if %{{.*}}, LinAlgError, "Last 2 dimensions of the array must be square"
// CHECK: %[[OUT:.*]] = memref.alloc(%{{.*}}, %{{.*}}) {alignment = 64 : i64} : memref<?x?xf64>
// CHECK: scf.for %[[I:.*]] =
// CHECK: scf.for %[[J:.*]] =
// CHECK: memref.subview %{{.*}}[%{{.*}}, %{{.*}}, 0, 0] [1, 1, %{{.*}}, %{{.*}}] [1, 1, 1, 1]
// CHECK: memref.subview %[[OUT]][%[[I]], %[[J]]] [1, 1] [1, 1]
// CHECK: call @nbc_rt_lapack_d
func.func @det_stack(%a: memref<?x?x?x?xf64>) -> memref<?x?xf64> {
  %d = nbc.linalg det %a : memref<?x?x?x?xf64> -> memref<?x?xf64>
  return %d : memref<?x?xf64>
}

// solve's stacks broadcast: a ValueError when they do not (NumPy's
// message, the shapes filled in at run time).
// CHECK-LABEL: func @solve_stacks
// CHECK: nbc.raise_if %{{.*}}, ValueError, "operands could not be broadcast together with remapped shapes [original->remapped]: ({},{},{})->({},newaxis,newaxis) ({},{},{})->({},newaxis,newaxis)  and requested shape ({},{})"
// CHECK: scf.for
// CHECK: arith.select
// CHECK: call @nbc_rt_lapack_d
func.func @solve_stacks(%a: memref<?x?x?xf64>, %b: memref<?x?x?xf64>) -> memref<?x?x?xf64> {
  %x = nbc.linalg solve %a, %b : memref<?x?x?xf64>, memref<?x?x?xf64> -> memref<?x?x?xf64>
  return %x : memref<?x?x?xf64>
}
