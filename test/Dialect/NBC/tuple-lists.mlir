// Lists of tuples of scalars and the tuple ops round-trip; nbc.tuple_get of
// an nbc.make_tuple folds to the field.
// RUN: nbc-opt %s | nbc-opt | FileCheck %s
// RUN: nbc-opt %s --canonicalize | FileCheck %s --check-prefix=FOLD

// CHECK-LABEL: func @build
// CHECK: %[[L:.*]] = nbc.list_new : !nbc.list<tuple<si64, f64, i1>>
// CHECK: %[[T:.*]] = nbc.make_tuple %{{.*}}, %{{.*}}, %{{.*}} : si64, f64, i1 -> tuple<si64, f64, i1>
// CHECK: %[[L2:.*]] = nbc.list_append %[[L]], %[[T]] : !nbc.list<tuple<si64, f64, i1>>
// CHECK: %[[G:.*]] = nbc.list_get %[[L2]][%{{.*}}] : !nbc.list<tuple<si64, f64, i1>>, si64
// CHECK: nbc.tuple_get %[[G]][1] : tuple<si64, f64, i1> -> f64
// CHECK: nbc.list_set %[[T]], %[[L2]][%{{.*}}] : !nbc.list<tuple<si64, f64, i1>>, si64
// CHECK: nbc.list_pop %[[L2]] : !nbc.list<tuple<si64, f64, i1>>
// CHECK: nbc.list_buffer %[[L2]] : !nbc.list<tuple<si64, f64, i1>> -> memref<?xsi8>
func.func @build(%i: si64, %x: f64, %b: i1) -> (f64, memref<?xsi8>) {
  %l = nbc.list_new : !nbc.list<tuple<si64, f64, i1>>
  %t = nbc.make_tuple %i, %x, %b : si64, f64, i1 -> tuple<si64, f64, i1>
  %l2 = nbc.list_append %l, %t : !nbc.list<tuple<si64, f64, i1>>
  %g = nbc.list_get %l2[%i] : !nbc.list<tuple<si64, f64, i1>>, si64
  %y = nbc.tuple_get %g[1] : tuple<si64, f64, i1> -> f64
  nbc.list_set %t, %l2[%i] : !nbc.list<tuple<si64, f64, i1>>, si64
  %p = nbc.list_pop %l2 : !nbc.list<tuple<si64, f64, i1>>
  %buf = nbc.list_buffer %l2 : !nbc.list<tuple<si64, f64, i1>> -> memref<?xsi8>
  return %y, %buf : f64, memref<?xsi8>
}

// FOLD-LABEL: func @fold
// FOLD-NOT: nbc.tuple_get
// FOLD: return %arg1 : f32
func.func @fold(%a: ui8, %b: f32) -> f32 {
  %t = nbc.make_tuple %a, %b : ui8, f32 -> tuple<ui8, f32>
  %y = nbc.tuple_get %t[1] : tuple<ui8, f32> -> f32
  return %y : f32
}

// A list of tuples a caller passes in (a reflected list): its buffer holds
// the same records.
// CHECK-LABEL: func @passed_in
// CHECK: nbc.list_from_buffer %{{.*}} : memref<?xsi8> -> !nbc.list<tuple<si64, f64>>
func.func @passed_in(%b: memref<?xsi8>) -> si64 {
  %l = nbc.list_from_buffer %b : memref<?xsi8> -> !nbc.list<tuple<si64, f64>>
  %n = nbc.list_len %l : !nbc.list<tuple<si64, f64>>
  return %n : si64
}
