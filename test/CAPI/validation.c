// Every C API entry point given bad input fails through its return value with
// a message, and never crashes. Each line prints the message it reported.
//
// RUN: nbc-capi-validation 2>&1 | FileCheck %s
// CHECK-NOT: FAIL

#include "mlir-c/BuiltinAttributes.h"
#include "mlir-c/BuiltinTypes.h"
#include "nbc-c/NBC.h"

#include <stdio.h>
#include <string.h>

static int failures = 0;

static MlirStringRef str(const char *s) { return mlirStringRefCreateFromCString(s); }

/// Checks that `failed` holds and a message was recorded; prints it.
static void expect(const char *what, bool failed) {
  MlirStringRef msg = nbcGetLastError();
  if (!failed) {
    printf("FAIL %s: did not fail\n", what);
    ++failures;
  } else if (msg.length == 0) {
    printf("FAIL %s: no message\n", what);
    ++failures;
  } else {
    printf("%s: %.*s\n", what, (int)msg.length, msg.data);
  }
  nbcClearLastError();
}

static void ignore(MlirStringRef s, void *user) { (void)s; (void)user; }

static const char *kSource =
    "llvm.mlir.global internal constant @zde(\"\\01division by zero\\00\")"
    " {addr_space = 0 : i32}\n"
    "func.func @add(%a: i64, %b: i64) -> i64 {\n"
    "  %c = arith.addi %a, %b : i64\n"
    "  return %c : i64\n"
    "}\n"
    "func.func @first(%a: memref<4xf64>) -> f64 {\n"
    "  %c0 = arith.constant 0 : index\n"
    "  %x = memref.load %a[%c0] : memref<4xf64>\n"
    "  return %x : f64\n"
    "}\n"
    "func.func @div(%a: i64, %b: i64) -> (!llvm.ptr, i64) {\n"
    "  %c0 = arith.constant 0 : i64\n"
    "  %z = arith.cmpi eq, %b, %c0 : i64\n"
    "  %p = llvm.mlir.addressof @zde : !llvm.ptr\n"
    "  %n = llvm.mlir.zero : !llvm.ptr\n"
    "  %s = arith.select %z, %p, %n : !llvm.ptr\n"
    "  %one = arith.constant 1 : i64\n"
    "  %d = arith.select %z, %one, %b : i64\n"
    "  %q = arith.divsi %a, %d : i64\n"
    "  return %s, %q : !llvm.ptr, i64\n"
    "}\n";

int main(void) {
  MlirContext null = {NULL};
  MlirContext ctx = nbcContextCreate();
  MlirLocation loc = mlirLocationUnknownGet(ctx);

  // Parsing and verification.
  expect("parse null context", mlirModuleIsNull(nbcParseModule(null, str("module {}"), str("x"))));
  // CHECK: parse null context: nbcParseModule: null context
  expect("parse syntax error",
         mlirModuleIsNull(nbcParseModule(ctx, str("func.func @f( {"), str("bad.mlir"))));
  // CHECK: parse syntax error: bad.mlir:1:{{[0-9]+}}: error:
  expect("parse verify error",
         mlirModuleIsNull(nbcParseModule(
             ctx, str("func.func @f(%a: i64) -> i32 {\n  return %a : i64\n}"), str("v.mlir"))));
  // CHECK: parse verify error: v.mlir:2:3: error: type of return operand 0 ('i64') doesn't match function result type ('i32')
  expect("verify null", !nbcVerify((MlirOperation){NULL}));
  // CHECK: verify null: nbcVerify: null operation

  // Types and attributes.
  expect("si7", mlirTypeIsNull(nbcSignedIntegerTypeGet(ctx, 7)));
  // CHECK: si7: nbcSignedIntegerTypeGet: null context or width 7 not in 8, 16, 32, 64
  expect("ui null ctx", mlirTypeIsNull(nbcUnsignedIntegerTypeGet(null, 8)));
  expect("bool null ctx", mlirTypeIsNull(nbcBoolTypeGet(null)));
  expect("dtype invalid", mlirTypeIsNull(nbcDTypeGetType(ctx, (NbcDType)99)));
  // CHECK: dtype invalid: nbcDTypeGetType: invalid dtype 99
  expect("promote index", mlirTypeIsNull(nbcPromoteTypes(mlirIndexTypeGet(ctx), mlirF64TypeGet(ctx))));
  // CHECK: promote index: nbcPromoteTypes: operands must be nbc scalar types
  expect("truediv null", mlirTypeIsNull(nbcTrueDivResultType((MlirType){NULL}, mlirF64TypeGet(ctx))));
  // CHECK: truediv null: nbcTrueDivResultType: operands must be nbc scalar types
  // The rules themselves (NumPy's): si64 with ui64 -> f64, si8 / si8 -> f64.
  MlirType pi64 = nbcDTypeGetType(ctx, NbcDTypeInt64), pu64 = nbcDTypeGetType(ctx, NbcDTypeUInt64);
  MlirType pi8 = nbcDTypeGetType(ctx, NbcDTypeInt8);
  if (nbcTypeGetDType(nbcPromoteTypes(pi64, pu64)) != NbcDTypeFloat64 ||
      nbcTypeGetDType(nbcPromoteTypes(pi8, pu64)) != NbcDTypeFloat64 ||
      nbcTypeGetDType(nbcTrueDivResultType(pi8, pi8)) != NbcDTypeFloat64) {
    printf("FAIL promotion rules\n");
    ++failures;
  }
  // A scalar operand of an array operation: an int64 of a lower kind takes a
  // float32 array's type; a weak 1 an int8 array's; a typed int64 promotes.
  MlirType pf32 = nbcDTypeGetType(ctx, NbcDTypeFloat32);
  MlirType pc128 = nbcDTypeGetType(ctx, NbcDTypeComplex128);
  if (nbcTypeGetDType(nbcArrayScalarOperandType(pf32, pi64, false)) != NbcDTypeFloat32 ||
      nbcTypeGetDType(nbcArrayScalarOperandType(pi8, pi64, true)) != NbcDTypeInt8 ||
      nbcTypeGetDType(nbcArrayScalarOperandType(pi8, pi64, false)) != NbcDTypeInt64 ||
      nbcTypeGetDType(nbcArrayScalarOperandType(pf32, pc128, true)) != NbcDTypeComplex64) {
    printf("FAIL array scalar operand rules\n");
    ++failures;
  }
  expect("array scalar index",
         mlirTypeIsNull(nbcArrayScalarOperandType(pf32, mlirIndexTypeGet(ctx), true)));
  // CHECK: array scalar index: nbcArrayScalarOperandType: operands must be nbc scalar types
  expect("array of index", mlirTypeIsNull(nbcArrayTypeGet(mlirIndexTypeGet(ctx), 1, NULL, false)));
  int64_t badShape[1] = {-5};
  expect("array bad shape",
         mlirTypeIsNull(nbcArrayTypeGet(mlirF64TypeGet(ctx), 1, badShape, false)));
  // CHECK: array bad shape: nbcArrayTypeGet: extent -5 of dimension 0 is negative
  expect("kernel attr fastmath", mlirAttributeIsNull(nbcKernelAttrGet(ctx, 1000, NbcErrorModelPython, 0, 0)));
  expect("kernel attr model", mlirAttributeIsNull(nbcKernelAttrGet(ctx, 0, (NbcErrorModel)5, 0, 0)));
  expect("cmp attr", mlirAttributeIsNull(nbcCmpPredicateAttrGet(ctx, (NbcCmpPredicate)42)));
  // CHECK: cmp attr: nbcCmpPredicateAttrGet: null context or invalid value 42
  expect("math attr", mlirAttributeIsNull(nbcMathFnAttrGet(ctx, -1)));
  expect("exception attr", mlirAttributeIsNull(nbcExceptionKindAttrGet(ctx, (NbcExceptionKind)0)));
  printf("valid attrs: %d %d %d\n", !mlirAttributeIsNull(nbcExceptionKindAttrGet(ctx, NbcIndexError)),
         !mlirAttributeIsNull(nbcMathFn2AttrGet(ctx, 1)), nbcAttributeIsAKernel(nbcKernelAttrGet(ctx, 127, NbcErrorModelNumpy, 1, 0)));
  // CHECK: valid attrs: 1 1 1

  // Builders.
  MlirType si64 = nbcSignedIntegerTypeGet(ctx, 64), f64 = mlirF64TypeGet(ctx);
  MlirOperation ci = nbcConstantIntOpCreate(loc, si64, 3);
  MlirOperation cf = nbcConstantFloatOpCreate(loc, f64, 2.5);
  MlirValue i = mlirOperationGetResult(ci, 0), f = mlirOperationGetResult(cf, 0);
  expect("func no name", mlirOperationIsNull(nbcKernelFuncCreate(loc, str(""), 0, NULL, 0, NULL, (MlirAttribute){NULL})));
  expect("func bad attr", mlirOperationIsNull(nbcKernelFuncCreate(loc, str("f"), 0, NULL, 0, NULL, mlirUnitAttrGet(ctx))));
  // CHECK: func bad attr: nbcKernelFuncCreate: the kernel attribute must be #nbc.kernel<...>
  expect("entry block of constant", mlirBlockIsNull(nbcFuncGetEntryBlock(ci)));
  expect("int constant of f64", mlirOperationIsNull(nbcConstantIntOpCreate(loc, f64, 1)));
  expect("float constant of si64", mlirOperationIsNull(nbcConstantFloatOpCreate(loc, si64, 1)));
  expect("unknown op", mlirOperationIsNull(nbcBinaryOpCreate(loc, str("nbc.bogus"), i, i)));
  // CHECK: unknown op: nbcBinaryOpCreate: unknown operation 'nbc.bogus'
  expect("mixed add", mlirOperationIsNull(nbcBinaryOpCreate(loc, str("nbc.add"), i, f)));
  // CHECK: mixed add: error: 'nbc.add' op
  expect("null operand", mlirOperationIsNull(nbcBinaryOpCreate(loc, str("nbc.add"), i, (MlirValue){NULL})));
  expect("cmp predicate", mlirOperationIsNull(nbcCmpOpCreate(loc, (NbcCmpPredicate)9, i, i)));
  expect("range of f64", mlirOperationIsNull(nbcRangeOpCreate(loc, f, f, f, 0, NULL)));
  // CHECK: range of f64: nbcRangeOpCreate: start, stop and step must have one nbc integer type
  expect("range body of constant", mlirBlockIsNull(nbcRangeOpGetBody(ci)));
  expect("raise kind", mlirOperationIsNull(nbcRaiseIfOpCreate(loc, i, (NbcExceptionKind)77, str("m"))));
  expect("raise non-bool", mlirOperationIsNull(nbcRaiseIfOpCreate(loc, i, NbcValueError, str("m"))));
  expect("load of scalar", mlirOperationIsNull(nbcLoadOpCreate(loc, f, 1, &i)));
  // CHECK: load of scalar: nbcLoadOpCreate: the array operand is not a memref
  expect("store null", mlirOperationIsNull(nbcStoreOpCreate(loc, f, (MlirValue){NULL}, 0, NULL)));
  expect("dim null", mlirOperationIsNull(nbcDimOpCreate(loc, (MlirValue){NULL}, 0)));
  expect("yield null value", mlirOperationIsNull(nbcYieldOpCreate(loc, (MlirValue){NULL}, 1, NULL)));
  mlirOperationDestroy(ci);
  mlirOperationDestroy(cf);

  // Programs.
  NbcCompileOptions options = nbcCompileOptionsGetDefault();
  expect("pipeline null module", mlirLogicalResultIsFailure(nbcRunNBCToLLVMPipeline((MlirModule){NULL}, NULL)));
  expect("program null module", nbcProgramIsNull(nbcProgramCreate((MlirModule){NULL}, &options)));
  // CHECK: program null module: nbcProgramCreate: null module
  options.optLevel = 9;
  expect("program opt level", nbcProgramIsNull(nbcProgramCreateFromSource(ctx, str(kSource), str("k.mlir"), &options)));
  // CHECK: program opt level: nbcProgramCreate: optimization level 9 is not in 0..3
  options = nbcCompileOptionsGetDefault();
  options.vectorWidth = 65536;
  expect("program vector width", nbcProgramIsNull(nbcProgramCreateFromSource(ctx, str(kSource), str("k.mlir"), &options)));
  // CHECK: program vector width: nbcProgramCreate: vector width 65536 is not in 0..64
  MlirModule widthModule = nbcParseModule(ctx, str(kSource), str("k.mlir"));
  expect("pipeline vector width", mlirLogicalResultIsFailure(nbcRunNBCToLLVMPipeline(widthModule, &options)));
  // CHECK: pipeline vector width: nbcRunNBCToLLVMPipeline: vector width 65536 is not in 0..64
  mlirModuleDestroy(widthModule);
  options = nbcCompileOptionsGetDefault();
  options.vectorMath = (NbcVectorMath)7;
  expect("program vector math", nbcProgramIsNull(nbcProgramCreateFromSource(ctx, str(kSource), str("k.mlir"), &options)));
  // CHECK: program vector math: nbcProgramCreate: vector math 7 is not an NbcVectorMath value
  options = nbcCompileOptionsGetDefault();
  const char *missing[1] = {"/nonexistent/libfoo.so"};
  options.numSharedLibs = 1;
  options.sharedLibs = missing;
  NbcProgram noLib = nbcProgramCreateFromSource(ctx, str(kSource), str("k.mlir"), &options);
  expect("jit missing library", nbcKernelIsNull(nbcProgramLookup(noLib, str("add"))));
  // CHECK: jit missing library: shared library '/nonexistent/libfoo.so' does not exist
  nbcProgramDestroy(noLib);
  options = nbcCompileOptionsGetDefault();
  expect("program parse error", nbcProgramIsNull(nbcProgramCreateFromSource(ctx, str("func.func @"), str("p.mlir"), &options)));
  // CHECK: program parse error: p.mlir:1:
  // A module the pipeline cannot lower to LLVM.
  expect("program pipeline failure",
         nbcProgramIsNull(nbcProgramCreateFromSource(
             ctx, str("func.func @t(%a: f32, %i: index) -> f32 {\n"
                      "  %c = tensor.splat %a : tensor<4xf32>\n"
                      "  %x = tensor.extract %c[%i] : tensor<4xf32>\n"
                      "  return %x : f32\n}"),
             str("t.mlir"), &options)));
  // CHECK: program pipeline failure: t.mlir:2:{{[0-9]+}}: error: the nbc-to-llvm pipeline left 'tensor.splat' unlowered
  // A module built through the API that does not verify.
  MlirModule broken = mlirModuleCreateEmpty(loc);
  MlirOperation func = nbcKernelFuncCreate(loc, str("broken"), 0, NULL, 1, &f64, (MlirAttribute){NULL});
  mlirBlockAppendOwnedOperation(mlirModuleGetBody(broken), func);
  mlirBlockAppendOwnedOperation(nbcFuncGetEntryBlock(func), nbcReturnOpCreate(loc, 0, NULL));
  expect("program unverified module", nbcProgramIsNull(nbcProgramCreate(broken, &options)));
  // CHECK: program unverified module: error: 'func.return' op has 0 operands, but enclosing function (@broken) returns 1
  mlirModuleDestroy(broken);

  NbcProgram program = nbcProgramCreateFromSource(ctx, str(kSource), str("k.mlir"), &options);
  if (nbcProgramIsNull(program)) {
    MlirStringRef e = nbcGetLastError();
    printf("FAIL compile: %.*s\n", (int)e.length, e.data);
    return 1;
  }
  expect("lookup null program", nbcKernelIsNull(nbcProgramLookup((NbcProgram){NULL}, str("add"))));
  expect("lookup unknown", nbcKernelIsNull(nbcProgramLookup(program, str("nope"))));
  // CHECK: lookup unknown: no kernel named 'nope' (kernels: add, first, div)
  expect("kernel name index", nbcProgramGetKernelName(program, 7).data == NULL);
  expect("jit null", mlirLogicalResultIsFailure(nbcProgramJit((NbcProgram){NULL})));

  NbcKernel add = nbcProgramLookup(program, str("add"));
  NbcKernel first = nbcProgramLookup(program, str("first"));
  NbcKernel divk = nbcProgramLookup(program, str("div"));
  expect("arg type index", nbcKernelGetArgType(add, 5).dtype == NbcDTypeInvalid);
  expect("result type index", nbcKernelGetResultType(add, -1).dtype == NbcDTypeInvalid);

  int64_t shape[1] = {0};
  expect("shape of scalar", mlirLogicalResultIsFailure(nbcKernelGetArgShape(add, 0, shape)));
  // CHECK: shape of scalar: nbcKernelGetArgShape: null kernel or shape, index out of range, or not an array argument
  expect("shape null out", mlirLogicalResultIsFailure(nbcKernelGetArgShape(first, 0, NULL)));
  printf("first: shape ok=%d [%ld] contiguous %d, add contiguous %d\n",
         mlirLogicalResultIsSuccess(nbcKernelGetArgShape(first, 0, shape)), (long)shape[0],
         nbcKernelArgIsContiguous(first, 0), nbcKernelArgIsContiguous(add, 0));
  // CHECK: first: shape ok=1 [4] contiguous 1, add contiguous 0

  int64_t x = 40, y = 2, sum = 0;
  void *args[2] = {&x, &y};
  void *results[1] = {&sum};
  const char *status = NULL;
  expect("call null kernel", mlirLogicalResultIsFailure(nbcKernelCall((NbcKernel){NULL}, 2, NULL, args, 1, results, &status)));
  expect("call null status", mlirLogicalResultIsFailure(nbcKernelCall(add, 2, NULL, args, 1, results, NULL)));
  expect("call too few args", mlirLogicalResultIsFailure(nbcKernelCall(add, 1, NULL, args, 1, results, &status)));
  // CHECK: call too few args: kernel 'add': takes 2 argument(s), got 1
  expect("call no result slot", mlirLogicalResultIsFailure(nbcKernelCall(add, 2, NULL, args, 0, results, &status)));
  // CHECK: call no result slot: kernel 'add': returns 1 result(s), got 0 result slot(s)
  void *nullArg[2] = {&x, NULL};
  expect("call null arg", mlirLogicalResultIsFailure(nbcKernelCall(add, 2, NULL, nullArg, 1, results, &status)));
  // CHECK: call null arg: kernel 'add': argument 1 is a null pointer
  NbcValueType wrong[2] = {{NbcDTypeInt64, -1}, {NbcDTypeFloat64, -1}};
  expect("call wrong type", mlirLogicalResultIsFailure(nbcKernelCall(add, 2, wrong, args, 1, results, &status)));
  // CHECK: call wrong type: kernel 'add': argument 1 must be i64, got f64
  void *nullResult[1] = {NULL};
  expect("call null result", mlirLogicalResultIsFailure(nbcKernelCall(add, 2, NULL, args, 1, nullResult, &status)));
  MlirLogicalResult ok = nbcKernelCall(add, 2, NULL, args, 1, results, &status);
  printf("add: ok=%d status=%p sum=%ld\n", mlirLogicalResultIsSuccess(ok), (const void *)status, (long)sum);
  // CHECK: add: ok=1 status=(nil) sum=42

  double data[4] = {7.5, 1, 2, 3};
  NbcMemRef1D desc = {data, data, 0, {4}, {1}};
  void *arrayArgs[1] = {&desc};
  double out = 0;
  void *arrayResults[1] = {&out};
  NbcValueType scalarType[1] = {{NbcDTypeFloat64, -1}};
  expect("call scalar for array", mlirLogicalResultIsFailure(nbcKernelCall(first, 1, scalarType, arrayArgs, 1, arrayResults, &status)));
  // CHECK: call scalar for array: kernel 'first': argument 0 must be array(f64, 1d), got f64
  NbcValueType rank2[1] = {{NbcDTypeFloat64, 2}};
  expect("call wrong rank", mlirLogicalResultIsFailure(nbcKernelCall(first, 1, rank2, arrayArgs, 1, arrayResults, &status)));
  // CHECK: call wrong rank: kernel 'first': argument 0 must be array(f64, 1d), got array(f64, 2d)
  desc.sizes[0] = 3;
  expect("call static size", mlirLogicalResultIsFailure(nbcKernelCall(first, 1, NULL, arrayArgs, 1, arrayResults, &status)));
  // CHECK: call static size: kernel 'first': argument 0 must have size 4 in dimension 0, got 3
  desc.sizes[0] = -1;
  expect("call negative size", mlirLogicalResultIsFailure(nbcKernelCall(first, 1, NULL, arrayArgs, 1, arrayResults, &status)));
  desc.sizes[0] = 4;
  desc.aligned = NULL;
  expect("call null data", mlirLogicalResultIsFailure(nbcKernelCall(first, 1, NULL, arrayArgs, 1, arrayResults, &status)));
  // CHECK: call null data: kernel 'first': argument 0 is a non-empty array with null data
  desc.aligned = data;
  desc.offset = 1;
  expect("call offset for contiguous type", mlirLogicalResultIsFailure(nbcKernelCall(first, 1, NULL, arrayArgs, 1, arrayResults, &status)));
  // CHECK: call offset for contiguous type: kernel 'first': argument 0 must have offset 0 (contiguous array type), got 1
  desc.offset = 0;
  desc.strides[0] = 2;
  expect("call strided for contiguous type", mlirLogicalResultIsFailure(nbcKernelCall(first, 1, NULL, arrayArgs, 1, arrayResults, &status)));
  // CHECK: call strided for contiguous type: kernel 'first': argument 0 must be C-contiguous: stride 2 in dimension 0, expected 1
  desc.strides[0] = 1;
  ok = nbcKernelCall(first, 1, NULL, arrayArgs, 1, arrayResults, &status);
  printf("first: ok=%d out=%g\n", mlirLogicalResultIsSuccess(ok), out);
  // CHECK: first: ok=1 out=7.5

  // A kernel that raises: the call succeeds and returns the status.
  int64_t zero = 0, q = 0;
  void *divArgs[2] = {&x, &zero};
  void *divResults[1] = {&q};
  printf("div may raise: %d\n", nbcKernelMayRaise(divk));
  // CHECK: div may raise: 1
  ok = nbcKernelCall(divk, 2, NULL, divArgs, 1, divResults, &status);
  printf("div by zero: ok=%d %s: %s\n", mlirLogicalResultIsSuccess(ok),
         nbcExceptionKindGetName(nbcStatusGetKind(status)), nbcStatusGetMessage(status));
  // CHECK: div by zero: ok=1 ZeroDivisionError: division by zero
  divArgs[1] = &y;
  ok = nbcKernelCall(divk, 2, NULL, divArgs, 1, divResults, &status);
  printf("div: ok=%d status=%p q=%ld\n", mlirLogicalResultIsSuccess(ok), (const void *)status, (long)q);
  // CHECK: div: ok=1 status=(nil) q=20
  printf("kind names: %s %s\n", nbcExceptionKindGetName(11), nbcExceptionKindGetName(99));
  // CHECK: kind names: NotImplementedError Exception

  // Inspection and AOT outputs.
  expect("print null callback", mlirLogicalResultIsFailure(nbcProgramPrint(program, NbcStageInput, NULL, NULL)));
  expect("print bad stage", mlirLogicalResultIsFailure(nbcProgramPrint(program, (NbcStage)17, ignore, NULL)));
  expect("object empty path", mlirLogicalResultIsFailure(nbcProgramEmitObject(program, str(""))));
  expect("object bad dir", mlirLogicalResultIsFailure(nbcProgramEmitObject(program, str("/nonexistent/dir/k.o"))));
  // CHECK: object bad dir: cannot open '/nonexistent/dir/k.o':
  expect("header bad dir", mlirLogicalResultIsFailure(nbcProgramEmitHeader(program, str("/nonexistent/k.h"), str(""))));
  expect("shared bad dir", mlirLogicalResultIsFailure(nbcProgramEmitSharedLibrary(program, str("/nonexistent/dir/k.so"))));
  // CHECK: shared bad dir: linking '/nonexistent/dir/k.so' failed
  for (int stage = NbcStageInput; stage <= NbcStageAssembly; ++stage)
    if (mlirLogicalResultIsFailure(nbcProgramPrint(program, (NbcStage)stage, ignore, NULL))) {
      printf("FAIL print stage %d\n", stage);
      ++failures;
    }

  nbcProgramDestroy(program);
  nbcProgramDestroy((NbcProgram){NULL});
  mlirContextDestroy(ctx);
  printf("failures: %d\n", failures);
  // CHECK: failures: 0
  return failures != 0;
}
