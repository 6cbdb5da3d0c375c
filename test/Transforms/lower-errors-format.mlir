// nbc.raise_if with run-time values: the runtime formats the message only
// when the condition holds, one call per value by its type, then the rest
// of the block runs under a branch on the condition itself.
// RUN: nbc-opt %s --nbc-lower-errors | FileCheck %s

// CHECK-DAG: func.func private @nbc_rt_error_begin(!llvm.ptr)
// CHECK-DAG: func.func private @nbc_rt_error_int(i64, !llvm.ptr, i64)
// CHECK-DAG: func.func private @nbc_rt_error_end() -> !llvm.ptr
// CHECK-DAG: llvm.mlir.global internal constant @[[MSG:__nbc_error_[0-9]+]]("\03size {} is different from {}\00")
// CHECK-DAG: llvm.mlir.global internal constant @[[SPEC:__nbc_error_[0-9]+]](".3f\00")
// CHECK-LABEL: func @formatted
// CHECK-SAME: (%[[C:.*]]: i1, %[[M:.*]]: i64, %[[N:.*]]: i64, %{{.*}}: memref<i64>) -> (!llvm.ptr, i64)
// CHECK: %[[ADDR:.*]] = llvm.mlir.addressof @[[MSG]] : !llvm.ptr
// CHECK: %[[S:.*]] = scf.if %[[C]] -> (!llvm.ptr) {
// CHECK:   func.call @nbc_rt_error_begin(%[[ADDR]])
// CHECK:   %[[NOSPEC:.*]] = llvm.mlir.zero : !llvm.ptr
// CHECK:   %[[Z:.*]] = arith.constant 0 : i64
// CHECK:   func.call @nbc_rt_error_int(%[[M]], %[[NOSPEC]], %[[Z]])
// CHECK:   func.call @nbc_rt_error_int(%[[N]],
// CHECK:   %[[F:.*]] = func.call @nbc_rt_error_end() : () -> !llvm.ptr
// CHECK:   scf.yield %[[F]] : !llvm.ptr
// CHECK: } else {
// CHECK:   %[[NULL:.*]] = llvm.mlir.zero : !llvm.ptr
// CHECK:   scf.yield %[[NULL]] : !llvm.ptr
// CHECK: }
// The rest is guarded by the condition, not by a test of the status.
// CHECK: %[[OK:.*]] = arith.xori %[[C]], %{{.*}} : i1
// CHECK: scf.if %[[OK]] -> (!llvm.ptr) {
// CHECK:   memref.store
func.func @formatted(%c: i1, %m: i64, %n: i64, %out: memref<i64>) -> i64 {
  nbc.raise_if %c, ValueError, "size {} is different from {}" (%m, %n : i64, i64)
  %s = arith.addi %m, %n : i64
  memref.store %s, %out[] : memref<i64>
  return %s : i64
}

// Each type by its own call: narrow ints extended by their signedness
// (unsigned_args after convert-nbc-to-core), bools as 0/1, float32 as the
// double it boxes to, specs as constant text.
// CHECK-LABEL: func @typed
// CHECK-SAME: (%[[C:.*]]: i1, %[[X:.*]]: f32, %[[I:.*]]: i32, %[[U:.*]]: i8, %[[W:.*]]: i64, %[[B:.*]]: i1)
// CHECK: scf.if %[[C]] -> (!llvm.ptr) {
// CHECK:   %[[XS:.*]] = llvm.mlir.addressof @[[SPEC]] : !llvm.ptr
// CHECK:   %[[N3:.*]] = arith.constant 3 : i64
// CHECK:   %[[XD:.*]] = arith.extf %[[X]] : f32 to f64
// CHECK:   func.call @nbc_rt_error_float(%[[XD]], %[[XS]], %[[N3]])
// CHECK:   %[[IW:.*]] = arith.extsi %[[I]] : i32 to i64
// CHECK:   func.call @nbc_rt_error_int(%[[IW]],
// CHECK:   %[[UW:.*]] = arith.extui %[[U]] : i8 to i64
// CHECK:   func.call @nbc_rt_error_uint(%[[UW]],
// CHECK:   func.call @nbc_rt_error_uint(%[[W]],
// CHECK:   %[[BW:.*]] = arith.extui %[[B]] : i1 to i64
// CHECK:   func.call @nbc_rt_error_bool(%[[BW]],
func.func @typed(%c: i1, %x: f32, %i: i32, %u: i8, %w: i64, %b: i1) {
  nbc.raise_if %c, ValueError, "{} {} {} {} {}" (%x, %i, %u, %w, %b : f32, i32, i8, i64, i1) {formats = [".3f", "", "", "", ""], unsigned_args = array<i1: false, false, true, true, false>}
  return
}

// Formatted messages share the thread's buffer: a second one is formatted
// only when the first did not fail (it is not merged speculatively).
// CHECK-LABEL: func @two_formatted
// CHECK-SAME: (%[[C:.*]]: i1, %[[D:.*]]: i1, %[[N:.*]]: i64)
// CHECK: %[[S1:.*]] = scf.if %[[C]] -> (!llvm.ptr) {
// CHECK:   func.call @nbc_rt_error_end()
// CHECK: %[[OK:.*]] = arith.xori %[[C]], %{{.*}} : i1
// CHECK: scf.if %[[OK]] -> (!llvm.ptr) {
// CHECK:   scf.if %[[D]] -> (!llvm.ptr) {
// CHECK:     func.call @nbc_rt_error_end()
// CHECK: } else {
// CHECK:   scf.yield %[[S1]] : !llvm.ptr
func.func @two_formatted(%c: i1, %d: i1, %n: i64) {
  nbc.raise_if %c, KeyError, "{}" (%n : i64)
  nbc.raise_if %d, KeyError, "missing {}" (%n : i64)
  return
}
