/*===- nbc-c/Dialect.h - C API of the nbc dialect -----------------*- C -*-===*\
|*                                                                            *|
|* Registration, types, attributes and op builders of the nbc dialect, in    *|
|* the style of MLIR's C API: values are the mlir-c handles (MlirContext,    *|
|* MlirType, MlirOperation, ...), so they mix with every mlir-c function.     *|
|* Builders return a detached operation (insert it with mlirBlockAppend-     *|
|* OwnedOperation) or a null handle (check with mlirOperationIsNull) when    *|
|* the inputs are invalid; nbcGetLastError() then says why.                  *|
|*                                                                            *|
\*===----------------------------------------------------------------------===*/

#ifndef NBC_C_DIALECT_H
#define NBC_C_DIALECT_H

#include "mlir-c/IR.h"
#include "mlir-c/RegisterEverything.h"
#include "mlir-c/Support.h"
#include "nbc-c/ABI.h"

#include <stdbool.h>

#ifdef __cplusplus
extern "C" {
#endif

#ifndef NBC_CAPI_EXPORTED
#define NBC_CAPI_EXPORTED __attribute__((visibility("default")))
#endif

/*===----------------------------------------------------------------------===
 * Errors
 *===----------------------------------------------------------------------===*/

/// The message of the last failure of an nbc C API call on this thread:
/// diagnostics with their locations ("file:line:col: error: ..."), one per
/// line. Valid until the next failing nbc call on this thread. Empty when
/// no call has failed. On a context with diagnostic forwarding (below), the
/// same diagnostics also reach the handlers attached with
/// mlirContextAttachDiagnosticHandler.
NBC_CAPI_EXPORTED MlirStringRef nbcGetLastError(void);

/// Clears the last error of this thread.
NBC_CAPI_EXPORTED void nbcClearLastError(void);

/*===----------------------------------------------------------------------===
 * Registration
 *===----------------------------------------------------------------------===*/

/// mlirGetDialectHandle__nbc__(): the nbc dialect alone.
MLIR_DECLARE_CAPI_DIALECT_REGISTRATION(NBC, nbc);

/// Adds nbc and every upstream dialect and extension that nbc modules and
/// the nbc-to-llvm pipeline use (same set as nbc-opt).
NBC_CAPI_EXPORTED void nbcRegisterAllDialects(MlirDialectRegistry registry);

/// Registers nbc's passes and the `nbc-to-llvm` pipeline with the global
/// pass registry (for mlirParsePassPipeline). Idempotent, thread-safe.
NBC_CAPI_EXPORTED void nbcRegisterAllPasses(void);

/// A new context with nbcRegisterAllDialects applied, the nbc, func,
/// arith, math, scf, memref and llvm dialects loaded and diagnostic
/// forwarding enabled. Destroy with mlirContextDestroy.
NBC_CAPI_EXPORTED MlirContext nbcContextCreate(void);

/// Makes nbc calls on `context` pass their diagnostics (parse, verify,
/// builders, pipeline, compilation; with severity and location) to the
/// handlers attached with mlirContextAttachDiagnosticHandler, besides
/// recording them for nbcGetLastError. What no handler handles is dropped:
/// nbc calls print nothing. Handlers attached before this call never see
/// nbc's diagnostics, so call it first; for contexts made with
/// mlirContextCreate (without it nbc's diagnostics reach only
/// nbcGetLastError). Idempotent.
NBC_CAPI_EXPORTED void
nbcContextEnableDiagnosticForwarding(MlirContext context);

/// Parses `source` (named `filename` in diagnostics) into a module and
/// verifies it. Returns a null module on failure (see nbcGetLastError).
NBC_CAPI_EXPORTED MlirModule nbcParseModule(MlirContext context,
                                            MlirStringRef source,
                                            MlirStringRef filename);

/// Verifies `op` (usually a module); on failure the diagnostics go to
/// nbcGetLastError and the result is false.
NBC_CAPI_EXPORTED bool nbcVerify(MlirOperation op);

/*===----------------------------------------------------------------------===
 * Types
 *===----------------------------------------------------------------------===*/

/// `si<width>` (Python/NumPy int<width>); width one of 8, 16, 32, 64.
/// Null type for other widths.
NBC_CAPI_EXPORTED MlirType nbcSignedIntegerTypeGet(MlirContext ctx,
                                                   unsigned width);
/// `ui<width>`; width one of 8, 16, 32, 64.
NBC_CAPI_EXPORTED MlirType nbcUnsignedIntegerTypeGet(MlirContext ctx,
                                                     unsigned width);
/// `i1`, Python's bool.
NBC_CAPI_EXPORTED MlirType nbcBoolTypeGet(MlirContext ctx);
/// The MLIR type of a dtype (NbcDTypeFloat64 -> f64, ...); null for
/// NbcDTypeInvalid.
NBC_CAPI_EXPORTED MlirType nbcDTypeGetType(MlirContext ctx, NbcDType dtype);
/// The dtype of a scalar type, NbcDTypeInvalid for other types.
NBC_CAPI_EXPORTED NbcDType nbcTypeGetDType(MlirType type);

/// The scalar type of a binary arithmetic result of `lhs` and `rhs` under
/// NumPy's promotion rules (mlir::nbc::promoteTypes, the rules the dialect
/// verifies with). Null when either is not an nbc scalar (see
/// nbcGetLastError).
NBC_CAPI_EXPORTED MlirType nbcPromoteTypes(MlirType lhs, MlirType rhs);
/// The float type of `lhs / rhs` (mlir::nbc::trueDivResultType). Null when
/// either is not an nbc scalar.
NBC_CAPI_EXPORTED MlirType nbcTrueDivResultType(MlirType lhs, MlirType rhs);

/// The type a scalar operand of an array operation converts to before the
/// elementwise operation (mlir::nbc::getArrayScalarOperandType): `arrays` is
/// the promoted element type of the array operands, `weak` says the scalar
/// is a Python number written in the source (NEP 50). A float32 array times
/// an int64 scalar computes in float32; int8 array + a weak 1 in int8. Null
/// when either is not an nbc scalar.
NBC_CAPI_EXPORTED MlirType nbcArrayScalarOperandType(MlirType arrays,
                                                     MlirType scalar,
                                                     bool weak);

/// An nbc array type: a memref of `rank` dimensions of `elementType`.
/// `shape` holds the static extents (-1, i.e. MLIR's dynamic, for unknown),
/// or is NULL for all unknown. With `strided`, the layout is
/// `strided<[?, ...], offset: ?>` (accepts any view, as NumPy arrays);
/// otherwise the identity (contiguous C order) layout.
NBC_CAPI_EXPORTED MlirType nbcArrayTypeGet(MlirType elementType,
                                           int32_t rank, const int64_t *shape,
                                           bool strided);

/// bool, si8..si64, ui8..ui64, f32 or f64.
NBC_CAPI_EXPORTED bool nbcTypeIsScalar(MlirType type);
/// A ranked memref of nbc scalars.
NBC_CAPI_EXPORTED bool nbcTypeIsArray(MlirType type);
/// The NbcValueType of a scalar or array type ({NbcDTypeInvalid, -1}
/// for other types).
NBC_CAPI_EXPORTED NbcValueType nbcTypeGetValueType(MlirType type);

/*===----------------------------------------------------------------------===
 * Attributes
 *===----------------------------------------------------------------------===*/

/// Numba's error_model.
typedef enum NbcErrorModel { NbcErrorModelPython = 0, NbcErrorModelNumpy = 1 }
    NbcErrorModel;

/// `#nbc.kernel<fastmath = ..., error_model = ..., parallel = ...,
/// boundscheck = ...>`. `fastmathFlags` is a bit set of
/// mlir::arith::FastMathFlags (reassoc=1, nnan=2, ninf=4, nsz=8, arcp=16,
/// contract=32, afn=64; 127 = fast). Attach it to a func.func as the
/// `nbc.kernel` attribute (nbcKernelFuncCreate does).
NBC_CAPI_EXPORTED MlirAttribute nbcKernelAttrGet(MlirContext ctx,
                                                 uint32_t fastmathFlags,
                                                 NbcErrorModel errorModel,
                                                 bool parallel,
                                                 bool boundscheck);
NBC_CAPI_EXPORTED bool nbcAttributeIsAKernel(MlirAttribute attr);
NBC_CAPI_EXPORTED uint32_t nbcKernelAttrGetFastmath(MlirAttribute attr);
NBC_CAPI_EXPORTED NbcErrorModel nbcKernelAttrGetErrorModel(MlirAttribute attr);
NBC_CAPI_EXPORTED bool nbcKernelAttrGetParallel(MlirAttribute attr);
NBC_CAPI_EXPORTED bool nbcKernelAttrGetBoundscheck(MlirAttribute attr);

/// Enumerations of the dialect; values match NBCEnums.td.
typedef enum NbcCmpPredicate {
  NbcCmpEq = 0, NbcCmpNe = 1, NbcCmpLt = 2, NbcCmpLe = 3, NbcCmpGt = 4,
  NbcCmpGe = 5
} NbcCmpPredicate;
typedef enum NbcReductionKind {
  NbcReduceAdd = 0, NbcReduceMul = 1, NbcReduceMin = 2, NbcReduceMax = 3,
  NbcReduceAnd = 4, NbcReduceOr = 5, NbcReduceXor = 6,
  /* NumPy's NaN-propagating np.maximum / np.minimum of floats. */
  NbcReduceMaximum = 7, NbcReduceMinimum = 8
} NbcReductionKind;
typedef enum NbcArrayReductionKind {
  NbcArraySum = 0, NbcArrayProd = 1, NbcArrayMin = 2, NbcArrayMax = 3,
  NbcArrayArgmin = 4, NbcArrayArgmax = 5, NbcArrayAny = 6, NbcArrayAll = 7,
  NbcArrayMean = 8, NbcArrayVar = 9, NbcArrayStd = 10, NbcArrayNansum = 11,
  NbcArrayNanprod = 12, NbcArrayNanmin = 13, NbcArrayNanmax = 14,
  NbcArrayNanmean = 15, NbcArrayNanvar = 16, NbcArrayNanstd = 17
} NbcArrayReductionKind;
typedef enum NbcMatmulKind {
  NbcMatmul = 0, NbcMatmulDot = 1, NbcMatmulVdot = 2, NbcMatmulOuter = 3
} NbcMatmulKind;

/// np.linalg functions of nbc.linalg (the values of NBC_LinalgKind).
typedef enum NbcLinalgKind {
  NbcLinalgSolve = 0, NbcLinalgInv = 1, NbcLinalgDet = 2, NbcLinalgCholesky = 3
} NbcLinalgKind;
/// np.linalg factorizations of nbc.linalg_factor (NBC_LinalgFactorKind).
typedef enum NbcLinalgFactorKind {
  NbcLinalgEigh = 0, NbcLinalgEigvalsh = 1, NbcLinalgSvd = 2,
  NbcLinalgSvdvals = 3, NbcLinalgQr = 4, NbcLinalgQrR = 5, NbcLinalgLstsq = 6,
  NbcLinalgEig = 7, NbcLinalgEigvals = 8
} NbcLinalgFactorKind;
/// Draws of nbc.random (the values of NBC_RandomKind).
typedef enum NbcRandomKind {
  NbcRandomUniform = 0, NbcRandomNormal = 1, NbcRandomExponential = 2,
  NbcRandomInteger = 3
} NbcRandomKind;
/// What nbc.generator does (the values of NBC_GeneratorKind).
typedef enum NbcGeneratorKind {
  NbcGeneratorSeed = 0, NbcGeneratorRandom = 1, NbcGeneratorNormal = 2,
  NbcGeneratorExponential = 3, NbcGeneratorIntegers = 4
} NbcGeneratorKind;
typedef enum NbcFPClass {
  NbcFPClassNan = 0, NbcFPClassInf = 1, NbcFPClassFinite = 2
} NbcFPClass;

/// Enum attributes (`#nbc<cmp lt>`, ...). Values out of range give a null
/// attribute. The math-function enums take the integer value of the case
/// in NBCEnums.td (sqrt = 0, exp = 1, ...; atan2 = 0, hypot = 1, ...).
NBC_CAPI_EXPORTED MlirAttribute nbcCmpPredicateAttrGet(MlirContext ctx,
                                                       NbcCmpPredicate value);
NBC_CAPI_EXPORTED MlirAttribute
nbcReductionKindAttrGet(MlirContext ctx, NbcReductionKind value);
NBC_CAPI_EXPORTED MlirAttribute
nbcArrayReductionKindAttrGet(MlirContext ctx, NbcArrayReductionKind value);
NBC_CAPI_EXPORTED MlirAttribute nbcMathFnAttrGet(MlirContext ctx,
                                                 int32_t value);
NBC_CAPI_EXPORTED MlirAttribute nbcMathFn2AttrGet(MlirContext ctx,
                                                  int32_t value);
NBC_CAPI_EXPORTED MlirAttribute nbcFPClassAttrGet(MlirContext ctx,
                                                  NbcFPClass value);
NBC_CAPI_EXPORTED MlirAttribute
nbcExceptionKindAttrGet(MlirContext ctx, NbcExceptionKind value);
NBC_CAPI_EXPORTED MlirAttribute nbcErrorModelAttrGet(MlirContext ctx,
                                                     NbcErrorModel value);

/*===----------------------------------------------------------------------===
 * Building kernels
 *
 * Every nbc op can be built generically with mlirOperationStateGet +
 * mlirOperationCreate (use mlirOperationStateEnableResultTypeInference for
 * ops that infer their result). The helpers below cover the ops that need
 * regions or attributes; all return a null operation on invalid input.
 *===----------------------------------------------------------------------===*/

/// `func.func @name(args) -> results` with an entry block whose arguments
/// have `argTypes`, and `kernelAttr` (may be null) as `nbc.kernel`. Public
/// functions are what a program exports as kernels.
NBC_CAPI_EXPORTED MlirOperation nbcKernelFuncCreate(
    MlirLocation loc, MlirStringRef name, intptr_t numArgs,
    const MlirType *argTypes, intptr_t numResults, const MlirType *resultTypes,
    MlirAttribute kernelAttr);
/// `func.func private @name(args) -> results attributes {nbc.status_abi}`:
/// the declaration of a callee compiled in another module (an AOT library's
/// `_nbc_callee_<k>`), called with the status ABI of compiled callees: it
/// returns a status first (docs/ErrorModel.md) and its caller owns its
/// array results. The JIT binds the symbol (NbcCompileOptions.symbolNames).
/// `readonlyArgs` lists the arguments the callee never writes (as
/// nbcFuncMayWriteArgument said in its module), as `nbc.readonly_args`: a
/// parallel prange may pass the same array to it in every iteration.
NBC_CAPI_EXPORTED MlirOperation nbcStatusFuncDeclCreate(
    MlirLocation loc, MlirStringRef name, intptr_t numArgs,
    const MlirType *argTypes, intptr_t numResults, const MlirType *resultTypes,
    intptr_t numReadonlyArgs, const int64_t *readonlyArgs);
/// Whether the func.func may write its array argument `index` (through
/// views or callees; the prange race analysis's answer): 1 or 0, -1 on bad
/// input.
NBC_CAPI_EXPORTED int nbcFuncMayWriteArgument(MlirOperation func,
                                              intptr_t index);
/// Marks a func.func `nbc.status_abi`: a public definition then keeps its
/// symbol as an exported callee other modules declare (nbc.aot).
NBC_CAPI_EXPORTED MlirLogicalResult nbcFuncSetStatusABI(MlirOperation func);
/// The entry block of a func.func.
NBC_CAPI_EXPORTED MlirBlock nbcFuncGetEntryBlock(MlirOperation func);
/// `func.return values`.
NBC_CAPI_EXPORTED MlirOperation nbcReturnOpCreate(MlirLocation loc,
                                                  intptr_t numValues,
                                                  const MlirValue *values);

/// `nbc.constant` of an integer/bool type (value truncated to the width).
NBC_CAPI_EXPORTED MlirOperation nbcConstantIntOpCreate(MlirLocation loc,
                                                       MlirType type,
                                                       int64_t value);
/// `nbc.constant` of f32/f64.
NBC_CAPI_EXPORTED MlirOperation nbcConstantFloatOpCreate(MlirLocation loc,
                                                         MlirType type,
                                                         double value);

/// A binary nbc op whose result has the operands' type: `opName` is one of
/// "nbc.add", "nbc.sub", "nbc.mul", "nbc.floordiv", "nbc.mod", "nbc.min",
/// "nbc.max", "nbc.and", "nbc.or", "nbc.xor", "nbc.shl", "nbc.shr" (or any
/// op that infers its result type from two operands).
NBC_CAPI_EXPORTED MlirOperation nbcBinaryOpCreate(MlirLocation loc,
                                                  MlirStringRef opName,
                                                  MlirValue lhs, MlirValue rhs);
/// `nbc.cmp predicate, lhs, rhs` (i1 result).
NBC_CAPI_EXPORTED MlirOperation nbcCmpOpCreate(MlirLocation loc,
                                               NbcCmpPredicate predicate,
                                               MlirValue lhs, MlirValue rhs);
/// `nbc.cast input : type(input) to resultType`.
NBC_CAPI_EXPORTED MlirOperation nbcCastOpCreate(MlirLocation loc,
                                                MlirValue input,
                                                MlirType resultType);

/// `nbc.range %i = start to stop step step iter_args(inits)`. The body
/// block has the induction variable (argument 0) and one argument per init.
/// Without inits the body already ends with `nbc.yield`: insert before it
/// (mlirBlockInsertOwnedOperationBefore with mlirBlockGetTerminator).
/// With inits the body is empty: end it with nbcYieldOpCreate.
NBC_CAPI_EXPORTED MlirOperation nbcRangeOpCreate(MlirLocation loc,
                                                 MlirValue start,
                                                 MlirValue stop, MlirValue step,
                                                 intptr_t numInits,
                                                 const MlirValue *inits);
/// The body block of an nbc.range or nbc.prange.
NBC_CAPI_EXPORTED MlirBlock nbcRangeOpGetBody(MlirOperation range);

/// `%caught, %values = nbc.try -> (valueTypes) { ... }`: Python's `try`
/// with a catch-all `except`. The body block (nbcTryOpGetBody) is empty:
/// end it with nbcYieldOpCreate of values of `valueTypes`. Result 0 is
/// `caught` (i1); the others are the yielded values, undefined when caught.
NBC_CAPI_EXPORTED MlirOperation nbcTryOpCreate(MlirLocation loc,
                                               intptr_t numValues,
                                               const MlirType *valueTypes);
/// `nbc.try catch [kinds...]... -> (valueTypes)`: Python's `try` with
/// `numClauses` `except` clauses, tried in order. Clause `i` catches the
/// `clauseSizes[i]` kinds that follow the earlier clauses' in `kinds` (a
/// base class is every kind it covers: ArithmeticError is
/// ZeroDivisionError, OverflowError and ArithmeticError). Results
/// 0..numClauses-1 are the clauses' `caught` flags (i1), then the values;
/// an exception no clause catches propagates from the op.
NBC_CAPI_EXPORTED MlirOperation nbcTryOpCreateCatching(
    MlirLocation loc, intptr_t numClauses, const intptr_t *clauseSizes,
    const NbcExceptionKind *kinds, intptr_t numValues,
    const MlirType *valueTypes);
/// `%pending, %values = nbc.try pending -> (valueTypes)`: the body of a
/// `try` with `finally`. Result 0 is the exception the body raised
/// (!nbc.exception, none when it did not), held for nbcReraiseOpCreate
/// after the `finally` code; the others are the values.
NBC_CAPI_EXPORTED MlirOperation nbcTryOpCreatePending(MlirLocation loc,
                                                      intptr_t numValues,
                                                      const MlirType *valueTypes);
/// `nbc.reraise %pending`: raises again the exception an nbc.try pending
/// held (nothing when none).
NBC_CAPI_EXPORTED MlirOperation nbcReraiseOpCreate(MlirLocation loc,
                                                   MlirValue pending);
/// The body block of an nbc.try.
NBC_CAPI_EXPORTED MlirBlock nbcTryOpGetBody(MlirOperation op);
/// How many `caught` flags lead the results of an nbc.try (its clauses);
/// -1 if `op` is not an nbc.try.
NBC_CAPI_EXPORTED intptr_t nbcTryOpGetNumClauses(MlirOperation op);
/// `nbc.yield (break_if cond)? values`; `breakCond` may be null.
NBC_CAPI_EXPORTED MlirOperation nbcYieldOpCreate(MlirLocation loc,
                                                 MlirValue breakCond,
                                                 intptr_t numValues,
                                                 const MlirValue *values);

/// `nbc.thread_id : si64` (Numba's get_thread_id()).
NBC_CAPI_EXPORTED MlirOperation nbcThreadIdOpCreate(MlirLocation loc);
/// `nbc.num_threads : si64` (Numba's get_num_threads()).
NBC_CAPI_EXPORTED MlirOperation nbcNumThreadsOpCreate(MlirLocation loc);

/// `nbc.raise_if cond, kind, "message"`.
NBC_CAPI_EXPORTED MlirOperation nbcRaiseIfOpCreate(MlirLocation loc,
                                                   MlirValue condition,
                                                   NbcExceptionKind kind,
                                                   MlirStringRef message);

/// `nbc.raise_if cond, kind, "message" (args)`: a raise whose message
/// quotes run-time values. Each `{}` in `message` is replaced by the next
/// of the `numArgs` int, bool or float `args` (`{{`/`}}` are literal
/// braces), formatted as Python's str, or as `format(value, spec)` with
/// `formats[i]` ("" for str; `formats` may be NULL), or as the arg's type
/// name (`float64`) with the spec "type": named by the type the arg ends
/// with, after nbcWidenValues. A spec Python rejects fails verification
/// with Python's message (nbcGetLastError).
NBC_CAPI_EXPORTED MlirOperation nbcRaiseIfOpCreateFormatted(
    MlirLocation loc, MlirValue condition, NbcExceptionKind kind,
    MlirStringRef message, intptr_t numArgs, const MlirValue *args,
    const MlirStringRef *formats);

/// `nbc.print [pieces] (values)`: Python's print of the values between
/// `numValues + 1` text pieces (sep and end folded in), one line per op.
NBC_CAPI_EXPORTED MlirOperation nbcPrintOpCreate(MlirLocation loc,
                                                 intptr_t numPieces,
                                                 const MlirStringRef *pieces,
                                                 intptr_t numValues,
                                                 const MlirValue *values);

/// nbc.print with a Python format spec per value (`formats`: `numValues`
/// specs, "" for str; NULL for none) written to `stream` (1 stdout, 2
/// stderr). A spec Python rejects for the value's type fails verification
/// with Python's message (nbcGetLastError).
NBC_CAPI_EXPORTED MlirOperation nbcPrintOpCreateFormatted(
    MlirLocation loc, intptr_t numPieces, const MlirStringRef *pieces,
    intptr_t numValues, const MlirValue *values, const MlirStringRef *formats,
    int32_t stream);

/// `nbc.load array[indices]` (Python indexing: negative wraps, bounds
/// checked).
NBC_CAPI_EXPORTED MlirOperation nbcLoadOpCreate(MlirLocation loc,
                                                MlirValue array,
                                                intptr_t numIndices,
                                                const MlirValue *indices);
/// `nbc.store value, array[indices]`.
NBC_CAPI_EXPORTED MlirOperation nbcStoreOpCreate(MlirLocation loc,
                                                 MlirValue value,
                                                 MlirValue array,
                                                 intptr_t numIndices,
                                                 const MlirValue *indices);
/// `nbc.dim array, axis` (si64).
NBC_CAPI_EXPORTED MlirOperation nbcDimOpCreate(MlirLocation loc,
                                               MlirValue array, int64_t axis);

/// `nbc.neg`, `nbc.abs`, `nbc.invert`, `nbc.round`, `nbc.conj`, `nbc.real`,
/// `nbc.imag` or `nbc.angle` (`opName`), whose result has the operand's type
/// (the part type of a complex for abs, real, imag, angle).
NBC_CAPI_EXPORTED MlirOperation nbcUnaryOpCreate(MlirLocation loc,
                                                 MlirStringRef opName,
                                                 MlirValue operand);

/// `nbc.complex real, imag`: a complex number of the parts' float type.
NBC_CAPI_EXPORTED MlirOperation nbcComplexOpCreate(MlirLocation loc,
                                                   MlirValue real,
                                                   MlirValue imag);
/// `nbc.truediv lhs, rhs` (one operand type; the float result type of
/// nbcTrueDivResultType).
NBC_CAPI_EXPORTED MlirOperation nbcTrueDivOpCreate(MlirLocation loc,
                                                   MlirValue lhs,
                                                   MlirValue rhs);
/// `nbc.pow base, exponent` (result of the base's type).
NBC_CAPI_EXPORTED MlirOperation nbcPowOpCreate(MlirLocation loc,
                                               MlirValue base,
                                               MlirValue exponent);
/// `nbc.divmod lhs, rhs`: results 0 (quotient) and 1 (remainder).
NBC_CAPI_EXPORTED MlirOperation nbcDivModOpCreate(MlirLocation loc,
                                                  MlirValue lhs,
                                                  MlirValue rhs);
/// `nbc.select cond, trueValue, falseValue`.
NBC_CAPI_EXPORTED MlirOperation nbcSelectOpCreate(MlirLocation loc,
                                                  MlirValue condition,
                                                  MlirValue trueValue,
                                                  MlirValue falseValue);
/// `nbc.math fn operand`; `fn` as for nbcMathFnAttrGet.
NBC_CAPI_EXPORTED MlirOperation nbcMathOpCreate(MlirLocation loc, int32_t fn,
                                                MlirValue operand);
/// `nbc.math2 fn lhs, rhs`; `fn` as for nbcMathFn2AttrGet.
NBC_CAPI_EXPORTED MlirOperation nbcMath2OpCreate(MlirLocation loc, int32_t fn,
                                                 MlirValue lhs, MlirValue rhs);
/// `nbc.fpclass kind operand` (i1).
NBC_CAPI_EXPORTED MlirOperation nbcFPClassOpCreate(MlirLocation loc,
                                                   NbcFPClass kind,
                                                   MlirValue operand);
/// `nbc.stride array, axis` (si64, in elements).
NBC_CAPI_EXPORTED MlirOperation nbcStrideOpCreate(MlirLocation loc,
                                                  MlirValue array,
                                                  int64_t axis);

/// `nbc.prange (ivs) = (starts) to (stops) step (steps) reduce(...)`:
/// `numDims` dimensions whose bounds share one nbc integer type, and one
/// reduction of `kinds[i]` starting from `inits[i]` per result. The body
/// block (nbcRangeOpGetBody) takes the induction variables, then the
/// private accumulators; without reductions it already ends with
/// `nbc.yield`, otherwise end it with nbcYieldOpCreate of the updated
/// accumulators. With `kinds` NULL the values are carried unclassified
/// (`iter_args(...)`) for nbcRecognizeReductions to classify; name each
/// accumulator for its diagnostics with mlirBlockArgumentSetLocation(acc,
/// mlirLocationNameGet(ctx, "x", loc)).
NBC_CAPI_EXPORTED MlirOperation nbcPRangeOpCreate(
    MlirLocation loc, intptr_t numDims, const MlirValue *starts,
    const MlirValue *stops, const MlirValue *steps, intptr_t numReductions,
    const NbcReductionKind *kinds, const MlirValue *inits);

/// Classifies the carried values of every nbc.prange in `op` (itself
/// included) built without kinds (nbc-recognize-reductions): each is the
/// reduction its body computes (`x += e`, `x -= e`, `x *= e`, `min`/`max`,
/// `&`/`|`/`^`, also conditionally); in parallel kernels, also makes shared
/// array updates (`h[k] += 1`) atomic (docs/ArraysParallelSIMD.md). Returns
/// false when one is not a reduction or an array write races, with
/// the "prange: ..." diagnostic at the offending op in nbcGetLastError
/// (and on forwarding contexts, the diagnostic handlers).
NBC_CAPI_EXPORTED bool nbcRecognizeReductions(MlirOperation op);

/// `nbc.ufunc ins(...) outs(...)`: the body (nbcUfuncOpGetBody) takes one
/// element of each input and must end with nbcYieldOpCreate of one element
/// per output. With `numOuts == 0` the op returns new arrays, one per
/// entry of `resultElementTypes`, of the inputs' broadcast shape;
/// otherwise it writes into `outs` and `numResults` must be 0.
NBC_CAPI_EXPORTED MlirOperation nbcUfuncOpCreate(
    MlirLocation loc, intptr_t numIns, const MlirValue *ins, intptr_t numOuts,
    const MlirValue *outs, intptr_t numResults,
    const MlirType *resultElementTypes);
/// The body block of an nbc.ufunc.
NBC_CAPI_EXPORTED MlirBlock nbcUfuncOpGetBody(MlirOperation ufunc);

/*===----------------------------------------------------------------------===
 * Python-typed builders
 *
 * These take operands of any nbc scalar types and decide the result type by
 * NumPy/Numba's rules (the dialect's NBCTypedBuilders.h, which the Python
 * frontend uses too), inserting the `nbc.cast`s those rules need. Each
 * appends its ops to `block` (before its terminator when it already has
 * one) and returns the result, or a null value with nbcGetLastError()
 * naming the location when Python rejects the operand types.
 *===----------------------------------------------------------------------===*/

/// Python's binary operators.
typedef enum NbcBinaryOperator {
  NbcBinaryAdd = 0, NbcBinarySub = 1, NbcBinaryMul = 2, NbcBinaryTrueDiv = 3,
  NbcBinaryFloorDiv = 4, NbcBinaryMod = 5, NbcBinaryPow = 6,
  NbcBinaryLShift = 7, NbcBinaryRShift = 8, NbcBinaryBitAnd = 9,
  NbcBinaryBitOr = 10, NbcBinaryBitXor = 11
} NbcBinaryOperator;
/// Python's unary operators: `-x`, `+x`, `~x`, `not x`.
typedef enum NbcUnaryOperator {
  NbcUnaryNeg = 0, NbcUnaryPos = 1, NbcUnaryInvert = 2, NbcUnaryNot = 3
} NbcUnaryOperator;

/// `lhs <op> rhs` in Python code on scalars, typed as Numba types it:
/// `int32 + float32 -> float64`, `int8 // int16 -> int64`,
/// `True + True == 2`, `7 / 2 -> 3.5`, `x ** 2` with an integer exponent.
NBC_CAPI_EXPORTED MlirValue nbcBuildBinary(MlirBlock block, MlirLocation loc,
                                           NbcBinaryOperator op, MlirValue lhs,
                                           MlirValue rhs);
/// `lhs <op> rhs` on two array elements, typed by NumPy's promotion (the
/// body of an array expression or ufunc: `int8 + int8 -> int8`).
NBC_CAPI_EXPORTED MlirValue nbcBuildElementwiseBinary(MlirBlock block,
                                                      MlirLocation loc,
                                                      NbcBinaryOperator op,
                                                      MlirValue lhs,
                                                      MlirValue rhs);
/// `-x`, `+x`, `~x`, `not x` on a scalar (integers widen to 64 bits after
/// the operator, as in Numba).
NBC_CAPI_EXPORTED MlirValue nbcBuildUnary(MlirBlock block, MlirLocation loc,
                                          NbcUnaryOperator op,
                                          MlirValue operand);
/// `-x`, `+x`, `~x`, `not x` on an array element (the type is kept).
NBC_CAPI_EXPORTED MlirValue nbcBuildElementwiseUnary(MlirBlock block,
                                                     MlirLocation loc,
                                                     NbcUnaryOperator op,
                                                     MlirValue operand);
/// `lhs <predicate> rhs` after promotion (i1).
NBC_CAPI_EXPORTED MlirValue nbcBuildCompare(MlirBlock block, MlirLocation loc,
                                            NbcCmpPredicate predicate,
                                            MlirValue lhs, MlirValue rhs);
/// `lhs <predicate> rhs` on array elements: as nbcBuildCompare, and complex
/// numbers are ordered as NumPy orders them (real parts, then imaginary).
NBC_CAPI_EXPORTED MlirValue nbcBuildElementwiseCompare(
    MlirBlock block, MlirLocation loc, NbcCmpPredicate predicate,
    MlirValue lhs, MlirValue rhs);
/// `divmod(lhs, rhs)` into `*quotient` and `*remainder`.
NBC_CAPI_EXPORTED bool nbcBuildDivMod(MlirBlock block, MlirLocation loc,
                                      MlirValue lhs, MlirValue rhs,
                                      MlirValue *quotient,
                                      MlirValue *remainder);
/// `value` as `type` (nbc.cast, or `value` itself when it has the type).
NBC_CAPI_EXPORTED MlirValue nbcBuildCast(MlirBlock block, MlirLocation loc,
                                         MlirValue value, MlirType type);
/// `value` as `type` the way a store into an array item of that type
/// (`index` false) or an index (`index` true, `type` si64) converts it: as
/// nbcBuildCast, the nbc.cast marked `nbc.converts` ("item" or "index"),
/// which nbcWidenValues and nbcWidenLoopCarried keep when `value` widens
/// (to an integer within si64 for an index, not to complex for a real item).
NBC_CAPI_EXPORTED MlirValue nbcBuildConversion(MlirBlock block,
                                               MlirLocation loc,
                                               MlirValue value, MlirType type,
                                               bool index);
/// `bool(value)`.
NBC_CAPI_EXPORTED MlirValue nbcBuildTruth(MlirBlock block, MlirLocation loc,
                                          MlirValue value);
/// `abs(value)`.
NBC_CAPI_EXPORTED MlirValue nbcBuildAbs(MlirBlock block, MlirLocation loc,
                                        MlirValue value);
/// Python's `min(lhs, rhs)` / `max(lhs, rhs)`.
NBC_CAPI_EXPORTED MlirValue nbcBuildMinMax(MlirBlock block, MlirLocation loc,
                                           bool isMax, MlirValue lhs,
                                           MlirValue rhs);
/// `np.minimum` / `np.maximum` of two elements (NaN propagates).
NBC_CAPI_EXPORTED MlirValue nbcBuildNumpyMinMax(MlirBlock block,
                                                MlirLocation loc, bool isMax,
                                                MlirValue lhs, MlirValue rhs);
/// `trueValue if cond else falseValue` (np.where on one element).
NBC_CAPI_EXPORTED MlirValue nbcBuildWhere(MlirBlock block, MlirLocation loc,
                                          MlirValue cond, MlirValue trueValue,
                                          MlirValue falseValue);
/// One element of NumPy's `array ** scalar` (`base` an array's element):
/// np.sqrt where a float exponent is 0.5, as NumPy computes it.
NBC_CAPI_EXPORTED MlirValue nbcBuildNumpyScalarPower(MlirBlock block,
                                                     MlirLocation loc,
                                                     MlirValue base,
                                                     MlirValue exponent);
/// `math.<fn>(value)` in f64, or `np.<fn>` with `keepFloat32`: float32,
/// bools and integers of up to 16 bits compute in float32 (NumPy's loops);
/// `fn` as for nbcMathFnAttrGet.
NBC_CAPI_EXPORTED MlirValue nbcBuildMath(MlirBlock block, MlirLocation loc,
                                         int32_t fn, MlirValue value,
                                         bool keepFloat32);
/// `math.<fn>(lhs, rhs)`; `fn` as for nbcMathFn2AttrGet. With `keepFloat32`
/// (`np.<fn>`), float32 stays float32 and `fmod` of integers is NumPy's
/// integer loop in their promoted integer type.
NBC_CAPI_EXPORTED MlirValue nbcBuildMath2(MlirBlock block, MlirLocation loc,
                                          int32_t fn, MlirValue lhs,
                                          MlirValue rhs, bool keepFloat32);
/// `math.isnan/isinf/isfinite(value)` (constant for integers).
NBC_CAPI_EXPORTED MlirValue nbcBuildFPClass(MlirBlock block, MlirLocation loc,
                                            NbcFPClass kind, MlirValue value);

#ifdef __cplusplus
}
#endif

// The array op builders (after the declarations they use).
#include "nbc-c/Arrays.h"

#endif /* NBC_C_DIALECT_H */
