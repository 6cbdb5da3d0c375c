// The stages Numba's inspect_* show, and AOT outputs.

// RUN: nbc-run %s --print-stage=input | FileCheck %s --check-prefix=INPUT
// INPUT: func.func @add(%arg0: i64, %arg1: i64) -> i64
// INPUT-NOT: llvm.emit_c_interface

// RUN: nbc-run %s --print-stage=llvm-dialect | FileCheck %s --check-prefix=DIALECT
// DIALECT-DAG: llvm.func internal @nbc.fn.add(
// DIALECT-DAG: llvm.func @_mlir_ciface_add(
// DIALECT-DAG: llvm.func @_nbc_call_add(%{{.*}}: !llvm.ptr, %{{.*}}: !llvm.ptr) -> !llvm.ptr

// RUN: nbc-run %s --print-stage=llvm-ir | FileCheck %s --check-prefix=IR
// IR: define ptr @_nbc_call_add(ptr {{.*}}, ptr {{.*}})

// RUN: nbc-run %s --print-stage=llvm-ir-opt | FileCheck %s --check-prefix=OPT
// OPT: target triple
// The internal @nbc.fn.add is inlined into its exported wrappers.
// OPT-NOT: @nbc.fn.add
// OPT: define {{.*}}i64 @_mlir_ciface_add(i64 {{.*}}, i64 {{.*}})
// OPT-NEXT: add i64

// RUN: nbc-run %s --print-stage=asm | FileCheck %s --check-prefix=ASM
// ASM: _nbc_call_add:

// RUN: nbc-run %s --emit-object=%t.o --emit-header=%t.h
// RUN: llvm-nm %t.o | FileCheck %s --check-prefix=NM
// NM-NOT: {{ T add$}}
// NM-DAG: T _mlir_ciface_add
// NM-DAG: T _nbc_call_add
// RUN: FileCheck %s --check-prefix=HEADER < %t.h
// HEADER: int64_t _mlir_ciface_add(int64_t a0, int64_t a1);
// HEADER: const char *_nbc_call_add(void **args, void **results);

func.func @add(%a: i64, %b: i64) -> i64 {
  %c = arith.addi %a, %b : i64
  return %c : i64
}
