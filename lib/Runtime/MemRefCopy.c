//===- MemRefCopy.c - Strided copies for lowered memref.copy --------------===//
//
// MLIR lowers a memref.copy between non-contiguous memrefs to a call of
// `memrefCopy`, which upstream ships in libmlir_c_runner_utils. Kernels
// must not depend on a test library, so the nbc runtime has its own, with the
// same ABI (unranked descriptors: rank and a pointer to the ranked one).
//
//===----------------------------------------------------------------------===//

#include <stdint.h>
#include <string.h>

typedef struct {
  int64_t rank;
  void *descriptor;
} UnrankedMemRef;

// A ranked descriptor: allocated, aligned, offset, sizes[rank], strides[rank].
typedef struct {
  char *allocated;
  char *aligned;
  int64_t offset;
  int64_t sizesAndStrides[];
} RankedMemRef;

void memrefCopy(int64_t elementSize, UnrankedMemRef *src, UnrankedMemRef *dst) {
  int64_t rank = src->rank;
  const RankedMemRef *s = (const RankedMemRef *)src->descriptor;
  const RankedMemRef *d = (const RankedMemRef *)dst->descriptor;
  const int64_t *sizes = s->sizesAndStrides;
  const int64_t *srcStrides = s->sizesAndStrides + rank;
  const int64_t *dstStrides = d->sizesAndStrides + rank;
  char *srcBase = s->aligned + s->offset * elementSize;
  char *dstBase = d->aligned + d->offset * elementSize;
  for (int64_t dim = 0; dim < rank; ++dim)
    if (sizes[dim] == 0)
      return;
  if (rank == 0) {
    memcpy(dstBase, srcBase, (size_t)elementSize);
    return;
  }
  // Odometer over all indices; the innermost dimension moves fastest.
  int64_t index[rank];
  memset(index, 0, sizeof(index));
  int64_t srcOffset = 0, dstOffset = 0;
  for (;;) {
    memcpy(dstBase + dstOffset * elementSize, srcBase + srcOffset * elementSize,
           (size_t)elementSize);
    int64_t dim = rank - 1;
    for (; dim >= 0; --dim) {
      srcOffset += srcStrides[dim];
      dstOffset += dstStrides[dim];
      if (++index[dim] < sizes[dim])
        break;
      srcOffset -= srcStrides[dim] * sizes[dim];
      dstOffset -= dstStrides[dim] * sizes[dim];
      index[dim] = 0;
    }
    if (dim < 0)
      return;
  }
}
