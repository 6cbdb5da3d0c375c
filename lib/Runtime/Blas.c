/*===- Blas.c - Matrix products through a BLAS found at run time ----------===*\
|*                                                                            *|
|* Compiled `a @ b` on float32/float64 calls nbc_rt_blas_[sd]matmul, which    *|
|* hands the product to the Fortran BLAS (dgemm_/dgemv_/sgemm_/sgemv_) of a   *|
|* library opened with dlopen() on first use, the same for JIT and AOT code:  *|
|* $NBC_BLAS when set (a path or soname; "none" disables BLAS), otherwise     *|
|* Debian's libopenblas.so.0, then libblas.so.3. When no library loads, or   *|
|* the product is too small to be worth a call, the functions return 0 and    *|
|* the kernel runs its own compiled loops instead.                            *|
|*                                                                            *|
\*===----------------------------------------------------------------------===*/

#define _GNU_SOURCE
#include "BlasLoader.h"
#include "nbc/Runtime/NBCRuntime.h"

#include <dlfcn.h>
#include <limits.h>
#include <pthread.h>
#include <stdint.h>
#include <stdlib.h>

#define NBC_EXPORT __attribute__((visibility("default")))

/* Below this many multiply-adds the compiled loops beat the call (the
 * BLAS's own dispatch, thread wake-up and any copies). */
enum { kMinFlops = 4096 };

/* A matrix operand as BLAS sees it: a column-major matrix (Fortran) that is
 * the row-major operand transposed ('N') or the operand itself ('T'). */
typedef struct {
  const void *data;
  char trans;
  int ld;
  void *copy; /* a contiguous copy to free, or NULL */
} Operand;

/* Describes the rows x cols row-major view at `data` with element strides
 * (s0, s1) for BLAS; copies it into a contiguous temporary when neither
 * stride is 1 (or one is negative). Returns 0 when memory runs out. */
static int prepare(Operand *op, const char *data, int64_t rows, int64_t cols,
                   int64_t s0, int64_t s1, size_t elementSize) {
  op->copy = NULL;
  /* A stride over an extent-1 axis is never followed. */
  if (cols == 1)
    s1 = 1;
  if (rows == 1)
    s0 = cols;
  if (s1 == 1 && s0 >= cols && s0 <= INT_MAX) {
    *op = (Operand){data, 'N', (int)(s0 > 1 ? s0 : 1), NULL};
    return 1;
  }
  if (s0 == 1 && s1 >= rows && s1 <= INT_MAX) {
    *op = (Operand){data, 'T', (int)(s1 > 1 ? s1 : 1), NULL};
    return 1;
  }
  char *copy = malloc((size_t)(rows * cols) * elementSize);
  if (!copy)
    return 0;
  for (int64_t i = 0; i < rows; ++i)
    for (int64_t j = 0; j < cols; ++j)
      __builtin_memcpy(copy + (i * cols + j) * elementSize,
                       data + (i * s0 + j * s1) * (int64_t)elementSize,
                       elementSize);
  *op = (Operand){copy, 'N', (int)(cols > 1 ? cols : 1), copy};
  return 1;
}

/* A vector operand: positive increment, or a contiguous copy. */
static const void *prepareVector(const char *data, int64_t len, int64_t stride,
                                 size_t elementSize, int *inc, void **copy) {
  *copy = NULL;
  if (len == 1)
    stride = 1;
  if (stride >= 1 && stride <= INT_MAX) {
    *inc = (int)stride;
    return data;
  }
  char *buffer = malloc((size_t)len * elementSize);
  if (!buffer)
    return NULL;
  for (int64_t i = 0; i < len; ++i)
    __builtin_memcpy(buffer + i * elementSize,
                     data + i * stride * (int64_t)elementSize, elementSize);
  *inc = 1;
  *copy = buffer;
  return buffer;
}

/* C(n,m) = A(n,k) B(k,m) through `blas`; 0 when memory for a copy runs
 * out. */
static int32_t product(const NBCBlas *blas, int isDouble, int64_t n, int64_t k,
                       int64_t m, const char *a, int64_t as0, int64_t as1,
                       const char *b, int64_t bs0, int64_t bs1, char *c,
                       int64_t cs0, int64_t cs1) {
  size_t size = isDouble ? sizeof(double) : sizeof(float);
  int ni = (int)n, ki = (int)k, mi = (int)m;
  double done = 1.0, dzero = 0.0;
  float sone = 1.0f, szero = 0.0f;
  const void *alpha = isDouble ? (const void *)&done : (const void *)&sone;
  const void *beta = isDouble ? (const void *)&dzero : (const void *)&szero;

  if (m == 1 || n == 1) {
    /* y = A x (m == 1) or y = B^T x (n == 1): one gemv. */
    int vecMat = m != 1;
    Operand mat;
    int64_t rows = vecMat ? k : n, cols = vecMat ? m : k;
    if (!prepare(&mat, vecMat ? b : a, rows, cols, vecMat ? bs0 : as0,
                 vecMat ? bs1 : as1, size))
      return 0;
    int incx, incy = 1;
    void *xCopy, *yCopy = NULL;
    const void *x = prepareVector(vecMat ? a : b, k, vecMat ? as1 : bs0, size,
                                  &incx, &xCopy);
    /* y is only written (beta = 0): a temporary needs no copy in. */
    int64_t ylen = vecMat ? m : n, ystride = vecMat ? cs1 : cs0;
    void *y = c;
    if (ylen > 1 && ystride >= 1 && ystride <= INT_MAX)
      incy = (int)ystride;
    else if (ylen > 1)
      y = yCopy = malloc((size_t)ylen * size);
    if (!x || !y) {
      free(mat.copy);
      free(xCopy);
      return 0;
    }
    /* Column-major, the operand is mat^T ('N') or mat ('T'); we want
     * mat x (m == 1) or mat^T x (n == 1). */
    int fm = (int)cols, fn = (int)rows; /* the column-major matrix's shape */
    char t = mat.trans == 'N' ? (vecMat ? 'N' : 'T') : (vecMat ? 'T' : 'N');
    if (mat.trans == 'T') {
      fm = (int)rows;
      fn = (int)cols;
    }
    if (isDouble)
      blas->dgemv(&t, &fm, &fn, alpha, mat.data, &mat.ld, x, &incx, beta, y,
                  &incy, 1);
    else
      blas->sgemv(&t, &fm, &fn, alpha, mat.data, &mat.ld, x, &incx, beta, y,
                  &incy, 1);
    if (yCopy) {
      for (int64_t i = 0; i < ylen; ++i)
        __builtin_memcpy(c + i * ystride * (int64_t)size,
                         (char *)yCopy + i * size, size);
    }
    free(mat.copy);
    free(xCopy);
    free(yCopy);
    return 1;
  }

  /* The result must be row-major with unit column stride: ours always is. */
  if (cs1 != 1 || cs0 < m || cs0 > INT_MAX)
    return 0;
  Operand lhs, rhs;
  if (!prepare(&lhs, a, n, k, as0, as1, size))
    return 0;
  if (!prepare(&rhs, b, k, m, bs0, bs1, size)) {
    free(lhs.copy);
    return 0;
  }
  /* Row-major C = A B is column-major C^T = B^T A^T. */
  int ldc = (int)cs0;
  if (isDouble)
    blas->dgemm(&rhs.trans, &lhs.trans, &mi, &ni, &ki, alpha, rhs.data,
                &rhs.ld, lhs.data, &lhs.ld, beta, c, &ldc, 1, 1);
  else
    blas->sgemm(&rhs.trans, &lhs.trans, &mi, &ni, &ki, alpha, rhs.data,
                &rhs.ld, lhs.data, &lhs.ld, beta, c, &ldc, 1, 1);
  free(lhs.copy);
  free(rhs.copy);
  return 1;
}

/* Whether the calling thread runs in an active OpenMP parallel region (a
 * prange loop of a kernel): libomp's omp_in_parallel, found once libomp is
 * loaded (no parallel region can run before). */
static int inParallelRegion(void) {
  static int (*inParallel)(void);
  int (*query)(void) = __atomic_load_n(&inParallel, __ATOMIC_ACQUIRE);
  if (!query) {
    static const char *const names[] = {"libomp.so.5", "libomp.so"};
    for (size_t i = 0; !query && i < sizeof(names) / sizeof(names[0]); ++i) {
      void *omp = dlopen(names[i], RTLD_LAZY | RTLD_NOLOAD);
      if (omp)
        query = (int (*)(void))dlsym(omp, "omp_in_parallel");
      if (omp)
        dlclose(omp); /* still loaded by whoever loaded it */
    }
    if (!query)
      query = (int (*)(void))dlsym(RTLD_DEFAULT, "omp_in_parallel");
    if (!query)
      return 0;
    __atomic_store_n(&inParallel, query, __ATOMIC_RELEASE);
  }
  return query();
}

/* Products inside a parallel region run the BLAS on one thread: the loop
 * already uses the cores, and OpenBLAS's pthreads build before 0.3.27 runs
 * concurrent threaded calls one at a time on its single thread pool (it
 * threads products above 64x64x64). With only the process-wide setter, the
 * first such caller sets one thread and the last one restores the count. */
static pthread_mutex_t threadsLock = PTHREAD_MUTEX_INITIALIZER;
static int singleThreadedCallers, savedThreads;

enum { kThreadsUnchanged, kThreadsLocal, kThreadsGlobal };

static int singleThreadedInParallel(const NBCBlas *blas, int *previous) {
  if (!(blas->setThreadsLocal || blas->setThreads) || !inParallelRegion())
    return kThreadsUnchanged;
  if (blas->setThreadsLocal) {
    *previous = blas->setThreadsLocal(1);
    return kThreadsLocal;
  }
  pthread_mutex_lock(&threadsLock);
  if (singleThreadedCallers++ == 0) {
    savedThreads = blas->getThreads();
    blas->setThreads(1);
  }
  pthread_mutex_unlock(&threadsLock);
  return kThreadsGlobal;
}

static void restoreThreads(const NBCBlas *blas, int mode, int previous) {
  if (mode == kThreadsLocal) {
    blas->setThreadsLocal(previous);
  } else if (mode == kThreadsGlobal) {
    pthread_mutex_lock(&threadsLock);
    if (--singleThreadedCallers == 0)
      blas->setThreads(savedThreads);
    pthread_mutex_unlock(&threadsLock);
  }
}

/* C(n,m) = A(n,k) B(k,m), strides in elements; see NBCRuntime.h. */
static int32_t matmul(int isDouble, int64_t n, int64_t k, int64_t m,
                      const char *a, int64_t as0, int64_t as1, const char *b,
                      int64_t bs0, int64_t bs1, char *c, int64_t cs0,
                      int64_t cs1) {
  if (n <= 0 || m <= 0 || k <= 0 || n > INT_MAX || m > INT_MAX ||
      k > INT_MAX || (double)n * (double)m * (double)k < kMinFlops)
    return 0;
  const NBCBlas *blas = nbc_blas_functions();
  if (!blas)
    return 0;
  int previous = 0;
  int mode = singleThreadedInParallel(blas, &previous);
  int32_t done =
      product(blas, isDouble, n, k, m, a, as0, as1, b, bs0, bs1, c, cs0, cs1);
  restoreThreads(blas, mode, previous);
  return done;
}

NBC_EXPORT int32_t nbc_rt_blas_dmatmul(int64_t n, int64_t k, int64_t m,
                                       const double *a, int64_t as0,
                                       int64_t as1, const double *b,
                                       int64_t bs0, int64_t bs1, double *c,
                                       int64_t cs0, int64_t cs1) {
  return matmul(1, n, k, m, (const char *)a, as0, as1, (const char *)b, bs0,
                bs1, (char *)c, cs0, cs1);
}

NBC_EXPORT int32_t nbc_rt_blas_smatmul(int64_t n, int64_t k, int64_t m,
                                       const float *a, int64_t as0,
                                       int64_t as1, const float *b,
                                       int64_t bs0, int64_t bs1, float *c,
                                       int64_t cs0, int64_t cs1) {
  return matmul(0, n, k, m, (const char *)a, as0, as1, (const char *)b, bs0,
                bs1, (char *)c, cs0, cs1);
}
