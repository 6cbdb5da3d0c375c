//===- ReductionIdentity.cpp - Identities of reduction combiners ----------===//

#include "ReductionIdentity.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "llvm/ADT/TypeSwitch.h"

using namespace mlir;
using vector::CombiningKind;

TypedAttr mlir::nbc::getReductionIdentity(Block &block) {
  if (block.getNumArguments() != 2)
    return {};
  Value lhs = block.getArgument(0), rhs = block.getArgument(1);
  Type type = lhs.getType();
  if (block.empty())
    return {};
  Operation *terminator = &block.back();
  if (terminator->getNumOperands() != 1 || !type.isIntOrFloat())
    return {};
  Operation *result = terminator->getOperand(0).getDefiningOp();
  if (!result || result->getBlock() != &block)
    return {};
  auto floatType = dyn_cast<FloatType>(type);
  unsigned width = type.getIntOrFloatBitWidth();
  auto floatAttr = [&](APFloat value) { return FloatAttr::get(type, value); };
  auto intAttr = [&](APInt value) { return IntegerAttr::get(type, value); };
  auto binary = [&](Operation *op) {
    return op->getNumOperands() == 2 &&
           ((op->getOperand(0) == lhs && op->getOperand(1) == rhs) ||
            (op->getOperand(0) == rhs && op->getOperand(1) == lhs));
  };

  if (std::next(block.begin()) == std::prev(block.end())) {
    if (!binary(result))
      return {};
    if (floatType) {
      const llvm::fltSemantics &sem = floatType.getFloatSemantics();
      if (isa<arith::AddFOp>(result)) // -0.0 keeps a sum of -0.0 at -0.0
        return floatAttr(APFloat::getZero(sem, /*Negative=*/true));
      if (isa<arith::MulFOp>(result))
        return floatAttr(APFloat::getOne(sem));
      if (isa<arith::MaximumFOp, arith::MaxNumFOp>(result))
        return floatAttr(APFloat::getInf(sem, /*Negative=*/true));
      if (isa<arith::MinimumFOp, arith::MinNumFOp>(result))
        return floatAttr(APFloat::getInf(sem));
      return {};
    }
    if (isa<arith::AddIOp, arith::OrIOp, arith::XOrIOp, arith::MaxUIOp>(result))
      return intAttr(APInt::getZero(width));
    if (isa<arith::MulIOp>(result))
      return intAttr(APInt(width, 1));
    if (isa<arith::AndIOp, arith::MinUIOp>(result))
      return intAttr(APInt::getAllOnes(width));
    if (isa<arith::MaxSIOp>(result))
      return intAttr(APInt::getSignedMinValue(width));
    if (isa<arith::MinSIOp>(result))
      return intAttr(APInt::getSignedMaxValue(width));
    return {};
  }

  // select(cmp(a, b), a, b) with {a, b} = {lhs, rhs}: min or max.
  auto select = dyn_cast<arith::SelectOp>(result);
  if (!select || block.getOperations().size() != 3)
    return {};
  Operation *cmp = select.getCondition().getDefiningOp();
  if (!cmp || cmp->getBlock() != &block || !binary(cmp))
    return {};
  bool sameOrder = select.getTrueValue() == cmp->getOperand(0) &&
                   select.getFalseValue() == cmp->getOperand(1);
  bool swapped = select.getTrueValue() == cmp->getOperand(1) &&
                 select.getFalseValue() == cmp->getOperand(0);
  if (!sameOrder && !swapped)
    return {};
  // `greater`: the select keeps the operand that compares greater.
  bool greater;
  if (auto cmpf = dyn_cast<arith::CmpFOp>(cmp)) {
    switch (cmpf.getPredicate()) {
    case arith::CmpFPredicate::OGT:
    case arith::CmpFPredicate::OGE:
      greater = sameOrder;
      break;
    case arith::CmpFPredicate::OLT:
    case arith::CmpFPredicate::OLE:
      greater = !sameOrder;
      break;
    default:
      return {};
    }
    const llvm::fltSemantics &sem = floatType.getFloatSemantics();
    return floatAttr(APFloat::getInf(sem, /*Negative=*/greater));
  }
  auto cmpi = dyn_cast<arith::CmpIOp>(cmp);
  if (!cmpi)
    return {};
  switch (cmpi.getPredicate()) {
  case arith::CmpIPredicate::sgt:
  case arith::CmpIPredicate::sge:
  case arith::CmpIPredicate::ugt:
  case arith::CmpIPredicate::uge:
    greater = sameOrder;
    break;
  case arith::CmpIPredicate::slt:
  case arith::CmpIPredicate::sle:
  case arith::CmpIPredicate::ult:
  case arith::CmpIPredicate::ule:
    greater = !sameOrder;
    break;
  default:
    return {};
  }
  arith::CmpIPredicate pred = cmpi.getPredicate();
  if (pred == arith::CmpIPredicate::ugt || pred == arith::CmpIPredicate::uge ||
      pred == arith::CmpIPredicate::ult || pred == arith::CmpIPredicate::ule)
    return intAttr(greater ? APInt::getZero(width) : APInt::getAllOnes(width));
  return intAttr(greater ? APInt::getSignedMinValue(width)
                         : APInt::getSignedMaxValue(width));
}

std::optional<CombiningKind> mlir::nbc::getCombiningKind(Operation *op,
                                                         bool reassoc) {
  using Kind = std::optional<CombiningKind>;
  return llvm::TypeSwitch<Operation *, Kind>(op)
      .Case([](arith::AddIOp) { return CombiningKind::ADD; })
      .Case([](arith::MulIOp) { return CombiningKind::MUL; })
      .Case([](arith::AndIOp) { return CombiningKind::AND; })
      .Case([](arith::OrIOp) { return CombiningKind::OR; })
      .Case([](arith::XOrIOp) { return CombiningKind::XOR; })
      .Case([](arith::MaxSIOp) { return CombiningKind::MAXSI; })
      .Case([](arith::MinSIOp) { return CombiningKind::MINSI; })
      .Case([](arith::MaxUIOp) { return CombiningKind::MAXUI; })
      .Case([](arith::MinUIOp) { return CombiningKind::MINUI; })
      .Case([](arith::MaximumFOp) { return CombiningKind::MAXIMUMF; })
      .Case([](arith::MinimumFOp) { return CombiningKind::MINIMUMF; })
      .Case([&](arith::AddFOp add) -> Kind {
        if (reassoc || arith::bitEnumContainsAll(add.getFastmath(),
                                                 arith::FastMathFlags::reassoc))
          return CombiningKind::ADD;
        return std::nullopt;
      })
      .Case([&](arith::MulFOp mul) -> Kind {
        if (reassoc || arith::bitEnumContainsAll(mul.getFastmath(),
                                                 arith::FastMathFlags::reassoc))
          return CombiningKind::MUL;
        return std::nullopt;
      })
      .Default([](Operation *) { return std::nullopt; });
}

TypedAttr mlir::nbc::getCombiningIdentity(CombiningKind kind, Type type) {
  if (auto ft = dyn_cast<FloatType>(type)) {
    const llvm::fltSemantics &sem = ft.getFloatSemantics();
    switch (kind) {
    case CombiningKind::MUL:
      return FloatAttr::get(ft, APFloat::getOne(sem));
    case CombiningKind::MINIMUMF:
    case CombiningKind::MINNUMF:
      return FloatAttr::get(ft, APFloat::getInf(sem));
    case CombiningKind::MAXIMUMF:
    case CombiningKind::MAXNUMF:
      return FloatAttr::get(ft, APFloat::getInf(sem, true));
    default: // -0.0 is the exact identity of addition
      return FloatAttr::get(ft, APFloat::getZero(sem, true));
    }
  }
  unsigned width = type.getIntOrFloatBitWidth();
  APInt value(width, 0);
  switch (kind) {
  case CombiningKind::MUL:
    value = APInt(width, 1);
    break;
  case CombiningKind::AND:
  case CombiningKind::MINUI:
    value = APInt::getAllOnes(width);
    break;
  case CombiningKind::MINSI:
    value = APInt::getSignedMaxValue(width);
    break;
  case CombiningKind::MAXSI:
    value = APInt::getSignedMinValue(width);
    break;
  default:
    break;
  }
  return IntegerAttr::get(type, value);
}
