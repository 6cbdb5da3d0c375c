//===- RaiseToAffine.cpp - The nbc-raise-to-affine pass -------------------===//
//
// After convert-nbc-to-core, a Python range with a constant positive step
// is an scf.for whose bounds and subscripts are 64-bit integer arithmetic
// (index_cast, addi, subi, muli by constants) over outer induction variables
// and values defined at the function's top level. This pass rebuilds those
// as affine maps: the loop becomes affine.for and the memref.load/store of
// loops that no longer raise affine.load/store, so upstream affine
// transforms (scalar replacement, ...) apply. An outer loop that holds the
// checks hoisted out of its inner loops is raised too (its induction
// variable becomes a dim of the inner subscripts) but keeps its own
// accesses: scalar replacement's dead-store elimination does not know that
// a raise in between makes the first store observable. The pipeline lowers
// affine back to scf before nbc-lower-errors.
//
// index and i64 have the same width here, so rewriting i64 arithmetic as
// index arithmetic keeps its wraparound.
//
//===----------------------------------------------------------------------===//

#include "nbc/Transforms/Passes.h"

#include "mlir/Dialect/Affine/IR/AffineOps.h"
#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/MemRef/IR/MemRef.h"
#include "mlir/Dialect/SCF/IR/SCF.h"
#include "mlir/IR/Matchers.h"
#include "mlir/Interfaces/CallInterfaces.h"
#include "nbc/Dialect/NBC/IR/NBCOps.h"

namespace mlir::nbc {
#define GEN_PASS_DEF_NBCRAISETOAFFINE
#include "nbc/Transforms/Passes.h.inc"
} // namespace mlir::nbc

using namespace mlir;
using namespace mlir::nbc;

namespace {

bool is64BitInteger(Type type) {
  return type.isIndex() || type.isSignlessInteger(64);
}

/// Builds one affine expression per value, collecting its dims (affine
/// induction variables) and symbols (top-level index values).
class AffineExprBuilder {
public:
  explicit AffineExprBuilder(MLIRContext *context) : context(context) {}

  FailureOr<AffineExpr> build(Value value) {
    if (!is64BitInteger(value.getType()))
      return failure();
    APInt constant;
    if (matchPattern(value, m_ConstantInt(&constant)))
      return getAffineConstantExpr(constant.getSExtValue(), context);
    if (value.getType().isIndex() && affine::isAffineForInductionVar(value))
      return getAffineDimExpr(position(dims, value), context);
    if (Operation *def = value.getDefiningOp()) {
      if (isa<arith::IndexCastOp>(def) &&
          is64BitInteger(def->getOperand(0).getType()))
        return build(def->getOperand(0));
      if (isa<arith::AddIOp, arith::SubIOp, arith::MulIOp>(def)) {
        FailureOr<AffineExpr> lhs = build(def->getOperand(0));
        FailureOr<AffineExpr> rhs = build(def->getOperand(1));
        if (succeeded(lhs) && succeeded(rhs)) {
          if (isa<arith::AddIOp>(def))
            return *lhs + *rhs;
          if (isa<arith::SubIOp>(def))
            return *lhs - *rhs;
          if (isa<AffineConstantExpr>(*lhs) || isa<AffineConstantExpr>(*rhs))
            return *lhs * *rhs;
        }
      }
    }
    if (!affine::isTopLevelValue(value))
      return failure();
    return getAffineSymbolExpr(position(symbols, value), context);
  }

  /// The map operands: dims then symbols, i64 symbols cast to index right
  /// after their definition (so the cast is a top-level value too).
  SmallVector<Value> operands(OpBuilder &builder) {
    SmallVector<Value> result(dims);
    for (Value symbol : symbols) {
      if (!symbol.getType().isIndex()) {
        OpBuilder::InsertionGuard guard(builder);
        builder.setInsertionPointAfterValue(symbol);
        symbol = arith::IndexCastOp::create(builder, symbol.getLoc(),
                                            builder.getIndexType(), symbol);
      }
      result.push_back(symbol);
    }
    return result;
  }

  AffineMap map(ArrayRef<AffineExpr> exprs) {
    return AffineMap::get(dims.size(), symbols.size(), exprs, context);
  }

private:
  static unsigned position(SmallVectorImpl<Value> &values, Value value) {
    auto *it = llvm::find(values, value);
    if (it != values.end())
      return it - values.begin();
    values.push_back(value);
    return values.size() - 1;
  }

  MLIRContext *context;
  SmallVector<Value> dims, symbols;
};

/// Whether `op` holds a raise point or a call (the callee may raise): its
/// stores must stay out of scalar replacement's dead-store elimination.
bool mayRaise(Operation *op) {
  return op
      ->walk([](Operation *nested) {
        if (isa<CallOpInterface>(nested) ||
            isa<NBCDialect>(nested->getDialect()))
          return WalkResult::interrupt();
        return WalkResult::advance();
      })
      .wasInterrupted();
}

/// scf.for -> affine.for when the step is a positive constant, the
/// comparison signed and the bounds affine.
FailureOr<affine::AffineForOp> raiseLoop(scf::ForOp loop, OpBuilder &builder) {
  std::optional<int64_t> step = getConstantIntValue(loop.getStep());
  if (!step || *step <= 0 || loop.getUnsignedCmp() ||
      !loop.getInductionVar().getType().isIndex())
    return failure();
  AffineExprBuilder lower(loop.getContext()), upper(loop.getContext());
  FailureOr<AffineExpr> lowerExpr = lower.build(loop.getLowerBound());
  FailureOr<AffineExpr> upperExpr = upper.build(loop.getUpperBound());
  if (failed(lowerExpr) || failed(upperExpr))
    return failure();
  builder.setInsertionPoint(loop);
  auto raised = affine::AffineForOp::create(
      builder, loop.getLoc(), lower.operands(builder), lower.map(*lowerExpr),
      upper.operands(builder), upper.map(*upperExpr), *step,
      loop.getInitArgs());
  Block *body = raised.getBody();
  if (!body->empty())
    body->back().erase(); // the implicit affine.yield
  body->getOperations().splice(body->end(), loop.getBody()->getOperations());
  for (auto [from, to] : llvm::zip(loop.getBody()->getArguments(),
                                   body->getArguments()))
    from.replaceAllUsesWith(to);
  auto yield = cast<scf::YieldOp>(body->getTerminator());
  builder.setInsertionPoint(yield);
  affine::AffineYieldOp::create(builder, yield.getLoc(), yield.getOperands());
  yield.erase();
  loop.replaceAllUsesWith(raised.getResults());
  loop.erase();
  return raised;
}

/// Raises `loop` if it can, then the loops nested in it (outer first, so
/// inner bounds may use outer induction variables as dims).
void raiseLoopNest(scf::ForOp loop, OpBuilder &builder) {
  Operation *root = loop;
  if (FailureOr<affine::AffineForOp> raised = raiseLoop(loop, builder);
      succeeded(raised))
    root = *raised;
  SmallVector<scf::ForOp> inner;
  root->walk<WalkOrder::PreOrder>([&](scf::ForOp nested) {
    if (nested == root)
      return WalkResult::advance();
    inner.push_back(nested);
    return WalkResult::skip();
  });
  for (scf::ForOp nested : inner)
    raiseLoopNest(nested, builder);
}

template <typename AccessOp>
void raiseAccess(AccessOp access, OpBuilder &builder) {
  AffineExprBuilder exprs(access.getContext());
  SmallVector<AffineExpr> subscripts;
  for (Value index : access.getIndices()) {
    FailureOr<AffineExpr> expr = exprs.build(index);
    if (failed(expr))
      return;
    subscripts.push_back(*expr);
  }
  builder.setInsertionPoint(access);
  SmallVector<Value> operands = exprs.operands(builder);
  AffineMap map = exprs.map(subscripts);
  Operation *raised;
  if constexpr (std::is_same_v<AccessOp, memref::LoadOp>)
    raised = affine::AffineLoadOp::create(builder, access.getLoc(),
                                          access.getMemRef(), map, operands);
  else
    raised = affine::AffineStoreOp::create(builder, access.getLoc(),
                                           access.getValueToStore(),
                                           access.getMemRef(), map, operands);
  access->replaceAllUsesWith(raised);
  access.erase();
}

struct NBCRaiseToAffine
    : public nbc::impl::NBCRaiseToAffineBase<NBCRaiseToAffine> {
  void runOnOperation() override {
    func::FuncOp func = getOperation();
    OpBuilder builder(&getContext());
    SmallVector<scf::ForOp> outermost;
    func.walk<WalkOrder::PreOrder>([&](scf::ForOp loop) {
      outermost.push_back(loop);
      return WalkResult::skip();
    });
    for (scf::ForOp loop : outermost)
      raiseLoopNest(loop, builder);
    SmallVector<Operation *> accesses;
    func.walk([&](Operation *op) {
      if (!isa<memref::LoadOp, memref::StoreOp>(op))
        return;
      auto loop = op->getParentOfType<affine::AffineForOp>();
      if (loop && !mayRaise(loop))
        accesses.push_back(op);
    });
    for (Operation *op : accesses) {
      if (auto load = dyn_cast<memref::LoadOp>(op))
        raiseAccess(load, builder);
      else
        raiseAccess(cast<memref::StoreOp>(op), builder);
    }
  }
};

} // namespace
