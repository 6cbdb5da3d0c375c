/*===- LapackFactor.h - Drivers of nbc_rt_lapack_factor's kinds -*- C -*-===*\
|*                                                                            *|
|* Private to the runtime: the complex drivers (LapackComplex.c) that        *|
|* LapackFactor.c's nbc_rt_lapack_factor dispatches to.                       *|
|*                                                                            *|
\*===----------------------------------------------------------------------===*/

#ifndef NBC_LIB_RUNTIME_LAPACKFACTOR_H
#define NBC_LIB_RUNTIME_LAPACKFACTOR_H

#include "BlasLoader.h"

#include <stdint.h>

/// eigh (`vectors`) or eigvalsh of the n x n complex Hermitian `a` (strides
/// in elements; complex64 with NBC_LAPACK_FACTOR_F32): real `w`, complex
/// row-major `v`. Returns an NBCLapackStatus.
int32_t nbc_lapack_eigh_complex(const NBCLapackFactor *f, int vectors,
                                int flags, int64_t n, const void *a,
                                int64_t as0, int64_t as1, void *w, void *v);

/// eig (`vectors`) or eigvals of the n x n complex `a`: complex `w` and
/// row-major `v`, NBC_LAPACK_NOT_FINITE for infs or NaNs.
int32_t nbc_lapack_eig_complex(const NBCLapackFactor *f, int vectors,
                               int flags, int64_t n, const void *a,
                               int64_t as0, int64_t as1, void *w, void *v);

/// svd (`vectors`: u, s, vh) or svdvals (s, into `s`) of the m x n complex
/// `a`, with NBC_LAPACK_FACTOR_FULL for full_matrices: real `s`, complex
/// row-major `u` and `vh`.
int32_t nbc_lapack_svd_complex(const NBCLapackFactor *f, int vectors,
                               int flags, int64_t m, int64_t n, const void *a,
                               int64_t as0, int64_t as1, void *u, void *s,
                               void *vh);

/// qr (`q` and `r`; `q` NULL for mode='r') of the m x n complex `a`:
/// zgeqrf + zungqr, NBC_LAPACK_FACTOR_FULL for mode='complete'.
int32_t nbc_lapack_qr_complex(const NBCLapackFactor *f, int flags, int64_t m,
                              int64_t n, const void *a, int64_t as0,
                              int64_t as1, void *q, void *r);

/// lstsq of the m x n complex `a` and m x nrhs `b` (zgelsd): complex `x`
/// (n x nrhs), real residual sums (max(nrhs, 1)), the int64 rank, real `s`.
int32_t nbc_lapack_lstsq_complex(const NBCLapackFactor *f, int flags,
                                 int64_t m, int64_t n, int64_t nrhs,
                                 const void *a, int64_t as0, int64_t as1,
                                 const void *b, int64_t bs0, int64_t bs1,
                                 double rcond, void *x, void *residuals,
                                 void *rank, void *s);

#endif /* NBC_LIB_RUNTIME_LAPACKFACTOR_H */
