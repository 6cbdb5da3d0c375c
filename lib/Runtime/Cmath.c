/*===- Cmath.c - cmath's functions on complex numbers ---------------------===//
 *
 * nbc.math on a complex operand calls nbc_rt_cmath: the values are glibc's
 * C99 functions (Annex G special values), which NumPy's are too. Under
 * Python's semantics the few special values where CPython's cmath differs
 * from C99 (signs of zeros next to NaN, infinities) are CPython's, and the
 * status says what CPython raises: ValueError where C99 signals invalid or
 * divide-by-zero and OverflowError where it overflows, never for a NaN
 * input. tests/python/test_cmath.py checks every class of input (zeros of
 * each sign, finite, infinite, NaN parts) against CPython's cmath and NumPy.
 * complex64 takes glibc's float functions (as NumPy's complex64 loops do)
 * through nbc_rt_cmathf, except under Python's semantics (CPython has no
 * complex64: computed in double and rounded).
 *
 *===----------------------------------------------------------------------===*/

#include "nbc/Runtime/NBCRuntime.h"

#include <fenv.h>
#include <tgmath.h>

/* C11's CMPLX, without the C11 mode: a complex is an array of its parts,
 * so no multiplication by I turns an infinite part into NaNs. */
#define NBC_DEFINE_MAKE(NAME, REAL)                                            \
  static REAL complex NAME(REAL re, REAL im) {                                 \
    REAL complex z;                                                            \
    ((REAL *)&z)[0] = re;                                                      \
    ((REAL *)&z)[1] = im;                                                      \
    return z;                                                                  \
  }
NBC_DEFINE_MAKE(make_complex, double)
NBC_DEFINE_MAKE(make_complexf, float)

/* C99's functions and NumPy's formulas for those C99 lacks, once for each
 * precision: <tgmath.h> picks csqrt or csqrtf, log or logf by type. */
#define NBC_DEFINE_C99(NAME, REAL, MAKE)                                       \
  static REAL complex NAME(int32_t fn, REAL complex z) {                       \
    REAL x = creal(z), y = cimag(z);                                           \
    switch (fn) {                                                              \
    case NBC_CMATH_SQRT:                                                       \
      return sqrt(z);                                                          \
    case NBC_CMATH_EXP:                                                        \
      return exp(z);                                                           \
    case NBC_CMATH_LOG:                                                        \
      return log(z);                                                           \
    case NBC_CMATH_LOG10:                                                      \
      z = log(z);                                                              \
      return MAKE(creal(z) * (REAL)M_LOG10E, cimag(z) * (REAL)M_LOG10E);       \
    case NBC_CMATH_LOG2:                                                       \
      z = log(z);                                                              \
      return MAKE(creal(z) * (REAL)M_LOG2E, cimag(z) * (REAL)M_LOG2E);         \
    case NBC_CMATH_EXP2:                                                       \
      return exp(MAKE(x * (REAL)M_LN2, y * (REAL)M_LN2));                      \
    case NBC_CMATH_LOG1P:                                                      \
      return MAKE(log(hypot(x + 1, y)), atan2(y, x + 1));                      \
    case NBC_CMATH_EXPM1: {                                                    \
      REAL half = sin(y / 2);                                                  \
      return MAKE(expm1(x) * cos(y) - 2 * half * half, exp(x) * sin(y));       \
    }                                                                          \
    case NBC_CMATH_SIN:                                                        \
      return sin(z);                                                           \
    case NBC_CMATH_COS:                                                        \
      return cos(z);                                                           \
    case NBC_CMATH_TAN:                                                        \
      return tan(z);                                                           \
    case NBC_CMATH_ASIN:                                                       \
      return asin(z);                                                          \
    case NBC_CMATH_ACOS:                                                       \
      return acos(z);                                                          \
    case NBC_CMATH_ATAN:                                                       \
      return atan(z);                                                          \
    case NBC_CMATH_SINH:                                                       \
      return sinh(z);                                                          \
    case NBC_CMATH_COSH:                                                       \
      return cosh(z);                                                          \
    case NBC_CMATH_TANH:                                                       \
      return tanh(z);                                                          \
    case NBC_CMATH_ASINH:                                                      \
      return asinh(z);                                                         \
    case NBC_CMATH_ACOSH:                                                      \
      return acosh(z);                                                         \
    case NBC_CMATH_ATANH:                                                      \
      return atanh(z);                                                         \
    default:                                                                   \
      return MAKE(NAN, NAN);                                                   \
    }                                                                          \
  }
NBC_DEFINE_C99(c99, double, make_complex)
NBC_DEFINE_C99(c99f, float, make_complexf)

/* CPython's value where its special-value tables differ from C99. */
static double complex python(int32_t fn, double complex z) {
  double x = creal(z), y = cimag(z);
  double complex r;
  switch (fn) {
  /* CPython computes these as rotations of the hyperbolic functions,
   * so they inherit the hyperbolic functions' special values. */
  case NBC_CMATH_SIN:
    r = python(NBC_CMATH_SINH, make_complex(-y, x));
    return make_complex(cimag(r), -creal(r));
  case NBC_CMATH_COS:
    return python(NBC_CMATH_COSH, make_complex(-y, x));
  case NBC_CMATH_TAN:
    r = python(NBC_CMATH_TANH, make_complex(-y, x));
    return make_complex(cimag(r), -creal(r));
  case NBC_CMATH_ASIN:
    r = python(NBC_CMATH_ASINH, make_complex(-y, x));
    return make_complex(cimag(r), -creal(r));
  case NBC_CMATH_ATAN:
    r = python(NBC_CMATH_ATANH, make_complex(-y, x));
    return make_complex(cimag(r), -creal(r));
  case NBC_CMATH_LOG10: /* CPython divides by ln(10), NumPy multiplies */
    r = c99(NBC_CMATH_LOG, z);
    return make_complex(creal(r) / M_LN10, cimag(r) / M_LN10);
  case NBC_CMATH_EXP:
    if (isinf(x) && x < 0 && !isfinite(y))
      return make_complex(0.0, 0.0);
    break;
  case NBC_CMATH_SINH:
    if (x == 0 && isnan(y))
      return make_complex(0.0, NAN);
    break;
  case NBC_CMATH_COSH:
    if (isnan(x) && y == 0)
      return make_complex(NAN, 0.0);
    break;
  case NBC_CMATH_TANH:
    if (x == 0 && isnan(y))
      return make_complex(NAN, NAN);
    if (isinf(x) && !isfinite(y))
      return make_complex(copysign(1.0, x), 0.0);
    break;
  case NBC_CMATH_ACOSH:
    if (x == 0 && isnan(y))
      return make_complex(NAN, NAN);
    break;
  case NBC_CMATH_ATANH:
    if (isnan(x) && isinf(y))
      return make_complex(0.0, copysign(M_PI_2, y));
    break;
  default:
    break;
  }
  return c99(fn, z);
}

/* The status of the calling thread's last nbc_rt_cmath with Python's
 * semantics, which nbc_rt_cmath_status reads (the result itself comes back
 * in registers, as a C complex does, so a call needs no memory). */
static _Thread_local int32_t lastStatus;

double complex nbc_rt_cmath(int32_t fn, int32_t pythonSemantics, double re,
                            double im) {
  double complex z = make_complex(re, im);
  if (!pythonSemantics)
    return c99(fn, z);
  feclearexcept(FE_INVALID | FE_DIVBYZERO | FE_OVERFLOW);
  double complex r = python(fn, z);
  int flags = fetestexcept(FE_INVALID | FE_DIVBYZERO | FE_OVERFLOW);
  if (isnan(re) || isnan(im))
    lastStatus = 0;
  else if (flags & (FE_INVALID | FE_DIVBYZERO))
    lastStatus = NBC_ValueError;
  else
    lastStatus = (flags & FE_OVERFLOW) ? NBC_OverflowError : 0;
  return r;
}

int32_t nbc_rt_cmath_status(void) { return lastStatus; }

double complex nbc_rt_cmathf(int32_t fn, double re, double im) {
  float complex r = c99f(fn, make_complexf((float)re, (float)im));
  return make_complex(crealf(r), cimagf(r));
}
