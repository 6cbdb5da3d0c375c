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
    // i is in range(len(a)): no wraparound or bounds check needed.
    %x = nbc.load %a[%i] {nowrap, noboundscheck} : memref<?xf64, strided<[?], offset: ?>>, si64
    %sq = nbc.mul %x, %x : f64
    %next = nbc.add %acc, %sq : f64
    nbc.yield %next : f64
  }
  return %total : f64
}

// [start + i * step for i in range(n)] as a new array (standard dialects
// work as input too).
func.func @arange(%n: i64, %start: f64, %step: f64) -> memref<?xf64> {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %len = arith.index_cast %n : i64 to index
  %out = memref.alloc(%len) : memref<?xf64>
  scf.for %i = %c0 to %len step %c1 {
    %ii = arith.index_cast %i : index to i64
    %fi = arith.sitofp %ii : i64 to f64
    %d = arith.mulf %fi, %step : f64
    %v = arith.addf %start, %d : f64
    memref.store %v, %out[%i] : memref<?xf64>
  }
  return %out : memref<?xf64>
}

// sum(a) / len(a): raises ZeroDivisionError for an empty array. Written in
// the lowered error ABI (docs/ErrorModel.md): a leading !llvm.ptr status.
llvm.mlir.global internal constant @zde("\01division by zero\00") {addr_space = 0 : i32}
func.func @mean(%a: memref<?xf64>) -> (!llvm.ptr, f64) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %zero = arith.constant 0.0 : f64
  %n = memref.dim %a, %c0 : memref<?xf64>
  %empty = arith.cmpi eq, %n, %c0 : index
  %r:2 = scf.if %empty -> (!llvm.ptr, f64) {
    %p = llvm.mlir.addressof @zde : !llvm.ptr
    scf.yield %p, %zero : !llvm.ptr, f64
  } else {
    %s = scf.for %i = %c0 to %n step %c1 iter_args(%acc = %zero) -> (f64) {
      %x = memref.load %a[%i] : memref<?xf64>
      %y = arith.addf %acc, %x : f64
      scf.yield %y : f64
    }
    %ni = arith.index_cast %n : index to i64
    %nf = arith.sitofp %ni : i64 to f64
    %m = arith.divf %s, %nf : f64
    %null = llvm.mlir.zero : !llvm.ptr
    scf.yield %null, %m : !llvm.ptr, f64
  }
  return %r#0, %r#1 : !llvm.ptr, f64
}
