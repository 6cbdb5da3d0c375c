/*===- RandomGenerator.c - np.random.Generator(PCG64) draws ---------------===*\
|*                                                                            *|
|* nbc.generator calls these with the address of a Generator's state: six    *|
|* 64-bit words, the PCG64 LCG state (high word first), its increment (high  *|
|* word first), has_uint32 and uinteger (the upper half of a 64-bit draw     *|
|* kept for the next 32-bit one). The algorithms are NumPy's                 *|
|* (numpy/random/bit_generator.pyx SeedSequence, src/pcg64, src/distributions *|
|* distributions.c), so a seed gives NumPy's values bit for bit.             *|
|*                                                                            *|
\*===----------------------------------------------------------------------===*/

#include <math.h>
#include <stdint.h>
#include <string.h>

#include "ZigguratTables.h"

#define NBC_EXPORT __attribute__((visibility("default")))

typedef unsigned __int128 u128;

enum { kStateHigh, kStateLow, kIncHigh, kIncLow, kHasUint32, kUinteger };

/* PCG's default 128-bit multiplier. */
static const u128 kMultiplier =
    ((u128)2549297995355413924ULL << 64) | 4865540595714422341ULL;

static u128 load128(const uint64_t *s, int high) {
  return ((u128)s[high] << 64) | s[high + 1];
}

static void store128(uint64_t *s, int high, u128 v) {
  s[high] = (uint64_t)(v >> 64);
  s[high + 1] = (uint64_t)v;
}

static void step(uint64_t *s) {
  u128 state = load128(s, kStateHigh) * kMultiplier + load128(s, kIncHigh);
  store128(s, kStateHigh, state);
}

/* pcg64_next64: step, then the XSL-RR output of the new state. */
static uint64_t next64(uint64_t *s) {
  step(s);
  uint64_t high = s[kStateHigh], low = s[kStateLow];
  unsigned rot = (unsigned)(high >> 58);
  uint64_t x = high ^ low;
  return (x >> rot) | (x << ((-rot) & 63));
}

/* pcg64_next32: half of a 64-bit draw, the other half kept for later. */
static uint32_t next32(uint64_t *s) {
  if (s[kHasUint32]) {
    s[kHasUint32] = 0;
    return (uint32_t)s[kUinteger];
  }
  uint64_t next = next64(s);
  s[kHasUint32] = 1;
  s[kUinteger] = next >> 32;
  return (uint32_t)next;
}

static double nextDouble(uint64_t *s) {
  return (double)(next64(s) >> 11) * (1.0 / 9007199254740992.0);
}

/* SeedSequence's hash constants. */
enum {
  kInitA = 0x43b0d7e5u,
  kMultA = 0x931e8875u,
  kInitB = 0x8b51f9ddu,
  kMultB = 0x58f38dedu,
  kMixMultL = 0xca01f9ddu,
  kMixMultR = 0x4973f715u,
};

static uint32_t hashmix(uint32_t value, uint32_t *hashConst) {
  value ^= *hashConst;
  *hashConst *= kMultA;
  value *= *hashConst;
  return value ^ (value >> 16);
}

static uint32_t mix(uint32_t x, uint32_t y) {
  uint32_t result = kMixMultL * x - kMixMultR * y;
  return result ^ (result >> 16);
}

/* default_rng(seed), seed >= 0: SeedSequence(seed) (entropy = the seed's
 * 32-bit words, low first; a pool of 4 words), generate_state(4, uint64),
 * then pcg64_set_seed(state = words 0-1, inc = words 2-3). */
NBC_EXPORT void nbc_rt_pcg64_seed(intptr_t address, int64_t seed) {
  uint64_t *s = (uint64_t *)address;
  uint32_t entropy[2] = {(uint32_t)seed, (uint32_t)((uint64_t)seed >> 32)};
  int words = entropy[1] ? 2 : 1;
  uint32_t pool[4], hashConst = kInitA;
  for (int i = 0; i < 4; ++i)
    pool[i] = hashmix(i < words ? entropy[i] : 0, &hashConst);
  for (int src = 0; src < 4; ++src)
    for (int dst = 0; dst < 4; ++dst)
      if (src != dst)
        pool[dst] = mix(pool[dst], hashmix(pool[src], &hashConst));
  uint32_t out[8];
  uint32_t hashB = kInitB;
  for (int i = 0; i < 8; ++i) {
    uint32_t value = pool[i % 4] ^ hashB;
    hashB *= kMultB;
    value *= hashB;
    out[i] = value ^ (value >> 16);
  }
  uint64_t w[4];
  for (int i = 0; i < 4; ++i)
    w[i] = (uint64_t)out[2 * i] | (uint64_t)out[2 * i + 1] << 32;
  /* pcg_setseq_128_srandom_r */
  u128 initState = ((u128)w[0] << 64) | w[1];
  u128 initSeq = ((u128)w[2] << 64) | w[3];
  store128(s, kStateHigh, 0);
  store128(s, kIncHigh, (initSeq << 1) | 1);
  step(s);
  store128(s, kStateHigh, load128(s, kStateHigh) + initState);
  step(s);
  s[kHasUint32] = 0;
  s[kUinteger] = 0;
}

/* Generator.random(): 53 random bits in [0, 1). */
NBC_EXPORT double nbc_rt_pcg64_random(intptr_t address) {
  return nextDouble((uint64_t *)address);
}

static double flipSign(double x, int sign) {
  uint64_t bits;
  memcpy(&bits, &x, sizeof bits);
  bits ^= (uint64_t)sign << 63;
  memcpy(&x, &bits, sizeof bits);
  return x;
}

static const double kNormalR = 3.6541528853610088;
static const double kNormalInvR = 0.27366123732975828;
static const double kExponentialR = 7.69711747013104972;

/* random_standard_normal: the ziggurat, its tail by Marsaglia's method. */
NBC_EXPORT double nbc_rt_pcg64_normal(intptr_t address) {
  uint64_t *s = (uint64_t *)address;
  for (;;) {
    uint64_t r = next64(s);
    int idx = (int)(r & 0xff);
    r >>= 8;
    int sign = (int)(r & 1);
    uint64_t rabs = (r >> 1) & 0x000fffffffffffffULL;
    /* The sign as a bit flip: a branch here is mispredicted half the
     * time (x -> -x either way, -0.0 included). */
    double x = flipSign((double)rabs * wi_double[idx], sign);
    if (rabs < ki_double[idx])
      return x;
    if (idx == 0) {
      for (;;) {
        double xx = -kNormalInvR * log1p(-nextDouble(s));
        double yy = -log1p(-nextDouble(s));
        if (yy + yy > xx * xx)
          return ((rabs >> 8) & 1) ? -(kNormalR + xx) : kNormalR + xx;
      }
    }
    if ((fi_double[idx - 1] - fi_double[idx]) * nextDouble(s) +
            fi_double[idx] <
        exp(-0.5 * x * x))
      return x;
  }
}

/* random_standard_exponential: the ziggurat. */
NBC_EXPORT double nbc_rt_pcg64_exponential(intptr_t address) {
  uint64_t *s = (uint64_t *)address;
  for (;;) {
    uint64_t ri = next64(s) >> 3;
    int idx = (int)(ri & 0xff);
    ri >>= 8;
    double x = (double)ri * we_double[idx];
    if (ri < ke_double[idx])
      return x;
    if (idx == 0)
      return kExponentialR - log1p(-nextDouble(s));
    if ((fe_double[idx - 1] - fe_double[idx]) * nextDouble(s) +
            fe_double[idx] <
        exp(-x))
      return x;
  }
}

/* random_bounded_uint64_fill without masking (Generator.integers, int64):
 * `low` plus a value in [0, range] by Lemire's method, on 32-bit draws
 * when the range fits in them. */
NBC_EXPORT int64_t nbc_rt_pcg64_integers(intptr_t address, int64_t low,
                                         int64_t rangeBits) {
  uint64_t *s = (uint64_t *)address;
  uint64_t range = (uint64_t)rangeBits, value;
  if (range == 0) {
    value = 0;
  } else if (range <= 0xffffffffULL) {
    if (range == 0xffffffffULL) {
      value = next32(s);
    } else {
      uint32_t excl = (uint32_t)range + 1;
      uint64_t m = (uint64_t)next32(s) * excl;
      uint32_t leftover = (uint32_t)m;
      if (leftover < excl) {
        uint32_t threshold = (UINT32_MAX - (uint32_t)range) % excl;
        while (leftover < threshold) {
          m = (uint64_t)next32(s) * excl;
          leftover = (uint32_t)m;
        }
      }
      value = m >> 32;
    }
  } else if (range == UINT64_MAX) {
    value = next64(s);
  } else {
    uint64_t excl = range + 1;
    u128 m = (u128)next64(s) * excl;
    uint64_t leftover = (uint64_t)m;
    if (leftover < excl) {
      uint64_t threshold = (UINT64_MAX - range) % excl;
      while (leftover < threshold) {
        m = (u128)next64(s) * excl;
        leftover = (uint64_t)m;
      }
    }
    value = (uint64_t)(m >> 64);
  }
  return (int64_t)((uint64_t)low + value);
}
