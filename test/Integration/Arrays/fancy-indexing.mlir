// nbc.take/put/mask_take/mask_put/argwhere through --nbc-to-llvm, JIT and
// AOT. Expected values and messages computed by NumPy 2.4:
//   a = [10,20,30,40,50]: a[[-1,0,2]] = [50,10,30]; a[[5]] and a[[-6]]
//   raise; m = [[1,2,3],[4,5,6]]: m[:, [2,-3]] = [[3,1],[6,4]];
//   a[[0,2,0]] = [7,8,9] gives [9,20,8,40,50] (the last write wins);
//   a[a > 25] = [[30,40,50]]; a[[T,F,T,F,T]] = [1,2] raises;
//   np.argwhere([[0,1],[2,0]]) = [[0,1],[1,0]], np.flatnonzero = [1,2].
// DEFINE: %{libs} = --shared-libs=%mlir_c_runner_utils,%mlir_runner_utils
// RUN: nbc-run %s --fn=take --arg='[10,20,30,40,50]:f64' --arg='[-1,0,2]:i64' | FileCheck %s --check-prefix=TAKE
// RUN: nbc-run --aot %s --fn=take --arg='[10,20,30,40,50]:f64' --arg='[-1,0,2]:i64' | FileCheck %s --check-prefix=TAKE
// RUN: nbc-run %s --fn=take --arg='[10,20,30,40,50]:f64' --arg='[]:i64' | FileCheck %s --check-prefix=EMPTY
// RUN: not nbc-run %s --fn=take --arg='[10,20,30,40,50]:f64' --arg='[0,5]:i64' 2>&1 | FileCheck %s --check-prefix=OOB
// RUN: not nbc-run --aot %s --fn=take --arg='[10,20,30,40,50]:f64' --arg='[-6]:i64' 2>&1 | FileCheck %s --check-prefix=OOBNEG
// RUN: nbc-run %s --fn=columns --arg='[[1,2,3],[4,5,6]]:i32' --arg='[2,-3]:i8' | FileCheck %s --check-prefix=COLS
// RUN: not nbc-run %s --fn=columns --arg='[[1,2,3],[4,5,6]]:i32' --arg='[3]:i8' 2>&1 | FileCheck %s --check-prefix=COLSOOB
// RUN: nbc-run %s --fn=put --arg='[7,8,9]:f64' --arg='[10,20,30,40,50]:f64' --arg='[0,2,0]:i64' --print-args %{libs} | FileCheck %s --check-prefix=PUT
// RUN: not nbc-run %s --fn=put --arg='[7,8,9]:f64' --arg='[10,20,30,40,50]:f64' --arg='[0,2]:i64' %{libs} 2>&1 | FileCheck %s --check-prefix=PUTSHAPE
// RUN: nbc-run %s --fn=mask_take --arg='[10,20,30,40,50]:f64' --arg='[true,false,true,false,true]:bool' | FileCheck %s --check-prefix=MTAKE
// RUN: not nbc-run %s --fn=mask_take --arg='[10,20,30,40,50]:f64' --arg='[true,false]:bool' 2>&1 | FileCheck %s --check-prefix=MSIZE
// RUN: nbc-run %s --fn=mask_put --arg='[1,2]:f64' --arg='[10,20,30,40,50]:f64' --arg='[false,true,false,false,true]:bool' --print-args %{libs} | FileCheck %s --check-prefix=MPUT
// RUN: not nbc-run %s --fn=mask_put --arg='[1,2]:f64' --arg='[10,20,30,40,50]:f64' --arg='[true,false,true,false,true]:bool' %{libs} 2>&1 | FileCheck %s --check-prefix=MPUTLEN
// RUN: nbc-run %s --fn=argwhere --arg='[[0,1],[2,0]]:i64' | FileCheck %s --check-prefix=ARGW
// RUN: nbc-run --aot %s --fn=flatnonzero --arg='[[0,1],[2,0]]:i64' | FileCheck %s --check-prefix=FLAT
// TAKE: [50.0, 10.0, 30.0]
// EMPTY: []
// OOB: IndexError: index 5 is out of bounds for axis 0 with size 5
// OOBNEG: IndexError: index -6 is out of bounds for axis 0 with size 5
// COLS: {{\[\[}}3, 1], [6, 4]]
// COLSOOB: IndexError: index 3 is out of bounds for axis 1 with size 3
// PUT: [9.0, 20.0, 8.0, 40.0, 50.0]
// PUTSHAPE: ValueError: shape mismatch: value array of shape (3,) could not be broadcast to indexing result of shape (2,)
// MTAKE: [10.0, 30.0, 50.0]
// MSIZE: IndexError: boolean index did not match indexed array along axis 0; size of axis is 5 but size of corresponding boolean axis is 2
// MPUT: [10.0, 1.0, 30.0, 40.0, 2.0]
// MPUTLEN: ValueError: NumPy boolean array indexing assignment cannot assign 2 input values to the 3 output values where the mask is true
// ARGW: {{\[\[}}0, 1], [1, 0]]
// FLAT: [1, 2]

func.func @take(%a: memref<?xf64>, %i: memref<?xsi64>) -> memref<?xf64> attributes {nbc.kernel = #nbc.kernel<>} {
  %r = nbc.take %a[%i] axis 0 : memref<?xf64>, memref<?xsi64> -> memref<?xf64>
  return %r : memref<?xf64>
}
func.func @columns(%a: memref<?x?xsi32>, %i: memref<?xsi8>) -> memref<?x?xsi32> attributes {nbc.kernel = #nbc.kernel<>} {
  %r = nbc.take %a[%i] axis 1 : memref<?x?xsi32>, memref<?xsi8> -> memref<?x?xsi32>
  return %r : memref<?x?xsi32>
}
func.func @put(%v: memref<?xf64>, %a: memref<?xf64>, %i: memref<?xsi64>) attributes {nbc.kernel = #nbc.kernel<>} {
  nbc.put %v, %a[%i] axis 0 : memref<?xf64>, memref<?xf64>, memref<?xsi64>
  return
}
func.func @mask_take(%a: memref<?xf64>, %m: memref<?xi1>) -> memref<?xf64> attributes {nbc.kernel = #nbc.kernel<>} {
  %r = nbc.mask_take %a[%m] : memref<?xf64>, memref<?xi1> -> memref<?xf64>
  return %r : memref<?xf64>
}
func.func @mask_put(%v: memref<?xf64>, %a: memref<?xf64>, %m: memref<?xi1>) attributes {nbc.kernel = #nbc.kernel<>} {
  nbc.mask_put %v, %a[%m] : memref<?xf64>, memref<?xf64>, memref<?xi1>
  return
}
func.func @argwhere(%a: memref<?x?xsi64>) -> memref<?x2xsi64> attributes {nbc.kernel = #nbc.kernel<>} {
  %w = nbc.argwhere %a : memref<?x?xsi64> -> memref<?x2xsi64>
  return %w : memref<?x2xsi64>
}
func.func @flatnonzero(%a: memref<?x?xsi64>) -> memref<?xsi64> attributes {nbc.kernel = #nbc.kernel<>} {
  %f = nbc.argwhere %a flat : memref<?x?xsi64> -> memref<?xsi64>
  return %f : memref<?xsi64>
}
