// nbc.linalg and BLAS-backed nbc.matmul through --nbc-to-llvm, JIT and AOT
// (both reach the runtime's BLAS/LAPACK the same way), against NumPy:
//   np.linalg.solve([[3,1],[1,2]], [9,8]) = [2, 3]
//   np.linalg.inv([[4,7],[2,6]]) = [[0.6,-0.7],[-0.2,0.4]] (the last digit
//   depends on the BLAS kernel the CPU selects)
//   np.linalg.det([[1,2],[3,4]]) = -2 (float32)
//   np.linalg.cholesky([[4,2],[2,3]]) = [[2,0],[1,sqrt(2)]]
//   and NumPy's LinAlgErrors; without a BLAS (NBC_BLAS=none) a RuntimeError.
// RUN: nbc-run %s --fn=solve --arg='[[3,1],[1,2]]:f64' --arg='[9,8]:f64' | FileCheck %s --check-prefix=SOLVE
// RUN: nbc-run --aot %s --fn=solve --arg='[[3,1],[1,2]]:f64' --arg='[9,8]:f64' | FileCheck %s --check-prefix=SOLVE
// RUN: nbc-run %s --fn=inv --arg='[[4,7],[2,6]]:f64' | FileCheck %s --check-prefix=INV
// RUN: nbc-run --aot %s --fn=det --arg='[[1,2],[3,4]]:f32' | FileCheck %s --check-prefix=DET
// RUN: nbc-run %s --fn=cholesky --arg='[[4,2],[2,3]]:f64' | FileCheck %s --check-prefix=CHOL
// RUN: not nbc-run %s --fn=inv --arg='[[1,2],[2,4]]:f64' 2>&1 | FileCheck %s --check-prefix=SINGULAR
// RUN: not nbc-run --aot %s --fn=cholesky --arg='[[1,2],[2,1]]:f64' 2>&1 | FileCheck %s --check-prefix=NOTPD
// RUN: not nbc-run %s --fn=inv --arg='[[1,2,3],[2,4,5]]:f64' 2>&1 | FileCheck %s --check-prefix=SQUARE
// RUN: env NBC_BLAS=none not nbc-run --aot %s --fn=inv --arg='[[4,7],[2,6]]:f64' 2>&1 | FileCheck %s --check-prefix=NOLAPACK
// A (64,1) @ (1,64) product (4096 multiply-adds: dgemm) gives the same
// result through the BLAS and through the compiled loops, JIT and AOT.
// RUN: nbc-run %s --fn=mm --arg='[[1],[2],[3],[4],[5],[6],[7],[8],[9],[10],[11],[12],[13],[14],[15],[16],[17],[18],[19],[20],[21],[22],[23],[24],[25],[26],[27],[28],[29],[30],[31],[32],[33],[34],[35],[36],[37],[38],[39],[40],[41],[42],[43],[44],[45],[46],[47],[48],[49],[50],[51],[52],[53],[54],[55],[56],[57],[58],[59],[60],[61],[62],[63],[64]]:f64' --arg='[[0,1,2,3,4,5,6,0,1,2,3,4,5,6,0,1,2,3,4,5,6,0,1,2,3,4,5,6,0,1,2,3,4,5,6,0,1,2,3,4,5,6,0,1,2,3,4,5,6,0,1,2,3,4,5,6,0,1,2,3,4,5,6,0]]:f64' > %t.blas
// RUN: env NBC_BLAS=none nbc-run --aot %s --fn=mm --arg='[[1],[2],[3],[4],[5],[6],[7],[8],[9],[10],[11],[12],[13],[14],[15],[16],[17],[18],[19],[20],[21],[22],[23],[24],[25],[26],[27],[28],[29],[30],[31],[32],[33],[34],[35],[36],[37],[38],[39],[40],[41],[42],[43],[44],[45],[46],[47],[48],[49],[50],[51],[52],[53],[54],[55],[56],[57],[58],[59],[60],[61],[62],[63],[64]]:f64' --arg='[[0,1,2,3,4,5,6,0,1,2,3,4,5,6,0,1,2,3,4,5,6,0,1,2,3,4,5,6,0,1,2,3,4,5,6,0,1,2,3,4,5,6,0,1,2,3,4,5,6,0,1,2,3,4,5,6,0,1,2,3,4,5,6,0]]:f64' > %t.loops
// RUN: nbc-run --aot %s --fn=mm --arg='[[1],[2],[3],[4],[5],[6],[7],[8],[9],[10],[11],[12],[13],[14],[15],[16],[17],[18],[19],[20],[21],[22],[23],[24],[25],[26],[27],[28],[29],[30],[31],[32],[33],[34],[35],[36],[37],[38],[39],[40],[41],[42],[43],[44],[45],[46],[47],[48],[49],[50],[51],[52],[53],[54],[55],[56],[57],[58],[59],[60],[61],[62],[63],[64]]:f64' --arg='[[0,1,2,3,4,5,6,0,1,2,3,4,5,6,0,1,2,3,4,5,6,0,1,2,3,4,5,6,0,1,2,3,4,5,6,0,1,2,3,4,5,6,0,1,2,3,4,5,6,0,1,2,3,4,5,6,0,1,2,3,4,5,6,0]]:f64' > %t.aot
// RUN: diff %t.blas %t.loops
// RUN: diff %t.blas %t.aot
// RUN: FileCheck %s --check-prefix=MM < %t.blas
// SOLVE: [2.0, 3.0]
// INV: {{\[\[}}0.6{{0*1?}}, -0.7{{0*1?}}], [-0.2{{0*4?}}, 0.4{{0*1?}}]]
// DET: -2.0
// CHOL: {{\[\[}}2.0, 0.0], [1.0, 1.4142135623730951]]
// SINGULAR: LinAlgError: Singular matrix
// NOTPD: LinAlgError: Matrix is not positive definite
// SQUARE: LinAlgError: Last 2 dimensions of the array must be square
// NOLAPACK: RuntimeError: np.linalg.inv needs LAPACK
// MM: {{\[\[}}0.0, 1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 0.0, 1.0,
// MM-SAME: [0.0, 64.0, 128.0, 192.0, 256.0, 320.0, 384.0, 0.0,

func.func @solve(%a: memref<?x?xf64>, %b: memref<?xf64>) -> memref<?xf64> attributes {nbc.kernel = #nbc.kernel<>} {
  %x = nbc.linalg solve %a, %b : memref<?x?xf64>, memref<?xf64> -> memref<?xf64>
  return %x : memref<?xf64>
}
func.func @inv(%a: memref<?x?xf64>) -> memref<?x?xf64> attributes {nbc.kernel = #nbc.kernel<>} {
  %x = nbc.linalg inv %a : memref<?x?xf64> -> memref<?x?xf64>
  return %x : memref<?x?xf64>
}
func.func @det(%a: memref<?x?xf32>) -> f32 attributes {nbc.kernel = #nbc.kernel<>} {
  %x = nbc.linalg det %a : memref<?x?xf32> -> f32
  return %x : f32
}
func.func @cholesky(%a: memref<?x?xf64>) -> memref<?x?xf64> attributes {nbc.kernel = #nbc.kernel<>} {
  %x = nbc.linalg cholesky %a : memref<?x?xf64> -> memref<?x?xf64>
  return %x : memref<?x?xf64>
}
func.func @mm(%a: memref<?x?xf64>, %b: memref<?x?xf64>) -> memref<?x?xf64> attributes {nbc.kernel = #nbc.kernel<>} {
  %c = nbc.matmul matmul %a, %b : memref<?x?xf64>, memref<?x?xf64> -> memref<?x?xf64>
  return %c : memref<?x?xf64>
}
