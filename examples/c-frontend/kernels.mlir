// Kernels for the ahead-of-time example (aot_main.c). The same file runs
// under the JIT: `nbc-run kernels.mlir --fn=sum_squares --arg='[1,2,3]'`.

// sum(x * x for x in a)
func.func @sum_squares(%a: memref<?xf64, strided<[?], offset: ?>>) -> f64 {
  %zero = nbc.constant 0.0 : f64
  %c0 = nbc.constant 0 : si64
  %c1 = nbc.constant 1 : si64
  %n = nbc.dim %a, 0 : memref<?xf64, strided<[?], offset: ?>>
  %total = nbc.range %i = %c0 to %n step %c1 : si64
      iter_args(%acc = %zero) -> (f64) {
    %x = nbc.load %a[%i] : memref<?xf64, strided<[?], offset: ?>>, si64
    %sq = nbc.mul %x, %x : f64
    %next = nbc.add %acc, %sq : f64
    nbc.yield %next : f64
  }
  return %total : f64
}

// [start + i * step for i in range(n)] as a new array; a negative n raises
// ValueError as np.empty does.
func.func @arange(%n: si64, %start: f64, %step: f64) -> memref<?xf64> {
  %out = nbc.empty(%n) : memref<?xf64>, si64
  %c0 = nbc.constant 0 : si64
  %c1 = nbc.constant 1 : si64
  nbc.range %i = %c0 to %n step %c1 : si64 {
    %fi = nbc.cast %i : si64 to f64
    %d = nbc.mul %fi, %step : f64
    %v = nbc.add %start, %d : f64
    nbc.store %v, %out[%i] : memref<?xf64>, si64
    nbc.yield
  }
  return %out : memref<?xf64>
}

// sum(a) / len(a) with a float sum: ZeroDivisionError("float division by
// zero") for an empty array, as Python's 0.0 / 0.
func.func @mean(%a: memref<?xf64>) -> f64 {
  %zero = nbc.constant 0.0 : f64
  %c0 = nbc.constant 0 : si64
  %c1 = nbc.constant 1 : si64
  %n = nbc.dim %a, 0 : memref<?xf64>
  %total = nbc.range %i = %c0 to %n step %c1 : si64
      iter_args(%acc = %zero) -> (f64) {
    %x = nbc.load %a[%i] : memref<?xf64>, si64
    %next = nbc.add %acc, %x : f64
    nbc.yield %next : f64
  }
  %nf = nbc.cast %n : si64 to f64
  %m = nbc.truediv %total, %nf : f64 -> f64
  return %m : f64
}
