// Lists built by appends past several capacities (8, 16, 32, ...), read
// back with Python indexing, popped and converted to an array; the errors
// are Python's IndexErrors. Run through the JIT and an AOT library.
// RUN: nbc-run %s --fn=sum_squares --arg=100 | FileCheck %s --check-prefix=SUM
// RUN: nbc-run --aot %s --fn=sum_squares --arg=100 | FileCheck %s --check-prefix=SUM
// RUN: nbc-run %s --fn=sum_squares --arg=0 | FileCheck %s --check-prefix=ZERO
// RUN: nbc-run %s --fn=last_via_negative --arg=1000 | FileCheck %s --check-prefix=LAST
// RUN: nbc-run %s --fn=pop_twice --arg=5 | FileCheck %s --check-prefix=POP
// RUN: not nbc-run %s --fn=get --arg=3 --arg=3 2>&1 | FileCheck %s --check-prefix=OOB
// RUN: not nbc-run %s --fn=get --arg=3 --arg=-4 2>&1 | FileCheck %s --check-prefix=OOB
// RUN: nbc-run %s --fn=get --arg=3 --arg=-3 | FileCheck %s --check-prefix=FIRST
// RUN: not nbc-run %s --fn=pop_twice --arg=1 2>&1 | FileCheck %s --check-prefix=EMPTY
// SUM: 328350
// ZERO: 0
// LAST: 999
// POP: 7
// OOB: IndexError: list index out of range
// FIRST: 0
// EMPTY: IndexError: pop from empty list

/// Builds [0, 1, ..., n-1] squared as a list, converts it with
/// list_to_array and sums the array.
func.func @sum_squares(%n: si64) -> si64 {
  %c0 = nbc.constant 0 : si64
  %c1 = nbc.constant 1 : si64
  %empty = nbc.list_new : !nbc.list<si64>
  %l = nbc.range %i = %c0 to %n step %c1 : si64 iter_args(%acc = %empty) -> (!nbc.list<si64>) {
    %sq = nbc.mul %i, %i : si64
    %next = nbc.list_append %acc, %sq : !nbc.list<si64>
    nbc.yield %next : !nbc.list<si64>
  }
  %a = nbc.list_to_array %l : !nbc.list<si64> -> memref<?xsi64>
  %s = nbc.array_reduce sum %a : memref<?xsi64> -> si64
  return %s : si64
}

/// l = list(range(n)); l[-1]
func.func @last_via_negative(%n: si64) -> si64 {
  %c0 = nbc.constant 0 : si64
  %c1 = nbc.constant 1 : si64
  %m1 = nbc.constant -1 : si64
  %empty = nbc.list_new(%c1 : si64) : !nbc.list<si64>
  %l = nbc.range %i = %c0 to %n step %c1 : si64 iter_args(%acc = %empty) -> (!nbc.list<si64>) {
    %next = nbc.list_append %acc, %i : !nbc.list<si64>
    nbc.yield %next : !nbc.list<si64>
  }
  %x = nbc.list_get %l[%m1] : !nbc.list<si64>, si64
  return %x : si64
}

/// l = list(range(n)); l.pop() + l.pop(); `n` < 2 raises.
func.func @pop_twice(%n: si64) -> si64 {
  %c0 = nbc.constant 0 : si64
  %c1 = nbc.constant 1 : si64
  %empty = nbc.list_new : !nbc.list<si64>
  %l = nbc.range %i = %c0 to %n step %c1 : si64 iter_args(%acc = %empty) -> (!nbc.list<si64>) {
    %next = nbc.list_append %acc, %i : !nbc.list<si64>
    nbc.yield %next : !nbc.list<si64>
  }
  %x = nbc.list_pop %l : !nbc.list<si64>
  %y = nbc.list_pop %l : !nbc.list<si64>
  %s = nbc.add %x, %y : si64
  return %s : si64
}

/// list(range(n))[k]
func.func @get(%n: si64, %k: si64) -> si64 {
  %c0 = nbc.constant 0 : si64
  %c1 = nbc.constant 1 : si64
  %empty = nbc.list_new : !nbc.list<si64>
  %l = nbc.range %i = %c0 to %n step %c1 : si64 iter_args(%acc = %empty) -> (!nbc.list<si64>) {
    %next = nbc.list_append %acc, %i : !nbc.list<si64>
    nbc.yield %next : !nbc.list<si64>
  }
  %x = nbc.list_get %l[%k] : !nbc.list<si64>, si64
  return %x : si64
}
