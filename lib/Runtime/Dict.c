/*===- Dict.c - Hash tables of nbc.dict and nbc.set
------------------------===*\
|*                                                                            *|
|* An open-addressing hash table in one buffer that the lowered code          *|
|* allocates (memref.alloc, so the buffer deallocation frees it as it frees   *|
|* arrays) and passes here by address. Layout, all int64:                     *|
|*   header:  capacity (slots, a power of 2), usable (entries), live count,   *|
|*            used entries (live + deleted), holes (deleted entries)         *|
|*   index:   capacity slots: -1 empty, -2 deleted, else an entry number      *|
|*   entries: usable entries {key bits, value bits, live flag}, in insertion  *|
|*            order, as CPython's compact dict                                *|
|* Keys and values travel as 64 bits: integers widened, floats as the bits    *|
|* of a double. Float keys compare as doubles (-0.0 == 0.0, NaN never         *|
|* equal: each NaN inserted is a new key, as distinct NaN objects in Python). *|
|* The lowering grows a full table: nbc_rt_dict_grow_capacity says how big,   *|
|* then nbc_rt_dict_rehash moves the live entries into the new buffer.        *|
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

enum { kEmpty = -1, kDeleted = -2, kMinCapacity = 8, kHeaderWords = 8 };
enum { kIntegerKey = 0, kFloatKey = 1 };

typedef struct {
  int64_t capacity, usable, count, used, holes;
  int64_t reserved[kHeaderWords - 5];
} Header;

typedef struct {
  uint64_t key, value;
  int64_t live;
} Entry;

static Header *header(intptr_t table) { return (Header *)table; }
static int64_t *slots(intptr_t table) {
  return (int64_t *)(table + sizeof(Header));
}
static Entry *entries(intptr_t table) {
  return (Entry *)(slots(table) + header(table)->capacity);
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

static uint64_t hashKey(uint64_t key, int64_t kind) {
  if (kind == kFloatKey && asDouble(key) == 0.0)
    key = 0; /* -0.0 == 0.0 */
  return mix(key);
}

static int sameKey(uint64_t a, uint64_t b, int64_t kind) {
  return kind == kFloatKey ? asDouble(a) == asDouble(b) : a == b;
}

NBC_EXPORT int64_t nbc_rt_dict_bytes(int64_t capacity) {
  return (int64_t)sizeof(Header) + capacity * (int64_t)sizeof(int64_t) +
         usableOf(capacity) * (int64_t)sizeof(Entry);
}

static void initTable(intptr_t table, int64_t capacity) {
  Header *h = header(table);
  memset(h, 0, sizeof *h);
  h->capacity = capacity;
  h->usable = usableOf(capacity);
  memset(slots(table), 0xff, (size_t)capacity * sizeof(int64_t)); /* -1 */
}

/* The slot holding `key`, or (-1 - the first free slot on its probe path)
 * when it is missing. */
static int64_t probe(intptr_t table, uint64_t key, int64_t kind) {
  Header *h = header(table);
  int64_t *s = slots(table);
  Entry *e = entries(table);
  uint64_t mask = (uint64_t)h->capacity - 1;
  uint64_t hash = hashKey(key, kind), perturb = hash;
  uint64_t i = hash & mask;
  int64_t freeSlot = -1;
  for (;;) {
    int64_t at = s[i];
    if (at == kEmpty)
      return -1 - (freeSlot >= 0 ? freeSlot : (int64_t)i);
    if (at == kDeleted) {
      if (freeSlot < 0)
        freeSlot = (int64_t)i;
    } else if (sameKey(e[at].key, key, kind)) {
      return (int64_t)i;
    }
    perturb >>= 5; /* CPython's probe sequence: visits every slot */
    i = (i * 5 + perturb + 1) & mask;
  }
}

/* The entry number of `key`, -1 when missing. */
static int64_t findEntry(intptr_t table, uint64_t key, int64_t kind) {
  int64_t slot = probe(table, key, kind);
  return slot < 0 ? -1 : slots(table)[slot];
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

/* Inserts or replaces; the caller made room (nbc_rt_dict_grow_capacity). */
static void insertKey(intptr_t table, uint64_t key, int64_t kind,
                      uint64_t value) {
  Header *h = header(table);
  int64_t slot = probe(table, key, kind);
  if (slot >= 0) {
    entries(table)[slots(table)[slot]].value = value;
    return;
  }
  int64_t at = h->used++;
  entries(table)[at] = (Entry){key, value, 1};
  slots(table)[-1 - slot] = at;
  ++h->count;
}

/* Moves the live entries of `from`, in order, into the empty `to`. */
static void rehash(intptr_t from, intptr_t to, int64_t capacity, int64_t kind) {
  initTable(to, capacity);
  Header *h = header(from);
  Entry *e = entries(from);
  for (int64_t i = 0; i < h->used; ++i)
    if (e[i].live)
      insertKey(to, e[i].key, kind, e[i].value);
}

/* Removes `key`; 1 when it was there. */
static int64_t removeKey(intptr_t table, uint64_t key, int64_t kind) {
  int64_t slot = probe(table, key, kind);
  if (slot < 0)
    return 0;
  Header *h = header(table);
  int64_t *s = slots(table);
  entries(table)[s[slot]].live = 0;
  s[slot] = kDeleted;
  --h->count;
  ++h->holes;
  return 1;
}

/* Closes the holes deleted keys left in the entries (keeping their order)
 * and rebuilds the index, so that entry i is the i-th live key. */
static void compact(intptr_t table, int64_t kind) {
  Header *h = header(table);
  Entry *e = entries(table);
  int64_t n = 0;
  for (int64_t i = 0; i < h->used; ++i)
    if (e[i].live)
      e[n++] = e[i];
  h->used = n;
  h->holes = 0;
  memset(slots(table), 0xff, (size_t)h->capacity * sizeof(int64_t));
  for (int64_t i = 0; i < n; ++i)
    slots(table)[-1 - probe(table, e[i].key, kind)] = i;
}

/* The i-th live entry (0 <= i < len) in insertion order. */
static Entry *nth(intptr_t table, int64_t i, int64_t kind) {
  if (header(table)->holes)
    compact(table, kind);
  return &entries(table)[i];
}

/*===-- What the lowered code calls (DictToMemRef.cpp)
 * ---------------------===*/

NBC_EXPORT void nbc_rt_dict_init(TABLE(t), int64_t capacity) {
  initTable(ADDRESS(t), capacity);
}

/* Removes every key; the table keeps its capacity. */
NBC_EXPORT void nbc_rt_dict_clear(TABLE(t)) {
  initTable(ADDRESS(t), header(ADDRESS(t))->capacity);
}

NBC_EXPORT int64_t nbc_rt_dict_grow_capacity(TABLE(t)) {
  return growCapacity(ADDRESS(t));
}

NBC_EXPORT void nbc_rt_dict_rehash(TABLE(from), TABLE(to), int64_t capacity,
                                   int64_t kind) {
  rehash(ADDRESS(from), ADDRESS(to), capacity, kind);
}

NBC_EXPORT void nbc_rt_dict_insert(TABLE(t), uint64_t key, int64_t kind,
                                   uint64_t value) {
  insertKey(ADDRESS(t), key, kind, value);
}

/* The entry number of `key`, -1 when missing. */
NBC_EXPORT int64_t nbc_rt_dict_find(TABLE(t), uint64_t key, int64_t kind) {
  return findEntry(ADDRESS(t), key, kind);
}

/* The value of entry `entry` (from nbc_rt_dict_find), `fallback` for -1. */
NBC_EXPORT uint64_t nbc_rt_dict_value(TABLE(t), int64_t entry,
                                      uint64_t fallback) {
  return entry < 0 ? fallback : entries(ADDRESS(t))[entry].value;
}

NBC_EXPORT int64_t nbc_rt_dict_remove(TABLE(t), uint64_t key, int64_t kind) {
  return removeKey(ADDRESS(t), key, kind);
}

NBC_EXPORT int64_t nbc_rt_dict_len(TABLE(t)) {
  return header(ADDRESS(t))->count;
}

/* The key and value of the i-th live entry (0 <= i < len), in insertion
 * order. */
NBC_EXPORT uint64_t nbc_rt_dict_key_at(TABLE(t), int64_t i, int64_t kind) {
  return nth(ADDRESS(t), i, kind)->key;
}

NBC_EXPORT uint64_t nbc_rt_dict_value_at(TABLE(t), int64_t i, int64_t kind) {
  return nth(ADDRESS(t), i, kind)->value;
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
    uint64_t h = hashKey(arraySlotKey(words, i, slotWords), kind) & *mask;
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
  uint64_t h = hashKey(key, kind) & mask;
  while (index[h] != kEmpty &&
         !sameKey(arraySlotKey(words, index[h], slotWords), key, kind))
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
