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

/* Arrays at least this large get 2 MiB alignment and MADV_HUGEPAGE. It is
 * glibc's largest mmap threshold: smaller blocks come back from the heap,
 * already faulted in, when a kernel runs again (huge-page advice there made
 * repeated 8 MB allocations 2-3x slower); larger ones are fresh mmaps at
 * every call, whose faults 2 MiB pages cut by 512 (2-3x faster). */
enum { kHugeThreshold = 32 << 20, kHugePage = 2 << 20 };

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
  int huge = bytes >= kHugeThreshold;
  if (huge && alignment < kHugePage)
    alignment = kHugePage;
  void *ptr = NULL;
  if (posix_memalign(&ptr, (size_t)alignment, (size_t)bytes) != 0)
    return NULL;
#ifdef MADV_HUGEPAGE
  if (huge)
    (void)madvise(ptr, (size_t)bytes & ~(size_t)(kHugePage - 1),
                  MADV_HUGEPAGE);
#endif
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
  return malloc((size_t)bytes);
}

NBC_EXPORT void nbc_rt_free(void *ptr) { free(ptr); }
