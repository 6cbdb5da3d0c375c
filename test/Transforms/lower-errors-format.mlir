// nbc.raise_if with run-time values: the runtime formats the message only
// when the condition holds.
// RUN: nbc-opt %s --nbc-lower-errors | FileCheck %s

// CHECK-DAG: func.func private @nbc_rt_format_error(!llvm.ptr, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64) -> !llvm.ptr
// CHECK-DAG: llvm.mlir.global internal constant @[[MSG:__nbc_error_[0-9]+]]("\03size {} is different from {}\00")
// CHECK-LABEL: func @formatted
// CHECK-SAME: (%[[C:.*]]: i1, %[[M:.*]]: i64, %[[N:.*]]: i64) -> (!llvm.ptr, i64)
// CHECK: %[[ADDR:.*]] = llvm.mlir.addressof @[[MSG]] : !llvm.ptr
// CHECK: %[[S:.*]] = scf.if %[[C]] -> (!llvm.ptr) {
// CHECK:   %[[Z:.*]] = arith.constant 0 : i64
// CHECK:   %[[F:.*]] = func.call @nbc_rt_format_error(%[[ADDR]], %[[M]], %[[N]], %[[Z]], %[[Z]], %[[Z]], %[[Z]], %[[Z]], %[[Z]], %[[Z]], %[[Z]], %[[Z]], %[[Z]], %[[Z]], %[[Z]], %[[Z]], %[[Z]])
// CHECK:   scf.yield %[[F]] : !llvm.ptr
// CHECK: } else {
// CHECK:   %[[NULL:.*]] = llvm.mlir.zero : !llvm.ptr
// CHECK:   scf.yield %[[NULL]] : !llvm.ptr
// CHECK: }
func.func @formatted(%c: i1, %m: i64, %n: i64) -> i64 {
  nbc.raise_if %c, ValueError, "size {} is different from {}" (%m, %n : i64, i64)
  %s = arith.addi %m, %n : i64
  return %s : i64
}
