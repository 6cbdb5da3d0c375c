// A C frontend builds `for i in range(n): last = i * x` then `return last`
// once, without carrying `last`, and nbcAppendLoopCarried adds it as a
// carried value (a zero placeholder before the loop, the body's value
// yielded). With a stand-in (the placeholder read in the body, as
// `last = last + i * x` reads it), the body reads the carried value. An
// init defined after the loop is refused with the loop unchanged. An
// optional (`found = None`, assigned in a branch) is carried part by part:
// its flag's `false` stand-in and its value's placeholder become the
// carried flag and value. A flag an inner loop may reset (`found = None`)
// is carried by both loops, the inner one's init the outer stand-in. An
// array (a returned container's buffer) is carried as a scalar is.
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

static void yieldFrom(MlirBlock block, MlirLocation loc, intptr_t n,
                      MlirValue *values) {
  MlirOperationState state = mlirOperationStateGet(str("scf.yield"), loc);
  mlirOperationStateAddOperands(&state, n, values);
  mlirBlockAppendOwnedOperation(block, mlirOperationCreate(&state));
}

/// `last_over(n, limit) -> (i1, si64)`: found = None; for i in range(n):
/// if i * i > limit: found = i; return found (its has-a-value flag and its
/// value). The loop is built carrying nothing: where the else branch keeps
/// `found`, it yields a `false` stand-in for the flag and a zero placeholder
/// for the value, and nbcAppendLoopCarried carries both.
static void buildOptional(MlirModule module, MlirLocation loc) {
  MlirContext ctx = mlirLocationGetContext(loc);
  MlirType si64 = nbcSignedIntegerTypeGet(ctx, 64), i1 = nbcBoolTypeGet(ctx);
  MlirType args[2] = {si64, si64}, results[2] = {i1, si64};
  MlirOperation func = nbcKernelFuncCreate(
      loc, str("last_over"), 2, args, 2, results,
      nbcKernelAttrGet(ctx, 0, NbcErrorModelPython, false, true));
  mlirBlockAppendOwnedOperation(mlirModuleGetBody(module), func);
  MlirBlock body = nbcFuncGetEntryBlock(func);
  MlirValue n = mlirBlockGetArgument(body, 0);
  MlirValue limit = mlirBlockGetArgument(body, 1);
  MlirValue zero = append(body, nbcConstantIntOpCreate(loc, si64, 0));
  MlirValue one = append(body, nbcConstantIntOpCreate(loc, si64, 1));
  // None as an optional before the loop: no value, a placeholder.
  MlirValue none[2] = {append(body, nbcConstantIntOpCreate(loc, i1, 0)),
                       append(body, nbcConstantIntOpCreate(loc, si64, 0))};
  MlirOperation loop = nbcRangeOpCreate(loc, zero, n, one, 0, NULL);
  mlirBlockAppendOwnedOperation(body, loop);
  MlirBlock loopBody = nbcRangeOpGetBody(loop);
  mlirOperationDestroy(mlirBlockGetTerminator(loopBody));
  MlirValue i = mlirBlockGetArgument(loopBody, 0);
  MlirValue flagStandIn = append(loopBody, nbcConstantIntOpCreate(loc, i1, 0));
  MlirValue square = nbcBuildBinary(loopBody, loc, NbcBinaryMul, i, i);
  MlirValue over = nbcBuildCompare(loopBody, loc, NbcCmpGt, square, limit);
  MlirOperationState ifState = mlirOperationStateGet(str("scf.if"), loc);
  mlirOperationStateAddOperands(&ifState, 1, &over);
  mlirOperationStateAddResults(&ifState, 2, results);
  MlirRegion regions[2] = {mlirRegionCreate(), mlirRegionCreate()};
  mlirRegionAppendOwnedBlock(regions[0], mlirBlockCreate(0, NULL, NULL));
  mlirRegionAppendOwnedBlock(regions[1], mlirBlockCreate(0, NULL, NULL));
  mlirOperationStateAddOwnedRegions(&ifState, 2, regions);
  MlirOperation ifOp = mlirOperationCreate(&ifState);
  mlirBlockAppendOwnedOperation(loopBody, ifOp);
  MlirBlock thenBlock = mlirRegionGetFirstBlock(mlirOperationGetRegion(ifOp, 0));
  MlirBlock elseBlock = mlirRegionGetFirstBlock(mlirOperationGetRegion(ifOp, 1));
  MlirValue assigned[2] = {append(thenBlock, nbcConstantIntOpCreate(loc, i1, 1)), i};
  yieldFrom(thenBlock, loc, 2, assigned);
  MlirValue kept[2] = {flagStandIn,
                       append(elseBlock, nbcConstantIntOpCreate(loc, si64, 0))};
  yieldFrom(elseBlock, loc, 2, kept);
  append(loopBody, nbcYieldOpCreate(loc, (MlirValue){NULL}, 0, NULL));

  for (int part = 0; part < 2; ++part) {
    loop = nbcAppendLoopCarried(loop, none[part],
                                mlirOperationGetResult(ifOp, part), 1, &kept[part]);
    if (mlirOperationIsNull(loop))
      return fail("last_over");
  }
  MlirValue found[2] = {mlirOperationGetResult(loop, 0),
                        mlirOperationGetResult(loop, 1)};
  append(body, nbcReturnOpCreate(loc, 2, found));
  if (!mlirOperationVerify(func))
    printf("FAIL: last_over does not verify\n"), ++failures;
  mlirOperationPrint(func, printOut, NULL);
  printf("\n");
}

/// `row_over(n, limit, row: memref<?xf64>, empty: memref<?xf64>) -> memref`:
/// for i in range(n): if i * i > limit: r = row, then `return r` (a value
/// the body assigns first that is an array, as a list, dict or set returned
/// from inside a loop is: its buffers). The else branch yields the `empty`
/// placeholder, the stand-in nbcAppendLoopCarried makes the carried value.
static void buildArrayCarried(MlirModule module, MlirLocation loc) {
  MlirContext ctx = mlirLocationGetContext(loc);
  MlirType si64 = nbcSignedIntegerTypeGet(ctx, 64);
  int64_t dynamic = mlirShapedTypeGetDynamicSize();
  MlirType row = mlirMemRefTypeContiguousGet(mlirF64TypeGet(ctx), 1, &dynamic,
                                             (MlirAttribute){NULL});
  MlirType args[4] = {si64, si64, row, row};
  MlirOperation func = nbcKernelFuncCreate(
      loc, str("row_over"), 4, args, 1, &row,
      nbcKernelAttrGet(ctx, 0, NbcErrorModelPython, false, true));
  mlirBlockAppendOwnedOperation(mlirModuleGetBody(module), func);
  MlirBlock body = nbcFuncGetEntryBlock(func);
  MlirValue n = mlirBlockGetArgument(body, 0);
  MlirValue limit = mlirBlockGetArgument(body, 1);
  MlirValue rows = mlirBlockGetArgument(body, 2);
  MlirValue empty = mlirBlockGetArgument(body, 3);
  MlirValue zero = append(body, nbcConstantIntOpCreate(loc, si64, 0));
  MlirValue one = append(body, nbcConstantIntOpCreate(loc, si64, 1));
  MlirOperation loop = nbcRangeOpCreate(loc, zero, n, one, 0, NULL);
  mlirBlockAppendOwnedOperation(body, loop);
  MlirBlock loopBody = nbcRangeOpGetBody(loop);
  mlirOperationDestroy(mlirBlockGetTerminator(loopBody));
  MlirValue i = mlirBlockGetArgument(loopBody, 0);
  MlirValue square = nbcBuildBinary(loopBody, loc, NbcBinaryMul, i, i);
  MlirValue over = nbcBuildCompare(loopBody, loc, NbcCmpGt, square, limit);
  MlirOperationState ifState = mlirOperationStateGet(str("scf.if"), loc);
  mlirOperationStateAddOperands(&ifState, 1, &over);
  mlirOperationStateAddResults(&ifState, 1, &row);
  MlirRegion regions[2] = {mlirRegionCreate(), mlirRegionCreate()};
  mlirRegionAppendOwnedBlock(regions[0], mlirBlockCreate(0, NULL, NULL));
  mlirRegionAppendOwnedBlock(regions[1], mlirBlockCreate(0, NULL, NULL));
  mlirOperationStateAddOwnedRegions(&ifState, 2, regions);
  MlirOperation ifOp = mlirOperationCreate(&ifState);
  mlirBlockAppendOwnedOperation(loopBody, ifOp);
  yieldFrom(mlirRegionGetFirstBlock(mlirOperationGetRegion(ifOp, 0)), loc, 1, &rows);
  yieldFrom(mlirRegionGetFirstBlock(mlirOperationGetRegion(ifOp, 1)), loc, 1, &empty);
  append(loopBody, nbcYieldOpCreate(loc, (MlirValue){NULL}, 0, NULL));

  loop = nbcAppendLoopCarried(loop, empty, mlirOperationGetResult(ifOp, 0), 1,
                              &empty);
  if (mlirOperationIsNull(loop))
    return fail("row_over");
  MlirValue result = mlirOperationGetResult(loop, 0);
  append(body, nbcReturnOpCreate(loc, 1, &result));
  if (!mlirOperationVerify(func))
    printf("FAIL: row_over does not verify\n"), ++failures;
  mlirOperationPrint(func, printOut, NULL);
  printf("\n");
}

/// An scf.if in `block` yielding `false` where `cond` holds, else `kept`.
static MlirValue falseIf(MlirBlock block, MlirLocation loc, MlirValue cond,
                         MlirValue kept) {
  MlirType i1 = mlirValueGetType(kept);
  MlirOperationState ifState = mlirOperationStateGet(str("scf.if"), loc);
  mlirOperationStateAddOperands(&ifState, 1, &cond);
  mlirOperationStateAddResults(&ifState, 1, &i1);
  MlirRegion regions[2] = {mlirRegionCreate(), mlirRegionCreate()};
  mlirRegionAppendOwnedBlock(regions[0], mlirBlockCreate(0, NULL, NULL));
  mlirRegionAppendOwnedBlock(regions[1], mlirBlockCreate(0, NULL, NULL));
  mlirOperationStateAddOwnedRegions(&ifState, 2, regions);
  MlirOperation ifOp = mlirOperationCreate(&ifState);
  mlirBlockAppendOwnedOperation(block, ifOp);
  MlirBlock thenBlock = mlirRegionGetFirstBlock(mlirOperationGetRegion(ifOp, 0));
  MlirBlock elseBlock = mlirRegionGetFirstBlock(mlirOperationGetRegion(ifOp, 1));
  MlirValue reset = append(thenBlock, nbcConstantIntOpCreate(loc, i1, 0));
  yieldFrom(thenBlock, loc, 1, &reset);
  yieldFrom(elseBlock, loc, 1, &kept);
  return mlirOperationGetResult(ifOp, 0);
}

/// `reset_inner(n, limit) -> i1`: an optional's has-a-value flag that an
/// inner loop may set to None again (`for j in range(n): if j > limit:
/// found = None`), as the Python frontend carries it. Both loops are built
/// carrying nothing, the inner one reading the outer one's stand-in; the
/// inner loop is grown first (its init the outer stand-in, which it
/// replaces in its own body only), then the outer one.
static void buildInnerReset(MlirModule module, MlirLocation loc) {
  MlirContext ctx = mlirLocationGetContext(loc);
  MlirType si64 = nbcSignedIntegerTypeGet(ctx, 64), i1 = nbcBoolTypeGet(ctx);
  MlirType args[2] = {si64, si64};
  MlirOperation func = nbcKernelFuncCreate(
      loc, str("reset_inner"), 2, args, 1, &i1,
      nbcKernelAttrGet(ctx, 0, NbcErrorModelPython, false, true));
  mlirBlockAppendOwnedOperation(mlirModuleGetBody(module), func);
  MlirBlock body = nbcFuncGetEntryBlock(func);
  MlirValue n = mlirBlockGetArgument(body, 0);
  MlirValue limit = mlirBlockGetArgument(body, 1);
  MlirValue zero = append(body, nbcConstantIntOpCreate(loc, si64, 0));
  MlirValue one = append(body, nbcConstantIntOpCreate(loc, si64, 1));
  MlirValue none = append(body, nbcConstantIntOpCreate(loc, i1, 0));
  MlirOperation outer = nbcRangeOpCreate(loc, zero, n, one, 0, NULL);
  mlirBlockAppendOwnedOperation(body, outer);
  MlirBlock outerBody = nbcRangeOpGetBody(outer);
  mlirOperationDestroy(mlirBlockGetTerminator(outerBody));
  MlirValue standIn = append(outerBody, nbcConstantIntOpCreate(loc, i1, 0));
  MlirOperation inner = nbcRangeOpCreate(loc, zero, n, one, 0, NULL);
  mlirBlockAppendOwnedOperation(outerBody, inner);
  MlirBlock innerBody = nbcRangeOpGetBody(inner);
  mlirOperationDestroy(mlirBlockGetTerminator(innerBody));
  MlirValue j = mlirBlockGetArgument(innerBody, 0);
  MlirValue over = nbcBuildCompare(innerBody, loc, NbcCmpGt, j, limit);
  MlirValue flag = falseIf(innerBody, loc, over, standIn);
  append(innerBody, nbcYieldOpCreate(loc, (MlirValue){NULL}, 0, NULL));
  inner = nbcAppendLoopCarried(inner, standIn, flag, 1, &standIn);
  if (mlirOperationIsNull(inner))
    return fail("reset_inner (inner loop)");
  append(outerBody, nbcYieldOpCreate(loc, (MlirValue){NULL}, 0, NULL));
  outer = nbcAppendLoopCarried(outer, none, mlirOperationGetResult(inner, 0),
                               1, &standIn);
  if (mlirOperationIsNull(outer))
    return fail("reset_inner (outer loop)");
  MlirValue found = mlirOperationGetResult(outer, 0);
  append(body, nbcReturnOpCreate(loc, 1, &found));
  if (!mlirOperationVerify(func))
    printf("FAIL: reset_inner does not verify\n"), ++failures;
  mlirOperationPrint(func, printOut, NULL);
  printf("\n");
}

int main(void) {
  MlirContext ctx = nbcContextCreate();
  MlirLocation loc = mlirLocationFileLineColGet(ctx, str("loop.py"), 3, 5);
  MlirModule module = mlirModuleCreateEmpty(loc);

  // CHECK-LABEL: func.func @last
  // CHECK: %[[P:.*]] = nbc.constant 0.000000e+00 : f64
  // CHECK: %[[R:.*]] = nbc.range %[[I:[^ ]*]] = {{.*}} iter_args(%[[L:.*]] = %[[P]]) -> (f64) {
  // CHECK-NEXT: %[[F:.*]] = nbc.cast %[[I]] promotion : si64 to f64
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

  // CHECK-LABEL: func.func @last_over
  // CHECK: %[[NF:.*]] = nbc.constant false
  // CHECK-NEXT: %[[NV:.*]] = nbc.constant 0 : si64
  // CHECK-NEXT: %[[R:.*]]:2 = nbc.range %[[I:[^ ]*]] = {{.*}} iter_args(%[[F:.*]] = %[[NF]], %[[V:.*]] = %[[NV]]) -> (i1, si64) {
  // CHECK: %[[IF:.*]]:2 = scf.if %{{.*}} -> (i1, si64) {
  // CHECK: scf.yield %{{.*}}, %[[I]] : i1, si64
  // CHECK: } else {
  // CHECK-NEXT: nbc.constant 0 : si64
  // CHECK-NEXT: scf.yield %[[F]], %[[V]] : i1, si64
  // CHECK: nbc.yield %[[IF]]#0, %[[IF]]#1 : i1, si64
  // CHECK: return %[[R]]#0, %[[R]]#1 : i1, si64
  // (before the refused kernel, which leaves its function without a return)
  buildOptional(module, loc);

  // CHECK-LABEL: func.func @row_over
  // CHECK-SAME: %[[ROW:[^:]*]]: memref<?xf64>, %[[EMPTY:[^:]*]]: memref<?xf64>)
  // CHECK: %[[R:.*]] = nbc.range %{{[^ ]*}} = {{.*}} iter_args(%[[C:.*]] = %[[EMPTY]]) -> (memref<?xf64>) {
  // CHECK: %[[IF:.*]] = scf.if %{{.*}} -> (memref<?xf64>) {
  // CHECK-NEXT: scf.yield %[[ROW]] : memref<?xf64>
  // CHECK-NEXT: } else {
  // CHECK-NEXT: scf.yield %[[C]] : memref<?xf64>
  // CHECK: nbc.yield %[[IF]] : memref<?xf64>
  // CHECK: return %[[R]] : memref<?xf64>
  buildArrayCarried(module, loc);

  // CHECK-LABEL: func.func @reset_inner
  // CHECK: %[[NONE:.*]] = nbc.constant false
  // CHECK-NEXT: %[[R:.*]] = nbc.range %{{[^ ]*}} = {{.*}} iter_args(%[[F:.*]] = %[[NONE]]) -> (i1) {
  // CHECK: %[[IR:.*]] = nbc.range %{{[^ ]*}} = {{.*}} iter_args(%[[G:.*]] = %[[F]]) -> (i1) {
  // CHECK: %[[IF:.*]] = scf.if %{{.*}} -> (i1) {
  // CHECK: } else {
  // CHECK-NEXT: scf.yield %[[G]] : i1
  // CHECK: nbc.yield %[[IF]] : i1
  // CHECK: nbc.yield %[[IR]] : i1
  // CHECK: return %[[R]] : i1
  buildInnerReset(module, loc);

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
