// The list builders of nbc-c/Lists.h build ops the module verifies with;
// bad inputs fail with a message.
//
// RUN: nbc-capi-lists 2>&1 | FileCheck %s
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

static void rejected(const char *what, MlirOperation op) {
  MlirStringRef e = nbcGetLastError();
  if (!mlirOperationIsNull(op))
    printf("FAIL %s: accepted\n", what), ++failures;
  else
    printf("%s: %.*s\n", what, (int)e.length, e.data);
  nbcClearLastError();
}

int main(void) {
  MlirContext ctx = nbcContextCreate();
  MlirLocation loc = mlirLocationFileLineColGet(ctx, str("lists.py"), 1, 1);
  MlirType f64 = mlirF64TypeGet(ctx);
  MlirType si64 = nbcSignedIntegerTypeGet(ctx, 64);
  MlirType list = nbcListTypeGet(f64);
  if (!nbcTypeIsList(list) ||
      !mlirTypeEqual(nbcListTypeGetElementType(list), f64) ||
      nbcTypeIsList(f64))
    printf("FAIL list type queries\n"), ++failures;

  MlirModule module = mlirModuleCreateEmpty(loc);
  MlirType args[3] = {si64, f64, list};
  MlirType results[1] = {nbcArrayTypeGet(f64, 1, NULL, false)};
  MlirOperation func = nbcKernelFuncCreate(
      loc, str("build"), 3, args, 1, results,
      nbcKernelAttrGet(ctx, 0, NbcErrorModelPython, false, true));
  mlirBlockAppendOwnedOperation(mlirModuleGetBody(module), func);
  MlirBlock body = nbcFuncGetEntryBlock(func);
  MlirValue n = mlirBlockGetArgument(body, 0);
  MlirValue x = mlirBlockGetArgument(body, 1);
  MlirValue other = mlirBlockGetArgument(body, 2);

  // CHECK-LABEL: func.func @build
  // CHECK: %[[L:.*]] = nbc.list_new(%arg0 : si64) : !nbc.list<f64>
  // CHECK: %[[L2:.*]] = nbc.list_append %[[L]], %arg1 : !nbc.list<f64>
  // CHECK: %[[N:.*]] = nbc.list_len %[[L2]] : !nbc.list<f64>
  // CHECK: %[[Y:.*]] = nbc.list_get %[[L2]][%[[N]]] : !nbc.list<f64>, si64
  // CHECK: nbc.list_set %[[Y]], %[[L2]][%arg0] : !nbc.list<f64>, si64
  // CHECK: nbc.list_pop %[[L2]] : !nbc.list<f64>
  // CHECK: nbc.list_new : !nbc.list<f64>
  // CHECK: %[[A:.*]] = nbc.list_to_array %[[L2]] : !nbc.list<f64> -> memref<?xf64>
  // CHECK: return %[[A]]
  MlirValue l = append(body, nbcListNewOpCreate(loc, list, n));
  MlirValue l2 = append(body, nbcListAppendOpCreate(loc, l, x));
  MlirValue len = append(body, nbcListLenOpCreate(loc, l2));
  MlirValue y = append(body, nbcListGetOpCreate(loc, l2, len));
  append(body, nbcListSetOpCreate(loc, y, l2, n));
  append(body, nbcListPopOpCreate(loc, l2));
  append(body, nbcListNewOpCreate(loc, list, (MlirValue){NULL}));
  MlirValue a = append(body, nbcListToArrayOpCreate(loc, l2));
  append(body, nbcReturnOpCreate(loc, 1, &a));
  // A list of arrays: nbc.list_set gives the list back.
  // CHECK-LABEL: func.func @arrays
  // CHECK: %[[AL:.*]] = nbc.list_new : !nbc.list<memref<?xf64>>
  // CHECK: %[[AL2:.*]] = nbc.list_append %[[AL]], %arg1 : !nbc.list<memref<?xf64>>
  // CHECK: %[[AL3:.*]] = nbc.list_set %arg1, %[[AL2]][%arg0] : !nbc.list<memref<?xf64>>, si64 -> !nbc.list<memref<?xf64>>
  // CHECK: %[[I:.*]] = nbc.list_get %[[AL3]][%arg0] : !nbc.list<memref<?xf64>>, si64
  // CHECK: return %[[I]]
  MlirType vec = nbcArrayTypeGet(f64, 1, NULL, false);
  MlirType arrays = nbcListTypeGet(vec);
  if (!mlirTypeEqual(nbcListTypeGetElementType(arrays), vec))
    printf("FAIL list of arrays type\n"), ++failures;
  MlirType arrayArgs[2] = {si64, vec};
  MlirOperation arrayFunc = nbcKernelFuncCreate(
      loc, str("arrays"), 2, arrayArgs, 1, &vec,
      nbcKernelAttrGet(ctx, 0, NbcErrorModelPython, false, true));
  mlirBlockAppendOwnedOperation(mlirModuleGetBody(module), arrayFunc);
  MlirBlock arrayBody = nbcFuncGetEntryBlock(arrayFunc);
  MlirValue i = mlirBlockGetArgument(arrayBody, 0);
  MlirValue v = mlirBlockGetArgument(arrayBody, 1);
  MlirValue al = append(arrayBody, nbcListNewOpCreate(loc, arrays, (MlirValue){NULL}));
  MlirValue al2 = append(arrayBody, nbcListAppendOpCreate(loc, al, v));
  MlirValue al3 = append(arrayBody, nbcListSetOpCreate(loc, v, al2, i));
  MlirValue item = append(arrayBody, nbcListGetOpCreate(loc, al3, i));
  append(arrayBody, nbcReturnOpCreate(loc, 1, &item));

  // A list of tuples: nbc.make_tuple builds the item, nbc.tuple_get reads
  // a field.
  // CHECK-LABEL: func.func @tuples
  // CHECK: %[[TL:.*]] = nbc.list_new : !nbc.list<tuple<si64, f64>>
  // CHECK: %[[T:.*]] = nbc.make_tuple %arg0, %arg1 : si64, f64 -> tuple<si64, f64>
  // CHECK: %[[TL2:.*]] = nbc.list_append %[[TL]], %[[T]] : !nbc.list<tuple<si64, f64>>
  // CHECK: %[[P:.*]] = nbc.list_pop %[[TL2]] : !nbc.list<tuple<si64, f64>>
  // CHECK: %[[F:.*]] = nbc.tuple_get %[[P]][1] : tuple<si64, f64> -> f64
  // CHECK: return %[[F]]
  MlirType fieldTypes[2] = {si64, f64};
  MlirType pair = mlirTupleTypeGet(ctx, 2, fieldTypes);
  MlirType tuples = nbcListTypeGet(pair);
  if (mlirTypeIsNull(tuples) ||
      !mlirTypeEqual(nbcListTypeGetElementType(tuples), pair))
    printf("FAIL list of tuples type\n"), ++failures;
  MlirOperation tupleFunc = nbcKernelFuncCreate(
      loc, str("tuples"), 2, fieldTypes, 1, &f64,
      nbcKernelAttrGet(ctx, 0, NbcErrorModelPython, false, true));
  mlirBlockAppendOwnedOperation(mlirModuleGetBody(module), tupleFunc);
  MlirBlock tupleBody = nbcFuncGetEntryBlock(tupleFunc);
  MlirValue fields[2] = {mlirBlockGetArgument(tupleBody, 0),
                         mlirBlockGetArgument(tupleBody, 1)};
  MlirValue tl = append(tupleBody, nbcListNewOpCreate(loc, tuples, (MlirValue){NULL}));
  MlirValue t = append(tupleBody, nbcMakeTupleOpCreate(loc, 2, fields));
  MlirValue tl2 = append(tupleBody, nbcListAppendOpCreate(loc, tl, t));
  MlirValue popped = append(tupleBody, nbcListPopOpCreate(loc, tl2));
  MlirValue field = append(tupleBody, nbcTupleGetOpCreate(loc, popped, 1));
  append(tupleBody, nbcReturnOpCreate(loc, 1, &field));

  if (!nbcVerify(mlirModuleGetOperation(module))) {
    MlirStringRef e = nbcGetLastError();
    printf("FAIL verify: %.*s\n", (int)e.length, e.data);
    ++failures;
  }
  mlirOperationPrint(mlirModuleGetOperation(module), printOut, NULL);
  printf("\n");

  // A list of lists of scalars is a list; a list of those is not.
  MlirType lists = nbcListTypeGet(list);
  if (mlirTypeIsNull(lists))
    printf("FAIL list of lists refused\n"), ++failures;
  // CHECK: list of lists of lists: nbcListTypeGet: the element type must be an nbc scalar
  else if (!mlirTypeIsNull(nbcListTypeGet(lists)))
    printf("FAIL list of lists of lists accepted\n"), ++failures;
  else
    printf("list of lists of lists: %s\n", nbcGetLastError().data);
  nbcClearLastError();
  // CHECK: list of 0-d arrays: nbcListTypeGet: the element type must be an nbc scalar
  if (!mlirTypeIsNull(nbcListTypeGet(nbcArrayTypeGet(f64, 0, NULL, false))))
    printf("FAIL list of 0-d arrays accepted\n"), ++failures;
  else
    printf("list of 0-d arrays: %s\n", nbcGetLastError().data);
  nbcClearLastError();
  // Dicts take the same arrays as values (a dict of arrays), not as keys.
  if (mlirTypeIsNull(nbcDictTypeGet(si64, vec)))
    printf("FAIL dict of arrays refused\n"), ++failures;
  // CHECK: dict of 0-d arrays: nbcDictTypeGet: dict values must be nbc scalars (bool, si8..si64, ui8..ui64, f32, f64), tuples of them, or contiguous arrays of them with dynamic sizes
  if (!mlirTypeIsNull(nbcDictTypeGet(si64, nbcArrayTypeGet(f64, 0, NULL, false))))
    printf("FAIL dict of 0-d arrays accepted\n"), ++failures;
  else
    printf("dict of 0-d arrays: %s\n", nbcGetLastError().data);
  nbcClearLastError();
  // CHECK: dict keyed by arrays: nbcDictTypeGet: dict keys must be nbc scalars
  if (!mlirTypeIsNull(nbcDictTypeGet(vec, f64)))
    printf("FAIL dict keyed by arrays accepted\n"), ++failures;
  else
    printf("dict keyed by arrays: %s\n", nbcGetLastError().data);
  nbcClearLastError();
  // CHECK: append of si64 to a list of f64: lists.py:1:1: error: 'nbc.list_append' op failed to verify that value is the list's element type
  rejected("append of si64 to a list of f64",
           nbcListAppendOpCreate(loc, other, n));
  // CHECK: float index: lists.py:1:1: error: 'nbc.list_get' op operand #1 must be signed or unsigned integer
  rejected("float index", nbcListGetOpCreate(loc, other, x));
  // CHECK: pop of a scalar: nbcListPopOpCreate: not a list
  rejected("pop of a scalar", nbcListPopOpCreate(loc, x));
  // CHECK: new of f64: nbcListNewOpCreate: not a list type
  rejected("new of f64", nbcListNewOpCreate(loc, f64, (MlirValue){NULL}));

  // CHECK: tuple index out of range: nbcTupleGetOpCreate: not a tuple, or the index is out of range
  rejected("tuple index out of range", nbcTupleGetOpCreate(loc, fields[0], 0));
  // CHECK: empty tuple: nbcMakeTupleOpCreate: a tuple needs at least one field
  rejected("empty tuple", nbcMakeTupleOpCreate(loc, 0, fields));
  mlirModuleDestroy(module);
  mlirContextDestroy(ctx);
  printf("failures: %d\n", failures);
  return failures != 0;
}
