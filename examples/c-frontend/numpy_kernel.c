// A C frontend that calls NumPy functions nbc writes in Python (nbc.npimpl)
// without Python at run time: they were exported ahead of time by
//
//   python -m nbc export-ir np.interp 'float64[:],float64[:],float64[:]' \
//       np.median 'float64[:]' np.sort 'float64[:]' -o numpy_lib.mlir
//
// This program parses numpy_lib.mlir, clones its functions into its own
// module (upstream MLIR C API only), builds the kernel below around
// `func.call`s to the exported symbols, JIT-compiles and runs it:
//
//   @nbc.njit
//   def summary(a, xp, fp):              # float64[:] x 3
//       y = np.interp(a, xp, fp)
//       return np.median(y), np.sort(y)
//
// Run: numpy_kernel numpy_lib.mlir [size] [points] [--print-ir]; prints the
// median, then the sorted values, with all their digits on stdout; an
// exception raised in NumPy's code (xp empty) prints `Kind: message` and
// exits with 2. tests/python/test_c_frontend_numpy.py checks it against
// the Python frontend and NumPy (docs/CAPI.md, "NumPy functions for other
// frontends").

#include "mlir-c/BuiltinAttributes.h"
#include "mlir-c/BuiltinTypes.h"
#include "mlir-c/IR.h"
#include "nbc-c/NBC.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static MlirStringRef str(const char *s) {
  return mlirStringRefCreateFromCString(s);
}

static void fail(const char *what) {
  MlirStringRef e = nbcGetLastError();
  fprintf(stderr, "numpy_kernel: %s: %.*s\n", what, (int)e.length, e.data);
  exit(1);
}

static void printToStderr(MlirStringRef text, void *unused) {
  (void)unused;
  fwrite(text.data, 1, text.length, stderr);
}

/// Clones every function (and constant global) of the exported module at
/// `path` into `into`. The exported symbols are public (`np_<name>__<types>`),
/// their helpers private (`npimpl.<name>`); a name `into` already has is an
/// error rather than a rename, which would miss the calls to it.
static void importExported(MlirContext ctx, MlirModule into, const char *path) {
  MlirModule lib = mlirModuleCreateParseFromFile(ctx, str(path));
  if (mlirModuleIsNull(lib))
    fail(path);
  MlirSymbolTable table = mlirSymbolTableCreate(mlirModuleGetOperation(into));
  MlirStringRef symAttr = mlirSymbolTableGetSymbolAttributeName();
  for (MlirOperation op = mlirBlockGetFirstOperation(mlirModuleGetBody(lib));
       !mlirOperationIsNull(op); op = mlirOperationGetNextInBlock(op)) {
    MlirAttribute name = mlirOperationGetAttributeByName(op, symAttr);
    if (!mlirAttributeIsNull(name) &&
        !mlirOperationIsNull(
            mlirSymbolTableLookup(table, mlirStringAttrGetValue(name)))) {
      MlirStringRef n = mlirStringAttrGetValue(name);
      fprintf(stderr, "numpy_kernel: %s: '%.*s' is defined twice\n", path,
              (int)n.length, n.data);
      exit(1);
    }
    mlirBlockAppendOwnedOperation(mlirModuleGetBody(into),
                                  mlirOperationClone(op));
  }
  mlirSymbolTableDestroy(table);
  mlirModuleDestroy(lib);
}

/// The function type of the exported function `name` in `module`.
static MlirType exportedType(MlirModule module, const char *name) {
  MlirSymbolTable table = mlirSymbolTableCreate(mlirModuleGetOperation(module));
  MlirOperation fn = mlirSymbolTableLookup(table, str(name));
  mlirSymbolTableDestroy(table);
  if (mlirOperationIsNull(fn)) {
    fprintf(stderr, "numpy_kernel: no function '%s' (export it)\n", name);
    exit(1);
  }
  return mlirTypeAttrGetValue(
      mlirOperationGetAttributeByName(fn, str("function_type")));
}

static MlirOperation appendOp(MlirBlock block, MlirOperationState *state) {
  MlirOperation op = mlirOperationCreate(state);
  if (mlirOperationIsNull(op))
    fail("op");
  mlirBlockAppendOwnedOperation(block, op);
  return op;
}

/// `func.call @name(args)`, each array argument cast to the parameter's
/// layout (`memref.cast`: any array to the exported `[:]`, whose strides
/// are dynamic) as a frontend does for every call of an exported function.
static MlirOperation callExported(MlirModule module, MlirBlock block,
                                  MlirLocation loc, const char *name,
                                  intptr_t numArgs, MlirValue *args) {
  MlirType type = exportedType(module, name);
  if (mlirFunctionTypeGetNumInputs(type) != numArgs)
    fail(name);
  MlirValue operands[8];
  for (intptr_t i = 0; i < numArgs; ++i) {
    MlirType want = mlirFunctionTypeGetInput(type, i);
    operands[i] = args[i];
    if (!mlirTypeEqual(mlirValueGetType(args[i]), want)) {
      MlirOperationState cast = mlirOperationStateGet(str("memref.cast"), loc);
      mlirOperationStateAddOperands(&cast, 1, &args[i]);
      mlirOperationStateAddResults(&cast, 1, &want);
      operands[i] = mlirOperationGetResult(appendOp(block, &cast), 0);
    }
  }
  MlirOperationState call = mlirOperationStateGet(str("func.call"), loc);
  mlirOperationStateAddOperands(&call, numArgs, operands);
  MlirType results[8];
  intptr_t numResults = mlirFunctionTypeGetNumResults(type);
  for (intptr_t i = 0; i < numResults; ++i)
    results[i] = mlirFunctionTypeGetResult(type, i);
  mlirOperationStateAddResults(&call, numResults, results);
  MlirNamedAttribute callee = mlirNamedAttributeGet(
      mlirIdentifierGet(mlirLocationGetContext(loc), str("callee")),
      mlirFlatSymbolRefAttrGet(mlirLocationGetContext(loc), str(name)));
  mlirOperationStateAddAttributes(&call, 1, &callee);
  return appendOp(block, &call);
}

static const char *INTERP = "np_interp__f64_1d__f64_1d__f64_1d";
static const char *MEDIAN = "np_median__f64_1d";
static const char *SORT = "np_sort__f64_1d";

/// Builds `summary` into `module` (which holds the exported functions).
static void buildSummary(MlirContext ctx, MlirModule module) {
  MlirLocation loc = mlirLocationFileLineColGet(ctx, str("numpy_kernel.c"), 1, 1);
  MlirType f64 = mlirF64TypeGet(ctx);
  MlirType vector = nbcArrayTypeGet(f64, 1, NULL, /*strided=*/true);
  MlirType args[3] = {vector, vector, vector};
  MlirType results[2] = {f64, mlirFunctionTypeGetResult(
                                  exportedType(module, SORT), 0)};
  MlirOperation func = nbcKernelFuncCreate(
      loc, str("summary"), 3, args, 2, results,
      nbcKernelAttrGet(ctx, 0, NbcErrorModelPython, /*parallel=*/false,
                       /*boundscheck=*/false));
  mlirBlockAppendOwnedOperation(mlirModuleGetBody(module), func);
  MlirBlock body = nbcFuncGetEntryBlock(func);
  MlirValue a[3] = {mlirBlockGetArgument(body, 0), mlirBlockGetArgument(body, 1),
                    mlirBlockGetArgument(body, 2)};
  MlirValue y = mlirOperationGetResult(callExported(module, body, loc, INTERP, 3, a), 0);
  MlirValue out[2] = {
      mlirOperationGetResult(callExported(module, body, loc, MEDIAN, 1, &y), 0),
      mlirOperationGetResult(callExported(module, body, loc, SORT, 1, &y), 0)};
  mlirBlockAppendOwnedOperation(body, nbcReturnOpCreate(loc, 2, out));
}

int main(int argc, char **argv) {
  int printIR = argc > 1 && strcmp(argv[argc - 1], "--print-ir") == 0;
  argc -= printIR;
  if (argc < 2) {
    fprintf(stderr, "usage: numpy_kernel numpy_lib.mlir [size] [points] [--print-ir]\n");
    return 1;
  }
  long size = argc > 2 ? atol(argv[2]) : 1000;
  long points = argc > 3 ? atol(argv[3]) : 11;

  MlirContext ctx = nbcContextCreate();
  MlirModule module = mlirModuleCreateEmpty(mlirLocationUnknownGet(ctx));
  importExported(ctx, module, argv[1]);
  buildSummary(ctx, module);
  if (!nbcVerify(mlirModuleGetOperation(module)))
    fail("verify");
  if (printIR)
    mlirOperationPrint(mlirModuleGetOperation(module), printToStderr, NULL);

  NbcCompileOptions options = nbcCompileOptionsGetDefault();
  NbcProgram program = nbcProgramCreate(module, &options);
  mlirModuleDestroy(module);
  if (nbcProgramIsNull(program))
    fail("compile");
  NbcKernel kernel = nbcProgramLookup(program, str("summary"));
  if (nbcKernelIsNull(kernel))
    fail("lookup");

  // a = (np.arange(size) * 37 % 101) / 10.0 - 2.0
  // xp = np.arange(points) * 0.5;  fp = xp * xp - 3.0
  double *data = malloc(sizeof(double) * (size_t)(size + 2 * points + 1));
  double *xp = data + size, *fp = xp + points;
  for (long j = 0; j < size; ++j)
    data[j] = (double)(j * 37 % 101) / 10.0 - 2.0;
  for (long j = 0; j < points; ++j) {
    xp[j] = (double)j * 0.5;
    fp[j] = xp[j] * xp[j] - 3.0;
  }
  NbcMemRef1D views[3] = {{data, data, 0, {size}, {1}},
                          {xp, xp, 0, {points}, {1}},
                          {fp, fp, 0, {points}, {1}}};
  double median = 0;
  NbcMemRef1D sorted;
  void *callArgs[3] = {&views[0], &views[1], &views[2]};
  void *callResults[2] = {&median, &sorted};
  NbcValueType types[3] = {{NbcDTypeFloat64, 1}, {NbcDTypeFloat64, 1},
                           {NbcDTypeFloat64, 1}};
  const char *status = NULL;
  if (mlirLogicalResultIsFailure(nbcKernelCall(kernel, 3, types, callArgs, 2,
                                               callResults, &status)))
    fail("call");
  if (status) {
    printf("%s: %s\n", nbcExceptionKindGetName(nbcStatusGetKind(status)),
           nbcStatusGetMessage(status));
    return 2;
  }
  printf("%.17g\n", median);
  for (int64_t j = 0; j < sorted.sizes[0]; ++j)
    printf("%.17g\n",
           ((double *)sorted.aligned)[sorted.offset + j * sorted.strides[0]]);

  nbcArrayFree(sorted.allocated);
  free(data);
  nbcProgramDestroy(program);
  mlirContextDestroy(ctx);
  return 0;
}
