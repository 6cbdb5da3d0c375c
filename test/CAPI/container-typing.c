// A C frontend builds `l = []` with a placeholder element type, carries it
// through a loop and an `if` still being built, and decides its type at the
// first append (`l.append(i * x)`, f64) with nbcDecideContainerType: the
// list, the loop's carried value and result take the type, and the kernel
// verifies (the refusals, which leave functions unfinished, come last). An
// item read before the append takes the decided type and its
// reader is built again (nbcGetRetypedValues lists both); a reader that
// cannot be retyped (a conversion to si32) refuses with the IR unchanged;
// so does a dict given a list type. A list and a dict of si64 that a later
// insertion needs as f64 are widened with nbcWidenContainerType (the items
// inserted so far cast, an item read before retyped the same way, unless
// its reader refuses); a list of (si64, si64) tuples widened to (f64, si64)
// converts its first tuple field by field, and a tuple read from it before
// takes the new type, the field its reader multiplies too. A key probe
// (`n in d`) before the first insertion keeps the dict decided in place
// unless the insertion changes the key type. An item read that nothing
// uses yet takes any decided item type (a tuple).
//
// RUN: nbc-capi-container-typing 2>&1 | FileCheck %s
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

/// An empty kernel `name(n: si64, x: f64) -> si64` at the end of `module`.
static MlirOperation newKernel(MlirModule module, MlirLocation loc,
                               const char *name) {
  MlirContext ctx = mlirLocationGetContext(loc);
  MlirType si64 = nbcSignedIntegerTypeGet(ctx, 64);
  MlirType args[2] = {si64, mlirF64TypeGet(ctx)};
  MlirOperation func = nbcKernelFuncCreate(
      loc, str(name), 2, args, 1, &si64,
      nbcKernelAttrGet(ctx, 0, NbcErrorModelPython, false, true));
  mlirBlockAppendOwnedOperation(mlirModuleGetBody(module), func);
  return func;
}

/// Checks that the built `func` verifies, then prints it for FileCheck.
static void verifyAndPrint(MlirOperation func, const char *name) {
  if (!mlirOperationVerify(func))
    printf("FAIL: %s does not verify\n", name), ++failures;
  mlirOperationPrint(func, printOut, NULL);
  printf("\n");
}

/// Prints how many values nbcGetRetypedValues lists, and how many of them
/// were replaced.
static void printRetyped(void) {
  MlirValue olds[8], news[8];
  intptr_t n = nbcGetRetypedValues(8, olds, news), replaced = 0;
  for (intptr_t i = 0; i < n && i < 8; ++i)
    replaced += !mlirValueEqual(olds[i], news[i]);
  printf("retyped %d, replaced %d\n", (int)n, (int)replaced);
}

/// The reader of an item read before a retyping: `item * n` (built again),
/// or an si32 conversion (refuses) when `readFirst` is 2.
static void readItem(MlirBlock block, MlirLocation loc, MlirValue item,
                     MlirValue n, int readFirst) {
  MlirContext ctx = mlirLocationGetContext(loc);
  if (readFirst == 2)
    nbcBuildCast(block, loc, item, nbcSignedIntegerTypeGet(ctx, 32));
  else
    nbcBuildBinary(block, loc, NbcBinaryMul, item, n);
}

/// `name(n: si64, x: f64) -> si64`: l = []; for i in range(n): if i > 0:
/// l.append(i * x) (after `l[0] * n`, or `l[0]` converted to si32 when
/// `readFirst` is 2); return len(l).
static void buildKernel(MlirModule module, MlirLocation loc, const char *name,
                        int readFirst) {
  MlirContext ctx = mlirLocationGetContext(loc);
  MlirType si64 = nbcSignedIntegerTypeGet(ctx, 64), f64 = mlirF64TypeGet(ctx);
  MlirType placeholder = nbcListTypeGet(si64), decided = nbcListTypeGet(f64);
  MlirOperation func = newKernel(module, loc, name);
  MlirBlock body = nbcFuncGetEntryBlock(func);
  MlirValue n = mlirBlockGetArgument(body, 0);
  MlirValue x = mlirBlockGetArgument(body, 1);
  MlirValue zero = append(body, nbcConstantIntOpCreate(loc, si64, 0));
  MlirValue one = append(body, nbcConstantIntOpCreate(loc, si64, 1));
  MlirValue list =
      append(body, nbcListNewOpCreate(loc, placeholder, (MlirValue){NULL}));
  MlirOperation loop = nbcRangeOpCreate(loc, zero, n, one, 1, &list);
  mlirBlockAppendOwnedOperation(body, loop);
  MlirBlock loopBody = nbcRangeOpGetBody(loop);
  MlirOperation terminator = mlirBlockGetTerminator(loopBody);
  if (!mlirOperationIsNull(terminator)) // built again below
    mlirOperationDestroy(terminator);
  MlirValue i = mlirBlockGetArgument(loopBody, 0);
  MlirValue carried = mlirBlockGetArgument(loopBody, 1);
  if (readFirst)
    readItem(loopBody, loc,
             append(loopBody, nbcListGetOpCreate(loc, carried, zero)), n,
             readFirst);

  // if i > 0: the then-branch appends, the else-branch keeps the list.
  MlirValue positive = nbcBuildCompare(loopBody, loc, NbcCmpGt, i, zero);
  MlirOperationState ifState =
      mlirOperationStateGet(str("scf.if"), loc);
  mlirOperationStateAddOperands(&ifState, 1, &positive);
  MlirRegion regions[2] = {mlirRegionCreate(), mlirRegionCreate()};
  mlirRegionAppendOwnedBlock(regions[0], mlirBlockCreate(0, NULL, NULL));
  mlirRegionAppendOwnedBlock(regions[1], mlirBlockCreate(0, NULL, NULL));
  mlirOperationStateAddOwnedRegions(&ifState, 2, regions);
  MlirOperation ifOp = mlirOperationCreate(&ifState); // results come later
  mlirBlockAppendOwnedOperation(loopBody, ifOp);
  MlirBlock thenBlock = mlirRegionGetFirstBlock(mlirOperationGetRegion(ifOp, 0));
  MlirBlock elseBlock = mlirRegionGetFirstBlock(mlirOperationGetRegion(ifOp, 1));
  MlirValue item = nbcBuildBinary(thenBlock, loc, NbcBinaryMul, i, x);

  if (!nbcDecideContainerType(list, decided)) {
    if (readFirst != 2)
      fail(name);
    MlirStringRef e = nbcGetLastError();
    printf("refused: %.*s\n", (int)e.length, e.data);
    mlirOperationPrint(mlirOpResultGetOwner(list), printOut,
                       NULL);
    printf("\n");
    return;
  }
  if (readFirst)
    printRetyped();
  MlirValue grown = append(thenBlock, nbcListAppendOpCreate(loc, carried, item));
  MlirOperationState yieldState = mlirOperationStateGet(str("scf.yield"), loc);
  mlirOperationStateAddOperands(&yieldState, 1, &grown);
  mlirBlockAppendOwnedOperation(thenBlock, mlirOperationCreate(&yieldState));
  yieldState = mlirOperationStateGet(str("scf.yield"), loc);
  mlirOperationStateAddOperands(&yieldState, 1, &carried);
  mlirBlockAppendOwnedOperation(elseBlock, mlirOperationCreate(&yieldState));

  // The if gets its result now, of the type the list has after deciding.
  MlirType resultType = mlirValueGetType(carried);
  MlirOperationState finished = mlirOperationStateGet(str("scf.if"), loc);
  mlirOperationStateAddOperands(&finished, 1, &positive);
  mlirOperationStateAddResults(&finished, 1, &resultType);
  MlirRegion moved[2] = {mlirRegionCreate(), mlirRegionCreate()};
  mlirOperationStateAddOwnedRegions(&finished, 2, moved);
  MlirOperation ifWithResult = mlirOperationCreate(&finished);
  for (int r = 0; r < 2; ++r)
    mlirRegionTakeBody(mlirOperationGetRegion(ifWithResult, r),
                       mlirOperationGetRegion(ifOp, r));
  mlirBlockInsertOwnedOperationBefore(loopBody, ifOp, ifWithResult);
  mlirOperationDestroy(ifOp);
  MlirValue next = mlirOperationGetResult(ifWithResult, 0);
  append(loopBody, nbcYieldOpCreate(loc, (MlirValue){NULL}, 1, &next));

  MlirValue after = mlirOperationGetResult(loop, 0);
  MlirValue length = append(body, nbcListLenOpCreate(loc, after));
  append(body, nbcReturnOpCreate(loc, 1, &length));
  verifyAndPrint(func, name);
}

/// `name(n: si64, x: f64) -> si64`: l = [n] (then `l[n]` read as in
/// buildKernel when `readFirst`);
/// l.append(x) after widening l to f64; d = {n: n}; d[n] = x after widening
/// d to f64 values; return len(l) + len(d).
static void buildWidened(MlirModule module, MlirLocation loc, const char *name,
                         int readFirst) {
  MlirContext ctx = mlirLocationGetContext(loc);
  MlirType si64 = nbcSignedIntegerTypeGet(ctx, 64), f64 = mlirF64TypeGet(ctx);
  MlirOperation func = newKernel(module, loc, name);
  MlirBlock body = nbcFuncGetEntryBlock(func);
  MlirValue n = mlirBlockGetArgument(body, 0);
  MlirValue x = mlirBlockGetArgument(body, 1);
  MlirValue list = append(
      body, nbcListNewOpCreate(loc, nbcListTypeGet(si64), (MlirValue){NULL}));
  MlirValue held = append(body, nbcListAppendOpCreate(loc, list, n));
  if (readFirst)
    readItem(body, loc, append(body, nbcListGetOpCreate(loc, held, n)), n,
             readFirst);
  if (!nbcWidenContainerType(list, nbcListTypeGet(f64))) {
    if (readFirst != 2)
      fail(name);
    MlirStringRef e = nbcGetLastError();
    printf("refused: %.*s\n", (int)e.length, e.data);
    mlirOperationPrint(mlirOpResultGetOwner(list), printOut, NULL);
    printf("\n");
    mlirOperationPrint(mlirOpResultGetOwner(held), printOut, NULL);
    printf("\n");
    return;
  }
  if (readFirst)
    printRetyped();
  held = append(body, nbcListAppendOpCreate(loc, held, x));
  MlirValue dict = append(body, nbcDictNewOpCreate(loc, nbcDictTypeGet(si64, si64)));
  MlirValue table = append(body, nbcDictInsertOpCreate(loc, dict, n, n));
  if (!nbcWidenContainerType(dict, nbcDictTypeGet(si64, f64)))
    fail("widening a dict's values");
  table = append(body, nbcDictInsertOpCreate(loc, table, n, x));
  MlirValue lengths[2] = {append(body, nbcListLenOpCreate(loc, held)),
                          append(body, nbcDictLenOpCreate(loc, table))};
  MlirValue sum =
      nbcBuildBinary(body, loc, NbcBinaryAdd, lengths[0], lengths[1]);
  append(body, nbcReturnOpCreate(loc, 1, &sum));
  verifyAndPrint(func, name);
}

/// `name(n: si64, x: f64) -> si64`: l = [(n, n)]; a, b = l[n]; a * n;
/// l.append((x, n)) after widening l to (f64, si64) tuples (the tuple read
/// takes the new type, `a` f64 and its product is built again); return
/// len(l).
static void buildWidenedTuples(MlirModule module, MlirLocation loc,
                               const char *name) {
  MlirContext ctx = mlirLocationGetContext(loc);
  MlirType si64 = nbcSignedIntegerTypeGet(ctx, 64), f64 = mlirF64TypeGet(ctx);
  MlirOperation func = newKernel(module, loc, name);
  MlirBlock body = nbcFuncGetEntryBlock(func);
  MlirValue n = mlirBlockGetArgument(body, 0);
  MlirValue x = mlirBlockGetArgument(body, 1);
  MlirType ints[2] = {si64, si64}, mixed[2] = {f64, si64};
  MlirValue list = append(
      body, nbcListNewOpCreate(loc, nbcListTypeGet(mlirTupleTypeGet(ctx, 2, ints)),
                               (MlirValue){NULL}));
  MlirValue first[2] = {n, n}, second[2] = {x, n};
  MlirValue pair = append(body, nbcMakeTupleOpCreate(loc, 2, first));
  MlirValue held = append(body, nbcListAppendOpCreate(loc, list, pair));
  MlirValue item = append(body, nbcListGetOpCreate(loc, held, n));
  MlirValue a = append(body, nbcTupleGetOpCreate(loc, item, 0));
  append(body, nbcTupleGetOpCreate(loc, item, 1));
  readItem(body, loc, a, n, 1);
  if (!nbcWidenContainerType(list,
                             nbcListTypeGet(mlirTupleTypeGet(ctx, 2, mixed))))
    fail(name);
  printRetyped();
  pair = append(body, nbcMakeTupleOpCreate(loc, 2, second));
  held = append(body, nbcListAppendOpCreate(loc, held, pair));
  MlirValue length = append(body, nbcListLenOpCreate(loc, held));
  append(body, nbcReturnOpCreate(loc, 1, &length));
  verifyAndPrint(func, name);
}

/// `name(n: si64, x: f64) -> si64`: l = []; an item read before the first
/// append that nothing uses yet (as `a, b = l[-1]` is built) takes the
/// (si64, f64) tuples l is decided to hold; its fields are read after;
/// l.append((n, x)); return len(l).
static void buildUnusedRead(MlirModule module, MlirLocation loc,
                            const char *name) {
  MlirContext ctx = mlirLocationGetContext(loc);
  MlirType si64 = nbcSignedIntegerTypeGet(ctx, 64), f64 = mlirF64TypeGet(ctx);
  MlirOperation func = newKernel(module, loc, name);
  MlirBlock body = nbcFuncGetEntryBlock(func);
  MlirValue n = mlirBlockGetArgument(body, 0);
  MlirValue x = mlirBlockGetArgument(body, 1);
  MlirValue list = append(
      body, nbcListNewOpCreate(loc, nbcListTypeGet(si64), (MlirValue){NULL}));
  MlirValue item = append(body, nbcListGetOpCreate(loc, list, n));
  MlirType fields[2] = {si64, f64};
  MlirType pair = mlirTupleTypeGet(ctx, 2, fields);
  if (!nbcDecideContainerType(list, nbcListTypeGet(pair)))
    return fail(name);
  if (!mlirTypeEqual(mlirValueGetType(item), pair))
    printf("FAIL: %s: the read is not a tuple\n", name), ++failures;
  append(body, nbcTupleGetOpCreate(loc, item, 1));
  MlirValue values[2] = {n, x};
  MlirValue made = append(body, nbcMakeTupleOpCreate(loc, 2, values));
  MlirValue held = append(body, nbcListAppendOpCreate(loc, list, made));
  MlirValue length = append(body, nbcListLenOpCreate(loc, held));
  append(body, nbcReturnOpCreate(loc, 1, &length));
  verifyAndPrint(func, name);
}

/// `name(n: si64, x: f64) -> si64`: d = {}; `n in d` (nbc.dict_contains,
/// built for si64 keys); d[n] = x after deciding d as `keyType` keys and
/// f64 values; return len(d). A probe reads no item, so only a key type
/// other than its key's is refused (the function left unfinished).
static void buildProbed(MlirModule module, MlirLocation loc, const char *name,
                        MlirType keyType) {
  MlirContext ctx = mlirLocationGetContext(loc);
  MlirType si64 = nbcSignedIntegerTypeGet(ctx, 64), f64 = mlirF64TypeGet(ctx);
  MlirOperation func = newKernel(module, loc, name);
  MlirBlock body = nbcFuncGetEntryBlock(func);
  MlirValue n = mlirBlockGetArgument(body, 0);
  MlirValue x = mlirBlockGetArgument(body, 1);
  MlirValue dict = append(body, nbcDictNewOpCreate(loc, nbcDictTypeGet(si64, si64)));
  append(body, nbcDictContainsOpCreate(loc, dict, n));
  if (!nbcDecideContainerType(dict, nbcDictTypeGet(keyType, f64))) {
    if (mlirTypeEqual(keyType, si64))
      fail(name);
    MlirStringRef e = nbcGetLastError();
    printf("refused: %.*s\n", (int)e.length, e.data);
    mlirOperationPrint(mlirOpResultGetOwner(dict), printOut, NULL);
    printf("\n");
    return;
  }
  MlirValue table = append(body, nbcDictInsertOpCreate(loc, dict, n, x));
  MlirValue length = append(body, nbcDictLenOpCreate(loc, table));
  append(body, nbcReturnOpCreate(loc, 1, &length));
  verifyAndPrint(func, name);
}

int main(void) {
  MlirContext ctx = nbcContextCreate();
  MlirLocation loc = mlirLocationFileLineColGet(ctx, str("lists.py"), 4, 9);
  MlirModule module = mlirModuleCreateEmpty(loc);
  MlirType si64 = nbcSignedIntegerTypeGet(ctx, 64);

  // CHECK-LABEL: func.func @decided
  // CHECK: %[[L:.*]] = nbc.list_new : !nbc.list<f64>
  // CHECK: %[[R:.*]] = nbc.range %[[I:[^ ]*]] = {{.*}} iter_args(%[[C:.*]] = %[[L]]) -> (!nbc.list<f64>) {
  // CHECK: %[[IF:.*]] = scf.if %{{.*}} -> (!nbc.list<f64>) {
  // CHECK: %[[A:.*]] = nbc.list_append %[[C]], %{{.*}} : !nbc.list<f64>
  // CHECK-NEXT: scf.yield %[[A]] : !nbc.list<f64>
  // CHECK: scf.yield %[[C]] : !nbc.list<f64>
  // CHECK: nbc.yield %[[IF]] : !nbc.list<f64>
  // CHECK: nbc.list_len %[[R]] : !nbc.list<f64>
  buildKernel(module, loc, "decided", 0);

  // CHECK-LABEL: func.func @widened
  // CHECK: %[[L:.*]] = nbc.list_new : !nbc.list<f64>
  // CHECK-NEXT: %[[N:.*]] = nbc.cast %arg0 : si64 to f64
  // CHECK-NEXT: %[[L1:.*]] = nbc.list_append %[[L]], %[[N]] : !nbc.list<f64>
  // CHECK-NEXT: nbc.list_append %[[L1]], %arg1 : !nbc.list<f64>
  // CHECK-NEXT: %[[D:.*]] = nbc.dict_new : !nbc.dict<si64, f64>
  // CHECK-NEXT: %[[V:.*]] = nbc.cast %arg0 : si64 to f64
  // CHECK-NEXT: %[[D1:.*]] = nbc.dict_insert %[[D]][%arg0] = %[[V]] : !nbc.dict<si64, f64>
  // CHECK-NEXT: nbc.dict_insert %[[D1]][%arg0] = %arg1 : !nbc.dict<si64, f64>
  buildWidened(module, loc, "widened", 0);

  // CHECK: retyped 2, replaced 1
  // CHECK-LABEL: func.func @widened_tuples
  // CHECK: %[[L:.*]] = nbc.list_new : !nbc.list<tuple<f64, si64>>
  // CHECK-NEXT: %[[P:.*]] = nbc.make_tuple %arg0, %arg0 : si64, si64 -> tuple<si64, si64>
  // CHECK-NEXT: %[[A:.*]] = nbc.tuple_get %[[P]][0] : tuple<si64, si64> -> si64
  // CHECK-NEXT: %[[AF:.*]] = nbc.cast %[[A]] : si64 to f64
  // CHECK-NEXT: %[[B:.*]] = nbc.tuple_get %[[P]][1] : tuple<si64, si64> -> si64
  // CHECK-NEXT: %[[Q:.*]] = nbc.make_tuple %[[AF]], %[[B]] : f64, si64 -> tuple<f64, si64>
  // CHECK-NEXT: %[[L1:.*]] = nbc.list_append %[[L]], %[[Q]] : !nbc.list<tuple<f64, si64>>
  // CHECK-NEXT: %[[G:.*]] = nbc.list_get %[[L1]][%arg0] : !nbc.list<tuple<f64, si64>>, si64
  // CHECK-NEXT: %[[GA:.*]] = nbc.tuple_get %[[G]][0] : tuple<f64, si64> -> f64
  // CHECK-NEXT: nbc.tuple_get %[[G]][1] : tuple<f64, si64> -> si64
  // CHECK-NEXT: %[[M:.*]] = nbc.cast %arg0 promotion : si64 to f64
  // CHECK-NEXT: nbc.mul %[[GA]], %[[M]] : f64
  buildWidenedTuples(module, loc, "widened_tuples");

  // CHECK-NOT: retyped
  // CHECK: retyped 2, replaced 1
  // CHECK-LABEL: func.func @read_first
  // CHECK: nbc.range %{{.*}} iter_args(%[[C:.*]] = %{{.*}}) -> (!nbc.list<f64>) {
  // CHECK-NEXT: %[[G:.*]] = nbc.list_get %[[C]][%{{.*}}] : !nbc.list<f64>, si64
  // CHECK-NEXT: %[[N:.*]] = nbc.cast %arg0 promotion : si64 to f64
  // CHECK-NEXT: nbc.mul %[[G]], %[[N]] : f64
  buildKernel(module, loc, "read_first", 1);

  // CHECK: retyped 2, replaced 1
  // CHECK-LABEL: func.func @widened_read_first
  // CHECK: %[[L:.*]] = nbc.list_new : !nbc.list<f64>
  // CHECK-NEXT: %[[N:.*]] = nbc.cast %arg0 : si64 to f64
  // CHECK-NEXT: %[[L1:.*]] = nbc.list_append %[[L]], %[[N]] : !nbc.list<f64>
  // CHECK-NEXT: %[[G:.*]] = nbc.list_get %[[L1]][%arg0] : !nbc.list<f64>, si64
  // CHECK-NEXT: %[[M:.*]] = nbc.cast %arg0 promotion : si64 to f64
  // CHECK-NEXT: nbc.mul %[[G]], %[[M]] : f64
  buildWidened(module, loc, "widened_read_first", 1);

  // CHECK-LABEL: func.func @unused_read
  // CHECK: %[[L:.*]] = nbc.list_new : !nbc.list<tuple<si64, f64>>
  // CHECK-NEXT: %[[G:.*]] = nbc.list_get %[[L]][%arg0] : !nbc.list<tuple<si64, f64>>, si64
  // CHECK-NEXT: nbc.tuple_get %[[G]][1] : tuple<si64, f64> -> f64
  buildUnusedRead(module, loc, "unused_read");

  // CHECK-LABEL: func.func @probed
  // CHECK: %[[D:.*]] = nbc.dict_new : !nbc.dict<si64, f64>
  // CHECK-NEXT: nbc.dict_contains %[[D]][%arg0] : !nbc.dict<si64, f64>
  // CHECK-NEXT: nbc.dict_insert %[[D]][%arg0] = %arg1 : !nbc.dict<si64, f64>
  buildProbed(module, loc, "probed", si64);

  // CHECK: refused: lists.py:4:9: error: cannot widen an item read from an undecided container read by a conversion to another type
  // CHECK: "nbc.list_new"() : () -> !nbc.list<si64>
  buildKernel(module, loc, "read_first_refused", 2);

  // CHECK: refused: lists.py:4:9: error: cannot widen a value read by a conversion to another type
  // CHECK-NEXT: note: see current operation
  // CHECK-NEXT: "nbc.list_new"() : () -> !nbc.list<si64>
  // CHECK-NEXT: "nbc.list_append"(%{{.*}}, %arg0) : (!nbc.list<si64>, si64) -> !nbc.list<si64>
  buildWidened(module, loc, "widened_read_refused", 2);

  // CHECK: refused: lists.py:4:9: error: cannot change the key type of a container that 'nbc.dict_contains' probes
  // CHECK: "nbc.dict_new"() : () -> !nbc.dict<si64, si64>
  buildProbed(module, loc, "probed_refused", mlirF64TypeGet(ctx));

  MlirBlock top = mlirModuleGetBody(module);
  MlirValue dict = append(
      top, nbcDictNewOpCreate(loc, nbcDictTypeGet(si64, mlirF64TypeGet(ctx))));
  // CHECK: refused: lists.py:4:9: error: decideContainerType: '!nbc.list<si64>' is not the same kind of container as '!nbc.dict<si64, f64>'
  if (nbcDecideContainerType(dict, nbcListTypeGet(si64)))
    fail("a dict decided as a list");
  MlirStringRef e = nbcGetLastError();
  printf("refused: %.*s\n", (int)e.length, e.data);

  mlirModuleDestroy(module);
  mlirContextDestroy(ctx);
  return failures != 0;
}
