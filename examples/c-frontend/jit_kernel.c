// JIT example: builds a kernel through the nbc C API (op by op, no parsing),
// compiles it once, and calls it on a NumPy-style strided array.
//
//   def sum_squares(a):          # a: float64[:]
//       total = 0.0
//       for i in range(len(a)):
//           total += a[i] * a[i]
//       return total

#include "mlir-c/BuiltinAttributes.h"
#include "mlir-c/BuiltinTypes.h"
#include "nbc-c/NBC.h"

#include <stdio.h>

static MlirStringRef str(const char *s) { return mlirStringRefCreateFromCString(s); }

/// Appends `op` to `block` and returns its first result.
static MlirValue append(MlirBlock block, MlirOperation op) {
  mlirBlockAppendOwnedOperation(block, op);
  return mlirOperationGetNumResults(op) ? mlirOperationGetResult(op, 0)
                                        : (MlirValue){NULL};
}

static int fail(const char *what) {
  MlirStringRef e = nbcGetLastError();
  fprintf(stderr, "%s: %.*s\n", what, (int)e.length, e.data);
  return 1;
}

int main(void) {
  MlirContext ctx = nbcContextCreate();
  MlirLocation loc = mlirLocationFileLineColGet(ctx, str("jit_kernel.c"), 1, 1);
  MlirType f64 = mlirF64TypeGet(ctx);
  MlirType si64 = nbcSignedIntegerTypeGet(ctx, 64);
  // float64[:] with any stride (a NumPy view).
  MlirType array = nbcArrayTypeGet(f64, 1, NULL, /*strided=*/true);

  MlirModule module = mlirModuleCreateEmpty(loc);
  MlirOperation func = nbcKernelFuncCreate(
      loc, str("sum_squares"), 1, &array, 1, &f64,
      nbcKernelAttrGet(ctx, 0, NbcErrorModelPython, false, false));
  mlirBlockAppendOwnedOperation(mlirModuleGetBody(module), func);
  MlirBlock body = nbcFuncGetEntryBlock(func);
  MlirValue a = mlirBlockGetArgument(body, 0);

  MlirValue total = append(body, nbcConstantFloatOpCreate(loc, f64, 0.0));
  MlirValue start = append(body, nbcConstantIntOpCreate(loc, si64, 0));
  MlirValue step = append(body, nbcConstantIntOpCreate(loc, si64, 1));
  MlirValue n = append(body, nbcDimOpCreate(loc, a, 0));
  MlirOperation range = nbcRangeOpCreate(loc, start, n, step, 1, &total);
  MlirValue result = append(body, range);

  MlirBlock loop = nbcRangeOpGetBody(range);
  MlirValue i = mlirBlockGetArgument(loop, 0);
  MlirValue acc = mlirBlockGetArgument(loop, 1);
  MlirOperation load = nbcLoadOpCreate(loc, a, 1, &i);
  MlirValue x = append(loop, load);
  MlirValue sq = append(loop, nbcBinaryOpCreate(loc, str("nbc.mul"), x, x));
  MlirValue next = append(loop, nbcBinaryOpCreate(loc, str("nbc.add"), acc, sq));
  append(loop, nbcYieldOpCreate(loc, (MlirValue){NULL}, 1, &next));
  append(body, nbcReturnOpCreate(loc, 1, &result));

  if (!nbcVerify(mlirModuleGetOperation(module)))
    return fail("verify");

  // Compile once: lowering + JIT.
  NbcCompileOptions options = nbcCompileOptionsGetDefault();
  NbcProgram program = nbcProgramCreate(module, &options);
  mlirModuleDestroy(module);
  if (nbcProgramIsNull(program))
    return fail("compile");
  NbcKernel kernel = nbcProgramLookup(program, str("sum_squares"));
  if (nbcKernelIsNull(kernel))
    return fail("lookup");

  // a = np.arange(1.0, 7.0)[::2]  ->  [1.0, 3.0, 5.0]
  double data[6] = {1, 2, 3, 4, 5, 6};
  NbcMemRef1D view = {data, data, 0, {3}, {2}};
  double out = 0;
  void *args[1] = {&view};
  void *results[1] = {&out};
  NbcValueType types[1] = {{NbcDTypeFloat64, 1}};
  const char *status = NULL;
  if (mlirLogicalResultIsFailure(
          nbcKernelCall(kernel, 1, types, args, 1, results, &status)))
    return fail("call");
  if (status) {
    printf("%s: %s\n", nbcExceptionKindGetName(nbcStatusGetKind(status)),
           nbcStatusGetMessage(status));
    return 1;
  }
  printf("sum_squares([1.0, 3.0, 5.0]) = %.1f\n", out);

  nbcProgramDestroy(program);
  mlirContextDestroy(ctx);
  return 0;
}
