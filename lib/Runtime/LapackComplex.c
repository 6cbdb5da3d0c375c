/*===- LapackComplex.c - Factorizations of complex matrices ---------------===*\
|*                                                                            *|
|* nbc_rt_lapack_factor's kinds with NBC_LAPACK_FACTOR_COMPLEX, in double     *|
|* precision as NumPy computes complex64 too (results rounded back):          *|
|*   - eigh / eigvalsh of a Hermitian matrix: zheevd, real eigenvalues        *|
|*     (float32 for complex64), complex eigenvectors; LAPACK reads the        *|
|*     column-major copy's lower (or upper) triangle, as NumPy's UPLO;        *|
|*   - eig / eigvals: zgeev, complex eigenvalues and unit-norm right          *|
|*     eigenvectors in LAPACK's order, as NumPy's;                            *|
|*   - svd / svdvals: zgesdd, real singular values, complex u and vh;         *|
|*   - qr: zgeqrf + zungqr, as NumPy's;                                       *|
|*   - lstsq: zgelsd, complex x, real residuals and singular values.          *|
|*                                                                            *|
\*===----------------------------------------------------------------------===*/

#include "BlasLoader.h"
#include "LapackFactor.h"
#include "nbc/Runtime/NBCRuntime.h"

#include <complex.h>
#include <float.h>
#include <math.h>
#include <limits.h>
#include <stdint.h>
#include <stdlib.h>

/* Element `i` of a complex64 (`c64`) or complex128 buffer. */
static double _Complex getComplex(const void *p, int c64, int64_t i) {
  return c64 ? ((const float _Complex *)p)[i] : ((const double _Complex *)p)[i];
}
static void putComplex(void *p, int c64, int64_t i, double _Complex v) {
  if (c64)
    ((float _Complex *)p)[i] = (float _Complex)v;
  else
    ((double _Complex *)p)[i] = v;
}

/* Element `i` of a float32 (`f32`) or float64 buffer set to `v`. */
static void putReal(void *p, int f32, int64_t i, double v) {
  if (f32)
    ((float *)p)[i] = (float)v;
  else
    ((double *)p)[i] = v;
}

/* The rows x cols row-major complex identity (NumPy's u and vh of an empty
 * svd). */
static void eyeComplex(void *out, int c64, int64_t rows, int64_t cols) {
  for (int64_t i = 0; i < rows; ++i)
    for (int64_t j = 0; j < cols; ++j)
      putComplex(out, c64, i * cols + j, i == j);
}

/* The rows x cols row-major `out` from the column-major `in` (leading
 * dimension `ld`). */
static void rowMajorComplex(void *out, int c64, const double _Complex *in,
                            int64_t rows, int64_t cols, int64_t ld) {
  for (int64_t i = 0; i < rows; ++i)
    for (int64_t j = 0; j < cols; ++j)
      putComplex(out, c64, i * cols + j, in[i + j * ld]);
}

/* LAPACK's optimal size from a workspace query, at least 1. */
static int querySize(double query) {
  if (query > INT_MAX)
    return INT_MAX;
  return query < 1 ? 1 : (int)query;
}

int32_t nbc_lapack_eigh_complex(const NBCLapackFactor *f, int vectors,
                                int flags, int64_t n, const void *a,
                                int64_t as0, int64_t as1, void *w, void *v) {
  int c64 = flags & NBC_LAPACK_FACTOR_F32;
  if (n == 0)
    return NBC_LAPACK_DONE;
  if (!f->zheevd)
    return NBC_LAPACK_MISSING;
  int ni = (int)n, info = 0, lwork = -1, lrwork = -1, liwork = -1;
  int iquery = 0;
  double _Complex query = 0;
  double rquery = 0;
  const char *jobz = vectors ? "V" : "N";
  const char *uplo = flags & NBC_LAPACK_FACTOR_UPPER ? "U" : "L";
  double _Complex *matrix = malloc((size_t)(n * n) * sizeof(double _Complex));
  double *values = malloc((size_t)n * sizeof(double));
  if (!matrix || !values) {
    free(matrix);
    free(values);
    return NBC_LAPACK_NO_MEMORY;
  }
  for (int64_t j = 0; j < n; ++j)
    for (int64_t i = 0; i < n; ++i)
      matrix[i + j * n] = getComplex(a, c64, i * as0 + j * as1);
  f->zheevd(jobz, uplo, &ni, matrix, &ni, values, &query, &lwork, &rquery,
            &lrwork, &iquery, &liwork, &info, 1, 1);
  lwork = querySize(creal(query));
  lrwork = querySize(rquery);
  liwork = iquery > 1 ? iquery : 1;
  double _Complex *work = malloc((size_t)lwork * sizeof(double _Complex));
  double *rwork = malloc((size_t)lrwork * sizeof(double));
  int *iwork = malloc((size_t)liwork * sizeof(int));
  int32_t status = NBC_LAPACK_NO_MEMORY;
  if (work && rwork && iwork) {
    f->zheevd(jobz, uplo, &ni, matrix, &ni, values, work, &lwork, rwork,
              &lrwork, iwork, &liwork, &info, 1, 1);
    status = info != 0 ? NBC_LAPACK_LINALG_ERROR : NBC_LAPACK_DONE;
    if (status == NBC_LAPACK_DONE) {
      for (int64_t i = 0; i < n; ++i)
        putReal(w, c64, i, values[i]);
      if (vectors)
        rowMajorComplex(v, c64, matrix, n, n, n);
    }
  }
  free(work);
  free(rwork);
  free(iwork);
  free(matrix);
  free(values);
  return status;
}

int32_t nbc_lapack_eig_complex(const NBCLapackFactor *f, int vectors,
                               int flags, int64_t n, const void *a,
                               int64_t as0, int64_t as1, void *w, void *v) {
  int c64 = flags & NBC_LAPACK_FACTOR_F32;
  if (n == 0)
    return NBC_LAPACK_DONE;
  if (!f->zgeev)
    return NBC_LAPACK_MISSING;
  int ni = (int)n, one = 1, info = 0, lwork = -1;
  int ldvr = vectors ? ni : 1;
  const char *jobvr = vectors ? "V" : "N";
  double _Complex query = 0, dummy = 0;
  double _Complex *matrix = malloc((size_t)(n * n) * sizeof(double _Complex));
  double _Complex *values = malloc((size_t)n * sizeof(double _Complex));
  double _Complex *right =
      vectors ? malloc((size_t)(n * n) * sizeof(double _Complex)) : &dummy;
  double *rwork = malloc((size_t)(2 * n) * sizeof(double));
  int32_t status = NBC_LAPACK_NO_MEMORY;
  if (matrix && values && right && rwork) {
    int finite = 1;
    for (int64_t j = 0; j < n; ++j)
      for (int64_t i = 0; i < n; ++i) {
        double _Complex x = getComplex(a, c64, i * as0 + j * as1);
        finite &= isfinite(creal(x)) && isfinite(cimag(x));
        matrix[i + j * n] = x;
      }
    status = NBC_LAPACK_NOT_FINITE;
    if (finite) {
      f->zgeev("N", jobvr, &ni, matrix, &ni, values, &dummy, &one, right,
               &ldvr, &query, &lwork, rwork, &info, 1, 1);
      lwork = querySize(creal(query));
      double _Complex *work = malloc((size_t)lwork * sizeof(double _Complex));
      status = NBC_LAPACK_NO_MEMORY;
      if (work) {
        f->zgeev("N", jobvr, &ni, matrix, &ni, values, &dummy, &one, right,
                 &ldvr, work, &lwork, rwork, &info, 1, 1);
        status = info != 0 ? NBC_LAPACK_LINALG_ERROR : NBC_LAPACK_DONE;
        free(work);
      }
    }
    if (status == NBC_LAPACK_DONE) {
      for (int64_t i = 0; i < n; ++i)
        putComplex(w, c64, i, values[i]);
      if (vectors)
        rowMajorComplex(v, c64, right, n, n, n);
    }
  }
  free(matrix);
  free(values);
  if (vectors)
    free(right);
  free(rwork);
  return status;
}

int32_t nbc_lapack_svd_complex(const NBCLapackFactor *f, int vectors,
                               int flags, int64_t m, int64_t n, const void *a,
                               int64_t as0, int64_t as1, void *u, void *s,
                               void *vh) {
  int c64 = flags & NBC_LAPACK_FACTOR_F32;
  int full = flags & NBC_LAPACK_FACTOR_FULL;
  int64_t k = m < n ? m : n, big = m < n ? n : m;
  int64_t uCols = full ? m : k, vhRows = full ? n : k;
  if (k == 0) {
    if (vectors) {
      eyeComplex(u, c64, m, uCols);
      eyeComplex(vh, c64, vhRows, n);
    }
    return NBC_LAPACK_DONE;
  }
  if (!f->zgesdd)
    return NBC_LAPACK_MISSING;
  const char *jobz = !vectors ? "N" : full ? "A" : "S";
  int mi = (int)m, ni = (int)n, info = 0, lwork = -1;
  int ldvh = (int)vhRows;
  /* LAPACK's least rwork for each jobz. */
  int64_t lrwork = vectors ? k * (5 * k + 7 > 2 * big + 2 * k + 1
                                      ? 5 * k + 7
                                      : 2 * big + 2 * k + 1)
                           : 7 * k;
  double _Complex query = 0, dummy = 0;
  double _Complex *matrix = malloc((size_t)(m * n) * sizeof(double _Complex));
  double *values = malloc((size_t)k * sizeof(double));
  double _Complex *left =
      vectors ? malloc((size_t)(m * uCols) * sizeof(double _Complex)) : &dummy;
  double _Complex *right =
      vectors ? malloc((size_t)(vhRows * n) * sizeof(double _Complex)) : &dummy;
  double *rwork = malloc((size_t)lrwork * sizeof(double));
  int *iwork = malloc((size_t)(8 * k) * sizeof(int));
  int32_t status = NBC_LAPACK_NO_MEMORY;
  if (matrix && values && left && right && rwork && iwork) {
    for (int64_t j = 0; j < n; ++j)
      for (int64_t i = 0; i < m; ++i)
        matrix[i + j * m] = getComplex(a, c64, i * as0 + j * as1);
    f->zgesdd(jobz, &mi, &ni, matrix, &mi, values, left, &mi, right, &ldvh,
              &query, &lwork, rwork, iwork, &info, 1);
    lwork = querySize(creal(query));
    double _Complex *work = malloc((size_t)lwork * sizeof(double _Complex));
    if (work) {
      f->zgesdd(jobz, &mi, &ni, matrix, &mi, values, left, &mi, right, &ldvh,
                work, &lwork, rwork, iwork, &info, 1);
      status = info != 0 ? NBC_LAPACK_LINALG_ERROR : NBC_LAPACK_DONE;
      free(work);
    }
    if (status == NBC_LAPACK_DONE) {
      for (int64_t i = 0; i < k; ++i)
        putReal(s, c64, i, values[i]);
      if (vectors) {
        rowMajorComplex(u, c64, left, m, uCols, m);
        rowMajorComplex(vh, c64, right, vhRows, n, vhRows);
      }
    }
  }
  free(matrix);
  free(values);
  if (vectors) {
    free(left);
    free(right);
  }
  free(rwork);
  free(iwork);
  return status;
}

int32_t nbc_lapack_qr_complex(const NBCLapackFactor *f, int flags, int64_t m,
                              int64_t n, const void *a, int64_t as0,
                              int64_t as1, void *q, void *r) {
  int c64 = flags & NBC_LAPACK_FACTOR_F32;
  int full = flags & NBC_LAPACK_FACTOR_FULL;
  int64_t k = m < n ? m : n;
  int64_t qCols = full ? m : k, rRows = full ? m : k;
  int64_t ld = m > 1 ? m : 1;
  /* Room for the complete Q's m columns after A's n. */
  int64_t cols = n > qCols ? n : qCols;
  if (k > 0 && !f->zgeqrf)
    return NBC_LAPACK_MISSING;
  if (q && qCols > 0 && m > 0 && !f->zungqr)
    return NBC_LAPACK_MISSING;
  double _Complex *matrix =
      calloc((size_t)(ld * (cols ? cols : 1)), sizeof(double _Complex));
  double _Complex *tau = malloc((size_t)(k ? k : 1) * sizeof(double _Complex));
  int32_t status = NBC_LAPACK_NO_MEMORY;
  double _Complex *work = NULL;
  if (!matrix || !tau)
    goto done;
  for (int64_t j = 0; j < n; ++j)
    for (int64_t i = 0; i < m; ++i)
      matrix[i + j * ld] = getComplex(a, c64, i * as0 + j * as1);
  int mi = (int)m, ni = (int)n, ki = (int)k, ldi = (int)ld, qc = (int)qCols;
  int info = 0, lwork = -1, orth = q && qCols > 0 && m > 0;
  double _Complex query = 0, oquery = 0;
  if (k > 0)
    f->zgeqrf(&mi, &ni, matrix, &ldi, tau, &query, &lwork, &info);
  if (orth)
    f->zungqr(&mi, &qc, &ki, matrix, &ldi, tau, &oquery, &lwork, &info);
  lwork = querySize(creal(query) > creal(oquery) ? creal(query)
                                                 : creal(oquery));
  work = malloc((size_t)lwork * sizeof(double _Complex));
  if (!work)
    goto done;
  if (k > 0)
    f->zgeqrf(&mi, &ni, matrix, &ldi, tau, work, &lwork, &info);
  /* R: the upper triangle of the first rRows rows. */
  for (int64_t i = 0; i < rRows; ++i)
    for (int64_t j = 0; j < n; ++j)
      putComplex(r, c64, i * n + j, i <= j ? matrix[i + j * ld] : 0);
  if (orth) {
    /* Columns past A's n start as zeros for zungqr to fill. */
    for (int64_t j = n; j < qCols; ++j)
      for (int64_t i = 0; i < ld; ++i)
        matrix[i + j * ld] = 0;
    f->zungqr(&mi, &qc, &ki, matrix, &ldi, tau, work, &lwork, &info);
    rowMajorComplex(q, c64, matrix, m, qCols, ld);
  }
  status = NBC_LAPACK_DONE;
done:
  free(work);
  free(matrix);
  free(tau);
  return status;
}

int32_t nbc_lapack_lstsq_complex(const NBCLapackFactor *f, int flags,
                                 int64_t m, int64_t n, int64_t nrhs,
                                 const void *a, int64_t as0, int64_t as1,
                                 const void *b, int64_t bs0, int64_t bs1,
                                 double rcond, void *x, void *residuals,
                                 void *rank, void *s) {
  int c64 = flags & NBC_LAPACK_FACTOR_F32;
  int64_t k = m < n ? m : n, big = m < n ? n : m;
  /* LAPACK cannot take nrhs == 0: one zero column, as NumPy pads. */
  int64_t cols = nrhs ? nrhs : 1;
  int64_t ld = big > 1 ? big : 1, lda = m > 1 ? m : 1;
  if (!(flags & NBC_LAPACK_FACTOR_RCOND))
    rcond = DBL_EPSILON * (double)big;
  if (k > 0 && !f->zgelsd)
    return NBC_LAPACK_MISSING;
  double _Complex *matrix =
      calloc((size_t)(lda * (n ? n : 1)), sizeof(double _Complex));
  double _Complex *rhs = calloc((size_t)(ld * cols), sizeof(double _Complex));
  double *values = malloc((size_t)(k ? k : 1) * sizeof(double));
  double _Complex *work = NULL;
  double *rwork = NULL;
  int *iwork = NULL;
  int32_t status = NBC_LAPACK_NO_MEMORY;
  int found = 0;
  if (!matrix || !rhs || !values)
    goto done;
  for (int64_t j = 0; j < n; ++j)
    for (int64_t i = 0; i < m; ++i)
      matrix[i + j * lda] = getComplex(a, c64, i * as0 + j * as1);
  for (int64_t j = 0; j < nrhs; ++j)
    for (int64_t i = 0; i < m; ++i)
      rhs[i + j * ld] = getComplex(b, c64, i * bs0 + j * bs1);
  if (k > 0) {
    int mi = (int)m, ni = (int)n, ci = (int)cols, ldai = (int)lda;
    int ldb = (int)ld, info = 0, lwork = -1, iquery = 0;
    double _Complex query = 0;
    double rquery = 0;
    f->zgelsd(&mi, &ni, &ci, matrix, &ldai, rhs, &ldb, values, &rcond, &found,
              &query, &lwork, &rquery, &iquery, &info);
    lwork = querySize(creal(query));
    work = malloc((size_t)lwork * sizeof(double _Complex));
    rwork = malloc((size_t)querySize(rquery) * sizeof(double));
    iwork = malloc((size_t)(iquery > 1 ? iquery : 1) * sizeof(int));
    if (!work || !rwork || !iwork)
      goto done;
    f->zgelsd(&mi, &ni, &ci, matrix, &ldai, rhs, &ldb, values, &rcond, &found,
              work, &lwork, rwork, iwork, &info);
    if (info != 0) {
      status = NBC_LAPACK_LINALG_ERROR;
      goto done;
    }
  }
  /* An empty a leaves x zero and all of b residual (NumPy's answer). */
  for (int64_t i = 0; i < n; ++i)
    for (int64_t j = 0; j < nrhs; ++j)
      putComplex(x, c64, i * nrhs + j, rhs[i + j * ld]);
  for (int64_t j = 0; j < cols; ++j) {
    double sum = 0;
    for (int64_t i = n; i < m; ++i) {
      double _Complex r = rhs[i + j * ld];
      sum += creal(r) * creal(r) + cimag(r) * cimag(r);
    }
    putReal(residuals, c64, j, sum);
  }
  *(int64_t *)rank = found;
  for (int64_t i = 0; i < k; ++i)
    putReal(s, c64, i, values[i]);
  status = NBC_LAPACK_DONE;
done:
  free(matrix);
  free(rhs);
  free(values);
  free(work);
  free(rwork);
  free(iwork);
  return status;
}
