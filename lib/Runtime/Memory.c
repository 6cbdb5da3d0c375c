/*===- Memory.c - Array allocation for compiled kernels -------------------===*\
|*                                                                            *|
|* Aligned allocation for arrays that kernels create; large arrays ask the    *|
|* kernel for transparent huge pages (fewer TLB misses on big sweeps). Arrays *|
|* returned to a caller are freed with nbc_rt_free, which also accepts       *|
|* memory from malloc (what memref.alloc lowers to).                          *|
|*                                                                            *|
\*===----------------------------------------------------------------------===*/

#define _GNU_SOURCE
#include <stdint.h>
#include <stdlib.h>
#include <sys/mman.h>

#define NBC_EXPORT __attribute__((visibility("default")))

/* Arrays from kMadviseThreshold on (NumPy's threshold) ask for transparent
 * huge pages: a block malloc maps afresh is then faulted in 2 MiB at a time,
 * 512x fewer faults (two 30 MB grids a call: 15,600 faults, 3x the time of
 * copying them, before). The advice leaves malloc's choice of block alone:
 * one reused from the heap, already faulted in, costs nothing more (forcing
 * 2 MiB alignment there made repeated 8 MB allocations fresh mmaps, 2-3x
 * slower). Blocks from kHugeThreshold on (glibc's largest mmap threshold,
 * so always fresh mmaps) are also 2 MiB aligned, so every page can be huge. */
enum {
  kMadviseThreshold = 4 << 20,
  kHugeThreshold = 32 << 20,
  kHugePage = 2 << 20,
  kPage = 4096
};

/* Advises huge pages for the whole pages of [ptr, ptr + bytes). */
static void adviseHugePages(void *ptr, int64_t bytes) {
#ifdef MADV_HUGEPAGE
  uintptr_t begin = ((uintptr_t)ptr + kPage - 1) & ~(uintptr_t)(kPage - 1);
  uintptr_t end = ((uintptr_t)ptr + (uintptr_t)bytes) & ~(uintptr_t)(kPage - 1);
  if (end > begin)
    (void)madvise((void *)begin, end - begin, MADV_HUGEPAGE);
#else
  (void)ptr;
  (void)bytes;
#endif
}

NBC_EXPORT void *nbc_rt_alloc(int64_t bytes, int64_t alignment) {
  if (bytes < 0)
    return NULL;
  if (bytes == 0)
    bytes = 1;
  if (alignment < (int64_t)sizeof(void *))
    alignment = sizeof(void *);
  /* posix_memalign needs a power of two. */
  if (alignment & (alignment - 1))
    return NULL;
  if (bytes >= kHugeThreshold && alignment < kHugePage)
    alignment = kHugePage;
  void *ptr = NULL;
  if (posix_memalign(&ptr, (size_t)alignment, (size_t)bytes) != 0)
    return NULL;
  if (bytes >= kMadviseThreshold)
    adviseHugePages(ptr, bytes);
  return ptr;
}

/* What compiled kernels call instead of malloc (the JIT and AOT objects
 * alike): huge-page friendly for big arrays, plain malloc otherwise. NULL
 * when the block cannot be granted (a negative size included); compiled
 * code checks the result and raises MemoryError. */
NBC_EXPORT void *nbc_rt_malloc(int64_t bytes) {
  if (bytes < 0)
    return NULL;
  if (bytes >= kHugeThreshold)
    return nbc_rt_alloc(bytes, kHugePage);
  void *ptr = malloc((size_t)bytes);
  if (ptr && bytes >= kMadviseThreshold)
    adviseHugePages(ptr, bytes);
  return ptr;
}

NBC_EXPORT void nbc_rt_free(void *ptr) { free(ptr); }
