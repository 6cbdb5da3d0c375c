/*===- NBCRuntime.h - C runtime that compiled nbc kernels call ----*- C -*-===//
 *
 * The status ABI (docs/ErrorModel.md): a kernel that may raise returns a
 * `const char *` status, NULL on success; otherwise status[0] is the
 * exception kind and status + 1 the NUL-terminated message.
 *
 *===----------------------------------------------------------------------===*/

#ifndef NBC_RUNTIME_NBCRUNTIME_H
#define NBC_RUNTIME_NBCRUNTIME_H

#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/// Exception kinds; the values are part of the ABI and never change. Defined
/// by NBC_ExceptionKind in NBCEnums.td; this plain-C copy (like nbc-c/ABI.h's)
/// is checked against it by lib/ExecutionEngine/ExceptionKinds.cpp.
enum NBCExceptionKind {
  NBC_ZeroDivisionError = 1,
  NBC_IndexError = 2,
  NBC_ValueError = 3,
  NBC_OverflowError = 4,
  NBC_TypeError = 5,
  NBC_AssertionError = 6,
  NBC_RuntimeError = 7,
  NBC_MemoryError = 8,
  NBC_ArithmeticError = 9,
  NBC_KeyError = 10,
  NBC_NotImplementedError = 11,
  NBC_LinAlgError = 12,
};

/// The Python name of an exception kind ("Exception" for unknown values).
const char *nbc_rt_exception_name(int kind);

/// Formats a non-null status as "Kind: message" into `buffer` (truncating
/// to `size` bytes, always NUL-terminated); returns the untruncated length.
int nbc_rt_format_status(const char *status, char *buffer, int size);

/// What nbc-lower-errors called for messages with args before
/// nbc_rt_error_begin existed (kept for code compiled then):
/// `status_template` (kind byte, message with `{}` holes, NUL) with each
/// `{}` replaced by the next of `a[0]`..`a[15]` in decimal, in a buffer of
/// the calling thread that stays valid until its next call on that thread.
/// (The 16 values are passed as separate arguments, unused ones 0.)
const char *nbc_rt_format_error(const char *status_template, int64_t a0,
                                int64_t a1, int64_t a2, int64_t a3,
                                int64_t a4, int64_t a5, int64_t a6,
                                int64_t a7, int64_t a8, int64_t a9,
                                int64_t a10, int64_t a11, int64_t a12,
                                int64_t a13, int64_t a14, int64_t a15);

/// The failure path of an `nbc.raise_if` with args (lib/Runtime/
/// ErrorFormat.c): begin with the status template (kind byte, message with
/// `{}` holes and `{{`/`}}` braces), one call per arg in order (`spec` of
/// `size` bytes a Python format spec, size 0 for str; bools as 0/1), then
/// end returns the status, in a buffer of the calling thread that stays
/// valid until that thread's next formatted raise.
void nbc_rt_error_begin(const char *status_template);
void nbc_rt_error_int(int64_t value, const char *spec, int64_t size);
void nbc_rt_error_uint(uint64_t value, const char *spec, int64_t size);
void nbc_rt_error_bool(int64_t value, const char *spec, int64_t size);
void nbc_rt_error_float(double value, const char *spec, int64_t size);
const char *nbc_rt_error_end(void);

/// An exception a `finally` block holds while it runs: `status` copied out of
/// the thread's buffer (into `slot` of `size` bytes, or the heap when longer)
/// so that raises in the block do not overwrite it; other statuses as they
/// are. nbc_rt_error_release gives the held status back (in the thread's
/// buffer again) when the block re-raises it.
const char *nbc_rt_error_hold(const char *status, char *slot, int64_t size);
const char *nbc_rt_error_release(const char *held, char *slot);

/// Called by functions marked `nbc.report_errors` when they would return a
/// non-null status: prints "Kind: message" to stderr and exits with 1.
/// A null status does nothing.
void nbc_rt_report_error(const char *status);

/// C(n,m) = A(n,k) B(k,m) through the BLAS found at run time (BlasLoader.c:
/// $NBC_BLAS, else libopenblas.so.0, else libblas.so.3), strides in
/// elements, any sign. Returns 1 when done, 0 when the caller must compute
/// the product itself (no BLAS, an empty or tiny product, sizes over the
/// BLAS's int, no memory for a copy). m == 1 or n == 1 use gemv.
int32_t nbc_rt_blas_dmatmul(int64_t n, int64_t k, int64_t m, const double *a,
                            int64_t as0, int64_t as1, const double *b,
                            int64_t bs0, int64_t bs1, double *c, int64_t cs0,
                            int64_t cs1);
int32_t nbc_rt_blas_smatmul(int64_t n, int64_t k, int64_t m, const float *a,
                            int64_t as0, int64_t as1, const float *b,
                            int64_t bs0, int64_t bs1, float *c, int64_t cs0,
                            int64_t cs1);

/// The file name of the BLAS in use, NULL when there is none.
const char *nbc_rt_blas_library(void);

/// What nbc_rt_lapack_d/s/z/c return.
enum NBCLapackStatus {
  NBC_LAPACK_DONE = 0,
  NBC_LAPACK_LINALG_ERROR = 1, /* singular / not positive definite */
  NBC_LAPACK_MISSING = 2,      /* no BLAS, or it has no LAPACK */
  NBC_LAPACK_NO_MEMORY = 3,
  NBC_LAPACK_COMPLEX = 4,    /* eig: complex eigenvalues of a real matrix */
  NBC_LAPACK_NOT_FINITE = 5, /* eig: NumPy's check for infs and NaNs */
};

/// nbc.linalg `kind` (NBC_LinalgKind: 0 solve, 1 inv, 2 det, 3 cholesky) of
/// the n x n matrix `a` (and, for solve, the n x nrhs `b`), strides in
/// elements; writes the new row-major result (n x nrhs, n x n, or the
/// determinant) to `out`. Returns an NBCLapackStatus.
int32_t nbc_rt_lapack_d(int32_t kind, int64_t n, int64_t nrhs,
                        const double *a, int64_t as0, int64_t as1,
                        const double *b, int64_t bs0, int64_t bs1,
                        double *out);
int32_t nbc_rt_lapack_s(int32_t kind, int64_t n, int64_t nrhs, const float *a,
                        int64_t as0, int64_t as1, const float *b, int64_t bs0,
                        int64_t bs1, float *out);
#ifndef __cplusplus
/// The same for complex<f64> / complex<f32> arrays (C's _Complex layout).
int32_t nbc_rt_lapack_z(int32_t kind, int64_t n, int64_t nrhs,
                        const double _Complex *a, int64_t as0, int64_t as1,
                        const double _Complex *b, int64_t bs0, int64_t bs1,
                        double _Complex *out);
int32_t nbc_rt_lapack_c(int32_t kind, int64_t n, int64_t nrhs,
                        const float _Complex *a, int64_t as0, int64_t as1,
                        const float _Complex *b, int64_t bs0, int64_t bs1,
                        float _Complex *out);
#endif

/// Flags of nbc_rt_lapack_factor.
enum NBCLapackFactorFlags {
  NBC_LAPACK_FACTOR_F32 = 1,   /* float32 operands and results */
  NBC_LAPACK_FACTOR_UPPER = 2, /* eigh from the upper triangle */
  NBC_LAPACK_FACTOR_FULL = 4,  /* full_matrices / mode='complete' */
  NBC_LAPACK_FACTOR_RCOND = 8, /* lstsq's rcond given (else NumPy's) */
  NBC_LAPACK_FACTOR_COMPLEX = 16, /* complex operands (eigh, eig, svd) */
};

/// nbc.linalg_factor `kind` (NBC_LinalgFactorKind: 0 eigh, 1 eigvalsh,
/// 2 svd, 3 svdvals, 4 qr, 5 qr_r, 6 lstsq, 7 eig, 8 eigvals) of the m x n `a` (and, for
/// lstsq, the m x nrhs `b`), strides in elements (LapackFactor.c); writes
/// the row-major results in op order to out0..out3 (lstsq: x, nrhs (at
/// least 1) sums of squared residuals, the int64 rank, s). Returns an
/// NBCLapackStatus.
int32_t nbc_rt_lapack_factor(int32_t kind, int32_t flags, int64_t m,
                             int64_t n, int64_t nrhs, const void *a,
                             int64_t as0, int64_t as1, const void *b,
                             int64_t bs0, int64_t bs1, double rcond,
                             void *out0, void *out1, void *out2, void *out3);

/// nbc.print (lib/Runtime/Print.c): pieces and values are appended to the
/// calling thread's line, which nbc_rt_print_flush writes in one piece.
enum NBCPrintKind {
  NBC_PRINT_BOOL = 0,
  NBC_PRINT_I8 = 1,
  NBC_PRINT_I16 = 2,
  NBC_PRINT_I32 = 3,
  NBC_PRINT_I64 = 4,
  NBC_PRINT_U8 = 5,
  NBC_PRINT_U16 = 6,
  NBC_PRINT_U32 = 7,
  NBC_PRINT_U64 = 8,
  NBC_PRINT_F32 = 9,
  NBC_PRINT_F64 = 10,
  NBC_PRINT_C64 = 11,
  NBC_PRINT_C128 = 12,
};
/// Writes one finished line to `stream` (1 stdout, 2 stderr; C's streams
/// when unset).
typedef void (*NBCPrintWriteHook)(int32_t stream, const char *text,
                                  int64_t size);
/// The text of an array (malloc'ed; the runtime frees it), or NULL for the
/// runtime's own nested-list format. Strides are in elements.
typedef char *(*NBCPrintArrayHook)(int32_t kind, int64_t rank,
                                   const void *data, const int64_t *sizes,
                                   const int64_t *strides);
void nbc_rt_set_print_hooks(NBCPrintWriteHook write, NBCPrintArrayHook array);
void nbc_rt_print_text(const char *text, int64_t size);
void nbc_rt_print_int(int64_t value);
void nbc_rt_print_uint(uint64_t value);
void nbc_rt_print_bool(int32_t value);
void nbc_rt_print_float(double value);
void nbc_rt_print_complex(double re, double im);
/// `sizesAndStrides` holds `rank` sizes then `rank` strides (in elements).
void nbc_rt_print_array(int32_t kind, int64_t rank, const void *data,
                        const int64_t *sizesAndStrides);
/// The value formatted as Python's `format(value, spec)` (FormatSpec.h).
void nbc_rt_print_format_int(int64_t value, const char *spec, int64_t size);
void nbc_rt_print_format_uint(uint64_t value, const char *spec, int64_t size);
void nbc_rt_print_format_float(double value, const char *spec, int64_t size);
/// Writes the thread's line to `stream` (1 stdout, 2 stderr).
void nbc_rt_print_flush_to(int32_t stream);
/// nbc_rt_print_flush_to(1), for code compiled before streams existed.
void nbc_rt_print_flush(void);

/// Division by a divisor `d` a loop does not change (nbc-divide-by-invariant,
/// lib/Runtime/Division.c): `n / d` (truncating, i64) is
/// `q + ((q >>> 63) & round)` with
/// `q = (mulhs(n, multiplier) + (add ? n * sign(d) : 0)) >> (shift & 63)`,
/// where nbc_rt_sdiv64_shift(d) holds the shift and the flags below.
/// d == 0 gives n (divsi leaves it undefined).
int64_t nbc_rt_sdiv64_multiplier(int64_t d);
int64_t nbc_rt_sdiv64_shift(int64_t d);
enum { NBC_SDIV64_ADD = 1 << 6, NBC_SDIV64_ROUND = 1 << 7 };

/// Python's round(x, ndigits) of a float: x's exact value rounded to
/// `ndigits` (an integral value) decimal places, half to even, as the
/// nearest double (lib/Runtime/Round.c).
double nbc_rt_round(double x, double ndigits);

/// The cmath functions nbc_rt_cmath computes (and NumPy's complex exp2,
/// log2, log1p, expm1); the values are NBC_MathFn's
/// (NBCEnums.td), checked by lib/Conversion/NBCToCore/ScalarComplex.cpp.
enum NBCCmathFn {
  NBC_CMATH_SQRT = 0,
  NBC_CMATH_EXP = 1,
  NBC_CMATH_LOG = 2,
  NBC_CMATH_SIN = 3,
  NBC_CMATH_COS = 4,
  NBC_CMATH_TAN = 5,
  NBC_CMATH_ASIN = 6,
  NBC_CMATH_ACOS = 7,
  NBC_CMATH_ATAN = 8,
  NBC_CMATH_SINH = 9,
  NBC_CMATH_COSH = 10,
  NBC_CMATH_TANH = 11,
  NBC_CMATH_EXP2 = 12,
  NBC_CMATH_LOG2 = 13,
  NBC_CMATH_LOG10 = 14,
  NBC_CMATH_LOG1P = 15,
  NBC_CMATH_EXPM1 = 16,
  NBC_CMATH_ASINH = 22,
  NBC_CMATH_ACOSH = 23,
  NBC_CMATH_ATANH = 24,
};

/// cmath's function `fn` of re + im*j, returned as a C `double _Complex`
/// (two doubles in registers; C only: kernels call it, not C++). With
/// `pythonSemantics`, CPython's special values, and nbc_rt_cmath_status()
/// then gives what CPython raises: 0, NBC_ValueError ("math domain error")
/// or NBC_OverflowError ("math range error"); without, C99's (NumPy's).
#ifndef __cplusplus
double _Complex nbc_rt_cmath(int32_t fn, int32_t pythonSemantics, double re,
                             double im);
#endif
int32_t nbc_rt_cmath_status(void);
#ifndef __cplusplus
/// C99's (NumPy's) `fn` in single precision, of a complex64 whose parts
/// come as doubles; the result's parts are floats widened to double.
double _Complex nbc_rt_cmathf(int32_t fn, double re, double im);
#endif

#ifdef __cplusplus
}
#endif

#endif /* NBC_RUNTIME_NBCRUNTIME_H */
