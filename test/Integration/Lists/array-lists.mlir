// Lists of arrays built by appends past the slot and data capacities, read
// back through views, written through a view, reassigned with a bigger
// array and popped; the errors are Python's IndexErrors. Run through the JIT
// and an AOT library (the full pipeline, buffer deallocation included).
// RUN: nbc-run %s --fn=build_sum --arg=20 | FileCheck %s --check-prefix=SUM
// RUN: nbc-run --aot %s --fn=build_sum --arg=20 | FileCheck %s --check-prefix=SUM
// RUN: nbc-run %s --fn=build_sum --arg=0 | FileCheck %s --check-prefix=ZERO
// RUN: nbc-run %s --fn=write_set_pop --arg=10 | FileCheck %s --check-prefix=WSP
// RUN: not nbc-run %s --fn=get --arg=3 --arg=3 2>&1 | FileCheck %s --check-prefix=OOB
// RUN: not nbc-run %s --fn=get --arg=3 --arg=-4 2>&1 | FileCheck %s --check-prefix=OOB
// RUN: nbc-run %s --fn=get --arg=3 --arg=-3 | FileCheck %s --check-prefix=FIRST
// RUN: not nbc-run %s --fn=set --arg=3 --arg=3 2>&1 | FileCheck %s --check-prefix=SET
// RUN: nbc-run %s --fn=set --arg=3 --arg=-3 | FileCheck %s --check-prefix=SETOK
// SUM: 2660
// ZERO: 0
// WSP: 1107
// OOB: IndexError: list index out of range
// FIRST: 1
// SET: IndexError: list assignment index out of range
// SETOK: 3

/// l = [np.full(i + 1, float(i)) for i in range(n)]; sum(a.sum() for a in l)
func.func @build_sum(%n: si64) -> f64 {
  %c0 = nbc.constant 0 : si64
  %c1 = nbc.constant 1 : si64
  %z = nbc.constant 0.0 : f64
  %empty = nbc.list_new : !nbc.list<memref<?xf64>>
  %l = nbc.range %i = %c0 to %n step %c1 : si64 iter_args(%acc = %empty) -> (!nbc.list<memref<?xf64>>) {
    %k = nbc.add %i, %c1 : si64
    %v = nbc.cast %i : si64 to f64
    %a = nbc.full(%k) %v : memref<?xf64>, si64
    %next = nbc.list_append %acc, %a : !nbc.list<memref<?xf64>>
    nbc.yield %next : !nbc.list<memref<?xf64>>
  }
  %len = nbc.list_len %l : !nbc.list<memref<?xf64>>
  %t = nbc.range %i = %c0 to %len step %c1 : si64 iter_args(%s = %z) -> (f64) {
    %a = nbc.list_get %l[%i] : !nbc.list<memref<?xf64>>, si64
    %r = nbc.array_reduce sum %a : memref<?xf64> -> f64
    %s2 = nbc.add %s, %r : f64
    nbc.yield %s2 : f64
  }
  return %t : f64
}

/// l = [np.full(3, i) for i in range(n)]; l[1][1] = 1000 (through a view);
/// l[0] = np.full(5, 7) (bigger: at the end of the data); x = l.pop();
/// x.sum() + l[0].sum() + l[1].sum() + 4 * len(l) + 7, for n = 10:
/// 27 + 35 + 1002 + 36 + 7 = 1107.
func.func @write_set_pop(%n: si64) -> si64 {
  %c0 = nbc.constant 0 : si64
  %c1 = nbc.constant 1 : si64
  %c3 = nbc.constant 3 : si64
  %c5 = nbc.constant 5 : si64
  %c7 = nbc.constant 7 : si64
  %big = nbc.constant 1000 : si64
  %empty = nbc.list_new : !nbc.list<memref<?xsi64>>
  %l = nbc.range %i = %c0 to %n step %c1 : si64 iter_args(%acc = %empty) -> (!nbc.list<memref<?xsi64>>) {
    %a = nbc.full(%c3) %i : memref<?xsi64>, si64
    %next = nbc.list_append %acc, %a : !nbc.list<memref<?xsi64>>
    nbc.yield %next : !nbc.list<memref<?xsi64>>
  }
  // l[1][1] = 1000 through a view
  %v1 = nbc.list_get %l[%c1] : !nbc.list<memref<?xsi64>>, si64
  nbc.store %big, %v1[%c1] : memref<?xsi64>, si64
  // l[0] = np.full(5, 7): 35
  %f = nbc.full(%c5) %c7 : memref<?xsi64>, si64
  %l2 = nbc.list_set %f, %l[%c0] : !nbc.list<memref<?xsi64>>, si64 -> !nbc.list<memref<?xsi64>>
  // x = l.pop(): [n-1]*3 = 27 for n = 10
  %x = nbc.list_pop %l2 : !nbc.list<memref<?xsi64>>
  %s0 = nbc.array_reduce sum %x : memref<?xsi64> -> si64
  %v0 = nbc.list_get %l2[%c0] : !nbc.list<memref<?xsi64>>, si64
  %s1 = nbc.array_reduce sum %v0 : memref<?xsi64> -> si64
  %w1 = nbc.list_get %l2[%c1] : !nbc.list<memref<?xsi64>>, si64
  // 1 + 1000 + 1 = 1002
  %s2 = nbc.array_reduce sum %w1 : memref<?xsi64> -> si64
  %s3 = nbc.add %s0, %s1 : si64
  %s4 = nbc.add %s3, %s2 : si64
  %len = nbc.list_len %l2 : !nbc.list<memref<?xsi64>>
  %c4 = nbc.constant 4 : si64
  %m = nbc.mul %len, %c4 : si64
  %s5 = nbc.add %s4, %m : si64
  %s6 = nbc.add %s5, %c7 : si64
  return %s6 : si64
}

/// [np.full(2, i + 1) for i in range(n)][k][0]
func.func @get(%n: si64, %k: si64) -> si64 {
  %c0 = nbc.constant 0 : si64
  %c1 = nbc.constant 1 : si64
  %c2 = nbc.constant 2 : si64
  %empty = nbc.list_new : !nbc.list<memref<?xsi64>>
  %l = nbc.range %i = %c0 to %n step %c1 : si64 iter_args(%acc = %empty) -> (!nbc.list<memref<?xsi64>>) {
    %v = nbc.add %i, %c1 : si64
    %a = nbc.full(%c2) %v : memref<?xsi64>, si64
    %next = nbc.list_append %acc, %a : !nbc.list<memref<?xsi64>>
    nbc.yield %next : !nbc.list<memref<?xsi64>>
  }
  %a = nbc.list_get %l[%k] : !nbc.list<memref<?xsi64>>, si64
  %x = nbc.load %a[%c0] : memref<?xsi64>, si64
  return %x : si64
}

/// l = [np.full(2, i + 1) for i in range(n)]; l[k] = np.full(3, 1); len(l)
func.func @set(%n: si64, %k: si64) -> si64 {
  %c0 = nbc.constant 0 : si64
  %c1 = nbc.constant 1 : si64
  %c2 = nbc.constant 2 : si64
  %c3 = nbc.constant 3 : si64
  %empty = nbc.list_new : !nbc.list<memref<?xsi64>>
  %l = nbc.range %i = %c0 to %n step %c1 : si64 iter_args(%acc = %empty) -> (!nbc.list<memref<?xsi64>>) {
    %a = nbc.full(%c2) %i : memref<?xsi64>, si64
    %next = nbc.list_append %acc, %a : !nbc.list<memref<?xsi64>>
    nbc.yield %next : !nbc.list<memref<?xsi64>>
  }
  %b = nbc.full(%c3) %c1 : memref<?xsi64>, si64
  %l2 = nbc.list_set %b, %l[%k] : !nbc.list<memref<?xsi64>>, si64 -> !nbc.list<memref<?xsi64>>
  %len = nbc.list_len %l2 : !nbc.list<memref<?xsi64>>
  return %len : si64
}
