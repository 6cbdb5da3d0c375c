/*===- Dict.c - Hash tables of nbc.dict and nbc.set ----------------------===*\
|*                                                                            *|
|* An open-addressing hash table in one buffer that the lowered code          *|
|* allocates (memref.alloc, so the buffer deallocation frees it as it frees   *|
|* arrays) and passes here by address. Layout, all int64:                     *|
|*   header:  capacity (slots, a power of 2), usable (entries), live count,   *|
|*            used entries (live + deleted), holes (deleted entries), key     *|
|*            words, value words, float mask (bit i: key word i is a float)  *|
|*   index:   capacity slots: -1 empty, -2 deleted, else an entry number      *|
|*   entries: usable entries {key words, value words, live flag}, in          *|
|*            insertion order, as CPython's compact dict                      *|
|* A scalar is one 64-bit word: integers widened, floats as the bits of a     *|
|* double; a tuple key or value is one word per field (at most kMaxWords),    *|
|* passed as kMaxWords arguments (the unused ones ignored). Float words       *|
|* compare as doubles (-0.0 == 0.0, NaN never equal: each NaN inserted is a   *|
|* new key, as distinct NaN objects in Python). The lowering grows a full     *|
|* table: nbc_rt_dict_grow_capacity says how big, then nbc_rt_dict_rehash     *|
|* moves the live entries into the new buffer. The lowering also reads the    *|
|* header and reads and writes a present key's value inline (DictCalls.h      *|
|* mirrors this layout).                                                      *|
|*                                                                            *|
\*===----------------------------------------------------------------------===*/

#include <stdint.h>
#include <string.h>

#define NBC_EXPORT __attribute__((visibility("default")))

/* A table arrives as the lowered memref<?xi8> it lives in: allocated and
 * aligned pointers, offset, size, stride (MLIR's calling convention). */
#define TABLE(name)                                                            \
  void *name##Allocated, char *name##Aligned, int64_t name##Offset,            \
      int64_t name##Size, int64_t name##Stride
#define ADDRESS(name) ((intptr_t)(name##Aligned + name##Offset))
/* A key or value: kMaxWords words. */
#define WORDS(p) uint64_t p##0, uint64_t p##1, uint64_t p##2, uint64_t p##3
#define WORD_ARRAY(p)                                                          \
  { p##0, p##1, p##2, p##3 }

enum { kEmpty = -1, kDeleted = -2, kMinCapacity = 8, kMaxWords = 4 };
enum { kIntegerKey = 0, kFloatKey = 1 };

typedef struct {
  int64_t capacity, usable, count, used, holes, keyWords, valueWords;
  uint64_t floatMask;
} Header;

static Header *header(intptr_t table) { return (Header *)table; }
static int64_t *slots(intptr_t table) {
  return (int64_t *)(table + sizeof(Header));
}
/* Words an entry takes: its key, its value, the live flag. */
static int64_t entryWords(const Header *h) {
  return h->keyWords + h->valueWords + 1;
}
static uint64_t *entry(intptr_t table, int64_t at) {
  Header *h = header(table);
  return (uint64_t *)(slots(table) + h->capacity) + at * entryWords(h);
}
static uint64_t *liveFlag(intptr_t table, int64_t at) {
  Header *h = header(table);
  return entry(table, at) + h->keyWords + h->valueWords;
}

static int64_t usableOf(int64_t capacity) { return capacity * 2 / 3; }

static double asDouble(uint64_t bits) {
  double d;
  memcpy(&d, &bits, sizeof d);
  return d;
}

static uint64_t mix(uint64_t x) { /* splitmix64's finaliser */
  x ^= x >> 30;
  x *= 0xbf58476d1ce4e5b9ULL;
  x ^= x >> 27;
  x *= 0x94d049bb133111ebULL;
  return x ^ (x >> 31);
}

static uint64_t hashWord(uint64_t word, int64_t kind) {
  if (kind == kFloatKey && asDouble(word) == 0.0)
    word = 0; /* -0.0 == 0.0 */
  return mix(word);
}

static int sameWord(uint64_t a, uint64_t b, int64_t kind) {
  return kind == kFloatKey ? asDouble(a) == asDouble(b) : a == b;
}

static int64_t wordKind(uint64_t floatMask, int64_t i) {
  return (floatMask >> i) & 1 ? kFloatKey : kIntegerKey;
}

/* A tuple's words are combined as CPython's tuple hash does (xxHash's
 * round over the fields' hashes); a scalar key is its word's hash. */
static uint64_t hashKey(const uint64_t *key, int64_t words,
                        uint64_t floatMask) {
  /* A scalar integer is its own hash, as in CPython: keys of a small range
   * take distinct slots (the probe's perturbation brings in the high bits
   * for keys that share their low ones). Tuple fields are mixed first:
   * small fields would otherwise collide more often. */
  if (words == 1)
    return floatMask ? hashWord(key[0], kFloatKey) : key[0];
  const uint64_t prime1 = 11400714785074694791ULL,
                 prime2 = 14029467366897019727ULL,
                 prime5 = 2870177450012600261ULL;
  uint64_t acc = prime5;
  for (int64_t i = 0; i < words; ++i) {
    acc += hashWord(key[i], wordKind(floatMask, i)) * prime2;
    acc = (acc << 31) | (acc >> 33);
    acc *= prime1;
  }
  return acc + ((uint64_t)words ^ (prime5 ^ 3527539ULL));
}

static int sameKey(const uint64_t *a, const uint64_t *b, int64_t words,
                   uint64_t floatMask) {
  if (!floatMask) { /* integer words: equal bits */
    int64_t i = 0;
    while (i < words && a[i] == b[i])
      ++i;
    return i == words;
  }
  for (int64_t i = 0; i < words; ++i)
    if (!sameWord(a[i], b[i], wordKind(floatMask, i)))
      return 0;
  return 1;
}

NBC_EXPORT int64_t nbc_rt_dict_bytes(int64_t capacity, int64_t keyWords,
                                     int64_t valueWords) {
  return (int64_t)sizeof(Header) + capacity * (int64_t)sizeof(int64_t) +
         usableOf(capacity) * (keyWords + valueWords + 1) *
             (int64_t)sizeof(uint64_t);
}

static void initTable(intptr_t table, int64_t capacity, int64_t keyWords,
                      int64_t valueWords, uint64_t floatMask) {
  Header *h = header(table);
  memset(h, 0, sizeof *h);
  h->capacity = capacity;
  h->usable = usableOf(capacity);
  h->keyWords = keyWords;
  h->valueWords = valueWords;
  h->floatMask = floatMask;
  memset(slots(table), 0xff, (size_t)capacity * sizeof(int64_t)); /* -1 */
}

/* The slot holding `key`, or (-1 - the first free slot on its probe path)
 * when it is missing. Inlined into its callers: a lookup is this loop. */
static inline __attribute__((always_inline)) int64_t
probe(intptr_t table, const uint64_t *key) {
  Header *h = header(table);
  int64_t *s = slots(table);
  int64_t words = h->keyWords, stride = entryWords(h);
  uint64_t floatMask = h->floatMask;
  const uint64_t *e = entry(table, 0);
  uint64_t mask = (uint64_t)h->capacity - 1;
  uint64_t hash = hashKey(key, words, floatMask), perturb = hash;
  uint64_t i = hash & mask;
  int64_t freeSlot = -1;
  if (words == 1 && !floatMask) { /* the common integer key: one compare */
    for (;;) {
      int64_t at = s[i];
      if (at == kEmpty)
        return -1 - (freeSlot >= 0 ? freeSlot : (int64_t)i);
      if (at == kDeleted) {
        if (freeSlot < 0)
          freeSlot = (int64_t)i;
      } else if (e[at * stride] == key[0]) {
        return (int64_t)i;
      }
      perturb >>= 5;
      i = (i * 5 + perturb + 1) & mask;
    }
  }
  for (;;) {
    int64_t at = s[i];
    if (at == kEmpty)
      return -1 - (freeSlot >= 0 ? freeSlot : (int64_t)i);
    if (at == kDeleted) {
      if (freeSlot < 0)
        freeSlot = (int64_t)i;
    } else if (sameKey(e + at * stride, key, words, floatMask)) {
      return (int64_t)i;
    }
    perturb >>= 5; /* CPython's probe sequence: visits every slot */
    i = (i * 5 + perturb + 1) & mask;
  }
}

/* 0 when one more key fits, else the capacity of the table to move to:
 * room for 1.5 times the live keys and one more (deleted entries are
 * dropped by the move). */
static int64_t growCapacity(intptr_t table) {
  Header *h = header(table);
  if (h->used < h->usable)
    return 0;
  int64_t capacity = kMinCapacity;
  while (usableOf(capacity) <= h->count * 3 / 2 + 1)
    capacity *= 2;
  return capacity;
}

/* Binds the missing `key` to `value` in a new entry, indexed at the free
 * `slot` its probe found; the caller made room. */
static inline __attribute__((always_inline)) void
appendKey(intptr_t table, int64_t slot, const uint64_t *key,
          const uint64_t *value) {
  Header *h = header(table);
  int64_t at = h->used++;
  uint64_t *e = entry(table, at);
  if (h->keyWords == 1 && h->valueWords == 1) {
    e[0] = key[0];
    e[1] = *value;
  } else {
    memcpy(e, key, (size_t)h->keyWords * sizeof(uint64_t));
    memcpy(e + h->keyWords, value, (size_t)h->valueWords * sizeof(uint64_t));
  }
  *liveFlag(table, at) = 1;
  slots(table)[slot] = at;
  ++h->count;
}

/* Inserts or replaces; the caller made room (nbc_rt_dict_grow_capacity). */
static inline __attribute__((always_inline)) void
insertKey(intptr_t table, const uint64_t *key, const uint64_t *value) {
  Header *h = header(table);
  int64_t slot = probe(table, key);
  if (slot >= 0) {
    uint64_t *e = entry(table, slots(table)[slot]) + h->keyWords;
    if (h->valueWords == 1)
      *e = *value;
    else
      memcpy(e, value, (size_t)h->valueWords * sizeof(uint64_t));
    return;
  }
  appendKey(table, -1 - slot, key, value);
}

/* Moves the live entries of `from`, in order, into the empty `to`. */
static void rehash(intptr_t from, intptr_t to, int64_t capacity) {
  Header *h = header(from);
  initTable(to, capacity, h->keyWords, h->valueWords, h->floatMask);
  for (int64_t i = 0; i < h->used; ++i)
    if (*liveFlag(from, i))
      insertKey(to, entry(from, i), entry(from, i) + h->keyWords);
}

/* Removes `key`; 1 when it was there. */
static int64_t removeKey(intptr_t table, const uint64_t *key) {
  int64_t slot = probe(table, key);
  if (slot < 0)
    return 0;
  Header *h = header(table);
  int64_t *s = slots(table);
  *liveFlag(table, s[slot]) = 0;
  s[slot] = kDeleted;
  --h->count;
  ++h->holes;
  return 1;
}

/* Closes the holes deleted keys left in the entries (keeping their order)
 * and rebuilds the index, so that entry i is the i-th live key. */
static void compact(intptr_t table) {
  Header *h = header(table);
  size_t bytes = (size_t)entryWords(h) * sizeof(uint64_t);
  int64_t n = 0;
  for (int64_t i = 0; i < h->used; ++i)
    if (*liveFlag(table, i))
      memmove(entry(table, n++), entry(table, i), bytes);
  h->used = n;
  h->holes = 0;
  memset(slots(table), 0xff, (size_t)h->capacity * sizeof(int64_t));
  for (int64_t i = 0; i < n; ++i)
    slots(table)[-1 - probe(table, entry(table, i))] = i;
}

/* The i-th live entry (0 <= i < len) in insertion order. */
static uint64_t *nth(intptr_t table, int64_t i) {
  if (header(table)->holes)
    compact(table);
  return entry(table, i);
}

/*===-- What the lowered code calls (DictToMemRef.cpp) -------------------===*/

NBC_EXPORT void nbc_rt_dict_init(TABLE(t), int64_t capacity, int64_t keyWords,
                                 int64_t valueWords, uint64_t floatMask) {
  initTable(ADDRESS(t), capacity, keyWords, valueWords, floatMask);
}

/* Removes every key; the table keeps its capacity. */
NBC_EXPORT void nbc_rt_dict_clear(TABLE(t)) {
  Header *h = header(ADDRESS(t));
  initTable(ADDRESS(t), h->capacity, h->keyWords, h->valueWords, h->floatMask);
}

NBC_EXPORT int64_t nbc_rt_dict_grow_capacity(TABLE(t)) {
  return growCapacity(ADDRESS(t));
}

NBC_EXPORT void nbc_rt_dict_rehash(TABLE(from), TABLE(to), int64_t capacity) {
  rehash(ADDRESS(from), ADDRESS(to), capacity);
}

NBC_EXPORT void nbc_rt_dict_insert(TABLE(t), WORDS(k), WORDS(v)) {
  uint64_t key[kMaxWords] = WORD_ARRAY(k), value[kMaxWords] = WORD_ARRAY(v);
  insertKey(ADDRESS(t), key, value);
}

/* The entry number of `key`, or (-1 - the free slot its insertion takes)
 * when it is missing: the lowering reads and writes a present key's value
 * in place, and binds a missing one with nbc_rt_dict_insert_missing. */
NBC_EXPORT int64_t nbc_rt_dict_lookup(TABLE(t), WORDS(k)) {
  uint64_t key[kMaxWords] = WORD_ARRAY(k);
  intptr_t table = ADDRESS(t);
  int64_t slot = probe(table, key);
  return slot < 0 ? slot : slots(table)[slot];
}

/* Binds the missing `key` to `value`, `missing` being what
 * nbc_rt_dict_lookup returned with nothing written since; the caller made
 * room. */
NBC_EXPORT void nbc_rt_dict_insert_missing(TABLE(t), int64_t missing,
                                           WORDS(k), WORDS(v)) {
  uint64_t key[kMaxWords] = WORD_ARRAY(k), value[kMaxWords] = WORD_ARRAY(v);
  appendKey(ADDRESS(t), -1 - missing, key, value);
}

NBC_EXPORT int64_t nbc_rt_dict_remove(TABLE(t), WORDS(k)) {
  uint64_t key[kMaxWords] = WORD_ARRAY(k);
  return removeKey(ADDRESS(t), key);
}

NBC_EXPORT int64_t nbc_rt_dict_len(TABLE(t)) {
  return header(ADDRESS(t))->count;
}

/* Word `word` of the key and of the value of the i-th live entry (0 <= i <
 * len), in insertion order. */
NBC_EXPORT uint64_t nbc_rt_dict_key_at(TABLE(t), int64_t i, int64_t word) {
  return nth(ADDRESS(t), i)[word];
}

NBC_EXPORT uint64_t nbc_rt_dict_value_at(TABLE(t), int64_t i, int64_t word) {
  intptr_t table = ADDRESS(t);
  return nth(table, i)[header(table)->keyWords + word];
}

/* Dicts of arrays (lib/Conversion/NBCToCore/ArrayDictToMemRef.cpp) live in
 * the buffer of a list of arrays: 4 header words (length, slot capacity,
 * data bytes used, slots indexed), then `capacity` slots of `slotWords`
 * words in insertion order, the key's bits in each slot's last word, then
 * a hash index of 2 * capacity words (a power of 2; -1 empty, else a slot
 * number, linear probing). The index covers the first `indexed` slots:
 * a lookup first adds the slots appended since (keys are distinct), and
 * rebuilds it when the lowering reset `indexed` to 0 (growth, clear) or a
 * removal did. */
enum { kArrayListHeaderWords = 4 };

static int64_t *arraySlot(int64_t *words, int64_t i, int64_t slotWords) {
  return words + kArrayListHeaderWords + i * slotWords;
}

static uint64_t arraySlotKey(int64_t *words, int64_t i, int64_t slotWords) {
  return (uint64_t)arraySlot(words, i, slotWords)[slotWords - 1];
}

/* The index and its mask, brought up to date with the slots. */
static int64_t *arrayIndex(int64_t *words, int64_t kind, int64_t slotWords,
                           uint64_t *mask) {
  int64_t length = words[0], capacity = words[1];
  int64_t *index = arraySlot(words, capacity, slotWords);
  *mask = (uint64_t)(2 * capacity) - 1;
  if (words[3] <= 0 || words[3] > length) {
    memset(index, 0xff, (size_t)(2 * capacity) * sizeof(int64_t)); /* -1 */
    words[3] = 0;
  }
  for (int64_t i = words[3]; i < length; ++i) {
    uint64_t h = hashWord(arraySlotKey(words, i, slotWords), kind) & *mask;
    while (index[h] != kEmpty)
      h = (h + 1) & *mask;
    index[h] = i;
  }
  words[3] = length;
  return index;
}

/* The index position of `key`'s slot, or of the empty entry ending its
 * probe when it is missing. */
static uint64_t arrayProbe(int64_t *words, int64_t *index, uint64_t mask,
                           uint64_t key, int64_t kind, int64_t slotWords) {
  uint64_t h = hashWord(key, kind) & mask;
  while (index[h] != kEmpty &&
         !sameWord(arraySlotKey(words, index[h], slotWords), key, kind))
    h = (h + 1) & mask;
  return h;
}

/* The slot of `key`, -1 when missing. */
NBC_EXPORT int64_t nbc_rt_array_dict_find(TABLE(t), uint64_t key, int64_t kind,
                                          int64_t slotWords) {
  int64_t *words = (int64_t *)ADDRESS(t);
  uint64_t mask;
  int64_t *index = arrayIndex(words, kind, slotWords, &mask);
  return index[arrayProbe(words, index, mask, key, kind, slotWords)];
}

/* Removes `key`'s slot (the later ones move down, keeping their order; the
 * data stays where it is; the index is rebuilt at the next lookup); 1 when
 * it was there. */
NBC_EXPORT int64_t nbc_rt_array_dict_remove(TABLE(t), uint64_t key,
                                            int64_t kind, int64_t slotWords) {
  int64_t *words = (int64_t *)ADDRESS(t);
  int64_t i = nbc_rt_array_dict_find(tAllocated, tAligned, tOffset, tSize,
                                     tStride, key, kind, slotWords);
  if (i < 0)
    return 0;
  memmove(arraySlot(words, i, slotWords), arraySlot(words, i + 1, slotWords),
          (size_t)((words[0] - i - 1) * slotWords) * sizeof(int64_t));
  --words[0];
  words[3] = 0;
  return 1;
}
