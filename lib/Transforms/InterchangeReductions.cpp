//===- InterchangeReductions.cpp - The nbc-interchange-reductions pass ----===//
//
// The naive matrix product
//   for j: s = init; for p: s = f(s, A[i, p], B[p, j]); C[i, j] = s
// reads B down a column in its inner loop. Accumulating in C's row instead,
//   for j: C[i, j] = init
//   for p: for j: C[i, j] = f(C[i, j], A[i, p], B[p, j])
// makes the inner loop unit-stride in j (vector code), and is exact: every
// C[i, j] gets the same operations on the same values in the same order,
// held in memory of the accumulator's own type. What makes it valid is
// checked below (see the pass description in Passes.td).
//
//===----------------------------------------------------------------------===//

#include "nbc/Transforms/Passes.h"

#include "mlir/Analysis/AliasAnalysis.h"
#include "mlir/Dialect/Affine/IR/AffineOps.h"
#include "mlir/Dialect/MemRef/IR/MemRef.h"
#include "mlir/IR/IRMapping.h"
#include "mlir/Interfaces/SideEffectInterfaces.h"

namespace mlir::nbc {
#define GEN_PASS_DEF_NBCINTERCHANGEREDUCTIONS
#include "nbc/Transforms/Passes.h.inc"
} // namespace mlir::nbc

using namespace mlir;
using namespace mlir::nbc;

namespace {

struct Nest {
  affine::AffineForOp j, p;
  affine::AffineStoreOp store;
  SmallVector<Operation *> prelude; // pure ops of j's body before p
};

/// Which map operands are `a` and `b` (-1 when absent); false when another
/// operand is defined inside `loop` (its value per iteration is unknown).
bool operandPositions(ValueRange operands, affine::AffineForOp loop, Value a,
                      Value b, int &posA, int &posB) {
  posA = posB = -1;
  for (auto [pos, operand] : llvm::enumerate(operands)) {
    if (operand == a)
      posA = pos;
    else if (operand == b)
      posB = pos;
    else if (!loop.isDefinedOutsideOfLoop(operand))
      return false;
  }
  return true;
}

bool usesDim(AffineExpr expr, int pos) {
  return pos >= 0 && expr.isFunctionOfDim(pos);
}

/// The last subscript is `d_j + (terms free of d_j)` and no other subscript
/// uses d_j: distinct j, distinct elements.
bool injectiveInJ(AffineMap map, int jPos) {
  if (jPos < 0 || (unsigned)jPos >= map.getNumDims() || map.getNumResults() == 0)
    return false;
  for (AffineExpr expr : map.getResults().drop_back())
    if (expr.isFunctionOfDim(jPos))
      return false;
  AffineExpr rest = simplifyAffineExpr(
      map.getResults().back() - getAffineDimExpr(jPos, map.getContext()),
      map.getNumDims(), map.getNumSymbols());
  return !rest.isFunctionOfDim(jPos);
}

std::optional<Nest> match(affine::AffineForOp j, AliasAnalysis &aliases) {
  if (j.getNumResults() != 0)
    return std::nullopt;
  SmallVector<Operation *> ops;
  for (Operation &op : j.getBody()->without_terminator())
    ops.push_back(&op);
  if (ops.size() < 2)
    return std::nullopt;
  Nest nest{j, dyn_cast<affine::AffineForOp>(ops[ops.size() - 2]),
            dyn_cast<affine::AffineStoreOp>(ops.back()),
            SmallVector<Operation *>(ArrayRef(ops).drop_back(2))};
  affine::AffineForOp p = nest.p;
  affine::AffineStoreOp store = nest.store;
  if (!p || !store || p.getNumResults() != 1 ||
      store.getValueToStore() != p.getResult(0) || !p.getResult(0).hasOneUse())
    return std::nullopt;
  for (Operation *op : nest.prelude)
    if (op->getNumRegions() != 0 || !isMemoryEffectFree(op))
      return std::nullopt;
  for (Value bound : llvm::concat<Value>(p.getLowerBoundOperands(),
                                         p.getUpperBoundOperands()))
    if (!j.isDefinedOutsideOfLoop(bound))
      return std::nullopt;

  // C: a fresh allocation, stored at a subscript injective in j.
  Value c = store.getMemRef();
  if (!c.getDefiningOp<memref::AllocOp>() && !c.getDefiningOp<memref::AllocaOp>())
    return std::nullopt;
  if (!cast<MemRefType>(c.getType()).getLayout().isIdentity())
    return std::nullopt;
  int jPos, unused;
  if (!operandPositions(store.getMapOperands(), j, j.getInductionVar(), Value(),
                        jPos, unused) ||
      !injectiveInJ(store.getAffineMap(), jPos))
    return std::nullopt;

  // The accumulating loop: loads of memory that cannot be C, pure ops.
  bool unitStrideInJ = false;
  for (Operation &op : p.getBody()->without_terminator()) {
    auto load = dyn_cast<affine::AffineLoadOp>(&op);
    if (!load) {
      if (op.getNumRegions() != 0 || !isMemoryEffectFree(&op))
        return std::nullopt;
      continue;
    }
    if (!aliases.alias(load.getMemRef(), c).isNo())
      return std::nullopt;
    int loadJ, loadP;
    if (!operandPositions(load.getMapOperands(), j, j.getInductionVar(),
                          p.getInductionVar(), loadJ, loadP))
      return std::nullopt;
    AffineMap map = load.getAffineMap();
    if ((loadJ >= 0 && (unsigned)loadJ >= map.getNumDims()) ||
        (loadP >= 0 && (unsigned)loadP >= map.getNumDims()))
      return std::nullopt; // an induction variable as a symbol
    if (map.getNumResults() == 0)
      continue;
    AffineExpr last = map.getResults().back();
    bool dependsOnJ = llvm::any_of(map.getResults(), [&](AffineExpr e) {
      return usesDim(e, loadJ);
    });
    // Unit stride in p, and j used: strided once j is the inner loop.
    if (dependsOnJ && usesDim(last, loadP))
      return std::nullopt;
    if (loadP >= 0 && dependsOnJ && usesDim(last, loadJ) &&
        !llvm::any_of(map.getResults().drop_back(),
                      [&](AffineExpr e) { return usesDim(e, loadJ); }))
      unitStrideInJ = true;
  }
  if (!unitStrideInJ)
    return std::nullopt;
  return nest;
}

affine::AffineForOp cloneBounds(OpBuilder &b, affine::AffineForOp loop) {
  return affine::AffineForOp::create(
      b, loop.getLoc(), loop.getLowerBoundOperands(), loop.getLowerBoundMap(),
      loop.getUpperBoundOperands(), loop.getUpperBoundMap(),
      loop.getStepAsInt());
}

void interchange(const Nest &nest) {
  affine::AffineForOp j = nest.j, p = nest.p;
  affine::AffineStoreOp store = nest.store;
  Value c = store.getMemRef();
  AffineMap map = store.getAffineMap();
  auto subscripts = [&](IRMapping &mapping) {
    return llvm::map_to_vector(store.getMapOperands(), [&](Value v) {
      return mapping.lookupOrDefault(v);
    });
  };

  // for j: C[..., j] = init
  OpBuilder b(j);
  affine::AffineForOp init = cloneBounds(b, j);
  {
    IRMapping mapping;
    mapping.map(j.getInductionVar(), init.getInductionVar());
    OpBuilder ib = OpBuilder::atBlockTerminator(init.getBody());
    for (Operation *op : nest.prelude)
      ib.clone(*op, mapping);
    affine::AffineStoreOp::create(ib, store.getLoc(),
                                  mapping.lookupOrDefault(p.getInits()[0]), c,
                                  map, subscripts(mapping));
  }

  // for p: for j: C[..., j] = f(C[..., j], ...)
  affine::AffineForOp outer = cloneBounds(b, p);
  OpBuilder ob = OpBuilder::atBlockTerminator(outer.getBody());
  affine::AffineForOp inner = cloneBounds(ob, j);
  IRMapping mapping;
  mapping.map(j.getInductionVar(), inner.getInductionVar());
  mapping.map(p.getInductionVar(), outer.getInductionVar());
  OpBuilder bb = OpBuilder::atBlockTerminator(inner.getBody());
  for (Operation *op : nest.prelude)
    bb.clone(*op, mapping);
  Value acc = affine::AffineLoadOp::create(bb, store.getLoc(), c, map,
                                           subscripts(mapping));
  mapping.map(p.getRegionIterArgs()[0], acc);
  for (Operation &op : p.getBody()->without_terminator())
    bb.clone(op, mapping);
  Value next = mapping.lookupOrDefault(
      p.getBody()->getTerminator()->getOperand(0));
  affine::AffineStoreOp::create(bb, store.getLoc(), next, c, map,
                                subscripts(mapping));
  j.erase();
}

struct NBCInterchangeReductions
    : public nbc::impl::NBCInterchangeReductionsBase<NBCInterchangeReductions> {
  void runOnOperation() override {
    AliasAnalysis analysis(getOperation());
    SmallVector<Nest> nests;
    getOperation()->walk([&](affine::AffineForOp j) {
      if (std::optional<Nest> nest = match(j, analysis))
        nests.push_back(*nest);
    });
    for (const Nest &nest : nests)
      interchange(nest);
  }
};

} // namespace
