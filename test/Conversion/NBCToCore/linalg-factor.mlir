// nbc.linalg_factor -> NumPy's shape checks, new results, one call of the
// runtime's nbc_rt_lapack_factor (kind, flags, m, n, nrhs, a and b as
// address + two strides, rcond, four result addresses) and nbc.raise_if on
// its status; lstsq's residuals get their length from the computed rank.
// RUN: nbc-opt %s --convert-nbc-to-core | FileCheck %s

// CHECK: func.func private @nbc_rt_lapack_factor(i32, i32, i64, i64, i64, i64, i64, i64, i64, i64, i64, f64, i64, i64, i64, i64) -> i32

// CHECK-LABEL: func @eigh_upper
// CHECK: nbc.raise_if %{{.*}}, LinAlgError, "Last 2 dimensions of the array must be square"
// CHECK: %[[W:.*]] = memref.alloc(%{{.*}}) {alignment = 64 : i64} : memref<?xf32>
// CHECK: %[[V:.*]] = memref.alloc(%{{.*}}, %{{.*}}) {alignment = 64 : i64} : memref<?x?xf32>
// CHECK-DAG: %[[KIND:.*]] = arith.constant 0 : i32
// CHECK-DAG: %[[FLAGS:.*]] = arith.constant 3 : i32
// CHECK: %[[ST:.*]] = call @nbc_rt_lapack_factor(%[[KIND]], %[[FLAGS]],
// CHECK: nbc.raise_if %{{.*}}, LinAlgError, "Eigenvalues did not converge"
// CHECK: nbc.raise_if %{{.*}}, RuntimeError, "np.linalg.eigh needs LAPACK
// CHECK: nbc.raise_if %{{.*}}, MemoryError, "Unable to allocate memory for np.linalg.eigh"
// CHECK: return %[[W]], %[[V]]
func.func @eigh_upper(%a: memref<?x?xf32>) -> (memref<?xf32>, memref<?x?xf32>) {
  %w, %v = nbc.linalg_factor eigh %a {upper} : memref<?x?xf32> -> memref<?xf32>, memref<?x?xf32>
  return %w, %v : memref<?xf32>, memref<?x?xf32>
}

// full_matrices=True: u (m,m) and vt (n,n); no square check.
// CHECK-LABEL: func @svd_full
// CHECK-NOT: must be square
// CHECK: %[[M:.*]] = memref.dim %{{.*}}, %c0
// CHECK: %[[N:.*]] = memref.dim %{{.*}}, %c1
// CHECK: %[[K:.*]] = arith.minsi %[[M]], %[[N]] : index
// CHECK: memref.alloc(%[[M]], %[[M]])
// CHECK: memref.alloc(%[[K]])
// CHECK: memref.alloc(%[[N]], %[[N]])
// CHECK: arith.constant 4 : i32
// CHECK: call @nbc_rt_lapack_factor
// CHECK: nbc.raise_if %{{.*}}, LinAlgError, "SVD did not converge"
func.func @svd_full(%a: memref<?x?xf64>) -> (memref<?x?xf64>, memref<?xf64>, memref<?x?xf64>) {
  %u, %s, %vt = nbc.linalg_factor svd %a {full} : memref<?x?xf64> -> memref<?x?xf64>, memref<?xf64>, memref<?x?xf64>
  return %u, %s, %vt : memref<?x?xf64>, memref<?xf64>, memref<?x?xf64>
}

// CHECK-LABEL: func @lstsq
// CHECK-SAME: %[[RC:[a-z0-9]+]]: f64)
// CHECK: nbc.raise_if %{{.*}}, LinAlgError, "Incompatible dimensions"
// CHECK: %[[SCRATCH:.*]] = memref.alloc(%{{.*}}) {alignment = 64 : i64} : memref<?xf64>
// CHECK: %[[RANKBUF:.*]] = memref.alloca() : memref<i64>
// CHECK: arith.constant 8 : i32
// CHECK: call @nbc_rt_lapack_factor({{.*}}, %[[RC]], {{.*}}) : (i32, i32, i64, i64, i64, i64, i64, i64, i64, i64, i64, f64,
// CHECK: nbc.raise_if %{{.*}}, LinAlgError, "SVD did not converge in Linear Least Squares"
// CHECK: %[[RANK:.*]] = memref.load %[[RANKBUF]][] : memref<i64>
// CHECK: %[[LEN:.*]] = arith.select
// CHECK: %[[RES:.*]] = memref.alloc(%[[LEN]])
// CHECK: %[[PART:.*]] = memref.subview %[[SCRATCH]][0] [%[[LEN]]] [1]
// CHECK: memref.copy %[[PART]], %[[RES]]
// CHECK: return %{{.*}}, %[[RES]], %[[RANK]], %{{.*}}
func.func @lstsq(%a: memref<?x?xf64>, %b: memref<?x?xf64>, %r: f64)
    -> (memref<?x?xf64>, memref<?xf64>, si64, memref<?xf64>) {
  %x, %res, %rank, %s = nbc.linalg_factor lstsq %a, %b rcond %r : memref<?x?xf64>, memref<?x?xf64> -> memref<?x?xf64>, memref<?xf64>, si64, memref<?xf64>
  return %x, %res, %rank, %s : memref<?x?xf64>, memref<?xf64>, si64, memref<?xf64>
}

// eig: square check, NumPy's finiteness check and Numba's domain change.
// CHECK-LABEL: func @eigvals
// CHECK: nbc.raise_if %{{.*}}, LinAlgError, "Last 2 dimensions of the array must be square"
// CHECK: arith.constant 8 : i32
// CHECK: call @nbc_rt_lapack_factor
// CHECK: nbc.raise_if %{{.*}}, LinAlgError, "Eigenvalues did not converge"
// CHECK: nbc.raise_if %{{.*}}, RuntimeError, "np.linalg.eigvals needs LAPACK
// CHECK: nbc.raise_if %{{.*}}, LinAlgError, "Array must not contain infs or NaNs"
// CHECK: nbc.raise_if %{{.*}}, ValueError, "eigvals() argument must not cause a domain change."
func.func @eigvals(%a: memref<?x?xf64>) -> memref<?xf64> {
  %w = nbc.linalg_factor eigvals %a : memref<?x?xf64> -> memref<?xf64>
  return %w : memref<?xf64>
}

// A complex Hermitian eigh: flags 16 (complex) | 1 (complex<f32>), real w.
// CHECK-LABEL: func @eigh_complex
// CHECK: %[[W:.*]] = memref.alloc(%{{.*}}) {alignment = 64 : i64} : memref<?xf32>
// CHECK: %[[V:.*]] = memref.alloc(%{{.*}}, %{{.*}}) {alignment = 64 : i64} : memref<?x?xcomplex<f32>>
// CHECK-DAG: %[[FLAGS:.*]] = arith.constant 17 : i32
// CHECK: call @nbc_rt_lapack_factor(%{{.*}}, %[[FLAGS]],
func.func @eigh_complex(%a: memref<?x?xcomplex<f32>>) -> (memref<?xf32>, memref<?x?xcomplex<f32>>) {
  %w, %v = nbc.linalg_factor eigh %a : memref<?x?xcomplex<f32>> -> memref<?xf32>, memref<?x?xcomplex<f32>>
  return %w, %v : memref<?xf32>, memref<?x?xcomplex<f32>>
}

// A complex eig: flags 16 (complex), complex w and v.
// CHECK-LABEL: func @eig_complex
// CHECK: memref.alloc(%{{.*}}) {alignment = 64 : i64} : memref<?xcomplex<f64>>
// CHECK-DAG: %[[KIND:.*]] = arith.constant 7 : i32
// CHECK-DAG: %[[FLAGS:.*]] = arith.constant 16 : i32
// CHECK: call @nbc_rt_lapack_factor(%[[KIND]], %[[FLAGS]],
// CHECK: nbc.raise_if %{{.*}}, LinAlgError, "Array must not contain infs or NaNs"
func.func @eig_complex(%a: memref<?x?xcomplex<f64>>) -> (memref<?xcomplex<f64>>, memref<?x?xcomplex<f64>>) {
  %w, %v = nbc.linalg_factor eig %a : memref<?x?xcomplex<f64>> -> memref<?xcomplex<f64>>, memref<?x?xcomplex<f64>>
  return %w, %v : memref<?xcomplex<f64>>, memref<?x?xcomplex<f64>>
}

// A stack (2, ?, m, n): results stacked, one call per matrix in a loop nest
// over the leading dimensions, on views of a and of each result.
// CHECK-LABEL: func @svd_stack
// CHECK: %[[S:.*]] = memref.alloc(%{{.*}}, %{{.*}}) {alignment = 64 : i64} : memref<2x?x?xf64>
// CHECK: scf.for %[[I:.*]] = %{{.*}} to %{{.*}} step
// CHECK: scf.for %[[J:.*]] = %{{.*}} to %{{.*}} step
// CHECK: memref.subview %{{.*}}[%[[I]], %[[J]], 0, 0] [1, 1, %{{.*}}, %{{.*}}] [1, 1, 1, 1] : memref<2x?x?x?xf64> to memref<?x?xf64, strided<[?, 1], offset: ?>>
// CHECK: memref.subview %[[S]][%[[I]], %[[J]], 0] [1, 1, %{{.*}}] [1, 1, 1] : memref<2x?x?xf64> to memref<?xf64, strided<[1], offset: ?>>
// CHECK: call @nbc_rt_lapack_factor
// CHECK: nbc.raise_if %{{.*}}, LinAlgError, "SVD did not converge"
// CHECK: return %[[S]]
func.func @svd_stack(%a: memref<2x?x?x?xf64>) -> memref<2x?x?xf64> {
  %s = nbc.linalg_factor svdvals %a : memref<2x?x?x?xf64> -> memref<2x?x?xf64>
  return %s : memref<2x?x?xf64>
}
