// Builds kernels through the C API (no parsing), JIT-compiles them and calls
// them with scalars and strided arrays.
//
// RUN: nbc-capi-jit | FileCheck %s

#include "mlir-c/BuiltinAttributes.h"
#include "mlir-c/BuiltinTypes.h"
#include "nbc-c/NBC.h"

#include <pthread.h>
#include <stdio.h>
#include <string.h>

static MlirStringRef str(const char *s) { return mlirStringRefCreateFromCString(s); }

static MlirOperation add(MlirBlock block, MlirOperation op) {
  if (mlirOperationIsNull(op)) {
    MlirStringRef e = nbcGetLastError();
    fprintf(stderr, "builder failed: %.*s\n", (int)e.length, e.data);
    return op;
  }
  mlirBlockAppendOwnedOperation(block, op);
  return op;
}

static MlirValue res(MlirOperation op) { return mlirOperationGetResult(op, 0); }

/// A generic op through mlirOperationCreate (any dialect).
static MlirOperation genericOp(MlirLocation loc, const char *name, intptr_t nOperands,
                               const MlirValue *operands, intptr_t nResults,
                               const MlirType *results, intptr_t nAttrs,
                               const MlirNamedAttribute *attrs, intptr_t nRegions,
                               MlirRegion *regions) {
  MlirOperationState state = mlirOperationStateGet(str(name), loc);
  mlirOperationStateAddOperands(&state, nOperands, operands);
  mlirOperationStateAddResults(&state, nResults, results);
  mlirOperationStateAddAttributes(&state, nAttrs, attrs);
  mlirOperationStateAddOwnedRegions(&state, nRegions, regions);
  return mlirOperationCreate(&state);
}

/// Calls sum_squares on its own array from several threads at once.
typedef struct ThreadCall {
  NbcKernelFn fn;
  double data[64];
  double result;
  const char *status;
} ThreadCall;

static void *callInThread(void *arg) {
  ThreadCall *call = (ThreadCall *)arg;
  NbcMemRef1D view = {call->data, call->data, 0, {64}, {1}};
  void *args[1] = {&view};
  void *results[1] = {&call->result};
  for (int repeat = 0; repeat < 1000; ++repeat)
    call->status = call->fn(args, results);
  return NULL;
}

static void printCallback(MlirStringRef s, void *user) {
  fwrite(s.data, 1, s.length, (FILE *)user);
}

/// sum(a[i] * a[i]) in the nbc dialect, with nbc.range.
static MlirOperation buildSumSquares(MlirContext ctx, MlirLocation loc) {
  MlirType f64 = mlirF64TypeGet(ctx);
  MlirType si64 = nbcSignedIntegerTypeGet(ctx, 64);
  MlirType array = nbcArrayTypeGet(f64, 1, NULL, false);
  MlirAttribute kernel = nbcKernelAttrGet(ctx, 0, NbcErrorModelPython, false, true);
  MlirOperation func =
      nbcKernelFuncCreate(loc, str("sum_squares"), 1, &array, 1, &f64, kernel);
  MlirBlock body = nbcFuncGetEntryBlock(func);
  MlirValue a = mlirBlockGetArgument(body, 0);
  MlirValue zero = res(add(body, nbcConstantFloatOpCreate(loc, f64, 0.0)));
  MlirValue c0 = res(add(body, nbcConstantIntOpCreate(loc, si64, 0)));
  MlirValue c1 = res(add(body, nbcConstantIntOpCreate(loc, si64, 1)));
  MlirValue n = res(add(body, nbcDimOpCreate(loc, a, 0)));
  MlirOperation range = add(body, nbcRangeOpCreate(loc, c0, n, c1, 1, &zero));
  MlirBlock loop = nbcRangeOpGetBody(range);
  MlirValue i = mlirBlockGetArgument(loop, 0);
  MlirValue acc = mlirBlockGetArgument(loop, 1);
  MlirOperation load = add(loop, nbcLoadOpCreate(loc, a, 1, &i));
  MlirValue x = res(load);
  MlirValue sq = res(add(loop, nbcBinaryOpCreate(loc, str("nbc.mul"), x, x)));
  MlirValue next = res(add(loop, nbcBinaryOpCreate(loc, str("nbc.add"), acc, sq)));
  add(loop, nbcYieldOpCreate(loc, (MlirValue){NULL}, 1, &next));
  MlirValue total = res(range);
  add(body, nbcReturnOpCreate(loc, 1, &total));
  return func;
}

/// def halve_even(x):
///     if x % 2 != 0: raise ValueError(f"x must be even, got {x} ({x % 2:>3})")
///     return x // 2
static MlirOperation buildHalveEven(MlirContext ctx, MlirLocation loc) {
  MlirType si64 = nbcSignedIntegerTypeGet(ctx, 64);
  MlirOperation func = nbcKernelFuncCreate(loc, str("halve_even"), 1, &si64, 1,
                                           &si64, (MlirAttribute){NULL});
  MlirBlock body = nbcFuncGetEntryBlock(func);
  MlirValue x = mlirBlockGetArgument(body, 0);
  MlirValue two = res(add(body, nbcConstantIntOpCreate(loc, si64, 2)));
  MlirValue zero = res(add(body, nbcConstantIntOpCreate(loc, si64, 0)));
  MlirValue rem = res(add(body, nbcBinaryOpCreate(loc, str("nbc.mod"), x, two)));
  MlirValue odd = res(add(body, nbcCmpOpCreate(loc, NbcCmpNe, rem, zero)));
  MlirValue quoted[2] = {x, rem};
  MlirStringRef specs[2] = {str(""), str(">3")};
  add(body, nbcRaiseIfOpCreateFormatted(loc, odd, NbcValueError,
                                        str("x must be even, got {} ({})"), 2,
                                        quoted, specs));
  MlirValue half = res(add(body, nbcBinaryOpCreate(loc, str("nbc.floordiv"), x, two)));
  add(body, nbcReturnOpCreate(loc, 1, &half));
  return func;
}

/// dot(a, b) with scf.for over memref loads: generic ops only.
static MlirOperation buildDot(MlirContext ctx, MlirLocation loc) {
  MlirType f64 = mlirF64TypeGet(ctx);
  MlirType index = mlirIndexTypeGet(ctx);
  MlirType array = nbcArrayTypeGet(f64, 1, NULL, /*strided=*/true);
  MlirType args[2] = {array, array};
  MlirOperation func = nbcKernelFuncCreate(loc, str("dot"), 2, args, 1, &f64,
                                           (MlirAttribute){NULL});
  MlirBlock body = nbcFuncGetEntryBlock(func);
  MlirValue a = mlirBlockGetArgument(body, 0), b = mlirBlockGetArgument(body, 1);
  MlirIdentifier valueId = mlirIdentifierGet(ctx, str("value"));
  MlirNamedAttribute zeroIdx = mlirNamedAttributeGet(valueId, mlirIntegerAttrGet(index, 0));
  MlirNamedAttribute oneIdx = mlirNamedAttributeGet(valueId, mlirIntegerAttrGet(index, 1));
  MlirNamedAttribute zeroF = mlirNamedAttributeGet(valueId, mlirFloatAttrDoubleGet(ctx, f64, 0.0));
  MlirValue c0 = res(add(body, genericOp(loc, "arith.constant", 0, NULL, 1, &index, 1, &zeroIdx, 0, NULL)));
  MlirValue c1 = res(add(body, genericOp(loc, "arith.constant", 0, NULL, 1, &index, 1, &oneIdx, 0, NULL)));
  MlirValue fz = res(add(body, genericOp(loc, "arith.constant", 0, NULL, 1, &f64, 1, &zeroF, 0, NULL)));
  MlirValue dimOps[2] = {a, c0};
  MlirValue n = res(add(body, genericOp(loc, "memref.dim", 2, dimOps, 1, &index, 0, NULL, 0, NULL)));

  MlirRegion region = mlirRegionCreate();
  MlirType loopTypes[2] = {index, f64};
  MlirLocation locs[2] = {loc, loc};
  MlirBlock loop = mlirBlockCreate(2, loopTypes, locs);
  mlirRegionAppendOwnedBlock(region, loop);
  MlirValue i = mlirBlockGetArgument(loop, 0), acc = mlirBlockGetArgument(loop, 1);
  MlirValue loadA[2] = {a, i}, loadB[2] = {b, i};
  MlirValue x = res(add(loop, genericOp(loc, "memref.load", 2, loadA, 1, &f64, 0, NULL, 0, NULL)));
  MlirValue y = res(add(loop, genericOp(loc, "memref.load", 2, loadB, 1, &f64, 0, NULL, 0, NULL)));
  MlirValue xy[2] = {x, y};
  MlirValue p = res(add(loop, genericOp(loc, "arith.mulf", 2, xy, 1, &f64, 0, NULL, 0, NULL)));
  MlirValue accp[2] = {acc, p};
  MlirValue s = res(add(loop, genericOp(loc, "arith.addf", 2, accp, 1, &f64, 0, NULL, 0, NULL)));
  add(loop, genericOp(loc, "scf.yield", 1, &s, 0, NULL, 0, NULL, 0, NULL));
  MlirValue forOps[4] = {c0, n, c1, fz};
  MlirValue total = res(add(body, genericOp(loc, "scf.for", 4, forOps, 1, &f64, 0, NULL, 1, &region)));
  add(body, nbcReturnOpCreate(loc, 1, &total));
  return func;
}

int main(void) {
  MlirContext ctx = nbcContextCreate();
  MlirLocation loc = mlirLocationFileLineColGet(ctx, str("jit.c"), 1, 1);

  // The nbc kernel: built op by op, verified, printed.
  MlirModule nbcModule = mlirModuleCreateEmpty(loc);
  mlirBlockAppendOwnedOperation(mlirModuleGetBody(nbcModule), buildSumSquares(ctx, loc));
  printf("verify nbc: %d\n", nbcVerify(mlirModuleGetOperation(nbcModule)));
  // CHECK: verify nbc: 1
  mlirOperationPrint(mlirModuleGetOperation(nbcModule), printCallback, stdout);
  // CHECK: func.func @sum_squares(%arg0: memref<?xf64>) -> f64 attributes {nbc.kernel = #nbc.kernel<boundscheck = true>}
  // CHECK: %[[N:.*]] = nbc.dim %arg0, 0 : memref<?xf64>
  // CHECK: nbc.range %[[I:.*]] = %{{.*}} to %[[N]] step %{{.*}} : si64 iter_args(%[[ACC:.*]] = %{{.*}}) -> (f64)
  // CHECK: nbc.load %arg0[%[[I]]] : memref<?xf64>, si64
  // CHECK: nbc.mul
  // CHECK: nbc.add %[[ACC]]
  // CHECK: nbc.yield

  // Compiled and called.
  NbcProgram ssProgram = nbcProgramCreate(nbcModule, NULL);
  mlirModuleDestroy(nbcModule);
  NbcKernel ss = nbcProgramLookup(ssProgram, str("sum_squares"));
  if (nbcKernelIsNull(ss)) {
    MlirStringRef e = nbcGetLastError();
    printf("sum_squares failed: %.*s\n", (int)e.length, e.data);
    return 1;
  }
  double values[4] = {1, 2, 3, 4};
  NbcMemRef1D whole = {values, values, 0, {4}, {1}};
  // A contiguous view of a[1:] for a contiguous array type: move the data
  // pointer (the offset of an identity layout is not read).
  NbcMemRef1D tail = {values, values + 1, 0, {3}, {1}};
  double squares = 0;
  void *ssArgs[1] = {&whole};
  void *ssResults[1] = {&squares};
  const char *ssStatus = nbcKernelGetFunction(ss)(ssArgs, ssResults);
  printf("sum_squares([1, 2, 3, 4]) = %g (%s)\n", squares, ssStatus ? ssStatus + 1 : "ok");
  // CHECK: sum_squares([1, 2, 3, 4]) = 30 (ok)
  ssArgs[0] = &tail;
  ssStatus = nbcKernelGetFunction(ss)(ssArgs, ssResults);
  printf("sum_squares(a[1:]) = %g (%s)\n", squares, ssStatus ? ssStatus + 1 : "ok");
  // CHECK: sum_squares(a[1:]) = 29 (ok)
  // Concurrent calls of one kernel: thread t sums (t + 1)^2 over 64 values.
  ThreadCall calls[4];
  pthread_t threads[4];
  for (int t = 0; t < 4; ++t) {
    calls[t].fn = nbcKernelGetFunction(ss);
    for (int k = 0; k < 64; ++k)
      calls[t].data[k] = t + 1;
    pthread_create(&threads[t], NULL, callInThread, &calls[t]);
  }
  for (int t = 0; t < 4; ++t) {
    pthread_join(threads[t], NULL);
    printf("thread %d: %g %s\n", t, calls[t].result, calls[t].status ? "raised" : "ok");
  }
  // CHECK: thread 0: 64 ok
  // CHECK: thread 1: 256 ok
  // CHECK: thread 2: 576 ok
  // CHECK: thread 3: 1024 ok
  nbcProgramDestroy(ssProgram);

  // A kernel built with nbc.raise_if: the status comes back through the call.
  MlirModule raising = mlirModuleCreateEmpty(loc);
  mlirBlockAppendOwnedOperation(mlirModuleGetBody(raising), buildHalveEven(ctx, loc));
  NbcProgram heProgram = nbcProgramCreate(raising, NULL);
  mlirModuleDestroy(raising);
  NbcKernel he = nbcProgramLookup(heProgram, str("halve_even"));
  if (nbcKernelIsNull(he)) {
    MlirStringRef e = nbcGetLastError();
    printf("halve_even failed: %.*s\n", (int)e.length, e.data);
    return 1;
  }
  printf("halve_even may raise: %d\n", nbcKernelMayRaise(he));
  // CHECK: halve_even may raise: 1
  int64_t inputs[3] = {10, -6, 7};
  for (int k = 0; k < 3; ++k) {
    int64_t half = 0;
    void *heArgs[1] = {&inputs[k]};
    void *heResults[1] = {&half};
    const char *heStatus = NULL;
    NbcValueType heTypes[1] = {{NbcDTypeInt64, -1}};
    nbcKernelCall(he, 1, heTypes, heArgs, 1, heResults, &heStatus);
    if (heStatus)
      printf("halve_even(%ld): %s: %s\n", (long)inputs[k],
             nbcExceptionKindGetName(nbcStatusGetKind(heStatus)), nbcStatusGetMessage(heStatus));
    else
      printf("halve_even(%ld) = %ld\n", (long)inputs[k], (long)half);
  }
  // CHECK: halve_even(10) = 5
  // CHECK: halve_even(-6) = -3
  // CHECK: halve_even(7): ValueError: x must be even, got 7 (  1)
  nbcProgramDestroy(heProgram);

  // A kernel of generic ops: JIT and call with strided views.
  MlirModule module = mlirModuleCreateEmpty(loc);
  mlirBlockAppendOwnedOperation(mlirModuleGetBody(module), buildDot(ctx, loc));
  NbcCompileOptions options = nbcCompileOptionsGetDefault();
  NbcProgram program = nbcProgramCreate(module, &options);
  mlirModuleDestroy(module);
  if (nbcProgramIsNull(program)) {
    MlirStringRef e = nbcGetLastError();
    printf("compile failed: %.*s\n", (int)e.length, e.data);
    return 1;
  }
  NbcKernel dot = nbcProgramLookup(program, str("dot"));
  printf("kernels: %ld, args: %ld, results: %ld, may raise: %d\n",
         (long)nbcProgramGetNumKernels(program), (long)nbcKernelGetNumArgs(dot),
         (long)nbcKernelGetNumResults(dot), nbcKernelMayRaise(dot));
  // CHECK: kernels: 1, args: 2, results: 1, may raise: 0
  printf("dot arg 0 contiguous: %d\n", nbcKernelArgIsContiguous(dot, 0));
  // CHECK: dot arg 0 contiguous: 0
  NbcValueType t = nbcKernelGetArgType(dot, 0);
  printf("arg 0: dtype %d rank %d\n", t.dtype, t.rank);
  // CHECK: arg 0: dtype 11 rank 1

  double a[6] = {1, 2, 3, 4, 5, 6}, b[3] = {10, 20, 30};
  // a[::2] = [1, 3, 5] (stride 2), b reversed = [30, 20, 10] (stride -1).
  NbcMemRef1D va = {a, a, 0, {3}, {2}};
  NbcMemRef1D vb = {b, b, 2, {3}, {-1}};
  void *args[2] = {&va, &vb};
  double result = 0;
  void *results[1] = {&result};
  NbcValueType types[2] = {{NbcDTypeFloat64, 1}, {NbcDTypeFloat64, 1}};
  const char *status = "unset";
  MlirLogicalResult ok = nbcKernelCall(dot, 2, types, args, 1, results, &status);
  printf("checked call: ok=%d status=%s result=%g\n", mlirLogicalResultIsSuccess(ok),
         status ? status : "NULL", result);
  // CHECK: checked call: ok=1 status=NULL result=140
  // Fast path: the raw entry point.
  NbcKernelFn fn = nbcKernelGetFunction(dot);
  va.sizes[0] = 2;
  vb.sizes[0] = 2;
  status = fn(args, results);
  printf("fast call: status=%s result=%g\n", status ? status : "NULL", result);
  // CHECK: fast call: status=NULL result=90
  // The C interface: double _mlir_ciface_dot(NbcMemRef1D *, NbcMemRef1D *).
  double (*ciface)(NbcMemRef1D *, NbcMemRef1D *) =
      (double (*)(NbcMemRef1D *, NbcMemRef1D *))nbcKernelGetCInterfaceFunction(dot);
  printf("c interface: %g\n", ciface(&va, &vb));
  // CHECK: c interface: 90

  // A JIT-compiled program keeps no IR in the context: it outlives it, runs,
  // and prints its stages (parsed back from their bytecode) and assembly.
  mlirContextDestroy(ctx);
  printf("after the context: %g\n", ciface(&va, &vb));
  // CHECK: after the context: 90
  nbcProgramPrint(program, NbcStageInput, printCallback, stdout);
  // CHECK: func.func @dot(
  nbcProgramPrint(program, NbcStageLLVMDialect, printCallback, stdout);
  // CHECK: llvm.func @_nbc_call_dot(
  nbcProgramPrint(program, NbcStageAssembly, printCallback, stdout);
  // CHECK: _nbc_call_dot:
  nbcProgramDestroy(program);
  return 0;
}
