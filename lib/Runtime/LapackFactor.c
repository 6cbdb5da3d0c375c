/*===- LapackFactor.c - eigh, svd, qr, lstsq, eig through LAPACK ----------===*\
|*                                                                            *|
|* nbc.linalg_factor lowers to nbc_rt_lapack_factor (NBCRuntime.h). As NumPy  *|
|* does, float32 operands are computed in double precision (NumPy's           *|
|* _commonType) and the results rounded back, so one set of d* drivers        *|
|* serves both: operands are copied into column-major double temporaries and  *|
|* results copied out row-major in the operand's element type.                *|
|*                                                                            *|
\*===----------------------------------------------------------------------===*/

#include "BlasLoader.h"
#include "LapackFactor.h"
#include "nbc/Runtime/NBCRuntime.h"

#include <float.h>
#include <limits.h>
#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#define NBC_EXPORT __attribute__((visibility("default")))

/* The kinds of nbc.linalg_factor (NBC_LinalgFactorKind in NBCEnums.td). */
enum { kEigh, kEigvalsh, kSvd, kSvdvals, kQr, kQrR, kLstsq, kEig, kEigvals };

/* Element `i` of a float32 (`f32`) or float64 buffer. */
static double get(const void *p, int f32, int64_t i) {
  return f32 ? ((const float *)p)[i] : ((const double *)p)[i];
}
static void put(void *p, int f32, int64_t i, double v) {
  if (f32)
    ((float *)p)[i] = (float)v;
  else
    ((double *)p)[i] = v;
}

/* A new rows x cols column-major double copy of the strided `a` (leading
 * dimension `ld` >= rows, the rows past `rows` zero); NULL without memory. */
static double *columnMajor(const void *a, int f32, int64_t rows, int64_t cols,
                           int64_t s0, int64_t s1, int64_t ld) {
  double *out = calloc((size_t)(ld * (cols ? cols : 1)), sizeof(double));
  if (!out)
    return NULL;
  for (int64_t j = 0; j < cols; ++j)
    for (int64_t i = 0; i < rows; ++i)
      out[i + j * ld] = get(a, f32, i * s0 + j * s1);
  return out;
}

/* The rows x cols row-major `out` from the column-major `in` (leading
 * dimension `ld`). */
static void rowMajor(void *out, int f32, const double *in, int64_t rows,
                     int64_t cols, int64_t ld) {
  for (int64_t i = 0; i < rows; ++i)
    for (int64_t j = 0; j < cols; ++j)
      put(out, f32, i * cols + j, in[i + j * ld]);
}

/* The rows x cols row-major identity (NumPy's u and vt of an empty svd). */
static void eye(void *out, int f32, int64_t rows, int64_t cols) {
  for (int64_t i = 0; i < rows; ++i)
    for (int64_t j = 0; j < cols; ++j)
      put(out, f32, i * cols + j, i == j);
}

static int64_t max64(int64_t a, int64_t b) { return a > b ? a : b; }
static int64_t min64(int64_t a, int64_t b) { return a < b ? a : b; }

/* LAPACK's optimal work size from a workspace query, at least `least`. */
static int workSize(double query, int64_t least) {
  int64_t size = max64((int64_t)query, least);
  return size > INT_MAX ? INT_MAX : (int)size;
}

static int32_t eigh(const NBCLapackFactor *f, int kind, int flags, int64_t n,
                    const void *a, int64_t as0, int64_t as1, void *w,
                    void *v) {
  int f32 = flags & NBC_LAPACK_FACTOR_F32;
  if (n == 0)
    return NBC_LAPACK_DONE;
  int ni = (int)n, ld = (int)max64(n, 1), info = 0, lwork = -1, liwork = -1;
  int iquery = 0;
  double query = 0;
  const char *jobz = kind == kEigh ? "V" : "N";
  const char *uplo = flags & NBC_LAPACK_FACTOR_UPPER ? "U" : "L";
  double *matrix = columnMajor(a, f32, n, n, as0, as1, ld);
  double *values = malloc((size_t)n * sizeof(double));
  if (!matrix || !values) {
    free(matrix);
    free(values);
    return NBC_LAPACK_NO_MEMORY;
  }
  f->dsyevd(jobz, uplo, &ni, matrix, &ld, values, &query, &lwork, &iquery,
            &liwork, &info, 1, 1);
  lwork = workSize(query, 1);
  liwork = iquery > 1 ? iquery : 1;
  double *work = malloc((size_t)lwork * sizeof(double));
  int *iwork = malloc((size_t)liwork * sizeof(int));
  int32_t status = NBC_LAPACK_NO_MEMORY;
  if (work && iwork) {
    f->dsyevd(jobz, uplo, &ni, matrix, &ld, values, work, &lwork, iwork,
              &liwork, &info, 1, 1);
    status = info != 0 ? NBC_LAPACK_LINALG_ERROR : NBC_LAPACK_DONE;
    if (status == NBC_LAPACK_DONE) {
      for (int64_t i = 0; i < n; ++i)
        put(w, f32, i, values[i]);
      if (kind == kEigh)
        rowMajor(v, f32, matrix, n, n, ld);
    }
  }
  free(work);
  free(iwork);
  free(matrix);
  free(values);
  return status;
}

/* eig and eigvals of a real matrix with real eigenvalues (Numba's rule):
 * out0 w, out1 v (eig). */
static int32_t eig(const NBCLapackFactor *f, int kind, int flags, int64_t n,
                   const void *a, int64_t as0, int64_t as1, void *w, void *v) {
  int f32 = flags & NBC_LAPACK_FACTOR_F32;
  if (n == 0)
    return NBC_LAPACK_DONE;
  int ni = (int)n, ld = (int)n, one = 1, info = 0, lwork = -1;
  const char *jobvr = kind == kEig ? "V" : "N";
  double query = 0, dummy = 0;
  double *matrix = columnMajor(a, f32, n, n, as0, as1, n);
  double *parts = malloc((size_t)(2 * n) * sizeof(double));
  double *vectors =
      kind == kEig ? malloc((size_t)(n * n) * sizeof(double)) : NULL;
  int32_t status = NBC_LAPACK_NO_MEMORY;
  int finite = 1;
  for (int64_t i = 0; matrix && i < n * n; ++i)
    finite &= isfinite(matrix[i]) != 0;
  if (matrix && !finite) {
    status = NBC_LAPACK_NOT_FINITE;
  } else if (matrix && parts && (kind == kEigvals || vectors)) {
    double *vr = vectors ? vectors : &dummy;
    int ldvr = vectors ? ld : 1;
    f->dgeev("N", jobvr, &ni, matrix, &ld, parts, parts + n, &dummy, &one, vr,
             &ldvr, &query, &lwork, &info, 1, 1);
    lwork = workSize(query, 1);
    double *work = malloc((size_t)lwork * sizeof(double));
    if (work) {
      f->dgeev("N", jobvr, &ni, matrix, &ld, parts, parts + n, &dummy, &one,
               vr, &ldvr, work, &lwork, &info, 1, 1);
      status = info != 0 ? NBC_LAPACK_LINALG_ERROR : NBC_LAPACK_DONE;
      for (int64_t i = 0; status == NBC_LAPACK_DONE && i < n; ++i)
        if (parts[n + i] != 0)
          status = NBC_LAPACK_COMPLEX;
      if (status == NBC_LAPACK_DONE) {
        for (int64_t i = 0; i < n; ++i)
          put(w, f32, i, parts[i]);
        if (kind == kEig)
          rowMajor(v, f32, vectors, n, n, ld);
      }
      free(work);
    }
  }
  free(matrix);
  free(parts);
  free(vectors);
  return status;
}

/* svd and svdvals: out0 u, out1 s, out2 vt (svdvals: out0 s). */
static int32_t svd(const NBCLapackFactor *f, int kind, int flags, int64_t m,
                   int64_t n, const void *a, int64_t as0, int64_t as1,
                   void *out0, void *out1, void *out2) {
  int f32 = flags & NBC_LAPACK_FACTOR_F32;
  int full = flags & NBC_LAPACK_FACTOR_FULL;
  int64_t k = min64(m, n);
  int64_t uCols = full ? m : k, vtRows = full ? n : k;
  void *sOut = kind == kSvd ? out1 : out0;
  if (k == 0) {
    if (kind == kSvd) {
      eye(out0, f32, m, uCols);
      eye(out2, f32, vtRows, n);
    }
    return NBC_LAPACK_DONE;
  }
  const char *jobz = kind == kSvdvals ? "N" : full ? "A" : "S";
  int mi = (int)m, ni = (int)n, ld = (int)m, info = 0, lwork = -1;
  int ldu = (int)m, ldvt = (int)max64(vtRows, 1);
  double query = 0;
  double *matrix = columnMajor(a, f32, m, n, as0, as1, m);
  double *s = malloc((size_t)k * sizeof(double));
  double *u = kind == kSvd ? malloc((size_t)(m * uCols) * sizeof(double))
                           : NULL;
  double *vt = kind == kSvd ? malloc((size_t)(vtRows * n) * sizeof(double))
                            : NULL;
  int *iwork = malloc((size_t)(8 * k) * sizeof(int));
  double dummy = 0;
  int32_t status = NBC_LAPACK_NO_MEMORY;
  if (matrix && s && iwork && (kind == kSvdvals || (u && vt))) {
    f->dgesdd(jobz, &mi, &ni, matrix, &ld, s, u ? u : &dummy, &ldu,
              vt ? vt : &dummy, &ldvt, &query, &lwork, iwork, &info, 1);
    lwork = workSize(query, 1);
    double *work = malloc((size_t)lwork * sizeof(double));
    if (work) {
      f->dgesdd(jobz, &mi, &ni, matrix, &ld, s, u ? u : &dummy, &ldu,
                vt ? vt : &dummy, &ldvt, work, &lwork, iwork, &info, 1);
      status = info != 0 ? NBC_LAPACK_LINALG_ERROR : NBC_LAPACK_DONE;
      if (status == NBC_LAPACK_DONE) {
        for (int64_t i = 0; i < k; ++i)
          put(sOut, f32, i, s[i]);
        if (kind == kSvd) {
          rowMajor(out0, f32, u, m, uCols, m);
          rowMajor(out2, f32, vt, vtRows, n, ldvt);
        }
      }
      free(work);
    }
  }
  free(matrix);
  free(s);
  free(u);
  free(vt);
  free(iwork);
  return status;
}

/* qr: out0 q, out1 r; qr_r: out0 r. */
static int32_t qr(const NBCLapackFactor *f, int kind, int flags, int64_t m,
                  int64_t n, const void *a, int64_t as0, int64_t as1,
                  void *out0, void *out1) {
  int f32 = flags & NBC_LAPACK_FACTOR_F32;
  int full = flags & NBC_LAPACK_FACTOR_FULL;
  int64_t k = min64(m, n);
  int64_t qCols = full ? m : k, rRows = full ? m : k;
  void *rOut = kind == kQr ? out1 : out0;
  int64_t ld = max64(m, 1);
  /* Room for the complete Q's m columns after A's n. */
  int64_t cols = max64(n, qCols);
  double *matrix = columnMajor(a, f32, m, n, as0, as1, ld);
  double *wide = matrix && cols > n
                     ? realloc(matrix, (size_t)(ld * cols) * sizeof(double))
                     : matrix;
  double *tau = malloc((size_t)max64(k, 1) * sizeof(double));
  if (!wide || !tau) {
    free(wide ? wide : matrix);
    free(tau);
    return NBC_LAPACK_NO_MEMORY;
  }
  matrix = wide;
  int mi = (int)m, ni = (int)n, ki = (int)k, ldi = (int)ld, info = 0;
  int lwork = -1;
  double query = 0, oquery = 0;
  if (k > 0)
    f->dgeqrf(&mi, &ni, matrix, &ldi, tau, &query, &lwork, &info);
  int qc = (int)qCols;
  if (kind == kQr && qCols > 0 && m > 0) {
    lwork = -1;
    f->dorgqr(&mi, &qc, &ki, matrix, &ldi, tau, &oquery, &lwork, &info);
  }
  lwork = workSize(query > oquery ? query : oquery, 1);
  double *work = malloc((size_t)lwork * sizeof(double));
  if (!work) {
    free(matrix);
    free(tau);
    return NBC_LAPACK_NO_MEMORY;
  }
  if (k > 0)
    f->dgeqrf(&mi, &ni, matrix, &ldi, tau, work, &lwork, &info);
  /* R: the upper triangle of the first rRows rows. */
  for (int64_t i = 0; i < rRows; ++i)
    for (int64_t j = 0; j < n; ++j)
      put(rOut, f32, i * n + j, i <= j ? matrix[i + j * ld] : 0.0);
  if (kind == kQr && qCols > 0 && m > 0) {
    /* Columns past A's n start as zeros for ?orgqr to fill (k of them
     * hold reflectors). */
    for (int64_t j = n; j < qCols; ++j)
      memset(matrix + j * ld, 0, (size_t)ld * sizeof(double));
    f->dorgqr(&mi, &qc, &ki, matrix, &ldi, tau, work, &lwork, &info);
    rowMajor(out0, f32, matrix, m, qCols, ld);
  }
  free(work);
  free(matrix);
  free(tau);
  return NBC_LAPACK_DONE;
}

/* lstsq: out0 x (n x nrhs), out1 the sums of squared residuals (nrhs
 * entries, at least one), out2 the rank (int64), out3 s (k). */
static int32_t lstsq(const NBCLapackFactor *f, int flags, int64_t m,
                     int64_t n, int64_t nrhs, const void *a, int64_t as0,
                     int64_t as1, const void *b, int64_t bs0, int64_t bs1,
                     double rcond, void *out0, void *out1, void *out2,
                     void *out3) {
  int f32 = flags & NBC_LAPACK_FACTOR_F32;
  int64_t k = min64(m, n);
  /* LAPACK cannot take nrhs == 0: one zero column, as NumPy pads. */
  int64_t cols = nrhs ? nrhs : 1;
  int64_t ld = max64(max64(m, n), 1);
  if (!(flags & NBC_LAPACK_FACTOR_RCOND))
    rcond = DBL_EPSILON * (double)max64(m, n);
  double *matrix = columnMajor(a, f32, m, n, as0, as1, max64(m, 1));
  double *rhs = calloc((size_t)(ld * cols), sizeof(double));
  double *s = malloc((size_t)max64(k, 1) * sizeof(double));
  if (!matrix || !rhs || !s) {
    free(matrix);
    free(rhs);
    free(s);
    return NBC_LAPACK_NO_MEMORY;
  }
  for (int64_t j = 0; j < nrhs; ++j)
    for (int64_t i = 0; i < m; ++i)
      rhs[i + j * ld] = get(b, f32, i * bs0 + j * bs1);
  int mi = (int)m, ni = (int)n, ci = (int)cols, lda = (int)max64(m, 1);
  int ldb = (int)ld, rank = 0, info = 0, lwork = -1, iquery = 0;
  double query = 0;
  int32_t status = NBC_LAPACK_DONE;
  if (k > 0) {
    f->dgelsd(&mi, &ni, &ci, matrix, &lda, rhs, &ldb, s, &rcond, &rank,
              &query, &lwork, &iquery, &info);
    lwork = workSize(query, 1);
    double *work = malloc((size_t)lwork * sizeof(double));
    int *iwork = malloc((size_t)(iquery > 1 ? iquery : 1) * sizeof(int));
    if (work && iwork) {
      f->dgelsd(&mi, &ni, &ci, matrix, &lda, rhs, &ldb, s, &rcond, &rank,
                work, &lwork, iwork, &info);
      if (info != 0)
        status = NBC_LAPACK_LINALG_ERROR;
    } else {
      status = NBC_LAPACK_NO_MEMORY;
    }
    free(work);
    free(iwork);
  }
  /* An empty a leaves x zero and all of b residual (NumPy's answer). */
  if (status == NBC_LAPACK_DONE) {
    for (int64_t i = 0; i < n; ++i)
      for (int64_t j = 0; j < nrhs; ++j)
        put(out0, f32, i * nrhs + j, rhs[i + j * ld]);
    for (int64_t j = 0; j < cols; ++j) {
      double sum = 0;
      for (int64_t i = n; i < m; ++i)
        sum += rhs[i + j * ld] * rhs[i + j * ld];
      put(out1, f32, j, sum);
    }
    *(int64_t *)out2 = rank;
    for (int64_t i = 0; i < k; ++i)
      put(out3, f32, i, s[i]);
  }
  free(matrix);
  free(rhs);
  free(s);
  return status;
}

NBC_EXPORT int32_t nbc_rt_lapack_factor(int32_t kind, int32_t flags,
                                        int64_t m, int64_t n, int64_t nrhs,
                                        const void *a, int64_t as0,
                                        int64_t as1, const void *b,
                                        int64_t bs0, int64_t bs1, double rcond,
                                        void *out0, void *out1, void *out2,
                                        void *out3) {
  const NBCLapackFactor *f = nbc_lapack_factor_functions();
  if (!f)
    return NBC_LAPACK_MISSING;
  /* Sizes past LAPACK's int, or whose products overflow size_t math. */
  if (m > INT_MAX / 8 || n > INT_MAX / 8 || nrhs > INT_MAX ||
      (m && n > INT64_MAX / 8 / m))
    return NBC_LAPACK_NO_MEMORY;
  switch (kind) {
  case kEigh:
  case kEigvalsh:
    if (flags & NBC_LAPACK_FACTOR_COMPLEX)
      return nbc_lapack_eigh_complex(f, kind == kEigh, flags, n, a, as0, as1,
                                     out0, out1);
    return eigh(f, kind, flags, n, a, as0, as1, out0, out1);
  case kSvd:
  case kSvdvals:
    if (flags & NBC_LAPACK_FACTOR_COMPLEX)
      return kind == kSvd ? nbc_lapack_svd_complex(f, 1, flags, m, n, a, as0,
                                                   as1, out0, out1, out2)
                          : nbc_lapack_svd_complex(f, 0, flags, m, n, a, as0,
                                                   as1, NULL, out0, NULL);
    return svd(f, kind, flags, m, n, a, as0, as1, out0, out1, out2);
  case kQr:
  case kQrR:
    if (flags & NBC_LAPACK_FACTOR_COMPLEX)
      return kind == kQr ? nbc_lapack_qr_complex(f, flags, m, n, a, as0, as1,
                                                 out0, out1)
                         : nbc_lapack_qr_complex(f, flags, m, n, a, as0, as1,
                                                 NULL, out0);
    return qr(f, kind, flags, m, n, a, as0, as1, out0, out1);
  case kEig:
  case kEigvals:
    if (flags & NBC_LAPACK_FACTOR_COMPLEX)
      return nbc_lapack_eig_complex(f, kind == kEig, flags, n, a, as0, as1,
                                    out0, out1);
    return eig(f, kind, flags, n, a, as0, as1, out0, out1);
  case kLstsq:
    if (flags & NBC_LAPACK_FACTOR_COMPLEX)
      return nbc_lapack_lstsq_complex(f, flags, m, n, nrhs, a, as0, as1, b, bs0,
                                      bs1, rcond, out0, out1, out2, out3);
    return lstsq(f, flags, m, n, nrhs, a, as0, as1, b, bs0, bs1, rcond, out0,
                 out1, out2, out3);
  default:
    return NBC_LAPACK_MISSING;
  }
}
