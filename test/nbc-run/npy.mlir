// Arrays read from .npy files: C and Fortran order, several dtypes, and
// files that do not match the kernel.

// RUN: %python %S/Inputs/write_npy.py %t.f8.npy '<f8' 4 1.5,2.5,-1,0.25
// RUN: nbc-run %s --fn=sum --arg=%t.f8.npy | FileCheck %s --check-prefix=SUM
// SUM: 3.25

// RUN: %python %S/Inputs/write_npy.py %t.c.npy '<i8' 2,3 1,2,3,4,5,6
// RUN: nbc-run %s --fn=first_col --arg=%t.c.npy | FileCheck %s --check-prefix=C
// C: 5

// Fortran order: storage 1,4,2,5,3,6 is the same matrix [[1,2,3],[4,5,6]].
// RUN: %python %S/Inputs/write_npy.py %t.f.npy '<i8' 2,3 1,4,2,5,3,6 F
// RUN: nbc-run %s --fn=first_col --arg=%t.f.npy | FileCheck %s --check-prefix=C

// A Fortran-order file for a contiguous array type is copied to C order.
// RUN: nbc-run %s --fn=row_major_first_row --arg=%t.f.npy | FileCheck %s --check-prefix=ROW
// ROW: 6

// RUN: %python %S/Inputs/write_npy.py %t.i4.npy '<i4' 3 7,8,9
// RUN: not nbc-run %s --fn=sum --arg=%t.i4.npy 2>&1 | FileCheck %s --check-prefix=DTYPE
// DTYPE: nbc-run: error: argument 0 ('{{.*}}.i4.npy'): expected array(f64, 1d), got array(i32, 1d)

// RUN: not nbc-run %s --fn=sum --arg=%t.missing.npy 2>&1 | FileCheck %s --check-prefix=MISSING
// MISSING: nbc-run: error: argument 0 ('{{.*}}missing.npy'): cannot read '{{.*}}missing.npy'

// RUN: printf 'not a numpy file' > %t.bad.npy
// RUN: not nbc-run %s --fn=sum --arg=%t.bad.npy 2>&1 | FileCheck %s --check-prefix=BAD
// BAD: is not a supported .npy file: no NUMPY magic

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

// a[0, 0] + a[1, 0] of any 2-d layout.
func.func @first_col(%a: memref<?x?xi64, strided<[?, ?], offset: ?>>) -> i64 {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %x = memref.load %a[%c0, %c0] : memref<?x?xi64, strided<[?, ?], offset: ?>>
  %y = memref.load %a[%c1, %c0] : memref<?x?xi64, strided<[?, ?], offset: ?>>
  %s = arith.addi %x, %y : i64
  return %s : i64
}

// a[0, 0] + a[0, 1] + a[0, 2] of a contiguous 2x3 array.
func.func @row_major_first_row(%a: memref<2x3xi64>) -> i64 {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c2 = arith.constant 2 : index
  %x = memref.load %a[%c0, %c0] : memref<2x3xi64>
  %y = memref.load %a[%c0, %c1] : memref<2x3xi64>
  %z = memref.load %a[%c0, %c2] : memref<2x3xi64>
  %s = arith.addi %x, %y : i64
  %t = arith.addi %s, %z : i64
  return %t : i64
}
