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
/// no call has failed.
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

/// A new context with nbcRegisterAllDialects applied and the nbc, func,
/// arith, math, scf, memref and llvm dialects loaded. Destroy with
/// mlirContextDestroy.
NBC_CAPI_EXPORTED MlirContext nbcContextCreate(void);

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
  NbcReduceAnd = 4, NbcReduceOr = 5, NbcReduceXor = 6
} NbcReductionKind;
typedef enum NbcArrayReductionKind {
  NbcArraySum = 0, NbcArrayProd = 1, NbcArrayMin = 2, NbcArrayMax = 3,
  NbcArrayArgmin = 4, NbcArrayArgmax = 5, NbcArrayAny = 6, NbcArrayAll = 7,
  NbcArrayMean = 8
} NbcArrayReductionKind;
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
/// `nbc.yield (break_if cond)? values`; `breakCond` may be null.
NBC_CAPI_EXPORTED MlirOperation nbcYieldOpCreate(MlirLocation loc,
                                                 MlirValue breakCond,
                                                 intptr_t numValues,
                                                 const MlirValue *values);

/// `nbc.raise_if cond, kind, "message"`.
NBC_CAPI_EXPORTED MlirOperation nbcRaiseIfOpCreate(MlirLocation loc,
                                                   MlirValue condition,
                                                   NbcExceptionKind kind,
                                                   MlirStringRef message);

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

#ifdef __cplusplus
}
#endif

#endif /* NBC_C_DIALECT_H */
