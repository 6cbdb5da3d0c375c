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
 * That status lives in one buffer per thread, which the next formatted raise
 * overwrites. An exception a `finally` block holds while it runs (which may
 * raise and catch others) is copied out by nbc_rt_error_hold and back by
 * nbc_rt_error_release when the block re-raises it.
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
static const char outOfMemory[] = {NBC_MemoryError, 0};

/* Held statuses too long for their slot, most recent first, with the slot
 * of the try that held each. */
typedef struct HeldCopy {
  struct HeldCopy *next;
  const char *slot;
  char text[];
} HeldCopy;
static _Thread_local HeldCopy *heldCopies;

/* Frees the copies an earlier run of the try with this slot held and never
 * released (its finally block raised instead): a try runs its finally
 * block before it runs again, and a frame that is gone released or
 * dropped what it held, while live frames have other slots. */
static void dropHeldBy(const char *slot) {
  for (HeldCopy **at = &heldCopies; *at;) {
    HeldCopy *c = *at;
    if (c->slot == slot) {
      *at = c->next;
      free(c);
    } else {
      at = &c->next;
    }
  }
}

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

const char *nbc_rt_error_hold(const char *status, char *slot, int64_t size) {
  if (heldCopies)
    dropHeldBy(slot);
  if (!status || status != pending.status)
    return status; /* none, or a constant message: nothing overwrites it */
  size_t length = strlen(status) + 1;
  if ((int64_t)length <= size) {
    memcpy(slot, status, length);
    return slot;
  }
  HeldCopy *copy = malloc(sizeof(HeldCopy) + length);
  if (!copy)
    return outOfMemory;
  memcpy(copy->text, status, length);
  copy->slot = slot;
  copy->next = heldCopies;
  heldCopies = copy;
  return copy->text;
}

const char *nbc_rt_error_release(const char *held, char *slot) {
  HeldCopy *copy = NULL;
  if (held && held != slot) {
    /* Copies above it were held by finally blocks that raised instead of
     * re-raising them: nothing reads them any more. */
    for (HeldCopy *c = heldCopies; c && !copy; c = c->next)
      if (c->text == held)
        copy = c;
    if (!copy)
      return held; /* none, or a constant message */
    while (heldCopies != copy) {
      HeldCopy *dead = heldCopies;
      heldCopies = dead->next;
      free(dead);
    }
    heldCopies = copy->next;
  }
  if (!held)
    return held;
  size_t length = strlen(held) + 1;
  const char *result = outOfMemory;
  if (length > pending.capacity) {
    char *grown = realloc(pending.status, length);
    if (grown) {
      pending.status = grown;
      pending.capacity = length;
    }
  }
  if (length <= pending.capacity) {
    memcpy(pending.status, held, length);
    result = pending.status;
  }
  free(copy);
  return result;
}
