// RUN: nbc-opt %s --convert-nbc-to-core | FileCheck %s

// A list of tuples holds records of one 64-bit word a field after the
// 16-byte header, viewed as memref<?xKxi64>; a tuple value is an
// !llvm.struct of its (signless) fields.

// CHECK-LABEL: func @append
// CHECK: %[[T0:.*]] = llvm.mlir.poison : !llvm.struct<(i64, f32, i1)>
// CHECK: %[[T1:.*]] = llvm.insertvalue %{{.*}}, %[[T0]][0]
// CHECK: %[[T2:.*]] = llvm.insertvalue %{{.*}}, %[[T1]][1]
// CHECK: %[[T:.*]] = llvm.insertvalue %{{.*}}, %[[T2]][2]
// CHECK: scf.if
// CHECK: memref.copy %{{.*}}, %{{.*}} : memref<?x3xi64> to memref<?x3xi64>
// CHECK: %[[ITEMS:.*]] = memref.view %{{.*}}[%{{.*}}][%{{.*}}] : memref<?xi8> to memref<?x3xi64>
// CHECK: %[[F0:.*]] = llvm.extractvalue %[[T]][0]
// CHECK: memref.store %[[F0]], %[[ITEMS]][%{{.*}}, %{{.*}}] : memref<?x3xi64>
// CHECK: %[[F1:.*]] = llvm.extractvalue %[[T]][1]
// CHECK: %[[B1:.*]] = arith.bitcast %[[F1]] : f32 to i32
// CHECK: %[[W1:.*]] = arith.extui %[[B1]] : i32 to i64
// CHECK: memref.store %[[W1]], %[[ITEMS]]
// CHECK: %[[F2:.*]] = llvm.extractvalue %[[T]][2]
// CHECK: %[[W2:.*]] = arith.extui %[[F2]] : i1 to i64
// CHECK: memref.store %[[W2]], %[[ITEMS]]
func.func @append(%l: !nbc.list<tuple<si64, f32, i1>>, %i: si64, %x: f32, %b: i1) -> !nbc.list<tuple<si64, f32, i1>> {
  %t = nbc.make_tuple %i, %x, %b : si64, f32, i1 -> tuple<si64, f32, i1>
  %l2 = nbc.list_append %l, %t : !nbc.list<tuple<si64, f32, i1>>
  return %l2 : !nbc.list<tuple<si64, f32, i1>>
}

// CHECK-LABEL: func @get
// CHECK: memref.view %{{.*}} : memref<?xi8> to memref<?x2xi64>
// CHECK: %[[W0:.*]] = memref.load %{{.*}}[%{{.*}}, %{{.*}}] : memref<?x2xi64>
// CHECK: %[[S0:.*]] = arith.trunci %[[W0]] : i64 to i8
// CHECK: llvm.insertvalue %[[S0]]
// CHECK: %[[W1:.*]] = memref.load %{{.*}}[%{{.*}}, %{{.*}}] : memref<?x2xi64>
// CHECK: %[[F1:.*]] = arith.bitcast %[[W1]] : i64 to f64
// CHECK: %[[T:.*]] = llvm.insertvalue %[[F1]]
// CHECK: %[[X:.*]] = llvm.extractvalue %[[T]][1] : !llvm.struct<(i8, f64)>
// CHECK: return %[[X]] : f64
func.func @get(%l: !nbc.list<tuple<si8, f64>>, %i: si64) -> f64 {
  %t = nbc.list_get %l[%i] : !nbc.list<tuple<si8, f64>>, si64
  %x = nbc.tuple_get %t[1] : tuple<si8, f64> -> f64
  return %x : f64
}

// CHECK-LABEL: func @new
// The capacity is in records of 2 words: 16 bytes each.
// CHECK: arith.constant 16 : i64
// CHECK: memref.alloc
func.func @new() -> !nbc.list<tuple<ui32, f64>> {
  %l = nbc.list_new : !nbc.list<tuple<ui32, f64>>
  return %l : !nbc.list<tuple<ui32, f64>>
}

// A list of tuples passed in is its buffer, as a list of scalars.
// CHECK-LABEL: func @buffers
// CHECK-SAME: (%[[B:.*]]: memref<?xi8>)
// CHECK-NOT: memref.alloc
// CHECK: return %[[B]] : memref<?xi8>
func.func @buffers(%b: memref<?xsi8>) -> memref<?xsi8> {
  %l = nbc.list_from_buffer %b : memref<?xsi8> -> !nbc.list<tuple<si64, f64>>
  %r = nbc.list_buffer %l : !nbc.list<tuple<si64, f64>> -> memref<?xsi8>
  return %r : memref<?xsi8>
}
