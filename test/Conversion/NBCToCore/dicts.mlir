// RUN: nbc-opt %s --convert-nbc-to-core | FileCheck %s

// A dict or set is a memref<?xi8> holding the hash table of
// lib/Runtime/Dict.c; the ops are calls that take the memref itself.

// CHECK-LABEL: func @new
// CHECK: %[[BYTES:.*]] = call @nbc_rt_dict_bytes(%{{.*}}) : (i64) -> i64
// CHECK: %[[T:.*]] = memref.alloc(%{{.*}}) {alignment = 64 : i64} : memref<?xi8>
// CHECK: call @nbc_rt_dict_init(%[[T]], %{{.*}}) : (memref<?xi8>, i64) -> ()
// CHECK: return %[[T]] : memref<?xi8>
func.func @new() -> !nbc.dict<si64, f64> {
  %d = nbc.dict_new : !nbc.dict<si64, f64>
  return %d : !nbc.dict<si64, f64>
}

// Insertion: a bigger table when full (rehashed), then the insert; a float
// value travels as its bits, an si32 key sign-extended, kind 0.
// CHECK-LABEL: func @insert
// CHECK-SAME: (%[[D:.*]]: memref<?xi8>, %[[K:.*]]: i32, %[[V:.*]]: f64)
// CHECK: %[[BITS:.*]] = arith.bitcast %[[V]] : f64 to i64
// CHECK: %[[CAP:.*]] = call @nbc_rt_dict_grow_capacity(%[[D]])
// CHECK: %[[FULL:.*]] = arith.cmpi ne, %[[CAP]]
// CHECK: %[[T:.*]] = scf.if %[[FULL]] -> (memref<?xi8>) {
// CHECK:   %[[NEW:.*]] = memref.alloc
// CHECK:   call @nbc_rt_dict_rehash(%[[D]], %[[NEW]], %[[CAP]], %{{.*}})
// CHECK:   scf.yield %[[NEW]]
// CHECK: } else {
// CHECK:   scf.yield %[[D]]
// CHECK: %[[KEY:.*]] = arith.extsi %[[K]] : i32 to i64
// CHECK: call @nbc_rt_dict_insert(%[[T]], %[[KEY]], %{{.*}}, %[[BITS]])
// CHECK: return %[[T]]
func.func @insert(%d: !nbc.dict<si32, f64>, %k: si32, %v: f64) -> !nbc.dict<si32, f64> {
  %d2 = nbc.dict_insert %d[%k] = %v : !nbc.dict<si32, f64>
  return %d2 : !nbc.dict<si32, f64>
}

// d[k] with a float key: kind 1, KeyError quoting the key's repr.
// CHECK-LABEL: func @get_float_key
// CHECK: %[[E:.*]] = call @nbc_rt_dict_find(%{{.*}}, %{{.*}}, %[[KIND:.*]]) : (memref<?xi8>, i64, i64) -> i64
// CHECK: nbc.raise_if %{{.*}}, KeyError, "{}"(%{{.*}} : f64)
// CHECK: %[[BITS:.*]] = call @nbc_rt_dict_value(%{{.*}}, %[[E]], %{{.*}})
// CHECK: arith.trunci %[[BITS]] : i64 to i32
func.func @get_float_key(%d: !nbc.dict<f64, si32>, %k: f64) -> si32 {
  %v = nbc.dict_get %d[%k] : !nbc.dict<f64, si32>
  return %v : si32
}

// CHECK-LABEL: func @get_int_key
// CHECK: nbc.raise_if %{{.*}}, KeyError, "{}"(%{{.*}} : i64)
func.func @get_int_key(%d: !nbc.dict<si64, f32>, %k: si64) -> f32 {
  %v = nbc.dict_get %d[%k] : !nbc.dict<si64, f32>
  return %v : f32
}

// CHECK-LABEL: func @get_bool_key
// CHECK: nbc.raise_if %{{.*}}, KeyError, "True"
// CHECK: nbc.raise_if %{{.*}}, KeyError, "False"
func.func @get_bool_key(%d: !nbc.dict<i1, si64>, %k: i1) -> si64 {
  %v = nbc.dict_get %d[%k] : !nbc.dict<i1, si64>
  return %v : si64
}

// CHECK-LABEL: func @set_ops
// CHECK: call @nbc_rt_dict_insert(%{{.*}}, %{{.*}}, %{{.*}}, %{{.*}})
// CHECK: %[[E:.*]] = call @nbc_rt_dict_find
// CHECK: arith.cmpi sge, %[[E]]
// CHECK: call @nbc_rt_dict_remove
// CHECK-NOT: KeyError
// CHECK: call @nbc_rt_dict_len
// CHECK: call @nbc_rt_dict_key_at
func.func @set_ops(%s: !nbc.set<si64>, %k: si64) -> si64 {
  %s2 = nbc.set_add %s, %k : !nbc.set<si64>
  %in = nbc.dict_contains %s2[%k] : !nbc.set<si64>
  %was = nbc.dict_remove %s2[%k] : !nbc.set<si64>
  %n = nbc.dict_len %s2 : !nbc.set<si64>
  %x = nbc.dict_key_at %s2[%n] : !nbc.set<si64>
  return %x : si64
}

// Clearing re-initialises the table in place; a copy is a copy of its bytes.
// CHECK-LABEL: func @clear_copy
// CHECK-SAME: (%[[D:.*]]: memref<?xi8>)
// CHECK: call @nbc_rt_dict_clear(%[[D]]) : (memref<?xi8>) -> ()
// CHECK: %[[N:.*]] = memref.dim %[[D]]
// CHECK: %[[C:.*]] = memref.alloc(%[[N]])
// CHECK: memref.copy %[[D]], %[[C]]
// CHECK: return %[[C]]
func.func @clear_copy(%d: !nbc.dict<si64, f64>) -> !nbc.dict<si64, f64> {
  nbc.dict_clear %d : !nbc.dict<si64, f64>
  %e = nbc.dict_copy %d : !nbc.dict<si64, f64>
  return %e : !nbc.dict<si64, f64>
}
