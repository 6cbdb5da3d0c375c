/*===- Sort.c - np.sort and np.argsort along one axis ----------------------===*\
|*                                                                            *|
|* nbc.sort and nbc.argsort call these, one function per element type. Each  *|
|* lane (the 1-d run along `axis`) is gathered into a buffer of unsigned     *|
|* keys whose unsigned order is NumPy's order (sign bit flipped for signed   *|
|* integers, all bits flipped for negative floats), NaNs set apart at the    *|
|* end as NumPy puts them, then sorted by a stable radix sort (so argsort    *|
|* equals NumPy's kind='stable'): MSD for 64-bit keys, LSD for narrower     *|
|* ones, insertion sort for short lanes (a quicksort measured slower).       *|
|* Sizes and strides (in elements) travel in one int64 buffer, as for       *|
|* Reshape.c. Complex lanes (c64, c128) take a stable merge sort of their   *|
|* indices by NumPy's complex order (at the end of this file).              *|
|*                                                                            *|
\*===----------------------------------------------------------------------===*/

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "SortAVX512.h"

#define NBC_EXPORT __attribute__((visibility("default")))

/* The lanes of an array along one axis: the other axes' positions run as
 * an odometer; `offset` is the element offset of the current lane. */
typedef struct {
  int64_t rank, axis;
  const int64_t *sizes, *strides;
  int64_t counter[64];
  int64_t offset, outOffset, outStrides[64];
  int64_t remaining;
} Lanes;

static int lanesInit(Lanes *l, int64_t rank, int64_t axis,
                     const int64_t *meta) {
  if (rank < 1 || rank > 64 || axis < 0 || axis >= rank)
    return 0;
  l->rank = rank;
  l->axis = axis;
  l->sizes = meta;
  l->strides = meta + rank;
  l->offset = l->outOffset = 0;
  l->remaining = 1;
  int64_t running = 1;
  for (int64_t d = rank - 1; d >= 0; --d) {
    l->counter[d] = 0;
    l->outStrides[d] = running;
    running *= l->sizes[d];
    if (d != axis)
      l->remaining *= l->sizes[d];
  }
  return 1;
}

/* lanesInit, and whether there is a lane of at least `minimum` elements
 * to sort (2 to sort in place, 1 to write an order). */
static int lanesToSort(Lanes *l, int64_t rank, int64_t axis, intptr_t meta,
                       int64_t minimum) {
  return lanesInit(l, rank, axis, (const int64_t *)meta) &&
         l->sizes[axis] >= minimum && l->remaining != 0;
}

/* Moves to the next lane; 0 when there is none. */
static int lanesNext(Lanes *l) {
  if (--l->remaining <= 0)
    return 0;
  for (int64_t d = l->rank - 1; d >= 0; --d) {
    if (d == l->axis)
      continue;
    l->offset += l->strides[d];
    l->outOffset += l->outStrides[d];
    if (++l->counter[d] < l->sizes[d])
      return 1;
    l->offset -= l->counter[d] * l->strides[d];
    l->outOffset -= l->counter[d] * l->outStrides[d];
    l->counter[d] = 0;
  }
  return 0;
}

/* Sorting unsigned keys (with int64 indices when `idx` is not null), one
 * copy per key width. */
#define DEFINE_KEY_SORTS(K)                                                    \
  static void insertion_##K(K *keys, int64_t *idx, int64_t n) {                \
    for (int64_t i = 1; i < n; ++i) {                                          \
      K k = keys[i];                                                           \
      int64_t j = i;                                                           \
      if (idx) {                                                               \
        int64_t v = idx[i];                                                    \
        for (; j > 0 && keys[j - 1] > k; --j) {                                \
          keys[j] = keys[j - 1];                                               \
          idx[j] = idx[j - 1];                                                 \
        }                                                                      \
        idx[j] = v;                                                            \
      } else {                                                                 \
        for (; j > 0 && keys[j - 1] > k; --j)                                  \
          keys[j] = keys[j - 1];                                               \
      }                                                                        \
      keys[j] = k;                                                             \
    }                                                                          \
  }                                                                            \
  /* LSD radix sort of keys[0..n) (and idx) through tmp/tmpIdx, stable;   \
   * digits of 11 bits (8 for short lanes), one histogram pass for all of   \
   * them, and a digit that every key shares is skipped. */                  \
  static void lsd_##K(K *keys, K *tmp, int64_t *idx, int64_t *tmpIdx,         \
                      int64_t n, int64_t *counts) {                            \
    if (n <= 16) {                                                             \
      insertion_##K(keys, idx, n);                                             \
      return;                                                                  \
    }                                                                          \
    const int bits = n < 4096 || sizeof(K) <= 2 ? 8 : 11;                     \
    const int digits = (int)((sizeof(K) * 8 + bits - 1) / bits);               \
    const int64_t buckets = (int64_t)1 << bits;                                \
    const K mask = (K)(buckets - 1);                                           \
    memset(counts, 0, sizeof(int64_t) * digits * buckets);                     \
    for (int64_t i = 0; i < n; ++i) {                                          \
      K k = keys[i];                                                           \
      for (int d = 0; d < digits; ++d)                                         \
        ++counts[d * buckets + (int64_t)((k >> (d * bits)) & mask)];           \
    }                                                                          \
    K *src = keys, *dst = tmp;                                                 \
    int64_t *srcIdx = idx, *dstIdx = tmpIdx;                                   \
    for (int d = 0; d < digits; ++d) {                                         \
      int64_t *count = counts + d * buckets;                                   \
      int shift = d * bits;                                                    \
      if (count[(src[0] >> shift) & mask] == n)                                \
        continue;                                                              \
      int64_t sum = 0;                                                         \
      for (int64_t b = 0; b < buckets; ++b) {                                  \
        int64_t c = count[b];                                                  \
        count[b] = sum;                                                        \
        sum += c;                                                              \
      }                                                                        \
      if (idx) {                                                               \
        for (int64_t i = 0; i < n; ++i) {                                      \
          int64_t at = count[(src[i] >> shift) & mask]++;                      \
          dst[at] = src[i];                                                    \
          dstIdx[at] = srcIdx[i];                                              \
        }                                                                      \
        int64_t *t = srcIdx;                                                   \
        srcIdx = dstIdx;                                                       \
        dstIdx = t;                                                            \
      } else {                                                                 \
        for (int64_t i = 0; i < n; ++i)                                        \
          dst[count[(src[i] >> shift) & mask]++] = src[i];                     \
      }                                                                        \
      K *t = src;                                                              \
      src = dst;                                                               \
      dst = t;                                                                 \
    }                                                                          \
    if (src != keys) {                                                         \
      memcpy(keys, src, sizeof(K) * n);                                        \
      if (idx)                                                                 \
        memcpy(idx, srcIdx, sizeof(int64_t) * n);                              \
    }                                                                          \
  } \
  /* MSD radix sort, stable: one distribution by (key - min) >> shift     \
   * into at most 2^bits buckets (spread by the keys' range, so that the   \
   * exponents of floats do not crowd one bucket), then each bucket alone,  \
   * in cache once small. `counts` holds 2 * 4096 + 1 per level. */         \
  static void msd_##K(K *keys, K *tmp, int64_t *idx, int64_t *tmpIdx,       \
                        int64_t n, int64_t *counts) {                          \
    if (n <= 24) {                                                             \
      insertion_##K(keys, idx, n);                                             \
      return;                                                                  \
    }                                                                          \
    K lo = keys[0], hi = keys[0];                                              \
    for (int64_t i = 1; i < n; ++i) {                                          \
      K k = keys[i];                                                           \
      lo = k < lo ? k : lo;                                                    \
      hi = k > hi ? k : hi;                                                    \
    }                                                                          \
    if (lo == hi)                                                              \
      return;                                                                  \
    uint64_t span = (uint64_t)(K)(hi - lo);                                    \
    int spanBits = 64 - __builtin_clzll(span);                                 \
    /* 2^11 buckets over memory (more thrash the TLB); in cache, about    \
     * twice as many buckets as keys, so that few insertion sorts remain. */ \
    int length = 65 - __builtin_clzll((uint64_t)n);                            \
    int bits = n >= 65536 ? 11 : length > 12 ? 12 : length;                    \
    int shift = spanBits - bits > 0 ? spanBits - bits : 0;                     \
    int64_t buckets = (int64_t)(span >> shift) + 1;                            \
    int64_t *start = counts, *next = counts + buckets + 1;                     \
    memset(start, 0, sizeof(int64_t) * (buckets + 1));                         \
    for (int64_t i = 0; i < n; ++i)                                            \
      ++start[((uint64_t)(K)(keys[i] - lo) >> shift) + 1];                     \
    for (int64_t b = 0; b < buckets; ++b) {                                    \
      start[b + 1] += start[b];                                                \
      next[b] = start[b];                                                      \
    }                                                                          \
    if (idx) {                                                                 \
      for (int64_t i = 0; i < n; ++i) {                                        \
        int64_t at = next[(uint64_t)(K)(keys[i] - lo) >> shift]++;             \
        tmp[at] = keys[i];                                                     \
        tmpIdx[at] = idx[i];                                                   \
      }                                                                        \
      memcpy(idx, tmpIdx, sizeof(int64_t) * n);                                \
    } else {                                                                   \
      for (int64_t i = 0; i < n; ++i)                                          \
        tmp[next[(uint64_t)(K)(keys[i] - lo) >> shift]++] = keys[i];           \
    }                                                                          \
    memcpy(keys, tmp, sizeof(K) * n);                                          \
    if (shift == 0)                                                            \
      return;                                                                  \
    for (int64_t b = 0; b < buckets; ++b) {                                    \
      int64_t at = start[b], size = start[b + 1] - at;                         \
      if (size > 1)                                                            \
        msd_##K(keys + at, tmp + at, idx ? idx + at : NULL,                  \
                  idx ? tmpIdx + at : NULL, size, counts + 2 * buckets + 1);   \
    }                                                                          \
  } \
  /* 64-bit keys: MSD (two passes over memory, then in cache) measured     \
   * faster than six LSD passes; narrower keys: LSD (at most 3 passes). */  \
  static void radix_##K(K *keys, K *tmp, int64_t *idx, int64_t *tmpIdx,       \
                        int64_t n, int64_t *counts) {                          \
    /* Without indices, equal keys are interchangeable: a vectorised       \
     * quicksort beats the radix sort where the CPU has one. */            \
    if (sizeof(K) == 8 && !idx && nbcHasAVX512Sort()) {                        \
      nbcSortKeysAVX512((uint64_t *)keys, n);                                  \
      return;                                                                  \
    }                                                                          \
    if (sizeof(K) == 8)                                                        \
      msd_##K(keys, tmp, idx, tmpIdx, n, counts);                              \
    else                                                                       \
      lsd_##K(keys, tmp, idx, tmpIdx, n, counts);                              \
  }

DEFINE_KEY_SORTS(uint8_t)
DEFINE_KEY_SORTS(uint16_t)
DEFINE_KEY_SORTS(uint32_t)
DEFINE_KEY_SORTS(uint64_t)

/* Keys of each element type. Floats: NaN set apart (IS_NAN). */
#define TOP(K) ((K)1 << (sizeof(K) * 8 - 1))
#define UINT_KEY(T, K, x) ((K)(x))
#define UINT_VALUE(T, K, k) ((T)(k))
#define INT_KEY(T, K, x) ((K)(x) ^ TOP(K))
#define INT_VALUE(T, K, k) ((T)((K)(k) ^ TOP(K)))
#define NEVER_NAN(x) 0
#define FLOAT_NAN(x) ((x) != (x))

static inline uint32_t keyOfF32(float x) {
  uint32_t u;
  memcpy(&u, &x, 4);
  return (u & TOP(uint32_t)) ? ~u : u | TOP(uint32_t);
}
static inline float valueOfF32(uint32_t k) {
  uint32_t u = (k & TOP(uint32_t)) ? k & ~TOP(uint32_t) : ~k;
  float x;
  memcpy(&x, &u, 4);
  return x;
}
static inline uint64_t keyOfF64(double x) {
  uint64_t u;
  memcpy(&u, &x, 8);
  return (u & TOP(uint64_t)) ? ~u : u | TOP(uint64_t);
}
static inline double valueOfF64(uint64_t k) {
  uint64_t u = (k & TOP(uint64_t)) ? k & ~TOP(uint64_t) : ~k;
  double x;
  memcpy(&x, &u, 8);
  return x;
}
#define F32_KEY(T, K, x) keyOfF32(x)
#define F32_VALUE(T, K, k) valueOfF32(k)
#define F64_KEY(T, K, x) keyOfF64(x)
#define F64_VALUE(T, K, k) valueOfF64(k)
/* argsort: -0.0 ties with 0.0, as NumPy compares them (a sort may order
 * them either way, and keeps each value). */
#define F32_ARGKEY(T, K, x) keyOfF32((x) == 0 ? 0.0f : (x))
#define F64_ARGKEY(T, K, x) keyOfF64((x) == 0 ? 0.0 : (x))

/* Buffers for lanes of `n` elements: keys, their copy, indices (argsort)
 * and the radix counts (enough for either radix sort). */
typedef struct {
  void *keys, *tmp;
  int64_t *idx, *tmpIdx, *counts;
} Buffers;

static void freeBuffers(Buffers *b) {
  free(b->keys);
  free(b->tmp);
  free(b->idx);
  free(b->tmpIdx);
  free(b->counts);
}

static int allocBuffers(Buffers *b, int64_t n, size_t keyBytes, int withIdx) {
  size_t count = n > 0 ? (size_t)n : 1;
  memset(b, 0, sizeof(*b));
  b->keys = malloc(count * keyBytes);
  b->tmp = malloc(count * keyBytes);
  b->counts = malloc(sizeof(int64_t) * 12 * (2 * 4096 + 1));
  if (withIdx) {
    b->idx = malloc(count * sizeof(int64_t));
    b->tmpIdx = malloc(count * sizeof(int64_t));
  }
  if (!b->keys || !b->tmp || !b->counts ||
      (withIdx && (!b->idx || !b->tmpIdx))) {
    freeBuffers(b);
    return 0;
  }
  return 1;
}

/* nbc_rt_sort_NAME(rank, axis, data, meta): sorts every lane of the array
 * at `data` (its first element) along `axis` in place; `meta` holds its
 * sizes then strides. nbc_rt_argsort_NAME(..., out): writes the stable
 * sorting indices into the new row-major int64 array `out` of the same
 * sizes. Both return 0, or 1 when memory runs out. */
#define DEFINE_SORTS(NAME, T, K, KEY, ARGKEY, VALUE, IS_NAN, FLOATING)       \
  NBC_EXPORT int64_t nbc_rt_sort_##NAME(int64_t rank, int64_t axis,            \
                                        intptr_t data, intptr_t meta) {        \
    Lanes l;                                                                   \
    if (!lanesToSort(&l, rank, axis, meta, 2))                                 \
      return 0;                                                                \
    int64_t n = l.sizes[axis], s = l.strides[axis];                            \
    Buffers b;                                                                 \
    if (!allocBuffers(&b, n, sizeof(K), FLOATING))                             \
      return 1;                                                                \
    T *base = (T *)data;                                                       \
    K *tmp = (K *)b.tmp;                                                       \
    do {                                                                       \
      T *lane = base + l.offset;                                               \
      /* A contiguous lane holds its own keys. NaNs wait in tmp; zeros in   \
       * idx, in input order (-0.0 equals 0.0: NumPy's stable sorts keep     \
       * their order, any order will do for the others). */                  \
      K *keys = s == 1 ? (K *)lane : (K *)b.keys;                              \
      int64_t m = 0, nans = 0, zeros = 0, negatives = 0;                       \
      /* Sorted and reversed lanes (keys in either order) are cheap. */     \
      int ascending = 1, descending = 1;                                       \
      K previous = 0;                                                          \
      for (int64_t i = 0; i < n; ++i) {                                        \
        T x = lane[i * s];                                                     \
        if (IS_NAN(x)) {                                                       \
          memcpy(&tmp[nans++], &x, sizeof(K));                                 \
          continue;                                                            \
        }                                                                      \
        if (FLOATING) {                                                        \
          negatives += x < 0;                                                  \
          if (x == 0)                                                          \
            memcpy(&b.idx[zeros++], &x, sizeof(K));                            \
        }                                                                      \
        K k = KEY(T, K, x);                                                    \
        if (m > 0) {                                                           \
          ascending &= previous <= k;                                          \
          descending &= previous >= k;                                         \
        }                                                                      \
        previous = keys[m++] = k;                                              \
      }                                                                        \
      memcpy(keys + m, tmp, sizeof(K) * nans);                                 \
      if (descending && !ascending) {                                          \
        for (int64_t i = 0, j = m - 1; i < j; ++i, --j) {                      \
          K t = keys[i];                                                       \
          keys[i] = keys[j];                                                   \
          keys[j] = t;                                                         \
        }                                                                      \
      } else if (!ascending) {                                                 \
        radix_##K(keys, tmp, NULL, NULL, m, b.counts);                         \
      }                                                                        \
      for (int64_t i = 0; i < m; ++i)                                          \
        lane[i * s] = VALUE(T, K, keys[i]);                                    \
      for (int64_t i = 0; i < zeros; ++i)                                      \
        memcpy(&lane[(negatives + i) * s], &b.idx[i], sizeof(K));              \
      if (s != 1)                                                              \
        for (int64_t i = m; i < n; ++i)                                        \
          memcpy(&lane[i * s], &keys[i], sizeof(K));                           \
    } while (lanesNext(&l));                                                   \
    freeBuffers(&b);                                                           \
    return 0;                                                                  \
  }                                                                            \
  NBC_EXPORT int64_t nbc_rt_argsort_##NAME(int64_t rank, int64_t axis,         \
                                           intptr_t data, intptr_t meta,       \
                                           intptr_t out) {                     \
    Lanes l;                                                                   \
    if (!lanesToSort(&l, rank, axis, meta, 1))                                 \
      return 0;                                                                \
    int64_t n = l.sizes[axis], s = l.strides[axis];                            \
    int64_t os = l.outStrides[axis];                                           \
    Buffers b;                                                                 \
    if (!allocBuffers(&b, n, sizeof(K), 1))                                    \
      return 1;                                                                \
    const T *base = (const T *)data;                                           \
    int64_t *result = (int64_t *)out;                                          \
    K *keys = (K *)b.keys;                                                     \
    do {                                                                       \
      const T *lane = base + l.offset;                                         \
      int64_t m = 0, nans = 0;                                                 \
      for (int64_t i = 0; i < n; ++i) {                                        \
        T x = lane[i * s];                                                     \
        if (IS_NAN(x)) {                                                       \
          b.idx[n - 1 - nans++] = i;                                           \
        } else {                                                               \
          keys[m] = ARGKEY(T, K, x);                                              \
          b.idx[m++] = i;                                                      \
        }                                                                      \
      }                                                                        \
      radix_##K(keys, (K *)b.tmp, b.idx, b.tmpIdx, m, b.counts);            \
      int64_t *to = result + l.outOffset;                                      \
      for (int64_t i = 0; i < m; ++i)                                          \
        to[i * os] = b.idx[i];                                                 \
      /* The NaNs' indices were stored from the end: reverse them. */          \
      for (int64_t i = m; i < n; ++i)                                          \
        to[i * os] = b.idx[n - 1 - (i - m)];                                   \
    } while (lanesNext(&l));                                                   \
    freeBuffers(&b);                                                           \
    return 0;                                                                  \
  }

DEFINE_SORTS(i8, int8_t, uint8_t, INT_KEY, INT_KEY, INT_VALUE, NEVER_NAN, 0)
DEFINE_SORTS(i16, int16_t, uint16_t, INT_KEY, INT_KEY, INT_VALUE, NEVER_NAN, 0)
DEFINE_SORTS(i32, int32_t, uint32_t, INT_KEY, INT_KEY, INT_VALUE, NEVER_NAN, 0)
DEFINE_SORTS(i64, int64_t, uint64_t, INT_KEY, INT_KEY, INT_VALUE, NEVER_NAN, 0)
DEFINE_SORTS(u8, uint8_t, uint8_t, UINT_KEY, UINT_KEY, UINT_VALUE, NEVER_NAN, 0)
DEFINE_SORTS(u16, uint16_t, uint16_t, UINT_KEY, UINT_KEY, UINT_VALUE, NEVER_NAN, 0)
DEFINE_SORTS(u32, uint32_t, uint32_t, UINT_KEY, UINT_KEY, UINT_VALUE, NEVER_NAN, 0)
DEFINE_SORTS(u64, uint64_t, uint64_t, UINT_KEY, UINT_KEY, UINT_VALUE, NEVER_NAN, 0)
DEFINE_SORTS(f32, float, uint32_t, F32_KEY, F32_ARGKEY, F32_VALUE, FLOAT_NAN, 1)
DEFINE_SORTS(f64, double, uint64_t, F64_KEY, F64_ARGKEY, F64_VALUE, FLOAT_NAN, 1)

/* Complex numbers in NumPy's sorting order (npysort's CFLOAT_LT):
 * lexicographic, NaNs last as R + Rj < R + nanj < nan + Rj < nan + nanj.
 * A stable merge sort of indices (insertion sort for short runs) serves
 * both np.sort and np.argsort (NumPy's kind='stable' order). */
#define COMPLEX_LT(ar, ai, br, bi)                                             \
  ((ar) < (br)   ? ((ai) == (ai) || (bi) != (bi))                              \
   : (ar) > (br) ? ((bi) != (bi) && (ai) == (ai))                              \
   : ((ar) == (br) || ((ar) != (ar) && (br) != (br)))                          \
       ? ((ai) < (bi) || ((bi) != (bi) && (ai) == (ai)))                       \
       : ((br) != (br)))

enum { kComplexRun = 16 };

#define DEFINE_COMPLEX_SORTS(NAME, P)                                          \
  typedef struct {                                                             \
    P re, im;                                                                  \
  } NAME##_t;                                                                  \
  static inline int lt_##NAME(const NAME##_t *a, const NAME##_t *b) {          \
    return COMPLEX_LT(a->re, a->im, b->re, b->im);                             \
  }                                                                            \
  /* Sorts idx[0..n) by v[idx[i]]; returns idx or tmp, whichever holds the  \
   * result. */                                                               \
  static int64_t *order_##NAME(const NAME##_t *v, int64_t *idx, int64_t *tmp, \
                               int64_t n) {                                    \
    for (int64_t lo = 0; lo < n; lo += kComplexRun) {                          \
      int64_t hi = lo + kComplexRun < n ? lo + kComplexRun : n;                \
      for (int64_t i = lo + 1; i < hi; ++i) {                                  \
        int64_t x = idx[i], j = i;                                             \
        for (; j > lo && lt_##NAME(&v[x], &v[idx[j - 1]]); --j)                \
          idx[j] = idx[j - 1];                                                 \
        idx[j] = x;                                                            \
      }                                                                        \
    }                                                                          \
    for (int64_t w = kComplexRun; w < n; w *= 2) {                             \
      for (int64_t lo = 0; lo < n; lo += 2 * w) {                              \
        int64_t mid = lo + w < n ? lo + w : n;                                 \
        int64_t hi = lo + 2 * w < n ? lo + 2 * w : n;                          \
        int64_t i = lo, j = mid, k = lo;                                       \
        while (i < mid && j < hi)                                              \
          tmp[k++] = lt_##NAME(&v[idx[j]], &v[idx[i]]) ? idx[j++] : idx[i++];  \
        while (i < mid)                                                        \
          tmp[k++] = idx[i++];                                                 \
        while (j < hi)                                                         \
          tmp[k++] = idx[j++];                                                 \
      }                                                                        \
      int64_t *t = idx;                                                        \
      idx = tmp;                                                               \
      tmp = t;                                                                 \
    }                                                                          \
    return idx;                                                                \
  }                                                                            \
  /* Sorts every lane in place (out == 0) or writes the orders into the   \
   * row-major int64 array `out`. */                                         \
  static int64_t lanes_##NAME(int64_t rank, int64_t axis, intptr_t data,      \
                              intptr_t meta, intptr_t out) {                  \
    Lanes l;                                                                   \
    if (!lanesToSort(&l, rank, axis, meta, out ? 1 : 2))                       \
      return 0;                                                                \
    int64_t n = l.sizes[axis], s = l.strides[axis];                            \
    int64_t os = l.outStrides[axis];                                           \
    NAME##_t *v = malloc(sizeof(NAME##_t) * n);                                \
    int64_t *idx = malloc(sizeof(int64_t) * n);                                \
    int64_t *tmp = malloc(sizeof(int64_t) * n);                                \
    int64_t status = !v || !idx || !tmp;                                       \
    if (!status)                                                               \
      do {                                                                     \
        NAME##_t *lane = (NAME##_t *)data + l.offset;                          \
        for (int64_t i = 0; i < n; ++i) {                                      \
          v[i] = lane[i * s];                                                  \
          idx[i] = i;                                                          \
        }                                                                      \
        int64_t *order = order_##NAME(v, idx, tmp, n);                         \
        for (int64_t i = 0; i < n; ++i) {                                      \
          if (out)                                                             \
            ((int64_t *)out)[l.outOffset + i * os] = order[i];                 \
          else                                                                 \
            lane[i * s] = v[order[i]];                                         \
        }                                                                      \
      } while (lanesNext(&l));                                                 \
    free(v);                                                                   \
    free(idx);                                                                 \
    free(tmp);                                                                 \
    return status;                                                             \
  }                                                                            \
  NBC_EXPORT int64_t nbc_rt_sort_##NAME(int64_t rank, int64_t axis,            \
                                        intptr_t data, intptr_t meta) {        \
    return lanes_##NAME(rank, axis, data, meta, 0);                            \
  }                                                                            \
  NBC_EXPORT int64_t nbc_rt_argsort_##NAME(int64_t rank, int64_t axis,         \
                                           intptr_t data, intptr_t meta,       \
                                           intptr_t out) {                     \
    return lanes_##NAME(rank, axis, data, meta, out);                          \
  }

DEFINE_COMPLEX_SORTS(c64, float)
DEFINE_COMPLEX_SORTS(c128, double)
