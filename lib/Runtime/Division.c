/*===- Division.c - Multipliers for division by a loop-invariant divisor --===*\
|*                                                                            *|
|* nbc-divide-by-invariant turns `n / d` (arith.divsi on i64) in a loop whose *|
|* d does not change into a multiply-high and shifts, with the constants      *|
|* computed here once before the loop: a 64-bit idiv costs 10-20 cycles and  *|
|* no SIMD, the multiply 3 (Hacker's Delight, 2nd ed., 10-4).              *|
|*                                                                            *|
\*===----------------------------------------------------------------------===*/

#include "nbc/Runtime/NBCRuntime.h"

#include <stdint.h>

#define NBC_EXPORT __attribute__((visibility("default")))

/* The multiplier M and shift s of a divisor with 2 <= |d| (d = INT64_MIN
 * included): n / d == q + (q < 0) with q = (mulhs(M, n) + a * n) >> s, a
 * being sign(d) when `add` is set, else 0. One 128-by-64-bit division
 * (libdivide's s64 generator, branchfull form; Hacker's Delight 10-4), so
 * that a loop entered once per outer iteration pays tens of cycles. */
static void magic(int64_t d, int64_t *multiplier, int *shift, int *add) {
  uint64_t ad = d < 0 ? -(uint64_t)d : (uint64_t)d;
  int log2d = 63 - __builtin_clzll(ad);
  if ((ad & (ad - 1)) == 0) {
    /* 2^k: M = -(2^63 - 1) with n added (d < 0: the negation), s = k - 1. */
    *multiplier = d > 0 ? INT64_MIN + 1 : INT64_MAX;
    *shift = log2d - 1;
    *add = 1;
    return;
  }
  /* m = 2^(63 + log2d) / ad; the quotient fits since ad > 2^log2d. */
  uint64_t high = UINT64_C(1) << (log2d - 1), m, rem;
#if defined(__x86_64__)
  __asm__("divq %[ad]" : "=a"(m), "=d"(rem) : [ad] "r"(ad), "a"(0), "d"(high));
#else
  unsigned __int128 numerator = (unsigned __int128)high << 64;
  m = (uint64_t)(numerator / ad);
  rem = (uint64_t)(numerator - (unsigned __int128)m * ad);
#endif
  if (ad - rem < (UINT64_C(1) << log2d)) {
    *shift = log2d - 1;
    *add = 0;
  } else {
    m += m;
    uint64_t twiceRem = rem + rem;
    if (twiceRem >= ad || twiceRem < rem)
      m += 1;
    *shift = log2d;
    *add = 1;
  }
  m += 1;
  *multiplier = d < 0 ? -(int64_t)m : (int64_t)m;
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
