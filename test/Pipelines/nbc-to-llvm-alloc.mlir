// RUN: nbc-opt %s --convert-nbc-to-core --canonicalize --nbc-lower-errors --canonicalize --ownership-based-buffer-deallocation --canonicalize --buffer-deallocation-simplification --bufferization-lower-deallocations --convert-bufferization-to-memref --canonicalize | FileCheck %s
// RUN: nbc-opt %s --nbc-to-llvm | FileCheck %s --check-prefix=LLVM

// The error path of a failed allocation frees what was allocated before
// it: the status of the second allocation's null check is computed inside
// the first array's success branch, and the first array is freed after
// that branch, on every path. (The null block of a failed allocation is
// freed too, which is free(NULL).)

// CHECK-DAG: llvm.mlir.global internal constant @[[MEM:[a-z_0-9]+]]("\08Unable to allocate memory for the array\00")
// CHECK-LABEL: func @two
// CHECK-DAG: %[[MEMP:.*]] = llvm.mlir.addressof @[[MEM]]
// CHECK: %[[A:.*]] = memref.alloc() {alignment = 64 : i64} : memref<1000xf64>
// CHECK: %[[PA:.*]] = memref.extract_aligned_pointer_as_index
// CHECK: %[[NA:.*]] = arith.cmpi eq, %[[PA]]
// CHECK: arith.select %[[NA]], %[[MEMP]]
// CHECK: scf.if
// CHECK: %[[B:.*]] = memref.alloc(%{{.*}}) {alignment = 64 : i64} : memref<?xf64>
// CHECK: %[[PB:.*]] = memref.extract_aligned_pointer_as_index %[[B]]
// CHECK: %[[NB:.*]] = arith.cmpi eq, %[[PB]]
// CHECK: arith.select %[[NB]], %[[MEMP]]
// CHECK: memref.dealloc %[[B]]
// CHECK: } else {
// CHECK: memref.dealloc %[[A]]
// CHECK-NEXT: return

// After the whole pipeline: the MemoryError message (kind byte 8) and a
// null test of the allocator's result.
// LLVM-DAG: llvm.mlir.global internal constant @{{.*}}("\08Unable to allocate memory for the array\00")
// LLVM-DAG: llvm.mlir.global internal constant @{{.*}}("\03array is too big; `arr.size * arr.dtype.itemsize` is larger than the maximum possible size.\00")
// LLVM-LABEL: llvm.func internal @nbc.fn.two
// LLVM: llvm.call @nbc_rt_malloc
// LLVM: llvm.call @nbc_rt_malloc
// LLVM: llvm.call @free
func.func @two(%n: si64) -> f64 {
  %c1000 = nbc.constant 1000 : si64
  %one = nbc.constant 1.0 : f64
  %c0 = nbc.constant 0 : si64
  %a = nbc.full(%c1000) %one : memref<?xf64>, si64
  %b = nbc.empty(%n) : memref<?xf64>, si64
  %x = nbc.load %a[%c0] : memref<?xf64>, si64
  return %x : f64
}
