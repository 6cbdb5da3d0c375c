// --fn compiles only the chosen function and what it references: another
// function's unresolved declaration no longer stops it (the JIT failed with
// "Symbols not found" for every function of the file).

// RUN: nbc-run %s --fn=add --arg=1 --arg=2 | FileCheck %s --check-prefix=ADD
// RUN: nbc-run --aot %s --fn=add --arg=1 --arg=2 | FileCheck %s --check-prefix=ADD
// ADD: 3

// What the chosen function calls (a private helper calling another, a
// global it reads) is kept.
// RUN: nbc-run %s --fn=calls_helper --arg=4 | FileCheck %s --check-prefix=HELPER
// RUN: nbc-run --aot %s --fn=calls_helper --arg=4 | FileCheck %s --check-prefix=HELPER
// HELPER: 15

// The function with the unresolved symbol still fails, and says why.
// RUN: not nbc-run %s --fn=uses_missing --arg=1.0 2>&1 | FileCheck %s --check-prefix=MISSING
// MISSING: nbc_test_no_such_symbol

func.func private @nbc_test_no_such_symbol(f64) -> f64

func.func @uses_missing(%x: f64) -> f64 {
  %y = func.call @nbc_test_no_such_symbol(%x) : (f64) -> f64
  return %y : f64
}

func.func @add(%a: i64, %b: i64) -> i64 {
  %c = arith.addi %a, %b : i64
  return %c : i64
}

memref.global "private" constant @ten : memref<i64> = dense<10>

func.func private @inner(%x: i64) -> i64 {
  %g = memref.get_global @ten : memref<i64>
  %t = memref.load %g[] : memref<i64>
  %y = arith.addi %x, %t : i64
  return %y : i64
}

func.func private @helper(%x: i64) -> i64 {
  %c1 = arith.constant 1 : i64
  %y = arith.addi %x, %c1 : i64
  %z = func.call @inner(%y) : (i64) -> i64
  return %z : i64
}

func.func @calls_helper(%x: i64) -> i64 {
  %y = func.call @helper(%x) : (i64) -> i64
  return %y : i64
}
