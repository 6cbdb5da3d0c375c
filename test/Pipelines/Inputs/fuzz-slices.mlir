// Corpus for scripts/fuzz-pipeline.py (not a test itself): slices, indices,
// transposes and dims whose subscripts are constants, so that the mutations
// that push integer constants to INT64_MIN, INT64_MAX and +/-2**62 reach
// the constants that become memref sizes, strides and offsets.

func.func @slices(%v: memref<?xf64>, %a: memref<?x2xf64>, %b: memref<4x2xf64>) -> f64 {
  %c0 = nbc.constant 0 : si64
  %c1 = nbc.constant 1 : si64
  %c2 = nbc.constant 2 : si64
  %c3 = nbc.constant 3 : si64
  %s0 = nbc.constant 2 : si64
  %s1 = nbc.constant -1 : si64
  %s2 = nbc.constant 3 : si64
  %s3 = nbc.constant 1 : si64
  %lo = nbc.constant 1 : si64
  %hi = nbc.constant 3 : si64
  %r0 = nbc.slice %v[::%s0] : memref<?xf64> to memref<?xf64, strided<[?], offset: ?>>
  %r1 = nbc.slice %v[%lo:%hi:%s1] : memref<?xf64> to memref<?xf64, strided<[?], offset: ?>>
  %r2 = nbc.slice %a[::%s2, :] : memref<?x2xf64> to memref<?x2xf64, strided<[?, 1], offset: ?>>
  %r3 = nbc.slice %a[%lo::%s3, %c1] : memref<?x2xf64> to memref<?xf64, strided<[?], offset: ?>>
  %r4 = nbc.slice %b[%c2, :] : memref<4x2xf64> to memref<2xf64, strided<[1], offset: ?>>
  %r5 = nbc.slice %b[:%hi:%s0, ::%s1] : memref<4x2xf64> to memref<?x?xf64, strided<[?, ?], offset: ?>>
  %t = nbc.transpose %r5 : memref<?x?xf64, strided<[?, ?], offset: ?>> to memref<?x?xf64, strided<[?, ?], offset: ?>>
  %x0 = nbc.load %r0[%c0] : memref<?xf64, strided<[?], offset: ?>>, si64
  %x1 = nbc.load %r1[%c0] : memref<?xf64, strided<[?], offset: ?>>, si64
  %x2 = nbc.load %r2[%c0, %c1] : memref<?x2xf64, strided<[?, 1], offset: ?>>, si64, si64
  %x3 = nbc.load %r3[%c0] : memref<?xf64, strided<[?], offset: ?>>, si64
  %x4 = nbc.load %r4[%c1] : memref<2xf64, strided<[1], offset: ?>>, si64
  %x5 = nbc.load %t[%c1, %c0] : memref<?x?xf64, strided<[?, ?], offset: ?>>, si64, si64
  %y0 = nbc.add %x0, %x1 : f64
  %y1 = nbc.add %x2, %x3 : f64
  %y2 = nbc.add %x4, %x5 : f64
  %y3 = nbc.add %y0, %y1 : f64
  %y = nbc.add %y3, %y2 : f64
  return %y : f64
}

func.func @alloc(%n: si64) -> memref<?x3xf64> {
  %c0 = nbc.constant 0 : si64
  %c2 = nbc.constant 2 : si64
  %k = nbc.constant 4 : si64
  %one = nbc.constant 1.0 : f64
  %m = nbc.mul %n, %k : si64
  %e = nbc.full(%m) %one : memref<?x3xf64>, si64
  %s = nbc.slice %e[%c0:%m:%c2, :] : memref<?x3xf64> to memref<?x3xf64, strided<[?, 1], offset: ?>>
  %d = nbc.dim %s, 0 : memref<?x3xf64, strided<[?, 1], offset: ?>>
  %st = nbc.stride %s, 0 : memref<?x3xf64, strided<[?, 1], offset: ?>>
  return %e : memref<?x3xf64>
}
