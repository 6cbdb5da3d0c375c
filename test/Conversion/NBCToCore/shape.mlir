// RUN: nbc-opt %s --convert-nbc-to-core | FileCheck %s

// A strided source: the size checks, then a view when it is C-contiguous,
// otherwise NumPy's no-copy test by the runtime (a view with its strides),
// otherwise a copy into a new array.
// CHECK-LABEL: func @reshape_strided
// CHECK-SAME: (%[[A:.*]]: memref<?x?xf64, strided<[?, ?], offset: ?>>, %[[N:.*]]: i64, %[[M:.*]]: i64)
// CHECK: %[[BUF:.*]] = memref.alloca() : memref<8xi64>
// CHECK: %[[BASE:.*]], %[[OFF:.*]], %{{.*}}:2, %{{.*}}:2 = memref.extract_strided_metadata %[[A]]
// CHECK: nbc.raise_if %{{.*}}, ValueError, "can only specify one unknown dimension"
// CHECK: nbc.raise_if %{{.*}}, ValueError, "cannot reshape array of size {} into shape ({},{})"(%{{.*}}, %[[N]], %[[M]] : i64, i64, i64)
// CHECK: nbc.raise_if %{{.*}}, ValueError, "cannot reshape array of size {} into shape ({})"(%{{.*}}, %[[M]] : i64, i64)
// CHECK: nbc.raise_if %{{.*}}, ValueError, "cannot reshape array of size {} into shape ({},newaxis)"(%{{.*}}, %[[N]] : i64, i64)
// CHECK: %[[R:.*]] = scf.if %{{.*}} -> (memref<?x?xf64, strided<[?, ?], offset: ?>>) {
// CHECK: memref.reinterpret_cast %[[BASE]] to offset: [%[[OFF]]], sizes: [%{{.*}}, %{{.*}}], strides: [%{{.*}}, %{{.*}}]
// CHECK: } else {
// CHECK: memref.store %{{.*}}, %[[BUF]]
// CHECK: %[[ADDR:.*]] = memref.extract_aligned_pointer_as_index %[[BUF]]
// CHECK: %[[OK:.*]] = func.call @nbc_rt_reshape_strides(%{{.*}}, %{{.*}}, %{{.*}}) : (i64, i64, i64) -> i64
// CHECK: %[[VIEW:.*]] = arith.cmpi ne, %[[OK]]
// CHECK: memref.load %[[BUF]]
// CHECK: scf.if %[[VIEW]]
// CHECK: memref.reinterpret_cast %[[BASE]] to offset: [%[[OFF]]], sizes: [%{{.*}}, %{{.*}}], strides: [%{{.*}}, %{{.*}}]
// CHECK: } else {
// CHECK: %[[NEW:.*]] = memref.alloc(%{{.*}}, %{{.*}}) {alignment = 64 : i64} : memref<?x?xf64>
// CHECK: %[[AS:.*]] = memref.reinterpret_cast %[[NEW]] to offset: [0]
// CHECK: scf.for
// CHECK: scf.for
// CHECK: memref.load %[[A]]
// CHECK: memref.store %{{.*}}, %[[AS]]
// CHECK: memref.cast %[[NEW]] : memref<?x?xf64> to memref<?x?xf64, strided<[?, ?], offset: ?>>
// CHECK: return %[[R]]
func.func @reshape_strided(%a: memref<?x?xf64, strided<[?, ?], offset: ?>>, %n: si64, %m: si64)
    -> memref<?x?xf64, strided<[?, ?], offset: ?>> {
  %r = nbc.reshape %a(%n, %m) : memref<?x?xf64, strided<[?, ?], offset: ?>> to memref<?x?xf64, strided<[?, ?], offset: ?>>
  return %r : memref<?x?xf64, strided<[?, ?], offset: ?>>
}

// With contiguous_view (ravel), no run-time no-copy test.
// CHECK-LABEL: func @ravel_strided
// CHECK-NOT: nbc_rt_reshape_strides
// CHECK: scf.if %{{.*}} -> (memref<?xf64, strided<[1], offset: ?>>)
// CHECK: memref.alloc
// CHECK: return
func.func @ravel_strided(%a: memref<?x?xf64, strided<[?, ?], offset: ?>>, %n: si64)
    -> memref<?xf64, strided<[1], offset: ?>> {
  %r = nbc.reshape %a(%n) {contiguous_view} : memref<?x?xf64, strided<[?, ?], offset: ?>> to memref<?xf64, strided<[1], offset: ?>>
  return %r : memref<?xf64, strided<[1], offset: ?>>
}

// A row-major source is always contiguous: the view alone.
// CHECK-LABEL: func @reshape_identity
// CHECK: nbc.raise_if %{{.*}}, ValueError, "cannot reshape array of size {} into shape ({},)"
// CHECK: nbc.raise_if %{{.*}}, ValueError, "cannot reshape array of size {} into shape ()"
// CHECK-NOT: scf.if
// CHECK-NOT: memref.alloc
// CHECK: memref.reinterpret_cast %{{.*}} to offset: [%{{.*}}], sizes: [%{{.*}}], strides: [1]
func.func @reshape_identity(%a: memref<?x?xsi32>, %n: si64) -> memref<?xsi32, strided<[1], offset: ?>> {
  %r = nbc.reshape %a(%n) : memref<?x?xsi32> to memref<?xsi32, strided<[1], offset: ?>>
  return %r : memref<?xsi32, strided<[1], offset: ?>>
}

// CHECK-LABEL: func @concatenate
// CHECK-SAME: (%[[A:.*]]: memref<?x?xf32>, %[[B:.*]]: memref<?x?xf32, strided<[?, ?], offset: ?>>)
// CHECK: nbc.raise_if %{{.*}}, ValueError, "all the input array dimensions except for the concatenation axis must match exactly, but along dimension 1, the array at index 0 has size {} and the array at index 1 has size {}"
// CHECK: %[[OUT:.*]] = memref.alloc(%{{.*}}, %{{.*}}) {alignment = 64 : i64} : memref<?x?xf32>
// CHECK: %[[P0:.*]] = memref.subview %[[OUT]][%{{.*}}, 0]
// CHECK: memref.load %[[A]]
// CHECK: memref.store %{{.*}}, %[[P0]]
// CHECK: %[[P1:.*]] = memref.subview %[[OUT]][%{{.*}}, 0]
// CHECK: memref.load %[[B]]
// CHECK: memref.store %{{.*}}, %[[P1]]
// CHECK: return %[[OUT]]
func.func @concatenate(%a: memref<?x?xf32>, %b: memref<?x?xf32, strided<[?, ?], offset: ?>>) -> memref<?x?xf32> {
  %c = nbc.concatenate %a, %b axis 0 : memref<?x?xf32>, memref<?x?xf32, strided<[?, ?], offset: ?>> -> memref<?x?xf32>
  return %c : memref<?x?xf32>
}

// A new axis has size 1 and stride 0.
// CHECK-LABEL: func @new_axis
// CHECK: %[[C0:.*]] = arith.constant 0 : i64
// CHECK: %[[C1:.*]] = arith.constant 1 : i64
// CHECK: %[[ONE:.*]] = arith.index_cast %[[C1]] : i64 to index
// CHECK: %[[ZERO:.*]] = arith.index_cast %[[C0]] : i64 to index
// CHECK: memref.reinterpret_cast %{{.*}} to offset: [%{{.*}}], sizes: [%{{.*}}, %[[ONE]]], strides: [1, %[[ZERO]]]
func.func @new_axis(%v: memref<?xf64>) -> memref<?x?xf64, strided<[1, ?], offset: ?>> {
  %c = nbc.slice %v[:, none] : memref<?xf64> to memref<?x?xf64, strided<[1, ?], offset: ?>>
  return %c : memref<?x?xf64, strided<[1, ?], offset: ?>>
}
