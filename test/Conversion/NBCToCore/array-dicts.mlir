// RUN: nbc-opt %s --convert-nbc-to-core | FileCheck %s

// A dict of arrays is the buffer of a list of arrays (one memref<?xi8> that
// owns copies of its values) whose slots end with the key's bits; keys are
// found by nbc_rt_array_dict_find (a scan of the slots).

// CHECK-LABEL: func @new
// CHECK: %[[BUF:.*]] = memref.alloc(%{{.*}}) {alignment = 64 : i64} : memref<?xi8>
// CHECK: %[[HEAD:.*]] = memref.view %[[BUF]][%{{.*}}][%{{.*}}] : memref<?xi8> to memref<?xi64>
// CHECK-COUNT-4: memref.store %{{.*}}, %[[HEAD]]
// CHECK: return %[[BUF]] : memref<?xi8>
func.func @new() -> !nbc.dict<si64, memref<?x?xf64>> {
  %d = nbc.dict_new : !nbc.dict<si64, memref<?x?xf64>>
  return %d : !nbc.dict<si64, memref<?x?xf64>>
}

// A key found is the item assignment at its slot (over the old value when
// it fits); a new one the append, then its bits in the slot's last word
// (slot words: offset, one size, key = 3).
// CHECK-LABEL: func @insert
// CHECK-SAME: (%[[D:.*]]: memref<?xi8>, %[[K:.*]]: f64, %[[A:.*]]: memref<?xf32>)
// CHECK: %[[BITS:.*]] = arith.bitcast %[[K]] : f64 to i64
// CHECK: %[[KIND:.*]] = arith.constant 1 : i64
// CHECK: %[[WORDS:.*]] = arith.constant 3 : i64
// CHECK: %[[AT:.*]] = call @nbc_rt_array_dict_find(%[[D]], %[[BITS]], %[[KIND]], %[[WORDS]]) : (memref<?xi8>, i64, i64, i64) -> i64
// CHECK: %[[FOUND:.*]] = arith.cmpi sge, %[[AT]]
// CHECK: %[[NEW:.*]] = scf.if %[[FOUND]] -> (memref<?xi8>) {
// CHECK:   memref.copy %[[A]], %{{.*}} : memref<?xf32> to memref<?xf32>
// CHECK: } else {
// CHECK:   memref.copy %[[A]], %{{.*}} : memref<?xf32> to memref<?xf32>
// CHECK:   %[[KEY:.*]] = arith.bitcast %[[K]] : f64 to i64
// CHECK:   memref.store %[[KEY]], %{{.*}}[%{{.*}}] : memref<?xi64>
// CHECK: return %[[NEW]] : memref<?xi8>
func.func @insert(%d: !nbc.dict<f64, memref<?xf32>>, %k: f64, %a: memref<?xf32>)
    -> !nbc.dict<f64, memref<?xf32>> {
  %d2 = nbc.dict_insert %d[%k] = %a : !nbc.dict<f64, memref<?xf32>>
  return %d2 : !nbc.dict<f64, memref<?xf32>>
}

// A value is a view of the buffer after the KeyError check.
// CHECK-LABEL: func @get
// CHECK: %[[AT:.*]] = call @nbc_rt_array_dict_find
// CHECK: %[[MISSING:.*]] = arith.cmpi slt, %[[AT]]
// CHECK: nbc.raise_if %{{.*}}, KeyError, "{}"
// CHECK: %[[SLOT:.*]] = arith.select %[[MISSING]], %{{.*}}, %[[AT]] : i64
// CHECK: %[[V:.*]] = memref.view %{{.*}}[%{{.*}}][%{{.*}}, %{{.*}}] : memref<?xi8> to memref<?x?xi64>
// CHECK: return %[[V]]
func.func @get(%d: !nbc.dict<si32, memref<?x?xsi64>>, %k: si32) -> memref<?x?xsi64> {
  %v = nbc.dict_get %d[%k] : !nbc.dict<si32, memref<?x?xsi64>>
  return %v : memref<?x?xsi64>
}

// Removal moves the later slots down (in the runtime); len, the i-th key
// and value read the header and the slots; clear empties it in place.
// CHECK-LABEL: func @others
// CHECK: call @nbc_rt_array_dict_find
// CHECK: arith.cmpi sge
// CHECK: %[[WAS:.*]] = call @nbc_rt_array_dict_remove(%{{.*}}, %{{.*}}, %{{.*}}, %{{.*}}) : (memref<?xi8>, i64, i64, i64) -> i64
// CHECK: nbc.raise_if %{{.*}}, KeyError
// CHECK: memref.load
// CHECK: memref.view %{{.*}} : memref<?xi8> to memref<?xf64>
// CHECK-COUNT-2: memref.store
// CHECK-NOT: call @nbc_rt_dict
func.func @others(%d: !nbc.dict<si64, memref<?xf64>>, %k: si64, %i: si64)
    -> (i1, si64, si64, memref<?xf64>) {
  %in = nbc.dict_contains %d[%k] : !nbc.dict<si64, memref<?xf64>>
  %was = nbc.dict_remove %d[%k] {required} : !nbc.dict<si64, memref<?xf64>>
  %n = nbc.dict_len %d : !nbc.dict<si64, memref<?xf64>>
  %key = nbc.dict_key_at %d[%i] : !nbc.dict<si64, memref<?xf64>>
  %v = nbc.dict_value_at %d[%i] : !nbc.dict<si64, memref<?xf64>>
  nbc.dict_clear %d : !nbc.dict<si64, memref<?xf64>>
  return %in, %n, %key, %v : i1, si64, si64, memref<?xf64>
}
