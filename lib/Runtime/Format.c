/*===- Format.c - format(value, spec) for print's f-string fields --------===//
 *
 * Renders an int or a float as Python's `format(value, spec)` does (the
 * mini-language of include/nbc/Runtime/FormatSpec.h): the digits come from
 * snprintf (correctly rounded, as CPython's dtoa), then sign, prefix,
 * grouping and padding are applied as CPython's formatter does. Specs reach
 * here verified by nbc.print's verifier.
 *
 *===----------------------------------------------------------------------===*/

#include "PrintLine.h"
#include "nbc/Runtime/FormatSpec.h"
#include "nbc/Runtime/NBCRuntime.h"

#include <math.h>
#include <stdlib.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

/* A number split as CPython's formatter sees it: sign, prefix ("0x"),
 * leading digits (grouped), and the rest (".5e+03", "%", "inf"). */
typedef struct {
  const char *sign;
  const char *prefix;
  char digits[400];
  char rest[400];
} Number;

static size_t countCodePoints(const char *text) {
  size_t count = 0;
  for (; *text; ++text)
    count += ((unsigned char)*text & 0xC0) != 0x80;
  return count;
}

static void appendText(const char *text) {
  nbc_rt_print_append(text, strlen(text));
}

static void appendFill(const char *fill, int count) {
  for (int i = 0; i < count; ++i)
    appendText(fill);
}

/* `digits` with a separator every `every` digits from the right. */
static void group(const char *digits, char separator, int every, char *out,
                  size_t size) {
  size_t count = strlen(digits), o = 0;
  for (size_t i = 0; i < count && o + 2 < size; ++i) {
    if (separator && i && (count - i) % every == 0)
      out[o++] = separator;
    out[o++] = digits[i];
  }
  out[o] = 0;
}

static void emit(const NBCFormatSpec *spec, Number *number, int every) {
  char grouped[800];
  group(number->digits, spec->grouping, every, grouped, sizeof grouped);
  size_t fixed = strlen(number->sign) + strlen(number->prefix) +
                 countCodePoints(number->rest);
  char align = spec->align ? spec->align : '>';
  /* Zero padding ('=' with fill '0') pads the digits themselves, so the
   * separators continue into it (format(1234, "010,") == "00,001,234"). */
  if (align == '=' && !strcmp(spec->fill, "0") && spec->width > 0 &&
      number->digits[0] >= '0' && number->digits[0] <= '9') {
    char padded[400];
    while (strlen(grouped) + fixed < (size_t)spec->width &&
           strlen(number->digits) + 2 < sizeof padded) {
      snprintf(padded, sizeof padded, "0%s", number->digits);
      strcpy(number->digits, padded);
      group(number->digits, spec->grouping, every, grouped, sizeof grouped);
    }
  }
  size_t length = fixed + strlen(grouped);
  int pad = spec->width > (int)length ? spec->width - (int)length : 0;
  int before = align == '>' ? pad : align == '^' ? pad / 2 : 0;
  int inside = align == '=' ? pad : 0;
  appendFill(spec->fill, before);
  appendText(number->sign);
  appendText(number->prefix);
  appendFill(spec->fill, inside);
  appendText(grouped);
  appendText(number->rest);
  appendFill(spec->fill, pad - before - inside);
}

static const char *signText(const NBCFormatSpec *spec, int negative) {
  if (negative)
    return "-";
  return spec->sign == '+' ? "+" : spec->sign == ' ' ? " " : "";
}

/* Splits a formatted magnitude into leading digits and the rest. */
static void split(const char *text, Number *number) {
  size_t digits = strspn(text, "0123456789");
  if (digits >= sizeof number->digits)
    digits = sizeof number->digits - 1;
  memcpy(number->digits, text, digits);
  number->digits[digits] = 0;
  snprintf(number->rest, sizeof number->rest, "%s", text + digits);
}

/* Drops trailing zeros of a fraction (and a bare point), keeping an
 * exponent: "1.500e+03" -> "1.5e+03". */
static void stripZeros(char *text) {
  char *dot = strchr(text, '.');
  if (!dot)
    return;
  char *exponent = strpbrk(text, "eE");
  char *end = exponent ? exponent : text + strlen(text);
  char *last = end;
  while (last > dot + 1 && last[-1] == '0')
    --last;
  if (last == dot + 1)
    last = dot;
  memmove(last, end, strlen(end) + 1);
}

/* The magnitude of a finite `value` for the float presentation types. */
static void formatMagnitude(double value, const NBCFormatSpec *spec,
                            char *out, size_t size) {
  int precision = spec->precision < 0 ? 6 : spec->precision;
  const char *flag = spec->alternate ? "#" : "";
  char format[16];
  switch (spec->type) {
  case 'e':
  case 'E':
  case 'f':
  case 'F':
    snprintf(format, sizeof format, "%%%s.*%c", flag, spec->type);
    snprintf(out, size, format, precision, value);
    return;
  case '%':
    snprintf(format, sizeof format, "%%%s.*f%%%%", flag);
    snprintf(out, size, format, precision, value * 100);
    return;
  case 'g':
  case 'G':
  case 'n':
    snprintf(format, sizeof format, "%%%s.*%c", flag,
             spec->type == 'G' ? 'G' : 'g');
    snprintf(out, size, format, precision, value);
    return;
  default:
    break;
  }
  /* No type: repr without a precision; with one, 'g' that switches to an
   * exponent one digit earlier and keeps a ".0" (CPython's ADD_DOT_0). */
  if (spec->precision < 0) {
    nbc_rt_print_repr_double(value, 1, out, size);
    return;
  }
  int digits = precision ? precision : 1;
  char probe[64];
  snprintf(probe, sizeof probe, "%.*e", digits - 1, value);
  int exponent = atoi(strchr(probe, 'e') + 1);
  if (exponent < -4 || exponent >= digits - 1) {
    snprintf(out, size, spec->alternate ? "%#.*e" : "%.*e", digits - 1, value);
  } else {
    snprintf(out, size, spec->alternate ? "%#.*f" : "%.*f",
             digits - 1 - exponent, value);
    if (!spec->alternate && strchr(out, '.'))
      stripZeros(out);
    if (!strchr(out, '.'))
      strncat(out, ".0", size - strlen(out) - 1);
    return;
  }
  if (!spec->alternate)
    stripZeros(out);
}

static int isZero(const char *text) {
  for (; *text && *text != 'e' && *text != 'E' && *text != '%'; ++text)
    if (*text >= '1' && *text <= '9')
      return 0;
  return 1;
}

static void formatFloat(double value, const NBCFormatSpec *spec) {
  Number number = {"", "", "", ""};
  int negative = signbit(value) && !isnan(value);
  char text[400];
  int upper = spec->type == 'E' || spec->type == 'F' || spec->type == 'G';
  if (isnan(value) || isinf(value)) {
    snprintf(text, sizeof text, "%s%s",
             isnan(value) ? (upper ? "NAN" : "nan") : (upper ? "INF" : "inf"),
             spec->type == '%' ? "%" : "");
  } else {
    formatMagnitude(fabs(value), spec, text, sizeof text);
    if (negative && spec->noNegativeZero && isZero(text))
      negative = 0;
  }
  number.sign = signText(spec, negative);
  split(text, &number);
  emit(spec, &number, 3);
}

static void formatInteger(uint64_t magnitude, int negative,
                          const NBCFormatSpec *spec) {
  Number number = {"", "", "", ""};
  number.sign = signText(spec, negative);
  int every = 3;
  switch (spec->type) {
  case 'c': {
    /* The code point as UTF-8; CPython raises OverflowError outside
     * [0, 0x10ffff]: print U+FFFD there rather than fail a kernel. */
    uint64_t c = negative || magnitude > 0x10FFFF ? 0xFFFD : magnitude;
    char *o = number.rest;
    if (c < 0x80) {
      *o++ = (char)c;
    } else if (c < 0x800) {
      *o++ = (char)(0xC0 | (c >> 6));
      *o++ = (char)(0x80 | (c & 0x3F));
    } else if (c < 0x10000) {
      *o++ = (char)(0xE0 | (c >> 12));
      *o++ = (char)(0x80 | ((c >> 6) & 0x3F));
      *o++ = (char)(0x80 | (c & 0x3F));
    } else {
      *o++ = (char)(0xF0 | (c >> 18));
      *o++ = (char)(0x80 | ((c >> 12) & 0x3F));
      *o++ = (char)(0x80 | ((c >> 6) & 0x3F));
      *o++ = (char)(0x80 | (c & 0x3F));
    }
    *o = 0;
    number.sign = "";
    emit(spec, &number, 3);
    return;
  }
  case 'b': {
    char bits[65];
    int n = 0;
    do {
      bits[n++] = (char)('0' + (magnitude & 1));
      magnitude >>= 1;
    } while (magnitude);
    for (int i = 0; i < n; ++i)
      number.digits[i] = bits[n - 1 - i];
    number.digits[n] = 0;
    number.prefix = spec->alternate ? "0b" : "";
    every = 4;
    break;
  }
  case 'o':
  case 'x':
  case 'X': {
    char format[8] = {'%', 'l', 'l', spec->type, 0};
    snprintf(number.digits, sizeof number.digits, format,
             (unsigned long long)magnitude);
    number.prefix = !spec->alternate  ? ""
                    : spec->type == 'o' ? "0o"
                    : spec->type == 'x' ? "0x"
                                        : "0X";
    every = 4;
    break;
  }
  default:
    snprintf(number.digits, sizeof number.digits, "%llu",
             (unsigned long long)magnitude);
    break;
  }
  emit(spec, &number, every);
}

static int parse(const char *text, int64_t size, int valueClass,
                 NBCFormatSpec *spec) {
  char error[160];
  return nbcParseFormatSpec(text, (size_t)size, valueClass, spec, error,
                            sizeof error);
}

static int isFloatType(char type) {
  return type && strchr("eEfFgG%", type) != NULL;
}

void nbc_rt_print_format_int(int64_t value, const char *text, int64_t size) {
  NBCFormatSpec spec;
  if (parse(text, size, NBC_FORMAT_INT, &spec)) {
    nbc_rt_print_int(value);
    return;
  }
  if (isFloatType(spec.type)) {
    formatFloat((double)value, &spec);
    return;
  }
  uint64_t magnitude = value < 0 ? 0 - (uint64_t)value : (uint64_t)value;
  formatInteger(magnitude, value < 0, &spec);
}

void nbc_rt_print_format_uint(uint64_t value, const char *text, int64_t size) {
  NBCFormatSpec spec;
  if (parse(text, size, NBC_FORMAT_INT, &spec)) {
    nbc_rt_print_uint(value);
    return;
  }
  if (isFloatType(spec.type)) {
    formatFloat((double)value, &spec);
    return;
  }
  formatInteger(value, 0, &spec);
}

void nbc_rt_print_format_float(double value, const char *text, int64_t size) {
  NBCFormatSpec spec;
  if (parse(text, size, NBC_FORMAT_FLOAT, &spec)) {
    nbc_rt_print_float(value);
    return;
  }
  formatFloat(value, &spec);
}
