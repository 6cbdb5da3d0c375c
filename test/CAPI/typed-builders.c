// The Python-typed builders (nbcBuild*) decide result types by NumPy's rules
// and insert the casts; the op builders infer view, reduction and ufunc
// types. The module they build verifies, prints as below and compiles.
//
// RUN: nbc-capi-typed-builders 2>&1 | FileCheck %s
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
  MlirOperation terminator = mlirBlockGetTerminator(block);
  if (mlirOperationIsNull(terminator))
    mlirBlockAppendOwnedOperation(block, op);
  else
    mlirBlockInsertOwnedOperationBefore(block, terminator, op);
  return mlirOperationGetNumResults(op) ? mlirOperationGetResult(op, 0)
                                        : (MlirValue){NULL};
}

static MlirValue ok(MlirValue v, const char *what) {
  if (mlirValueIsNull(v)) {
    MlirStringRef e = nbcGetLastError();
    printf("FAIL %s: %.*s\n", what, (int)e.length, e.data);
    ++failures;
  }
  return v;
}

static intptr_t countOps(MlirBlock block) {
  intptr_t n = 0;
  for (MlirOperation op = mlirBlockGetFirstOperation(block);
       !mlirOperationIsNull(op); op = mlirOperationGetNextInBlock(op))
    ++n;
  return n;
}

/// `value` must be null, with a message naming the location; nothing may
/// have been inserted into `block`.
static void rejected(const char *what, MlirValue value, MlirBlock block,
                     intptr_t opsBefore) {
  MlirStringRef e = nbcGetLastError();
  if (!mlirValueIsNull(value))
    printf("FAIL %s: accepted\n", what), ++failures;
  else if (countOps(block) != opsBefore)
    printf("FAIL %s: left ops behind\n", what), ++failures;
  else
    printf("%s: %.*s\n", what, (int)e.length, e.data);
  nbcClearLastError();
}

int main(void) {
  MlirContext ctx = nbcContextCreate();
  MlirLocation loc = mlirLocationFileLineColGet(ctx, str("typed.py"), 3, 7);
  MlirType f32 = mlirF32TypeGet(ctx), f64 = mlirF64TypeGet(ctx);
  MlirType b1 = nbcBoolTypeGet(ctx);
  MlirType si8 = nbcSignedIntegerTypeGet(ctx, 8);
  MlirType si32 = nbcSignedIntegerTypeGet(ctx, 32);
  MlirType si64 = nbcSignedIntegerTypeGet(ctx, 64);
  MlirType ui8 = nbcUnsignedIntegerTypeGet(ctx, 8);
  MlirType ui64 = nbcUnsignedIntegerTypeGet(ctx, 64);
  MlirType matrix = nbcArrayTypeGet(f32, 2, NULL, /*strided=*/false);

  MlirModule module = mlirModuleCreateEmpty(loc);
  MlirType args[8] = {b1, si8, si32, ui8, ui64, f32, f64, matrix};
  MlirOperation func = nbcKernelFuncCreate(loc, str("scalars"), 8, args, 0,
                                           NULL, nbcKernelAttrGet(ctx, 0, NbcErrorModelPython, false, true));
  mlirBlockAppendOwnedOperation(mlirModuleGetBody(module), func);
  MlirBlock body = nbcFuncGetEntryBlock(func);
  MlirValue b = mlirBlockGetArgument(body, 0);
  MlirValue i8 = mlirBlockGetArgument(body, 1);
  MlirValue i32 = mlirBlockGetArgument(body, 2);
  MlirValue u8 = mlirBlockGetArgument(body, 3);
  MlirValue u64 = mlirBlockGetArgument(body, 4);
  MlirValue x32 = mlirBlockGetArgument(body, 5);
  MlirValue x64 = mlirBlockGetArgument(body, 6);
  MlirValue m = mlirBlockGetArgument(body, 7);

  // CHECK-LABEL: func.func @scalars
  // int32 + float32 -> float64 (f32 cannot hold every int32).
  // CHECK: %[[A:.*]] = nbc.cast %arg2 promotion : si32 to f64
  // CHECK: %[[B:.*]] = nbc.cast %arg5 promotion : f32 to f64
  // CHECK: nbc.add %[[A]], %[[B]] : f64
  ok(nbcBuildBinary(body, loc, NbcBinaryAdd, i32, x32), "si32 + f32");
  // True + True == 2: bools count as int64.
  // CHECK: %[[T:.*]] = nbc.cast %arg0 promotion : i1 to si64
  // CHECK: %[[T2:.*]] = nbc.cast %arg0 promotion : i1 to si64
  // CHECK: nbc.add %[[T]], %[[T2]] : si64
  ok(nbcBuildBinary(body, loc, NbcBinaryAdd, b, b), "bool + bool");
  // bool & bool stays bool.
  // CHECK: nbc.and %arg0, %arg0 : i1
  ok(nbcBuildBinary(body, loc, NbcBinaryBitAnd, b, b), "bool & bool");
  // Python code on scalars types as Numba: integers widen to 64 bits,
  // signed when either is (uint64 // int8 -> int64, uint8 % int8 -> int64).
  // CHECK: nbc.cast %arg4 promotion : ui64 to si64
  // CHECK: nbc.cast %arg1 promotion : si8 to si64
  // CHECK: nbc.floordiv {{.*}} : si64
  ok(nbcBuildBinary(body, loc, NbcBinaryFloorDiv, u64, i8), "ui64 // si8");
  // CHECK: nbc.cast %arg3 promotion : ui8 to si64
  // CHECK: nbc.cast %arg1 promotion : si8 to si64
  // CHECK: nbc.mod {{.*}} : si64
  ok(nbcBuildBinary(body, loc, NbcBinaryMod, u8, i8), "ui8 % si8");
  // Array elements follow NumPy: uint64 with int8 is float64 (no integer
  // holds both), uint8 with int8 is int16.
  // CHECK: nbc.cast %arg4 promotion : ui64 to f64
  // CHECK: nbc.cast %arg1 promotion : si8 to f64
  // CHECK: nbc.floordiv {{.*}} : f64
  ok(nbcBuildElementwiseBinary(body, loc, NbcBinaryFloorDiv, u64, i8),
     "elementwise ui64 // si8");
  // CHECK: nbc.cast %arg3 promotion : ui8 to si16
  // CHECK: nbc.cast %arg1 promotion : si8 to si16
  // CHECK: nbc.mod {{.*}} : si16
  ok(nbcBuildElementwiseBinary(body, loc, NbcBinaryMod, u8, i8),
     "elementwise ui8 % si8");
  // int32 / uint8 -> float64 true division of the promoted int64.
  // CHECK: %[[W:.*]] = nbc.cast %arg2 promotion : si32 to si64
  // CHECK: %[[U:.*]] = nbc.cast %arg3 promotion : ui8 to si64
  // CHECK: nbc.truediv %[[W]], %[[U]] : si64 -> f64
  ok(nbcBuildBinary(body, loc, NbcBinaryTrueDiv, i32, u8), "si32 / ui8");
  // float ** int keeps the integer exponent (widened to si64).
  // CHECK: %[[E:.*]] = nbc.cast %arg2 promotion : si32 to si64
  // CHECK: nbc.pow %arg5, %[[E]] : f32, si64 -> f32
  ok(nbcBuildBinary(body, loc, NbcBinaryPow, x32, i32), "f32 ** si32");
  // int ** float promotes both.
  // CHECK: nbc.pow {{.*}} : f64, f64 -> f64
  ok(nbcBuildBinary(body, loc, NbcBinaryPow, i8, x64), "si8 ** f64");
  // Comparisons promote, give i1.
  // CHECK: nbc.cast %arg1 promotion : si8 to f32
  // CHECK: nbc.cmp lt, {{.*}}, %arg5 : f32
  ok(nbcBuildCompare(body, loc, NbcCmpLt, i8, x32), "si8 < f32");
  // ~True is False (NumPy and Numba); -x on int8 negates at 8 bits, then
  // widens as in Numba; not x is a truth test.
  // CHECK: nbc.invert %arg0 : i1
  ok(nbcBuildUnary(body, loc, NbcUnaryInvert, b), "~bool");
  // CHECK: %[[NEG:.*]] = nbc.neg %arg1 : si8
  // CHECK: nbc.cast %[[NEG]] : si8 to si64
  ok(nbcBuildUnary(body, loc, NbcUnaryNeg, i8), "-si8");
  // CHECK: nbc.neg %arg1 : si8
  // CHECK-NOT: nbc.cast
  // CHECK: nbc.cast %arg6 : f64 to i1
  ok(nbcBuildElementwiseUnary(body, loc, NbcUnaryNeg, i8), "elementwise -si8");
  // CHECK: nbc.invert %{{.*}} : i1
  ok(nbcBuildUnary(body, loc, NbcUnaryNot, x64), "not f64");
  // math.sqrt of an int computes in f64; np.sqrt keeps float32.
  // CHECK: %[[S:.*]] = nbc.cast %arg2 promotion : si32 to f64
  // CHECK: nbc.math sqrt %[[S]] : f64
  ok(nbcBuildMath(body, loc, 0, i32, false), "sqrt(si32)");
  // CHECK: nbc.math sqrt %arg5 : f32
  ok(nbcBuildMath(body, loc, 0, x32, true), "np.sqrt(f32)");
  // np.fmod of integers is NumPy's integer loop (fmod is MathFn2 3);
  // math.fmod computes in f64 as CPython.
  // CHECK: %[[FA:.*]] = nbc.cast %arg1 promotion : si8 to si16
  // CHECK: %[[FB:.*]] = nbc.cast %arg3 promotion : ui8 to si16
  // CHECK: nbc.math2 fmod %[[FA]], %[[FB]] : si16
  ok(nbcBuildMath2(body, loc, 3, i8, u8, true), "np.fmod(si8, ui8)");
  // CHECK: %[[BA:.*]] = nbc.cast %arg0 promotion : i1 to si8
  // CHECK: nbc.math2 fmod %[[BA]], %{{.*}} : si8
  ok(nbcBuildMath2(body, loc, 3, b, b, true), "np.fmod(bool, bool)");
  // CHECK: %[[FC:.*]] = nbc.cast %arg2 promotion : si32 to f64
  // CHECK: nbc.math2 fmod %[[FC]], %{{.*}} : f64
  ok(nbcBuildMath2(body, loc, 3, i32, i32, false), "math.fmod(si32, si32)");
  // np.maximum propagates a NaN from either side and gives the second
  // operand on ties (0.0, -0.0): Python's max with the operands swapped.
  // CHECK: %[[L:.*]] = nbc.cast %arg5 promotion : f32 to f64
  // CHECK: %[[MX:.*]] = nbc.max %arg6, %[[L]] : f64
  // CHECK: %[[NAN:.*]] = nbc.fpclass nan %[[L]] : f64
  // CHECK: nbc.select %[[NAN]], %[[L]], %[[MX]] : f64
  ok(nbcBuildNumpyMinMax(body, loc, true, x32, x64), "np.maximum");
  // A float32 array's element ** a float32 scalar: NumPy's power loop,
  // np.sqrt where the exponent is 0.5; an int exponent multiplies instead.
  // CHECK: %[[P:.*]] = nbc.pow %arg5, %arg5 : f32
  // CHECK: %[[H:.*]] = nbc.constant 5.000000e-01 : f32
  // CHECK: %[[IS:.*]] = nbc.cmp eq, %arg5, %[[H]] : f32
  // CHECK: %[[R:.*]] = nbc.math sqrt %arg5 : f32
  // CHECK: nbc.select %[[IS]], %[[R]], %[[P]] : f32
  ok(nbcBuildNumpyScalarPower(body, loc, x32, x32), "f32 ** f32 scalar");
  // CHECK-NOT: nbc.math sqrt
  // CHECK: nbc.pow %arg6, %{{.*}} : f64
  ok(nbcBuildNumpyScalarPower(body, loc, x64, i8), "f64 ** si8 scalar");
  // where(cond, int8, uint8) -> int16.
  // CHECK: nbc.select {{.*}} : si16
  ok(nbcBuildWhere(body, loc, i32, i8, u8), "where");
  // isnan of an int is a constant false.
  // CHECK: nbc.constant false
  ok(nbcBuildFPClass(body, loc, NbcFPClassNan, i8), "isnan(si8)");
  MlirValue q, r;
  if (!nbcBuildDivMod(body, loc, i8, i32, &q, &r))
    printf("FAIL divmod\n"), ++failures;
  // CHECK: nbc.divmod {{.*}} : si64

  // Array ops with inferred types.
  // CHECK: nbc.slice %arg7[::%{{.*}}, %{{.*}}] : memref<?x?xf32> to memref<?xf32, strided<[?], offset: ?>>
  MlirValue c2 = append(body, nbcConstantIntOpCreate(loc, si64, 2));
  NbcSubscript subs[2] = {{true, {NULL}, {NULL}, {NULL}, c2, false},
                          {false, c2, {NULL}, {NULL}, {NULL}, false}};
  append(body, nbcSliceOpCreate(loc, m, 2, subs));
  // CHECK: nbc.slice %arg7[none, %{{.*}}] : memref<?x?xf32> to memref<?x?xf32, strided<[?, 1], offset: ?>>
  NbcSubscript newAxis[2] = {{false, {NULL}, {NULL}, {NULL}, {NULL}, true},
                             {false, c2, {NULL}, {NULL}, {NULL}, false}};
  append(body, nbcSliceOpCreate(loc, m, 2, newAxis));
  // CHECK: nbc.transpose %arg7 : memref<?x?xf32> to memref<?x?xf32, strided<[1, ?]>>
  append(body, nbcTransposeOpCreate(loc, m, 0, NULL));
  // CHECK: nbc.reshape %arg7(%{{.*}}, %{{.*}}) : memref<?x?xf32> to memref<?x?x?xf32, strided<[?, ?, 1], offset: ?>>
  MlirValue sizes3[3] = {c2, c2, c2};
  MlirValue cube = append(body, nbcReshapeOpCreate(loc, m, 3, sizes3, false));
  // The Python frontend's transposes: strides permuted, the offset dynamic.
  // CHECK: nbc.transpose %arg7 axes [1, 0] : memref<?x?xf32> to memref<?x?xf32, strided<[1, ?], offset: ?>>
  int64_t swap[2] = {1, 0};
  append(body, nbcTransposeOpCreateWithDynamicOffset(loc, m, 2, swap));
  // CHECK: nbc.transpose %{{.*}} axes [2, 0, 1] : memref<?x?x?xf32, strided<[?, ?, 1], offset: ?>> to memref<?x?x?xf32, strided<[1, ?, ?], offset: ?>>
  int64_t rotate[3] = {2, 0, 1};
  append(body, nbcTransposeOpCreateWithDynamicOffset(loc, cube, 3, rotate));
  // CHECK: nbc.concatenate %arg7, %arg7 axis 1 : memref<?x?xf32>, memref<?x?xf32> -> memref<?x?xf32>
  MlirValue twice[2] = {m, m};
  append(body, nbcConcatenateOpCreate(loc, 2, twice, 1));
  // CHECK: nbc.array_reduce mean %arg7 : memref<?x?xf32> -> f32
  append(body, nbcArrayReduceOpCreate(loc, NbcArrayMean, m, false, 0));
  // CHECK: nbc.array_reduce argmax %arg7 axes [1] : memref<?x?xf32> -> memref<?xsi64>
  append(body, nbcArrayReduceOpCreate(loc, NbcArrayArgmax, m, true, 1));
  // CHECK: nbc.array_reduce nanstd %arg7 axes [0, 1] keepdims : memref<?x?xf32> -> memref<?x?xf32>
  int64_t both[2] = {0, 1};
  append(body, nbcArrayReduceAxesOpCreate(loc, NbcArrayNanstd, m, true, 2, both,
                                          true, (MlirValue){NULL}));
  // CHECK: nbc.array_scan prod %arg7 axis 1 : memref<?x?xf32> -> memref<?x?xf32>
  append(body, nbcArrayScanOpCreate(loc, 1, m, 1));
  // CHECK: nbc.full(%{{.*}}) %{{.*}} : memref<?xf64>, si64
  MlirValue zero = append(body, nbcConstantFloatOpCreate(loc, f64, 0.0));
  append(body, nbcFullOpCreate(loc, nbcArrayTypeGet(f64, 1, NULL, false), 1,
                               &c2, zero));
  // CHECK: nbc.stride %arg7, 0 : memref<?x?xf32>
  append(body, nbcStrideOpCreate(loc, m, 0));
  // CHECK: nbc.matmul matmul %arg7, %arg7 : memref<?x?xf32>, memref<?x?xf32> -> memref<?x?xf32>
  append(body, nbcMatmulOpCreate(loc, NbcMatmul, m, m));
  // CHECK: nbc.matmul outer %[[V:.*]], %[[V]] : memref<?xsi64>, memref<?xsi64> -> memref<?x?xsi64>
  MlirValue row = append(body, nbcArrayReduceOpCreate(loc, NbcArrayArgmax, m, true, 1));
  append(body, nbcMatmulOpCreate(loc, NbcMatmulOuter, row, row));
  // CHECK: nbc.linalg inv %arg7 : memref<?x?xf32> -> memref<?x?xf32>
  append(body, nbcLinalgOpCreate(loc, NbcLinalgInv, 1, &m));
  // CHECK: nbc.linalg solve %arg7, %arg7 : memref<?x?xf32>, memref<?x?xf32> -> memref<?x?xf32>
  MlirValue system[2] = {m, m};
  append(body, nbcLinalgOpCreate(loc, NbcLinalgSolve, 2, system));
  // CHECK: nbc.linalg_factor svd %arg7 {full} : memref<?x?xf32> -> memref<?x?xf32>, memref<?xf32>, memref<?x?xf32>
  MlirValue none = {NULL};
  append(body, nbcLinalgFactorOpCreate(loc, NbcLinalgSvd, m, none, none,
                                       false, true));
  // CHECK: nbc.linalg_factor lstsq %arg7, %arg7 : memref<?x?xf32>, memref<?x?xf32> -> memref<?x?xf32>, memref<?xf32>, si64, memref<?xf32>
  append(body, nbcLinalgFactorOpCreate(loc, NbcLinalgLstsq, m, m, none,
                                       false, false));
  // CHECK: nbc.take %arg7[%[[V]]] axis 0 : memref<?x?xf32>, memref<?xsi64> -> memref<?x?xf32>
  append(body, nbcTakeOpCreate(loc, m, row, 0, -1));
  // CHECK: nbc.put %arg5, %arg7[%[[V]]] axis 1 {error_axes = array<i64: 2>} : f32, memref<?x?xf32>, memref<?xsi64>
  append(body, nbcPutOpCreate(loc, x32, m, row, 1, 2));
  // Two index arrays along axes 0 and 1, the second reporting axis 1 (the
  // default, so no attribute).
  // CHECK: nbc.take %arg7[%[[V]], %[[V]]] axis 0 : memref<?x?xf32>, memref<?xsi64>, memref<?xsi64> -> memref<?xf32>
  MlirValue pair[2] = {row, row};
  int64_t pairAxes[2] = {-1, 1};
  append(body, nbcTakeIndicesOpCreate(loc, m, 2, pair, 0, pairAxes));
  // CHECK: nbc.put %arg5, %arg7[%[[V]], %[[V]]] axis 0 {error_axes = array<i64: 3, 4>} : f32, memref<?x?xf32>, memref<?xsi64>, memref<?xsi64>
  int64_t reported[2] = {3, 4};
  append(body, nbcPutIndicesOpCreate(loc, x32, m, 2, pair, 0, reported));
  // CHECK: nbc.argwhere %arg7 flat : memref<?x?xf32> -> memref<?xsi64>
  append(body, nbcArgwhereOpCreate(loc, m, true));
  append(body, nbcReturnOpCreate(loc, 0, NULL));

  if (!nbcVerify(mlirModuleGetOperation(module))) {
    MlirStringRef e = nbcGetLastError();
    printf("FAIL verify: %.*s\n", (int)e.length, e.data);
    ++failures;
  }
  mlirOperationPrint(mlirModuleGetOperation(module), printOut, NULL);
  printf("\n");

  // Rejected operand types leave nothing behind and name the location.
  intptr_t before = countOps(body);
  // CHECK: float << int: typed.py:3:7: error: unsupported operand types for <<: 'f64' and 'si32'
  rejected("float << int", nbcBuildBinary(body, loc, NbcBinaryLShift, x64, i32),
           body, before);
  // CHECK: bool | float: typed.py:3:7: error: unsupported operand types for |: 'i1' and 'f32'
  rejected("bool | float", nbcBuildBinary(body, loc, NbcBinaryBitOr, b, x32),
           body, before);
  // CHECK: ~float: typed.py:3:7: error: bad operand type for unary ~: 'f32'
  rejected("~float", nbcBuildUnary(body, loc, NbcUnaryInvert, x32), body,
           before);
  // CHECK: array + int: typed.py:3:7: error: operator +: expected a scalar operand, got 'memref<?x?xf32>'
  rejected("array + int", nbcBuildBinary(body, loc, NbcBinaryAdd, m, i32), body,
           before);
  // CHECK: bad transpose: nbcTransposeOpCreate: axes are not a permutation
  int64_t badAxes[2] = {0, 0};
  if (!mlirOperationIsNull(nbcTransposeOpCreate(loc, m, 2, badAxes)))
    printf("FAIL bad transpose accepted\n"), ++failures;
  else
    printf("bad transpose: %s\n", nbcGetLastError().data);
  // CHECK: bad view transpose: nbcTransposeOpCreateWithDynamicOffset: axes are not a permutation of the array's 2 axes
  if (!mlirOperationIsNull(
          nbcTransposeOpCreateWithDynamicOffset(loc, m, 1, badAxes)))
    printf("FAIL bad view transpose accepted\n"), ++failures;
  else
    printf("bad view transpose: %s\n", nbcGetLastError().data);
  // CHECK: bad take axis: nbcTakeOpCreate: axis 2 with 1 index array(s) is out of range for a rank-2 array
  if (!mlirOperationIsNull(nbcTakeOpCreate(loc, m, m, 2, -1)))
    printf("FAIL bad take axis accepted\n"), ++failures;
  else
    printf("bad take axis: %s\n", nbcGetLastError().data);
  // CHECK: bad mask: {{.*}}must be ranked memref of bool (i1)
  if (!mlirOperationIsNull(nbcMaskTakeOpCreate(loc, m, m)))
    printf("FAIL bad mask accepted\n"), ++failures;
  else
    printf("bad mask: %s\n", nbcGetLastError().data);
  // CHECK: bad mask axis: nbcMaskTakeOpCreate: a rank-2 mask does not index a rank-2 array from axis 1
  if (!mlirOperationIsNull(nbcMaskTakeAxisOpCreate(loc, m, m, 1, -1)))
    printf("FAIL bad mask axis accepted\n"), ++failures;
  else
    printf("bad mask axis: %s\n", nbcGetLastError().data);
  // CHECK: bad axis: nbcArrayReduceOpCreate: the axes are not sorted, distinct and in range for a rank-2 array
  if (!mlirOperationIsNull(nbcArrayReduceOpCreate(loc, NbcArraySum, m, true, 2)))
    printf("FAIL bad axis accepted\n"), ++failures;
  else
    printf("bad axis: %s\n", nbcGetLastError().data);
  // CHECK: bad ranks: nbcMatmulOpCreate: 'vdot' does not take arrays of ranks 2 and 2
  if (!mlirOperationIsNull(nbcMatmulOpCreate(loc, NbcMatmulVdot, m, m)))
    printf("FAIL bad ranks accepted\n"), ++failures;
  else
    printf("bad ranks: %s\n", nbcGetLastError().data);
  // CHECK: bad linalg: nbcLinalgOpCreate: 'det' does not take these operands
  if (!mlirOperationIsNull(nbcLinalgOpCreate(loc, NbcLinalgDet, 1, &row)))
    printf("FAIL bad linalg accepted\n"), ++failures;
  else
    printf("bad linalg: %s\n", nbcGetLastError().data);
  // CHECK: bad linalg_factor: nbcLinalgFactorOpCreate: 'qr' does not take these operands
  if (!mlirOperationIsNull(nbcLinalgFactorOpCreate(
          loc, NbcLinalgQr, row, (MlirValue){NULL}, (MlirValue){NULL}, false,
          false)))
    printf("FAIL bad linalg_factor accepted\n"), ++failures;
  else
    printf("bad linalg_factor: %s\n", nbcGetLastError().data);


  // What was built lowers and compiles.
  NbcCompileOptions options = nbcCompileOptionsGetDefault();
  NbcProgram program = nbcProgramCreate(module, &options);
  // CHECK: compiled: yes
  printf("compiled: %s\n", nbcProgramIsNull(program) ? "no" : "yes");
  if (nbcProgramIsNull(program)) {
    MlirStringRef e = nbcGetLastError();
    printf("FAIL compile: %.*s\n", (int)e.length, e.data);
    ++failures;
  } else {
    nbcProgramDestroy(program);
  }
  mlirModuleDestroy(module);
  mlirContextDestroy(ctx);
  return failures != 0;
}
