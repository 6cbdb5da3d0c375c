// Lists of tuples (si32, f32, bool) built by appends past the capacity, read
// by index, reassigned and popped; negative si32 fields come back through
// their words. The errors are Python's IndexErrors. Run through the JIT and
// an AOT library (the full pipeline, buffer deallocation included).
// RUN: nbc-run %s --fn=build_sum --arg=20 | FileCheck %s --check-prefix=SUM
// RUN: nbc-run --aot %s --fn=build_sum --arg=20 | FileCheck %s --check-prefix=SUM
// RUN: not nbc-run %s --fn=build_sum --arg=0 2>&1 | FileCheck %s --check-prefix=EMPTY
// RUN: not nbc-run %s --fn=get --arg=3 --arg=3 2>&1 | FileCheck %s --check-prefix=OOB
// RUN: nbc-run %s --fn=get --arg=3 --arg=-3 | FileCheck %s --check-prefix=FIRST
// SUM: 1483.5
// EMPTY: IndexError: list assignment index out of range
// OOB: IndexError: list index out of range
// FIRST: -5

/// l = [(i - 5, i * 0.5, i % 2 == 0) for i in range(n)]
func.func @build(%n: si64) -> !nbc.list<tuple<si32, f32, i1>> {
  %c0 = nbc.constant 0 : si64
  %c1 = nbc.constant 1 : si64
  %c2 = nbc.constant 2 : si64
  %c5 = nbc.constant 5 : si64
  %half = nbc.constant 0.5 : f32
  %empty = nbc.list_new : !nbc.list<tuple<si32, f32, i1>>
  %l = nbc.range %i = %c0 to %n step %c1 : si64 iter_args(%acc = %empty) -> (!nbc.list<tuple<si32, f32, i1>>) {
    %d = nbc.sub %i, %c5 : si64
    %a = nbc.cast %d : si64 to si32
    %f = nbc.cast %i : si64 to f32
    %b = nbc.mul %f, %half : f32
    %r = nbc.mod %i, %c2 : si64
    %even = nbc.cmp eq, %r, %c0 : si64
    %t = nbc.make_tuple %a, %b, %even : si32, f32, i1 -> tuple<si32, f32, i1>
    %next = nbc.list_append %acc, %t : !nbc.list<tuple<si32, f32, i1>>
    nbc.yield %next : !nbc.list<tuple<si32, f32, i1>>
  }
  return %l : !nbc.list<tuple<si32, f32, i1>>
}

/// l = build(n); l[0] = (-9, 2.5, True); a, b, _ = l.pop();
/// 100 * a + sum(a + b for a, b, even in l if even)
func.func @build_sum(%n: si64) -> f64 {
  %c0 = nbc.constant 0 : si64
  %c1 = nbc.constant 1 : si64
  %z = nbc.constant 0.0 : f64
  %hundred = nbc.constant 100.0 : f64
  %l = func.call @build(%n) : (si64) -> !nbc.list<tuple<si32, f32, i1>>
  %m9 = nbc.constant -9 : si32
  %x = nbc.constant 2.5 : f32
  %yes = nbc.constant true
  %first = nbc.make_tuple %m9, %x, %yes : si32, f32, i1 -> tuple<si32, f32, i1>
  nbc.list_set %first, %l[%c0] : !nbc.list<tuple<si32, f32, i1>>, si64
  %last = nbc.list_pop %l : !nbc.list<tuple<si32, f32, i1>>
  %la = nbc.tuple_get %last[0] : tuple<si32, f32, i1> -> si32
  %laf = nbc.cast %la : si32 to f64
  %init = nbc.mul %laf, %hundred : f64
  %len = nbc.list_len %l : !nbc.list<tuple<si32, f32, i1>>
  %s = nbc.range %j = %c0 to %len step %c1 : si64 iter_args(%acc = %init) -> (f64) {
    %t = nbc.list_get %l[%j] : !nbc.list<tuple<si32, f32, i1>>, si64
    %a = nbc.tuple_get %t[0] : tuple<si32, f32, i1> -> si32
    %b = nbc.tuple_get %t[1] : tuple<si32, f32, i1> -> f32
    %even = nbc.tuple_get %t[2] : tuple<si32, f32, i1> -> i1
    %af = nbc.cast %a : si32 to f64
    %bf = nbc.cast %b : f32 to f64
    %ab = nbc.add %af, %bf : f64
    %add = nbc.select %even, %ab, %z : f64
    %next = nbc.add %acc, %add : f64
    nbc.yield %next : f64
  }
  return %s : f64
}

/// build(n)[k][0]
func.func @get(%n: si64, %k: si64) -> si32 {
  %l = func.call @build(%n) : (si64) -> !nbc.list<tuple<si32, f32, i1>>
  %t = nbc.list_get %l[%k] : !nbc.list<tuple<si32, f32, i1>>, si64
  %a = nbc.tuple_get %t[0] : tuple<si32, f32, i1> -> si32
  return %a : si32
}
