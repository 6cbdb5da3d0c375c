// A C frontend freezes two arrays into a kernel with nbcConstantArrayCreate
// (a global NumPy array, as the Python frontend does): each becomes a private
// `memref.global constant` of the module (the second name gets a suffix),
// read at the start of the kernel's entry block and cast to the dynamic
// array type; the kernel sums one of them. Bad arguments are refused.
//
// RUN: nbc-capi-constant-arrays 2>&1 | FileCheck %s
// CHECK-NOT: FAIL

#include "mlir-c/BuiltinTypes.h"
#include "mlir-c/IR.h"
#include "nbc-c/NBC.h"

#include <stdint.h>
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

int main(void) {
  MlirContext ctx = nbcContextCreate();
  MlirLocation loc = mlirLocationFileLineColGet(ctx, str("coef.py"), 3, 7);
  MlirModule module = mlirModuleCreateEmpty(loc);
  MlirType f64 = mlirF64TypeGet(ctx);
  MlirType si32 = nbcSignedIntegerTypeGet(ctx, 32);
  MlirOperation func = nbcKernelFuncCreate(
      loc, str("total"), 0, NULL, 1, &f64,
      nbcKernelAttrGet(ctx, 0, NbcErrorModelPython, false, true));
  mlirBlockAppendOwnedOperation(mlirModuleGetBody(module), func);
  MlirBlock body = mlirRegionGetFirstBlock(mlirOperationGetRegion(func, 0));

  // CHECK-DAG: memref.global "private" constant @coef : memref<4xf64> = dense<[5.000000e-01, -1.250000e+00, 2.000000e+00, 3.000000e-03]> {alignment = 64 : i64}
  // CHECK-DAG: memref.global "private" constant @coef_0 : memref<2x3xsi32> = dense<{{\[\[}}1, -2, 3], [4, 5, -6]]> {alignment = 64 : i64}
  double coef[4] = {0.5, -1.25, 2.0, 3.0e-3};
  int64_t shape1[1] = {4};
  MlirValue a = nbcConstantArrayCreate(module, body, loc, str("coef"), f64, 1,
                                       shape1, coef);
  int32_t table[6] = {1, -2, 3, 4, 5, -6};
  int64_t shape2[2] = {2, 3};
  MlirValue t = nbcConstantArrayCreate(module, body, loc, str("coef"), si32, 2,
                                       shape2, table);
  if (mlirValueIsNull(a) || mlirValueIsNull(t))
    fail("nbcConstantArrayCreate");
  MlirOperation sum =
      nbcArrayReduceOpCreate(loc, NbcArraySum, a, false, 0);
  mlirBlockAppendOwnedOperation(body, sum);
  MlirValue total = mlirOperationGetResult(sum, 0);
  mlirBlockAppendOwnedOperation(body, nbcReturnOpCreate(loc, 1, &total));
  if (!mlirOperationVerify(mlirModuleGetOperation(module)))
    fail("verify");
  // CHECK-LABEL: func.func @total
  // CHECK: memref.get_global @coef_0 : memref<2x3xsi32>
  // CHECK: memref.cast %{{.*}} : memref<2x3xsi32> to memref<?x?xsi32>
  // CHECK: %[[G:.*]] = memref.get_global @coef : memref<4xf64>
  // CHECK: %[[A:.*]] = memref.cast %[[G]] : memref<4xf64> to memref<?xf64>
  // CHECK: nbc.array_reduce sum %[[A]]
  mlirOperationPrint(mlirModuleGetOperation(module), printOut, NULL);

  // CHECK: refused: nbcConstantArrayCreate: a negative size
  int64_t negative[1] = {-1};
  if (!mlirValueIsNull(nbcConstantArrayCreate(module, body, loc, str("bad"),
                                              f64, 1, negative, coef)))
    fail("a negative size was accepted");
  MlirStringRef e = nbcGetLastError();
  printf("refused: %.*s\n", (int)e.length, e.data);

  mlirModuleDestroy(module);
  mlirContextDestroy(ctx);
  return failures != 0;
}
