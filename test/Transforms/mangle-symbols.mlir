// RUN: nbc-opt %s --nbc-mangle-symbols | FileCheck %s

// Definitions become internal @nbc.fn.<name> (uniqued against existing
// symbols), their uses follow; declarations keep their names; public
// functions with a passable signature are marked for export.

// CHECK: func.func private @sin(f64) -> f64
func.func private @sin(f64) -> f64
// CHECK: func.func private @nbc.fn.atan2(f64) -> f64
func.func private @"nbc.fn.atan2"(f64) -> f64

// CHECK-LABEL: func.func @nbc.fn.atan2.1(
// CHECK-SAME: llvm.emit_c_interface
// CHECK-SAME: llvm.linkage = #llvm.linkage<internal>
// CHECK-SAME: nbc.export = {name = "atan2", type = (f64, f64) -> f64}
// CHECK: call @nbc.fn.helper(
func.func @atan2(%y: f64, %x: f64) -> f64 {
  %r = call @helper(%y) : (f64) -> f64
  return %r : f64
}

// A private helper: internal, not exported.
// CHECK-LABEL: func.func private @nbc.fn.helper(
// CHECK-SAME: attributes {llvm.linkage = #llvm.linkage<internal>}
// CHECK: call @sin(
func.func private @helper(%x: f64) -> f64 {
  %r = call @sin(%x) : (f64) -> f64
  return %r : f64
}

// A hand-lowered kernel: the leading !llvm.ptr is its status.
// CHECK-LABEL: func.func @nbc.fn.main(
// CHECK-SAME: nbc.export = {name = "main", type = (si64, memref<?xf64>) -> (!llvm.ptr, i1)}
func.func @main(%n: si64, %a: memref<?xf64>) -> (!llvm.ptr, i1) {
  %z = llvm.mlir.zero : !llvm.ptr
  %t = arith.constant true
  return %z, %t : !llvm.ptr, i1
}

// Public, but nbc cannot pass a tensor: internal, not exported.
// CHECK-LABEL: func.func @nbc.fn.tensor_helper(
// CHECK-SAME: attributes {llvm.linkage = #llvm.linkage<internal>}
func.func @tensor_helper(%t: tensor<4xf64>) -> tensor<4xf64> {
  return %t : tensor<4xf64>
}
