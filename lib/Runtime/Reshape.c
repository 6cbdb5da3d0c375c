/*===- Reshape.c - NumPy's no-copy reshape ---------------------------------===*\
|*                                                                            *|
|* nbc.reshape of a non-contiguous array asks whether NumPy would return a    *|
|* view (_attempt_nocopy_reshape in numpy/_core/src/multiarray/shape.c, C     *|
|* order) and for the view's strides. The sizes and strides travel in one     *|
|* buffer of int64 (the lowering's stack memory), strides in elements.       *|
|*                                                                            *|
\*===----------------------------------------------------------------------===*/

#include <stdint.h>

#define NBC_EXPORT __attribute__((visibility("default")))

/* `buffer` holds the old sizes, old strides, new sizes, new strides
 * (oldRank, oldRank, newRank, newRank int64 each); both shapes have the same
 * number of elements, at least one. Returns 1 and fills the new strides when
 * the old array can be viewed with the new sizes, else 0 (strides zeroed). */
NBC_EXPORT int64_t nbc_rt_reshape_strides(int64_t oldRank, int64_t newRank,
                                          intptr_t buffer) {
  int64_t *data = (int64_t *)buffer;
  const int64_t *allDims = data, *allStrides = data + oldRank;
  const int64_t *newDims = data + 2 * oldRank;
  int64_t *newStrides = data + 2 * oldRank + newRank;
  int64_t oldDims[64], oldStrides[64];
  int64_t oldNd = 0;
  if (oldRank > 64)
    goto fail;
  /* Axes of extent 1 do not matter: their strides are arbitrary. */
  for (int64_t i = 0; i < oldRank; ++i)
    if (allDims[i] != 1) {
      oldDims[oldNd] = allDims[i];
      oldStrides[oldNd++] = allStrides[i];
    }
  int64_t oi = 0, oj = 1, ni = 0, nj = 1;
  while (ni < newRank && oi < oldNd) {
    int64_t np = newDims[ni], op = oldDims[oi];
    while (np != op) {
      if (np < op) {
        if (nj >= newRank)
          goto fail;
        np *= newDims[nj++];
      } else {
        if (oj >= oldNd)
          goto fail;
        op *= oldDims[oj++];
      }
    }
    /* The old axes oi..oj-1 must be one strided run to be merged. */
    for (int64_t ok = oi; ok < oj - 1; ++ok)
      if (oldStrides[ok] != oldDims[ok + 1] * oldStrides[ok + 1])
        goto fail;
    newStrides[nj - 1] = oldStrides[oj - 1];
    for (int64_t nk = nj - 1; nk > ni; --nk)
      newStrides[nk - 1] = newStrides[nk] * newDims[nk];
    ni = nj++;
    oi = oj++;
  }
  /* Trailing new axes of extent 1. */
  int64_t last = ni >= 1 ? newStrides[ni - 1] : 1;
  for (int64_t nk = ni; nk < newRank; ++nk)
    newStrides[nk] = last;
  return 1;
fail:
  for (int64_t nk = 0; nk < newRank; ++nk)
    newStrides[nk] = 0;
  return 0;
}
