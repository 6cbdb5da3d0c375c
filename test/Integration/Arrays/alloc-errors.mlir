// Arrays that cannot be allocated raise NumPy's exceptions instead of
// crashing or corrupting the heap: a byte count that does not fit in i64
// (2**61 and 2**62 float64) raises ValueError("array is too big; ..."), as
// np.empty does; a block the allocator refuses (2**59 float64 = 4 EiB, past
// any address space; 10**11 float64 = 745 GiB under a 16 GiB address-space
// limit) raises MemoryError; a negative size keeps its ValueError. The same
// in a prange body, on 2 OpenMP threads and serially.
//
// 10**11 runs under prlimit so that it fails whatever the machine's
// overcommit policy (nbc.full would otherwise write 745 GiB).
// DEFINE: %{limit} = prlimit --as=17179869184
// DEFINE: %{libs} = --shared-libs=%mlir_c_runner_utils,%mlir_runner_utils
// RUN: %{limit} not nbc-run %s --fn=empty --arg=100000000000 %{libs} 2>&1 | FileCheck %s --check-prefix=MEM
// RUN: %{limit} not nbc-run %s --fn=full --arg=100000000000 %{libs} 2>&1 | FileCheck %s --check-prefix=MEM
// RUN: %{limit} not nbc-run --aot %s --fn=full --arg=100000000000 %{libs} 2>&1 | FileCheck %s --check-prefix=MEM
// RUN: not nbc-run %s --fn=empty --arg=576460752303423488 %{libs} 2>&1 | FileCheck %s --check-prefix=MEM
// RUN: not nbc-run %s --fn=full --arg=576460752303423488 %{libs} 2>&1 | FileCheck %s --check-prefix=MEM
// RUN: not nbc-run --aot %s --fn=full --arg=576460752303423488 %{libs} 2>&1 | FileCheck %s --check-prefix=MEM
// RUN: not nbc-run %s --fn=empty2d --arg=1073741824 --arg=536870912 %{libs} 2>&1 | FileCheck %s --check-prefix=MEM
// MEM: MemoryError: Unable to allocate memory for the array

// 2**61 float64 is 2**64 bytes: the unchecked product wrapped to 0.
// RUN: not nbc-run %s --fn=empty --arg=2305843009213693952 %{libs} 2>&1 | FileCheck %s --check-prefix=BIG
// RUN: not nbc-run %s --fn=full --arg=2305843009213693952 %{libs} 2>&1 | FileCheck %s --check-prefix=BIG
// RUN: not nbc-run --aot %s --fn=full --arg=2305843009213693952 %{libs} 2>&1 | FileCheck %s --check-prefix=BIG
// RUN: not nbc-run %s --fn=empty --arg=4611686018427387904 %{libs} 2>&1 | FileCheck %s --check-prefix=BIG
// RUN: not nbc-run %s --fn=empty2d --arg=4294967296 --arg=4294967296 %{libs} 2>&1 | FileCheck %s --check-prefix=BIG
// BIG: ValueError: array is too big; `arr.size * arr.dtype.itemsize` is larger than the maximum possible size.

// RUN: not nbc-run %s --fn=full --arg=-1 %{libs} 2>&1 | FileCheck %s --check-prefix=NEG
// RUN: not nbc-run %s --fn=empty2d --arg=-1 --arg=4611686018427387904 %{libs} 2>&1 | FileCheck %s --check-prefix=NEG
// NEG: ValueError: negative dimensions are not allowed

// RUN: nbc-run %s --fn=full --arg=3 %{libs} | FileCheck %s --check-prefix=OK
// OK: [1.5, 1.5, 1.5]

// Each of 8 iterations allocates 4 elements, the last one `big`.
// RUN: env OMP_NUM_THREADS=2 nbc-run %s --fn=prange_alloc --arg=8 --arg=4 %{libs} | FileCheck %s --check-prefix=PAR
// PAR: 32
// RUN: env OMP_NUM_THREADS=2 not nbc-run %s --fn=prange_alloc --arg=8 --arg=576460752303423488 %{libs} 2>&1 | FileCheck %s --check-prefix=MEM
// RUN: env OMP_NUM_THREADS=2 not nbc-run --aot %s --fn=prange_alloc --arg=8 --arg=576460752303423488 %{libs} 2>&1 | FileCheck %s --check-prefix=MEM
// RUN: not nbc-run %s --fn=prange_alloc --arg=8 --arg=576460752303423488 --parallel=false %{libs} 2>&1 | FileCheck %s --check-prefix=MEM
// RUN: env OMP_NUM_THREADS=2 not nbc-run %s --fn=prange_alloc --arg=8 --arg=2305843009213693952 %{libs} 2>&1 | FileCheck %s --check-prefix=BIG

func.func @empty(%n: si64) -> memref<?xf64> {
  %a = nbc.empty(%n) : memref<?xf64>, si64
  return %a : memref<?xf64>
}

func.func @full(%n: si64) -> memref<?xf64> {
  %v = nbc.constant 1.5 : f64
  %a = nbc.full(%n) %v : memref<?xf64>, si64
  return %a : memref<?xf64>
}

// Only the shape is returned: nothing is touched if an allocation succeeds.
func.func @empty2d(%n: si64, %m: si64) -> si64 {
  %a = nbc.empty(%n, %m) : memref<?x?xf64>, si64, si64
  %d = nbc.dim %a, 1 : memref<?x?xf64>
  return %d : si64
}

// sum(np.zeros(big if i == n - 1 else 4).shape[0] for i in prange(n))
func.func @prange_alloc(%n: si64, %big: si64) -> si64
    attributes {nbc.kernel = #nbc.kernel<parallel = true>} {
  %c0 = nbc.constant 0 : si64
  %c1 = nbc.constant 1 : si64
  %c4 = nbc.constant 4 : si64
  %zero = nbc.constant 0.0 : f64
  %last = nbc.sub %n, %c1 : si64
  %s = nbc.prange (%i) = (%c0) to (%n) step (%c1) : si64
      reduce(add %acc = %c0 : si64) {
    %isLast = nbc.cmp eq, %i, %last : si64
    %size = nbc.select %isLast, %big, %c4 : si64
    %a = nbc.full(%size) %zero : memref<?xf64>, si64
    %d = nbc.dim %a, 0 : memref<?xf64>
    %t = nbc.add %acc, %d : si64
    nbc.yield %t : si64
  }
  return %s : si64
}
