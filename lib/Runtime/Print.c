/*===- Print.c - Python's print for compiled kernels ---------------------===//
 *
 * nbc.print lowers to calls that append to a per-thread line, then one
 * flush that hands the whole line to the print hook (so lines from several
 * threads never interleave). Scalars are formatted here as Python's str()
 * does; arrays by the array hook the Python package installs (NumPy's
 * str), else as plain nested lists.
 *
 *===----------------------------------------------------------------------===*/

#include "PrintLine.h"
#include "nbc/Runtime/NBCRuntime.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static NBCPrintWriteHook writeHook;
static NBCPrintArrayHook arrayHook;

void nbc_rt_set_print_hooks(NBCPrintWriteHook write, NBCPrintArrayHook array) {
  writeHook = write;
  arrayHook = array;
}

typedef struct {
  char *text;
  size_t size, capacity;
} Line;

static _Thread_local Line line;

void nbc_rt_print_append(const char *text, size_t size) {
  if (line.size + size + 1 > line.capacity) {
    size_t capacity = line.capacity ? line.capacity : 128;
    while (capacity < line.size + size + 1)
      capacity *= 2;
    char *grown = realloc(line.text, capacity);
    if (!grown)
      return; /* out of memory: drop the piece, never crash a kernel */
    line.text = grown;
    line.capacity = capacity;
  }
  memcpy(line.text + line.size, text, size);
  line.size += size;
  line.text[line.size] = 0;
}

size_t nbc_rt_print_line_size(void) { return line.size; }

const char *nbc_rt_print_line_text(void) { return line.text ? line.text : ""; }

void nbc_rt_print_line_truncate(size_t size) {
  if (size < line.size) {
    line.size = size;
    line.text[size] = 0;
  }
}

static void appendString(const char *text) {
  nbc_rt_print_append(text, strlen(text));
}

void nbc_rt_print_text(const char *text, int64_t size) {
  nbc_rt_print_append(text, (size_t)size);
}

void nbc_rt_print_int(int64_t value) {
  char buffer[32];
  snprintf(buffer, sizeof buffer, "%lld", (long long)value);
  appendString(buffer);
}

void nbc_rt_print_uint(uint64_t value) {
  char buffer[32];
  snprintf(buffer, sizeof buffer, "%llu", (unsigned long long)value);
  appendString(buffer);
}

void nbc_rt_print_bool(int32_t value) { appendString(value ? "True" : "False"); }

/* Python's repr of a float: the shortest digits that read back as `value`,
 * in fixed notation when the decimal exponent is in [-4, 16), else as
 * d.ddde+XX; `dot0` adds ".0" to integral fixed values (repr(1.0) == "1.0",
 * but the parts of a complex print as "1+2j"). */
void nbc_rt_print_repr_double(double value, int dot0, char *out, size_t size) {
  if (isnan(value)) {
    snprintf(out, size, "nan");
    return;
  }
  if (isinf(value)) {
    snprintf(out, size, value < 0 ? "-inf" : "inf");
    return;
  }
  char scientific[40];
  for (int precision = 0; precision < 17; ++precision) {
    snprintf(scientific, sizeof scientific, "%.*e", precision, value);
    if (strtod(scientific, NULL) == value)
      break;
  }
  /* scientific is [-]d[.ddd]e[+-]XX: split sign, digits and exponent. */
  const char *p = scientific;
  int negative = *p == '-';
  if (negative)
    ++p;
  char digits[24];
  int count = 0;
  for (; *p != 'e'; ++p)
    if (*p != '.')
      digits[count++] = *p;
  int exponent = atoi(p + 1);
  while (count > 1 && digits[count - 1] == '0')
    --count;
  digits[count] = 0;
  char *o = out;
  char *end = out + size - 1;
#define PUT(c)                                                                 \
  do {                                                                         \
    if (o < end)                                                               \
      *o++ = (c);                                                              \
  } while (0)
  if (negative)
    PUT('-');
  if (exponent < -4 || exponent >= 16) {
    PUT(digits[0]);
    if (count > 1) {
      PUT('.');
      for (int i = 1; i < count; ++i)
        PUT(digits[i]);
    }
    *o = 0;
    snprintf(o, (size_t)(end - o) + 1, "e%c%02d", exponent < 0 ? '-' : '+',
             exponent < 0 ? -exponent : exponent);
    return;
  }
  if (exponent < 0) {
    PUT('0');
    PUT('.');
    for (int i = -1; i > exponent; --i)
      PUT('0');
    for (int i = 0; i < count; ++i)
      PUT(digits[i]);
  } else {
    for (int i = 0; i <= exponent; ++i)
      PUT(i < count ? digits[i] : '0');
    if (count > exponent + 1) {
      PUT('.');
      for (int i = exponent + 1; i < count; ++i)
        PUT(digits[i]);
    } else if (dot0) {
      PUT('.');
      PUT('0');
    }
  }
#undef PUT
  *o = 0;
}

void nbc_rt_print_float(double value) {
  char buffer[40];
  nbc_rt_print_repr_double(value, 1, buffer, sizeof buffer);
  appendString(buffer);
}

/* Python's repr of a complex: "1j" for a +0.0 real part, else "(re+imj)". */
void nbc_rt_print_complex(double re, double im) {
  char real[40], imag[40];
  nbc_rt_print_repr_double(im, 0, imag, sizeof imag);
  if (re == 0 && !signbit(re)) {
    appendString(imag);
    appendString("j");
    return;
  }
  nbc_rt_print_repr_double(re, 0, real, sizeof real);
  appendString("(");
  appendString(real);
  if (!(imag[0] == '-'))
    appendString("+");
  appendString(imag);
  appendString("j)");
}

static size_t elementSize(int32_t kind) {
  switch (kind) {
  case NBC_PRINT_BOOL:
  case NBC_PRINT_I8:
  case NBC_PRINT_U8:
    return 1;
  case NBC_PRINT_I16:
  case NBC_PRINT_U16:
    return 2;
  case NBC_PRINT_I32:
  case NBC_PRINT_U32:
  case NBC_PRINT_F32:
    return 4;
  case NBC_PRINT_C128:
    return 16;
  default:
    return 8;
  }
}

static void printElement(int32_t kind, const char *at) {
  switch (kind) {
  case NBC_PRINT_BOOL:
    nbc_rt_print_bool(*(const uint8_t *)at);
    return;
  case NBC_PRINT_I8:
    nbc_rt_print_int(*(const int8_t *)at);
    return;
  case NBC_PRINT_I16:
    nbc_rt_print_int(*(const int16_t *)at);
    return;
  case NBC_PRINT_I32:
    nbc_rt_print_int(*(const int32_t *)at);
    return;
  case NBC_PRINT_I64:
    nbc_rt_print_int(*(const int64_t *)at);
    return;
  case NBC_PRINT_U8:
    nbc_rt_print_uint(*(const uint8_t *)at);
    return;
  case NBC_PRINT_U16:
    nbc_rt_print_uint(*(const uint16_t *)at);
    return;
  case NBC_PRINT_U32:
    nbc_rt_print_uint(*(const uint32_t *)at);
    return;
  case NBC_PRINT_U64:
    nbc_rt_print_uint(*(const uint64_t *)at);
    return;
  case NBC_PRINT_F32:
    nbc_rt_print_float(*(const float *)at);
    return;
  case NBC_PRINT_F64:
    nbc_rt_print_float(*(const double *)at);
    return;
  case NBC_PRINT_C64:
    nbc_rt_print_complex(((const float *)at)[0], ((const float *)at)[1]);
    return;
  case NBC_PRINT_C128:
    nbc_rt_print_complex(((const double *)at)[0], ((const double *)at)[1]);
    return;
  }
}

/* Without a hook: nested lists, elements separated by spaces like NumPy. */
static void printNested(int32_t kind, int64_t rank, const char *data,
                        const int64_t *sizes, const int64_t *strides) {
  if (rank == 0) {
    printElement(kind, data);
    return;
  }
  appendString("[");
  for (int64_t i = 0; i < sizes[0]; ++i) {
    if (i)
      appendString(rank > 1 ? "\n " : " ");
    printNested(kind, rank - 1, data + i * strides[0] * (int64_t)elementSize(kind),
                sizes + 1, strides + 1);
  }
  appendString("]");
}

void nbc_rt_print_array(int32_t kind, int64_t rank, const void *data,
                        const int64_t *sizesAndStrides) {
  if (arrayHook) {
    char *text = arrayHook(kind, rank, data, sizesAndStrides,
                           sizesAndStrides + rank);
    if (text) {
      appendString(text);
      free(text);
      return;
    }
  }
  printNested(kind, rank, data, sizesAndStrides, sizesAndStrides + rank);
}

void nbc_rt_print_flush_to(int32_t stream) {
  if (!line.size)
    return;
  if (writeHook) {
    writeHook(stream, line.text, (int64_t)line.size);
  } else {
    FILE *file = stream == 2 ? stderr : stdout;
    fwrite(line.text, 1, line.size, file);
    fflush(file);
  }
  line.size = 0;
}

void nbc_rt_print_flush(void) { nbc_rt_print_flush_to(1); }
