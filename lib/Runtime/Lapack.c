/*===- Lapack.c - np.linalg functions through a LAPACK found at run time --===*\
|*                                                                            *|
|* nbc.linalg lowers to nbc_rt_lapack_{d,s,z,c} (f64, f32, complex<f64|f32>). *|
|* LAPACK is column-major: operands are copied into column-major temporaries, *|
|* or, where a transpose does not change the answer's layout, the row-major   *|
|* copy is used as the column-major transpose (inv solves A^T X = I, whose X  *|
|* read row-major is A^-1; cholesky factors A^T = U^T U reading A's lower     *|
|* triangle, and U read row-major is NumPy's L).                              *|
|*                                                                            *|
\*===----------------------------------------------------------------------===*/

#include "BlasLoader.h"
#include "nbc/Runtime/NBCRuntime.h"

#include <limits.h>
#include <stdint.h>
#include <stdlib.h>

#define NBC_EXPORT __attribute__((visibility("default")))

/* The kinds of nbc.linalg (NBC_LinalgKind in NBCEnums.td). */
enum { kSolve = 0, kInv = 1, kDet = 2, kCholesky = 3 };

#define DEFINE_LAPACK(NAME, T, GESV, GETRF, POTRF)                             \
  NBC_EXPORT int32_t NAME(int32_t kind, int64_t n, int64_t nrhs, const T *a,   \
                          int64_t as0, int64_t as1, const T *b, int64_t bs0,   \
                          int64_t bs1, T *out) {                               \
    if (n == 0 || (kind == kSolve && nrhs == 0)) {                             \
      if (kind == kDet)                                                        \
        *out = 1;                                                              \
      return NBC_LAPACK_DONE;                                                  \
    }                                                                          \
    const NBCLapack *lapack = nbc_lapack_functions();                          \
    if (!lapack)                                                               \
      return NBC_LAPACK_MISSING;                                               \
    if (n > INT_MAX || nrhs > INT_MAX)                                         \
      return NBC_LAPACK_NO_MEMORY;                                             \
    int ni = (int)n, info = 0;                                                 \
    int32_t status = NBC_LAPACK_DONE;                                          \
    if (kind == kCholesky) {                                                   \
      for (int64_t i = 0; i < n; ++i)                                          \
        for (int64_t j = 0; j < n; ++j)                                        \
          out[i * n + j] = a[i * as0 + j * as1];                               \
      lapack->POTRF("U", &ni, out, &ni, &info, 1);                             \
      if (info > 0)                                                            \
        return NBC_LAPACK_LINALG_ERROR;                                        \
      for (int64_t i = 0; i < n; ++i)                                          \
        for (int64_t j = i + 1; j < n; ++j)                                    \
          out[i * n + j] = 0;                                                  \
      return NBC_LAPACK_DONE;                                                  \
    }                                                                          \
    T *matrix = malloc((size_t)(n * n) * sizeof(T));                           \
    int *pivots = malloc((size_t)n * sizeof(int));                             \
    T *rhs = kind == kSolve ? malloc((size_t)(n * nrhs) * sizeof(T)) : NULL;   \
    if (!matrix || !pivots || (kind == kSolve && !rhs)) {                      \
      free(matrix);                                                            \
      free(pivots);                                                            \
      free(rhs);                                                               \
      return NBC_LAPACK_NO_MEMORY;                                             \
    }                                                                          \
    /* Column-major A for solve; the row-major copy (A^T) otherwise. */        \
    for (int64_t i = 0; i < n; ++i)                                            \
      for (int64_t j = 0; j < n; ++j)                                          \
        matrix[kind == kSolve ? i + j * n : i * n + j] =                       \
            a[i * as0 + j * as1];                                              \
    if (kind == kSolve) {                                                      \
      int nr = (int)nrhs;                                                      \
      for (int64_t i = 0; i < n; ++i)                                          \
        for (int64_t j = 0; j < nrhs; ++j)                                     \
          rhs[i + j * n] = b[i * bs0 + j * bs1];                               \
      lapack->GESV(&ni, &nr, matrix, &ni, pivots, rhs, &ni, &info);            \
      if (info > 0)                                                            \
        status = NBC_LAPACK_LINALG_ERROR;                                      \
      else                                                                     \
        for (int64_t i = 0; i < n; ++i)                                        \
          for (int64_t j = 0; j < nrhs; ++j)                                   \
            out[i * nrhs + j] = rhs[i + j * n];                                \
    } else if (kind == kInv) {                                                 \
      for (int64_t i = 0; i < n * n; ++i)                                      \
        out[i] = 0;                                                            \
      for (int64_t i = 0; i < n; ++i)                                          \
        out[i * n + i] = 1;                                                    \
      lapack->GESV(&ni, &ni, matrix, &ni, pivots, out, &ni, &info);            \
      if (info > 0)                                                            \
        status = NBC_LAPACK_LINALG_ERROR;                                      \
    } else {                                                                   \
      /* det(A^T) = det(A): the product of U's diagonal, negated for each     \
       * row swap; a singular factor (info > 0) gives +0, as NumPy's. */       \
      lapack->GETRF(&ni, &ni, matrix, &ni, pivots, &info);                     \
      T det = 1;                                                               \
      for (int64_t i = 0; i < n; ++i) {                                        \
        det *= matrix[i * n + i];                                              \
        if (pivots[i] != i + 1)                                                \
          det = -det;                                                          \
      }                                                                        \
      *out = info > 0 ? 0 : det;                                               \
    }                                                                          \
    free(matrix);                                                              \
    free(pivots);                                                              \
    free(rhs);                                                                 \
    return status;                                                             \
  }

DEFINE_LAPACK(nbc_rt_lapack_d, double, dgesv, dgetrf, dpotrf)
DEFINE_LAPACK(nbc_rt_lapack_s, float, sgesv, sgetrf, spotrf)
/* complex<f64>/complex<f32> memrefs hold C's _Complex layout (re, im). The
 * transposes above hold for complex matrices too: inv and det use no
 * conjugate, and potrf's A^T = conj(A) = U^H U gives A = U^T conj(U), L = U^T
 * read row-major. */
DEFINE_LAPACK(nbc_rt_lapack_z, double _Complex, zgesv, zgetrf, zpotrf)
DEFINE_LAPACK(nbc_rt_lapack_c, float _Complex, cgesv, cgetrf, cpotrf)
