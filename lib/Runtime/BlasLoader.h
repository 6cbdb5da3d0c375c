/*===- BlasLoader.h - The BLAS/LAPACK functions found at run time -*- C -*-===*\
|*                                                                            *|
|* Private to the runtime: the Fortran entry points (LP64 integers, hidden    *|
|* character lengths last) of the library that BlasLoader.c opened.           *|
|*                                                                            *|
\*===----------------------------------------------------------------------===*/

#ifndef NBC_LIB_RUNTIME_BLASLOADER_H
#define NBC_LIB_RUNTIME_BLASLOADER_H

#include <stddef.h>

typedef void (*NBCGemm)(const char *transa, const char *transb, const int *m,
                        const int *n, const int *k, const void *alpha,
                        const void *a, const int *lda, const void *b,
                        const int *ldb, const void *beta, void *c,
                        const int *ldc, size_t, size_t);
typedef void (*NBCGemv)(const char *trans, const int *m, const int *n,
                        const void *alpha, const void *a, const int *lda,
                        const void *x, const int *incx, const void *beta,
                        void *y, const int *incy, size_t);

typedef struct {
  NBCGemm dgemm, sgemm;
  NBCGemv dgemv, sgemv;
  /* OpenBLAS's thread control, NULL in other libraries: the thread-local
   * setter (OpenBLAS >= 0.3.27) or the process-wide pair. */
  int (*setThreadsLocal)(int);
  void (*setThreads)(int);
  int (*getThreads)(void);
} NBCBlas;

/// The BLAS functions, loaded on the first call (thread-safe); NULL when no
/// library could be opened (or NBC_BLAS=none).
const NBCBlas *nbc_blas_functions(void);

typedef void (*NBCGesv)(const int *n, const int *nrhs, void *a, const int *lda,
                        int *ipiv, void *b, const int *ldb, int *info);
typedef void (*NBCGetrf)(const int *m, const int *n, void *a, const int *lda,
                         int *ipiv, int *info);
typedef void (*NBCPotrf)(const char *uplo, const int *n, void *a,
                         const int *lda, int *info, size_t);

typedef struct {
  NBCGesv dgesv, sgesv, zgesv, cgesv;
  NBCGetrf dgetrf, sgetrf, zgetrf, cgetrf;
  NBCPotrf dpotrf, spotrf, zpotrf, cpotrf;
} NBCLapack;

/// The LAPACK functions: from the BLAS library when it has them (OpenBLAS
/// does), else from liblapack.so.3; NULL without a BLAS or a LAPACK.
const NBCLapack *nbc_lapack_functions(void);

/* The double-precision LAPACK drivers of nbc.linalg_factor (LapackFactor.c). */
typedef void (*NBCSyevd)(const char *jobz, const char *uplo, const int *n,
                         double *a, const int *lda, double *w, double *work,
                         const int *lwork, int *iwork, const int *liwork,
                         int *info, size_t, size_t);
typedef void (*NBCGesdd)(const char *jobz, const int *m, const int *n,
                         double *a, const int *lda, double *s, double *u,
                         const int *ldu, double *vt, const int *ldvt,
                         double *work, const int *lwork, int *iwork, int *info,
                         size_t);
typedef void (*NBCGeqrf)(const int *m, const int *n, double *a, const int *lda,
                         double *tau, double *work, const int *lwork,
                         int *info);
typedef void (*NBCOrgqr)(const int *m, const int *n, const int *k, double *a,
                         const int *lda, const double *tau, double *work,
                         const int *lwork, int *info);
typedef void (*NBCGelsd)(const int *m, const int *n, const int *nrhs,
                         double *a, const int *lda, double *b, const int *ldb,
                         double *s, const double *rcond, int *rank,
                         double *work, const int *lwork, int *iwork,
                         int *info);

typedef void (*NBCGeev)(const char *jobvl, const char *jobvr, const int *n,
                        double *a, const int *lda, double *wr, double *wi,
                        double *vl, const int *ldvl, double *vr,
                        const int *ldvr, double *work, const int *lwork,
                        int *info, size_t, size_t);

typedef void (*NBCHeevd)(const char *jobz, const char *uplo, const int *n,
                         double _Complex *a, const int *lda, double *w,
                         double _Complex *work, const int *lwork, double *rwork,
                         const int *lrwork, int *iwork, const int *liwork,
                         int *info, size_t, size_t);

typedef void (*NBCZgeev)(const char *jobvl, const char *jobvr, const int *n,
                         double _Complex *a, const int *lda, double _Complex *w,
                         double _Complex *vl, const int *ldvl,
                         double _Complex *vr, const int *ldvr,
                         double _Complex *work, const int *lwork, double *rwork,
                         int *info, size_t, size_t);

typedef void (*NBCZgesdd)(const char *jobz, const int *m, const int *n,
                          double _Complex *a, const int *lda, double *s,
                          double _Complex *u, const int *ldu,
                          double _Complex *vt, const int *ldvt,
                          double _Complex *work, const int *lwork,
                          double *rwork, int *iwork, int *info, size_t);

typedef void (*NBCZgeqrf)(const int *m, const int *n, double _Complex *a,
                          const int *lda, double _Complex *tau,
                          double _Complex *work, const int *lwork, int *info);
typedef void (*NBCZungqr)(const int *m, const int *n, const int *k,
                          double _Complex *a, const int *lda,
                          const double _Complex *tau, double _Complex *work,
                          const int *lwork, int *info);

typedef void (*NBCZgelsd)(const int *m, const int *n, const int *nrhs,
                          double _Complex *a, const int *lda,
                          double _Complex *b, const int *ldb, double *s,
                          const double *rcond, int *rank,
                          double _Complex *work, const int *lwork,
                          double *rwork, int *iwork, int *info);

typedef struct {
  NBCSyevd dsyevd;
  NBCGesdd dgesdd;
  NBCGeqrf dgeqrf;
  NBCOrgqr dorgqr;
  NBCGelsd dgelsd;
  NBCGeev dgeev;
  /* Complex drivers: NULL when absent (only those kinds then fail). */
  NBCHeevd zheevd;
  NBCZgeev zgeev;
  NBCZgesdd zgesdd;
  NBCZgeqrf zgeqrf;
  NBCZungqr zungqr;
  NBCZgelsd zgelsd;
} NBCLapackFactor;

/// The factorization drivers, found like nbc_lapack_functions' (a library
/// without them leaves solve/inv/det/cholesky working); NULL when absent.
const NBCLapackFactor *nbc_lapack_factor_functions(void);

#endif /* NBC_LIB_RUNTIME_BLASLOADER_H */
