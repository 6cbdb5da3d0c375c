//===- ControlToSCF.cpp - nbc.range to scf.for / scf.while ----------------===//
//
// Python's range(start, stop, step) with any step sign becomes an scf.for
// over `index` counting iterations k = 0 .. trip count, with the induction
// variable start + k * step: the trip count is computed on unsigned
// differences, so no bound of the integer type overflows. A step that is the
// constant 1 gives the plain `scf.for %i = start to stop` that affine and
// vector passes recognize. A body that breaks (nbc.yield break_if) becomes
// an scf.while that also stops when the break condition held. A zero step
// raises ValueError through nbc.raise_if.
//
// nbc.raise_if stays (nbc-lower-errors lowers it) with its args on signless
// types; an arg that was unsigned keeps that in `unsigned_args`.
//
//===----------------------------------------------------------------------===//

#include "nbc/Conversion/NBCToCore/NBCToCore.h"

#include "ScalarBuilder.h"
#include "nbc/Dialect/NBC/IR/NBCMessages.h"
#include "nbc/Dialect/NBC/IR/NBCTypeRules.h"
#include "mlir/Dialect/SCF/IR/SCF.h"
#include "mlir/IR/Matchers.h"

using namespace mlir;
using namespace mlir::nbc;
using namespace mlir::nbc::detail;

using CmpI = arith::CmpIPredicate;

namespace {

/// Where the loop counts and how a count maps back to the range's value.
struct LoopBounds {
  Value lower, upper, step; // index
  bool unsignedCmp = false;
  /// iv = start + k * step; with `direct`, iv = k (the bounds are the
  /// range's own start and stop).
  bool direct = false;
};

Value toIndex(ScalarBuilder &b, Value value, bool isUnsigned) {
  Type index = b.getIndexType();
  if (isUnsigned)
    return arith::IndexCastUIOp::create(b, index, value);
  return arith::IndexCastOp::create(b, index, value);
}

/// max(0, ceil(|stop - start| / |step|)) in the direction of the step, as
/// an unsigned value of the range's width (it may not fit the signed type).
Value emitTripCount(ScalarBuilder &b, Value start, Value stop, Value step,
                    bool isUnsigned) {
  Type type = start.getType();
  Value zero = b.intConst(type, 0), one = b.intConst(type, 1);
  Value diff, absStep, nonEmpty;
  if (isUnsigned) {
    diff = arith::SubIOp::create(b, stop, start);
    absStep = step;
    nonEmpty = b.cmpI(CmpI::ugt, stop, start);
  } else {
    Value up = b.cmpI(CmpI::sgt, step, zero);
    // The true difference fits in N unsigned bits when it is positive.
    diff = b.select(up, arith::SubIOp::create(b, stop, start),
                    arith::SubIOp::create(b, start, stop));
    // |INT_MIN| wraps to 2^(N-1), right when read as unsigned.
    absStep = b.select(up, step, arith::SubIOp::create(b, zero, step));
    nonEmpty = b.select(up, b.cmpI(CmpI::sgt, stop, start),
                        b.cmpI(CmpI::slt, stop, start));
  }
  Value stepIsZero = b.cmpI(CmpI::eq, step, zero);
  Value safeStep = b.select(stepIsZero, one, absStep);
  // ceil without the overflow of diff + step - 1.
  Value quotient = arith::DivUIOp::create(b, diff, safeStep);
  Value remainder = arith::RemUIOp::create(b, diff, safeStep);
  Value count = b.select(b.cmpI(CmpI::ne, remainder, zero),
                         arith::AddIOp::create(b, quotient, one), quotient);
  nonEmpty = b.andI(nonEmpty, b.notI(stepIsZero));
  return b.select(nonEmpty, count, zero);
}

struct RangeLowering : public OpConversionPattern<RangeOp> {
  using OpConversionPattern::OpConversionPattern;

  LogicalResult
  matchAndRewrite(RangeOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    SmallVector<Type> resultTypes;
    if (failed(getTypeConverter()->convertTypes(op.getResultTypes(),
                                                resultTypes)))
      return rewriter.notifyMatchFailure(op, "unsupported result types");
    ScalarBuilder b(op, rewriter);
    bool isUnsigned = isUnsignedLike(op.getStart().getType());
    Value start = adaptor.getStart(), stop = adaptor.getStop(),
          step = adaptor.getStep();
    APInt stepValue;
    bool constantStep = matchPattern(step, m_ConstantInt(&stepValue)) ||
                        matchPattern(op.getStep(), m_ConstantInt(&stepValue));
    if (!constantStep || stepValue.isZero())
      b.raiseIf(b.cmpI(CmpI::eq, step, b.intConst(step.getType(), 0)),
                ExceptionKind::ValueError, "range() arg 3 must not be zero");
    // Before the loop: the body must not run.
    b.emitPendingRaises();

    YieldOp yield = op.getYield();
    bool breaks = static_cast<bool>(yield.getBreakCond());
    LoopBounds bounds;
    bounds.step = arith::ConstantIndexOp::create(b, 1);
    if (constantStep && stepValue.isOne() && !breaks) {
      bounds.lower = toIndex(b, start, isUnsigned);
      bounds.upper = toIndex(b, stop, isUnsigned);
      bounds.unsignedCmp = isUnsigned;
      bounds.direct = true;
    } else {
      bounds.lower = arith::ConstantIndexOp::create(b, 0);
      Value count = emitTripCount(b, start, stop, step, isUnsigned);
      bounds.upper = toIndex(b, count, /*isUnsigned=*/true);
      bounds.unsignedCmp = true;
    }

    auto inductionValue = [&](OpBuilder &builder, Value k) -> Value {
      ScalarBuilder body = b;
      body.setInsertionPoint(builder.getInsertionBlock(),
                             builder.getInsertionPoint());
      Value kValue = arith::IndexCastOp::create(body, start.getType(), k);
      if (bounds.direct)
        return kValue;
      return arith::AddIOp::create(body, start,
                                   arith::MulIOp::create(body, kValue, step));
    };

    SmallVector<Value> results;
    if (breaks) {
      if (failed(lowerToWhile(op, adaptor, rewriter, b, bounds, resultTypes,
                              inductionValue, results)))
        return failure();
    } else if (failed(lowerToFor(op, adaptor, rewriter, b, bounds,
                                 inductionValue, results))) {
      return failure();
    }
    rewriter.replaceOp(op, results);
    return success();
  }

  /// Moves the range's body to the end of `dest`, whose leading arguments
  /// replace the induction variable and the iter_args.
  LogicalResult moveBody(RangeOp op, ConversionPatternRewriter &rewriter,
                         Block *dest, Value iv, ValueRange iterArgs) const {
    Block *body = op.getBody();
    TypeConverter::SignatureConversion signature(body->getNumArguments());
    for (BlockArgument arg : body->getArguments()) {
      Type converted = getTypeConverter()->convertType(arg.getType());
      if (!converted)
        return failure();
      signature.addInputs(arg.getArgNumber(), converted);
    }
    Block *converted =
        rewriter.applySignatureConversion(body, signature, getTypeConverter());
    SmallVector<Value> replacements{iv};
    llvm::append_range(replacements, iterArgs);
    rewriter.mergeBlocks(converted, dest, replacements);
    return success();
  }

  template <typename IVFn>
  LogicalResult lowerToFor(RangeOp op, OpAdaptor adaptor,
                           ConversionPatternRewriter &rewriter,
                           ScalarBuilder &b, const LoopBounds &bounds,
                           IVFn inductionValue,
                           SmallVectorImpl<Value> &results) const {
    auto loop =
        scf::ForOp::create(b, bounds.lower, bounds.upper, bounds.step,
                           adaptor.getInitArgs(), /*bodyBuilder=*/nullptr,
                           bounds.unsignedCmp);
    Block *body = loop.getBody();
    if (!body->empty())
      rewriter.eraseOp(&body->back());
    OpBuilder::InsertionGuard guard(rewriter);
    rewriter.setInsertionPointToStart(body);
    Value iv = inductionValue(rewriter, loop.getInductionVar());
    if (failed(moveBody(op, rewriter, body, iv, loop.getRegionIterArgs())))
      return rewriter.notifyMatchFailure(op, "unsupported body types");
    auto yield = cast<YieldOp>(body->getTerminator());
    SmallVector<Value> values;
    if (failed(rewriter.getRemappedValues(yield.getValues(), values)))
      return failure();
    rewriter.setInsertionPoint(yield);
    rewriter.replaceOpWithNewOp<scf::YieldOp>(yield, values);
    llvm::append_range(results, loop.getResults());
    return success();
  }

  /// scf.while over (k, keepGoing, iter_args...): runs while keepGoing and
  /// k < trip count; the body yields k + 1 and !break_if.
  template <typename IVFn>
  LogicalResult lowerToWhile(RangeOp op, OpAdaptor adaptor,
                             ConversionPatternRewriter &rewriter,
                             ScalarBuilder &b, const LoopBounds &bounds,
                             ArrayRef<Type> resultTypes, IVFn inductionValue,
                             SmallVectorImpl<Value> &results) const {
    Location loc = op.getLoc();
    SmallVector<Type> types{b.getIndexType(), b.getI1Type()};
    llvm::append_range(types, resultTypes);
    SmallVector<Value> inits{bounds.lower, b.boolConst(true)};
    llvm::append_range(inits, adaptor.getInitArgs());
    Value upper = bounds.upper;
    auto loop = scf::WhileOp::create(
        b, types, inits,
        [&](OpBuilder &builder, Location, ValueRange args) {
          Value inRange = arith::CmpIOp::create(builder, loc, CmpI::ult,
                                                args[0], upper);
          Value more = arith::AndIOp::create(builder, loc, inRange, args[1]);
          scf::ConditionOp::create(builder, loc, more, args);
        },
        [&](OpBuilder &, Location, ValueRange) {});
    Block *body = loop.getAfterBody();
    OpBuilder::InsertionGuard guard(rewriter);
    rewriter.setInsertionPointToStart(body);
    Value k = body->getArgument(0);
    Value iv = inductionValue(rewriter, k);
    if (failed(moveBody(op, rewriter, body, iv,
                        body->getArguments().drop_front(2))))
      return rewriter.notifyMatchFailure(op, "unsupported body types");
    auto yield = cast<YieldOp>(body->getTerminator());
    SmallVector<Value> values;
    if (failed(rewriter.getRemappedValues(yield.getValues(), values)))
      return failure();
    rewriter.setInsertionPoint(yield);
    Value next = arith::AddIOp::create(rewriter, loc, k, bounds.step);
    Value keepGoing = arith::XOrIOp::create(
        rewriter, loc, yield.getBreakCond(),
        arith::ConstantIntOp::create(rewriter, loc, rewriter.getI1Type(), 1));
    SmallVector<Value> yielded{next, keepGoing};
    llvm::append_range(yielded, values);
    rewriter.replaceOpWithNewOp<scf::YieldOp>(yield, yielded);
    llvm::append_range(results, loop.getResults().drop_front(2));
    return success();
  }
};

/// nbc.raise_if on converted arg types, marking the args that were unsigned;
/// an arg formatted as its type's name (`type`) becomes that name in the
/// message, the type now being final.
struct RaiseIfArgsConversion : public OpConversionPattern<RaiseIfOp> {
  using OpConversionPattern::OpConversionPattern;

  LogicalResult
  matchAndRewrite(RaiseIfOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    std::string message;
    SmallVector<Value> args;
    SmallVector<Attribute> formats;
    SmallVector<bool> unsignedArgs;
    StringRef rest = op.getMessage();
    for (unsigned i = 0, e = op.getArgs().size(); i < e; ++i) {
      size_t hole = findMessageHole(rest);
      StringRef format = op.getFormat(i);
      if (format == RaiseIfOp::kTypeNameFormat) {
        message += rest.take_front(hole).str() +
                   getDTypeName(op.getArgs()[i].getType());
      } else {
        message += rest.take_front(hole + 2).str();
        args.push_back(adaptor.getArgs()[i]);
        formats.push_back(rewriter.getStringAttr(format));
        unsignedArgs.push_back(op.isUnsignedArg(i));
      }
      rest = rest.drop_front(hole + 2);
    }
    message += rest.str();
    if (args.empty()) // now taken literally: `{{` and `}}` are braces
      message = unescapeMessageBraces(message);
    rewriter.modifyOpInPlace(op, [&] {
      op.getConditionMutable().assign(adaptor.getCondition());
      op.getArgsMutable().assign(args);
      op.setMessage(message);
      if (op.getFormats())
        op.setFormatsAttr(args.empty() ? ArrayAttr()
                                       : rewriter.getArrayAttr(formats));
      if (llvm::is_contained(unsignedArgs, true))
        op.setUnsignedArgs(unsignedArgs);
      else
        op.removeUnsignedArgsAttr();
    });
    return success();
  }
};

/// nbc.try stays until nbc-lower-errors, which turns what its body raises
/// into the `caught` flags; here its values take converted types.
struct TryConversion : public OpConversionPattern<TryOp> {
  using OpConversionPattern::OpConversionPattern;

  LogicalResult
  matchAndRewrite(TryOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    SmallVector<Type> types;
    if (failed(getTypeConverter()->convertTypes(op.getValues().getTypes(), types)))
      return failure();
    auto converted =
        TryOp::create(rewriter, op.getLoc(), types, op.getCatchKindsAttr(),
                      op.getPending());
    rewriter.inlineRegionBefore(op.getBody(), converted.getBody(),
                                converted.getBody().end());
    rewriter.replaceOp(op, converted.getResults());
    return success();
  }
};

} // namespace

void nbc::populateNBCControlToSCFPatterns(const TypeConverter &typeConverter,
                                          RewritePatternSet &patterns) {
  patterns.add<RangeLowering, RaiseIfArgsConversion, TryConversion>(
      typeConverter, patterns.getContext());
}
