// Dicts and sets keyed by tuples through the whole pipeline: a co-occurrence
// count over (i % 3, i % 5) grown past several capacities, a tuple value
// read back field by field, -0.0 and 0.0 as one key field, a set of pairs
// after removals, and KeyError naming the missing tuple. JIT and AOT.
// RUN: nbc-run %s --fn=cooccurrence --arg=1000 | FileCheck %s --check-prefix=COUNT
// RUN: nbc-run --aot %s --fn=cooccurrence --arg=1000 | FileCheck %s --check-prefix=COUNT
// RUN: nbc-run %s --fn=pair_values --arg=50 | FileCheck %s --check-prefix=PAIR
// RUN: nbc-run %s --fn=signed_zero --arg=0 | FileCheck %s --check-prefix=ZERO
// RUN: nbc-run %s --fn=pairs_left --arg=100 | FileCheck %s --check-prefix=LEFT
// RUN: not nbc-run %s --fn=lookup --arg=10 --arg=12 2>&1 | FileCheck %s --check-prefix=MISSING
// RUN: nbc-run %s --fn=lookup --arg=10 --arg=9 | FileCheck %s --check-prefix=FOUND
// COUNT: 15066
// PAIR: 2401
// ZERO: 2
// LEFT: 50
// MISSING: KeyError: ((12, 2.5),)
// FOUND: 9

/// d = {}; for i in range(n): k = (i % 3, i % 5); d[k] = d.get(k, 0.0) + 1.0
/// len(d) * 1000 + d[(2, 4)] (15 keys; (2, 4) for i = 14, 29, ..., 989)
func.func @cooccurrence(%n: si64) -> si64 {
  %c0 = nbc.constant 0 : si64
  %c1 = nbc.constant 1 : si64
  %c2 = nbc.constant 2 : si64
  %c3 = nbc.constant 3 : si64
  %c4 = nbc.constant 4 : si64
  %c5 = nbc.constant 5 : si64
  %zero = nbc.constant 0.0 : f64
  %one = nbc.constant 1.0 : f64
  %empty = nbc.dict_new : !nbc.dict<tuple<si64, si64>, f64>
  %d = nbc.range %i = %c0 to %n step %c1 : si64 iter_args(%acc = %empty) -> (!nbc.dict<tuple<si64, si64>, f64>) {
    %a = nbc.mod %i, %c3 : si64
    %b = nbc.mod %i, %c5 : si64
    %k = nbc.make_tuple %a, %b : si64, si64 -> tuple<si64, si64>
    %old = nbc.dict_get_or %acc[%k], %zero : !nbc.dict<tuple<si64, si64>, f64>
    %new = nbc.add %old, %one : f64
    %next = nbc.dict_insert %acc[%k] = %new : !nbc.dict<tuple<si64, si64>, f64>
    nbc.yield %next : !nbc.dict<tuple<si64, si64>, f64>
  }
  %probe = nbc.make_tuple %c2, %c4 : si64, si64 -> tuple<si64, si64>
  %x = nbc.dict_get %d[%probe] : !nbc.dict<tuple<si64, si64>, f64>
  %xi = nbc.cast %x : f64 to si64
  %len = nbc.dict_len %d : !nbc.dict<tuple<si64, si64>, f64>
  %c1000 = nbc.constant 1000 : si64
  %scaled = nbc.mul %len, %c1000 : si64
  %r = nbc.add %scaled, %xi : si64
  return %r : si64
}

/// d = {i: (i, i * i) for i in range(n)}; the fields of d[n - 1] multiplied
/// by way of iteration: key_at/value_at of the last entry.
func.func @pair_values(%n: si64) -> si64 {
  %c0 = nbc.constant 0 : si64
  %c1 = nbc.constant 1 : si64
  %empty = nbc.dict_new : !nbc.dict<si64, tuple<si64, si64>>
  %d = nbc.range %i = %c0 to %n step %c1 : si64 iter_args(%acc = %empty) -> (!nbc.dict<si64, tuple<si64, si64>>) {
    %sq = nbc.mul %i, %i : si64
    %v = nbc.make_tuple %i, %sq : si64, si64 -> tuple<si64, si64>
    %next = nbc.dict_insert %acc[%i] = %v : !nbc.dict<si64, tuple<si64, si64>>
    nbc.yield %next : !nbc.dict<si64, tuple<si64, si64>>
  }
  %len = nbc.dict_len %d : !nbc.dict<si64, tuple<si64, si64>>
  %last = nbc.sub %len, %c1 : si64
  %t = nbc.dict_value_at %d[%last] : !nbc.dict<si64, tuple<si64, si64>>
  %a = nbc.tuple_get %t[1] : tuple<si64, si64> -> si64
  %k = nbc.dict_key_at %d[%last] : !nbc.dict<si64, tuple<si64, si64>>
  %r = nbc.add %a, %k : si64
  %c49 = nbc.constant 49 : si64
  %r2 = nbc.sub %r, %c49 : si64
  return %r2 : si64
}

/// s = {(0.0, x), (-0.0, x), (1.0, x)}: 2 items (x = the argument).
func.func @signed_zero(%x: si64) -> si64 {
  %pz = nbc.constant 0.0 : f64
  %nz = nbc.constant -0.0 : f64
  %one = nbc.constant 1.0 : f64
  %s0 = nbc.dict_new : !nbc.set<tuple<f64, si64>>
  %a = nbc.make_tuple %pz, %x : f64, si64 -> tuple<f64, si64>
  %b = nbc.make_tuple %nz, %x : f64, si64 -> tuple<f64, si64>
  %c = nbc.make_tuple %one, %x : f64, si64 -> tuple<f64, si64>
  %s1 = nbc.set_add %s0, %a : !nbc.set<tuple<f64, si64>>
  %s2 = nbc.set_add %s1, %b : !nbc.set<tuple<f64, si64>>
  %s3 = nbc.set_add %s2, %c : !nbc.set<tuple<f64, si64>>
  %n = nbc.dict_len %s3 : !nbc.set<tuple<f64, si64>>
  return %n : si64
}

/// s = {(i, -i) for i in range(n)}; s.discard((i, -i)) for the odd i;
/// len(s)
func.func @pairs_left(%n: si64) -> si64 {
  %c0 = nbc.constant 0 : si64
  %c1 = nbc.constant 1 : si64
  %c2 = nbc.constant 2 : si64
  %empty = nbc.dict_new : !nbc.set<tuple<si64, si64>>
  %s = nbc.range %i = %c0 to %n step %c1 : si64 iter_args(%acc = %empty) -> (!nbc.set<tuple<si64, si64>>) {
    %m = nbc.neg %i : si64
    %k = nbc.make_tuple %i, %m : si64, si64 -> tuple<si64, si64>
    %next = nbc.set_add %acc, %k : !nbc.set<tuple<si64, si64>>
    nbc.yield %next : !nbc.set<tuple<si64, si64>>
  }
  nbc.range %j = %c1 to %n step %c2 : si64 {
    %m = nbc.neg %j : si64
    %k = nbc.make_tuple %j, %m : si64, si64 -> tuple<si64, si64>
    %was = nbc.dict_remove %s[%k] : !nbc.set<tuple<si64, si64>>
    nbc.yield
  }
  %len = nbc.dict_len %s : !nbc.set<tuple<si64, si64>>
  return %len : si64
}

/// {(i, 2.5): i for i in range(n)}[(k, 2.5)]
func.func @lookup(%n: si64, %k: si64) -> si64 {
  %c0 = nbc.constant 0 : si64
  %c1 = nbc.constant 1 : si64
  %h = nbc.constant 2.5 : f64
  %empty = nbc.dict_new : !nbc.dict<tuple<si64, f64>, si64>
  %d = nbc.range %i = %c0 to %n step %c1 : si64 iter_args(%acc = %empty) -> (!nbc.dict<tuple<si64, f64>, si64>) {
    %key = nbc.make_tuple %i, %h : si64, f64 -> tuple<si64, f64>
    %next = nbc.dict_insert %acc[%key] = %i : !nbc.dict<tuple<si64, f64>, si64>
    nbc.yield %next : !nbc.dict<tuple<si64, f64>, si64>
  }
  %probe = nbc.make_tuple %k, %h : si64, f64 -> tuple<si64, f64>
  %x = nbc.dict_get %d[%probe] : !nbc.dict<tuple<si64, f64>, si64>
  return %x : si64
}
