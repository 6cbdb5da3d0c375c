// Rank-0 array arguments (memref<f64>) are written as scalars, with an
// optional dtype suffix; they were read as .npy file names.

// RUN: nbc-run %s --fn=twice --arg=5.0:f64 | FileCheck %s --check-prefix=TWICE
// RUN: nbc-run %s --fn=twice --arg=5.0 | FileCheck %s --check-prefix=TWICE
// RUN: nbc-run --aot %s --fn=twice --arg=5.0:f64 | FileCheck %s --check-prefix=TWICE
// TWICE: 10.0

// The kernel writes into its rank-0 argument.
// RUN: nbc-run %s --fn=bump --arg=-3:i64 --print-args | FileCheck %s --check-prefix=BUMP
// BUMP: arg0 = -2

// A .npy file is still read as one.
// RUN: %python %S/Inputs/write_npy.py %t.npy '<f8' '' 2.5
// RUN: nbc-run %s --fn=twice --arg=%t.npy | FileCheck %s --check-prefix=NPY
// NPY: 5.0

// RUN: not nbc-run %s --fn=twice --arg=5:i64 2>&1 | FileCheck %s --check-prefix=DTYPE
// DTYPE: nbc-run: error: argument 0 ('5:i64'): '5:i64' has dtype i64, the kernel expects f64
// RUN: not nbc-run %s --fn=twice --arg=5:q7 2>&1 | FileCheck %s --check-prefix=UNKNOWN
// UNKNOWN: nbc-run: error: argument 0 ('5:q7'): unknown dtype 'q7' in '5:q7'
// RUN: not nbc-run %s --fn=bump --arg=2.5 2>&1 | FileCheck %s --check-prefix=BAD
// BAD: nbc-run: error: argument 0 ('2.5'): '2.5' is not an integer of type i64
// A scalar where an array of rank 1 is expected is still an error.
// RUN: not nbc-run %s --fn=first --arg=1.0 2>&1 | FileCheck %s --check-prefix=RANK
// RANK: nbc-run: error: argument 0 ('1.0'): cannot read '1.0'

func.func @twice(%a: memref<f64>) -> f64 {
  %x = memref.load %a[] : memref<f64>
  %y = arith.addf %x, %x : f64
  return %y : f64
}

func.func @bump(%a: memref<i64>) {
  %x = memref.load %a[] : memref<i64>
  %c1 = arith.constant 1 : i64
  %y = arith.addi %x, %c1 : i64
  memref.store %y, %a[] : memref<i64>
  return
}

func.func @first(%a: memref<?xf64>) -> f64 {
  %c0 = arith.constant 0 : index
  %x = memref.load %a[%c0] : memref<?xf64>
  return %x : f64
}
