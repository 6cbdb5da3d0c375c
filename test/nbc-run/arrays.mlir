// Arrays from literals (any rank, strided views), arrays returned by the
// kernel, and arrays written in place.

// Each RUN has an --aot twin: the kernel linked into a shared library and
// dlopened must marshal, print and report errors exactly as the JIT does.
// RUN: nbc-run %s --fn=sum --arg='[1.5, 2, 3.25]:f64' | FileCheck %s --check-prefix=SUM
// RUN: nbc-run --aot %s --fn=sum --arg='[1.5, 2, 3.25]:f64' | FileCheck %s --check-prefix=SUM
// SUM: 6.75

// RUN: nbc-run %s --fn=sum --arg='[]' | FileCheck %s --check-prefix=EMPTY
// RUN: nbc-run --aot %s --fn=sum --arg='[]' | FileCheck %s --check-prefix=EMPTY
// EMPTY: 0.0

// RUN: nbc-run %s --fn=trace --arg='[[1, 2, 3], [4, 5, 6], [7, 8, 9]]' | FileCheck %s --check-prefix=TRACE
// RUN: nbc-run --aot %s --fn=trace --arg='[[1, 2, 3], [4, 5, 6], [7, 8, 9]]' | FileCheck %s --check-prefix=TRACE
// TRACE: 15

// RUN: nbc-run %s --fn=scale --arg='[1, 2, 3]' --arg=0.5 --print-args | FileCheck %s --check-prefix=SCALE
// RUN: nbc-run --aot %s --fn=scale --arg='[1, 2, 3]' --arg=0.5 --print-args | FileCheck %s --check-prefix=SCALE
// SCALE: arg0 = [0.5, 1.0, 1.5]

// RUN: nbc-run %s --fn=iota --arg=4 | FileCheck %s --check-prefix=IOTA
// RUN: nbc-run --aot %s --fn=iota --arg=4 | FileCheck %s --check-prefix=IOTA
// IOTA: [0.0, 1.0, 2.0, 3.0]
// Arrays of earlier repetitions are freed; the last one is printed.
// RUN: nbc-run %s --fn=iota --arg=3 --repeat=5 | FileCheck %s --check-prefix=REPEAT
// RUN: nbc-run --aot %s --fn=iota --arg=3 --repeat=5 | FileCheck %s --check-prefix=REPEAT
// REPEAT: [0.0, 1.0, 2.0]

// RUN: nbc-run %s --fn=transpose_view --arg='[[1, 2], [3, 4], [5, 6]]:i32' | FileCheck %s --check-prefix=VIEW
// RUN: nbc-run --aot %s --fn=transpose_view --arg='[[1, 2], [3, 4], [5, 6]]:i32' | FileCheck %s --check-prefix=VIEW
// VIEW: {{^\[\[1, 3, 5\], \[2, 4, 6\]\]$}}

// RUN: nbc-run %s --fn=static4 --arg='[1, 2, 3, 4]:i16' | FileCheck %s --check-prefix=STATIC
// RUN: nbc-run --aot %s --fn=static4 --arg='[1, 2, 3, 4]:i16' | FileCheck %s --check-prefix=STATIC
// STATIC: 10

func.func @sum(%a: memref<?xf64>) -> f64 {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %zero = arith.constant 0.0 : f64
  %n = memref.dim %a, %c0 : memref<?xf64>
  %s = scf.for %i = %c0 to %n step %c1 iter_args(%acc = %zero) -> (f64) {
    %x = memref.load %a[%i] : memref<?xf64>
    %y = arith.addf %acc, %x : f64
    scf.yield %y : f64
  }
  return %s : f64
}

func.func @trace(%a: memref<?x?xi64, strided<[?, ?], offset: ?>>) -> i64 {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %zero = arith.constant 0 : i64
  %n = memref.dim %a, %c0 : memref<?x?xi64, strided<[?, ?], offset: ?>>
  %s = scf.for %i = %c0 to %n step %c1 iter_args(%acc = %zero) -> (i64) {
    %x = memref.load %a[%i, %i] : memref<?x?xi64, strided<[?, ?], offset: ?>>
    %y = arith.addi %acc, %x : i64
    scf.yield %y : i64
  }
  return %s : i64
}

func.func @scale(%a: memref<?xf64>, %k: f64) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %n = memref.dim %a, %c0 : memref<?xf64>
  scf.for %i = %c0 to %n step %c1 {
    %x = memref.load %a[%i] : memref<?xf64>
    %y = arith.mulf %x, %k : f64
    memref.store %y, %a[%i] : memref<?xf64>
  }
  return
}

func.func @iota(%n: i64) -> memref<?xf64> {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %len = arith.index_cast %n : i64 to index
  %out = memref.alloc(%len) : memref<?xf64>
  scf.for %i = %c0 to %len step %c1 {
    %ii = arith.index_cast %i : index to i64
    %f = arith.sitofp %ii : i64 to f64
    memref.store %f, %out[%i] : memref<?xf64>
  }
  return %out : memref<?xf64>
}

// Returns a strided view of its argument (aliases it: nbc-run must not free
// it).
func.func @transpose_view(%a: memref<?x?xi32>) -> memref<?x?xi32, strided<[1, ?]>> {
  %t = memref.transpose %a (i, j) -> (j, i) : memref<?x?xi32> to memref<?x?xi32, strided<[1, ?]>>
  return %t : memref<?x?xi32, strided<[1, ?]>>
}

func.func @static4(%a: memref<4xi16>) -> i16 {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c4 = arith.constant 4 : index
  %zero = arith.constant 0 : i16
  %s = scf.for %i = %c0 to %c4 step %c1 iter_args(%acc = %zero) -> (i16) {
    %x = memref.load %a[%i] : memref<4xi16>
    %y = arith.addi %acc, %x : i16
    scf.yield %y : i16
  }
  return %s : i16
}
