//===- Reductions.cpp - Which values a prange carries are reductions ------===//
//
// Walks the body of an nbc.prange in program order, following one carried
// value from its accumulator: the "chain" is every value that is the
// accumulator combined with contributions, or chosen among such values by
// a select, an scf.if or a loop. Each use of a chain value must extend the
// chain (one reduction operator, or a branch/loop that passes it on) or be
// the prange's yield; anything else reads a partial value or is not a
// reduction, and is reported at its op.
//
//===----------------------------------------------------------------------===//

#include "nbc/Dialect/NBC/Analysis/Reductions.h"

#include "nbc/Dialect/NBC/Analysis/ArrayUpdates.h"
#include "nbc/Dialect/NBC/Analysis/WholeArrayUpdates.h"

#include "mlir/Dialect/SCF/IR/SCF.h"
#include "mlir/Interfaces/SideEffectInterfaces.h"
#include "llvm/ADT/TypeSwitch.h"

using namespace mlir;
using namespace mlir::nbc;

/// The variable's name: the accumulator's NameLoc, else `#index`.
static std::string variableName(PRangeOp prange, unsigned index) {
  Location loc = prange.getAccumulators()[index].getLoc();
  if (auto name = dyn_cast<NameLoc>(loc))
    return name.getName().str();
  if (auto fused = dyn_cast<FusedLoc>(loc))
    for (Location inner : fused.getLocations())
      if (auto name = dyn_cast<NameLoc>(inner))
        return name.getName().str();
  return "#" + std::to_string(index);
}

static SmallVector<Value> incoming(Value value);

/// The terminator of a single-block region when it is a `T` (null on
/// unfinished IR, which C API callers may pass).
template <typename T> static T terminatorOf(Region &region) {
  if (region.empty() || region.front().empty())
    return nullptr;
  return dyn_cast<T>(region.front().back());
}

/// What the terminator of `region` passes on: scf.yield and nbc.yield
/// values, scf.condition arguments; empty when it has none.
static ValueRange passedOn(Region &region) {
  if (auto yield = terminatorOf<scf::YieldOp>(region))
    return yield.getResults();
  if (auto yield = terminatorOf<YieldOp>(region))
    return yield.getValues();
  if (auto cond = terminatorOf<scf::ConditionOp>(region))
    return cond.getArgs();
  return {};
}

/// Appends `values[k]` when there is one.
static void pushAt(SmallVectorImpl<Value> &out, ValueRange values,
                   unsigned k) {
  if (k < values.size())
    out.push_back(values[k]);
}

/// Whether `value`, computed in the body of `loop`, may depend on `acc`
/// (through operands, and through everything an op with regions uses).
static bool mayDependOn(Value value, Value acc, Operation *loop) {
  SmallVector<Value> work{value};
  DenseSet<Value> seenValues;
  DenseSet<Operation *> seenOps;
  while (!work.empty()) {
    Value v = work.pop_back_val();
    if (v == acc)
      return true;
    if (!seenValues.insert(v).second)
      continue;
    Operation *op = isa<BlockArgument>(v)
                        ? cast<BlockArgument>(v).getOwner()->getParentOp()
                        : v.getDefiningOp();
    if (!op || op == loop || !loop->isProperAncestor(op))
      continue;
    // An scf.if result depends on its condition and what its branches
    // yield for it, not on the rest of the branches.
    if (auto ifOp = dyn_cast<scf::IfOp>(op); ifOp && isa<OpResult>(v)) {
      unsigned k = cast<OpResult>(v).getResultNumber();
      work.push_back(ifOp.getCondition());
      pushAt(work, passedOn(ifOp.getThenRegion()), k);
      pushAt(work, passedOn(ifOp.getElseRegion()), k);
      continue;
    }
    // A range's induction variable depends on its bounds, an iteration
    // argument or result on what flows into it (and on a break).
    if (auto range = dyn_cast<RangeOp>(op)) {
      llvm::append_range(work, range->getOperands().take_front(3));
      if (v == range.getInductionVar())
        continue;
      llvm::append_range(work, incoming(v));
      if (auto yield = terminatorOf<YieldOp>(range.getRegion()))
        if (Value brk = yield.getBreakCond())
          work.push_back(brk);
      continue;
    }
    if (auto loop = dyn_cast<scf::WhileOp>(op)) {
      llvm::append_range(work, incoming(v));
      if (auto cond = terminatorOf<scf::ConditionOp>(loop.getBefore()))
        work.push_back(cond.getCondition());
      continue;
    }
    if (!seenOps.insert(op).second)
      continue;
    op->walk([&](Operation *inner) {
      llvm::append_range(work, inner->getOperands());
    });
  }
  return false;
}

std::optional<ReductionKind> nbc::getSymmetricStepKind(Operation *op) {
  return TypeSwitch<Operation *, std::optional<ReductionKind>>(op)
      .Case([](MulOp) { return ReductionKind::mul; })
      .Case([](MinOp) { return ReductionKind::min; })
      .Case([](MaxOp) { return ReductionKind::max; })
      .Case([](AndOp) { return ReductionKind::And; })
      .Case([](OrOp) { return ReductionKind::Or; })
      .Case([](XorOp) { return ReductionKind::Xor; })
      .Default([](Operation *) { return std::nullopt; });
}

/// The kind of reduction step `use` is, if its owner combines the chain
/// value with something else (`nbc.sub` only with the chain on the left).
static std::optional<ReductionKind> stepKind(OpOperand &use) {
  Operation *op = use.getOwner();
  unsigned n = use.getOperandNumber();
  return TypeSwitch<Operation *, std::optional<ReductionKind>>(op)
      .Case([](AddOp) { return ReductionKind::add; })
      .Case([&](SubOp) -> std::optional<ReductionKind> {
        if (n == 0)
          return ReductionKind::add;
        return std::nullopt;
      })
      .Case([&](PRangeOp inner) -> std::optional<ReductionKind> {
        unsigned first = 3 * inner.getNumDims();
        if (!inner.isClassified() || n < first ||
            n - first >= inner.getKindsAttr().size() ||
            n - first >= inner.getNumResults())
          return std::nullopt;
        return inner.getKind(n - first);
      })
      .Default(getSymmetricStepKind);
}

/// The result a reduction step `use` produces (the inner prange's result
/// for its init).
static Value stepResult(OpOperand &use) {
  Operation *op = use.getOwner();
  if (auto inner = dyn_cast<PRangeOp>(op))
    return inner.getResult(use.getOperandNumber() - 3 * inner.getNumDims());
  return op->getResult(0);
}

/// Where a chain value goes through `use` unchanged: the select's result,
/// the scf.if result, the loop's iteration argument and result. nullopt
/// when `use` is no such pass (a condition, or another op).
static std::optional<SmallVector<Value>> passesTo(OpOperand &use) {
  Operation *op = use.getOwner();
  unsigned n = use.getOperandNumber();
  SmallVector<Value> out;
  if (auto select = dyn_cast<SelectOp>(op)) {
    if (n == 0)
      return std::nullopt;
    out.push_back(select.getResult());
  } else if (auto range = dyn_cast<RangeOp>(op)) {
    if (n < 3)
      return std::nullopt;
    pushAt(out, range.getBody()->getArguments(), n - 2);
    pushAt(out, range.getResults(), n - 3);
  } else if (auto yield = dyn_cast<YieldOp>(op)) {
    auto range = dyn_cast<RangeOp>(yield->getParentOp());
    if (!range || use.get() == yield.getBreakCond())
      return std::nullopt;
    unsigned k = n - (yield.getBreakCond() ? 1 : 0);
    pushAt(out, range.getBody()->getArguments(), k + 1);
    pushAt(out, range.getResults(), k);
  } else if (auto yield = dyn_cast<scf::YieldOp>(op)) {
    Operation *parent = yield->getParentOp();
    if (auto ifOp = dyn_cast<scf::IfOp>(parent))
      pushAt(out, ifOp.getResults(), n);
    else if (auto loop = dyn_cast<scf::WhileOp>(parent))
      pushAt(out, loop.getBeforeArguments(), n);
    else
      return std::nullopt;
  } else if (auto loop = dyn_cast<scf::WhileOp>(op)) {
    pushAt(out, loop.getBeforeArguments(), n);
  } else if (auto cond = dyn_cast<scf::ConditionOp>(op)) {
    auto loop = dyn_cast<scf::WhileOp>(cond->getParentOp());
    if (!loop || n == 0)
      return std::nullopt;
    pushAt(out, loop.getAfterArguments(), n - 1);
    pushAt(out, loop.getResults(), n - 1);
  } else {
    return std::nullopt;
  }
  return out;
}

/// The values that flow into `value` when it is a select, scf.if or loop
/// result or a loop's iteration argument; empty otherwise.
static SmallVector<Value> incoming(Value value) {
  SmallVector<Value> in;
  if (auto arg = dyn_cast<BlockArgument>(value)) {
    Operation *owner = arg.getOwner()->getParentOp();
    unsigned k = arg.getArgNumber();
    if (auto range = dyn_cast<RangeOp>(owner)) {
      if (k > 0) {
        pushAt(in, range.getInitArgs(), k - 1);
        pushAt(in, passedOn(range.getRegion()), k - 1);
      }
    } else if (auto loop = dyn_cast<scf::WhileOp>(owner)) {
      if (arg.getParentRegion() == &loop.getBefore()) {
        pushAt(in, loop.getInits(), k);
        pushAt(in, passedOn(loop.getAfter()), k);
      } else {
        pushAt(in, passedOn(loop.getBefore()), k);
      }
    }
    return in;
  }
  Operation *op = value.getDefiningOp();
  unsigned k = cast<OpResult>(value).getResultNumber();
  if (auto select = dyn_cast<SelectOp>(op)) {
    in = {select.getTrueValue(), select.getFalseValue()};
  } else if (auto ifOp = dyn_cast<scf::IfOp>(op)) {
    pushAt(in, passedOn(ifOp.getThenRegion()), k);
    pushAt(in, passedOn(ifOp.getElseRegion()), k);
  } else if (auto range = dyn_cast<RangeOp>(op)) {
    pushAt(in, range.getInitArgs(), k);
    pushAt(in, passedOn(range.getRegion()), k);
  } else if (auto loop = dyn_cast<scf::WhileOp>(op)) {
    pushAt(in, passedOn(loop.getBefore()), k);
  }
  return in;
}

/// The values the yielded value is computed from, following selects,
/// branches and loops through the values they pass on (not conditions).
static DenseSet<Value> dataSources(Value yielded, Operation *loop) {
  DenseSet<Value> seen;
  SmallVector<Value> work{yielded};
  while (!work.empty()) {
    Value v = work.pop_back_val();
    if (!seen.insert(v).second)
      continue;
    Operation *owner = isa<BlockArgument>(v)
                           ? cast<BlockArgument>(v).getOwner()->getParentOp()
                           : v.getDefiningOp();
    if (!owner || owner == loop || !loop->isProperAncestor(owner))
      continue;
    SmallVector<Value> in = incoming(v);
    if (!in.empty())
      llvm::append_range(work, in);
    else if (isa<OpResult>(v))
      llvm::append_range(work, owner->getOperands());
  }
  return seen;
}

Operation *nbc::getNumpyMinMaxOf(SelectOp select) {
  Operation *op = select.getFalseValue().getDefiningOp();
  if (!op || !isa<MinOp, MaxOp>(op) ||
      !isa<FloatType>(op->getResult(0).getType()) ||
      !op->getResult(0).hasOneUse())
    return nullptr;
  auto isNaN = select.getCondition().getDefiningOp<FPClassOp>();
  if (!isNaN || isNaN.getKind() != FPClass::nan || !isNaN->hasOneUse() ||
      isNaN.getOperand() != select.getTrueValue() ||
      !llvm::is_contained(op->getOperands(), select.getTrueValue()))
    return nullptr;
  return op;
}

/// NumPy's np.maximum/np.minimum around the min/max step `op`: the select
/// getNumpyMinMaxOf finds `op` in, else null.
static SelectOp numpyMinMaxSelect(Operation *op) {
  if (!isa<MinOp, MaxOp>(op) || !op->getResult(0).hasOneUse())
    return nullptr;
  auto select = dyn_cast<SelectOp>(*op->getResult(0).user_begin());
  if (!select || getNumpyMinMaxOf(select) != op)
    return nullptr;
  return select;
}

namespace {
/// The state of findReductionKind for one carried value.
class Chain {
public:
  Chain(PRangeOp prange, unsigned index)
      : prange(prange), index(index),
        acc(prange.getAccumulators()[index]),
        name(variableName(prange, index)) {}

  FailureOr<ReductionKind> run();

private:
  LogicalResult visit(OpOperand &use);
  LogicalResult notReduction(Location loc);
  LogicalResult badUse(Operation *op);
  Location where(Value value) {
    if (Operation *op = value.getDefiningOp())
      return op->getLoc();
    return prange.getLoc();
  }

  PRangeOp prange;
  unsigned index;
  Value acc;
  std::string name;
  DenseSet<Value> chain{};
  SmallVector<Value> merges{};
  DenseSet<Value> sources{};
  std::optional<ReductionKind> kind{};
  Operation *kindOp = nullptr;
  // The isnan and select of NumPy's min/max steps: their reads of the
  // chain belong to the step.
  DenseSet<Operation *> absorbed{};
};
} // namespace

LogicalResult Chain::notReduction(Location loc) {
  return emitError(loc) << "prange: variable '" << name
                        << "' is assigned in the loop but is not a "
                           "reduction (use "
                        << name << " += x, " << name << " *= x, " << name
                        << " = min(" << name << ", x), ...)";
}

/// A use of a chain value that does not extend the chain: "not a
/// reduction" when the op computes the yielded value, a read otherwise.
LogicalResult Chain::badUse(Operation *op) {
  if (op->getNumRegions() == 0 &&
      llvm::any_of(op->getResults(),
                   [&](Value r) { return sources.contains(r); }))
    return notReduction(op->getLoc());
  return op->emitError() << "prange: reduction variable '" << name
                         << "' is read in the loop other than by its update; "
                            "inside a parallel loop it holds only part of the "
                            "reduction";
}

/// Whether two locations are on one source line (one update statement).
static bool sameLine(Location a, Location b) {
  auto fa = dyn_cast<FileLineColLoc>(a), fb = dyn_cast<FileLineColLoc>(b);
  if (fa && fb)
    return fa.getFilename() == fb.getFilename() &&
           fa.getLine() == fb.getLine();
  return a == b;
}

LogicalResult Chain::visit(OpOperand &use) {
  Operation *op = use.getOwner();
  if (op == prange.getYield().getOperation()) {
    if (use.getOperandNumber() == index)
      return success();
    return badUse(op);
  }
  if (absorbed.contains(op))
    return success();
  std::optional<ReductionKind> k = stepKind(use);
  SelectOp numpySelect = k ? numpyMinMaxSelect(op) : nullptr;
  if (numpySelect) {
    k = isa<MaxOp>(op) ? ReductionKind::maximum : ReductionKind::minimum;
    absorbed.insert(numpySelect);
    absorbed.insert(numpySelect.getCondition().getDefiningOp());
  }
  if (k) {
    // The contribution must not depend on the variable itself.
    if (!isa<PRangeOp>(op))
      for (OpOperand &other : op->getOpOperands())
        if (&other != &use && mayDependOn(other.get(), acc, prange))
          return badUse(op);
    if (kind && *kind != *k) {
      // `s = 2 * s + x`: one statement that is not an update;
      // `s += x; s *= 2`: two updates that do not combine.
      if (sameLine(kindOp->getLoc(), op->getLoc()))
        return notReduction(kindOp->getLoc());
      return op->emitError() << "prange: variable '" << name
                             << "' is reduced with two different operators";
    }
    if (!kind) {
      kind = k;
      kindOp = op;
    }
    chain.insert(numpySelect ? numpySelect.getResult() : stepResult(use));
    return success();
  }
  if (std::optional<SmallVector<Value>> targets = passesTo(use)) {
    for (Value target : *targets)
      if (chain.insert(target).second)
        merges.push_back(target);
    return success();
  }
  return badUse(op);
}

FailureOr<ReductionKind> Chain::run() {
  Block *body = prange.getBody();
  if (body->empty() || !isa<YieldOp>(body->back()))
    return prange.emitOpError("body must end with nbc.yield");
  YieldOp yield = prange.getYield();
  if (yield.getValues().size() != prange.getAccumulators().size())
    return prange.emitOpError("yields ")
           << yield.getValues().size() << " values for "
           << prange.getAccumulators().size() << " carried values";
  Value yielded = yield.getValues()[index];
  sources = dataSources(yielded, prange);
  chain.insert(acc);
  // Program order: a value joins the chain before its uses are visited
  // (loops receive their init before their body runs).
  WalkResult walk = prange.getBody()->walk<WalkOrder::PreOrder>(
      [&](Operation *op) {
        for (OpOperand &use : op->getOpOperands())
          if (chain.contains(use.get()) && failed(visit(use)))
            return WalkResult::interrupt();
        return WalkResult::advance();
      });
  if (walk.wasInterrupted())
    return failure();
  // Every value merged into the chain must come from the chain on all
  // paths (`if c: s += x else: s = 0` is not a reduction).
  for (Value merged : merges)
    for (Value in : incoming(merged))
      if (!chain.contains(in)) {
        if (!sources.contains(merged)) {
          Operation *owner =
              isa<BlockArgument>(merged)
                  ? cast<BlockArgument>(merged).getOwner()->getParentOp()
                  : merged.getDefiningOp();
          return badUse(owner);
        }
        return notReduction(where(in));
      }
  if (!chain.contains(yielded))
    return notReduction(where(yielded));
  Type type = acc.getType();
  ReductionKind result =
      kind.value_or(type.isInteger(1) ? ReductionKind::Or : ReductionKind::add);
  // As nbc.prange's verifier: no add/mul on i1, no bitwise ops on floats.
  bool applies = true;
  switch (result) {
  case ReductionKind::add:
  case ReductionKind::mul:
    applies = !type.isInteger(1);
    break;
  case ReductionKind::And:
  case ReductionKind::Or:
  case ReductionKind::Xor:
    applies = !isa<FloatType>(type);
    break;
  case ReductionKind::min:
  case ReductionKind::max:
  case ReductionKind::maximum:
  case ReductionKind::minimum:
    break;
  }
  if (!applies)
    return notReduction(kindOp ? kindOp->getLoc() : prange.getLoc());
  return result;
}

FailureOr<ReductionKind> nbc::findReductionKind(PRangeOp prange,
                                                unsigned index) {
  return Chain(prange, index).run();
}

LogicalResult nbc::recognizeReductions(PRangeOp prange) {
  if (prange.isClassified())
    return success();
  SmallVector<Attribute> kinds;
  for (unsigned i = 0, e = prange.getInitVals().size(); i < e; ++i) {
    FailureOr<ReductionKind> kind = findReductionKind(prange, i);
    if (failed(kind))
      return failure();
    kinds.push_back(ReductionKindAttr::get(prange.getContext(), *kind));
  }
  prange.setKindsAttr(ArrayAttr::get(prange.getContext(), kinds));
  return success();
}

/// `x`, or a value whose defining op is the same op as `x`'s (the frontend
/// loads `a[i]` again in `if a[i] > m: m = a[i]`), with only that op in the
/// region `v` comes from: reading the same memory with nothing in between.
static bool sameValueAs(Value v, Value x, scf::IfOp ifOp) {
  Block &then = ifOp.getThenRegion().front();
  if (v == x)
    return &then.front() == ifOp.thenYield();
  Operation *def = v.getDefiningOp(), *xDef = x.getDefiningOp();
  if (!def || !xDef || def->getBlock() != &then || &then.front() != def ||
      def->getNextNode() != ifOp.thenYield())
    return false;
  // A read (or pure op) of the same operands, nothing written in between.
  if (xDef->getBlock() != ifOp->getBlock() || def->getNumRegions() ||
      hasEffect<MemoryEffects::Write>(def) ||
      hasEffect<MemoryEffects::Allocate>(def) ||
      hasEffect<MemoryEffects::Free>(def))
    return false;
  for (Operation *op = xDef->getNextNode(); op != ifOp; op = op->getNextNode())
    if (!isMemoryEffectFree(op))
      return false;
  return OperationEquivalence::isEquivalentTo(
      def, xDef, OperationEquivalence::exactValueMatch, nullptr,
      OperationEquivalence::IgnoreLocations);
}

/// `if x > m: m = x` (an scf.if yielding x or m on `x > m` or `m < x`) is
/// Python's `max(m, x)` exactly: nbc.max is `x if x > m else m`; with `<`
/// it is `min(m, x)`. Only strict comparisons (ties keep m, as min/max),
/// on one integer or float type. The rewrite makes the loop a min/max
/// reduction a prange can split and the vectorizer can reassociate.
static void rewriteCompareAndAssign(Operation *root) {
  SmallVector<scf::IfOp> ifs;
  root->walk([&](scf::IfOp ifOp) { ifs.push_back(ifOp); });
  for (scf::IfOp ifOp : ifs) {
    if (ifOp.getNumResults() != 1 || ifOp.getElseRegion().empty() ||
        &ifOp.getElseRegion().front().front() != ifOp.elseYield())
      continue;
    auto cmp = ifOp.getCondition().getDefiningOp<CmpOp>();
    Type type = ifOp.getResult(0).getType();
    if (!cmp || !(isa<FloatType>(type) || isa<IntegerType>(type)) ||
        type.isInteger(1) || cmp.getLhs().getType() != type)
      continue;
    Value kept = ifOp.elseYield().getOperand(0);
    Value taken = ifOp.thenYield().getOperand(0);
    // Read as `x <pred> m`: `m < x` is `x > m`.
    CmpPredicate predicate = cmp.getPredicate();
    if (predicate != CmpPredicate::gt && predicate != CmpPredicate::lt)
      continue;
    bool keptOnLeft = cmp.getLhs() == kept;
    if (!keptOnLeft && cmp.getRhs() != kept)
      continue;
    Value x = keptOnLeft ? cmp.getRhs() : cmp.getLhs();
    bool isMax = (predicate == CmpPredicate::gt) != keptOnLeft;
    if (x == kept || !sameValueAs(taken, x, ifOp))
      continue;
    OpBuilder b(ifOp);
    Value result =
        isMax ? MaxOp::create(b, ifOp.getLoc(), kept, x).getResult()
            : MinOp::create(b, ifOp.getLoc(), kept, x).getResult();
    ifOp.getResult(0).replaceAllUsesWith(result);
    ifOp.erase();
    if (cmp->use_empty())  // else it reads m for the reduction's check
      cmp.erase();
  }
}

LogicalResult nbc::recognizeAllReductions(Operation *root) {
  rewriteCompareAndAssign(root);
  forwardInvariantCarriedArrays(root);
  WalkResult walk = root->walk([](PRangeOp prange) {
    return failed(recognizeReductions(prange)) ||
                   failed(makeArrayUpdatesAtomic(prange))
               ? WalkResult::interrupt()
               : WalkResult::advance();
  });
  return failure(walk.wasInterrupted());
}
