// nbc.matmul through --nbc-to-llvm, JIT and AOT, against NumPy:
//   [[1,2,3],[4,5,6]] @ [[1,2],[3,4],[5,6]] = [[22,28],[49,64]]
//   np.dot(int8 [[1,-2],[3,4]], uint8 [200,100]) = int16 [0, 1000]
//   [1,2,3] @ [[1,0],[0,1],[1,1]] (f32) = [4, 5]
//   np.vdot([1,2,-3], [4,5,6]) = -4; np.outer([1,2], [0.5,1,2])
//   and NumPy's ValueErrors for mismatched inner dimensions.
// RUN: nbc-run %s --fn=mm --arg='[[1,2,3],[4,5,6]]:f64' --arg='[[1,2],[3,4],[5,6]]:f64' | FileCheck %s --check-prefix=MM
// RUN: nbc-run --aot %s --fn=mm --arg='[[1,2,3],[4,5,6]]:f64' --arg='[[1,2],[3,4],[5,6]]:f64' | FileCheck %s --check-prefix=MM
// RUN: nbc-run %s --fn=mv --arg='[[1,-2],[3,4]]:i8' --arg='[200,100]:u8' | FileCheck %s --check-prefix=MV
// RUN: nbc-run %s --fn=vm --arg='[1,2,3]:i32' --arg='[[1,0],[0,1],[1,1]]:f32' | FileCheck %s --check-prefix=VM
// RUN: nbc-run %s --fn=vv --arg='[1,2,-3]:i64' --arg='[4,5,6]:i64' | FileCheck %s --check-prefix=VV
// RUN: nbc-run %s --fn=outer --arg='[1,2]:i64' --arg='[0.5,1,2]:f64' | FileCheck %s --check-prefix=OUTER
// RUN: nbc-run %s --fn=vv --arg='[]:i64' --arg='[]:i64' | FileCheck %s --check-prefix=EMPTY
// RUN: not nbc-run %s --fn=mm --arg='[[],[]]:f64' --arg='[[],[]]:f64' 2>&1 | FileCheck %s --check-prefix=EMPTY2
// RUN: not nbc-run %s --fn=mm --arg='[[1,2,3],[4,5,6]]:f64' --arg='[[1,2],[3,4]]:f64' 2>&1 | FileCheck %s --check-prefix=EMM
// RUN: not nbc-run --aot %s --fn=mm --arg='[[1,2,3],[4,5,6]]:f64' --arg='[[1,2],[3,4]]:f64' 2>&1 | FileCheck %s --check-prefix=EMM
// RUN: not nbc-run %s --fn=mv --arg='[[1,2],[3,4]]:i8' --arg='[1,2,3]:u8' 2>&1 | FileCheck %s --check-prefix=EMV
// RUN: not nbc-run %s --fn=vv --arg='[1,2,3]:i64' --arg='[1,2]:i64' 2>&1 | FileCheck %s --check-prefix=EVV
// Batched: (2,2,2) @ (1,2,2) broadcasts; (2,2,2) @ (3,2,2) does not.
// RUN: nbc-run %s --fn=bmm --arg='[[[1,2],[3,4]],[[5,6],[7,8]]]:f64' --arg='[[[1,0],[0,2]]]:f64' | FileCheck %s --check-prefix=BMM
// RUN: not nbc-run %s --fn=bmm --arg='[[[1,2],[3,4]],[[5,6],[7,8]]]:f64' --arg='[[[1,0],[0,2]],[[1,0],[0,2]],[[1,0],[0,2]]]:f64' 2>&1 | FileCheck %s --check-prefix=EBMM
// BMM: {{\[\[\[}}1.0, 4.0], [3.0, 8.0]], {{\[\[}}5.0, 12.0], [7.0, 16.0]]]
// EBMM: ValueError: operands could not be broadcast together with remapped shapes [original->remapped]: (2,2,2)->(2,newaxis,newaxis) (3,2,2)->(3,newaxis,newaxis)  and requested shape (2,2)
// MM: {{\[\[}}22.0, 28.0], [49.0, 64.0]]
// MV: [0, 1000]
// VM: [4.0, 5.0]
// VV: -4
// OUTER: {{\[\[}}0.5, 1.0, 2.0], [1.0, 2.0, 4.0]]
// EMM: ValueError: matmul: Input operand 1 has a mismatch in its core dimension 0, with gufunc signature (n?,k),(k,m?)->(n?,m?) (size 2 is different from 3)
// EMV: ValueError: shapes (2,2) and (3,) not aligned: 2 (dim 1) != 3 (dim 0)
// EVV: ValueError: cannot reshape array of size 2 into shape (3,)
// EMPTY: 0
// EMPTY2: ValueError: matmul: {{.*}} (size 2 is different from 0)

func.func @mm(%a: memref<?x?xf64>, %b: memref<?x?xf64>) -> memref<?x?xf64> attributes {nbc.kernel = #nbc.kernel<>} {
  %c = nbc.matmul matmul %a, %b : memref<?x?xf64>, memref<?x?xf64> -> memref<?x?xf64>
  return %c : memref<?x?xf64>
}
func.func @mv(%a: memref<?x?xsi8>, %x: memref<?xui8>) -> memref<?xsi16> attributes {nbc.kernel = #nbc.kernel<>} {
  %c = nbc.matmul dot %a, %x : memref<?x?xsi8>, memref<?xui8> -> memref<?xsi16>
  return %c : memref<?xsi16>
}
func.func @vm(%x: memref<?xsi32>, %b: memref<?x?xf32>) -> memref<?xf64> attributes {nbc.kernel = #nbc.kernel<>} {
  %c = nbc.matmul matmul %x, %b : memref<?xsi32>, memref<?x?xf32> -> memref<?xf64>
  return %c : memref<?xf64>
}
func.func @vv(%x: memref<?xsi64>, %y: memref<?xsi64>) -> si64 attributes {nbc.kernel = #nbc.kernel<>} {
  %c = nbc.matmul vdot %x, %y : memref<?xsi64>, memref<?xsi64> -> si64
  return %c : si64
}
func.func @outer(%x: memref<?xsi64>, %y: memref<?xf64>) -> memref<?x?xf64> attributes {nbc.kernel = #nbc.kernel<>} {
  %c = nbc.matmul outer %x, %y : memref<?xsi64>, memref<?xf64> -> memref<?x?xf64>
  return %c : memref<?x?xf64>
}
func.func @bmm(%a: memref<?x?x?xf64>, %b: memref<?x?x?xf64>) -> memref<?x?x?xf64> attributes {nbc.kernel = #nbc.kernel<>} {
  %c = nbc.matmul matmul %a, %b : memref<?x?x?xf64>, memref<?x?x?xf64> -> memref<?x?x?xf64>
  return %c : memref<?x?x?xf64>
}
