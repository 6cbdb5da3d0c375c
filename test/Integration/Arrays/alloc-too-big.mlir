// Allocation sizes from NumPy's point of view: np.empty((n, m)) raises
// ValueError when n * m * 8 exceeds INT64_MAX and MemoryError when malloc
// fails; the kernel used to allocate a wrapped, tiny size and corrupt the
// heap (found by scripts/fuzz-pipeline.py --run), or store through null.
// RUN: nbc-run %s --fn=make --arg=2 --arg=3 | FileCheck %s --check-prefix=OK
// OK: 1.0
// RUN: not nbc-run %s --fn=make --arg=4611686018427387904 --arg=1 2>&1 | FileCheck %s --check-prefix=BIG
// RUN: not nbc-run %s --fn=make --arg=2147483648 --arg=2147483648 2>&1 | FileCheck %s --check-prefix=BIG
// RUN: not nbc-run %s --fn=make --arg=0 --arg=4611686018427387904 2>&1 | FileCheck %s --check-prefix=BIG
// RUN: not nbc-run --aot %s --fn=make --arg=1 --arg=1152921504606846976 2>&1 | FileCheck %s --check-prefix=BIG
// BIG: ValueError: array is too big; `arr.size * arr.dtype.itemsize` is larger than the maximum possible size.
// RUN: not nbc-run %s --fn=make --arg=36028797018963968 --arg=1 2>&1 | FileCheck %s --check-prefix=MEM
// RUN: not nbc-run --aot %s --fn=make --arg=36028797018963968 --arg=1 2>&1 | FileCheck %s --check-prefix=MEM
// MEM: MemoryError: unable to allocate the array

func.func @make(%n: si64, %m: si64) -> f64 {
  %c0 = nbc.constant 0 : si64
  %one = nbc.constant 1.0 : f64
  %a = nbc.empty(%n, %m) : memref<?x?xf64>, si64, si64
  nbc.store %one, %a[%c0, %c0] : memref<?x?xf64>, si64, si64
  %x = nbc.load %a[%c0, %c0] : memref<?x?xf64>, si64, si64
  return %x : f64
}
