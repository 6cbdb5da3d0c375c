//===- NBCToCore.h - nbc to arith/math/scf/memref/func ---------*- C++ -*-===//
//
// The pattern groups of convert-nbc-to-core: nbc ops to MLIR's core
// dialects (arith, math, scf, memref, func), from which upstream lowers to
// LLVM. Only nbc.raise_if is left, for nbc-lower-errors.
//
//===----------------------------------------------------------------------===//

#ifndef NBC_CONVERSION_NBCTOCORE_NBCTOCORE_H
#define NBC_CONVERSION_NBCTOCORE_NBCTOCORE_H

#include "mlir/Transforms/DialectConversion.h"

namespace mlir::nbc {

/// Erases signedness: si/ui integers become signless of the same width,
/// memrefs get signless element types; i1, floats, index and everything
/// else stay as they are. Materializes with unrealized casts.
class NBCTypeConverter : public TypeConverter {
public:
  NBCTypeConverter();
};

/// Declares the LLVM intrinsics the lowering calls through
/// llvm.call_intrinsic (x86-64's cvttsd2si/cvttss2si for int(float)) free of
/// memory effects, so that buffer deallocation and the loop passes accept
/// them; any other intrinsic call may read, write, allocate and free.
void registerIntrinsicEffects(DialectRegistry &registry);

/// Scalar ops (nbc.constant, nbc.add, nbc.floordiv, nbc.cast, ...) to
/// arith/math, with Python semantics; checks become nbc.raise_if.
void populateNBCToArithPatterns(const TypeConverter &typeConverter,
                                RewritePatternSet &patterns);

/// nbc.range to scf.for (scf.while when it breaks), zero-step check.
void populateNBCControlToSCFPatterns(const TypeConverter &typeConverter,
                                     RewritePatternSet &patterns);

/// nbc.prange to scf.parallel with scf.reduce.
void populateNBCParallelToSCFPatterns(const TypeConverter &typeConverter,
                                      RewritePatternSet &patterns);

/// Array ops (load, store, dim, stride, slice, empty, full, array_reduce,
/// ufunc) and list ops to memref and scf.
void populateNBCArrayToMemRefPatterns(const TypeConverter &typeConverter,
                                      RewritePatternSet &patterns);

/// Marks nbc ops (except nbc.raise_if) illegal and signed types in func,
/// scf and memref ops illegal, for a full conversion.
void configureNBCToCoreTarget(ConversionTarget &target,
                                  const TypeConverter &typeConverter);

} // namespace mlir::nbc

#endif // NBC_CONVERSION_NBCTOCORE_NBCTOCORE_H
