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

void nbc_rt_report_error(const char *status) {
  if (!status)
    return;
  fflush(stdout);
  fprintf(stderr, "%s: %s\n", nbc_rt_exception_name((unsigned char)status[0]),
          status + 1);
  fflush(stderr);
  exit(1);
}
