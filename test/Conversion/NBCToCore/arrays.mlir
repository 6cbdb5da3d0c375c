// RUN: nbc-opt %s --convert-nbc-to-core | FileCheck %s

// CHECK-LABEL: func @load_wrap_check
// CHECK-SAME: (%[[A:.*]]: memref<?x?xf64>, %[[I:.*]]: i64, %[[J:.*]]: i32)
// CHECK: %[[D0:.*]] = memref.dim %[[A]], %{{.*}}
// CHECK: %[[N0:.*]] = arith.index_cast %[[D0]] : index to i64
// CHECK: %[[NEG:.*]] = arith.cmpi slt, %[[I]], %{{.*}}
// CHECK: %[[W:.*]] = arith.addi %[[I]], %[[N0]]
// CHECK: %[[I2:.*]] = arith.select %[[NEG]], %[[W]], %[[I]]
// CHECK: %[[OUT0:.*]] = arith.cmpi uge, %[[I2]], %[[N0]]
// CHECK: %[[J64:.*]] = arith.extsi %[[J]] : i32 to i64
// CHECK: %[[N1:.*]] = arith.index_cast %{{.*}} : index to i64
// CHECK: %[[OUT1:.*]] = arith.cmpi uge, %{{.*}}, %[[N1]]
// NumPy's message for the first axis out of bounds, with the index as given.
// CHECK: %[[OOB:.*]] = arith.ori %[[OUT0]], %[[OUT1]]
// CHECK: %[[GIVEN:.*]] = arith.select %[[OUT0]], %[[I]], %[[J64]]
// CHECK: %[[SIZE:.*]] = arith.select %[[OUT0]], %[[N0]], %[[N1]]
// CHECK: %[[AXIS:.*]] = arith.select %[[OUT0]]
// CHECK: nbc.raise_if %[[OOB]], IndexError, "index {} is out of bounds for axis {} with size {}"(%[[GIVEN]], %[[AXIS]], %[[SIZE]] : i64, i64, i64)
// CHECK: memref.load %[[A]][
func.func @load_wrap_check(%a: memref<?x?xf64>, %i: si64, %j: si32) -> f64 {
  %x = nbc.load %a[%i, %j] : memref<?x?xf64>, si64, si32
  return %x : f64
}

// CHECK-LABEL: func @store_unchecked
// CHECK-NOT: nbc.raise_if
// CHECK-NOT: arith.select
// CHECK: %[[IX:.*]] = arith.index_cast
// CHECK: memref.store %{{.*}}, %{{.*}}[%[[IX]]] : memref<?xi64>
func.func @store_unchecked(%a: memref<?xsi64>, %i: si64, %v: si64) {
  nbc.store %v, %a[%i] {nowrap, noboundscheck} : memref<?xsi64>, si64
  return
}

// Unsigned indices never wrap; they are only checked.
// CHECK-LABEL: func @load_unsigned
// CHECK: arith.extui
// CHECK-NOT: arith.select
// CHECK: arith.cmpi uge
// CHECK: nbc.raise_if
func.func @load_unsigned(%a: memref<?xf32>, %i: ui8) -> f32 {
  %x = nbc.load %a[%i] : memref<?xf32>, ui8
  return %x : f32
}

// CHECK-LABEL: func @dim_stride
// CHECK: memref.dim %{{.*}}, %{{.*}} : memref<?x?xf64, strided<[?, ?], offset: ?>>
// CHECK: %{{.*}}, %{{.*}}, %{{.*}}:2, %[[ST:.*]]:2 = memref.extract_strided_metadata
// CHECK: arith.index_cast %[[ST]]#1 : index to i64
func.func @dim_stride(%a: memref<?x?xf64, strided<[?, ?], offset: ?>>) -> (si64, si64) {
  %n = nbc.dim %a, 1 : memref<?x?xf64, strided<[?, ?], offset: ?>>
  %s = nbc.stride %a, 1 : memref<?x?xf64, strided<[?, ?], offset: ?>>
  return %n, %s : si64, si64
}

// CHECK-LABEL: func @empty_full
// CHECK: arith.cmpi slt
// CHECK: nbc.raise_if %{{.*}}, ValueError, "negative dimensions are not allowed"
// CHECK: memref.alloc(%{{.*}}) {alignment = 64 : i64} : memref<?x3xf64>
// CHECK: nbc.raise_if %{{.*}}, MemoryError
// CHECK: nbc.raise_if %{{.*}}, ValueError, "negative dimensions are not allowed"
// CHECK: %[[F:.*]] = memref.alloc(%{{.*}}) {alignment = 64 : i64} : memref<?xi32>
// CHECK: scf.for
// CHECK: memref.store %{{.*}}, %[[F]]
func.func @empty_full(%n: si64, %v: si32) -> (memref<?x3xf64>, memref<?xsi32>) {
  %e = nbc.empty(%n) : memref<?x3xf64>, si64
  %f = nbc.full(%n) %v : memref<?xsi32>, si64
  return %e, %f : memref<?x3xf64>, memref<?xsi32>
}

// Every allocation checks its byte count, itemsize * max(size, 1) per
// extent, for overflow (NumPy's ValueError) after the negative-size check,
// and the allocator's null result (MemoryError) after memref.alloc.
// CHECK-LABEL: func @alloc_checks
// CHECK-SAME: (%[[N:.*]]: i64, %[[M:.*]]: i32)
// CHECK: nbc.raise_if %{{.*}}, ValueError, "negative dimensions are not allowed"
// CHECK-DAG: %[[ONE:.*]] = arith.constant 1 : i64
// CHECK-DAG: %[[ITEM:.*]] = arith.constant 4 : i64
// CHECK: %[[E0:.*]] = arith.maxsi %{{.*}}, %[[ONE]] : i64
// CHECK: %[[LO0:.*]], %[[HI0:.*]] = arith.mului_extended %[[ITEM]], %[[E0]] : i64
// CHECK: %[[W0:.*]] = arith.cmpi ne, %[[HI0]], %{{.*}} : i64
// CHECK: %[[E1:.*]] = arith.maxsi %{{.*}}, %[[ONE]] : i64
// CHECK: %[[LO1:.*]], %[[HI1:.*]] = arith.mului_extended %[[LO0]], %[[E1]] : i64
// CHECK: %[[W1:.*]] = arith.cmpi ne, %[[HI1]], %{{.*}} : i64
// CHECK: %[[W:.*]] = arith.ori %[[W0]], %[[W1]] : i1
// CHECK: %[[MAX:.*]] = arith.constant 9223372036854775743 : i64
// CHECK: %[[OVER:.*]] = arith.cmpi ugt, %[[LO1]], %[[MAX]] : i64
// CHECK: %[[BIG:.*]] = arith.ori %[[W]], %[[OVER]] : i1
// CHECK: nbc.raise_if %[[BIG]], ValueError, "array is too big; `arr.size * arr.dtype.itemsize` is larger than the maximum possible size."
// CHECK: %[[A:.*]] = memref.alloc(%{{.*}}, %{{.*}}) {alignment = 64 : i64} : memref<?x?xf32>
// CHECK: %[[P:.*]] = memref.extract_aligned_pointer_as_index %[[A]]
// CHECK: %[[NULL:.*]] = arith.cmpi eq, %[[P]], %{{.*}} : index
// CHECK: nbc.raise_if %[[NULL]], MemoryError, "Unable to allocate memory for the array"
// CHECK: return %[[A]]
func.func @alloc_checks(%n: si64, %m: si32) -> memref<?x?xf32> {
  %e = nbc.empty(%n, %m) : memref<?x?xf32>, si64, si32
  return %e : memref<?x?xf32>
}

// A static shape has a constant byte count, but the allocator may still fail.
// CHECK-LABEL: func @alloc_static
// CHECK: nbc.raise_if %{{.*}}, ValueError, "array is too big
// CHECK: %[[A:.*]] = memref.alloc() {alignment = 64 : i64} : memref<4x2xi16>
// CHECK: memref.extract_aligned_pointer_as_index %[[A]]
// CHECK: nbc.raise_if %{{.*}}, MemoryError
func.func @alloc_static(%v: si16) -> memref<4x2xsi16> {
  %e = nbc.full() %v : memref<4x2xsi16>
  return %e : memref<4x2xsi16>
}

// CHECK-LABEL: func @slice_reverse
// CHECK: %[[BASE:.*]], %[[OFF:.*]], %[[SZ:.*]], %[[ST:.*]] = memref.extract_strided_metadata
// CHECK: nbc.raise_if %{{.*}}, ValueError, "slice step cannot be zero"
// CHECK: memref.reinterpret_cast %[[BASE]] to offset: [%{{.*}}], sizes: [%{{.*}}], strides: [%{{.*}}] : memref<f64> to memref<?xf64, strided<[?], offset: ?>>
func.func @slice_reverse(%v: memref<?xf64>, %step: si64) -> memref<?xf64, strided<[?], offset: ?>> {
  %r = nbc.slice %v[::%step] : memref<?xf64> to memref<?xf64, strided<[?], offset: ?>>
  return %r : memref<?xf64, strided<[?], offset: ?>>
}

// An integer subscript drops the axis and is checked.
// CHECK-LABEL: func @slice_row
// CHECK-NOT: slice step
// CHECK: nbc.raise_if %{{.*}}, IndexError, "index {} is out of bounds for axis {} with size {}"
// CHECK: memref.reinterpret_cast %{{.*}} to offset: [%{{.*}}], sizes: [%{{.*}}], strides: [1] : memref<f64> to memref<?xf64, strided<[1], offset: ?>>
func.func @slice_row(%a: memref<?x?xf64>, %i: si64) -> memref<?xf64, strided<[1], offset: ?>> {
  %r = nbc.slice %a[%i, :] : memref<?x?xf64> to memref<?xf64, strided<[1], offset: ?>>
  return %r : memref<?xf64, strided<[1], offset: ?>>
}

// a.T is memref.transpose (a view), cast when the op's type is more dynamic;
// axes [2, 0, 1] puts source axis 2 first.
// CHECK-LABEL: func @transpose
// CHECK: %[[T:.*]] = memref.transpose %{{.*}} (d0, d1) -> (d1, d0) : memref<?x?xf64> to memref<?x?xf64, strided<[1, ?]>>
// CHECK: memref.cast %[[T]] : memref<?x?xf64, strided<[1, ?]>> to memref<?x?xf64, strided<[?, ?], offset: ?>>
// CHECK: memref.transpose %{{.*}} (d0, d1, d2) -> (d2, d0, d1) : memref<2x3x4xf32> to memref<4x2x3xf32, strided<[1, 12, 4]>>
// CHECK-NOT: nbc.transpose
func.func @transpose(%a: memref<?x?xf64>, %b: memref<2x3x4xf32>) -> (memref<?x?xf64, strided<[?, ?], offset: ?>>, memref<4x2x3xf32, strided<[1, 12, 4]>>) {
  %t = nbc.transpose %a : memref<?x?xf64> to memref<?x?xf64, strided<[?, ?], offset: ?>>
  %p = nbc.transpose %b axes [2, 0, 1] : memref<2x3x4xf32> to memref<4x2x3xf32, strided<[1, 12, 4]>>
  return %t, %p : memref<?x?xf64, strided<[?, ?], offset: ?>>, memref<4x2x3xf32, strided<[1, 12, 4]>>
}

// Signed element types are erased on the view too.
// CHECK-LABEL: func @transpose_signed
// CHECK: %[[T:.*]] = memref.transpose %{{.*}} (d0, d1, d2) -> (d2, d1, d0) : memref<?x?x?xi32, strided<[?, ?, ?], offset: ?>> to memref<?x?x?xi32, strided<[?, ?, ?], offset: ?>>
// CHECK: return %[[T]]
func.func @transpose_signed(%a: memref<?x?x?xsi32, strided<[?, ?, ?], offset: ?>>) -> memref<?x?x?xsi32, strided<[?, ?, ?], offset: ?>> {
  %t = nbc.transpose %a : memref<?x?x?xsi32, strided<[?, ?, ?], offset: ?>> to memref<?x?x?xsi32, strided<[?, ?, ?], offset: ?>>
  return %t : memref<?x?x?xsi32, strided<[?, ?, ?], offset: ?>>
}
