/*===- Random.c - np.random's legacy generator, one per thread ------------===*\
|*                                                                            *|
|* nbc.random_seed and nbc.random draw from NumPy's legacy RandomState        *|
|* algorithms (numpy/random/src/mt19937, distributions/distributions.c,       *|
|* legacy/legacy-distributions.c): MT19937 seeded by init_genrand, 53-bit     *|
|* doubles, masked rejection for bounded integers, the polar Box-Muller       *|
|* normal with its cached second value. As in Numba, every thread (each      *|
|* prange worker, each Python thread) has its own state, separate from        *|
|* NumPy's global one; a thread that never seeds starts from OS entropy.      *|
|*                                                                            *|
\*===----------------------------------------------------------------------===*/

#include <math.h>
#include <stdint.h>
#include <sys/random.h>
#include <time.h>

#define NBC_EXPORT __attribute__((visibility("default")))

enum { kStateLength = 624, kShift = 397 };

typedef struct {
  uint32_t key[kStateLength];
  int pos;
  int initialized;
  int hasGauss;
  double gauss;
} RandomState;

static _Thread_local RandomState state;

/* mt19937_seed (init_genrand). */
static void seedState(RandomState *s, uint32_t seed) {
  for (int pos = 0; pos < kStateLength; ++pos) {
    s->key[pos] = seed;
    seed = 1812433253U * (seed ^ (seed >> 30)) + (uint32_t)pos + 1U;
  }
  s->pos = kStateLength;
  s->initialized = 1;
  s->hasGauss = 0;
  s->gauss = 0.0;
}

/* mt19937_init_by_array: a thread's first draw without a seed. */
static void seedByArray(RandomState *s, const uint32_t *keys, int length) {
  seedState(s, 19650218U);
  int i = 1, j = 0;
  for (int k = kStateLength > length ? kStateLength : length; k; --k) {
    s->key[i] = (s->key[i] ^ ((s->key[i - 1] ^ (s->key[i - 1] >> 30)) *
                              1664525U)) +
                keys[j] + (uint32_t)j;
    ++i;
    ++j;
    if (i >= kStateLength) {
      s->key[0] = s->key[kStateLength - 1];
      i = 1;
    }
    if (j >= length)
      j = 0;
  }
  for (int k = kStateLength - 1; k; --k) {
    s->key[i] = (s->key[i] ^ ((s->key[i - 1] ^ (s->key[i - 1] >> 30)) *
                              1566083941U)) -
                (uint32_t)i;
    ++i;
    if (i >= kStateLength) {
      s->key[0] = s->key[kStateLength - 1];
      i = 1;
    }
  }
  s->key[0] = 0x80000000U;
}

static RandomState *threadState(void) {
  RandomState *s = &state;
  if (!s->initialized) {
    uint32_t keys[8];
    if (getentropy(keys, sizeof(keys)) != 0) {
      struct timespec now;
      clock_gettime(CLOCK_REALTIME, &now);
      keys[0] = (uint32_t)now.tv_nsec;
      keys[1] = (uint32_t)now.tv_sec;
      for (int k = 2; k < 8; ++k)
        keys[k] = (uint32_t)(uintptr_t)s >> (k - 2);
    }
    seedByArray(s, keys, 8);
  }
  return s;
}

/* mt19937_gen: refills the 624 words. */
static void refill(RandomState *s) {
  const uint32_t upper = 0x80000000U, lower = 0x7fffffffU,
                 matrix = 0x9908b0dfU;
  int i = 0;
  uint32_t y;
  for (; i < kStateLength - kShift; ++i) {
    y = (s->key[i] & upper) | (s->key[i + 1] & lower);
    s->key[i] = s->key[i + kShift] ^ (y >> 1) ^ (-(y & 1) & matrix);
  }
  for (; i < kStateLength - 1; ++i) {
    y = (s->key[i] & upper) | (s->key[i + 1] & lower);
    s->key[i] =
        s->key[i + (kShift - kStateLength)] ^ (y >> 1) ^ (-(y & 1) & matrix);
  }
  y = (s->key[kStateLength - 1] & upper) | (s->key[0] & lower);
  s->key[kStateLength - 1] =
      s->key[kShift - 1] ^ (y >> 1) ^ (-(y & 1) & matrix);
  s->pos = 0;
}

static uint32_t next32(RandomState *s) {
  if (s->pos == kStateLength)
    refill(s);
  uint32_t y = s->key[s->pos++];
  y ^= y >> 11;
  y ^= (y << 7) & 0x9d2c5680U;
  y ^= (y << 15) & 0xefc60000U;
  y ^= y >> 18;
  return y;
}

static uint64_t next64(RandomState *s) {
  uint64_t high = next32(s);
  return high << 32 | next32(s);
}

static double nextDouble(RandomState *s) {
  int32_t a = (int32_t)(next32(s) >> 5), b = (int32_t)(next32(s) >> 6);
  return (a * 67108864.0 + b) / 9007199254740992.0;
}

/* np.random.seed(int): init_genrand; the caller checked 0 <= seed < 2**32. */
NBC_EXPORT void nbc_rt_random_seed(int64_t seed) {
  seedState(&state, (uint32_t)seed);
}

/* random_sample: a double in [0, 1). */
NBC_EXPORT double nbc_rt_random_uniform(void) {
  return nextDouble(threadState());
}

/* legacy_gauss: the polar method; every other call returns the cached
 * second value. */
NBC_EXPORT double nbc_rt_random_normal(void) {
  RandomState *s = threadState();
  if (s->hasGauss) {
    s->hasGauss = 0;
    double cached = s->gauss;
    s->gauss = 0.0;
    return cached;
  }
  double x1, x2, r2;
  do {
    x1 = 2.0 * nextDouble(s) - 1.0;
    x2 = 2.0 * nextDouble(s) - 1.0;
    r2 = x1 * x1 + x2 * x2;
  } while (r2 >= 1.0 || r2 == 0.0);
  double f = sqrt(-2.0 * log(r2) / r2);
  s->gauss = f * x1;
  s->hasGauss = 1;
  return f * x2;
}

/* legacy_standard_exponential. */
NBC_EXPORT double nbc_rt_random_exponential(void) {
  return -log(1.0 - nextDouble(threadState()));
}

/* random_bounded_uint64_fill with use_masked (RandomState.randint): `low`
 * plus a value in [0, range], range = high - 1 - low as uint64. With low 0
 * this is also random_interval(high - 1), the draw of shuffle. */
NBC_EXPORT int64_t nbc_rt_random_integer(int64_t low, int64_t high) {
  RandomState *s = threadState();
  uint64_t range = (uint64_t)high - (uint64_t)low - 1U;
  if (range == 0)
    return low;
  uint64_t mask = range;
  for (int shift = 1; shift <= 32; shift *= 2)
    mask |= mask >> shift;
  uint64_t value;
  if (range == 0xffffffffU)
    value = next32(s);
  else if (range < 0xffffffffU)
    while ((value = next32(s) & (uint32_t)mask) > range)
      ;
  else if (range == UINT64_MAX)
    value = next64(s);
  else
    while ((value = next64(s) & mask) > range)
      ;
  return (int64_t)((uint64_t)low + value);
}
