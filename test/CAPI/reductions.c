// A C frontend builds nbc.prange with plain carried values (kinds NULL),
// names their accumulators with NameLocs, and lets nbcRecognizeReductions
// decide the kinds from the body; the kernel then compiles and runs. A body
// that is not a reduction fails with the diagnostic at the offending op.
//
// RUN: nbc-capi-reductions 2>&1 | FileCheck %s
// CHECK: iter_args(%{{.*}} = %{{.*}} : f64, %{{.*}} = %{{.*}} : si64)
// CHECK: recognized: 1
// CHECK: reduce(add %{{.*}} = %{{.*}} : f64, max %{{.*}} = %{{.*}} : si64)
// CHECK: sums(10) = -45 8
// CHECK: recognized: 0
// CHECK: reductions.c:7:3: error: prange: variable 'p' is assigned in the loop but is not a reduction (use p += x, p *= x, p = min(p, x), ...)

#include "mlir-c/BuiltinTypes.h"
#include "mlir-c/IR.h"
#include "nbc-c/NBC.h"

#include <stdio.h>
#include <stdlib.h>

static MlirStringRef str(const char *s) { return mlirStringRefCreateFromCString(s); }

static void fail(const char *what) {
  MlirStringRef e = nbcGetLastError();
  printf("%s: %.*s\n", what, (int)e.length, e.data);
  exit(1);
}

static MlirValue append(MlirBlock block, MlirOperation op) {
  if (mlirOperationIsNull(op))
    fail("build");
  mlirBlockAppendOwnedOperation(block, op);
  return mlirOperationGetNumResults(op) ? mlirOperationGetResult(op, 0)
                                        : (MlirValue){NULL};
}

static MlirValue check(MlirValue v) {
  if (mlirValueIsNull(v))
    fail("typed builder");
  return v;
}

static void print(MlirStringRef text, void *unused) {
  (void)unused;
  fwrite(text.data, 1, text.length, stdout);
}

/// Names a carried value `name` for the diagnostics.
static void name(MlirContext ctx, MlirValue acc, const char *name, MlirLocation loc) {
  mlirBlockArgumentSetLocation(acc, mlirLocationNameGet(ctx, str(name), loc));
}

/// def sums(n, x):            # si64, f64
///     s, m = 0.0, -1
///     for i in prange(n):
///         s -= x * i         # add
///         if i % 2 == 0:
///             m = max(m, i)  # max, conditionally
///     return s, m
static MlirOperation buildSums(MlirContext ctx, MlirModule module) {
  MlirLocation loc = mlirLocationFileLineColGet(ctx, str("reductions.c"), 1, 1);
  MlirType f64 = mlirF64TypeGet(ctx), si64 = nbcSignedIntegerTypeGet(ctx, 64);
  MlirType args[2] = {si64, f64}, results[2] = {f64, si64};
  MlirOperation func = nbcKernelFuncCreate(
      loc, str("sums"), 2, args, 2, results,
      nbcKernelAttrGet(ctx, 0, NbcErrorModelPython, /*parallel=*/true,
                       /*boundscheck=*/false));
  mlirBlockAppendOwnedOperation(mlirModuleGetBody(module), func);
  MlirBlock body = nbcFuncGetEntryBlock(func);
  MlirValue n = mlirBlockGetArgument(body, 0), x = mlirBlockGetArgument(body, 1);
  MlirValue zero = append(body, nbcConstantIntOpCreate(loc, si64, 0));
  MlirValue one = append(body, nbcConstantIntOpCreate(loc, si64, 1));
  MlirValue inits[2] = {append(body, nbcConstantFloatOpCreate(loc, f64, 0.0)),
                        append(body, nbcConstantIntOpCreate(loc, si64, -1))};
  MlirOperation prange = nbcPRangeOpCreate(loc, 1, &zero, &n, &one, 2, NULL, inits);
  if (mlirOperationIsNull(prange))
    fail("prange");
  MlirBlock loop = nbcRangeOpGetBody(prange);
  MlirValue i = mlirBlockGetArgument(loop, 0);
  MlirValue s = mlirBlockGetArgument(loop, 1), m = mlirBlockGetArgument(loop, 2);
  name(ctx, s, "s", loc);
  name(ctx, m, "m", loc);
  MlirValue xi = check(nbcBuildBinary(loop, loc, NbcBinaryMul, x, i));
  MlirValue s1 = check(nbcBuildBinary(loop, loc, NbcBinarySub, s, xi));
  MlirValue two = append(loop, nbcConstantIntOpCreate(loc, si64, 2));
  MlirValue rem = check(nbcBuildBinary(loop, loc, NbcBinaryMod, i, two));
  MlirValue even = check(nbcBuildCompare(loop, loc, NbcCmpEq, rem, zero));
  MlirValue hi = check(nbcBuildMinMax(loop, loc, /*isMax=*/true, m, i));
  MlirValue m1 = check(nbcBuildWhere(loop, loc, even, hi, m));
  MlirValue next[2] = {s1, m1};
  append(loop, nbcYieldOpCreate(loc, (MlirValue){NULL}, 2, next));
  mlirBlockAppendOwnedOperation(body, prange);
  MlirValue out[2] = {mlirOperationGetResult(prange, 0),
                      mlirOperationGetResult(prange, 1)};
  append(body, nbcReturnOpCreate(loc, 2, out));
  return prange;
}

/// for i in prange(n): p = p * p      (not a reduction)
static void buildSquares(MlirContext ctx, MlirModule module) {
  MlirLocation loc = mlirLocationFileLineColGet(ctx, str("reductions.c"), 5, 1);
  MlirLocation update = mlirLocationFileLineColGet(ctx, str("reductions.c"), 7, 3);
  MlirType f64 = mlirF64TypeGet(ctx), si64 = nbcSignedIntegerTypeGet(ctx, 64);
  MlirType args[2] = {si64, f64};
  MlirOperation func = nbcKernelFuncCreate(
      loc, str("squares"), 2, args, 1, &f64,
      nbcKernelAttrGet(ctx, 0, NbcErrorModelPython, true, false));
  mlirBlockAppendOwnedOperation(mlirModuleGetBody(module), func);
  MlirBlock body = nbcFuncGetEntryBlock(func);
  MlirValue n = mlirBlockGetArgument(body, 0), x = mlirBlockGetArgument(body, 1);
  MlirValue zero = append(body, nbcConstantIntOpCreate(loc, si64, 0));
  MlirValue one = append(body, nbcConstantIntOpCreate(loc, si64, 1));
  MlirOperation prange = nbcPRangeOpCreate(loc, 1, &zero, &n, &one, 1, NULL, &x);
  MlirBlock loop = nbcRangeOpGetBody(prange);
  MlirValue p = mlirBlockGetArgument(loop, 1);
  name(ctx, p, "p", loc);
  MlirValue p1 = check(nbcBuildBinary(loop, update, NbcBinaryMul, p, p));
  append(loop, nbcYieldOpCreate(loc, (MlirValue){NULL}, 1, &p1));
  mlirBlockAppendOwnedOperation(body, prange);
  MlirValue result = mlirOperationGetResult(prange, 0);
  append(body, nbcReturnOpCreate(loc, 1, &result));
}

int main(void) {
  MlirContext ctx = nbcContextCreate();
  MlirModule module = mlirModuleCreateEmpty(mlirLocationUnknownGet(ctx));
  MlirOperation prange = buildSums(ctx, module);
  if (!nbcVerify(mlirModuleGetOperation(module)))
    fail("verify");
  mlirOperationPrint(prange, print, NULL);
  printf("\nrecognized: %d\n", nbcRecognizeReductions(mlirModuleGetOperation(module)));
  mlirOperationPrint(prange, print, NULL);
  printf("\n");

  NbcCompileOptions options = nbcCompileOptionsGetDefault();
  NbcProgram program = nbcProgramCreate(module, &options);
  if (nbcProgramIsNull(program))
    fail("compile");
  NbcKernel kernel = nbcProgramLookup(program, str("sums"));
  int64_t count = 10;
  double x = 1.0, s = 0;
  int64_t m = 0;
  void *callArgs[2] = {&count, &x};
  void *results[2] = {&s, &m};
  const char *status = NULL;
  if (mlirLogicalResultIsFailure(
          nbcKernelCall(kernel, 2, NULL, callArgs, 2, results, &status)) ||
      status)
    fail("call");
  printf("sums(10) = %g %lld\n", s, (long long)m);
  nbcProgramDestroy(program);
  mlirModuleDestroy(module);

  MlirModule bad = mlirModuleCreateEmpty(mlirLocationUnknownGet(ctx));
  buildSquares(ctx, bad);
  printf("recognized: %d\n", nbcRecognizeReductions(mlirModuleGetOperation(bad)));
  MlirStringRef e = nbcGetLastError();
  printf("%.*s\n", (int)e.length, e.data);
  mlirModuleDestroy(bad);
  mlirContextDestroy(ctx);
  return 0;
}
