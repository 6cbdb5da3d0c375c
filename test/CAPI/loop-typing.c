// A C frontend builds `s = 0; for i in range(n): s = s * 2 + x` with a
// float64 x once, with s at its type before the loop (int64), and
// nbcWidenLoopCarried types it as the Python frontend does: s is float64 in
// the loop and `s * 2` multiplies floats; an integer `np.maximum(s, 1)`
// becomes NumPy's float form (a NaN propagates). A reader it cannot retype
// (`s << 1`) leaves the loop unchanged and says why.
//
// The same retyping for a recursive function (`f(n - 1) + 1 ... * 0.5`)
// whose call was typed by the returns seen before it (si64) and which
// returns f64: nbcWidenRecursiveCalls sets the result type and widens the
// call's result, whose readers are built again (the add in f64, the cast to
// f64 gone). A reader with no float form (`<<`) refuses: the IR and the
// function's type stay as they were. nbcWidenValues refuses a narrower type,
// and widens a placeholder's readers, a message naming its type among them,
// keeping a store's and an index's conversion of it (nbcBuildConversion).
//
// RUN: nbc-capi-loop-typing 2>&1 | FileCheck %s
// CHECK-NOT: FAIL

#include "mlir-c/BuiltinAttributes.h"
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
/// yields `(s <op> k) + x`, or `np.maximum(s, 1) + x` when `numpyMax`;
/// returns the loop (not yet widened).
static MlirOperation buildKernel(MlirModule module, MlirLocation loc,
                                 const char *name, NbcBinaryOperator op,
                                 bool numpyMax, MlirOperation *funcOut) {
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
  MlirValue scaled =
      numpyMax ? nbcBuildNumpyMinMax(loopBody, loc, true, s, one)
               : nbcBuildBinary(loopBody, loc, op, s,
                                op == NbcBinaryMul ? two : one);
  MlirValue next = nbcBuildBinary(loopBody, loc, NbcBinaryAdd, scaled, x);
  append(loopBody, nbcYieldOpCreate(loc, (MlirValue){NULL}, 1, &next));
  *funcOut = func;
  return loop;
}

/// `func.call @name(arg) : (si64) -> si64`.
static MlirValue call(MlirBlock block, MlirLocation loc, const char *name,
                      MlirValue arg, MlirType result) {
  MlirContext ctx = mlirLocationGetContext(loc);
  MlirOperationState state = mlirOperationStateGet(str("func.call"), loc);
  MlirNamedAttribute callee = mlirNamedAttributeGet(
      mlirIdentifierGet(ctx, str("callee")),
      mlirFlatSymbolRefAttrGet(ctx, str(name)));
  mlirOperationStateAddAttributes(&state, 1, &callee);
  mlirOperationStateAddOperands(&state, 1, &arg);
  mlirOperationStateAddResults(&state, 1, &result);
  return append(block, mlirOperationCreate(&state));
}

/// `name(n: si64)`: returns `(name(n - 1) <op> 1) * 0.5`, the call typed si64.
/// Returns the function, its result types not set yet.
static MlirOperation buildRecursive(MlirModule module, MlirLocation loc,
                                    const char *name, NbcBinaryOperator op,
                                    MlirValue *callOut) {
  MlirContext ctx = mlirLocationGetContext(loc);
  MlirType si64 = nbcSignedIntegerTypeGet(ctx, 64), f64 = mlirF64TypeGet(ctx);
  MlirOperation func = nbcKernelFuncCreate(
      loc, str(name), 1, &si64, 0, NULL,
      nbcKernelAttrGet(ctx, 0, NbcErrorModelPython, false, true));
  mlirBlockAppendOwnedOperation(mlirModuleGetBody(module), func);
  MlirBlock body = nbcFuncGetEntryBlock(func);
  MlirValue n = mlirBlockGetArgument(body, 0);
  MlirValue one = append(body, nbcConstantIntOpCreate(loc, si64, 1));
  MlirValue half = append(body, nbcConstantFloatOpCreate(loc, f64, 0.5));
  MlirValue less = nbcBuildBinary(body, loc, NbcBinarySub, n, one);
  MlirValue rec = call(body, loc, name, less, si64);
  MlirValue combined = nbcBuildBinary(body, loc, op, rec, one);
  MlirValue scaled = nbcBuildBinary(body, loc, NbcBinaryMul, combined, half);
  append(body, nbcReturnOpCreate(loc, 1, &scaled));
  *callOut = rec;
  return func;
}

/// Appends a kernel `name(args) -> result` to `module` whose entry block
/// (`*entry`) starts with a placeholder of type i1, as a frontend's
/// stand-in for a value whose type is not known yet; returns it.
static MlirValue buildPlaceholderKernel(MlirModule module, MlirLocation loc,
                                        const char *name, intptr_t numArgs,
                                        const MlirType *args, MlirType result,
                                        MlirOperation *func,
                                        MlirBlock *entry) {
  MlirContext ctx = mlirLocationGetContext(loc);
  MlirType i1 = mlirIntegerTypeGet(ctx, 1);
  *func = nbcKernelFuncCreate(
      loc, str(name), numArgs, args, 1, &result,
      nbcKernelAttrGet(ctx, 0, NbcErrorModelPython, false, true));
  mlirBlockAppendOwnedOperation(mlirModuleGetBody(module), *func);
  *entry = nbcFuncGetEntryBlock(*func);
  MlirOperationState state =
      mlirOperationStateGet(str("builtin.unrealized_conversion_cast"), loc);
  mlirOperationStateAddResults(&state, 1, &i1);
  return append(*entry, mlirOperationCreate(&state));
}

int main(void) {
  MlirContext ctx = nbcContextCreate();
  MlirLocation loc = mlirLocationFileLineColGet(ctx, str("loop.py"), 4, 5);
  MlirModule module = mlirModuleCreateEmpty(loc);

  MlirOperation func;
  MlirOperation loop = buildKernel(module, loc, "widening", NbcBinaryMul, false, &func);
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
  // CHECK-NEXT: %[[K:.*]] = nbc.cast %[[TWO]] promotion : si64 to f64
  // CHECK-NEXT: %[[M:.*]] = nbc.mul %[[S]], %[[K]] : f64
  // CHECK-NEXT: %[[A:.*]] = nbc.add %[[M]], %arg1 : f64
  // CHECK-NEXT: nbc.yield %[[A]] : f64
  mlirOperationPrint(func, printOut, NULL);
  printf("\n");

  // np.maximum(s, 1) on integers is an `nbc.max numpy` with its operands
  // swapped (NumPy keeps the second on ties); once s is a float it is
  // NumPy's float form: a NaN in s propagates (Python's max would drop it).
  loop = buildKernel(module, loc, "np_maximum", NbcBinaryAdd, true, &func);
  widened = nbcWidenLoopCarried(loop);
  if (mlirOperationIsNull(widened)) {
    MlirStringRef e = nbcGetLastError();
    printf("FAIL widening np.maximum: %.*s\n", (int)e.length, e.data);
    return 1;
  }
  result = mlirOperationGetResult(widened, 0);
  append(nbcFuncGetEntryBlock(func), nbcReturnOpCreate(loc, 1, &result));
  // CHECK-LABEL: func.func @np_maximum
  // CHECK: nbc.range {{.*}} iter_args(%[[S:.*]] = %{{.*}}) -> (f64)
  // CHECK-NEXT: %[[K:.*]] = nbc.cast %{{.*}} promotion : si64 to f64
  // CHECK-NEXT: %[[M:.*]] = nbc.max %[[K]], %[[S]] : f64
  // CHECK-NEXT: %[[NAN:.*]] = nbc.fpclass nan %[[S]] : f64
  // CHECK-NEXT: %[[SEL:.*]] = nbc.select %[[NAN]], %[[S]], %[[M]] : f64
  // CHECK-NEXT: nbc.add %[[SEL]], %arg1 : f64
  mlirOperationPrint(func, printOut, NULL);
  printf("\n");

  // `s << 1` has no float form: refused, the loop left as built.
  loop = buildKernel(module, loc, "refused", NbcBinaryLShift, false, &func);
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

  MlirType si64 = nbcSignedIntegerTypeGet(ctx, 64), f64 = mlirF64TypeGet(ctx);
  // (a module of its own: the one above holds the refused loop, which
  // does not verify)
  mlirModuleDestroy(module);
  module = mlirModuleCreateEmpty(loc);
  MlirValue rec;
  func = buildRecursive(module, loc, "recursive", NbcBinaryAdd, &rec);
  if (!nbcWidenRecursiveCalls(func, 1, &f64)) {
    MlirStringRef e = nbcGetLastError();
    printf("FAIL widening the calls: %.*s\n", (int)e.length, e.data);
    return 1;
  }
  // CHECK-LABEL: func.func @recursive(%arg0: si64) -> f64
  // CHECK: %[[ONE:.*]] = nbc.constant 1 : si64
  // CHECK: %[[HALF:.*]] = nbc.constant 5.000000e-01 : f64
  // CHECK: %[[REC:.*]] = call @recursive(%{{.*}}) : (si64) -> f64
  // CHECK-NEXT: %[[K:.*]] = nbc.cast %[[ONE]] promotion : si64 to f64
  // CHECK-NEXT: %[[A:.*]] = nbc.add %[[REC]], %[[K]] : f64
  // CHECK-NEXT: %[[M:.*]] = nbc.mul %[[A]], %[[HALF]] : f64
  // CHECK-NEXT: return %[[M]] : f64
  mlirOperationPrint(func, printOut, NULL);
  printf("\n");
  if (!mlirOperationVerify(func))
    printf("FAIL: the widened function does not verify\n"), ++failures;

  // `f(n - 1) << 1` has no float form: refused, nothing changed.
  func = buildRecursive(module, loc, "recursive_refused", NbcBinaryLShift, &rec);
  if (nbcWidenRecursiveCalls(func, 1, &f64))
    printf("FAIL: f(n - 1) << 1 widened\n"), ++failures;
  e = nbcGetLastError();
  // CHECK: refused: loop.py:4:5: error: cannot widen a value read by 'nbc.shl'
  printf("refused: %.*s\n", (int)e.length, e.data);
  // (printed generically: its result types are not set)
  // CHECK: function_type = (si64) -> (), sym_name = "recursive_refused"
  // CHECK: %[[R:.*]] = "func.call"(%{{.*}}) <{callee = @recursive_refused}> : (si64) -> si64
  // CHECK-NEXT: %[[S:.*]] = "nbc.shl"(%[[R]], %{{.*}}) : (si64, si64) -> si64
  // CHECK-NEXT: %[[C:.*]] = "nbc.cast"(%[[S]]) <{promotion}> : (si64) -> f64
  // CHECK-NEXT: "nbc.mul"(%[[C]], %{{.*}}) : (f64, f64) -> f64
  mlirOperationPrint(func, printOut, NULL);
  printf("\n");

  // A value only widens.
  MlirValue arg = mlirBlockGetArgument(nbcFuncGetEntryBlock(func), 0);
  MlirType i8 = nbcSignedIntegerTypeGet(ctx, 8);
  if (nbcWidenValues(1, &arg, &i8))
    printf("FAIL: si64 narrowed to si8\n"), ++failures;
  e = nbcGetLastError();
  // CHECK: narrowed: loop.py:4:5: error: widenValues: 'si8' is not a scalar type 'si64' widens to
  printf("narrowed: %.*s\n", (int)e.length, e.data);
  if (!nbcWidenValues(1, &arg, &si64))
    printf("FAIL: the same type refused\n"), ++failures;

  // A value typed before its type is known (a frontend's bool placeholder
  // for a variable read before a loop gives it a value): its comparison is
  // built again and a message naming its type ("type") follows it; what
  // changed is in nbcGetRetypedValues.
  MlirType i1 = mlirIntegerTypeGet(ctx, 1);
  mlirModuleDestroy(module); // (it holds the refused function)
  module = mlirModuleCreateEmpty(loc);
  MlirBlock entry;
  MlirValue value = buildPlaceholderKernel(module, loc, "placeholder", 1, &f64,
                                           i1, &func, &entry);
  MlirValue greater = nbcBuildCompare(entry, loc, NbcCmpGt,
                                      mlirBlockGetArgument(entry, 0), value);
  MlirStringRef typeName = str("type");
  append(entry, nbcRaiseIfOpCreateFormatted(loc, greater, NbcTypeError,
                                            str("expected {}, got None"), 1,
                                            &value, &typeName));
  append(entry, nbcReturnOpCreate(loc, 1, &greater));
  if (!nbcWidenValues(1, &value, &f64)) {
    MlirStringRef e = nbcGetLastError();
    printf("FAIL widening the placeholder: %.*s\n", (int)e.length, e.data);
    return 1;
  }
  MlirValue olds[4], news[4];
  intptr_t changed = nbcGetRetypedValues(4, olds, news);
  // CHECK: retyped: 2 values, the placeholder in place: 1
  printf("retyped: %d values, the placeholder in place: %d\n", (int)changed,
         (int)((mlirValueEqual(olds[0], value) && mlirValueEqual(news[0], value)) ||
               (changed > 1 && mlirValueEqual(olds[1], value) &&
                mlirValueEqual(news[1], value))));
  // CHECK-LABEL: func.func @placeholder(%arg0: f64) -> i1
  // CHECK-NEXT: %[[P:.*]] = builtin.unrealized_conversion_cast to f64
  // CHECK-NEXT: %[[G:.*]] = nbc.cmp gt, %arg0, %[[P]] : f64
  // CHECK-NEXT: nbc.raise_if %[[G]], TypeError, "expected {}, got None"(%[[P]] : f64) {formats = ["type"]}
  mlirOperationPrint(func, printOut, NULL);
  printf("\n");

  // `total + (p + 1)` with the placeholder p: the typed builders promoted p
  // to si64 and the sum to f64 (casts marked `promotion`). Widened to f64,
  // both operators are built again from p's new type, as a direct build
  // of `total + (x + 1)` with x : f64 gives them.
  value = buildPlaceholderKernel(module, loc, "promoted", 1, &f64, f64, &func,
                                 &entry);
  MlirValue oneInt = append(entry, nbcConstantIntOpCreate(loc, si64, 1));
  MlirValue next = nbcBuildBinary(entry, loc, NbcBinaryAdd, value, oneInt);
  MlirValue total = nbcBuildBinary(entry, loc, NbcBinaryAdd,
                                   mlirBlockGetArgument(entry, 0), next);
  append(entry, nbcReturnOpCreate(loc, 1, &total));
  // CHECK-LABEL: before: func.func @promoted
  // CHECK: %[[B:.*]] = nbc.cast %{{.*}} promotion : i1 to si64
  // CHECK-NEXT: %[[N:.*]] = nbc.add %[[B]], %{{.*}} : si64
  // CHECK-NEXT: %[[F:.*]] = nbc.cast %[[N]] promotion : si64 to f64
  // CHECK-NEXT: nbc.add %arg0, %[[F]] : f64
  printf("before: ");
  mlirOperationPrint(func, printOut, NULL);
  printf("\n");
  if (!nbcWidenValues(1, &value, &f64)) {
    MlirStringRef e = nbcGetLastError();
    printf("FAIL widening through promotions: %.*s\n", (int)e.length, e.data);
    return 1;
  }
  // CHECK-LABEL: func.func @promoted(%arg0: f64) -> f64
  // CHECK-NEXT: %[[P:.*]] = builtin.unrealized_conversion_cast to f64
  // CHECK-NEXT: %[[ONE:.*]] = nbc.constant 1 : si64
  // CHECK-NEXT: %[[K:.*]] = nbc.cast %[[ONE]] promotion : si64 to f64
  // CHECK-NEXT: %[[N:.*]] = nbc.add %[[P]], %[[K]] : f64
  // CHECK-NEXT: %[[T:.*]] = nbc.add %arg0, %[[N]] : f64
  // CHECK-NEXT: return %[[T]] : f64
  mlirOperationPrint(func, printOut, NULL);
  printf("\n");
  if (!mlirOperationVerify(func))
    printf("FAIL: the function widened through promotions does not verify\n"),
        ++failures;

  // `out[0] = p` and `b[p]` with the placeholder p: the store's and the
  // index's conversions (nbcBuildConversion, marked `nbc.converts`) stay
  // when p widens to si32, converting it as a direct build of `out[0] = x`
  // and `b[x]` with x : si32 does; a float index is refused.
  int64_t dynamic = mlirShapedTypeGetDynamicSize();
  MlirType array = mlirMemRefTypeContiguousGet(f64, 1, &dynamic,
                                               mlirAttributeGetNull());
  MlirType si32 = nbcSignedIntegerTypeGet(ctx, 32);
  MlirType arrays[2] = {array, array};
  value = buildPlaceholderKernel(module, loc, "converted", 2, arrays, f64,
                                 &func, &entry);
  MlirValue item = nbcBuildConversion(entry, loc, value, f64, false);
  MlirValue index = nbcBuildConversion(entry, loc, value, si64, true);
  MlirValue zero = append(entry, nbcConstantIntOpCreate(loc, si64, 0));
  append(entry, nbcStoreOpCreate(loc, item, mlirBlockGetArgument(entry, 0), 1,
                                 &zero));
  MlirValue loaded = append(
      entry, nbcLoadOpCreate(loc, mlirBlockGetArgument(entry, 1), 1, &index));
  append(entry, nbcReturnOpCreate(loc, 1, &loaded));
  // CHECK: refused a float index: {{.*}}cannot widen a value read by an index's conversion
  if (nbcWidenValues(1, &value, &f64))
    printf("FAIL: a float index was widened\n"), ++failures;
  else
    printf("refused a float index: %.*s\n", (int)nbcGetLastError().length,
           nbcGetLastError().data);
  if (!nbcWidenValues(1, &value, &si32)) {
    MlirStringRef e = nbcGetLastError();
    printf("FAIL widening through conversions: %.*s\n", (int)e.length, e.data);
    return 1;
  }
  // CHECK-LABEL: func.func @converted
  // CHECK-NEXT: %[[P:.*]] = builtin.unrealized_conversion_cast to si32
  // CHECK-NEXT: %[[I:.*]] = nbc.cast %[[P]] {nbc.converts = "item"} : si32 to f64
  // CHECK-NEXT: %[[X:.*]] = nbc.cast %[[P]] {nbc.converts = "index"} : si32 to si64
  // CHECK: nbc.store %[[I]], %arg0[
  // CHECK: nbc.load %arg1[%[[X]]]
  mlirOperationPrint(func, printOut, NULL);
  printf("\n");
  if (!mlirOperationVerify(func))
    printf("FAIL: the function widened through conversions does not verify\n"),
        ++failures;

  mlirModuleDestroy(module);
  mlirContextDestroy(ctx);
  return failures != 0;
}
