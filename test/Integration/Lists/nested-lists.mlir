// Lists of lists of scalars: inner lists appended to past their capacity
// through the outer list (each append stored back with nbc.list_set), read
// back, popped; the errors are Python's IndexErrors. Run through the JIT and
// an AOT library (the full pipeline, buffer deallocation included).
// RUN: nbc-run %s --fn=adjacency --arg=5 --arg=40 | FileCheck %s --check-prefix=ADJ
// RUN: nbc-run --aot %s --fn=adjacency --arg=5 --arg=40 | FileCheck %s --check-prefix=ADJ
// RUN: nbc-run %s --fn=adjacency --arg=3 --arg=0 | FileCheck %s --check-prefix=ZERO
// RUN: nbc-run %s --fn=pop_len --arg=4 | FileCheck %s --check-prefix=POP
// RUN: not nbc-run %s --fn=pop_len --arg=0 2>&1 | FileCheck %s --check-prefix=EMPTY
// ADJ: 2420
// ZERO: 0
// POP: 13
// EMPTY: IndexError: pop from empty list

/// a = [[int64(0) for _ in range(0)] for _ in range(n)]
/// for k in range(m): a[k % n].append(k)
/// sum((u + 1) * x for u in range(n) for x in a[u]); n=5, m=40:
/// sum_k ((k % 5) + 1) * k = 2420.
func.func @adjacency(%n: si64, %m: si64) -> si64 {
  %c0 = nbc.constant 0 : si64
  %c1 = nbc.constant 1 : si64
  %empty = nbc.list_new : !nbc.list<!nbc.list<si64>>
  %l = nbc.range %i = %c0 to %n step %c1 : si64 iter_args(%acc = %empty) -> (!nbc.list<!nbc.list<si64>>) {
    %row = nbc.list_new : !nbc.list<si64>
    %next = nbc.list_append %acc, %row : !nbc.list<!nbc.list<si64>>
    nbc.yield %next : !nbc.list<!nbc.list<si64>>
  }
  %filled = nbc.range %k = %c0 to %m step %c1 : si64 iter_args(%acc = %l) -> (!nbc.list<!nbc.list<si64>>) {
    %u = nbc.mod %k, %n : si64
    %row = nbc.list_get %acc[%u] : !nbc.list<!nbc.list<si64>>, si64
    %row2 = nbc.list_append %row, %k : !nbc.list<si64>
    %next = nbc.list_set %row2, %acc[%u] : !nbc.list<!nbc.list<si64>>, si64 -> !nbc.list<!nbc.list<si64>>
    nbc.yield %next : !nbc.list<!nbc.list<si64>>
  }
  %t = nbc.range %u = %c0 to %n step %c1 : si64 iter_args(%s = %c0) -> (si64) {
    %row = nbc.list_get %filled[%u] : !nbc.list<!nbc.list<si64>>, si64
    %len = nbc.list_len %row : !nbc.list<si64>
    %w = nbc.add %u, %c1 : si64
    %rs = nbc.range %j = %c0 to %len step %c1 : si64 iter_args(%r = %s) -> (si64) {
      %x = nbc.list_get %row[%j] : !nbc.list<si64>, si64
      %wx = nbc.mul %w, %x : si64
      %r2 = nbc.add %r, %wx : si64
      nbc.yield %r2 : si64
    }
    nbc.yield %rs : si64
  }
  return %t : si64
}

/// l = [[i] * (i + 1) ... as appends]; p = l.pop(); len(p) * 3 + len(l[0]) ... :
/// n=4: rows of 1, 2, 3, 4 items; the popped one has 4 -> 4 * 3 + 1 = 13.
func.func @pop_len(%n: si64) -> si64 {
  %c0 = nbc.constant 0 : si64
  %c1 = nbc.constant 1 : si64
  %c3 = nbc.constant 3 : si64
  %empty = nbc.list_new : !nbc.list<!nbc.list<si64>>
  %l = nbc.range %i = %c0 to %n step %c1 : si64 iter_args(%acc = %empty) -> (!nbc.list<!nbc.list<si64>>) {
    %row = nbc.list_new : !nbc.list<si64>
    %k = nbc.add %i, %c1 : si64
    %full = nbc.range %j = %c0 to %k step %c1 : si64 iter_args(%r = %row) -> (!nbc.list<si64>) {
      %r2 = nbc.list_append %r, %i : !nbc.list<si64>
      nbc.yield %r2 : !nbc.list<si64>
    }
    %next = nbc.list_append %acc, %full : !nbc.list<!nbc.list<si64>>
    nbc.yield %next : !nbc.list<!nbc.list<si64>>
  }
  %p = nbc.list_pop %l : !nbc.list<!nbc.list<si64>>
  %plen = nbc.list_len %p : !nbc.list<si64>
  %first = nbc.list_get %l[%c0] : !nbc.list<!nbc.list<si64>>, si64
  %flen = nbc.list_len %first : !nbc.list<si64>
  %a = nbc.mul %plen, %c3 : si64
  %r = nbc.add %a, %flen : si64
  return %r : si64
}
