//===- Random.cpp - np.random's ops to calls of the runtime's generator ---===//
//
// nbc.random_seed %s      -> range check (nbc.raise_if), call @nbc_rt_random_seed(%s)
// nbc.random uniform      -> call @nbc_rt_random_uniform() : f64
// nbc.random normal       -> call @nbc_rt_random_normal() : f64
// nbc.random exponential  -> call @nbc_rt_random_exponential() : f64
// nbc.random integer(l,h) -> l < h check, call @nbc_rt_random_integer(l, h)
// nbc.generator K %state(...) -> call @nbc_rt_pcg64_K(address of the
//                          state's first word, ...); `seed` checks s >= 0
//
// The runtime (lib/Runtime/Random.c) keeps one legacy generator per thread;
// a Generator's PCG64 state is the array the op names
// (lib/Runtime/RandomGenerator.c).
//
//===----------------------------------------------------------------------===//

#include "ArrayLowering.h"
#include "nbc/Transforms/ExternalCalls.h"

#include "mlir/Dialect/Arith/IR/Arith.h"

using namespace mlir;
using namespace mlir::nbc;
using namespace mlir::nbc::arrays;

namespace {

constexpr StringLiteral kLibrary = "the nbc runtime";

/// Calls the runtime's `name` with `args` (i64 each), returning `result`.
FailureOr<Value> callRuntime(ConversionPatternRewriter &rewriter,
                             Operation *op, StringRef name, ValueRange args,
                             TypeRange results) {
  auto type = rewriter.getFunctionType(TypeRange(args), results);
  auto callee = lookupOrDeclareExternal(rewriter, op, name, type, kLibrary);
  if (failed(callee))
    return failure();
  auto call = func::CallOp::create(rewriter, op->getLoc(), *callee, args);
  return results.empty() ? Value() : call.getResult(0);
}

struct RandomSeedLowering : public OpConversionPattern<RandomSeedOp> {
  using OpConversionPattern::OpConversionPattern;
  LogicalResult
  matchAndRewrite(RandomSeedOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    Location loc = op.getLoc();
    Value seed = adaptor.getSeed();
    // Unsigned: a negative seed is above 2**32 - 1 too.
    Value tooBig = arith::CmpIOp::create(rewriter, loc,
                                         arith::CmpIPredicate::ugt, seed,
                                         constI64(rewriter, loc, 0xffffffffLL));
    raiseIf(rewriter, loc, tooBig, ExceptionKind::ValueError,
            "Seed must be between 0 and 2**32 - 1");
    if (failed(callRuntime(rewriter, op, "nbc_rt_random_seed", seed, {})))
      return failure();
    rewriter.eraseOp(op);
    return success();
  }
};

struct RandomLowering : public OpConversionPattern<RandomOp> {
  using OpConversionPattern::OpConversionPattern;
  LogicalResult
  matchAndRewrite(RandomOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    Location loc = op.getLoc();
    Type result = getTypeConverter()->convertType(op.getType());
    if (!result)
      return rewriter.notifyMatchFailure(op, "unconvertible result type");
    ValueRange operands = adaptor.getOperands();
    if (op.getKind() == RandomKind::integer) {
      Value empty = arith::CmpIOp::create(
          rewriter, loc, arith::CmpIPredicate::sge, operands[0], operands[1]);
      raiseIf(rewriter, loc, empty, ExceptionKind::ValueError, "low >= high");
    }
    std::string name =
        ("nbc_rt_random_" + stringifyRandomKind(op.getKind())).str();
    auto value = callRuntime(rewriter, op, name, operands, result);
    if (failed(value))
      return failure();
    rewriter.replaceOp(op, *value);
    return success();
  }
};

struct GeneratorLowering : public OpConversionPattern<GeneratorOp> {
  using OpConversionPattern::OpConversionPattern;
  LogicalResult
  matchAndRewrite(GeneratorOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    Location loc = op.getLoc();
    SmallVector<Type> results;
    if (op.getResult()) {
      Type result = getTypeConverter()->convertType(op.getResult().getType());
      if (!result)
        return rewriter.notifyMatchFailure(op, "unconvertible result type");
      results.push_back(result);
    }
    SmallVector<Value> args{
        firstElementAddress(rewriter, loc, adaptor.getState())};
    args.append(adaptor.getArgs().begin(), adaptor.getArgs().end());
    if (op.getKind() == GeneratorKind::seed) {
      Value negative =
          arith::CmpIOp::create(rewriter, loc, arith::CmpIPredicate::slt,
                                args[1], constI64(rewriter, loc, 0));
      raiseIf(rewriter, loc, negative, ExceptionKind::ValueError,
              "expected non-negative integer");
    }
    std::string name =
        ("nbc_rt_pcg64_" + stringifyGeneratorKind(op.getKind())).str();
    auto value = callRuntime(rewriter, op, name, args, results);
    if (failed(value))
      return failure();
    if (results.empty())
      rewriter.eraseOp(op);
    else
      rewriter.replaceOp(op, *value);
    return success();
  }
};

} // namespace

void nbc::arrays::populateRandomPatterns(const TypeConverter &converter,
                                         RewritePatternSet &patterns) {
  patterns.add<RandomSeedLowering, RandomLowering, GeneratorLowering>(
      converter, patterns.getContext());
}
