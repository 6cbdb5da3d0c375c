// Accuracy of math in vectorized loops (libmvec through nbc-vector-math)
// against glibc's scalar libm, which CPython's math module also calls.
// Each kernel is y[i] = f(x[i]) over ~2*10^5 inputs: special values (NaN,
// +-inf, +-0, subnormals, huge), uniform samples in the function's working
// range, log-uniform magnitudes of both signs and random bit patterns. It
// prints the largest distance in units in the last place from libm's
// result and fails above the tolerance (4 ulp, glibc's documented bound for
// libmvec). NaN must give NaN, and +-inf and the sign of results must match
// libm exactly (these checks count as failures too).
//
// REQUIRES: libmvec, avx2
// RUN: nbc-capi-vector-math | FileCheck %s
// CHECK: lowered: sin f64 libmvec
// CHECK: lowered: sin f32 libmvec
// Every kernel below calls its libmvec variant.
// CHECK: libmvec functions declared: 48
// CHECK-NOT: FAIL
// CHECK: all ok

#include "nbc-c/NBC.h"

#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static MlirStringRef str(const char *s) { return mlirStringRefCreateFromCString(s); }

typedef struct Fn {
  const char *name; // nbc.math / nbc.math2 / "pow"
  int arity;
  double (*ref64)(double);
  float (*ref32)(float);
  double (*ref64b)(double, double);
  float (*ref32b)(float, float);
  double lo, hi; // working range for uniform samples
} Fn;

static const Fn kFns[] = {
    {"sin", 1, sin, sinf, 0, 0, -10, 10},      {"cos", 1, cos, cosf, 0, 0, -10, 10},
    {"tan", 1, tan, tanf, 0, 0, -3, 3},        {"asin", 1, asin, asinf, 0, 0, -1, 1},
    {"acos", 1, acos, acosf, 0, 0, -1, 1},     {"atan", 1, atan, atanf, 0, 0, -10, 10},
    {"sinh", 1, sinh, sinhf, 0, 0, -20, 20},   {"cosh", 1, cosh, coshf, 0, 0, -20, 20},
    {"tanh", 1, tanh, tanhf, 0, 0, -10, 10},   {"asinh", 1, asinh, asinhf, 0, 0, -100, 100},
    {"acosh", 1, acosh, acoshf, 0, 0, 1, 100}, {"atanh", 1, atanh, atanhf, 0, 0, -1, 1},
    {"exp", 1, exp, expf, 0, 0, -700, 700},    {"exp2", 1, exp2, exp2f, 0, 0, -1000, 1000},
    {"expm1", 1, expm1, expm1f, 0, 0, -5, 5},  {"log", 1, log, logf, 0, 0, 0, 100},
    {"log2", 1, log2, log2f, 0, 0, 0, 100},    {"log10", 1, log10, log10f, 0, 0, 0, 100},
    {"log1p", 1, log1p, log1pf, 0, 0, -1, 10}, {"erf", 1, erf, erff, 0, 0, -6, 6},
    {"erfc", 1, erfc, erfcf, 0, 0, -6, 27},    {"cbrt", 1, cbrt, cbrtf, 0, 0, -100, 100},
    {"atan2", 2, 0, 0, atan2, atan2f, -10, 10}, {"pow", 2, 0, 0, pow, powf, 0, 10},
};
enum { kNumFns = sizeof kFns / sizeof kFns[0], kN = 200003 };

static uint64_t rngState = 0x9E3779B97F4A7C15ull;
static uint64_t next(void) {
  rngState ^= rngState << 13;
  rngState ^= rngState >> 7;
  rngState ^= rngState << 17;
  return rngState;
}
static double uniform(void) { return (next() >> 11) * 0x1.0p-53; }

/// Inputs: specials first, then three kinds of samples in turn.
static void fill(double *x, const Fn *fn, int isF32, uint64_t seed) {
  static const double specials[] = {
      NAN, -NAN, INFINITY, -INFINITY, 0.0, -0.0, 0x1p-1074, -0x1p-1074, 0x1p-1022,
      -0x1p-1022, 0x1p-149, -0x1p-149, 1e-300, -1e-300, 1e-30, 1.0, -1.0, 0.5, -0.5,
      2.0, 3.0, 1e10, -1e10, 1e22, 1e300, -1e300, 0x1.fffffffffffffp1023,
      -0x1.fffffffffffffp1023, 3.4e38, 710.0, 89.0, 0x1.5p-20};
  int numSpecials = sizeof specials / sizeof specials[0];
  rngState = seed;
  for (int i = 0; i < kN; ++i) {
    double v;
    if (i < numSpecials) {
      v = specials[i];
    } else if (i % 3 == 0) {
      v = fn->lo + (fn->hi - fn->lo) * uniform();
    } else if (i % 3 == 1) {
      v = ldexp(1.0 + uniform(), (int)(next() % 2100) - 1075);
      if (next() & 1)
        v = -v;
    } else {
      uint64_t bits = next();
      if (isF32) {
        uint32_t b32 = (uint32_t)bits;
        float f;
        memcpy(&f, &b32, 4);
        v = f;
      } else {
        memcpy(&v, &bits, 8);
      }
    }
    x[i] = isF32 ? (double)(float)v : v;
  }
}

/// Ordered integer image of a float: adjacent floats differ by 1.
static int64_t ord64(double d) {
  int64_t b;
  memcpy(&b, &d, 8);
  return b < 0 ? INT64_MIN - b : b;
}
static int64_t ord32(float f) {
  int32_t b;
  memcpy(&b, &f, 4);
  return b < 0 ? INT32_MIN - b : b;
}

/// ulp distance, or -1 for a special-value mismatch (NaN, inf, signed 0).
static double ulps(double got, double want, int isF32) {
  if (isnan(want) || isnan(got))
    return isnan(want) && isnan(got) ? 0 : -1;
  if (isinf(want) || isinf(got) || signbit(got) != signbit(want))
    return memcmp(&got, &want, 8) == 0 ? 0 : -1;
  int64_t d = isF32 ? ord32((float)got) - ord32((float)want) : ord64(got) - ord64(want);
  return (double)llabs(d);
}

static char source[1 << 16];

static void emitKernel(char **out, const Fn *fn, const char *t) {
  const char *body;
  char op[256];
  if (fn->arity == 1)
    snprintf(op, sizeof op, "%%r = nbc.math %s %%a : %s", fn->name, t);
  else if (!strcmp(fn->name, "pow"))
    snprintf(op, sizeof op, "%%r = nbc.pow %%a, %%b : %s, %s -> %s", t, t, t);
  else
    snprintf(op, sizeof op, "%%r = nbc.math2 %s %%a, %%b : %s", fn->name, t);
  body = op;
  *out += sprintf(*out,
                  "func.func @k_%s_%s(%%x: memref<?x%s>, %%z: memref<?x%s>, %%y: "
                  "memref<?x%s>) attributes {nbc.kernel = #nbc.kernel<error_model = numpy>} {\n"
                  "  %%c0 = nbc.constant 0 : si64\n  %%c1 = nbc.constant 1 : si64\n"
                  "  %%n = nbc.dim %%x, 0 : memref<?x%s>\n"
                  "  nbc.range %%i = %%c0 to %%n step %%c1 : si64 {\n"
                  "    %%a = nbc.load %%x[%%i] : memref<?x%s>, si64\n"
                  "    %%b = nbc.load %%z[%%i] : memref<?x%s>, si64\n"
                  "    %s\n"
                  "    nbc.store %%r, %%y[%%i] : memref<?x%s>, si64\n  }\n  return\n}\n",
                  fn->name, t, t, t, t, t, t, t, body, t);
}

typedef struct Buffer {
  char *data;
  size_t size, capacity;
} Buffer;

static void collect(MlirStringRef s, void *user) {
  Buffer *b = (Buffer *)user;
  if (b->size + s.length + 1 > b->capacity) {
    b->capacity = 2 * (b->size + s.length + 1);
    b->data = realloc(b->data, b->capacity);
  }
  memcpy(b->data + b->size, s.data, s.length);
  b->size += s.length;
  b->data[b->size] = 0;
}

int main(void) {
  char *p = source;
  for (int f = 0; f < kNumFns; ++f) {
    emitKernel(&p, &kFns[f], "f64");
    emitKernel(&p, &kFns[f], "f32");
  }
  MlirContext ctx = nbcContextCreate();
  NbcCompileOptions options = nbcCompileOptionsGetDefault();
  NbcProgram program = nbcProgramCreateFromSource(ctx, str(source), str("vm.mlir"), &options);
  if (nbcProgramIsNull(program)) {
    MlirStringRef e = nbcGetLastError();
    fprintf(stderr, "compile failed: %.*s\n", (int)e.length, e.data);
    return 1;
  }
  Buffer ir = {0, 0, 0};
  if (mlirLogicalResultIsFailure(nbcProgramPrint(program, NbcStageLLVMDialect, collect, &ir)))
    return 1;
  // The ISA class (d on AVX2, e on AVX-512) follows the host.
  printf("lowered: sin f64 %s\n", strstr(ir.data, "v_sin(") ? "libmvec" : "none");
  printf("lowered: sin f32 %s\n", strstr(ir.data, "v_sinf(") ? "libmvec" : "none");
  int declared = 0;
  for (const char *at = ir.data; (at = strstr(at, "llvm.func @_ZGV")); ++at)
    ++declared;
  printf("libmvec functions declared: %d\n", declared);

  double *x = malloc(kN * sizeof(double)), *z = malloc(kN * sizeof(double));
  double *y = malloc(kN * sizeof(double));
  float *xf = malloc(kN * sizeof(float)), *zf = malloc(kN * sizeof(float));
  float *yf = malloc(kN * sizeof(float));
  int failures = 0;
  for (int f = 0; f < kNumFns; ++f) {
    const Fn *fn = &kFns[f];
    for (int isF32 = 0; isF32 < 2; ++isF32) {
      char name[64];
      snprintf(name, sizeof name, "k_%s_%s", fn->name, isF32 ? "f32" : "f64");
      NbcKernel kernel = nbcProgramLookup(program, str(name));
      if (nbcKernelIsNull(kernel)) {
        printf("%s FAIL: no kernel\n", name);
        ++failures;
        continue;
      }
      fill(x, fn, isF32, 0x1234567 + f);
      fill(z, fn, isF32, 0x7654321 + f);
      for (int i = 0; i < kN; ++i) {
        xf[i] = (float)x[i];
        zf[i] = (float)z[i];
      }
      NbcMemRef1D vx = {x, x, 0, {kN}, {1}}, vz = {z, z, 0, {kN}, {1}}, vy = {y, y, 0, {kN}, {1}};
      if (isF32) {
        vx.allocated = vx.aligned = xf;
        vz.allocated = vz.aligned = zf;
        vy.allocated = vy.aligned = yf;
      }
      void *args[3] = {&vx, &vz, &vy};
      const char *status = nbcKernelGetFunction(kernel)(args, NULL);
      if (status) {
        printf("%s FAIL: raised %s\n", name, status + 1);
        ++failures;
        continue;
      }
      double worst = 0, worstX = 0, worstZ = 0;
      int specialMismatches = 0;
      double firstBadX = 0, firstBadGot = 0, firstBadWant = 0;
      for (int i = 0; i < kN; ++i) {
        double got, want;
        if (isF32) {
          got = yf[i];
          want = fn->arity == 1 ? fn->ref32(xf[i]) : fn->ref32b(xf[i], zf[i]);
        } else {
          got = y[i];
          want = fn->arity == 1 ? fn->ref64(x[i]) : fn->ref64b(x[i], z[i]);
        }
        double u = ulps(got, want, isF32);
        if (u < 0) {
          if (!specialMismatches++) {
            firstBadX = isF32 ? xf[i] : x[i];
            firstBadGot = got;
            firstBadWant = want;
          }
        } else if (u > worst) {
          worst = u;
          worstX = isF32 ? xf[i] : x[i];
          worstZ = isF32 ? zf[i] : z[i];
        }
      }
      int ok = worst <= 4 && specialMismatches == 0;
      failures += !ok;
      printf("%s %s max_ulp=%g", name, ok ? "ok" : "FAIL", worst);
      if (worst > 0)
        printf(" at x=%a%s", worstX, fn->arity == 2 ? "" : "");
      if (fn->arity == 2 && worst > 0)
        printf(" y=%a", worstZ);
      if (specialMismatches)
        printf(" special_mismatches=%d (first x=%a got %a want %a)", specialMismatches,
               firstBadX, firstBadGot, firstBadWant);
      printf("\n");
    }
  }
  if (!failures)
    printf("all ok\n");
  nbcProgramDestroy(program);
  mlirContextDestroy(ctx);
  free(ir.data);
  return failures != 0;
}
