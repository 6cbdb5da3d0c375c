// RUN: nbc-opt %s --nbc-mangle-symbols --finalize-memref-to-llvm --convert-func-to-llvm --reconcile-unrealized-casts --nbc-add-entry-points --nbc-use-runtime-allocator | FileCheck %s

// Kernels are exported as _mlir_ciface_<name> and _nbc_call_<name>; their
// own symbols stay internal; malloc becomes nbc_rt_malloc.

// CHECK-NOT: llvm.func @malloc
// CHECK: llvm.func @nbc_rt_malloc(i64) -> !llvm.ptr
// CHECK-LABEL: llvm.func internal @nbc.fn.flag(
// CHECK-NOT: nbc.export
// CHECK-LABEL: llvm.func @_mlir_ciface_flag(%{{.*}}: i1, %{{.*}}: !llvm.ptr) -> i1
// CHECK: llvm.call @nbc.fn.flag(
func.func @flag(%b: i1, %a: memref<?xf64>) -> i1 {
  return %b : i1
}

// CHECK-LABEL: llvm.func internal @nbc.fn.alloc(
// CHECK: llvm.call @nbc_rt_malloc(
func.func @alloc(%n: index) -> memref<?xf64> {
  %m = memref.alloc(%n) : memref<?xf64>
  return %m : memref<?xf64>
}

// A bool argument is one byte in its slot, a memref its descriptor.
// CHECK-LABEL: llvm.func @_nbc_call_flag(%{{.*}}: !llvm.ptr, %{{.*}}: !llvm.ptr) -> !llvm.ptr
// CHECK: %[[BYTE:.*]] = llvm.load %{{.*}} : !llvm.ptr -> i8
// CHECK: %[[B:.*]] = llvm.trunc %[[BYTE]] : i8 to i1
// CHECK: llvm.load %{{.*}} : !llvm.ptr -> !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)>
// CHECK: %[[R:.*]] = llvm.call @nbc.fn.flag(%[[B]],
// CHECK: %[[WIDE:.*]] = llvm.zext %[[R]] : i1 to i8
// CHECK: llvm.store %[[WIDE]]
// CHECK: %[[NULL:.*]] = llvm.mlir.zero : !llvm.ptr
// CHECK: llvm.return %[[NULL]] : !llvm.ptr

// CHECK-LABEL: llvm.func @_nbc_call_alloc(
// CHECK: llvm.call @nbc.fn.alloc(
// CHECK: llvm.store %{{.*}} : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)>, !llvm.ptr
