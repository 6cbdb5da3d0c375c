//===- NBCRandomOps.cpp - nbc.random_seed and nbc.random ------------------===//
//
// Verifier, result typing and effects of the np.random ops: both read and
// write the runtime's per-thread generator state, a resource of its own so
// that array analyses see they touch no array.
//
//===----------------------------------------------------------------------===//

#include "nbc/Dialect/NBC/IR/NBCOps.h"

#include "NBCOpsCommon.h"

using namespace mlir;
using namespace mlir::nbc;
using namespace mlir::nbc::detail;

namespace {
/// The runtime's random generator state (lib/Runtime/Random.c).
struct RandomStateResource
    : public SideEffects::Resource::Base<RandomStateResource> {
  StringRef getName() override { return "nbc::RandomState"; }
};
} // namespace

static void addGeneratorEffects(EffectList &effects) {
  effects.emplace_back(MemoryEffects::Read::get(), RandomStateResource::get());
  effects.emplace_back(MemoryEffects::Write::get(),
                       RandomStateResource::get());
}

void RandomSeedOp::getEffects(EffectList &effects) {
  addGeneratorEffects(effects);
  addRaiseEffect(effects); // a seed outside [0, 2**32 - 1]
}

unsigned RandomOp::numOperandsOf(RandomKind kind) {
  return kind == RandomKind::integer ? 2 : 0;
}

Type RandomOp::inferResultType(MLIRContext *context, RandomKind kind) {
  if (kind == RandomKind::integer)
    return IntegerType::get(context, 64, IntegerType::Signed);
  return Float64Type::get(context);
}

LogicalResult RandomOp::verify() {
  RandomKind kind = getKind();
  if (getOperands().size() != numOperandsOf(kind))
    return emitOpError("'") << stringifyRandomKind(kind) << "' takes "
                            << numOperandsOf(kind) << " operand(s), got "
                            << getOperands().size();
  Type expected = inferResultType(getContext(), kind);
  if (getType() != expected)
    return emitOpError("'") << stringifyRandomKind(kind) << "' returns "
                            << expected << ", not " << getType();
  return success();
}

void RandomOp::getEffects(EffectList &effects) {
  addGeneratorEffects(effects);
  if (getKind() == RandomKind::integer)
    addRaiseEffect(effects); // low >= high
}

//===----------------------------------------------------------------------===//
// GeneratorOp
//===----------------------------------------------------------------------===//

unsigned GeneratorOp::numOperandsOf(GeneratorKind kind) {
  switch (kind) {
  case GeneratorKind::seed:
    return 1;
  case GeneratorKind::integers:
    return 2;
  default:
    return 0;
  }
}

Type GeneratorOp::inferResultType(MLIRContext *context, GeneratorKind kind) {
  switch (kind) {
  case GeneratorKind::seed:
    return Type();
  case GeneratorKind::integers:
    return IntegerType::get(context, 64, IntegerType::Signed);
  default:
    return Float64Type::get(context);
  }
}

LogicalResult GeneratorOp::verify() {
  GeneratorKind kind = getKind();
  auto state = cast<MemRefType>(getState().getType());
  if (state.getRank() != 1 || !state.getElementType().isUnsignedInteger(64))
    return emitOpError("expects a 1-d ui64 array as the state, not ")
           << state;
  if (getArgs().size() != numOperandsOf(kind))
    return emitOpError("'") << stringifyGeneratorKind(kind) << "' takes "
                            << numOperandsOf(kind) << " operand(s), got "
                            << getArgs().size();
  Type expected = inferResultType(getContext(), kind);
  Type actual = getResult() ? getResult().getType() : Type();
  if (actual != expected) {
    if (!expected)
      return emitOpError("'seed' has no result");
    return emitOpError("'") << stringifyGeneratorKind(kind) << "' returns "
                            << expected;
  }
  return success();
}

void GeneratorOp::getEffects(EffectList &effects) {
  effects.emplace_back(MemoryEffects::Read::get(), &getStateMutable(),
                       SideEffects::DefaultResource::get());
  effects.emplace_back(MemoryEffects::Write::get(), &getStateMutable(),
                       SideEffects::DefaultResource::get());
  if (getKind() == GeneratorKind::seed)
    addRaiseEffect(effects); // a negative seed
}
