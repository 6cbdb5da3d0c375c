/*===- SortAVX512.c - A vectorised quicksort of 64-bit keys ---------------===*\
|*                                                                            *|
|* Sort.c sorts lanes of 64-bit elements (int64, uint64, float64 as their    *|
|* order-preserving unsigned keys) with this when the CPU has AVX-512: a     *|
|* quicksort whose partition compresses 8 keys at a time to either side of   *|
|* the pivot (the scheme of x86-simd-sort, which NumPy uses), bitonic        *|
|* sorting networks in registers for up to 128 keys, and heapsort when the   *|
|* recursion gets too deep. Not stable: callers use it only where equal keys *|
|* are indistinguishable.                                                    *|
|*                                                                            *|
\*===----------------------------------------------------------------------===*/

#include "SortAVX512.h"

#if defined(__x86_64__) && (defined(__clang__) || defined(__GNUC__))

#include <immintrin.h>
#include <stdint.h>
#include <stdlib.h>

#define AVX512 __attribute__((target("avx512f,avx512dq,avx512vl,popcnt")))
#define INLINE inline __attribute__((always_inline))
#define LANES 8
#define NETWORK_MAX 128
#define UNROLL 4

int nbcHasAVX512Sort(void) {
  static int known = -1;
  if (known < 0) {
    /* NBC_SORT_NO_AVX512 lets tests run the portable radix sort. */
    const char *off = getenv("NBC_SORT_NO_AVX512");
    __builtin_cpu_init();
    known = !(off && *off) && __builtin_cpu_supports("avx512f") &&
            __builtin_cpu_supports("avx512dq") &&
            __builtin_cpu_supports("avx512vl");
  }
  return known;
}

/* One compare-exchange stage inside a register: lane i meets lane i ^ j;
 * in blocks of k lanes alternately ascending and descending (k == 8: all
 * ascending). Inlined with constant j, k, the index and mask fold away. */
static INLINE AVX512 __m512i exchange(__m512i v, int j, int k) {
  int64_t idx[LANES];
  __mmask8 takeMax = 0;
  for (int i = 0; i < LANES; ++i) {
    idx[i] = i ^ j;
    int ascending = (i & k) == 0;
    int lower = i < (i ^ j);
    if (lower != ascending)
      takeMax |= (__mmask8)(1 << i);
  }
  __m512i w = _mm512_permutexvar_epi64(_mm512_loadu_si512(idx), v);
  return _mm512_mask_blend_epi64(takeMax, _mm512_min_epu64(v, w),
                                 _mm512_max_epu64(v, w));
}

/* Sorts the 8 lanes of one register. */
static INLINE AVX512 __m512i sortRegister(__m512i v) {
  v = exchange(v, 1, 2);
  v = exchange(v, 2, 4);
  v = exchange(v, 1, 4);
  v = exchange(v, 4, 8);
  v = exchange(v, 2, 8);
  return exchange(v, 1, 8);
}

/* Sorts one register holding a bitonic sequence. */
static INLINE AVX512 __m512i mergeRegister(__m512i v) {
  v = exchange(v, 4, 8);
  v = exchange(v, 2, 8);
  return exchange(v, 1, 8);
}

static INLINE AVX512 __m512i reverse(__m512i v) {
  return _mm512_permutexvar_epi64(_mm512_set_epi64(0, 1, 2, 3, 4, 5, 6, 7), v);
}

/* r[0..count) holds a bitonic sequence of 8 * count keys: sorts it. */
static INLINE AVX512 void mergeBitonic(__m512i *r, int count) {
  for (int d = count / 2; d >= 1; d /= 2)
    for (int i = 0; i < count; ++i)
      if ((i & d) == 0) {
        __m512i lo = _mm512_min_epu64(r[i], r[i + d]);
        r[i + d] = _mm512_max_epu64(r[i], r[i + d]);
        r[i] = lo;
      }
  for (int i = 0; i < count; ++i)
    r[i] = mergeRegister(r[i]);
}

/* Sorts the 8 * count keys of r[0..count), count a power of two <= 16. */
static INLINE AVX512 void sortRegisters(__m512i *r, int count) {
  for (int i = 0; i < count; ++i)
    r[i] = sortRegister(r[i]);
  for (int width = 1; width < count; width *= 2)
    for (int start = 0; start < count; start += 2 * width) {
      /* Two sorted runs of `width` registers: reversing the second makes
       * them one bitonic sequence. */
      __m512i *second = r + start + width;
      for (int i = 0; i < width / 2; ++i) {
        __m512i t = second[i];
        second[i] = second[width - 1 - i];
        second[width - 1 - i] = t;
      }
      for (int i = 0; i < width; ++i)
        second[i] = reverse(second[i]);
      mergeBitonic(r + start, 2 * width);
    }
}

/* Sorts n <= 8 * count keys, loaded with the largest key as padding;
 * called with a constant count so that the registers stay registers. */
static INLINE AVX512 void sortNetworkOf(uint64_t *keys, int64_t n,
                                        const int count) {
  __m512i r[NETWORK_MAX / LANES];
  const __m512i pad = _mm512_set1_epi64(-1);
  for (int i = 0; i < count; ++i) {
    int64_t left = n - i * LANES;
    __mmask8 m = left >= LANES ? 0xFF
                 : left <= 0   ? 0
                               : (__mmask8)((1u << left) - 1);
    r[i] = _mm512_mask_loadu_epi64(pad, m, keys + i * LANES);
  }
  sortRegisters(r, count);
  for (int i = 0; i < count; ++i) {
    int64_t left = n - i * LANES;
    __mmask8 m = left >= LANES ? 0xFF
                 : left <= 0   ? 0
                               : (__mmask8)((1u << left) - 1);
    _mm512_mask_storeu_epi64(keys + i * LANES, m, r[i]);
  }
}

/* Sorts n <= NETWORK_MAX keys. */
static AVX512 void sortNetwork(uint64_t *keys, int64_t n) {
  if (n <= 8)
    sortNetworkOf(keys, n, 1);
  else if (n <= 16)
    sortNetworkOf(keys, n, 2);
  else if (n <= 32)
    sortNetworkOf(keys, n, 4);
  else if (n <= 64)
    sortNetworkOf(keys, n, 8);
  else
    sortNetworkOf(keys, n, 16);
}

static void siftDown(uint64_t *keys, int64_t root, int64_t n) {
  uint64_t k = keys[root];
  for (int64_t child; (child = 2 * root + 1) < n; root = child) {
    if (child + 1 < n && keys[child + 1] > keys[child])
      ++child;
    if (keys[child] <= k)
      break;
    keys[root] = keys[child];
  }
  keys[root] = k;
}

/* The fallback when partitions keep coming out lopsided: O(n log n). */
static void heapSort(uint64_t *keys, int64_t n) {
  for (int64_t i = n / 2 - 1; i >= 0; --i)
    siftDown(keys, i, n);
  for (int64_t i = n - 1; i > 0; --i) {
    uint64_t t = keys[0];
    keys[0] = keys[i];
    keys[i] = t;
    siftDown(keys, 0, i);
  }
}

/* Writes the keys of v below the pivot (at most the pivot when `strict`)
 * at `low`, the others just below `highEnd`; returns how many went low.
 * Compressing stores to memory are slow and stall later loads: this is the
 * careful form, for when fewer than LANES keys around a store are free. */
static INLINE AVX512 int64_t splitExact(__m512i v, __m512i pivot, int strict,
                                        uint64_t *low, uint64_t *highEnd) {
  __mmask8 up = strict ? _mm512_cmpgt_epu64_mask(v, pivot)
                       : _mm512_cmpge_epu64_mask(v, pivot);
  int ups = __builtin_popcount(up);
  _mm512_mask_compressstoreu_epi64(low, (__mmask8)~up, v);
  _mm512_mask_compressstoreu_epi64(highEnd - ups, up, v);
  return LANES - ups;
}

/* For each mask of the keys going up, the lane order that puts the others
 * first and them last (3 bits per lane). */
static uint32_t splitOrder[256];

__attribute__((constructor)) static void initSplitOrder(void) {
  for (int mask = 0; mask < 256; ++mask) {
    uint32_t order = 0;
    int at = 0;
    for (int pass = 0; pass < 2; ++pass)
      for (int i = 0; i < LANES; ++i)
        if (((mask >> i) & 1) == pass)
          order |= (uint32_t)i << (3 * at++);
    splitOrder[mask] = order;
  }
}

/* splitExact with two full stores of v reordered, when at least LANES
 * keys are free at `low` and below `highEnd`. */
static INLINE AVX512 int64_t split(__m512i v, __m512i pivot, int strict,
                                   uint64_t *low, uint64_t *highEnd) {
  __mmask8 up = strict ? _mm512_cmpgt_epu64_mask(v, pivot)
                       : _mm512_cmpge_epu64_mask(v, pivot);
  uint32_t order = splitOrder[up];
  __m512i idx = _mm512_srlv_epi64(_mm512_set1_epi64(order),
                                  _mm512_set_epi64(21, 18, 15, 12, 9, 6, 3, 0));
  __m512i w = _mm512_permutexvar_epi64(idx, v);
  _mm512_storeu_si512(low, w);
  _mm512_storeu_si512(highEnd - LANES, w);
  return LANES - __builtin_popcount(up);
}

/* Partitions keys[0..n) around `pivot`: keys below it first (at most it
 * when `strict`), then the rest; returns the size of the first part.
 * UNROLL registers at each end are held back so that every full store
 * lands on keys already read; each step reads UNROLL registers from the
 * side with less room, so that the branch choosing it is rarely taken
 * and loads run ahead of the stores. */
static AVX512 int64_t partition(uint64_t *keys, int64_t n, uint64_t pivot,
                                int strict) {
  int64_t left = 0, right = n;
  /* Peel keys one at a time until the rest is a multiple of LANES. */
  for (int64_t i = n % LANES; i > 0; --i) {
    int goesUp = strict ? keys[left] > pivot : keys[left] >= pivot;
    if (goesUp) {
      uint64_t t = keys[left];
      keys[left] = keys[--right];
      keys[right] = t;
    } else {
      ++left;
    }
  }
  int unroll = right - left >= 4 * UNROLL * LANES ? UNROLL : 1;
  if (right - left < 2 * LANES) {
    /* Too few for the held-back registers: finish one key at a time. */
    while (left < right) {
      int goesUp = strict ? keys[left] > pivot : keys[left] >= pivot;
      if (goesUp) {
        uint64_t t = keys[left];
        keys[left] = keys[--right];
        keys[right] = t;
      } else {
        ++left;
      }
    }
    return left;
  }
  const __m512i p = _mm512_set1_epi64((int64_t)pivot);
  __m512i held[2 * UNROLL];
  for (int i = 0; i < unroll; ++i) {
    held[i] = _mm512_loadu_si512(keys + left + i * LANES);
    held[unroll + i] = _mm512_loadu_si512(keys + right - (i + 1) * LANES);
  }
  /* Keys in [store, readLeft) and [readRight, highEnd) are free. */
  int64_t store = left, highEnd = right;
  int64_t readLeft = left + unroll * LANES, readRight = right - unroll * LANES;
  while (readRight - readLeft >= UNROLL * LANES && unroll == UNROLL) {
    __m512i v[UNROLL];
    if (highEnd - readRight < readLeft - store) {
      readRight -= UNROLL * LANES;
      for (int i = 0; i < UNROLL; ++i)
        v[i] = _mm512_loadu_si512(keys + readRight + i * LANES);
    } else {
      for (int i = 0; i < UNROLL; ++i)
        v[i] = _mm512_loadu_si512(keys + readLeft + i * LANES);
      readLeft += UNROLL * LANES;
    }
    for (int i = 0; i < UNROLL; ++i) {
      int64_t lows = split(v[i], p, strict, keys + store, keys + highEnd);
      store += lows;
      highEnd -= LANES - lows;
    }
  }
  while (readRight > readLeft) {
    __m512i v;
    if (highEnd - readRight < readLeft - store) {
      readRight -= LANES;
      v = _mm512_loadu_si512(keys + readRight);
    } else {
      v = _mm512_loadu_si512(keys + readLeft);
      readLeft += LANES;
    }
    int64_t lows = split(v, p, strict, keys + store, keys + highEnd);
    store += lows;
    highEnd -= LANES - lows;
  }
  for (int i = 0; i < 2 * unroll; ++i) {
    int64_t lows = splitExact(held[i], p, strict, keys + store, keys + highEnd);
    store += lows;
    highEnd -= LANES - lows;
  }
  return store;
}

/* The median of 32 keys spread over the range (sorted in registers). */
static AVX512 uint64_t choosePivot(const uint64_t *keys, int64_t n) {
  int64_t step = n / 32;
  __m512i r[4];
  __m512i lanes = _mm512_set_epi64(28, 24, 20, 16, 12, 8, 4, 0);
  for (int i = 0; i < 4; ++i) {
    __m512i at = _mm512_add_epi64(lanes, _mm512_set1_epi64(i));
    at = _mm512_mullo_epi64(at, _mm512_set1_epi64(step));
    r[i] = _mm512_i64gather_epi64(at, (const void *)keys, 8);
  }
  sortRegisters(r, 4);
  uint64_t sorted[4 * LANES];
  for (int i = 0; i < 4; ++i)
    _mm512_storeu_si512(sorted + i * LANES, r[i]);
  return sorted[2 * LANES];
}

static AVX512 void quicksort(uint64_t *keys, int64_t n, int depth) {
  while (n > NETWORK_MAX) {
    if (depth-- == 0) {
      heapSort(keys, n);
      return;
    }
    uint64_t pivot = choosePivot(keys, n);
    int64_t below = partition(keys, n, pivot, 0);
    if (below == 0) {
      /* The pivot is the smallest key: split off the keys equal to it,
       * which are done (at least the pivot itself is among them). */
      int64_t equal = partition(keys, n, pivot, 1);
      keys += equal;
      n -= equal;
      continue;
    }
    /* Recurse into the smaller side, loop on the larger one. */
    if (below < n - below) {
      quicksort(keys, below, depth);
      keys += below;
      n -= below;
    } else {
      quicksort(keys + below, n - below, depth);
      n = below;
    }
  }
  if (n > 1)
    sortNetwork(keys, n);
}

void nbcSortKeysAVX512(uint64_t *keys, int64_t n) {
  int depth = 2;
  for (int64_t m = n; m > 1; m >>= 1)
    depth += 2;
  quicksort(keys, n, depth);
}

#else

int nbcHasAVX512Sort(void) { return 0; }
void nbcSortKeysAVX512(uint64_t *keys, int64_t n) {
  (void)keys;
  (void)n;
}

#endif
