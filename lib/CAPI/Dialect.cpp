//===- Dialect.cpp - C API: registration, types, attributes, builders -----===//

#include "nbc-c/Dialect.h"

#include "Errors.h"
#include "mlir/CAPI/IR.h"
#include "mlir/CAPI/Registration.h"
#include "mlir/CAPI/Support.h"
#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/Dialect/LLVMIR/LLVMDialect.h"
#include "mlir/Dialect/Math/IR/Math.h"
#include "mlir/Dialect/SCF/IR/SCF.h"
#include "mlir/IR/Builders.h"
#include "mlir/IR/BuiltinAttributes.h"
#include "mlir/IR/Verifier.h"
#include "mlir/Parser/Parser.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/SourceMgr.h"
#include "llvm/Support/ThreadPool.h"
#include "nbc/Dialect/NBC/IR/NBCDialect.h"
#include "nbc/Dialect/NBC/IR/NBCOps.h"
#include "nbc/Dialect/NBC/IR/NBCTypeRules.h"
#include "nbc/ExecutionEngine/Diagnostics.h"
#include "nbc/InitAllDialects.h"
#include "nbc/InitAllPasses.h"
#include "mlir/Target/LLVMIR/Dialect/All.h"

#include <mutex>
#include <unistd.h>

using namespace mlir;
using namespace mlir::nbc;

MLIR_DEFINE_CAPI_DIALECT_REGISTRATION(NBC, nbc, mlir::nbc::NBCDialect)


//===----------------------------------------------------------------------===//
// Registration and parsing
//===----------------------------------------------------------------------===//

void nbcRegisterAllDialects(MlirDialectRegistry registry) {
  if (mlirDialectRegistryIsNull(registry))
    return capi::setError("nbcRegisterAllDialects: null registry");
  nbc::registerAllDialects(*unwrap(registry));
  registerAllToLLVMIRTranslations(*unwrap(registry));
}

void nbcRegisterAllPasses(void) {
  static std::once_flag once;
  std::call_once(once, [] { nbc::registerAllPasses(); });
}

/// One thread pool for every context: a context's own pool keeps its
/// threads (and their malloc arenas) as long as the context, and each
/// compiled program keeps its context.
/// A forked child has none of the parent's pool threads: it gets its own
/// pool (the parent's is left alone, its threads are not there to join).
static llvm::ThreadPoolInterface &getSharedThreadPool() {
  static std::mutex mutex;
  static llvm::DefaultThreadPool *pool = nullptr;
  static pid_t owner = 0;
  std::lock_guard<std::mutex> lock(mutex);
  // Never destroyed: contexts may be destroyed after static destructors.
  if (!pool || owner != getpid()) {
    pool = new llvm::DefaultThreadPool();
    owner = getpid();
  }
  return *pool;
}

MlirContext nbcContextCreate(void) {
  DialectRegistry registry;
  nbc::registerAllDialects(registry);
  registerAllToLLVMIRTranslations(registry);
  auto *ctx = new MLIRContext(registry, MLIRContext::Threading::DISABLED);
  ctx->setThreadPool(getSharedThreadPool());
  // First, so that it sits below every handler the frontend attaches.
  enableDiagnosticForwarding(ctx);
  ctx->loadDialect<NBCDialect, func::FuncDialect, arith::ArithDialect,
                   math::MathDialect, scf::SCFDialect, memref::MemRefDialect,
                   LLVM::LLVMDialect>();
  return wrap(ctx);
}

void nbcContextEnableDiagnosticForwarding(MlirContext context) {
  if (mlirContextIsNull(context))
    return capi::setError("nbcContextEnableDiagnosticForwarding: null context");
  enableDiagnosticForwarding(unwrap(context));
}

MlirModule nbcParseModule(MlirContext context, MlirStringRef source,
                          MlirStringRef filename) {
  if (mlirContextIsNull(context)) {
    capi::setError("nbcParseModule: null context");
    return MlirModule{nullptr};
  }
  if (!source.data && source.length) {
    capi::setError("nbcParseModule: null source");
    return MlirModule{nullptr};
  }
  MLIRContext *ctx = unwrap(context);
  DiagnosticCapture capture(ctx);
  ParserConfig config(ctx);
  auto buffer = llvm::MemoryBuffer::getMemBuffer(
      unwrap(source), filename.length ? unwrap(filename) : "<source>",
      /*RequiresNullTerminator=*/false);
  llvm::SourceMgr sourceMgr;
  sourceMgr.AddNewSourceBuffer(std::move(buffer), llvm::SMLoc());
  OwningOpRef<ModuleOp> module =
      parseSourceFile<ModuleOp>(sourceMgr, config);
  if (!module) {
    capi::setError(capture.takeError("cannot parse the module"));
    return MlirModule{nullptr};
  }
  if (failed(verify(*module))) {
    capi::setError(capture.takeError("the module does not verify"));
    return MlirModule{nullptr};
  }
  return wrap(module.release());
}

bool nbcVerify(MlirOperation op) {
  if (mlirOperationIsNull(op)) {
    capi::setError("nbcVerify: null operation");
    return false;
  }
  DiagnosticCapture capture(unwrap(op)->getContext());
  if (succeeded(verify(unwrap(op))))
    return true;
  capi::setError(capture.takeError("verification failed"));
  return false;
}

//===----------------------------------------------------------------------===//
// Types
//===----------------------------------------------------------------------===//

static bool isNBCWidth(unsigned width) {
  return width == 8 || width == 16 || width == 32 || width == 64;
}

MlirType nbcSignedIntegerTypeGet(MlirContext ctx, unsigned width) {
  if (mlirContextIsNull(ctx) || !isNBCWidth(width)) {
    capi::setError("nbcSignedIntegerTypeGet: null context or width " +
                   Twine(width) + " not in 8, 16, 32, 64");
    return MlirType{nullptr};
  }
  return wrap(IntegerType::get(unwrap(ctx), width, IntegerType::Signed));
}

MlirType nbcUnsignedIntegerTypeGet(MlirContext ctx, unsigned width) {
  if (mlirContextIsNull(ctx) || !isNBCWidth(width)) {
    capi::setError("nbcUnsignedIntegerTypeGet: null context or width " +
                   Twine(width) + " not in 8, 16, 32, 64");
    return MlirType{nullptr};
  }
  return wrap(IntegerType::get(unwrap(ctx), width, IntegerType::Unsigned));
}

MlirType nbcBoolTypeGet(MlirContext ctx) {
  if (mlirContextIsNull(ctx)) {
    capi::setError("nbcBoolTypeGet: null context");
    return MlirType{nullptr};
  }
  return wrap(IntegerType::get(unwrap(ctx), 1));
}

MlirType nbcDTypeGetType(MlirContext ctx, NbcDType dtype) {
  if (mlirContextIsNull(ctx)) {
    capi::setError("nbcDTypeGetType: null context");
    return MlirType{nullptr};
  }
  MLIRContext *c = unwrap(ctx);
  switch (dtype) {
  case NbcDTypeBool:
    return wrap(IntegerType::get(c, 1));
  case NbcDTypeInt8:
  case NbcDTypeInt16:
  case NbcDTypeInt32:
  case NbcDTypeInt64:
    return wrap(IntegerType::get(c, 8 * nbcDTypeGetSize(dtype),
                                 IntegerType::Signed));
  case NbcDTypeUInt8:
  case NbcDTypeUInt16:
  case NbcDTypeUInt32:
  case NbcDTypeUInt64:
    return wrap(IntegerType::get(c, 8 * nbcDTypeGetSize(dtype),
                                 IntegerType::Unsigned));
  case NbcDTypeFloat32:
    return wrap(Float32Type::get(c));
  case NbcDTypeFloat64:
    return wrap(Float64Type::get(c));
  case NbcDTypeIndex:
    return wrap(IndexType::get(c));
  case NbcDTypeComplex64:
    return wrap(ComplexType::get(Float32Type::get(c)));
  case NbcDTypeComplex128:
    return wrap(ComplexType::get(Float64Type::get(c)));
  default:
    capi::setError("nbcDTypeGetType: invalid dtype " + Twine(int(dtype)));
    return MlirType{nullptr};
  }
}

NbcDType nbcTypeGetDType(MlirType type) {
  return nbcTypeGetValueType(type).rank < 0 ? nbcTypeGetValueType(type).dtype
                                            : NbcDTypeInvalid;
}

/// Whether both are nbc scalars; else records why under `fn`.
static bool checkScalars(const char *fn, MlirType lhs, MlirType rhs) {
  if (!mlirTypeIsNull(lhs) && !mlirTypeIsNull(rhs) &&
      isNBCScalar(unwrap(lhs)) && isNBCScalar(unwrap(rhs)))
    return true;
  capi::setError(Twine(fn) + ": operands must be nbc scalar types");
  return false;
}

MlirType nbcPromoteTypes(MlirType lhs, MlirType rhs) {
  if (!checkScalars("nbcPromoteTypes", lhs, rhs))
    return MlirType{nullptr};
  return wrap(promoteTypes(unwrap(lhs), unwrap(rhs)));
}

MlirType nbcTrueDivResultType(MlirType lhs, MlirType rhs) {
  if (!checkScalars("nbcTrueDivResultType", lhs, rhs))
    return MlirType{nullptr};
  return wrap(trueDivResultType(unwrap(lhs), unwrap(rhs)));
}

MlirType nbcArrayScalarOperandType(MlirType arrays, MlirType scalar,
                                   bool weak) {
  if (!checkScalars("nbcArrayScalarOperandType", arrays, scalar))
    return MlirType{nullptr};
  return wrap(getArrayScalarOperandType(unwrap(arrays), unwrap(scalar), weak));
}

MlirType nbcArrayTypeGet(MlirType elementType, int32_t rank,
                         const int64_t *shape, bool strided) {
  if (mlirTypeIsNull(elementType) || !isNBCScalar(unwrap(elementType)) ||
      rank < 0) {
    capi::setError("nbcArrayTypeGet: the element type must be an nbc scalar "
                   "and the rank non-negative");
    return MlirType{nullptr};
  }
  SmallVector<int64_t> extents;
  for (int32_t d = 0; d < rank; ++d) {
    int64_t extent = shape ? shape[d] : -1;
    if (extent < -1) {
      capi::setError("nbcArrayTypeGet: extent " + Twine(extent) +
                     " of dimension " + Twine(d) + " is negative");
      return MlirType{nullptr};
    }
    extents.push_back(extent < 0 ? ShapedType::kDynamic : extent);
  }
  Type element = unwrap(elementType);
  if (!strided)
    return wrap(MemRefType::get(extents, element));
  SmallVector<int64_t> strides(rank, ShapedType::kDynamic);
  auto layout = StridedLayoutAttr::get(element.getContext(),
                                       ShapedType::kDynamic, strides);
  return wrap(MemRefType::get(extents, element, layout));
}

bool nbcTypeIsScalar(MlirType type) {
  return !mlirTypeIsNull(type) && isNBCScalar(unwrap(type));
}

bool nbcTypeIsArray(MlirType type) {
  return !mlirTypeIsNull(type) && isNBCArray(unwrap(type));
}

NbcValueType nbcTypeGetValueType(MlirType type) {
  NbcValueType invalid = {NbcDTypeInvalid, -1};
  if (mlirTypeIsNull(type))
    return invalid;
  Type t = unwrap(type);
  Type element = t;
  int32_t rank = -1;
  if (auto memref = dyn_cast<MemRefType>(t)) {
    element = memref.getElementType();
    rank = memref.getRank();
  }
  if (!isNBCScalar(element))
    return invalid;
  if (element.isF32())
    return {NbcDTypeFloat32, rank};
  if (element.isF64())
    return {NbcDTypeFloat64, rank};
  if (FloatType part = getComplexPartType(element))
    return {part.isF32() ? NbcDTypeComplex64 : NbcDTypeComplex128, rank};
  unsigned width = element.getIntOrFloatBitWidth();
  if (width == 1)
    return {NbcDTypeBool, rank};
  int log = width == 8 ? 0 : width == 16 ? 1 : width == 32 ? 2 : 3;
  return {NbcDType((element.isUnsignedInteger() ? NbcDTypeUInt8
                                                 : NbcDTypeInt8) +
                   log),
          rank};
}

//===----------------------------------------------------------------------===//
// Attributes
//===----------------------------------------------------------------------===//

MlirAttribute nbcKernelAttrGet(MlirContext ctx, uint32_t fastmathFlags,
                               NbcErrorModel errorModel, bool parallel,
                               bool boundscheck) {
  if (mlirContextIsNull(ctx) || fastmathFlags > 127 ||
      (errorModel != NbcErrorModelPython && errorModel != NbcErrorModelNumpy)) {
    capi::setError("nbcKernelAttrGet: null context, fastmath flags above 127 "
                   "or unknown error model");
    return MlirAttribute{nullptr};
  }
  return wrap(KernelAttr::get(unwrap(ctx),
                              arith::FastMathFlags(fastmathFlags),
                              ErrorModel(errorModel), parallel, boundscheck));
}

static KernelAttr asKernel(MlirAttribute attr) {
  return mlirAttributeIsNull(attr) ? KernelAttr()
                                   : dyn_cast<KernelAttr>(unwrap(attr));
}

bool nbcAttributeIsAKernel(MlirAttribute attr) { return bool(asKernel(attr)); }

uint32_t nbcKernelAttrGetFastmath(MlirAttribute attr) {
  KernelAttr k = asKernel(attr);
  return k ? uint32_t(k.getFastmath()) : 0;
}

NbcErrorModel nbcKernelAttrGetErrorModel(MlirAttribute attr) {
  KernelAttr k = asKernel(attr);
  return k ? NbcErrorModel(k.getErrorModel()) : NbcErrorModelPython;
}

bool nbcKernelAttrGetParallel(MlirAttribute attr) {
  KernelAttr k = asKernel(attr);
  return k && k.getParallel();
}

bool nbcKernelAttrGetBoundscheck(MlirAttribute attr) {
  KernelAttr k = asKernel(attr);
  return k && k.getBoundscheck();
}

/// An enum attribute whose value is checked with the generated
/// symbolize function.
template <typename AttrTy, typename EnumTy>
static MlirAttribute getEnumAttr(MlirContext ctx, int32_t value,
                                 std::optional<EnumTy> (*symbolize)(uint32_t),
                                 const char *what) {
  std::optional<EnumTy> e =
      value < 0 ? std::nullopt : symbolize(uint32_t(value));
  if (mlirContextIsNull(ctx) || !e) {
    capi::setError(Twine(what) + ": null context or invalid value " +
                   Twine(value));
    return MlirAttribute{nullptr};
  }
  return wrap(AttrTy::get(unwrap(ctx), *e));
}

MlirAttribute nbcCmpPredicateAttrGet(MlirContext ctx, NbcCmpPredicate value) {
  return getEnumAttr<CmpPredicateAttr, CmpPredicate>(
      ctx, value, symbolizeCmpPredicate, "nbcCmpPredicateAttrGet");
}
MlirAttribute nbcReductionKindAttrGet(MlirContext ctx,
                                      NbcReductionKind value) {
  return getEnumAttr<ReductionKindAttr, ReductionKind>(
      ctx, value, symbolizeReductionKind, "nbcReductionKindAttrGet");
}
MlirAttribute nbcArrayReductionKindAttrGet(MlirContext ctx,
                                           NbcArrayReductionKind value) {
  return getEnumAttr<ArrayReductionKindAttr, ArrayReductionKind>(
      ctx, value, symbolizeArrayReductionKind, "nbcArrayReductionKindAttrGet");
}
MlirAttribute nbcMathFnAttrGet(MlirContext ctx, int32_t value) {
  return getEnumAttr<MathFnAttr, MathFn>(ctx, value, symbolizeMathFn,
                                         "nbcMathFnAttrGet");
}
MlirAttribute nbcMathFn2AttrGet(MlirContext ctx, int32_t value) {
  return getEnumAttr<MathFn2Attr, MathFn2>(ctx, value, symbolizeMathFn2,
                                           "nbcMathFn2AttrGet");
}
MlirAttribute nbcFPClassAttrGet(MlirContext ctx, NbcFPClass value) {
  return getEnumAttr<FPClassAttr, FPClass>(ctx, value, symbolizeFPClass,
                                           "nbcFPClassAttrGet");
}
MlirAttribute nbcExceptionKindAttrGet(MlirContext ctx,
                                      NbcExceptionKind value) {
  return getEnumAttr<ExceptionKindAttr, ExceptionKind>(
      ctx, value, symbolizeExceptionKind, "nbcExceptionKindAttrGet");
}
MlirAttribute nbcErrorModelAttrGet(MlirContext ctx, NbcErrorModel value) {
  return getEnumAttr<ErrorModelAttr, ErrorModel>(
      ctx, value, symbolizeErrorModel, "nbcErrorModelAttrGet");
}
