// A C frontend that leaves typing to the dialect: it builds the kernel
// below through the nbc C API's Python-typed builders (nbcBuild*), which
// decide every result type by NumPy's rules and insert the casts, so the
// IR is what the Python frontend makes of the same source.
//
//   @nbc.njit(parallel=True)
//   def mixed(a, n, k):                  # float32[:], int32, uint8
//       scaled = np.where(a > 0, (a * n + k) // 3, -a * 2)    # a ufunc
//       total = 0.0
//       for i in nbc.prange(len(scaled)):                     # a reduction
//           total += scaled[i] ** 2 - i % n
//       return total + n / k
//
// Run: typed_kernel [size] [n] [k]; prints the IR it built on stderr with
// --print-ir, and the result with all its digits on stdout.
// tests/python/test_c_frontend.py runs it against the Python frontend.

#include "mlir-c/BuiltinTypes.h"
#include "mlir-c/IR.h"
#include "nbc-c/NBC.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static MlirStringRef str(const char *s) {
  return mlirStringRefCreateFromCString(s);
}

/// Appends `op` to `block` (before its terminator, if any) and returns its
/// first result.
static MlirValue append(MlirBlock block, MlirOperation op) {
  if (mlirOperationIsNull(op))
    return (MlirValue){NULL};
  MlirOperation terminator = mlirBlockGetTerminator(block);
  if (mlirOperationIsNull(terminator))
    mlirBlockAppendOwnedOperation(block, op);
  else
    mlirBlockInsertOwnedOperationBefore(block, terminator, op);
  return mlirOperationGetNumResults(op) ? mlirOperationGetResult(op, 0)
                                        : (MlirValue){NULL};
}

static void fail(const char *what) {
  MlirStringRef e = nbcGetLastError();
  fprintf(stderr, "typed_kernel: %s: %.*s\n", what, (int)e.length, e.data);
  exit(1);
}

static MlirValue check(MlirValue v, const char *what) {
  if (mlirValueIsNull(v))
    fail(what);
  return v;
}

static void printToStderr(MlirStringRef text, void *unused) {
  (void)unused;
  fwrite(text.data, 1, text.length, stderr);
}

/// Builds `mixed` into `module`.
static void buildMixed(MlirContext ctx, MlirModule module) {
  MlirLocation loc = mlirLocationFileLineColGet(ctx, str("typed_kernel.c"), 1, 1);
  MlirType f32 = mlirF32TypeGet(ctx), f64 = mlirF64TypeGet(ctx);
  MlirType si32 = nbcSignedIntegerTypeGet(ctx, 32);
  MlirType si64 = nbcSignedIntegerTypeGet(ctx, 64);
  MlirType ui8 = nbcUnsignedIntegerTypeGet(ctx, 8);
  MlirType args[3] = {nbcArrayTypeGet(f32, 1, NULL, /*strided=*/true), si32,
                      ui8};

  MlirOperation func = nbcKernelFuncCreate(
      loc, str("mixed"), 3, args, 1, &f64,
      nbcKernelAttrGet(ctx, 0, NbcErrorModelPython, /*parallel=*/true,
                       /*boundscheck=*/false));
  mlirBlockAppendOwnedOperation(mlirModuleGetBody(module), func);
  MlirBlock body = nbcFuncGetEntryBlock(func);
  MlirValue a = mlirBlockGetArgument(body, 0);
  MlirValue n = mlirBlockGetArgument(body, 1);
  MlirValue k = mlirBlockGetArgument(body, 2);

  // scaled = np.where(a > 0, (a * n + k) // 3, -a * 2), one fused ufunc.
  // As NumPy converts them, the scalar operands take the array's float32
  // (nbcArrayScalarOperandType: n and k are of a lower kind, and the
  // literals 0, 3 and 2 are weak), and the elements follow NumPy's rules.
  MlirType nType = nbcArrayScalarOperandType(f32, si32, /*weak=*/false);
  MlirType kType = nbcArrayScalarOperandType(f32, ui8, /*weak=*/false);
  MlirType literalType = nbcArrayScalarOperandType(f32, si64, /*weak=*/true);
  MlirValue ins[3] = {a, check(nbcBuildCast(body, loc, n, nType), "n"),
                      check(nbcBuildCast(body, loc, k, kType), "k")};
  MlirOperation ufunc = nbcUfuncOpCreate(loc, 3, ins, 0, NULL, 1, &f32);
  if (mlirOperationIsNull(ufunc))
    fail("ufunc");
  MlirBlock elem = nbcUfuncOpGetBody(ufunc);
  MlirValue x = mlirBlockGetArgument(elem, 0);
  MlirValue ne = mlirBlockGetArgument(elem, 1);
  MlirValue ke = mlirBlockGetArgument(elem, 2);
  MlirValue zero = append(elem, nbcConstantFloatOpCreate(loc, literalType, 0));
  MlirValue three = append(elem, nbcConstantFloatOpCreate(loc, literalType, 3));
  MlirValue two = append(elem, nbcConstantFloatOpCreate(loc, literalType, 2));
  MlirValue positive = check(nbcBuildCompare(elem, loc, NbcCmpGt, x, zero), "a > 0");
  MlirValue an = check(nbcBuildElementwiseBinary(elem, loc, NbcBinaryMul, x, ne), "a * n");
  MlirValue ank = check(nbcBuildElementwiseBinary(elem, loc, NbcBinaryAdd, an, ke), "+ k");
  MlirValue q = check(nbcBuildElementwiseBinary(elem, loc, NbcBinaryFloorDiv, ank, three), "// 3");
  MlirValue negA = check(nbcBuildElementwiseUnary(elem, loc, NbcUnaryNeg, x), "-a");
  MlirValue neg2 = check(nbcBuildElementwiseBinary(elem, loc, NbcBinaryMul, negA, two), "-a * 2");
  MlirValue chosen = check(nbcBuildWhere(elem, loc, positive, q, neg2), "where");
  append(elem, nbcYieldOpCreate(loc, (MlirValue){NULL}, 1, &chosen));
  MlirValue scaled = append(body, ufunc);

  // total = 0.0; prange with an add reduction.
  MlirValue total = append(body, nbcConstantFloatOpCreate(loc, f64, 0.0));
  MlirValue start = append(body, nbcConstantIntOpCreate(loc, si64, 0));
  MlirValue step = append(body, nbcConstantIntOpCreate(loc, si64, 1));
  MlirValue len = append(body, nbcDimOpCreate(loc, scaled, 0));
  NbcReductionKind add = NbcReduceAdd;
  MlirOperation prange =
      nbcPRangeOpCreate(loc, 1, &start, &len, &step, 1, &add, &total);
  if (mlirOperationIsNull(prange))
    fail("prange");
  MlirBlock loop = nbcRangeOpGetBody(prange);
  MlirValue i = mlirBlockGetArgument(loop, 0);
  MlirValue acc = mlirBlockGetArgument(loop, 1);
  MlirValue s = append(loop, nbcLoadOpCreate(loc, scaled, 1, &i));
  MlirValue twoL = append(loop, nbcConstantIntOpCreate(loc, si64, 2));
  MlirValue sq = check(nbcBuildBinary(loop, loc, NbcBinaryPow, s, twoL), "** 2");
  MlirValue m = check(nbcBuildBinary(loop, loc, NbcBinaryMod, i, n), "i % n");
  MlirValue term = check(nbcBuildBinary(loop, loc, NbcBinarySub, sq, m), "-");
  MlirValue next = check(nbcBuildBinary(loop, loc, NbcBinaryAdd, acc, term), "+=");
  append(loop, nbcYieldOpCreate(loc, (MlirValue){NULL}, 1, &next));
  MlirValue summed = append(body, prange);

  // return total + n / k
  MlirValue ratio = check(nbcBuildBinary(body, loc, NbcBinaryTrueDiv, n, k), "n / k");
  MlirValue result = check(nbcBuildBinary(body, loc, NbcBinaryAdd, summed, ratio), "+");
  append(body, nbcReturnOpCreate(loc, 1, &result));
}

int main(int argc, char **argv) {
  int printIR = argc > 1 && strcmp(argv[1], "--print-ir") == 0;
  if (printIR) {
    --argc;
    ++argv;
  }
  long size = argc > 1 ? atol(argv[1]) : 1000;
  int32_t n = argc > 2 ? (int32_t)atol(argv[2]) : 7;
  uint8_t k = argc > 3 ? (uint8_t)atol(argv[3]) : 3;

  MlirContext ctx = nbcContextCreate();
  MlirModule module = mlirModuleCreateEmpty(mlirLocationUnknownGet(ctx));
  buildMixed(ctx, module);
  if (!nbcVerify(mlirModuleGetOperation(module)))
    fail("verify");
  if (printIR)
    mlirOperationPrint(mlirModuleGetOperation(module), printToStderr, NULL);

  NbcCompileOptions options = nbcCompileOptionsGetDefault();
  NbcProgram program = nbcProgramCreate(module, &options);
  mlirModuleDestroy(module);
  if (nbcProgramIsNull(program))
    fail("compile");
  NbcKernel kernel = nbcProgramLookup(program, str("mixed"));
  if (nbcKernelIsNull(kernel))
    fail("lookup");

  // a = (np.arange(size) % 17).astype(np.float32) * 0.25 - 1.5
  float *data = malloc(sizeof(float) * (size_t)(size > 0 ? size : 1));
  for (long j = 0; j < size; ++j)
    data[j] = (float)(j % 17) * 0.25f - 1.5f;
  NbcMemRef1D view = {data, data, 0, {size}, {1}};
  double out = 0;
  void *callArgs[3] = {&view, &n, &k};
  void *results[1] = {&out};
  NbcValueType types[3] = {
      {NbcDTypeFloat32, 1}, {NbcDTypeInt32, -1}, {NbcDTypeUInt8, -1}};
  const char *status = NULL;
  if (mlirLogicalResultIsFailure(
          nbcKernelCall(kernel, 3, types, callArgs, 1, results, &status)))
    fail("call");
  if (status) {
    printf("%s: %s\n", nbcExceptionKindGetName(nbcStatusGetKind(status)),
           nbcStatusGetMessage(status));
    return 2;
  }
  printf("%.17g\n", out);

  free(data);
  nbcProgramDestroy(program);
  mlirContextDestroy(ctx);
  return 0;
}
