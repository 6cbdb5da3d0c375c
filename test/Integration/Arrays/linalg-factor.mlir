// nbc.linalg_factor through --nbc-to-llvm, JIT and AOT (both reach the
// runtime's LAPACK the same way), against NumPy:
//   np.linalg.eigvalsh([[3,0],[0,1]]) = [1, 3] (ascending)
//   np.linalg.svd([[3,0],[0,-4]], compute_uv=False) = [4, 3] (float32)
//   np.linalg.lstsq([[2],[0]], [4,3])[1] = [9] (rank 1 == n < m: residuals)
//   np.linalg.lstsq([[1,1],[1,1]], [1,3])[1] = [] (rank 1 < n: none)
//   np.linalg.eigvals([[2,1],[0,3]]) = [2, 3]; [[0,-1],[1,0]]'s are +-i:
//   Numba's ValueError (in a stack too: [[[2,1],[0,3]],[[1,0],[0,5]]]'s
//   are [[2, 3], [1, 5]]); and NumPy's LinAlgErrors; without a BLAS (NBC_BLAS=none) a RuntimeError.
// RUN: nbc-run %s --fn=eigvalsh --arg='[[3,0],[0,1]]:f64' | FileCheck %s --check-prefix=EIG
// RUN: nbc-run --aot %s --fn=eigvalsh --arg='[[3,0],[0,1]]:f64' | FileCheck %s --check-prefix=EIG
// RUN: nbc-run --aot %s --fn=svdvals --arg='[[3,0],[0,-4]]:f32' | FileCheck %s --check-prefix=SVD
// RUN: nbc-run %s --fn=residuals --arg='[[2],[0]]:f64' --arg='[4,3]:f64' | FileCheck %s --check-prefix=RES
// RUN: nbc-run --aot %s --fn=residuals --arg='[[1,1],[1,1]]:f64' --arg='[1,3]:f64' | FileCheck %s --check-prefix=NORES
// RUN: not nbc-run %s --fn=eigvalsh --arg='[[1,2,3],[2,4,5]]:f64' 2>&1 | FileCheck %s --check-prefix=SQUARE
// RUN: not nbc-run --aot %s --fn=residuals --arg='[[1],[1]]:f64' --arg='[1,3,4]:f64' 2>&1 | FileCheck %s --check-prefix=DIMS
// RUN: nbc-run --aot %s --fn=eigvals --arg='[[2,1],[0,3]]:f64' | FileCheck %s --check-prefix=EIGVALS
// RUN: not nbc-run %s --fn=eigvals --arg='[[0,-1],[1,0]]:f64' 2>&1 | FileCheck %s --check-prefix=DOMAIN
// RUN: nbc-run %s --fn=eigvals_stack --arg='[[[2,1],[0,3]],[[1,0],[0,5]]]:f64' | FileCheck %s --check-prefix=EIGSTACK
// RUN: not nbc-run --aot %s --fn=eigvals_stack --arg='[[[2,1],[0,3]],[[0,-1],[1,0]]]:f64' 2>&1 | FileCheck %s --check-prefix=DOMAIN
// RUN: env NBC_BLAS=none not nbc-run --aot %s --fn=svdvals --arg='[[3,0],[0,-4]]:f32' 2>&1 | FileCheck %s --check-prefix=NOLAPACK
// EIG: [1.0, 3.0]
// SVD: [4.0, 3.0]
// RES: [9.0]
// NORES: []
// SQUARE: LinAlgError: Last 2 dimensions of the array must be square
// DIMS: LinAlgError: Incompatible dimensions
// EIGVALS: [2.0, 3.0]
// EIGSTACK: {{\[}}[2.0, 3.0], [1.0, 5.0]]
// DOMAIN: ValueError: eigvals() argument must not cause a domain change.
// NOLAPACK: RuntimeError: np.linalg.svd needs LAPACK

func.func @eigvalsh(%a: memref<?x?xf64>) -> memref<?xf64> attributes {nbc.kernel = #nbc.kernel<>} {
  %w = nbc.linalg_factor eigvalsh %a : memref<?x?xf64> -> memref<?xf64>
  return %w : memref<?xf64>
}
func.func @svdvals(%a: memref<?x?xf32>) -> memref<?xf32> attributes {nbc.kernel = #nbc.kernel<>} {
  %s = nbc.linalg_factor svdvals %a : memref<?x?xf32> -> memref<?xf32>
  return %s : memref<?xf32>
}
func.func @residuals(%a: memref<?x?xf64>, %b: memref<?xf64>) -> memref<?xf64> attributes {nbc.kernel = #nbc.kernel<>} {
  %x, %res, %rank, %s = nbc.linalg_factor lstsq %a, %b : memref<?x?xf64>, memref<?xf64> -> memref<?xf64>, memref<?xf64>, si64, memref<?xf64>
  return %res : memref<?xf64>
}
func.func @eigvals(%a: memref<?x?xf64>) -> memref<?xf64> attributes {nbc.kernel = #nbc.kernel<>} {
  %w = nbc.linalg_factor eigvals %a : memref<?x?xf64> -> memref<?xf64>
  return %w : memref<?xf64>
}
func.func @eigvals_stack(%a: memref<?x?x?xf64>) -> memref<?x?xf64> attributes {nbc.kernel = #nbc.kernel<>} {
  %w = nbc.linalg_factor eigvals %a : memref<?x?x?xf64> -> memref<?x?xf64>
  return %w : memref<?x?xf64>
}
