/*===- Division.c - Multipliers for division by a loop-invariant divisor --===*\
|*                                                                            *|
|* nbc-divide-by-invariant turns `n / d` (arith.divsi on i64) in a loop whose *|
|* d does not change into a multiply-high and shifts, with the constants      *|
|* computed here once before the loop: a 64-bit idiv costs 10-20 cycles and  *|
|* no SIMD, the multiply 3 (Hacker's Delight, 2nd ed., 10-4 and Fig. 10-1). *|
|*                                                                            *|
\*===----------------------------------------------------------------------===*/

#include "nbc/Runtime/NBCRuntime.h"

#include <stdint.h>

#define NBC_EXPORT __attribute__((visibility("default")))

/* The magic multiplier M and shift s of a divisor with 2 <= |d| (d = INT64_MIN
 * included): n / d == q + (q < 0) with q = (mulhs(M, n) + a * n) >> s, a
 * being +1 when d > 0 > M, -1 when d < 0 < M, else 0. */
static void magic(int64_t d, int64_t *multiplier, int *shift, int *add) {
  const uint64_t two63 = UINT64_C(1) << 63;
  uint64_t ad = d < 0 ? -(uint64_t)d : (uint64_t)d;
  uint64_t t = two63 + ((uint64_t)d >> 63);
  uint64_t anc = t - 1 - t % ad; /* |nc|, the largest n with n % d == d - 1 */
  int p = 63;
  uint64_t q1 = two63 / anc, r1 = two63 - q1 * anc;
  uint64_t q2 = two63 / ad, r2 = two63 - q2 * ad, delta;
  do {
    ++p;
    q1 *= 2;
    r1 *= 2;
    if (r1 >= anc) {
      ++q1;
      r1 -= anc;
    }
    q2 *= 2;
    r2 *= 2;
    if (r2 >= ad) {
      ++q2;
      r2 -= ad;
    }
    delta = ad - r2;
  } while (q1 < delta || (q1 == delta && r1 == 0));
  int64_t m = (int64_t)(q2 + 1);
  if (d < 0)
    m = -m;
  *multiplier = m;
  *shift = p - 64;
  *add = (d > 0 && m < 0) || (d < 0 && m > 0);
}

/* d in {-1, 0, 1}: multiplier 0, add n * sign(d) (n for 0, which divsi
 * leaves undefined), no shift, no rounding step. */
static int isUnit(int64_t d) { return d >= -1 && d <= 1; }

NBC_EXPORT int64_t nbc_rt_sdiv64_multiplier(int64_t d) {
  if (isUnit(d))
    return 0;
  int64_t m;
  int shift, add;
  magic(d, &m, &shift, &add);
  return m;
}

NBC_EXPORT int64_t nbc_rt_sdiv64_shift(int64_t d) {
  if (isUnit(d))
    return NBC_SDIV64_ADD;
  int64_t m;
  int shift, add;
  magic(d, &m, &shift, &add);
  return shift | (add ? NBC_SDIV64_ADD : 0) | NBC_SDIV64_ROUND;
}
