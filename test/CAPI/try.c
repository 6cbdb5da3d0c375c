// A C frontend builds `try: q = x // y except Exception: q = -1` with
// nbcTryOpCreate: the division's ZeroDivisionError is caught inside the
// kernel (no status reaches the caller), and the kernel may not raise.
// Then `try: ... except (IndexError, KeyError): ... except ValueError: ...`
// with nbcTryOpCreateCatching: a ZeroDivisionError no clause names reaches
// the caller with its message. Then `try: q = x // y finally: ...` with
// nbcTryOpCreatePending and nbcReraiseOpCreate: the held ZeroDivisionError
// reaches the caller after the finally code.
//
// RUN: nbc-capi-try 2>&1 | FileCheck %s
// CHECK-NOT: FAIL

#include "mlir-c/BuiltinTypes.h"
#include "mlir-c/IR.h"
#include "nbc-c/NBC.h"

#include <stdio.h>

static int failures = 0;

static MlirStringRef str(const char *s) {
  return mlirStringRefCreateFromCString(s);
}

static MlirValue append(MlirBlock block, MlirOperation op) {
  if (mlirOperationIsNull(op)) {
    MlirStringRef e = nbcGetLastError();
    printf("FAIL building an op: %.*s\n", (int)e.length, e.data);
    ++failures;
    return (MlirValue){NULL};
  }
  mlirBlockAppendOwnedOperation(block, op);
  return mlirOperationGetNumResults(op) ? mlirOperationGetResult(op, 0)
                                        : (MlirValue){NULL};
}

/// Compiles `module` (destroying it) and looks up kernel `name`.
static NbcKernel compile(MlirModule module, const char *name,
                         NbcProgram *program) {
  *program = nbcProgramCreate(module, NULL);
  mlirModuleDestroy(module);
  NbcKernel kernel = nbcProgramLookup(*program, str(name));
  if (nbcKernelIsNull(kernel)) {
    MlirStringRef e = nbcGetLastError();
    printf("FAIL compiling: %.*s\n", (int)e.length, e.data);
  }
  return kernel;
}

/// kernel(x, y) of two int64s: its status, its result in `out`.
static const char *call2(NbcKernel kernel, int64_t x, int64_t y, int64_t *out) {
  void *callArgs[2] = {&x, &y};
  void *results[1] = {out};
  const char *status = NULL;
  NbcValueType types[2] = {{NbcDTypeInt64, -1}, {NbcDTypeInt64, -1}};
  nbcKernelCall(kernel, 2, types, callArgs, 1, results, &status);
  return status;
}

/// An empty kernel `name`(x, y) of two int64s returning one, in a new
/// module; its entry block, x and y in `body`, `x`, `y`.
static MlirModule kernel2(MlirContext ctx, const char *name, MlirBlock *body,
                          MlirValue *x, MlirValue *y) {
  MlirLocation loc = mlirLocationUnknownGet(ctx);
  MlirType si64 = nbcSignedIntegerTypeGet(ctx, 64);
  MlirType args[2] = {si64, si64};
  MlirOperation func = nbcKernelFuncCreate(
      loc, str(name), 2, args, 1, &si64,
      nbcKernelAttrGet(ctx, 0, NbcErrorModelPython, false, true));
  MlirModule module = mlirModuleCreateEmpty(loc);
  mlirBlockAppendOwnedOperation(mlirModuleGetBody(module), func);
  *body = nbcFuncGetEntryBlock(func);
  *x = mlirBlockGetArgument(*body, 0);
  *y = mlirBlockGetArgument(*body, 1);
  return module;
}

static int picky(MlirContext ctx);
static int held(MlirContext ctx);

int main(void) {
  MlirContext ctx = nbcContextCreate();
  MlirLocation loc = mlirLocationUnknownGet(ctx);
  MlirType si64 = nbcSignedIntegerTypeGet(ctx, 64);
  MlirType args[2] = {si64, si64};
  MlirOperation func = nbcKernelFuncCreate(
      loc, str("safe_floordiv"), 2, args, 1, &si64,
      nbcKernelAttrGet(ctx, 0, NbcErrorModelPython, false, true));
  MlirModule module = mlirModuleCreateEmpty(loc);
  mlirBlockAppendOwnedOperation(mlirModuleGetBody(module), func);
  MlirBlock body = nbcFuncGetEntryBlock(func);
  MlirValue x = mlirBlockGetArgument(body, 0);
  MlirValue y = mlirBlockGetArgument(body, 1);

  MlirOperation tryOp = nbcTryOpCreate(loc, 1, &si64);
  if (mlirOperationIsNull(tryOp)) {
    printf("FAIL nbcTryOpCreate\n");
    return 1;
  }
  mlirBlockAppendOwnedOperation(body, tryOp);
  MlirBlock tryBody = nbcTryOpGetBody(tryOp);
  MlirValue q = append(tryBody, nbcBinaryOpCreate(loc, str("nbc.floordiv"), x, y));
  append(tryBody, nbcYieldOpCreate(loc, (MlirValue){NULL}, 1, &q));
  MlirValue caught = mlirOperationGetResult(tryOp, 0);
  MlirValue value = mlirOperationGetResult(tryOp, 1);
  MlirValue minusOne = append(body, nbcConstantIntOpCreate(loc, si64, -1));
  MlirValue result = append(body, nbcSelectOpCreate(loc, caught, minusOne, value));
  append(body, nbcReturnOpCreate(loc, 1, &result));

  // The op's printed form, and the module verifies.
  // CHECK: nbc.try -> (si64) {
  // CHECK:   nbc.floordiv
  // CHECK:   nbc.yield %{{.*}} : si64
  mlirOperationDump(mlirModuleGetOperation(module));
  // Not a try: a clear error.
  if (!mlirBlockIsNull(nbcTryOpGetBody(func)))
    printf("FAIL nbcTryOpGetBody accepted a func.func\n");
  MlirStringRef e = nbcGetLastError();
  // CHECK: nbcTryOpGetBody: not an nbc.try
  printf("%.*s\n", (int)e.length, e.data);

  NbcProgram program;
  NbcKernel kernel = compile(module, "safe_floordiv", &program);
  if (nbcKernelIsNull(kernel))
    return 1;
  // CHECK: may raise: 0
  printf("may raise: %d\n", nbcKernelMayRaise(kernel));
  int64_t xs[3] = {7, 7, -7}, ys[3] = {2, 0, 2};
  for (int k = 0; k < 3; ++k) {
    int64_t out = 0;
    const char *status = call2(kernel, xs[k], ys[k], &out);
    if (status)
      printf("FAIL a status reached the caller: %s\n", nbcStatusGetMessage(status));
    printf("safe_floordiv(%ld, %ld) = %ld\n", (long)xs[k], (long)ys[k], (long)out);
  }
  // CHECK: safe_floordiv(7, 2) = 3
  // CHECK: safe_floordiv(7, 0) = -1
  // CHECK: safe_floordiv(-7, 2) = -4
  nbcProgramDestroy(program);
  return picky(ctx) || failures != 0;
}

/// picky(x, y): try: q = x // y; if x < 0: raise ValueError("negative")
/// except (IndexError, KeyError): q = -1 except ValueError: q = -2
static int picky(MlirContext ctx) {
  MlirLocation loc = mlirLocationUnknownGet(ctx);
  MlirType si64 = nbcSignedIntegerTypeGet(ctx, 64);
  MlirType args[2] = {si64, si64};
  MlirOperation func = nbcKernelFuncCreate(
      loc, str("picky"), 2, args, 1, &si64,
      nbcKernelAttrGet(ctx, 0, NbcErrorModelPython, false, true));
  MlirModule module = mlirModuleCreateEmpty(loc);
  mlirBlockAppendOwnedOperation(mlirModuleGetBody(module), func);
  MlirBlock body = nbcFuncGetEntryBlock(func);
  MlirValue x = mlirBlockGetArgument(body, 0);
  MlirValue y = mlirBlockGetArgument(body, 1);

  intptr_t sizes[2] = {2, 1};
  NbcExceptionKind kinds[3] = {NbcIndexError, NbcKeyError, NbcValueError};
  MlirOperation tryOp = nbcTryOpCreateCatching(loc, 2, sizes, kinds, 1, &si64);
  if (mlirOperationIsNull(tryOp)) {
    printf("FAIL nbcTryOpCreateCatching\n");
    return 1;
  }
  mlirBlockAppendOwnedOperation(body, tryOp);
  // CHECK: clauses: 2
  printf("clauses: %ld\n", (long)nbcTryOpGetNumClauses(tryOp));
  MlirBlock tryBody = nbcTryOpGetBody(tryOp);
  MlirValue q = append(tryBody, nbcBinaryOpCreate(loc, str("nbc.floordiv"), x, y));
  MlirValue zero = append(tryBody, nbcConstantIntOpCreate(loc, si64, 0));
  MlirValue negative = append(tryBody, nbcCmpOpCreate(loc, NbcCmpLt, x, zero));
  append(tryBody, nbcRaiseIfOpCreate(loc, negative, NbcValueError, str("negative")));
  append(tryBody, nbcYieldOpCreate(loc, (MlirValue){NULL}, 1, &q));
  MlirValue lookup = mlirOperationGetResult(tryOp, 0);
  MlirValue value = mlirOperationGetResult(tryOp, 1);
  MlirValue result = mlirOperationGetResult(tryOp, 2);
  MlirValue minusOne = append(body, nbcConstantIntOpCreate(loc, si64, -1));
  MlirValue minusTwo = append(body, nbcConstantIntOpCreate(loc, si64, -2));
  result = append(body, nbcSelectOpCreate(loc, lookup, minusOne, result));
  result = append(body, nbcSelectOpCreate(loc, value, minusTwo, result));
  append(body, nbcReturnOpCreate(loc, 1, &result));

  // CHECK: nbc.try catch [IndexError, KeyError] [ValueError] -> (si64) {
  fflush(stdout); // the dump goes to stderr, after what main printed
  mlirOperationDump(mlirModuleGetOperation(module));
  // CHECK: nbcTryOpCreateCatching: unknown exception kind 99
  NbcExceptionKind bad = (NbcExceptionKind)99;
  intptr_t one = 1;
  if (!mlirOperationIsNull(nbcTryOpCreateCatching(loc, 1, &one, &bad, 0, NULL)))
    printf("FAIL an unknown kind was accepted\n");
  MlirStringRef e = nbcGetLastError();
  printf("%.*s\n", (int)e.length, e.data);
  // CHECK: nbcTryOpGetNumClauses: not an nbc.try
  if (nbcTryOpGetNumClauses(func) != -1)
    printf("FAIL nbcTryOpGetNumClauses accepted a func.func\n");
  e = nbcGetLastError();
  printf("%.*s\n", (int)e.length, e.data);

  NbcProgram program;
  NbcKernel kernel = compile(module, "picky", &program);
  if (nbcKernelIsNull(kernel))
    return 1;
  // CHECK: picky may raise: 1
  printf("picky may raise: %d\n", nbcKernelMayRaise(kernel));
  int64_t xs[3] = {7, -7, 7}, ys[3] = {2, 2, 0};
  for (int k = 0; k < 3; ++k) {
    int64_t out = 0;
    const char *status = call2(kernel, xs[k], ys[k], &out);
    if (status)
      printf("picky(%ld, %ld) raised %d: %s\n", (long)xs[k], (long)ys[k],
             nbcStatusGetKind(status), nbcStatusGetMessage(status));
    else
      printf("picky(%ld, %ld) = %ld\n", (long)xs[k], (long)ys[k], (long)out);
  }
  // CHECK: picky(7, 2) = 3
  // CHECK: picky(-7, 2) = -2
  // CHECK: picky(7, 0) raised 1: integer division or modulo by zero
  nbcProgramDestroy(program);
  return held(ctx);
}

/// held(x, y): try: q = x // y finally: (nothing) -- then the re-raise.
static int held(MlirContext ctx) {
  MlirLocation loc = mlirLocationUnknownGet(ctx);
  MlirType si64 = nbcSignedIntegerTypeGet(ctx, 64);
  MlirBlock body;
  MlirValue x, y;
  MlirModule module = kernel2(ctx, "held", &body, &x, &y);
  MlirOperation tryOp = nbcTryOpCreatePending(loc, 1, &si64);
  if (mlirOperationIsNull(tryOp)) {
    printf("FAIL nbcTryOpCreatePending\n");
    return 1;
  }
  mlirBlockAppendOwnedOperation(body, tryOp);
  // CHECK: held clauses: 0
  printf("held clauses: %ld\n", (long)nbcTryOpGetNumClauses(tryOp));
  MlirBlock tryBody = nbcTryOpGetBody(tryOp);
  MlirValue q = append(tryBody, nbcBinaryOpCreate(loc, str("nbc.floordiv"), x, y));
  append(tryBody, nbcYieldOpCreate(loc, (MlirValue){NULL}, 1, &q));
  MlirValue pending = mlirOperationGetResult(tryOp, 0);
  MlirValue result = mlirOperationGetResult(tryOp, 1);
  append(body, nbcReraiseOpCreate(loc, pending));
  append(body, nbcReturnOpCreate(loc, 1, &result));
  // CHECK: nbc.try pending -> (si64) {
  // CHECK: nbc.reraise %{{.*}}
  fflush(stdout);
  mlirOperationDump(mlirModuleGetOperation(module));
  // CHECK: nbcReraiseOpCreate: null location or value
  if (!mlirOperationIsNull(nbcReraiseOpCreate(loc, (MlirValue){NULL})))
    printf("FAIL a null pending exception was accepted\n");
  MlirStringRef e = nbcGetLastError();
  printf("%.*s\n", (int)e.length, e.data);

  NbcProgram program;
  NbcKernel kernel = compile(module, "held", &program);
  if (nbcKernelIsNull(kernel))
    return 1;
  int64_t ys[2] = {2, 0};
  for (int k = 0; k < 2; ++k) {
    int64_t out = 0;
    const char *status = call2(kernel, 7, ys[k], &out);
    if (status)
      printf("held(7, %ld) raised %d: %s\n", (long)ys[k],
             nbcStatusGetKind(status), nbcStatusGetMessage(status));
    else
      printf("held(7, %ld) = %ld\n", (long)ys[k], (long)out);
  }
  // CHECK: held(7, 2) = 3
  // CHECK: held(7, 0) raised 1: integer division or modulo by zero
  nbcProgramDestroy(program);
  mlirContextDestroy(ctx);
  return failures != 0;
}
