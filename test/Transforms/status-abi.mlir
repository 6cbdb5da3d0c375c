// Functions with the status ABI (`nbc.status_abi`): an AOT library's
// exported callee and, in the calling module, its declaration.
// RUN: nbc-opt %s --nbc-lower-errors | FileCheck %s --check-prefix=ERRORS
// RUN: nbc-opt %s --nbc-mangle-symbols | FileCheck %s --check-prefix=MANGLE
// RUN: nbc-opt %s --nbc-to-llvm | FileCheck %s --check-prefix=LLVM

// Another module's callee: it returns a status first although nothing here
// says it raises, and its callers propagate it.
// ERRORS: func.func private @other(i64) -> (!llvm.ptr, i64) attributes {nbc.status_abi}
// MANGLE: func.func private @other(i64) -> i64 attributes {nbc.status_abi}
// LLVM: llvm.func @other(i64) -> !llvm.struct<(ptr, i64)>
func.func private @other(i64) -> i64 attributes {nbc.status_abi}

// ERRORS-LABEL: func.func @caller(
// ERRORS-SAME: -> (!llvm.ptr, i64)
// ERRORS: %[[R:.*]]:2 = call @other(%{{.*}}) : (i64) -> (!llvm.ptr, i64)
// ERRORS: return %{{.*}}, %{{.*}} : !llvm.ptr, i64
// MANGLE-LABEL: func.func @nbc.fn.caller(
// MANGLE-SAME: nbc.export
func.func @caller(%x: i64) -> i64 {
  %r = call @other(%x) : (i64) -> i64
  return %r : i64
}

// An exported callee that cannot raise still returns a (null) status; it
// keeps its name and external linkage and is no kernel (no entry points).
// ERRORS-LABEL: func.func @_nbc_callee_twice(
// ERRORS-SAME: -> (!llvm.ptr, i64)
// ERRORS: %[[NULL:.*]] = llvm.mlir.zero : !llvm.ptr
// ERRORS: return %[[NULL]], %{{.*}} : !llvm.ptr, i64
// MANGLE-LABEL: func.func @_nbc_callee_twice(
// MANGLE-NOT: llvm.linkage
// MANGLE-NOT: nbc.export
// MANGLE-SAME: nbc.status_abi
// LLVM: llvm.func @_nbc_callee_twice(
// LLVM-SAME: -> !llvm.struct<(ptr, i64)>
// LLVM: llvm.func @_nbc_call_caller(
// LLVM-NOT: _nbc_call__nbc_callee_twice
func.func @_nbc_callee_twice(%x: i64) -> i64 attributes {nbc.status_abi} {
  %r = arith.addi %x, %x : i64
  return %r : i64
}
