// Bounds checks of loops with constant steps other than 1 (nbc-hoist-checks):
// one range check before the loop covers the lowest and highest index,
// Python's negative indices included; an empty range checks nothing.
// Expected values and errors computed by CPython on the same loops.
// In the IR the loads of the loops keep no check.
// RUN: nbc-opt --canonicalize --nbc-hoist-checks %s | FileCheck %s --check-prefix=IR
// IR-LABEL: func.func @step3
// IR: nbc.raise_if
// IR: nbc.range
// IR: nbc.load {{.*}} {noboundscheck}
// IR-LABEL: func.func @stepm2
// IR: nbc.raise_if
// IR: nbc.range
// IR: nbc.load {{.*}} {noboundscheck}
// IR-LABEL: func.func @reversed
// IR: nbc.range
// IR: nbc.load {{.*}} {noboundscheck}
// IR: nbc.store {{.*}} {noboundscheck, nowrap}
// RUN: nbc-run %s --fn=step3 --arg='[1.5, -2.0, 4.25, 8.0, -16.5, 32.0, 64.125, -128.0, 256.0, 0.5, 3.0]' --arg=0 --arg=11 | FileCheck %s --check-prefix=S3A
// RUN: nbc-run --aot %s --fn=step3 --arg='[1.5, -2.0, 4.25, 8.0, -16.5, 32.0, 64.125, -128.0, 256.0, 0.5, 3.0]' --arg=0 --arg=11 | FileCheck %s --check-prefix=S3A
// RUN: nbc-run %s --fn=step3 --arg='[1.5, -2.0, 4.25, 8.0, -16.5, 32.0, 64.125, -128.0, 256.0, 0.5, 3.0]' --arg=-11 --arg=0 | FileCheck %s --check-prefix=S3B
// RUN: nbc-run --aot %s --fn=step3 --arg='[1.5, -2.0, 4.25, 8.0, -16.5, 32.0, 64.125, -128.0, 256.0, 0.5, 3.0]' --arg=-11 --arg=0 | FileCheck %s --check-prefix=S3B
// RUN: nbc-run %s --fn=step3 --arg='[1.5, -2.0, 4.25, 8.0, -16.5, 32.0, 64.125, -128.0, 256.0, 0.5, 3.0]' --arg=1 --arg=13 | FileCheck %s --check-prefix=S3C
// RUN: nbc-run --aot %s --fn=step3 --arg='[1.5, -2.0, 4.25, 8.0, -16.5, 32.0, 64.125, -128.0, 256.0, 0.5, 3.0]' --arg=1 --arg=13 | FileCheck %s --check-prefix=S3C
// RUN: not nbc-run %s --fn=step3 --arg='[1.5, -2.0, 4.25, 8.0, -16.5, 32.0, 64.125, -128.0, 256.0, 0.5, 3.0]' --arg=2 --arg=13 2>&1 | FileCheck %s --check-prefix=S3D
// RUN: not nbc-run --aot %s --fn=step3 --arg='[1.5, -2.0, 4.25, 8.0, -16.5, 32.0, 64.125, -128.0, 256.0, 0.5, 3.0]' --arg=2 --arg=13 2>&1 | FileCheck %s --check-prefix=S3D
// RUN: not nbc-run %s --fn=step3 --arg='[1.5, -2.0, 4.25, 8.0, -16.5, 32.0, 64.125, -128.0, 256.0, 0.5, 3.0]' --arg=-12 --arg=3 2>&1 | FileCheck %s --check-prefix=S3E
// RUN: not nbc-run --aot %s --fn=step3 --arg='[1.5, -2.0, 4.25, 8.0, -16.5, 32.0, 64.125, -128.0, 256.0, 0.5, 3.0]' --arg=-12 --arg=3 2>&1 | FileCheck %s --check-prefix=S3E
// RUN: nbc-run %s --fn=step3 --arg='[1.5, -2.0, 4.25, 8.0, -16.5, 32.0, 64.125, -128.0, 256.0, 0.5, 3.0]' --arg=50 --arg=0 | FileCheck %s --check-prefix=S3F
// RUN: nbc-run --aot %s --fn=step3 --arg='[1.5, -2.0, 4.25, 8.0, -16.5, 32.0, 64.125, -128.0, 256.0, 0.5, 3.0]' --arg=50 --arg=0 | FileCheck %s --check-prefix=S3F
// RUN: nbc-run %s --fn=stepm2 --arg='[1.5, -2.0, 4.25, 8.0, -16.5, 32.0, 64.125, -128.0, 256.0, 0.5, 3.0]' --arg=-1 --arg=-12 | FileCheck %s --check-prefix=M2A
// RUN: nbc-run --aot %s --fn=stepm2 --arg='[1.5, -2.0, 4.25, 8.0, -16.5, 32.0, 64.125, -128.0, 256.0, 0.5, 3.0]' --arg=-1 --arg=-12 | FileCheck %s --check-prefix=M2A
// RUN: nbc-run %s --fn=stepm2 --arg='[1.5, -2.0, 4.25, 8.0, -16.5, 32.0, 64.125, -128.0, 256.0, 0.5, 3.0]' --arg=10 --arg=-1 | FileCheck %s --check-prefix=M2B
// RUN: nbc-run --aot %s --fn=stepm2 --arg='[1.5, -2.0, 4.25, 8.0, -16.5, 32.0, 64.125, -128.0, 256.0, 0.5, 3.0]' --arg=10 --arg=-1 | FileCheck %s --check-prefix=M2B
// RUN: not nbc-run %s --fn=stepm2 --arg='[1.5, -2.0, 4.25, 8.0, -16.5, 32.0, 64.125, -128.0, 256.0, 0.5, 3.0]' --arg=10 --arg=-13 2>&1 | FileCheck %s --check-prefix=M2C
// RUN: not nbc-run --aot %s --fn=stepm2 --arg='[1.5, -2.0, 4.25, 8.0, -16.5, 32.0, 64.125, -128.0, 256.0, 0.5, 3.0]' --arg=10 --arg=-13 2>&1 | FileCheck %s --check-prefix=M2C
// RUN: not nbc-run %s --fn=stepm2 --arg='[1.5, -2.0, 4.25, 8.0, -16.5, 32.0, 64.125, -128.0, 256.0, 0.5, 3.0]' --arg=11 --arg=0 2>&1 | FileCheck %s --check-prefix=M2D
// RUN: not nbc-run --aot %s --fn=stepm2 --arg='[1.5, -2.0, 4.25, 8.0, -16.5, 32.0, 64.125, -128.0, 256.0, 0.5, 3.0]' --arg=11 --arg=0 2>&1 | FileCheck %s --check-prefix=M2D
// RUN: nbc-run %s --fn=stepm2 --arg='[1.5, -2.0, 4.25, 8.0, -16.5, 32.0, 64.125, -128.0, 256.0, 0.5, 3.0]' --arg=-50 --arg=0 | FileCheck %s --check-prefix=M2E
// RUN: nbc-run --aot %s --fn=stepm2 --arg='[1.5, -2.0, 4.25, 8.0, -16.5, 32.0, 64.125, -128.0, 256.0, 0.5, 3.0]' --arg=-50 --arg=0 | FileCheck %s --check-prefix=M2E
// RUN: nbc-run %s --fn=reversed --arg='[1.5, -2.0, 4.25, 8.0, -16.5, 32.0, 64.125, -128.0, 256.0, 0.5, 3.0]' --arg='[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]' --print-args | FileCheck %s --check-prefix=REV
// RUN: nbc-run --aot %s --fn=reversed --arg='[1.5, -2.0, 4.25, 8.0, -16.5, 32.0, 64.125, -128.0, 256.0, 0.5, 3.0]' --arg='[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]' --print-args | FileCheck %s --check-prefix=REV
// RUN: not nbc-run %s --fn=reversed --arg='[1.5, -2.0, 4.25, 8.0, -16.5, 32.0, 64.125, -128.0, 256.0, 0.5, 3.0]' --arg='[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]' 2>&1 | FileCheck %s --check-prefix=REVX
// RUN: not nbc-run --aot %s --fn=reversed --arg='[1.5, -2.0, 4.25, 8.0, -16.5, 32.0, 64.125, -128.0, 256.0, 0.5, 3.0]' --arg='[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]' 2>&1 | FileCheck %s --check-prefix=REVX
// S3A: 74.125
// S3B: 74.125
// S3C: -143.5
// S3D: IndexError: index out of bounds
// S3D-NOT: {{[0-9]}}
// S3E: IndexError: index out of bounds
// S3E-NOT: {{[0-9]}}
// S3F: 0.0
// M2A: 312.375
// M2B: 312.375
// M2C: IndexError: index out of bounds
// M2C-NOT: {{[0-9]}}
// M2D: IndexError: index out of bounds
// M2D-NOT: {{[0-9]}}
// M2E: 0.0
// REV: arg1 = [3.0, 1.5, -2.0, 4.25, 8.0, -16.5, 32.0, 64.125, -128.0, 256.0, 0.5]
// REVX: IndexError: index out of bounds

// sum(a[i] for i in range(lo, hi, 3))
func.func @step3(%a: memref<?xf64>, %lo: si64, %hi: si64) -> f64 {
  %c3 = nbc.constant 3 : si64
  %z = nbc.constant 0.0 : f64
  %s = nbc.range %i = %lo to %hi step %c3 : si64 iter_args(%acc = %z) -> (f64) {
    %x = nbc.load %a[%i] : memref<?xf64>, si64
    %t = nbc.add %acc, %x : f64
    nbc.yield %t : f64
  }
  return %s : f64
}

// sum(a[i] for i in range(start, stop, -2))
func.func @stepm2(%a: memref<?xf64>, %start: si64, %stop: si64) -> f64 {
  %cm2 = nbc.constant -2 : si64
  %z = nbc.constant 0.0 : f64
  %s = nbc.range %i = %start to %stop step %cm2 : si64 iter_args(%acc = %z) -> (f64) {
    %x = nbc.load %a[%i] : memref<?xf64>, si64
    %t = nbc.add %acc, %x : f64
    nbc.yield %t : f64
  }
  return %s : f64
}

// for i in range(len(b) - 1, -1, -1): b[i] = a[i - 1]
func.func @reversed(%a: memref<?xf64>, %b: memref<?xf64>) {
  %c1 = nbc.constant 1 : si64
  %cm1 = nbc.constant -1 : si64
  %n = nbc.dim %b, 0 : memref<?xf64>
  %start = nbc.sub %n, %c1 : si64
  nbc.range %i = %start to %cm1 step %cm1 : si64 {
    %j = nbc.sub %i, %c1 : si64
    %x = nbc.load %a[%j] : memref<?xf64>, si64
    nbc.store %x, %b[%i] : memref<?xf64>, si64
  }
  return
}
