// The dict and set types and ops round-trip.
// RUN: nbc-opt %s | nbc-opt | FileCheck %s

// CHECK-LABEL: func @dict_ops
// CHECK: %[[D:.*]] = nbc.dict_new : !nbc.dict<si64, f64>
// CHECK: %[[D2:.*]] = nbc.dict_insert %[[D]][%{{.*}}] = %{{.*}} : !nbc.dict<si64, f64>
// CHECK: nbc.dict_get %[[D2]][%{{.*}}] : !nbc.dict<si64, f64>
// CHECK: nbc.dict_get_or %[[D2]][%{{.*}}], %{{.*}} : !nbc.dict<si64, f64>
// CHECK: nbc.dict_contains %[[D2]][%{{.*}}] : !nbc.dict<si64, f64>
// CHECK: nbc.dict_remove %[[D2]][%{{.*}}] {required} : !nbc.dict<si64, f64>
// CHECK: nbc.dict_len %[[D2]] : !nbc.dict<si64, f64>
// CHECK: nbc.dict_key_at %[[D2]][%{{.*}}] : !nbc.dict<si64, f64>
// CHECK: nbc.dict_value_at %[[D2]][%{{.*}}] : !nbc.dict<si64, f64>
func.func @dict_ops(%k: si64, %v: f64) -> f64 {
  %d = nbc.dict_new : !nbc.dict<si64, f64>
  %d2 = nbc.dict_insert %d[%k] = %v : !nbc.dict<si64, f64>
  %a = nbc.dict_get %d2[%k] : !nbc.dict<si64, f64>
  %b = nbc.dict_get_or %d2[%k], %v : !nbc.dict<si64, f64>
  %in = nbc.dict_contains %d2[%k] : !nbc.dict<si64, f64>
  %was = nbc.dict_remove %d2[%k] {required} : !nbc.dict<si64, f64>
  %n = nbc.dict_len %d2 : !nbc.dict<si64, f64>
  %key = nbc.dict_key_at %d2[%n] : !nbc.dict<si64, f64>
  %val = nbc.dict_value_at %d2[%n] : !nbc.dict<si64, f64>
  return %val : f64
}

// CHECK-LABEL: func @set_ops
// CHECK: %[[S:.*]] = nbc.dict_new : !nbc.set<f32>
// CHECK: %[[S2:.*]] = nbc.set_add %[[S]], %{{.*}} : !nbc.set<f32>
// CHECK: nbc.dict_contains %[[S2]][%{{.*}}] : !nbc.set<f32>
// CHECK: nbc.dict_remove %[[S2]][%{{.*}}] : !nbc.set<f32>
// CHECK: nbc.dict_key_at %[[S2]][%{{.*}}] : !nbc.set<f32>
func.func @set_ops(%x: f32, %i: si64) -> i1 {
  %s = nbc.dict_new : !nbc.set<f32>
  %s2 = nbc.set_add %s, %x : !nbc.set<f32>
  %in = nbc.dict_contains %s2[%x] : !nbc.set<f32>
  %was = nbc.dict_remove %s2[%x] : !nbc.set<f32>
  %k = nbc.dict_key_at %s2[%i] : !nbc.set<f32>
  return %in : i1
}

// CHECK-LABEL: func @types
// CHECK-SAME: !nbc.dict<i1, ui8>, %{{.*}}: !nbc.set<si32>
func.func @types(%d: !nbc.dict<i1, ui8>, %s: !nbc.set<si32>) {
  return
}

// CHECK-LABEL: func @clear_copy
// CHECK: nbc.dict_clear %{{.*}} : !nbc.dict<si64, f64>
// CHECK: nbc.dict_copy %{{.*}} : !nbc.set<f64>
func.func @clear_copy(%d: !nbc.dict<si64, f64>, %s: !nbc.set<f64>) -> !nbc.set<f64> {
  nbc.dict_clear %d : !nbc.dict<si64, f64>
  %t = nbc.dict_copy %s : !nbc.set<f64>
  return %t : !nbc.set<f64>
}

// A dict's values may be arrays (contiguous, dynamic sizes), as a list's.
// CHECK-LABEL: func @array_dict_ops
// CHECK: %[[D:.*]] = nbc.dict_new : !nbc.dict<si64, memref<?x?xf32>>
// CHECK: %[[D2:.*]] = nbc.dict_insert %[[D]][%{{.*}}] = %{{.*}} : !nbc.dict<si64, memref<?x?xf32>>
// CHECK: nbc.dict_get %[[D2]][%{{.*}}] : !nbc.dict<si64, memref<?x?xf32>>
// CHECK: nbc.dict_value_at %[[D2]][%{{.*}}] : !nbc.dict<si64, memref<?x?xf32>>
func.func @array_dict_ops(%k: si64, %a: memref<?x?xf32>, %i: si64) -> memref<?x?xf32> {
  %d = nbc.dict_new : !nbc.dict<si64, memref<?x?xf32>>
  %d2 = nbc.dict_insert %d[%k] = %a : !nbc.dict<si64, memref<?x?xf32>>
  %v = nbc.dict_get %d2[%k] : !nbc.dict<si64, memref<?x?xf32>>
  %w = nbc.dict_value_at %d2[%i] : !nbc.dict<si64, memref<?x?xf32>>
  return %w : memref<?x?xf32>
}

// Keys, set items and values may be tuples of scalars: tuple values, as a
// list of tuples' items.
// CHECK-LABEL: func @tuple_dict_ops
// CHECK: %[[K:.*]] = nbc.make_tuple %{{.*}}, %{{.*}} : si64, f64 -> tuple<si64, f64>
// CHECK: %[[D:.*]] = nbc.dict_new : !nbc.dict<tuple<si64, f64>, tuple<i1, f32>>
// CHECK: %[[D2:.*]] = nbc.dict_insert %[[D]][%[[K]]] = %{{.*}} : !nbc.dict<tuple<si64, f64>, tuple<i1, f32>>
// CHECK: nbc.dict_get %[[D2]][%[[K]]] : !nbc.dict<tuple<si64, f64>, tuple<i1, f32>>
// CHECK: nbc.dict_get_or %[[D2]][%[[K]]], %{{.*}} : !nbc.dict<tuple<si64, f64>, tuple<i1, f32>>
// CHECK: nbc.dict_contains %[[D2]][%[[K]]] : !nbc.dict<tuple<si64, f64>, tuple<i1, f32>>
// CHECK: nbc.dict_remove %[[D2]][%[[K]]] {required} : !nbc.dict<tuple<si64, f64>, tuple<i1, f32>>
// CHECK: nbc.dict_key_at %[[D2]][%{{.*}}] : !nbc.dict<tuple<si64, f64>, tuple<i1, f32>>
// CHECK: nbc.dict_value_at %[[D2]][%{{.*}}] : !nbc.dict<tuple<si64, f64>, tuple<i1, f32>>
// CHECK: nbc.set_add %{{.*}}, %[[K]] : !nbc.set<tuple<si64, f64>>
func.func @tuple_dict_ops(%i: si64, %x: f64, %b: i1, %y: f32) -> tuple<i1, f32> {
  %k = nbc.make_tuple %i, %x : si64, f64 -> tuple<si64, f64>
  %v = nbc.make_tuple %b, %y : i1, f32 -> tuple<i1, f32>
  %d = nbc.dict_new : !nbc.dict<tuple<si64, f64>, tuple<i1, f32>>
  %d2 = nbc.dict_insert %d[%k] = %v : !nbc.dict<tuple<si64, f64>, tuple<i1, f32>>
  %a = nbc.dict_get %d2[%k] : !nbc.dict<tuple<si64, f64>, tuple<i1, f32>>
  %o = nbc.dict_get_or %d2[%k], %v : !nbc.dict<tuple<si64, f64>, tuple<i1, f32>>
  %in = nbc.dict_contains %d2[%k] : !nbc.dict<tuple<si64, f64>, tuple<i1, f32>>
  %was = nbc.dict_remove %d2[%k] {required} : !nbc.dict<tuple<si64, f64>, tuple<i1, f32>>
  %key = nbc.dict_key_at %d2[%i] : !nbc.dict<tuple<si64, f64>, tuple<i1, f32>>
  %val = nbc.dict_value_at %d2[%i] : !nbc.dict<tuple<si64, f64>, tuple<i1, f32>>
  %s = nbc.dict_new : !nbc.set<tuple<si64, f64>>
  %s2 = nbc.set_add %s, %k : !nbc.set<tuple<si64, f64>>
  return %val : tuple<i1, f32>
}
