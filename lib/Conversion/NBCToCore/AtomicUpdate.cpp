//===- AtomicUpdate.cpp - nbc.atomic_update to memref atomics -------------===//
//
// nbc.atomic_update whose body combines the old value with one value from
// above by an operation the hardware does atomically
//   -> memref.atomic_rmw: integer add (also `-`, as an add of the negated
//      value, and through a widen/narrow cast pair, whose wrapping result
//      is the same), and/or/xor, signed/unsigned min/max; float add/sub
// any other body (float mul, Python's NaN-aware float min/max, ...)
//   -> nbc.atomic_update on converted types with the converted body, which
//      nbc-expand-atomic-updates turns into memref.generic_atomic_rmw (a
//      compare-and-swap loop once lowered to LLVM) after deallocation
// Both after nbc.load's wraparound and bounds check of the indices.
//
//===----------------------------------------------------------------------===//

#include "ArrayLowering.h"
#include "ScalarBuilder.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/MemRef/IR/MemRef.h"
#include "llvm/ADT/TypeSwitch.h"

using namespace mlir;
using namespace mlir::nbc;
using namespace mlir::nbc::arrays;

namespace {
/// A body that memref.atomic_rmw can do: `old kind operand`, with the
/// operand negated for a subtraction.
struct SimpleUpdate {
  arith::AtomicRMWKind kind;
  Value operand; // nbc-typed, defined above the op
  bool negate = false;
};
} // namespace

/// The operand of `combine` other than `old`, when `old` is one of its
/// operands (the left one for a subtraction) and the other comes from
/// above `update`.
static Value otherOperand(Operation *combine, Value old,
                          AtomicUpdateOp update) {
  if (combine->getNumOperands() != 2)
    return {};
  Value lhs = combine->getOperand(0), rhs = combine->getOperand(1);
  Value other = lhs == old ? rhs : rhs == old && !isa<SubOp>(combine) ? lhs
                                                                      : Value();
  // `combine` is in the body's block: its operands are that block's values
  // or come from above.
  if (!other || other.getParentBlock() == &update.getBody().front())
    return {};
  return other;
}

static std::optional<SimpleUpdate> matchSimpleUpdate(AtomicUpdateOp op) {
  Block &body = op.getBody().front();
  Type element = body.getArgument(0).getType();
  if (element.isInteger(1))
    return std::nullopt;
  SmallVector<Operation *> ops;
  for (Operation &inner : body.without_terminator())
    ops.push_back(&inner);
  Value old = body.getArgument(0);
  Operation *combine = nullptr;
  if (ops.size() == 1) {
    combine = ops[0];
  } else if (ops.size() == 3 && isa<IntegerType>(element)) {
    // `a[k] += 1` on an int32 array: widen, add, narrow back. The wrapping
    // result is the narrow add of the narrowed operand (not for min/max).
    auto widen = dyn_cast<CastOp>(ops[0]), narrow = dyn_cast<CastOp>(ops[2]);
    if (!widen || !narrow || widen.getOperand() != old ||
        !isa<IntegerType>(widen.getType()) ||
        narrow.getOperand() != ops[1]->getResult(0) ||
        !isa<AddOp, SubOp, AndOp, OrOp, XorOp>(ops[1]))
      return std::nullopt;
    old = widen.getResult();
    combine = ops[1];
  } else {
    return std::nullopt;
  }
  if (combine->getNumResults() != 1 || op.getNewValue() != ops.back()->getResult(0))
    return std::nullopt;
  Value other = otherOperand(combine, old, op);
  if (!other)
    return std::nullopt;
  bool isFloat = isa<FloatType>(element);
  bool isUnsigned = nbc::detail::isUnsignedLike(element);
  using Kind = arith::AtomicRMWKind;
  std::optional<Kind> kind =
      TypeSwitch<Operation *, std::optional<Kind>>(combine)
          .Case<AddOp, SubOp>([&](Operation *) {
            return isFloat ? Kind::addf : Kind::addi;
          })
          .Case([&](AndOp) { return Kind::andi; })
          .Case([&](OrOp) { return Kind::ori; })
          .Case([&](XorOp) { return Kind::xori; })
          .Case([&](MinOp) -> std::optional<Kind> {
            if (isFloat) // Python's min keeps a NaN operand on the left.
              return std::nullopt;
            return isUnsigned ? Kind::minu : Kind::mins;
          })
          .Case([&](MaxOp) -> std::optional<Kind> {
            if (isFloat)
              return std::nullopt;
            return isUnsigned ? Kind::maxu : Kind::maxs;
          })
          .Default([](Operation *) { return std::nullopt; });
  if (!kind)
    return std::nullopt;
  return SimpleUpdate{*kind, other, isa<SubOp>(combine)};
}

namespace {
struct AtomicUpdateLowering : public OpConversionPattern<AtomicUpdateOp> {
  using OpConversionPattern::OpConversionPattern;
  LogicalResult
  matchAndRewrite(AtomicUpdateOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    Location loc = op.getLoc();
    Value array = adaptor.getArray();
    SmallVector<Value> indices = accessIndices(
        rewriter, loc, array, adaptor.getIndices(), op.getIndices().getTypes(),
        op.wrapsAround(), op.checksBounds());
    Type element = cast<MemRefType>(array.getType()).getElementType();
    if (std::optional<SimpleUpdate> simple = matchSimpleUpdate(op)) {
      Value operand = rewriter.getRemappedValue(simple->operand);
      Type operandType = getTypeConverter()->convertType(
          simple->operand.getType());
      if (operand.getType() != operandType)
        operand = UnrealizedConversionCastOp::create(rewriter, loc,
                                                     operandType, operand)
                      .getResult(0);
      if (operandType != element) // a wider integer: wraps the same
        operand = arith::TruncIOp::create(rewriter, loc, element, operand);
      if (simple->negate)
        operand =
            isa<FloatType>(element)
                ? arith::NegFOp::create(rewriter, loc, operand).getResult()
                : arith::SubIOp::create(
                      rewriter, loc,
                      arith::ConstantOp::create(
                          rewriter, loc, rewriter.getZeroAttr(element)),
                      operand)
                      .getResult();
      memref::AtomicRMWOp::create(rewriter, loc, simple->kind, operand, array,
                                  indices);
      rewriter.eraseOp(op);
      return success();
    }
    SmallVector<Value> indexArgs(indices);
    auto kept = AtomicUpdateOp::create(rewriter, loc, array, indexArgs,
                                       /*nowrap=*/true,
                                       /*noboundscheck=*/true);
    FailureOr<Block *> body =
        rewriter.convertRegionTypes(&op.getBody(), *getTypeConverter());
    if (failed(body))
      return rewriter.notifyMatchFailure(op, "cannot convert the body");
    rewriter.inlineRegionBefore(op.getBody(), kept.getBody(),
                                kept.getBody().end());
    rewriter.eraseOp(op);
    return success();
  }
};
} // namespace

void arrays::populateAtomicUpdatePatterns(const TypeConverter &converter,
                                          RewritePatternSet &patterns) {
  patterns.add<AtomicUpdateLowering>(converter, patterns.getContext());
}
