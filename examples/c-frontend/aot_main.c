// Ahead-of-time example: kernels.mlir was compiled to kernels.o and
// kernels.h at build time (`nbc-run kernels.mlir --emit-object=kernels.o
// --emit-header=kernels.h`); this program links the object and calls the
// kernels through their C interfaces, without MLIR or a JIT at run time.
// Prints one result per line, as `nbc-run` prints the same calls.

#include "kernels.h"
#include "nbc/Runtime/NBCRuntime.h"

#include <stdio.h>
#include <stdlib.h>

void nbc_rt_free(void *ptr); // from libnbc_runtime (nbc-c/Compiler.h's nbcArrayFree)

/// Prints a raised exception as Python would: "Kind: message".
static void printStatus(const char *status) {
  printf("%s: %s\n", nbc_rt_exception_name(status[0]), status + 1);
}

/// Python's repr of a float: the shortest text that reads back the same.
static void printFloat(double value) {
  char buffer[64];
  for (int precision = 1; precision <= 17; ++precision) {
    snprintf(buffer, sizeof buffer, "%.*g", precision, value);
    if (strtod(buffer, NULL) == value)
      break;
  }
  int integral = 1;
  for (char *c = buffer; *c; ++c)
    if (*c == '.' || *c == 'e' || *c == 'n' || *c == 'i')
      integral = 0;
  printf("%s%s", buffer, integral ? ".0" : "");
}

static nbc_memref_1d view(double *data, int64_t n) {
  nbc_memref_1d d = {data, data, 0, {n}, {1}};
  return d;
}

int main(void) {
  double values[3] = {1, 2, 3};

  // One f64 result: returned directly.
  nbc_memref_1d a = view(values, 3);
  printFloat(_mlir_ciface_sum_squares(&a));
  printf("\n");

  // A kernel that may raise, with an array result: the status comes first
  // in the result struct; the array is the caller's to free.
  arange_result r;
  _mlir_ciface_arange(&r, 4, 1.0, 0.5);
  if (r.status) {
    printStatus(r.status);
  } else {
    printf("[");
    for (int64_t i = 0; i < r.r0.sizes[0]; ++i) {
      printf(i ? ", " : "");
      printFloat(((double *)r.r0.aligned)[r.r0.offset + i * r.r0.strides[0]]);
    }
    printf("]\n");
    nbc_rt_free(r.r0.allocated);
  }
  _mlir_ciface_arange(&r, -1, 1.0, 0.5);
  if (r.status)
    printStatus(r.status);

  double more[3] = {1, 2, 4};
  nbc_memref_1d b = view(more, 3);
  mean_result m;
  _mlir_ciface_mean(&m, &b);
  if (m.status)
    printStatus(m.status);
  else
    printFloat(m.r0), printf("\n");

  // The uniform entry point, as the JIT hands it out, on an empty array.
  nbc_memref_1d empty = view(more, 0);
  void *args[1] = {&empty};
  double out = 0;
  void *results[1] = {&out};
  const char *status = _nbc_call_mean(args, results);
  if (status) {
    printStatus(status);
    return 1;
  }
  return 0;
}
