// A C frontend builds `try: q = x // y except Exception: q = -1` with
// nbcTryOpCreate: the division's ZeroDivisionError is caught inside the
// kernel (no status reaches the caller), and the kernel may not raise.
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

  NbcProgram program = nbcProgramCreate(module, NULL);
  mlirModuleDestroy(module);
  NbcKernel kernel = nbcProgramLookup(program, str("safe_floordiv"));
  if (nbcKernelIsNull(kernel)) {
    e = nbcGetLastError();
    printf("FAIL compiling: %.*s\n", (int)e.length, e.data);
    return 1;
  }
  // CHECK: may raise: 0
  printf("may raise: %d\n", nbcKernelMayRaise(kernel));
  int64_t xs[3] = {7, 7, -7}, ys[3] = {2, 0, 2};
  for (int k = 0; k < 3; ++k) {
    int64_t out = 0;
    void *callArgs[2] = {&xs[k], &ys[k]};
    void *results[1] = {&out};
    const char *status = NULL;
    NbcValueType types[2] = {{NbcDTypeInt64, -1}, {NbcDTypeInt64, -1}};
    nbcKernelCall(kernel, 2, types, callArgs, 1, results, &status);
    if (status)
      printf("FAIL a status reached the caller: %s\n", nbcStatusGetMessage(status));
    printf("safe_floordiv(%ld, %ld) = %ld\n", (long)xs[k], (long)ys[k], (long)out);
  }
  // CHECK: safe_floordiv(7, 2) = 3
  // CHECK: safe_floordiv(7, 0) = -1
  // CHECK: safe_floordiv(-7, 2) = -4
  nbcProgramDestroy(program);
  mlirContextDestroy(ctx);
  return failures != 0;
}
