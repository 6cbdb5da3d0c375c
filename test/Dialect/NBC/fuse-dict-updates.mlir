// RUN: nbc-opt %s --nbc-fuse-dict-updates | FileCheck %s

// d[k] = d.get(k, 0) + 1 in a loop: the insertion reuses the lookup's slot.
// CHECK-LABEL: func @count
// CHECK: nbc.range
// CHECK: %[[V:.*]], %[[AT:.*]] = nbc.dict_lookup_slot %[[D:.*]][%[[K:.*]]], %{{.*}} : !nbc.dict<si64, si64>
// CHECK: %[[W:.*]] = nbc.add %[[V]]
// CHECK: nbc.dict_store_slot %[[D]][%[[K]]] at %[[AT]] = %[[W]] : !nbc.dict<si64, si64>
// CHECK-NOT: nbc.dict_get_or
// CHECK-NOT: nbc.dict_insert
func.func @count(%keys: memref<?xsi64>, %n: si64) -> si64 {
  %d0 = nbc.dict_new : !nbc.dict<si64, si64>
  %c0 = nbc.constant 0 : si64
  %c1 = nbc.constant 1 : si64
  %r = nbc.range %i = %c0 to %n step %c1 : si64 iter_args(%d = %d0) -> (!nbc.dict<si64, si64>) {
    %k = nbc.load %keys[%i] : memref<?xsi64>, si64
    %v = nbc.dict_get_or %d[%k], %c0 : !nbc.dict<si64, si64>
    %w = nbc.add %v, %c1 : si64
    %d2 = nbc.dict_insert %d[%k] = %w : !nbc.dict<si64, si64>
    nbc.yield %d2 : !nbc.dict<si64, si64>
  }
  %len = nbc.dict_len %r : !nbc.dict<si64, si64>
  return %len : si64
}

// d[k] += x (KeyError kept: the lookup has no fallback); a raise between
// (a bounds-checked load, floor division) leaves the dict as it was, and a
// read of the dict (len) does not change it.
// CHECK-LABEL: func @augmented
// CHECK: %[[V:.*]], %[[AT:.*]] = nbc.dict_lookup_slot %{{.*}}[%{{.*}}] : !nbc.dict<tuple<si64, si64>, f64>
// CHECK: nbc.load
// CHECK: nbc.floordiv
// CHECK: nbc.dict_len
// CHECK: nbc.dict_store_slot %{{.*}}[%{{.*}}] at %[[AT]] = %{{.*}} : !nbc.dict<tuple<si64, si64>, f64>
func.func @augmented(%d: !nbc.dict<tuple<si64, si64>, f64>, %i: si64, %j: si64, %a: memref<?xf64>) -> !nbc.dict<tuple<si64, si64>, f64> {
  %k = nbc.make_tuple %i, %j : si64, si64 -> tuple<si64, si64>
  %v = nbc.dict_get %d[%k] : !nbc.dict<tuple<si64, si64>, f64>
  %x = nbc.load %a[%i] : memref<?xf64>, si64
  %q = nbc.floordiv %i, %j : si64
  %n = nbc.dict_len %d : !nbc.dict<tuple<si64, si64>, f64>
  %w = nbc.add %v, %x : f64
  %d2 = nbc.dict_insert %d[%k] = %w : !nbc.dict<tuple<si64, si64>, f64>
  return %d2 : !nbc.dict<tuple<si64, si64>, f64>
}

// Not fused: the dict changes between (another key inserted, a key
// removed, cleared), memory is written (an array store), the key or the
// dict differs, or the values are arrays.
// CHECK-LABEL: func @not_fused
// CHECK-NOT: nbc.dict_lookup_slot
// CHECK-NOT: nbc.dict_store_slot
// CHECK: return
func.func @not_fused(%d: !nbc.dict<si64, si64>, %e: !nbc.dict<si64, si64>, %k: si64, %j: si64, %a: memref<?xsi64>, %ad: !nbc.dict<si64, memref<?xf64>>, %arr: memref<?xf64>) {
  %c0 = nbc.constant 0 : si64
  %v1 = nbc.dict_get_or %d[%k], %c0 : !nbc.dict<si64, si64>
  %d1 = nbc.dict_insert %d[%j] = %c0 : !nbc.dict<si64, si64>
  %d2 = nbc.dict_insert %d1[%k] = %v1 : !nbc.dict<si64, si64>
  %v2 = nbc.dict_get_or %d2[%k], %c0 : !nbc.dict<si64, si64>
  %was = nbc.dict_remove %d2[%j] : !nbc.dict<si64, si64>
  %d3 = nbc.dict_insert %d2[%k] = %v2 : !nbc.dict<si64, si64>
  %v3 = nbc.dict_get %d3[%k] : !nbc.dict<si64, si64>
  nbc.dict_clear %d3 : !nbc.dict<si64, si64>
  %d4 = nbc.dict_insert %d3[%k] = %v3 : !nbc.dict<si64, si64>
  %v4 = nbc.dict_get %d4[%k] : !nbc.dict<si64, si64>
  nbc.store %v4, %a[%k] : memref<?xsi64>, si64
  %d5 = nbc.dict_insert %d4[%k] = %v4 : !nbc.dict<si64, si64>
  %v5 = nbc.dict_get %d5[%k] : !nbc.dict<si64, si64>
  %d6 = nbc.dict_insert %d5[%j] = %v5 : !nbc.dict<si64, si64>
  %v6 = nbc.dict_get %e[%k] : !nbc.dict<si64, si64>
  %d7 = nbc.dict_insert %d6[%k] = %v6 : !nbc.dict<si64, si64>
  %x = nbc.dict_get %ad[%k] : !nbc.dict<si64, memref<?xf64>>
  %ad2 = nbc.dict_insert %ad[%k] = %arr : !nbc.dict<si64, memref<?xf64>>
  return
}
