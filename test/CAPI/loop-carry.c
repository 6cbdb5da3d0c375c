// A C frontend builds `for i in range(n): last = i * x` then `return last`
// once, without carrying `last`, and nbcAppendLoopCarried adds it as a
// carried value (a zero placeholder before the loop, the body's value
// yielded). With a stand-in (the placeholder read in the body, as
// `last = last + i * x` reads it), the body reads the carried value. An
// init defined after the loop is refused with the loop unchanged.
//
// RUN: nbc-capi-loop-carry 2>&1 | FileCheck %s
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

static void fail(const char *what) {
  MlirStringRef e = nbcGetLastError();
  printf("FAIL %s: %.*s\n", what, (int)e.length, e.data);
  ++failures;
}

static MlirValue append(MlirBlock block, MlirOperation op) {
  mlirBlockAppendOwnedOperation(block, op);
  return mlirOperationGetNumResults(op) ? mlirOperationGetResult(op, 0)
                                        : (MlirValue){NULL};
}

/// A kernel `name(n: si64, x: f64) -> f64` with a loop over range(n) that
/// carries nothing and computes `i * x` (plus `*placeholder` when
/// `standIn`); the placeholder 0.0 is built before the loop unless `late`.
static MlirOperation buildKernel(MlirModule module, MlirLocation loc,
                                 const char *name, int standIn, int late) {
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
  MlirValue placeholder = (MlirValue){NULL};
  if (!late)
    placeholder = append(body, nbcConstantFloatOpCreate(loc, f64, 0.0));
  MlirOperation loop = nbcRangeOpCreate(loc, zero, n, one, 0, NULL);
  mlirBlockAppendOwnedOperation(body, loop);
  if (late)
    placeholder = append(body, nbcConstantFloatOpCreate(loc, f64, 0.0));
  MlirBlock loopBody = nbcRangeOpGetBody(loop);
  mlirOperationDestroy(mlirBlockGetTerminator(loopBody));
  MlirValue i = mlirBlockGetArgument(loopBody, 0);
  MlirValue last = nbcBuildBinary(loopBody, loc, NbcBinaryMul, i, x);
  if (standIn)
    last = nbcBuildBinary(loopBody, loc, NbcBinaryAdd, placeholder, last);
  append(loopBody, nbcYieldOpCreate(loc, (MlirValue){NULL}, 0, NULL));

  MlirOperation grown = nbcAppendLoopCarried(loop, placeholder, last,
                                             standIn ? 1 : 0, &placeholder);
  if (mlirOperationIsNull(grown)) {
    if (!late)
      fail(name);
    MlirStringRef e = nbcGetLastError();
    printf("refused: %.*s\n", (int)e.length, e.data);
    return loop;
  }
  MlirValue result = mlirOperationGetResult(grown, 0);
  append(body, nbcReturnOpCreate(loc, 1, &result));
  if (!mlirOperationVerify(func))
    printf("FAIL: %s does not verify\n", name), ++failures;
  mlirOperationPrint(func, printOut, NULL);
  printf("\n");
  return grown;
}

int main(void) {
  MlirContext ctx = nbcContextCreate();
  MlirLocation loc = mlirLocationFileLineColGet(ctx, str("loop.py"), 3, 5);
  MlirModule module = mlirModuleCreateEmpty(loc);

  // CHECK-LABEL: func.func @last
  // CHECK: %[[P:.*]] = nbc.constant 0.000000e+00 : f64
  // CHECK: %[[R:.*]] = nbc.range %[[I:[^ ]*]] = {{.*}} iter_args(%[[L:.*]] = %[[P]]) -> (f64) {
  // CHECK-NEXT: %[[F:.*]] = nbc.cast %[[I]] : si64 to f64
  // CHECK-NEXT: %[[V:.*]] = nbc.mul %[[F]], %arg1 : f64
  // CHECK-NEXT: nbc.yield %[[V]] : f64
  // CHECK: return %[[R]] : f64
  buildKernel(module, loc, "last", 0, 0);

  // The stand-in read in the body is the carried value there; the init
  // (the same constant, outside the loop) stays.
  // CHECK-LABEL: func.func @running
  // CHECK: %[[P:.*]] = nbc.constant 0.000000e+00 : f64
  // CHECK: nbc.range %{{.*}} iter_args(%[[L:.*]] = %[[P]]) -> (f64) {
  // CHECK: %[[V:.*]] = nbc.mul
  // CHECK-NEXT: %[[S:.*]] = nbc.add %[[L]], %[[V]] : f64
  // CHECK-NEXT: nbc.yield %[[S]] : f64
  buildKernel(module, loc, "running", 1, 0);

  // CHECK: refused: loop.py:3:5: error: appendLoopCarried: the init is not defined before the loop
  MlirOperation loop = buildKernel(module, loc, "late", 0, 1);
  // (printed generically: the function around it has no return yet)
  // CHECK: "nbc.range"(%{{.*}}) ({
  // CHECK-NEXT: ^bb0(%{{[^,]*}}: si64):
  // CHECK: "nbc.yield"() <{operandSegmentSizes = array<i32: 0, 0>}>
  mlirOperationPrint(loop, printOut, NULL);
  printf("\n");

  mlirModuleDestroy(module);
  mlirContextDestroy(ctx);
  return failures != 0;
}
