// Dicts of arrays built past the slot capacity and the hash index's first
// size, read back through views, written through a view, overwritten with a
// bigger array, with keys removed (the index rebuilt); a missing key is
// Python's KeyError. Run through the JIT and an AOT library (the full
// pipeline, buffer deallocation included).
// RUN: nbc-run %s --fn=build_remove_sum --arg=20 | FileCheck %s --check-prefix=SUM
// RUN: nbc-run --aot %s --fn=build_remove_sum --arg=20 | FileCheck %s --check-prefix=SUM
// RUN: nbc-run %s --fn=build_remove_sum --arg=1 | FileCheck %s --check-prefix=ONE
// RUN: nbc-run %s --fn=get --arg=5 --arg=8 | FileCheck %s --check-prefix=GET
// RUN: not nbc-run %s --fn=get --arg=5 --arg=7 2>&1 | FileCheck %s --check-prefix=MISSING
// SUM: 5602
// ONE: 1200
// GET: 4
// MISSING: KeyError: 7

/// d = {i * 2: np.full(i + 1, i) for i in range(n)}; d[0][0] = 1000 (through
/// a view); d[2] = np.full(50, 1) (bigger); del d[4]; for i in range(n) with
/// i * 2 in d: s += d[i * 2].sum(); s + 100 * len(d).
/// n = 20: sum_i i*(i+1) = 2660, - 2*3 (key 4) = 2654, - 1*2 + 50 (key 2)
/// = 2702, + 1000 = 3702, + 100 * 19 = 5602. n = 1: 1000 + 100 * 2.
func.func @build_remove_sum(%n: si64) -> si64 {
  %c0 = nbc.constant 0 : si64
  %c1 = nbc.constant 1 : si64
  %c2 = nbc.constant 2 : si64
  %c4 = nbc.constant 4 : si64
  %c50 = nbc.constant 50 : si64
  %c100 = nbc.constant 100 : si64
  %big = nbc.constant 1000 : si64
  %empty = nbc.dict_new : !nbc.dict<si64, memref<?xsi64>>
  %d = nbc.range %i = %c0 to %n step %c1 : si64 iter_args(%acc = %empty) -> (!nbc.dict<si64, memref<?xsi64>>) {
    %k = nbc.mul %i, %c2 : si64
    %size = nbc.add %i, %c1 : si64
    %a = nbc.full(%size) %i : memref<?xsi64>, si64
    %next = nbc.dict_insert %acc[%k] = %a : !nbc.dict<si64, memref<?xsi64>>
    nbc.yield %next : !nbc.dict<si64, memref<?xsi64>>
  }
  %v0 = nbc.dict_get %d[%c0] : !nbc.dict<si64, memref<?xsi64>>
  nbc.store %big, %v0[%c0] : memref<?xsi64>, si64
  %ones = nbc.full(%c50) %c1 : memref<?xsi64>, si64
  %d2 = nbc.dict_insert %d[%c2] = %ones : !nbc.dict<si64, memref<?xsi64>>
  %was = nbc.dict_remove %d2[%c4] : !nbc.dict<si64, memref<?xsi64>>
  %t = nbc.range %i = %c0 to %n step %c1 : si64 iter_args(%s = %c0) -> (si64) {
    %k = nbc.mul %i, %c2 : si64
    %in = nbc.dict_contains %d2[%k] : !nbc.dict<si64, memref<?xsi64>>
    %r = scf.if %in -> (si64) {
      %a = nbc.dict_get %d2[%k] : !nbc.dict<si64, memref<?xsi64>>
      %sum = nbc.array_reduce sum %a : memref<?xsi64> -> si64
      scf.yield %sum : si64
    } else {
      scf.yield %c0 : si64
    }
    %s2 = nbc.add %s, %r : si64
    nbc.yield %s2 : si64
  }
  %len = nbc.dict_len %d2 : !nbc.dict<si64, memref<?xsi64>>
  %m = nbc.mul %len, %c100 : si64
  %res = nbc.add %t, %m : si64
  return %res : si64
}

/// {i * 2: np.full(2, i) for i in range(n)}[k][0]
func.func @get(%n: si64, %k: si64) -> si64 {
  %c0 = nbc.constant 0 : si64
  %c1 = nbc.constant 1 : si64
  %c2 = nbc.constant 2 : si64
  %empty = nbc.dict_new : !nbc.dict<si64, memref<?xsi64>>
  %d = nbc.range %i = %c0 to %n step %c1 : si64 iter_args(%acc = %empty) -> (!nbc.dict<si64, memref<?xsi64>>) {
    %key = nbc.mul %i, %c2 : si64
    %a = nbc.full(%c2) %i : memref<?xsi64>, si64
    %next = nbc.dict_insert %acc[%key] = %a : !nbc.dict<si64, memref<?xsi64>>
    nbc.yield %next : !nbc.dict<si64, memref<?xsi64>>
  }
  %a = nbc.dict_get %d[%k] : !nbc.dict<si64, memref<?xsi64>>
  %x = nbc.load %a[%c0] : memref<?xsi64>, si64
  return %x : si64
}
