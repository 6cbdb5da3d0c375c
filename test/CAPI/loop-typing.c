// A C frontend builds `s = 0; for i in range(n): s = s * 2 + x` with a
// float64 x once, with s at its type before the loop (int64), and
// nbcWidenLoopCarried types it as the Python frontend does: s is float64 in
// the loop and `s * 2` multiplies floats. A reader it cannot retype
// (`s << 1`) leaves the loop unchanged and says why.
//
// RUN: nbc-capi-loop-typing 2>&1 | FileCheck %s
// CHECK-NOT: FAIL

#include "mlir-c/BuiltinTypes.h"
#include "mlir-c/IR.h"
#include "nbc-c/NBC.h"

#include <stdio.h>

static int failures = 0;

static MlirStringRef str(const char *s) {
  return mlirStringRefCreateFromCString(s);
}

static void printOut(MlirStringRef text, void *unused) {
  (void)unused;
  fwrite(text.data, 1, text.length, stdout);
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

/// A kernel `name(n: si64, x: f64) -> f64` whose loop carries s = 0 and
/// yields `(s <op> k) + x`; returns the loop (not yet widened).
static MlirOperation buildKernel(MlirModule module, MlirLocation loc,
                                 const char *name, NbcBinaryOperator op,
                                 MlirOperation *funcOut) {
  MlirContext ctx = mlirLocationGetContext(loc);
  MlirType si64 = nbcSignedIntegerTypeGet(ctx, 64), f64 = mlirF64TypeGet(ctx);
  MlirType args[2] = {si64, f64};
  MlirOperation func = nbcKernelFuncCreate(
      loc, str(name), 2, args, 1, &f64,
      nbcKernelAttrGet(ctx, 0, NbcErrorModelPython, false, true));
  mlirBlockAppendOwnedOperation(mlirModuleGetBody(module), func);
  MlirBlock body = nbcFuncGetEntryBlock(func);
  MlirValue n = mlirBlockGetArgument(body, 0);
  MlirValue x = mlirBlockGetArgument(body, 1);
  MlirValue zero = append(body, nbcConstantIntOpCreate(loc, si64, 0));
  MlirValue one = append(body, nbcConstantIntOpCreate(loc, si64, 1));
  MlirValue two = append(body, nbcConstantIntOpCreate(loc, si64, 2));
  MlirOperation loop = nbcRangeOpCreate(loc, zero, n, one, 1, &zero);
  mlirBlockAppendOwnedOperation(body, loop);
  MlirBlock loopBody = nbcRangeOpGetBody(loop);
  MlirValue s = mlirBlockGetArgument(loopBody, 1);
  MlirValue scaled = nbcBuildBinary(loopBody, loc, op, s,
                                    op == NbcBinaryMul ? two : one);
  MlirValue next = nbcBuildBinary(loopBody, loc, NbcBinaryAdd, scaled, x);
  append(loopBody, nbcYieldOpCreate(loc, (MlirValue){NULL}, 1, &next));
  *funcOut = func;
  return loop;
}

int main(void) {
  MlirContext ctx = nbcContextCreate();
  MlirLocation loc = mlirLocationFileLineColGet(ctx, str("loop.py"), 4, 5);
  MlirModule module = mlirModuleCreateEmpty(loc);

  MlirOperation func;
  MlirOperation loop = buildKernel(module, loc, "widening", NbcBinaryMul, &func);
  MlirOperation widened = nbcWidenLoopCarried(loop);
  if (mlirOperationIsNull(widened)) {
    MlirStringRef e = nbcGetLastError();
    printf("FAIL widening: %.*s\n", (int)e.length, e.data);
    return 1;
  }
  MlirValue result = mlirOperationGetResult(widened, 0);
  append(nbcFuncGetEntryBlock(func), nbcReturnOpCreate(loc, 1, &result));
  // CHECK-LABEL: func.func @widening
  // CHECK: %[[ZERO:.*]] = nbc.constant 0 : si64
  // CHECK: %[[TWO:.*]] = nbc.constant 2 : si64
  // CHECK: %[[INIT:.*]] = nbc.cast %[[ZERO]] : si64 to f64
  // CHECK: nbc.range {{.*}} iter_args(%[[S:.*]] = %[[INIT]]) -> (f64)
  // CHECK-NEXT: %[[K:.*]] = nbc.cast %[[TWO]] : si64 to f64
  // CHECK-NEXT: %[[M:.*]] = nbc.mul %[[S]], %[[K]] : f64
  // CHECK-NEXT: %[[A:.*]] = nbc.add %[[M]], %arg1 : f64
  // CHECK-NEXT: nbc.yield %[[A]] : f64
  mlirOperationPrint(func, printOut, NULL);
  printf("\n");

  // `s << 1` has no float form: refused, the loop left as built.
  loop = buildKernel(module, loc, "refused", NbcBinaryLShift, &func);
  if (!mlirOperationIsNull(nbcWidenLoopCarried(loop)))
    printf("FAIL: s << 1 widened\n"), ++failures;
  MlirStringRef e = nbcGetLastError();
  // CHECK: refused: loop.py:4:5: error: cannot widen a loop-carried value read by 'nbc.shl'
  printf("refused: %.*s\n", (int)e.length, e.data);
  // (printed generically: its yield does not match its carried value)
  // CHECK: ^bb0(%{{.*}}: si64, %[[R:.*]]: si64):
  // CHECK-NEXT: "nbc.shl"(%[[R]], %{{.*}}) : (si64, si64) -> si64
  mlirOperationPrint(loop, printOut, NULL);
  printf("\n");

  mlirModuleDestroy(module);
  mlirContextDestroy(ctx);
  return failures != 0;
}
