// RUN: nbc-opt %s --nbc-to-llvm | FileCheck %s

// The status ABI after the whole pipeline: a kernel that may raise returns
// {status, value}; the message is a constant global starting with the kind
// byte; nothing of the nbc dialect is left.

// CHECK-NOT: {{[^@]}}nbc.
// CHECK-DAG: llvm.mlir.global internal constant @{{.*}}("\01integer division or modulo by zero\00")
// CHECK-DAG: llvm.func @nbc_rt_report_error(!llvm.ptr)
// CHECK-LABEL: llvm.func internal @nbc.fn.kernel(
// CHECK-SAME: -> !llvm.struct<(ptr, i64)>
func.func @kernel(%a: si64, %b: si64) -> si64 {
  %q = nbc.floordiv %a, %b : si64
  return %q : si64
}

// The kernel's body is inlined into the entry, which reports its error.
// CHECK-LABEL: llvm.func internal @nbc.fn.entry(
// CHECK-NOT: llvm.call @nbc.fn.kernel
// CHECK: llvm.call @nbc_rt_report_error
// CHECK-NOT: {{[^@]}}nbc.
func.func @entry(%a: si64) attributes {nbc.report_errors} {
  %q = call @kernel(%a, %a) : (si64, si64) -> si64
  return
}
