/*===- FormatSpec.h - Python's format-spec mini-language ----------*- C -*-===//
 *
 * One parser for `format(value, spec)` specs (`f"{x:>10.3f}"`), shared by
 * the runtime that renders them (lib/Runtime/Format.c) and nbc.print's
 * verifier, so a spec the verifier accepts is one the runtime renders, with
 * Python's ValueError messages for the rest. Header-only (C and C++).
 *
 *===----------------------------------------------------------------------===*/

#ifndef NBC_RUNTIME_FORMATSPEC_H
#define NBC_RUNTIME_FORMATSPEC_H

#include <stdio.h>
#include <string.h>

typedef struct NBCFormatSpec {
  char fill[5];         /* UTF-8 fill character */
  char align;           /* '<' '>' '^' '=', or 0 for the type's default */
  char sign;            /* '+' '-' ' ', or 0 when absent ('-') */
  int noNegativeZero;   /* 'z' */
  int alternate;        /* '#' */
  int width;            /* -1 when absent */
  char grouping;        /* ',' '_' or 0 */
  int precision;        /* -1 when absent */
  char type;            /* the presentation type, 0 when absent */
} NBCFormatSpec;

/* The value classes Python formats differently. */
enum NBCFormatClass { NBC_FORMAT_INT = 0, NBC_FORMAT_FLOAT = 1 };

static inline int nbcFormatIsAlign(char c) {
  return c == '<' || c == '>' || c == '^' || c == '=';
}

/* Bytes in the UTF-8 sequence that starts with `lead` (1 for bad bytes). */
static inline size_t nbcUtf8Length(unsigned char lead) {
  if (lead >= 0xF0)
    return 4;
  if (lead >= 0xE0)
    return 3;
  if (lead >= 0xC0)
    return 2;
  return 1;
}

/* Parses `spec` for a value of `valueClass`. Returns 0 and fills `out`, or
 * returns -1 with Python's ValueError message in `error`. */
static inline int nbcParseFormatSpec(const char *spec, size_t size,
                                     int valueClass, NBCFormatSpec *out,
                                     char *error, size_t errorSize) {
  const char *typeName = valueClass == NBC_FORMAT_INT ? "int" : "float";
  size_t at = 0;
  int explicitFill = 0, explicitAlign = 0;
  memset(out, 0, sizeof *out);
  out->fill[0] = ' ';
  out->width = -1;
  out->precision = -1;
  size_t first = size ? nbcUtf8Length((unsigned char)spec[0]) : 0;
  if (first < size && first <= 4 && nbcFormatIsAlign(spec[first])) {
    memcpy(out->fill, spec, first);
    out->fill[first] = 0;
    out->align = spec[first];
    explicitFill = explicitAlign = 1;
    at = first + 1;
  } else if (size && nbcFormatIsAlign(spec[0])) {
    out->align = spec[0];
    explicitAlign = 1;
    at = 1;
  }
  if (at < size && (spec[at] == '+' || spec[at] == '-' || spec[at] == ' '))
    out->sign = spec[at++];
  if (at < size && spec[at] == 'z') {
    out->noNegativeZero = 1;
    ++at;
  }
  if (at < size && spec[at] == '#') {
    out->alternate = 1;
    ++at;
  }
  if (at < size && spec[at] == '0') {
    if (!explicitFill)
      strcpy(out->fill, "0");
    if (!explicitAlign)
      out->align = '=';
    ++at;
  }
  if (at < size && spec[at] >= '0' && spec[at] <= '9') {
    out->width = 0;
    while (at < size && spec[at] >= '0' && spec[at] <= '9')
      out->width = out->width * 10 + (spec[at++] - '0');
  }
  if (at < size && (spec[at] == ',' || spec[at] == '_')) {
    out->grouping = spec[at++];
    if (at < size && (spec[at] == ',' || spec[at] == '_')) {
      snprintf(error, errorSize, "Cannot specify both ',' and '_'.");
      return -1;
    }
  }
  if (at < size && spec[at] == '.') {
    ++at;
    if (at == size || spec[at] < '0' || spec[at] > '9') {
      snprintf(error, errorSize, "Format specifier missing precision");
      return -1;
    }
    out->precision = 0;
    while (at < size && spec[at] >= '0' && spec[at] <= '9')
      out->precision = out->precision * 10 + (spec[at++] - '0');
  }
  if (size - at > 1) {
    snprintf(error, errorSize,
             "Invalid format specifier '%.*s' for object of type '%s'",
             (int)size, spec, typeName);
    return -1;
  }
  if (at < size)
    out->type = spec[at];
  char type = out->type;
  int floatType = type == 'e' || type == 'E' || type == 'f' || type == 'F' ||
                  type == 'g' || type == 'G' || type == '%';
  int intType = type == 'b' || type == 'c' || type == 'd' || type == 'o' ||
                type == 'x' || type == 'X';
  int known = floatType || type == 'n' || type == 0 ||
              (valueClass == NBC_FORMAT_INT && intType);
  if (!known) {
    snprintf(error, errorSize,
             "Unknown format code '%c' for object of type '%s'", type,
             typeName);
    return -1;
  }
  if (out->grouping == ',' && (type == 'n' || (intType && type != 'd'))) {
    snprintf(error, errorSize, "Cannot specify ',' with '%c'.", type);
    return -1;
  }
  if (out->grouping == '_' && (type == 'n' || type == 'c')) {
    snprintf(error, errorSize, "Cannot specify '_' with '%c'.", type);
    return -1;
  }
  if (valueClass == NBC_FORMAT_INT && !floatType) {
    if (out->precision >= 0) {
      snprintf(error, errorSize,
               "Precision not allowed in integer format specifier");
      return -1;
    }
    if (out->noNegativeZero) {
      snprintf(error, errorSize, "Negative zero coercion (z) not allowed in "
                                 "integer format specifier");
      return -1;
    }
    if (type == 'c' && out->sign) {
      snprintf(error, errorSize,
               "Sign not allowed with integer format specifier 'c'");
      return -1;
    }
    if (type == 'c' && out->alternate) {
      snprintf(error, errorSize, "Alternate form (#) not allowed with integer "
                                 "format specifier 'c'");
      return -1;
    }
  }
  return 0;
}

#endif /* NBC_RUNTIME_FORMATSPEC_H */
