// A C frontend builds dicts and sets keyed by tuples with the same builders
// as scalar ones: a tuple key or value is a tuple value (nbc.make_tuple),
// read back with nbc.tuple_get. The kernels are JIT-compiled and called;
// a missing tuple key raises KeyError naming it.
//
// RUN: nbc-capi-tuple-dicts | FileCheck %s
// CHECK-NOT: FAIL

#include "mlir-c/BuiltinTypes.h"
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

static MlirValue pair(MlirBlock block, MlirLocation loc, MlirValue a,
                      MlirValue b) {
  MlirValue fields[2] = {a, b};
  return append(block, nbcMakeTupleOpCreate(loc, 2, fields));
}

/// def cooccur(n, m):
///     d = {}
///     for i in range(n): d[(i % m, i % 3)] = d.get((i % m, i % 3), 0.0) + 1.0
///     e = {m: (d[(0, 0)], len(d))}
///     return e[m][0], e[m][1]
static void buildCooccur(MlirContext ctx, MlirLocation loc, MlirModule module) {
  MlirType f64 = mlirF64TypeGet(ctx);
  MlirType si64 = nbcSignedIntegerTypeGet(ctx, 64);
  MlirType keyFields[2] = {si64, si64};
  MlirType key = mlirTupleTypeGet(ctx, 2, keyFields);
  MlirType counts = nbcDictTypeGet(key, f64);
  MlirType valueFields[2] = {f64, si64};
  MlirType summaries =
      nbcDictTypeGet(si64, mlirTupleTypeGet(ctx, 2, valueFields));
  if (mlirTypeIsNull(counts) || mlirTypeIsNull(summaries))
    printf("FAIL tuple dict types refused\n"), ++failures;
  MlirType args[2] = {si64, si64}, results[2] = {f64, si64};
  MlirOperation func = nbcKernelFuncCreate(
      loc, str("cooccur"), 2, args, 2, results,
      nbcKernelAttrGet(ctx, 0, NbcErrorModelPython, false, true));
  mlirBlockAppendOwnedOperation(mlirModuleGetBody(module), func);
  MlirBlock body = nbcFuncGetEntryBlock(func);
  MlirValue n = mlirBlockGetArgument(body, 0),
            m = mlirBlockGetArgument(body, 1);
  MlirValue c0 = append(body, nbcConstantIntOpCreate(loc, si64, 0));
  MlirValue c1 = append(body, nbcConstantIntOpCreate(loc, si64, 1));
  MlirValue c3 = append(body, nbcConstantIntOpCreate(loc, si64, 3));
  MlirValue zero = append(body, nbcConstantFloatOpCreate(loc, f64, 0.0));
  MlirValue one = append(body, nbcConstantFloatOpCreate(loc, f64, 1.0));
  MlirValue empty = append(body, nbcDictNewOpCreate(loc, counts));
  MlirOperation range = nbcRangeOpCreate(loc, c0, n, c1, 1, &empty);
  append(body, range);
  MlirBlock loop = nbcRangeOpGetBody(range);
  MlirValue i = mlirBlockGetArgument(loop, 0),
            d = mlirBlockGetArgument(loop, 1);
  MlirValue a = append(loop, nbcBinaryOpCreate(loc, str("nbc.mod"), i, m));
  MlirValue b = append(loop, nbcBinaryOpCreate(loc, str("nbc.mod"), i, c3));
  MlirValue k = pair(loop, loc, a, b);
  MlirValue old = append(loop, nbcDictGetOrOpCreate(loc, d, k, zero));
  MlirValue sum =
      append(loop, nbcBinaryOpCreate(loc, str("nbc.add"), old, one));
  MlirValue next = append(loop, nbcDictInsertOpCreate(loc, d, k, sum));
  append(loop, nbcYieldOpCreate(loc, (MlirValue){NULL}, 1, &next));
  MlirValue filled = mlirOperationGetResult(range, 0);
  MlirValue origin = pair(body, loc, c0, c0);
  MlirValue atOrigin = append(body, nbcDictGetOpCreate(loc, filled, origin));
  MlirValue len = append(body, nbcDictLenOpCreate(loc, filled));
  MlirValue e = append(body, nbcDictNewOpCreate(loc, summaries));
  MlirValue e2 = append(
      body, nbcDictInsertOpCreate(loc, e, m, pair(body, loc, atOrigin, len)));
  MlirValue summary = append(body, nbcDictGetOpCreate(loc, e2, m));
  MlirValue out[2] = {append(body, nbcTupleGetOpCreate(loc, summary, 0)),
                      append(body, nbcTupleGetOpCreate(loc, summary, 1))};
  append(body, nbcReturnOpCreate(loc, 2, out));
}

/// def lookup(i, j): s = {(i, 0.5)}; s.remove((j, 0.5)); return len(s)
static void buildLookup(MlirContext ctx, MlirLocation loc, MlirModule module) {
  MlirType f64 = mlirF64TypeGet(ctx);
  MlirType si64 = nbcSignedIntegerTypeGet(ctx, 64);
  MlirType fields[2] = {si64, f64};
  MlirType set = nbcSetTypeGet(mlirTupleTypeGet(ctx, 2, fields));
  MlirType args[2] = {si64, si64};
  MlirOperation func = nbcKernelFuncCreate(
      loc, str("lookup"), 2, args, 1, &si64,
      nbcKernelAttrGet(ctx, 0, NbcErrorModelPython, false, true));
  mlirBlockAppendOwnedOperation(mlirModuleGetBody(module), func);
  MlirBlock body = nbcFuncGetEntryBlock(func);
  MlirValue half = append(body, nbcConstantFloatOpCreate(loc, f64, 0.5));
  MlirValue s = append(body, nbcDictNewOpCreate(loc, set));
  MlirValue s2 = append(
      body, nbcSetAddOpCreate(
                loc, s, pair(body, loc, mlirBlockGetArgument(body, 0), half)));
  append(body, nbcDictRemoveOpCreate(
                   loc, s2,
                   pair(body, loc, mlirBlockGetArgument(body, 1), half), true));
  MlirValue len = append(body, nbcDictLenOpCreate(loc, s2));
  append(body, nbcReturnOpCreate(loc, 1, &len));
}

int main(void) {
  MlirContext ctx = nbcContextCreate();
  MlirLocation loc =
      mlirLocationFileLineColGet(ctx, str("tuple_dicts.py"), 1, 1);
  MlirModule module = mlirModuleCreateEmpty(loc);
  buildCooccur(ctx, loc, module);
  buildLookup(ctx, loc, module);
  if (!nbcVerify(mlirModuleGetOperation(module))) {
    MlirStringRef e = nbcGetLastError();
    printf("FAIL verify: %.*s\n", (int)e.length, e.data);
    return 1;
  }

  // Five fields are more than a key holds; the verifier says so.
  MlirType si64 = nbcSignedIntegerTypeGet(ctx, 64);
  MlirType five[5] = {si64, si64, si64, si64, si64};
  // CHECK: five fields: nbcSetTypeGet: set items hold tuples of at most 4 fields, got 'tuple<si64, si64, si64, si64, si64>'
  if (!mlirTypeIsNull(nbcSetTypeGet(mlirTupleTypeGet(ctx, 5, five))))
    printf("FAIL a 5-tuple set accepted\n"), ++failures;
  else
    printf("five fields: %s\n", nbcGetLastError().data);
  nbcClearLastError();

  NbcCompileOptions options = nbcCompileOptionsGetDefault();
  NbcProgram program = nbcProgramCreate(module, &options);
  mlirModuleDestroy(module);
  if (nbcProgramIsNull(program)) {
    MlirStringRef e = nbcGetLastError();
    printf("FAIL compile: %.*s\n", (int)e.length, e.data);
    return 1;
  }
  // 1000 iterations, keys (i % 4, i % 3): 12 of them, (0, 0) for i = 0, 12, ...
  NbcKernelFn cooccur =
      nbcKernelGetFunction(nbcProgramLookup(program, str("cooccur")));
  int64_t n = 1000, m = 4, len = 0;
  double atOrigin = 0;
  void *args[2] = {&n, &m}, *results[2] = {&atOrigin, &len};
  const char *status = cooccur(args, results);
  printf("cooccur: status=%s d[(0, 0)]=%g len=%ld\n", status ? status : "NULL",
         atOrigin, (long)len);
  // CHECK: cooccur: status=NULL d[(0, 0)]=84 len=12

  NbcKernelFn lookup =
      nbcKernelGetFunction(nbcProgramLookup(program, str("lookup")));
  int64_t i = 7, j = 7;
  void *lookupArgs[2] = {&i, &j}, *lookupResults[1] = {&len};
  status = lookup(lookupArgs, lookupResults);
  printf("lookup(7, 7): status=%s len=%ld\n", status ? status : "NULL",
         (long)len);
  // CHECK: lookup(7, 7): status=NULL len=0
  j = -3;
  status = lookup(lookupArgs, lookupResults);
  if (!status)
    printf("FAIL lookup(7, -3) did not raise\n"), ++failures;
  else
    printf("lookup(7, -3): %s: %s\n",
           nbcExceptionKindGetName(nbcStatusGetKind(status)),
           nbcStatusGetMessage(status));
  // CHECK: lookup(7, -3): KeyError: ((-3, 0.5),)
  nbcProgramDestroy(program);
  mlirContextDestroy(ctx);
  printf("failures: %d\n", failures);
  return failures != 0;
}
