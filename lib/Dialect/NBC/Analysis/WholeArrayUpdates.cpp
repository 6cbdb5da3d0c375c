//===- WholeArrayUpdates.cpp - Whole-array reductions in a prange ---------===//
//
// Recognizes `acc op= v` on a whole array defined above a parallel
// nbc.prange (an in-place nbc.ufunc whose body combines the output's own
// element with other values by one reduction operator) and checks that the
// loop touches the array in no other way.
//
//===----------------------------------------------------------------------===//

#include "nbc/Dialect/NBC/Analysis/WholeArrayUpdates.h"

#include "nbc/Dialect/NBC/Analysis/ArrayUpdates.h"
#include "nbc/Dialect/NBC/Analysis/Reductions.h"

#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/IR/Matchers.h"
#include "llvm/ADT/TypeSwitch.h"

using namespace mlir;
using namespace mlir::nbc;

namespace {
/// The operator that combines the old element, and the type it works in.
struct Combine {
  ReductionKind kind;
  Type type;
};
} // namespace

static Value stripCasts(Value v) {
  while (auto cast = v.getDefiningOp<CastOp>())
    v = cast.getInput();
  return v;
}

/// Whether `v` may be computed from `old`, a block argument (ops with
/// regions, and chains deeper than a bound, count as such).
static bool dependsOn(Value v, Value old, unsigned depth = 0) {
  if (v == old)
    return true;
  Operation *def = v.getDefiningOp();
  if (!def || def->getBlock() != old.getParentBlock())
    return false;
  if (depth > 32 || def->getNumRegions())
    return true;
  return llvm::any_of(def->getOperands(), [&](Value operand) {
    return dependsOn(operand, old, depth + 1);
  });
}

/// The operator by which `result` combines `old` with values that do not
/// depend on it: `cast*(op(cast*(old), v))` (`old / v` is a product), or
/// a call of a function of that form taking `cast*(old)` as one argument.
static std::optional<Combine> combineOf(Value result, Value old,
                                        unsigned depth = 0) {
  Value v = stripCasts(result);
  Operation *def = v.getDefiningOp();
  if (!def || def->getNumResults() != 1 ||
      def->getBlock() != old.getParentBlock())
    return std::nullopt;
  // np.maximum/np.minimum of floats: the min/max inside NumPy's NaN check.
  if (auto select = dyn_cast<SelectOp>(def))
    if (Operation *minMax = getNumpyMinMaxOf(select)) {
      std::optional<Combine> inner =
          combineOf(minMax->getResult(0), old, depth);
      if (!inner || inner->type != v.getType())
        return std::nullopt;
      return Combine{isa<MaxOp>(minMax) ? ReductionKind::maximum
                                        : ReductionKind::minimum,
                     inner->type};
    }
  // Exactly one operand is the old element (through casts), the others do
  // not depend on it.
  std::optional<unsigned> fromOld;
  for (auto [k, operand] : llvm::enumerate(def->getOperands())) {
    if (stripCasts(operand) == old && !fromOld)
      fromOld = k;
    else if (dependsOn(operand, old))
      return std::nullopt;
  }
  if (!fromOld)
    return std::nullopt;
  if (auto call = dyn_cast<func::CallOp>(def)) {
    auto callee = SymbolTable::lookupNearestSymbolFrom<func::FuncOp>(
        call, call.getCalleeAttr());
    if (depth > 4 || !callee || callee.isExternal() ||
        !callee.getBody().hasOneBlock())
      return std::nullopt;
    auto ret =
        dyn_cast<func::ReturnOp>(callee.getBody().front().getTerminator());
    if (!ret || ret.getNumOperands() != 1)
      return std::nullopt;
    return combineOf(ret.getOperand(0), callee.getArgument(*fromOld),
                     depth + 1);
  }
  if (def->getNumOperands() != 2)
    return std::nullopt;
  auto kind =
      TypeSwitch<Operation *, std::optional<ReductionKind>>(def)
          .Case<AddOp>([](auto) { return ReductionKind::add; })
          .Case<SubOp>([&](auto) -> std::optional<ReductionKind> {
            // `old - v` only: `v - old` is no reduction.
            if (*fromOld != 0)
              return std::nullopt;
            return ReductionKind::add;
          })
          .Case<TrueDivOp>([&](auto) -> std::optional<ReductionKind> {
            // Float `old / v`: the copies start at 1 and hold
            // 1 / (v1 * v2 ...), which multiplies the array.
            if (*fromOld != 0 || !isa<FloatType>(def->getOperand(0).getType()))
              return std::nullopt;
            return ReductionKind::mul;
          })
          .Default(getSymmetricStepKind);
  if (!kind)
    return std::nullopt;
  return Combine{*kind, v.getType()};
}

std::optional<ReductionKind> nbc::wholeArrayUpdateKind(UfuncOp ufunc) {
  if (ufunc.getOuts().size() != 1 || !ufunc.getResults().empty())
    return std::nullopt;
  Value out = ufunc.getOuts()[0];
  Block *body = ufunc.getBody();
  if (body->getNumArguments() != ufunc.getIns().size())
    return std::nullopt;
  std::optional<unsigned> position;
  for (auto [k, input] : llvm::enumerate(ufunc.getIns()))
    if (input == out) {
      if (position)
        return std::nullopt;
      position = k;
    }
  auto yield = dyn_cast<YieldOp>(body->getTerminator());
  if (!position || !yield || yield->getNumOperands() != 1)
    return std::nullopt;
  std::optional<Combine> combine =
      combineOf(yield->getOperand(0), body->getArgument(*position));
  Type element = cast<MemRefType>(out.getType()).getElementType();
  if (!combine || element.isInteger(1) ||
      !(isa<FloatType>(element) || isa<IntegerType>(element)))
    return std::nullopt;
  if (combine->type == element)
    return combine->kind;
  // Through a wider or narrower type: integer +, *, &, |, ^ wrap the same
  // way in every order; float + and * round as a parallel reduction's do.
  bool minMax = combine->kind == ReductionKind::min ||
                combine->kind == ReductionKind::max ||
                combine->kind == ReductionKind::maximum ||
                combine->kind == ReductionKind::minimum;
  bool sameClass =
      (isa<IntegerType>(element) && isa<IntegerType>(combine->type) &&
       !combine->type.isInteger(1)) ||
      (isa<FloatType>(element) && isa<FloatType>(combine->type));
  if (!minMax && sameClass)
    return combine->kind;
  return std::nullopt;
}

bool nbc::isWholeArrayReduction(PRangeOp prange, UfuncOp ufunc, Value root) {
  if (!wholeArrayUpdateKind(ufunc))
    return false;
  Value out = ufunc.getOuts()[0];
  if (viewedRoot(out) != root ||
      cast<MemRefType>(out.getType()).getRank() == 0 ||
      prange->isAncestor(out.getParentBlock()->getParentOp()))
    return false;
  // Slices and transposes of the root only: the merge writes its elements
  // in parallel.
  for (Value view = out; Operation *def = view.getDefiningOp();) {
    if (auto slice = dyn_cast<SliceOp>(def))
      view = slice.getSource();
    else if (auto transpose = dyn_cast<TransposeOp>(def))
      view = transpose.getSource();
    else if (viewedRoot(view) != view)
      return false;
    else
      break;
  }
  return llvm::none_of(ufunc.getIns(), [&](Value input) {
    return input != out && isa<MemRefType>(input.getType()) &&
           viewedRoot(input) == root;
  });
}

void nbc::forwardInvariantCarriedArrays(Operation *root) {
  root->walk([](RangeOp loop) {
    if (!loop->getParentOfType<PRangeOp>())
      return;
    Block *body = loop.getBody();
    Operation *yield = body->getTerminator();
    for (auto [k, init] : llvm::enumerate(loop.getInitArgs())) {
      BlockArgument arg = body->getArgument(k + 1);
      if (!isa<MemRefType>(init.getType()) || arg.getType() != init.getType() ||
          yield->getOperand(k) != arg)
        continue;
      arg.replaceAllUsesWith(init);
      loop.getResult(k).replaceAllUsesWith(init);
    }
  });
}

bool nbc::isPrivatizable(PRangeOp prange) {
  if (prange->getParentOfType<PRangeOp>())
    return false;
  bool nested = false;
  prange.getBody()->walk([&](PRangeOp) { nested = true; });
  if (nested)
    return false;
  return llvm::all_of(prange.getSteps(), [](Value step) {
    APInt value;
    return step.getType().isSignedInteger(64) &&
           matchPattern(step, m_ConstantInt(&value)) && !value.isZero();
  });
}

FailureOr<bool> nbc::checkWholeArrayReductions(PRangeOp prange, Value root,
                                               ArrayRef<Operation *> accesses) {
  SmallVector<UfuncOp> updates;
  DenseSet<Operation *> isUpdate;
  for (Operation *op : accesses)
    if (auto ufunc = dyn_cast<UfuncOp>(op);
        ufunc && isWholeArrayReduction(prange, ufunc, root) &&
        isUpdate.insert(op).second)
      updates.push_back(ufunc);
  if (updates.empty())
    return false;
  for (Operation *op : accesses)
    if (!isUpdate.contains(op))
      return op->emitError(
          "prange: this accesses an array that the loop reduces as a whole "
          "(`a += ...`), a race between threads: each thread updates its "
          "own copy of the array, combined after the loop, so the loop may "
          "not otherwise read or write it");
  ReductionKind kind = *wholeArrayUpdateKind(updates.front());
  for (UfuncOp update : updates)
    if (*wholeArrayUpdateKind(update) != kind)
      return update->emitError(
          "prange: this array is reduced with two different operators in "
          "the loop, whose result would depend on the order of the threads");
  if (!isPrivatizable(prange))
    return updates.front()->emitError(
        "prange: a whole-array reduction (`a += ...`) is supported in an "
        "outermost prange, with no prange inside it and a constant step");
  return true;
}
