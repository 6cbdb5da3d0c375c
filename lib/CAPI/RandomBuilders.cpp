//===- RandomBuilders.cpp - C API: nbc.random_seed and nbc.random ---------===//
//
// Like OpBuilders.cpp, each builder checks its handles and returns a
// detached, verified op or a null one with nbcGetLastError() saying why.
//
//===----------------------------------------------------------------------===//

#include "nbc-c/Dialect.h"

#include "BuilderSupport.h"
#include "mlir/CAPI/Support.h"
#include "mlir/IR/Builders.h"
#include "nbc/Dialect/NBC/IR/NBCOps.h"

using namespace mlir;
using namespace mlir::nbc;
using capi::failOp;
using capi::verifiedOrNull;

static bool isSI64(MlirValue value) {
  return !mlirValueIsNull(value) &&
         unwrap(value).getType().isSignedInteger(64);
}

MlirOperation nbcRandomSeedOpCreate(MlirLocation loc, MlirValue seed) {
  if (mlirLocationIsNull(loc) || !isSI64(seed))
    return failOp("nbcRandomSeedOpCreate: null location, or the seed is not "
                  "an si64");
  OpBuilder builder(unwrap(loc)->getContext());
  return verifiedOrNull(RandomSeedOp::create(builder, unwrap(loc),
                                             unwrap(seed)));
}

MlirOperation nbcRandomOpCreate(MlirLocation loc, NbcRandomKind kind,
                                intptr_t numOperands,
                                MlirValue const *operands) {
  if (mlirLocationIsNull(loc) || (numOperands > 0 && !operands))
    return failOp("nbcRandomOpCreate: null location or operands");
  auto k = symbolizeRandomKind(uint32_t(kind));
  if (!k)
    return failOp("nbcRandomOpCreate: invalid kind " + Twine(int(kind)));
  if (numOperands != intptr_t(RandomOp::numOperandsOf(*k)))
    return failOp("nbcRandomOpCreate: '" + stringifyRandomKind(*k) +
                  "' takes " + Twine(RandomOp::numOperandsOf(*k)) +
                  " operand(s)");
  SmallVector<Value> values;
  for (intptr_t i = 0; i < numOperands; ++i) {
    if (!isSI64(operands[i]))
      return failOp("nbcRandomOpCreate: the operands must be si64 values");
    values.push_back(unwrap(operands[i]));
  }
  MLIRContext *context = unwrap(loc)->getContext();
  OpBuilder builder(context);
  auto op = RandomOp::create(builder, unwrap(loc),
                             RandomOp::inferResultType(context, *k),
                             RandomKindAttr::get(context, *k), values);
  return verifiedOrNull(op);
}

MlirOperation nbcGeneratorOpCreate(MlirLocation loc, NbcGeneratorKind kind,
                                   MlirValue state, intptr_t numOperands,
                                   MlirValue const *operands) {
  if (mlirLocationIsNull(loc) || mlirValueIsNull(state) ||
      (numOperands > 0 && !operands))
    return failOp("nbcGeneratorOpCreate: null location, state or operands");
  auto k = symbolizeGeneratorKind(uint32_t(kind));
  if (!k)
    return failOp("nbcGeneratorOpCreate: invalid kind " + Twine(int(kind)));
  if (numOperands != intptr_t(GeneratorOp::numOperandsOf(*k)))
    return failOp("nbcGeneratorOpCreate: '" + stringifyGeneratorKind(*k) +
                  "' takes " + Twine(GeneratorOp::numOperandsOf(*k)) +
                  " operand(s)");
  if (!isNBCArray(unwrap(state).getType()))
    return failOp("nbcGeneratorOpCreate: the state is not an array");
  SmallVector<Value> values;
  for (intptr_t i = 0; i < numOperands; ++i) {
    if (!isSI64(operands[i]))
      return failOp("nbcGeneratorOpCreate: the operands must be si64 values");
    values.push_back(unwrap(operands[i]));
  }
  MLIRContext *context = unwrap(loc)->getContext();
  OpBuilder builder(context);
  Type result = GeneratorOp::inferResultType(context, *k);
  auto op = GeneratorOp::create(
      builder, unwrap(loc), result ? TypeRange(result) : TypeRange(),
      GeneratorKindAttr::get(context, *k), unwrap(state), values);
  return verifiedOrNull(op);
}
