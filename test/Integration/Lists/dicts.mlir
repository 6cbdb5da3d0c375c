// Dicts and sets through the whole pipeline: a histogram of i % 7 grown
// past several capacities, lookups, deletions and iteration in insertion
// order; a missing key raises Python's KeyError. JIT and AOT.
// RUN: nbc-run %s --fn=histogram --arg=1000 | FileCheck %s --check-prefix=HIST
// RUN: nbc-run --aot %s --fn=histogram --arg=1000 | FileCheck %s --check-prefix=HIST
// RUN: nbc-run %s --fn=squares_after_delete --arg=100 | FileCheck %s --check-prefix=DEL
// RUN: nbc-run %s --fn=unique --arg=1000 | FileCheck %s --check-prefix=UNIQUE
// RUN: not nbc-run %s --fn=lookup --arg=10 --arg=12 2>&1 | FileCheck %s --check-prefix=MISSING
// RUN: nbc-run %s --fn=lookup --arg=10 --arg=9 | FileCheck %s --check-prefix=FOUND
// HIST: 142
// DEL: 4950
// UNIQUE: 7
// MISSING: KeyError: 12
// FOUND: 81

/// d = {}; for i in range(n): d[i % 7] = d.get(i % 7, 0) + 1; d[6]
func.func @histogram(%n: si64) -> si64 {
  %c0 = nbc.constant 0 : si64
  %c1 = nbc.constant 1 : si64
  %c6 = nbc.constant 6 : si64
  %c7 = nbc.constant 7 : si64
  %empty = nbc.dict_new : !nbc.dict<si64, si64>
  %d = nbc.range %i = %c0 to %n step %c1 : si64 iter_args(%acc = %empty) -> (!nbc.dict<si64, si64>) {
    %k = nbc.mod %i, %c7 : si64
    %old = nbc.dict_get_or %acc[%k], %c0 : !nbc.dict<si64, si64>
    %new = nbc.add %old, %c1 : si64
    %next = nbc.dict_insert %acc[%k] = %new : !nbc.dict<si64, si64>
    nbc.yield %next : !nbc.dict<si64, si64>
  }
  %x = nbc.dict_get %d[%c6] : !nbc.dict<si64, si64>
  return %x : si64
}

/// d = {i: i * i for i in range(n)}; del d[0]; then the sum over the
/// values of the keys 1..n-1 via iteration (compacts the table).
func.func @squares_after_delete(%n: si64) -> si64 {
  %c0 = nbc.constant 0 : si64
  %c1 = nbc.constant 1 : si64
  %empty = nbc.dict_new : !nbc.dict<si64, si64>
  %d = nbc.range %i = %c0 to %n step %c1 : si64 iter_args(%acc = %empty) -> (!nbc.dict<si64, si64>) {
    %sq = nbc.mul %i, %i : si64
    %next = nbc.dict_insert %acc[%i] = %sq : !nbc.dict<si64, si64>
    nbc.yield %next : !nbc.dict<si64, si64>
  }
  %was = nbc.dict_remove %d[%c0] {required} : !nbc.dict<si64, si64>
  %len = nbc.dict_len %d : !nbc.dict<si64, si64>
  %s = nbc.range %j = %c0 to %len step %c1 : si64 iter_args(%acc = %c0) -> (si64) {
    %k = nbc.dict_key_at %d[%j] : !nbc.dict<si64, si64>
    %next = nbc.add %acc, %k : si64
    nbc.yield %next : si64
  }
  return %s : si64
}

/// len({i % 7 for i in range(n)}) with float items
func.func @unique(%n: si64) -> si64 {
  %c0 = nbc.constant 0 : si64
  %c1 = nbc.constant 1 : si64
  %c7 = nbc.constant 7 : si64
  %empty = nbc.dict_new : !nbc.set<f64>
  %s = nbc.range %i = %c0 to %n step %c1 : si64 iter_args(%acc = %empty) -> (!nbc.set<f64>) {
    %k = nbc.mod %i, %c7 : si64
    %f = nbc.cast %k : si64 to f64
    %next = nbc.set_add %acc, %f : !nbc.set<f64>
    nbc.yield %next : !nbc.set<f64>
  }
  %len = nbc.dict_len %s : !nbc.set<f64>
  return %len : si64
}

/// {i: i * i for i in range(n)}[k]
func.func @lookup(%n: si64, %k: si64) -> si64 {
  %c0 = nbc.constant 0 : si64
  %c1 = nbc.constant 1 : si64
  %empty = nbc.dict_new : !nbc.dict<si64, si64>
  %d = nbc.range %i = %c0 to %n step %c1 : si64 iter_args(%acc = %empty) -> (!nbc.dict<si64, si64>) {
    %sq = nbc.mul %i, %i : si64
    %next = nbc.dict_insert %acc[%i] = %sq : !nbc.dict<si64, si64>
    nbc.yield %next : !nbc.dict<si64, si64>
  }
  %x = nbc.dict_get %d[%k] : !nbc.dict<si64, si64>
  return %x : si64
}
