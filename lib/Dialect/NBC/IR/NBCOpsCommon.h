//===- NBCOpsCommon.h - Helpers shared by op implementations -*- C++ -*-===//
//
// Private to lib/Dialect/NBC/IR: effects of ops that may raise, and checks
// that several op files share.
//
//===----------------------------------------------------------------------===//

#ifndef NBC_LIB_DIALECT_NBC_IR_NBCOPSCOMMON_H
#define NBC_LIB_DIALECT_NBC_IR_NBCOPSCOMMON_H

#include "nbc/Dialect/NBC/IR/NBCOps.h"

#include "mlir/IR/Matchers.h"

namespace mlir::nbc::detail {

using EffectList =
    SmallVectorImpl<SideEffects::EffectInstance<MemoryEffects::Effect>>;

/// Declares that an op may raise: it writes the error state.
inline void addRaiseEffect(EffectList &effects) {
  effects.emplace_back(MemoryEffects::Write::get(),
                       ErrorStateResource::get());
}

inline bool isNonZeroConstant(Value value) {
  APInt intValue;
  if (matchPattern(value, m_ConstantInt(&intValue)))
    return !intValue.isZero();
  APFloat floatValue(0.0);
  if (matchPattern(value, m_ConstantFloat(&floatValue)))
    return !floatValue.isZero();
  return false;
}

inline bool usesPythonErrors(Operation *op) {
  return getKernelOptions(op).getErrorModel() == ErrorModel::python;
}

/// The body of a range, prange or ufunc must end in nbc.yield. The
/// SingleBlockImplicitTerminator trait checks this too, but only after the
/// interface verifiers that call getYield().
inline LogicalResult verifyBodyTerminator(Operation *op, Block *body) {
  if (body->empty() || !isa<YieldOp>(body->back()))
    return op->emitOpError("body must end with 'nbc.yield'");
  return success();
}

/// MemRefType::getStridesAndOffset, except that the strides of an identity
/// layout whose products of static sizes overflow int64 (more than 2^63
/// elements) are dynamic instead of wrapped values (upstream wraps them,
/// to 0 or even to ShapedType::kDynamic).
LogicalResult getCheckedStridesAndOffset(MemRefType type,
                                         SmallVectorImpl<int64_t> &strides,
                                         int64_t &offset);

} // namespace mlir::nbc::detail

#endif // NBC_LIB_DIALECT_NBC_IR_NBCOPSCOMMON_H
