// Kernels that raise through the lowered error ABI (docs/ErrorModel.md):
// a leading !llvm.ptr status pointing to "<kind byte>message".

// Each RUN has an --aot twin: the kernel linked into a shared library and
// dlopened must marshal, print and report errors exactly as the JIT does.
// RUN: nbc-run %s --fn=safe_div --arg=7 --arg=2 | FileCheck %s --check-prefix=OK
// RUN: nbc-run --aot %s --fn=safe_div --arg=7 --arg=2 | FileCheck %s --check-prefix=OK
// OK: 3

// RUN: not nbc-run %s --fn=safe_div --arg=7 --arg=0 2>&1 | FileCheck %s --check-prefix=ZDE
// RUN: not nbc-run --aot %s --fn=safe_div --arg=7 --arg=0 2>&1 | FileCheck %s --check-prefix=ZDE
// ZDE: ZeroDivisionError: integer division or modulo by zero

// The exit status of a raising kernel is 1 (bad input is 2).
// RUN: nbc-run %s --fn=safe_div --arg=7 --arg=0 2>/dev/null; test $? -eq 1
// RUN: nbc-run --aot %s --fn=safe_div --arg=7 --arg=0 2>/dev/null; test $? -eq 1

// RUN: not nbc-run %s --fn=check_index --arg='[1, 2, 3]' --arg=3 2>&1 | FileCheck %s --check-prefix=IDX
// RUN: not nbc-run --aot %s --fn=check_index --arg='[1, 2, 3]' --arg=3 2>&1 | FileCheck %s --check-prefix=IDX
// IDX: IndexError: index out of bounds
// RUN: nbc-run %s --fn=check_index --arg='[1, 2, 3]' --arg=2 | FileCheck %s --check-prefix=IDXOK
// RUN: nbc-run --aot %s --fn=check_index --arg='[1, 2, 3]' --arg=2 | FileCheck %s --check-prefix=IDXOK
// IDXOK: 3.0

// A kernel whose only result is the status.
// RUN: not nbc-run %s --fn=validate --arg=-1 2>&1 | FileCheck %s --check-prefix=VAL
// RUN: not nbc-run --aot %s --fn=validate --arg=-1 2>&1 | FileCheck %s --check-prefix=VAL
// VAL: ValueError: math domain error
// RUN: nbc-run %s --fn=validate --arg=4 | count 0
// RUN: nbc-run --aot %s --fn=validate --arg=4 | count 0

llvm.mlir.global internal constant @zde("\01integer division or modulo by zero\00") {addr_space = 0 : i32}
llvm.mlir.global internal constant @idx("\02index out of bounds\00") {addr_space = 0 : i32}
llvm.mlir.global internal constant @dom("\03math domain error\00") {addr_space = 0 : i32}

func.func @safe_div(%a: i64, %b: i64) -> (!llvm.ptr, i64) {
  %c0 = arith.constant 0 : i64
  %isz = arith.cmpi eq, %b, %c0 : i64
  %r:2 = scf.if %isz -> (!llvm.ptr, i64) {
    %p = llvm.mlir.addressof @zde : !llvm.ptr
    scf.yield %p, %c0 : !llvm.ptr, i64
  } else {
    %null = llvm.mlir.zero : !llvm.ptr
    %q = arith.floordivsi %a, %b : i64
    scf.yield %null, %q : !llvm.ptr, i64
  }
  return %r#0, %r#1 : !llvm.ptr, i64
}

func.func @check_index(%a: memref<?xf64>, %i: i64) -> (!llvm.ptr, f64) {
  %c0 = arith.constant 0 : index
  %n = memref.dim %a, %c0 : memref<?xf64>
  %ii = arith.index_cast %i : i64 to index
  %oob = arith.cmpi uge, %ii, %n : index
  %r:2 = scf.if %oob -> (!llvm.ptr, f64) {
    %p = llvm.mlir.addressof @idx : !llvm.ptr
    %z = arith.constant 0.0 : f64
    scf.yield %p, %z : !llvm.ptr, f64
  } else {
    %null = llvm.mlir.zero : !llvm.ptr
    %x = memref.load %a[%ii] : memref<?xf64>
    scf.yield %null, %x : !llvm.ptr, f64
  }
  return %r#0, %r#1 : !llvm.ptr, f64
}

func.func @validate(%x: i64) -> !llvm.ptr {
  %c0 = arith.constant 0 : i64
  %neg = arith.cmpi slt, %x, %c0 : i64
  %r = scf.if %neg -> (!llvm.ptr) {
    %p = llvm.mlir.addressof @dom : !llvm.ptr
    scf.yield %p : !llvm.ptr
  } else {
    %null = llvm.mlir.zero : !llvm.ptr
    scf.yield %null : !llvm.ptr
  }
  return %r : !llvm.ptr
}
