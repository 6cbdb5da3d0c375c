/*===- ErrorReporting.c - Printing the status of a failed kernel ----------===//
 *
 * Decodes the status strings of docs/ErrorModel.md for test drivers run by
 * mlir-runner (nbc_rt_report_error) and for frontends that raise the
 * exception themselves (nbc_rt_exception_name, nbc_rt_format_status).
 *
 *===----------------------------------------------------------------------===*/

#include "nbc/Runtime/NBCRuntime.h"

#include <stdio.h>
#include <stdlib.h>

/* The names of NBC_ExceptionKind (NBCEnums.td), which this plain-C library
 * cannot include; test/CAPI/exception-kinds.c checks that every kind has
 * the name the C API (the generated enum) gives it. */
const char *nbc_rt_exception_name(int kind) {
  static const char *const names[] = {
      [0] = "Exception",
      [NBC_ZeroDivisionError] = "ZeroDivisionError",
      [NBC_IndexError] = "IndexError",
      [NBC_ValueError] = "ValueError",
      [NBC_OverflowError] = "OverflowError",
      [NBC_TypeError] = "TypeError",
      [NBC_AssertionError] = "AssertionError",
      [NBC_RuntimeError] = "RuntimeError",
      [NBC_MemoryError] = "MemoryError",
      [NBC_ArithmeticError] = "ArithmeticError",
      [NBC_KeyError] = "KeyError",
      [NBC_NotImplementedError] = "NotImplementedError",
      [NBC_LinAlgError] = "LinAlgError",
  };
  if (kind <= 0 || kind >= (int)(sizeof(names) / sizeof(names[0])) ||
      !names[kind])
    return names[0];
  return names[kind];
}

int nbc_rt_format_status(const char *status, char *buffer, int size) {
  if (!status)
    return snprintf(buffer, size, "%s", "");
  return snprintf(buffer, size, "%s: %s",
                  nbc_rt_exception_name((unsigned char)status[0]),
                  status + 1);
}

const char *nbc_rt_format_error(const char *status_template, int64_t a0,
                                int64_t a1, int64_t a2, int64_t a3,
                                int64_t a4, int64_t a5, int64_t a6,
                                int64_t a7, int64_t a8, int64_t a9,
                                int64_t a10, int64_t a11, int64_t a12,
                                int64_t a13, int64_t a14, int64_t a15) {
  static _Thread_local char buffer[1024];
  const int64_t args[] = {a0, a1, a2,  a3,  a4,  a5,  a6,  a7,
                          a8, a9, a10, a11, a12, a13, a14, a15};
  const size_t count = sizeof(args) / sizeof(args[0]);
  size_t used = 0, next = 0;
  const size_t size = sizeof(buffer);
  for (const char *p = status_template; *p && used + 1 < size; ++p) {
    if (p[0] == '{' && p[1] == '}' && next < count) {
      int n = snprintf(buffer + used, size - used, "%lld",
                       (long long)args[next++]);
      used += n > 0 ? (size_t)n : 0;
      if (used >= size)
        used = size - 1;
      ++p;
      continue;
    }
    buffer[used++] = *p;
  }
  buffer[used] = '\0';
  return buffer;
}

void nbc_rt_report_error(const char *status) {
  if (!status)
    return;
  fflush(stdout);
  fprintf(stderr, "%s: %s\n", nbc_rt_exception_name((unsigned char)status[0]),
          status + 1);
  fflush(stderr);
  exit(1);
}
