// Arrays that cannot be allocated come back as a status through the C ABI,
// as NumPy raises: ValueError when the byte count overflows i64,
// MemoryError when the allocator refuses the block (2**59 float64 = 4 EiB
// is past any address space), ValueError for negative sizes; in a prange
// body too. The process stays usable afterwards.
//
// RUN: env OMP_NUM_THREADS=2 nbc-capi-alloc-errors | FileCheck %s

#include "nbc-c/NBC.h"

#include <stdio.h>

static MlirStringRef str(const char *s) { return mlirStringRefCreateFromCString(s); }

static const char *kSource =
    "func.func @zeros(%n: si64) -> memref<?xf64> {\n"
    "  %z = nbc.constant 0.0 : f64\n"
    "  %a = nbc.full(%n) %z : memref<?xf64>, si64\n"
    "  return %a : memref<?xf64>\n"
    "}\n"
    "func.func @count(%n: si64, %big: si64) -> si64\n"
    "    attributes {nbc.kernel = #nbc.kernel<parallel = true>} {\n"
    "  %c0 = nbc.constant 0 : si64\n"
    "  %c1 = nbc.constant 1 : si64\n"
    "  %c4 = nbc.constant 4 : si64\n"
    "  %z = nbc.constant 0.0 : f64\n"
    "  %s = nbc.prange (%i) = (%c0) to (%n) step (%c1) : si64\n"
    "      reduce(add %acc = %c0 : si64) {\n"
    "    %odd = nbc.and %i, %c1 : si64\n"
    "    %isOdd = nbc.cmp eq, %odd, %c1 : si64\n"
    "    %size = nbc.select %isOdd, %big, %c4 : si64\n"
    "    %a = nbc.full(%size) %z : memref<?xf64>, si64\n"
    "    %d = nbc.dim %a, 0 : memref<?xf64>\n"
    "    %t = nbc.add %acc, %d : si64\n"
    "    nbc.yield %t : si64\n"
    "  }\n"
    "  return %s : si64\n"
    "}\n";

static void showStatus(const char *status) {
  if (status)
    printf("%s: %s\n", nbcExceptionKindGetName(nbcStatusGetKind(status)),
           nbcStatusGetMessage(status));
  else
    printf("ok\n");
}

static void zeros(NbcKernelFn fn, int64_t n) {
  NbcMemRef1D out = {0};
  void *args[1] = {&n};
  void *results[1] = {&out};
  const char *status = fn(args, results);
  printf("zeros(%lld) ", (long long)n);
  if (!status) {
    printf("size %lld ", (long long)out.sizes[0]);
    nbcArrayFree(out.allocated);
  }
  showStatus(status);
}

static void count(NbcKernelFn fn, int64_t n, int64_t big) {
  int64_t total = -1;
  void *args[2] = {&n, &big};
  void *results[1] = {&total};
  const char *status = fn(args, results);
  printf("count(%lld, %lld) ", (long long)n, (long long)big);
  if (!status)
    printf("= %lld ", (long long)total);
  showStatus(status);
}

int main(void) {
  MlirContext ctx = nbcContextCreate();
  NbcCompileOptions options = nbcCompileOptionsGetDefault();
  NbcProgram program = nbcProgramCreateFromSource(ctx, str(kSource), str("k.mlir"), &options);
  if (nbcProgramIsNull(program)) {
    MlirStringRef e = nbcGetLastError();
    printf("FAIL compile: %.*s\n", (int)e.length, e.data);
    return 1;
  }
  NbcKernelFn z = nbcKernelGetFunction(nbcProgramLookup(program, str("zeros")));
  NbcKernelFn c = nbcKernelGetFunction(nbcProgramLookup(program, str("count")));

  zeros(z, 5);
  // CHECK: zeros(5) size 5 ok
  zeros(z, -1);
  // CHECK-NEXT: zeros(-1) ValueError: negative dimensions are not allowed
  zeros(z, (int64_t)1 << 61);
  // CHECK-NEXT: zeros(2305843009213693952) ValueError: array is too big; `arr.size * arr.dtype.itemsize` is larger than the maximum possible size.
  zeros(z, (int64_t)1 << 62);
  // CHECK-NEXT: zeros(4611686018427387904) ValueError: array is too big
  zeros(z, (int64_t)1 << 59);
  // CHECK-NEXT: zeros(576460752303423488) MemoryError: Unable to allocate memory for the array
  zeros(z, 7);
  // CHECK-NEXT: zeros(7) size 7 ok

  count(c, 10, 4);
  // CHECK-NEXT: count(10, 4) = 40 ok
  count(c, 10, (int64_t)1 << 59);
  // CHECK-NEXT: count(10, 576460752303423488) MemoryError: Unable to allocate memory for the array
  count(c, 10, (int64_t)1 << 61);
  // CHECK-NEXT: count(10, 2305843009213693952) ValueError: array is too big
  count(c, 10, 2);
  // CHECK-NEXT: count(10, 2) = 30 ok

  nbcProgramDestroy(program);
  mlirContextDestroy(ctx);
  return 0;
}
