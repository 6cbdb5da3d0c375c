// RUN: nbc-opt %s --convert-nbc-to-core | FileCheck %s

// The runtime functions are declared once, at the module's start.
// CHECK-DAG: func.func private @nbc_rt_sort_f64(i64, i64, i64, i64) -> i64
// CHECK-DAG: func.func private @nbc_rt_argsort_i64(i64, i64, i64, i64, i64) -> i64

// nbc.sort: the sizes and strides in a stack buffer allocated at the
// function's start, the address of the first element, a call of the
// runtime's sort for the element type, MemoryError on a non-zero status.
// CHECK-LABEL: func @sort_strided
// CHECK-SAME: (%[[A:.*]]: memref<?x?xf64, strided<[?, ?], offset: ?>>)
// CHECK: %[[BUF:.*]] = memref.alloca() : memref<4xi64>
// CHECK: memref.extract_strided_metadata %[[A]]
// CHECK-COUNT-4: memref.store %{{.*}}, %[[BUF]]
// CHECK: %[[META:.*]] = memref.extract_aligned_pointer_as_index %[[BUF]]
// CHECK: %[[BASE:.*]] = memref.extract_aligned_pointer_as_index %[[A]]
// CHECK: %[[STATUS:.*]] = call @nbc_rt_sort_f64(%{{.*}}, %{{.*}}, %{{.*}}, %{{.*}}) : (i64, i64, i64, i64) -> i64
// CHECK: %[[FAILED:.*]] = arith.cmpi ne, %[[STATUS]]
// CHECK: nbc.raise_if %[[FAILED]], MemoryError, "cannot allocate the buffers of a sort"
func.func @sort_strided(%a: memref<?x?xf64, strided<[?, ?], offset: ?>>) {
  nbc.sort %a axis 1 : memref<?x?xf64, strided<[?, ?], offset: ?>>
  return
}

// One runtime function per element type: bools sort as bytes.
// CHECK-LABEL: func @sort_types
// CHECK: call @nbc_rt_sort_i32(
// CHECK: call @nbc_rt_sort_u16(
// CHECK: call @nbc_rt_sort_u8(
// CHECK: call @nbc_rt_sort_f32(
// Complex elements by NumPy's names: complex<f32> is c64.
// CHECK: call @nbc_rt_sort_c64(
// CHECK: call @nbc_rt_argsort_c128(
func.func @sort_types(%a: memref<?xsi32>, %b: memref<?xui16>, %c: memref<?xi1>,
                      %d: memref<?xf32>, %e: memref<?xcomplex<f32>>,
                      %f: memref<?xcomplex<f64>>) -> memref<?xsi64> {
  nbc.sort %a axis 0 : memref<?xsi32>
  nbc.sort %b axis 0 : memref<?xui16>
  nbc.sort %c axis 0 : memref<?xi1>
  nbc.sort %d axis 0 : memref<?xf32>
  nbc.sort %e axis 0 : memref<?xcomplex<f32>>
  %i = nbc.argsort %f axis 0 : memref<?xcomplex<f64>> -> memref<?xsi64>
  return %i : memref<?xsi64>
}

// nbc.argsort: a new i64 array, then the call with its address.
// CHECK-LABEL: func @argsort
// CHECK-SAME: (%[[A:.*]]: memref<?x?xi64>)
// CHECK: %[[OUT:.*]] = memref.alloc(%{{.*}}, %{{.*}}) {alignment = 64 : i64} : memref<?x?xi64>
// CHECK: %[[STATUS:.*]] = call @nbc_rt_argsort_i64(%{{.*}}, %{{.*}}, %{{.*}}, %{{.*}}, %{{.*}}) : (i64, i64, i64, i64, i64) -> i64
// CHECK: nbc.raise_if %{{.*}}, MemoryError
// CHECK: return %[[OUT]]
func.func @argsort(%a: memref<?x?xsi64>) -> memref<?x?xsi64> {
  %0 = nbc.argsort %a axis 0 : memref<?x?xsi64> -> memref<?x?xsi64>
  return %0 : memref<?x?xsi64>
}
