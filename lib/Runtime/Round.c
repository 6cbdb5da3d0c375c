/*===- Round.c - Python's round(x, ndigits) on floats --------------------===//
 *
 * CPython rounds the exact binary value of x to ndigits decimal places
 * (half to even on exact ties) and converts that decimal back to the
 * nearest double (round(2.675, 2) == 2.67: 2.675 is 2.67499999...). The
 * usual case takes the exact product x * 10**ndigits (fma gives its
 * rounding error); near a tie, and for ndigits < 0 or > 22, the decimal
 * digits come from glibc's printf, which is exact.
 *
 *===----------------------------------------------------------------------===*/

#include "nbc/Runtime/NBCRuntime.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* CPython's NDIGITS_MAX and NDIGITS_MIN (Objects/floatobject.c). */
enum { kDigitsMax = 323, kDigitsMin = -308 };

/* round(x, n) for 0 <= n <= 22 (10**n exact), or 0 when near a tie. */
static int roundExactProduct(double x, int n, double *result) {
  double scale = 1.0;
  for (int i = 0; i < n; ++i)
    scale *= 10.0;
  double product = x * scale;
  if (!(fabs(product) < 0x1p52))
    return 0;
  double error = fma(x, scale, -product); /* x * scale == product + error */
  double nearest = nearbyint(product);   /* ties to even */
  double fraction = product - nearest;   /* exact, in [-0.5, 0.5] */
  if (fabs(fabs(fraction) - 0.5) <= 2.0 * fabs(error))
    return 0;
  *result = nearest / scale; /* the nearest double to the decimal */
  return 1;
}

/* `digits` (decimal, no sign) rounded at `drop` digits from its end, half
 * to even; `sticky`: nonzero digits follow the last one. Returns the kept
 * digits in `kept` (possibly "" for zero). */
static void roundDigits(const char *digits, size_t drop, int sticky,
                        char *kept) {
  size_t length = strlen(digits), keep = length > drop ? length - drop : 0;
  memcpy(kept + 1, digits, keep);
  kept[0] = '0';
  kept[keep + 1] = 0;
  if (length < drop)
    goto done; /* less than a tenth of the unit: rounds to zero */
  char first = digits[keep];
  int rest = sticky;
  for (size_t i = keep + 1; i < length; ++i)
    rest |= digits[i] != '0';
  char last = keep ? digits[keep - 1] : '0';
  if (first > '5' || (first == '5' && (rest || (last - '0') % 2))) {
    size_t i = keep;
    while (kept[i] == '9')
      kept[i--] = '0';
    ++kept[i];
  }
done:
  /* Drop the leading zero the carry did not need. */
  if (kept[0] == '0')
    memmove(kept, kept + 1, strlen(kept));
}

double nbc_rt_round(double x, double ndigits) {
  if (ndigits > kDigitsMax || x == 0.0 || !isfinite(x))
    return x;
  if (ndigits < kDigitsMin)
    return 0.0 * x;
  int n = (int)ndigits;
  double result;
  if (n >= 0 && n <= 22 && roundExactProduct(x, n, &result))
    return result;
  char text[700];
  if (n >= 0) {
    snprintf(text, sizeof text, "%.*f", n, x); /* exact, ties to even */
    return strtod(text, NULL);
  }
  double whole = trunc(x);
  char digits[400], kept[400];
  snprintf(digits, sizeof digits, "%.0f", fabs(whole));
  roundDigits(digits, (size_t)-n, whole != x, kept);
  snprintf(text, sizeof text, "%s%se%d", x < 0 ? "-" : "", *kept ? kept : "0",
           -n);
  return strtod(text, NULL);
}
