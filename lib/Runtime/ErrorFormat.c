/*===- ErrorFormat.c - Messages of raises that quote run-time values ------===//
 *
 * The failure path of an nbc.raise_if with args (lib/Transforms/
 * ErrorMessages.cpp): nbc_rt_error_begin takes the status template (kind
 * byte, message with `{}` holes, `{{`/`}}` for braces), each
 * nbc_rt_error_<type> call writes the text up to the next hole then its
 * value, as print does (Print.c; Format.c with a spec), and
 * nbc_rt_error_end returns the finished status. The text is built at the
 * end of the thread's print line and cut from it again.
 *
 *===----------------------------------------------------------------------===*/

#include "PrintLine.h"
#include "nbc/Runtime/NBCRuntime.h"

#include <stdlib.h>
#include <string.h>

typedef struct {
  const char *next; /* the template's text not written yet */
  size_t mark;      /* where the message starts in the print line */
  char kind;
  char *status; /* the last status built on this thread */
  size_t capacity;
} PendingError;

static _Thread_local PendingError pending;

/* Writes the template's text up to the next `{}` (consumed) or its end. */
static void appendLiteral(void) {
  const char *at = pending.next;
  while (*at) {
    if (at[0] == '{' && at[1] == '}') {
      at += 2;
      break;
    }
    if ((at[0] == '{' && at[1] == '{') || (at[0] == '}' && at[1] == '}')) {
      nbc_rt_print_append(at, 1);
      at += 2;
      continue;
    }
    nbc_rt_print_append(at++, 1);
  }
  pending.next = at;
}

void nbc_rt_error_begin(const char *status_template) {
  pending.kind = status_template[0];
  pending.next = status_template + 1;
  pending.mark = nbc_rt_print_line_size();
  appendLiteral();
}

void nbc_rt_error_int(int64_t value, const char *spec, int64_t size) {
  if (size)
    nbc_rt_print_format_int(value, spec, size);
  else
    nbc_rt_print_int(value);
  appendLiteral();
}

void nbc_rt_error_uint(uint64_t value, const char *spec, int64_t size) {
  if (size)
    nbc_rt_print_format_uint(value, spec, size);
  else
    nbc_rt_print_uint(value);
  appendLiteral();
}

void nbc_rt_error_bool(int64_t value, const char *spec, int64_t size) {
  if (size) /* format(True, ">5") formats the int 1, as Python does */
    nbc_rt_print_format_int(value != 0, spec, size);
  else
    nbc_rt_print_bool(value != 0);
  appendLiteral();
}

void nbc_rt_error_float(double value, const char *spec, int64_t size) {
  if (size)
    nbc_rt_print_format_float(value, spec, size);
  else
    nbc_rt_print_float(value);
  appendLiteral();
}

const char *nbc_rt_error_end(void) {
  static const char outOfMemory[] = {NBC_MemoryError, 0};
  while (*pending.next) /* text after the last hole (none with fewer args) */
    appendLiteral();
  const char *text = nbc_rt_print_line_text() + pending.mark;
  size_t size = strlen(text);
  if (size + 2 > pending.capacity) {
    char *grown = realloc(pending.status, size + 2);
    if (!grown) {
      nbc_rt_print_line_truncate(pending.mark);
      return outOfMemory;
    }
    pending.status = grown;
    pending.capacity = size + 2;
  }
  pending.status[0] = pending.kind;
  memcpy(pending.status + 1, text, size + 1);
  nbc_rt_print_line_truncate(pending.mark);
  return pending.status;
}
