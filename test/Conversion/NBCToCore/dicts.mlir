// RUN: nbc-opt %s --convert-nbc-to-core | FileCheck %s

// A dict or set is a memref<?xi8> holding the hash table of
// lib/Runtime/Dict.c; the ops are calls that take the memref itself. A key
// or value crosses as 4 i64 words: a scalar's bits, then zeros. The header
// and a present key's value are read inline, from a view of the table as
// i64 words.

// The table's layout: one key word, one value word, no float key word.
// CHECK-LABEL: func @new
// CHECK: %[[BYTES:.*]] = call @nbc_rt_dict_bytes(%c8_i64, %c1_i64{{(_[0-9]+)?}}, %c1_i64{{(_[0-9]+)?}}) : (i64, i64, i64) -> i64
// CHECK: %[[T:.*]] = memref.alloc(%{{.*}}) {alignment = 64 : i64} : memref<?xi8>
// CHECK: call @nbc_rt_dict_init(%[[T]], %c8_i64, %c1_i64{{(_[0-9]+)?}}, %c1_i64{{(_[0-9]+)?}}, %c0_i64{{(_[0-9]+)?}}) : (memref<?xi8>, i64, i64, i64, i64) -> ()
// CHECK: return %[[T]] : memref<?xi8>
func.func @new() -> !nbc.dict<si64, f64> {
  %d = nbc.dict_new : !nbc.dict<si64, f64>
  return %d : !nbc.dict<si64, f64>
}

// Insertion: a bigger table when full (its used entries, header word 3,
// reached the usable ones, word 1; rehashed), then the insert; a float
// value travels as its bits, an si32 key sign-extended.
// CHECK-LABEL: func @insert
// CHECK-SAME: (%[[D:.*]]: memref<?xi8>, %[[K:.*]]: i32, %[[V:.*]]: f64)
// CHECK: %[[BITS:.*]] = arith.bitcast %[[V]] : f64 to i64
// CHECK: %[[W:.*]] = memref.view %[[D]][%{{.*}}][%{{.*}}] : memref<?xi8> to memref<?xi64>
// CHECK: %[[USED:.*]] = memref.load %[[W]][%{{.*}}] : memref<?xi64>
// CHECK: %[[USABLE:.*]] = memref.load %[[W]][%{{.*}}] : memref<?xi64>
// CHECK: %[[FULL:.*]] = arith.cmpi sge, %[[USED]], %[[USABLE]]
// CHECK: %[[T:.*]] = scf.if %[[FULL]] -> (memref<?xi8>) {
// CHECK:   %[[CAP:.*]] = func.call @nbc_rt_dict_grow_capacity(%[[D]])
// CHECK:   %[[NEW:.*]] = memref.alloc
// CHECK:   call @nbc_rt_dict_rehash(%[[D]], %[[NEW]], %[[CAP]])
// CHECK:   scf.yield %[[NEW]]
// CHECK: } else {
// CHECK:   scf.yield %[[D]]
// CHECK: %[[KEY:.*]] = arith.extsi %[[K]] : i32 to i64
// CHECK: call @nbc_rt_dict_insert(%[[T]], %[[KEY]], %c0_i64{{(_[0-9]+)?}}, %c0_i64{{(_[0-9]+)?}}, %c0_i64{{(_[0-9]+)?}}, %[[BITS]], %c0_i64{{(_[0-9]+)?}}, %c0_i64{{(_[0-9]+)?}}, %c0_i64{{(_[0-9]+)?}})
// CHECK: return %[[T]]
func.func @insert(%d: !nbc.dict<si32, f64>, %k: si32, %v: f64) -> !nbc.dict<si32, f64> {
  %d2 = nbc.dict_insert %d[%k] = %v : !nbc.dict<si32, f64>
  return %d2 : !nbc.dict<si32, f64>
}

// d[k] with a float key (float mask 1 at the table's creation), KeyError
// quoting the key's repr.
// CHECK-LABEL: func @get_float_key
// CHECK: %[[E:.*]] = call @nbc_rt_dict_lookup(%{{.*}}, %{{.*}}, %{{.*}}, %{{.*}}, %{{.*}}) : (memref<?xi8>, i64, i64, i64, i64) -> i64
// CHECK: nbc.raise_if %{{.*}}, KeyError, "{}"(%{{.*}} : f64)
// CHECK: %[[W:.*]] = memref.view
// CHECK: memref.load %[[W]]
// CHECK: %[[WORD:.*]] = memref.load %[[W]]
// CHECK: %[[BITS:.*]] = arith.select %{{.*}}, %{{.*}}, %[[WORD]] : i64
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
// CHECK: call @nbc_rt_dict_insert(%{{.*}}, %{{.*}}, %{{.*}}, %{{.*}}, %{{.*}}, %{{.*}}, %{{.*}}, %{{.*}}, %{{.*}})
// CHECK: %[[P:.*]]:4 = scf.while
// CHECK: %[[E:.*]] = arith.select %{{.*}}, %[[P]]#3, %{{.*}} : i64
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

// A tuple key crosses as its fields' words (floats as their bits, then
// zeros); the float mask marks field 1 (2). A tuple value is read back
// word by word into the struct a tuple lowers to; KeyError quotes the
// 1-tuple of the key (the args of Python's KeyError).
// CHECK-LABEL: func @tuple_key
// CHECK-SAME: (%[[K:.*]]: !llvm.struct<(i64, f64)>)
// CHECK: call @nbc_rt_dict_bytes(%c8_i64, %c2_i64{{(_[0-9]+)?}}, %c2_i64{{(_[0-9]+)?}})
// CHECK: call @nbc_rt_dict_init(%{{.*}}, %c8_i64, %c2_i64{{(_[0-9]+)?}}, %c2_i64{{(_[0-9]+)?}}, %c2_i64{{(_[0-9]+)?}})
// CHECK: %[[I:.*]] = llvm.extractvalue %[[K]][0] : !llvm.struct<(i64, f64)>
// CHECK: %[[X:.*]] = llvm.extractvalue %[[K]][1] : !llvm.struct<(i64, f64)>
// CHECK: %[[XB:.*]] = arith.bitcast %[[X]] : f64 to i64
// CHECK: %[[E:.*]] = call @nbc_rt_dict_lookup(%{{.*}}, %[[I]], %[[XB]], %c0_i64{{(_[0-9]+)?}}, %c0_i64{{(_[0-9]+)?}})
// CHECK: nbc.raise_if %{{.*}}, KeyError, "(({}, {}),)"(%{{.*}}, %{{.*}} : i64, f64)
// CHECK: llvm.mlir.poison
// CHECK: memref.load
// CHECK: %[[V0:.*]] = memref.load
// CHECK: %[[W0:.*]] = arith.select %{{.*}}, %c0_i64{{(_[0-9]+)?}}, %[[V0]] : i64
// CHECK: %[[S0:.*]] = llvm.insertvalue %[[W0]], %{{.*}}[0] : !llvm.struct<(i64, i32)>
// CHECK: memref.load
// CHECK: %[[V1:.*]] = memref.load
// CHECK: %[[W1:.*]] = arith.select %{{.*}}, %c0_i64{{(_[0-9]+)?}}, %[[V1]] : i64
// CHECK: %[[F1:.*]] = arith.trunci %[[W1]] : i64 to i32
// CHECK: llvm.insertvalue %[[F1]], %[[S0]][1] : !llvm.struct<(i64, i32)>
func.func @tuple_key(%k: tuple<si64, f64>) -> tuple<si64, si32> {
  %d = nbc.dict_new : !nbc.dict<tuple<si64, f64>, tuple<si64, si32>>
  %v = nbc.dict_get %d[%k] : !nbc.dict<tuple<si64, f64>, tuple<si64, si32>>
  return %v : tuple<si64, si32>
}

// A set of 1-tuples: one key word, message `((3,),)`.
// CHECK-LABEL: func @one_tuple_set
// CHECK: call @nbc_rt_dict_remove
// CHECK: nbc.raise_if %{{.*}}, KeyError, "(({},),)"(%{{.*}} : i1)
func.func @one_tuple_set(%s: !nbc.set<tuple<i1>>, %k: tuple<i1>) -> i1 {
  %was = nbc.dict_remove %s[%k] {required} : !nbc.set<tuple<i1>>
  return %was : i1
}

// The fused update (nbc-fuse-dict-updates): one lookup; the value of a
// present key read from its entry in the table's words (header word 0 is
// the capacity: entries start after the 8 header words and the slots;
// entry stride 3: key, value, live flag), the fallback when missing; then
// a present key's value written in place, a missing key bound at the free
// slot (nbc_rt_dict_insert_missing) when the used entries (word 3) are
// below the usable ones (word 1), else inserted into a bigger table.
// CHECK-LABEL: func @lookup_store_slot
// CHECK-SAME: (%[[D:.*]]: memref<?xi8>, %[[K:.*]]: i64, %[[ONE:.*]]: i64)
// The lookup of an integer key (its own hash) is Dict.c's probe inline:
// slot = key & (capacity - 1), then CPython's sequence until the key's
// entry or an empty slot (-1), remembering the first deleted one (-2).
// CHECK: %[[W0:.*]] = memref.view %[[D]]
// CHECK: %[[CAP:.*]] = memref.load %[[W0]]
// CHECK: %[[MASK:.*]] = arith.subi %[[CAP]], %c1_i64
// CHECK: %[[FIRST:.*]] = arith.andi %[[K]], %[[MASK]]
// CHECK: %[[P:.*]]:4 = scf.while (%[[S:.*]] = %[[FIRST]], %[[PERTURB:.*]] = %[[K]], %[[FREE:.*]] = %c-1_i64)
// CHECK:   %[[AT:.*]] = memref.load %[[W0]]
// CHECK:   %[[KEY:.*]] = memref.load %[[W0]]
// CHECK:   arith.cmpi eq, %[[KEY]], %[[K]]
// CHECK:   arith.cmpi eq, %[[AT]], %c-1_i64
// CHECK:   arith.cmpi eq, %[[AT]], %c-2_i64
// CHECK:   scf.condition
// CHECK: } do {
// CHECK:   %[[NEXTP:.*]] = arith.shrui %{{.*}}, %c5_i64
// CHECK:   arith.muli %{{.*}}, %c5_i64
// CHECK:   scf.yield
// CHECK: %[[E:.*]] = arith.select %{{.*}}, %[[P]]#3, %{{.*}} : i64
// CHECK: %[[W:.*]] = memref.view %[[D]]
// CHECK: %[[MISSING:.*]] = arith.cmpi slt, %[[E]], %c0_i64
// CHECK: %[[AT:.*]] = arith.select %[[MISSING]], %c0_i64{{(_[0-9]+)?}}, %[[E]]
// CHECK: memref.load %[[W]]
// CHECK: arith.muli %[[AT]], %c3_i64
// CHECK: %[[OLD:.*]] = memref.load %[[W]]
// CHECK: %[[V:.*]] = arith.select %[[MISSING]], %c0_i64{{(_[0-9]+)?}}, %[[OLD]]
// CHECK: %[[SLOT:.*]] = arith.index_cast %[[E]] : i64 to index
// CHECK: %[[NEW:.*]] = arith.addi %[[V]], %[[ONE]]
// CHECK: %[[E2:.*]] = arith.index_cast %[[SLOT]] : index to i64
// CHECK: %[[PRESENT:.*]] = arith.cmpi sge, %[[E2]], %c0_i64
// CHECK: %[[T:.*]] = scf.if %[[PRESENT]] -> (memref<?xi8>) {
// CHECK:   memref.store %[[NEW]], %{{.*}}[%{{.*}}] : memref<?xi64>
// CHECK:   scf.yield %[[D]]
// CHECK: } else {
// CHECK:   %[[FULL:.*]] = arith.cmpi sge
// CHECK:   %[[T2:.*]] = scf.if %[[FULL]] -> (memref<?xi8>) {
// CHECK:     call @nbc_rt_dict_grow_capacity
// CHECK:     call @nbc_rt_dict_rehash
// CHECK:     call @nbc_rt_dict_insert(
// CHECK:   } else {
// CHECK:     call @nbc_rt_dict_insert_missing(%[[D]], %[[E2]], %[[K]], %c0_i64{{(_[0-9]+)?}}, %c0_i64{{(_[0-9]+)?}}, %c0_i64{{(_[0-9]+)?}}, %[[NEW]], %c0_i64{{(_[0-9]+)?}}, %c0_i64{{(_[0-9]+)?}}, %c0_i64{{(_[0-9]+)?}})
// CHECK:     scf.yield %[[D]]
// CHECK:   scf.yield %[[T2]]
// CHECK: return %[[T]]
func.func @lookup_store_slot(%d: !nbc.dict<si64, si64>, %k: si64, %one: si64) -> !nbc.dict<si64, si64> {
  %zero = nbc.constant 0 : si64
  %v, %at = nbc.dict_lookup_slot %d[%k], %zero : !nbc.dict<si64, si64>
  %w = nbc.add %v, %one : si64
  %d2 = nbc.dict_store_slot %d[%k] at %at = %w : !nbc.dict<si64, si64>
  return %d2 : !nbc.dict<si64, si64>
}

// Without a fallback the lookup raises KeyError (d[k] += x).
// CHECK-LABEL: func @lookup_slot_raises
// CHECK: scf.while
// CHECK: nbc.raise_if %{{.*}}, KeyError, "{}"(%{{.*}} : i64)
func.func @lookup_slot_raises(%d: !nbc.dict<si64, f64>, %k: si64) -> f64 {
  %v, %at = nbc.dict_lookup_slot %d[%k] : !nbc.dict<si64, f64>
  return %v : f64
}

// A tuple key of integer fields is probed inline too: each field mixed
// (splitmix64's multipliers), combined as CPython's tuple hash (xxHash's
// primes, rotate by 31), then both words of the entry compared.
// CHECK-LABEL: func @int_pair_contains
// CHECK-SAME: (%[[S:.*]]: memref<?xi8>, %[[K:.*]]: !llvm.struct<(i64, i64)>)
// CHECK: %[[I:.*]] = llvm.extractvalue %[[K]][0]
// CHECK: %[[J:.*]] = llvm.extractvalue %[[K]][1]
// CHECK-NOT: call @nbc_rt_dict_lookup
// CHECK: %c-4658895280553007687_i64
// CHECK: %c-7723592293110705685_i64
// CHECK: %c-4417276706812531889_i64
// CHECK: arith.shli %{{.*}}, %c31_i64
// CHECK: arith.shrui %{{.*}}, %c33_i64
// CHECK: %c-7046029288634856825_i64
// CHECK: scf.while
// CHECK:   arith.cmpi eq, %{{.*}}, %[[I]]
// CHECK:   arith.cmpi eq, %{{.*}}, %[[J]]
// CHECK:   scf.condition
func.func @int_pair_contains(%s: !nbc.set<tuple<si64, si64>>, %k: tuple<si64, si64>) -> i1 {
  %in = nbc.dict_contains %s[%k] : !nbc.set<tuple<si64, si64>>
  return %in : i1
}
