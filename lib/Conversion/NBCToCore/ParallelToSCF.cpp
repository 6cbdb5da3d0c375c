//===- ParallelToSCF.cpp - nbc.prange to scf.parallel ---------------------===//
//
// nbc.prange in a kernel with `parallel = true`
//   -> zero-step checks, normalized trip counts (any step sign, empty
//      ranges), scf.parallel over [0, trip) whose body runs the prange body
//      with the accumulators set to the identity of their kind (giving the
//      iteration's contribution), scf.reduce combining contributions, and
//      one final combination with the init values.
// nbc.prange in other kernels
//   -> the same iterations as a serial scf.for nest whose iter_args start at
//      the init values (Numba: prange is range without parallel=True).
// The body is inlined through scf.execute_region (see ArrayLowering.h).
//
//===----------------------------------------------------------------------===//

#include "ArrayLowering.h"
#include "nbc/Transforms/ExternalCalls.h"
#include "nbc/Conversion/NBCToCore/NBCToCore.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/Dialect/SCF/IR/SCF.h"

using namespace mlir;
using namespace mlir::nbc;
using namespace mlir::nbc::arrays;

/// The value every contribution leaves unchanged under `kind`.
static Value identity(OpBuilder &b, Location loc, ReductionKind kind, Type type,
                      bool isUnsigned) {
  if (auto ft = dyn_cast<FloatType>(type)) {
    const llvm::fltSemantics &sem = ft.getFloatSemantics();
    switch (kind) {
    case ReductionKind::mul:
      return arith::ConstantFloatOp::create(b, loc, ft, APFloat::getOne(sem));
    case ReductionKind::min:
    case ReductionKind::minimum:
      return arith::ConstantFloatOp::create(b, loc, ft, APFloat::getInf(sem));
    case ReductionKind::max:
    case ReductionKind::maximum:
      return arith::ConstantFloatOp::create(b, loc, ft,
                                            APFloat::getInf(sem, true));
    default: // -0.0: x + -0.0 == x even for x = -0.0, and it folds away.
      return arith::ConstantFloatOp::create(b, loc, ft,
                                            APFloat::getZero(sem, true));
    }
  }
  unsigned width = type.getIntOrFloatBitWidth();
  APInt value(width, 0);
  switch (kind) {
  case ReductionKind::mul:
    value = APInt(width, 1);
    break;
  case ReductionKind::min:
    value = isUnsigned ? APInt::getMaxValue(width)
                       : APInt::getSignedMaxValue(width);
    break;
  case ReductionKind::max:
    value = isUnsigned ? APInt::getMinValue(width)
                       : APInt::getSignedMinValue(width);
    break;
  case ReductionKind::And:
    value = APInt::getAllOnes(width);
    break;
  default:
    break;
  }
  return arith::ConstantOp::create(b, loc, b.getIntegerAttr(type, value));
}

/// min/max as compare + select: the form convert-scf-to-openmp recognizes
/// as an OpenMP min/max reduction.
static Value selectExtreme(OpBuilder &b, Location loc, bool max, Value lhs,
                           Value rhs, bool isUnsigned) {
  Value keep;
  if (isa<FloatType>(lhs.getType()))
    keep = arith::CmpFOp::create(
        b, loc, max ? arith::CmpFPredicate::OGT : arith::CmpFPredicate::OLT,
        lhs, rhs);
  else
    keep = arith::CmpIOp::create(
        b, loc,
        isUnsigned
            ? (max ? arith::CmpIPredicate::ugt : arith::CmpIPredicate::ult)
            : (max ? arith::CmpIPredicate::sgt : arith::CmpIPredicate::slt),
        lhs, rhs);
  return arith::SelectOp::create(b, loc, keep, lhs, rhs);
}

/// `lhs kind rhs`; `forReduce` picks the compare + select form of min/max.
static Value combine(OpBuilder &b, Location loc, ReductionKind kind, Value lhs,
                     Value rhs, bool isUnsigned, bool forReduce = false) {
  bool f = isa<FloatType>(lhs.getType());
  if (forReduce && (kind == ReductionKind::min || kind == ReductionKind::max))
    return selectExtreme(b, loc, kind == ReductionKind::max, lhs, rhs,
                         isUnsigned);
  switch (kind) {
  case ReductionKind::add:
    return f ? arith::AddFOp::create(b, loc, lhs, rhs).getResult()
             : arith::AddIOp::create(b, loc, lhs, rhs).getResult();
  case ReductionKind::mul:
    return f ? arith::MulFOp::create(b, loc, lhs, rhs).getResult()
             : arith::MulIOp::create(b, loc, lhs, rhs).getResult();
  case ReductionKind::min:
    if (f)
      return arith::MinimumFOp::create(b, loc, lhs, rhs);
    return isUnsigned ? arith::MinUIOp::create(b, loc, lhs, rhs).getResult()
                      : arith::MinSIOp::create(b, loc, lhs, rhs).getResult();
  case ReductionKind::max:
    if (f)
      return arith::MaximumFOp::create(b, loc, lhs, rhs);
    return isUnsigned ? arith::MaxUIOp::create(b, loc, lhs, rhs).getResult()
                      : arith::MaxSIOp::create(b, loc, lhs, rhs).getResult();
  case ReductionKind::And:
    return arith::AndIOp::create(b, loc, lhs, rhs);
  case ReductionKind::Or:
    return arith::OrIOp::create(b, loc, lhs, rhs);
  case ReductionKind::Xor:
    return arith::XOrIOp::create(b, loc, lhs, rhs);
  case ReductionKind::maximum:
    return arith::MaximumFOp::create(b, loc, lhs, rhs);
  case ReductionKind::minimum:
    return arith::MinimumFOp::create(b, loc, lhs, rhs);
  }
  return {};
}

static bool propagatesNaN(ReductionKind kind) {
  return kind == ReductionKind::maximum || kind == ReductionKind::minimum;
}

/// `bits` with every bit but the sign flipped when negative: turns the
/// bits of a float into an integer whose signed order is the floats' total
/// order (-NaN < -inf < ... < -0 < +0 < ... < +inf < +NaN), and back.
static Value flipNegative(OpBuilder &b, Location loc, Value bits) {
  Type type = bits.getType();
  unsigned width = type.getIntOrFloatBitWidth();
  Value zero = arith::ConstantOp::create(b, loc, b.getIntegerAttr(type, 0));
  Value mask = arith::ConstantOp::create(
      b, loc, b.getIntegerAttr(type, APInt::getSignedMaxValue(width)));
  Value negative =
      arith::CmpIOp::create(b, loc, arith::CmpIPredicate::slt, bits, zero);
  return arith::SelectOp::create(
      b, loc, negative, arith::XOrIOp::create(b, loc, bits, mask), bits);
}

/// A NaN-propagating float max/min (np.maximum) reduces in OpenMP, which
/// takes compare + select combiners only, as the integer max/min of this
/// key: NaN made the greatest value for `maximum` (the least for
/// `minimum`) wins over every number, as in NumPy.
static Value orderKey(OpBuilder &b, Location loc, ReductionKind kind,
                      Value x) {
  auto ft = cast<FloatType>(x.getType());
  Value nan = arith::ConstantFloatOp::create(
      b, loc, ft,
      APFloat::getQNaN(ft.getFloatSemantics(),
                       /*Negative=*/kind == ReductionKind::minimum));
  Value isNaN =
      arith::CmpFOp::create(b, loc, arith::CmpFPredicate::UNO, x, x);
  x = arith::SelectOp::create(b, loc, isNaN, nan, x);
  return flipNegative(
      b, loc,
      arith::BitcastOp::create(b, loc, b.getIntegerType(ft.getWidth()), x));
}

static Value fromOrderKey(OpBuilder &b, Location loc, Value key, Type type) {
  return arith::BitcastOp::create(b, loc, type, flipNegative(b, loc, key));
}

namespace {
struct PRangeLowering : public OpConversionPattern<PRangeOp> {
  using OpConversionPattern::OpConversionPattern;
  LogicalResult
  matchAndRewrite(PRangeOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    if (!op.isClassified())
      return op.emitOpError("carries values without reduction kinds: run "
                            "nbc-recognize-reductions before lowering");
    Location loc = op.getLoc();
    OpBuilder &b = rewriter;
    Type boundNbc = op.getStarts().front().getType();
    Type boundType = getTypeConverter()->convertType(boundNbc);
    Value zero = constI64(b, loc, 0), one = constI64(b, loc, 1);

    // Per dimension: i64 start and step, and the trip count as an index.
    SmallVector<Value> starts, steps, trips;
    Value zeroStep;
    for (unsigned d = 0; d < op.getNumDims(); ++d) {
      Value start = toI64(b, loc, adaptor.getStarts()[d], boundNbc);
      Value stop = toI64(b, loc, adaptor.getStops()[d], boundNbc);
      Value step = toI64(b, loc, adaptor.getSteps()[d], boundNbc);
      Value isZero =
          arith::CmpIOp::create(b, loc, arith::CmpIPredicate::eq, step, zero);
      zeroStep =
          zeroStep ? arith::OrIOp::create(b, loc, zeroStep, isZero) : isZero;
      Value safeStep = arith::SelectOp::create(b, loc, isZero, one, step);
      Value negative =
          arith::CmpIOp::create(b, loc, arith::CmpIPredicate::slt, step, zero);
      Value distance = arith::SelectOp::create(
          b, loc, negative, arith::SubIOp::create(b, loc, start, stop),
          arith::SubIOp::create(b, loc, stop, start));
      Value absStep = arith::SelectOp::create(
          b, loc, negative, arith::SubIOp::create(b, loc, zero, safeStep),
          safeStep);
      Value count = arith::AddIOp::create(
          b, loc,
          arith::DivUIOp::create(
              b, loc, arith::SubIOp::create(b, loc, distance, one), absStep),
          one);
      Value nonEmpty = arith::CmpIOp::create(b, loc, arith::CmpIPredicate::sgt,
                                             distance, zero);
      // A zero step runs nothing (the check above raises first).
      nonEmpty = arith::AndIOp::create(
          b, loc, nonEmpty,
          arith::XOrIOp::create(b, loc, isZero,
                                arith::ConstantIntOp::create(b, loc, 1, 1)));
      Value trip = arith::SelectOp::create(b, loc, nonEmpty, count, zero);
      starts.push_back(start);
      steps.push_back(safeStep);
      trips.push_back(toIndex(b, loc, trip));
    }
    raiseIf(b, loc, zeroStep, ExceptionKind::ValueError,
            "range() arg 3 must not be zero");

    // The induction variables of the body from normalized ones.
    auto bodyIvs = [&](OpBuilder &nb, Location l, ValueRange ivs) {
      SmallVector<Value> result;
      for (auto [iv, start, step] : llvm::zip(ivs, starts, steps)) {
        Value i = arith::AddIOp::create(
            nb, l, start,
            arith::MulIOp::create(nb, l, indexToI64(nb, l, iv), step));
        if (boundType.getIntOrFloatBitWidth() < 64)
          i = arith::TruncIOp::create(nb, l, boundType, i);
        result.push_back(i);
      }
      return result;
    };

    SmallVector<bool> unsignedAcc;
    for (Value init : op.getInitVals())
      unsignedAcc.push_back(!init.getType().isSignedInteger() &&
                            !isa<FloatType>(init.getType()));
    SmallVector<Value> lbs(op.getNumDims(), constIndex(b, loc, 0)),
        unitSteps(op.getNumDims(), constIndex(b, loc, 1));

    // Complex accumulators have no OpenMP reduction (convert-scf-to-openmp
    // recognizes arith combiners only): such a prange runs serially.
    bool complexAccumulator =
        llvm::any_of(adaptor.getInitVals(),
                     [](Value v) { return isa<ComplexType>(v.getType()); });
    if (!getKernelOptions(op).getParallel() || complexAccumulator) {
      scf::LoopNest nest = scf::buildLoopNest(
          b, loc, lbs, trips, unitSteps, adaptor.getInitVals(),
          [&](OpBuilder &nb, Location l, ValueRange ivs,
              ValueRange acc) -> scf::ValueVector {
            SmallVector<Value> args = bodyIvs(nb, l, ivs);
            llvm::append_range(args, acc);
            ValueRange results = inlineBodyAsRegion(rewriter, l, op.getRegion(),
                                                    *getTypeConverter(), args);
            return llvm::to_vector(results);
          });
      rewriter.replaceOp(op, nest.results);
      return success();
    }

    SmallVector<Value> identities;
    for (auto [k, init] : llvm::enumerate(adaptor.getInitVals()))
      identities.push_back(
          identity(b, loc, op.getKind(k), init.getType(), unsignedAcc[k]));
    SmallVector<Value> parallelInits;
    for (auto [k, id] : llvm::enumerate(identities))
      parallelInits.push_back(propagatesNaN(op.getKind(k))
                                  ? orderKey(b, loc, op.getKind(k), id)
                                  : id);
    auto par =
        scf::ParallelOp::create(b, loc, lbs, trips, unitSteps, parallelInits);
    Block *body = par.getBody();
    if (!body->empty() && body->back().hasTrait<OpTrait::IsTerminator>())
      rewriter.eraseOp(&body->back());
    {
      OpBuilder::InsertionGuard guard(b);
      b.setInsertionPointToEnd(body);
      SmallVector<Value> args = bodyIvs(b, loc, par.getInductionVars());
      llvm::append_range(args, identities);
      ValueRange contributions = inlineBodyAsRegion(
          rewriter, loc, op.getRegion(), *getTypeConverter(), args);
      SmallVector<Value> reduced;
      for (auto [k, c] : llvm::enumerate(contributions))
        reduced.push_back(propagatesNaN(op.getKind(k))
                              ? orderKey(b, loc, op.getKind(k), c)
                              : c);
      auto reduce = scf::ReduceOp::create(b, loc, reduced);
      for (auto [k, region] : llvm::enumerate(reduce.getReductions())) {
        Block &block = region.front();
        b.setInsertionPointToEnd(&block);
        ReductionKind kind = op.getKind(k);
        Value combined =
            propagatesNaN(kind)
                ? selectExtreme(b, loc, kind == ReductionKind::maximum,
                                block.getArgument(0), block.getArgument(1),
                                /*isUnsigned=*/false)
                : combine(b, loc, kind, block.getArgument(0),
                          block.getArgument(1), unsignedAcc[k],
                          /*forReduce=*/true);
        scf::ReduceReturnOp::create(b, loc, combined);
      }
    }
    SmallVector<Value> results;
    for (auto [k, init] : llvm::enumerate(adaptor.getInitVals())) {
      Value partial = par.getResult(k);
      if (propagatesNaN(op.getKind(k)))
        partial = fromOrderKey(b, loc, partial, init.getType());
      results.push_back(
          combine(b, loc, op.getKind(k), init, partial, unsignedAcc[k]));
    }
    rewriter.replaceOp(op, results);
    return success();
  }
};
/// nbc.thread_id / nbc.num_threads: a call into the OpenMP runtime (which
/// the JIT and AOT outputs always link), widened to i64.
template <typename OpT>
struct RuntimeQueryLowering : public OpConversionPattern<OpT> {
  RuntimeQueryLowering(const TypeConverter &converter, MLIRContext *ctx,
                       StringRef function)
      : OpConversionPattern<OpT>(converter, ctx), function(function) {}
  LogicalResult
  matchAndRewrite(OpT op, typename OpT::Adaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    auto type = rewriter.getFunctionType({}, {rewriter.getI32Type()});
    auto callee =
        lookupOrDeclareExternal(rewriter, op, function, type, "libomp");
    if (failed(callee))
      return failure();
    Value count =
        func::CallOp::create(rewriter, op.getLoc(), *callee, ValueRange{})
            .getResult(0);
    rewriter.replaceOpWithNewOp<arith::ExtSIOp>(op, rewriter.getI64Type(),
                                                count);
    return success();
  }
  std::string function;
};
} // namespace

void nbc::populateNBCParallelToSCFPatterns(const TypeConverter &typeConverter,
                                           RewritePatternSet &patterns) {
  patterns.add<PRangeLowering>(typeConverter, patterns.getContext());
  patterns.add<RuntimeQueryLowering<ThreadIdOp>>(
      typeConverter, patterns.getContext(), "omp_get_thread_num");
  patterns.add<RuntimeQueryLowering<NumThreadsOp>>(
      typeConverter, patterns.getContext(), "omp_get_max_threads");
  populateYieldInRegionPattern(typeConverter, patterns);
}
