//===- Vectorize.cpp - The nbc-vectorize pass -----------------------------===//
//
// Innermost scf.for (step 1) over unit-stride loads/stores and elementwise
// arith/math -> a vector.load / vector arith / vector.store loop with
// step W, then the original loop for the remaining iterations. Reductions
// carried in iter_args become vector accumulators and one vector.reduction
// after the vector loop.
//
// A loop with nbc.raise_if (run before nbc-lower-errors) is checked once per
// vector: the vector loop ORs every lane of every raise condition with
// vector.reduction <or> before it stores anything, and on a failing lane it
// stops and leaves that vector to the scalar loop, which raises at the
// exact element after writing the ones before it, as Python does.
//
//===----------------------------------------------------------------------===//

#include "nbc/Transforms/Passes.h"
#include "nbc/Transforms/HostTarget.h"

#include "ReductionIdentity.h"
#include "VectorizeAnalysis.h"

#include "mlir/Analysis/AliasAnalysis/LocalAliasAnalysis.h"
#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/Dialect/Math/IR/Math.h"
#include "mlir/Dialect/MemRef/IR/MemRef.h"
#include "mlir/Dialect/SCF/IR/SCF.h"
#include "mlir/IR/IRMapping.h"
#include "mlir/IR/Matchers.h"
#include "mlir/Interfaces/SideEffectInterfaces.h"
#include "nbc/Dialect/NBC/IR/NBCOps.h"
#include "llvm/ADT/TypeSwitch.h"

namespace mlir::nbc {
#define GEN_PASS_DEF_NBCVECTORIZE
#include "nbc/Transforms/Passes.h.inc"
} // namespace mlir::nbc

using namespace mlir;
using namespace mlir::nbc;
using vector::CombiningKind;

namespace {
/// What vectorizing one loop needs to know.
struct LoopPlan {
  unsigned width = 0;
  DenseSet<Operation *> varying;      // ops that become vector ops
  SmallVector<Operation *> combiners; // per iter_arg
  /// Per iter_arg; none for a compare + select min/max, whose lanes start
  /// at the init (min/max are idempotent) and are combined one by one.
  SmallVector<std::optional<CombiningKind>> kinds;
  SmallVector<RaiseIfOp> checks; // tested once per vector
};

class LoopVectorizer {
public:
  /// `width` 0: the widest vector of `targetBits` bits.
  LoopVectorizer(scf::ForOp loop, unsigned width, unsigned targetBits,
                 bool reassoc)
      : loop(loop), requestedWidth(width), targetBits(targetBits),
        reassoc(reassoc) {}

  LogicalResult analyze();
  void rewrite();
  unsigned getWidth() const { return plan.width; }
  /// Why analyze() failed, in the user's terms, and what would change it.
  StringRef getReason() const { return reason; }

private:
  /// Records why the loop stays scalar; returns failure().
  LogicalResult reject(const Twine &why) {
    reason = why.str();
    return failure();
  }
  bool isInvariant(Value v) {
    if (loop.isDefinedOutsideOfLoop(v))
      return true;
    Operation *def = v.getDefiningOp();
    return def && !plan.varying.contains(def) && !addresses.contains(v);
  }
  LogicalResult analyzeAccess(Operation *op, Value memref, ValueRange indices);
  arith::SelectOp matchSelectCombiner(BlockArgument acc, Value yielded);
  /// One vector iteration at `iv`; returns the values to yield. With
  /// `failed`, it also returns the OR of every raise condition's lanes
  /// there and puts the stores under `scf.if !failed`.
  SmallVector<Value> emitVectorBody(OpBuilder &nb, Location l, Value iv,
                                    ValueRange accs, Value *failed);

  /// Scalar index arithmetic `iv (+|-) invariant` (through index_cast):
  /// it stays scalar and gives the first lane's index.
  void findAddressOps();

  scf::ForOp loop;
  unsigned requestedWidth, targetBits;
  bool reassoc;
  LoopPlan plan;
  DenseSet<Value> addresses; // iv and values affine in it with unit slope
  unsigned widestBits = 0;
  std::string reason;
};
} // namespace

/// How an op is named in a reason: its callee for a call.
static std::string describe(Operation *op) {
  if (auto call = dyn_cast<func::CallOp>(op))
    return ("a call to " + call.getCallee()).str();
  return ("'" + op->getName().getStringRef() + "'").str();
}

void LoopVectorizer::findAddressOps() {
  addresses.insert(loop.getInductionVar());
  for (Operation &op : loop.getBody()->without_terminator()) {
    if (isa<arith::IndexCastOp>(op) && addresses.contains(op.getOperand(0))) {
      addresses.insert(op.getResult(0));
      continue;
    }
    if (!isa<arith::AddIOp, arith::SubIOp>(op))
      continue;
    Value lhs = op.getOperand(0), rhs = op.getOperand(1);
    bool lhsAddr = addresses.contains(lhs), rhsAddr = addresses.contains(rhs);
    if ((lhsAddr && loop.isDefinedOutsideOfLoop(rhs)) ||
        (isa<arith::AddIOp>(op) && rhsAddr && loop.isDefinedOutsideOfLoop(lhs)))
      addresses.insert(op.getResult(0));
  }
}

LogicalResult LoopVectorizer::analyzeAccess(Operation *op, Value memref,
                                            ValueRange indices) {
  if (!loop.isDefinedOutsideOfLoop(memref))
    return reject("it reads or writes an array chosen inside the loop");
  if (!hasUnitInnerStride(memref))
    return reject("an array it walks is not contiguous along the loop (a "
                  "strided view, or bool elements): make it contiguous "
                  "(np.ascontiguousarray) or loop over the last axis");
  if (indices.empty() || !addresses.contains(indices.back()) ||
      !indices.back().getType().isIndex())
    return reject("an element index is not the loop index on the last axis "
                  "(a gather, or a walk down a column): loop over the last "
                  "axis innermost");
  for (Value index : indices.drop_back())
    if (!isInvariant(index))
      return reject("the loop index is used on an axis other than the last");
  plan.varying.insert(op);
  widestBits = std::max(
      widestBits, cast<MemRefType>(memref.getType()).getElementTypeBitWidth());
  return success();
}

/// `select(cmp(acc, x), acc, x)` (any operand order, an ordering
/// predicate) yielded as the new `acc`: a min/max written the way
/// convert-nbc-to-core writes OpenMP-friendly reductions. It is only
/// associative when no NaN enters, so it is accepted in loops that may
/// reassociate (prange blocks).
arith::SelectOp LoopVectorizer::matchSelectCombiner(BlockArgument acc,
                                                    Value yielded) {
  auto select = yielded.getDefiningOp<arith::SelectOp>();
  if (!reassoc || !select || select->getBlock() != loop.getBody() ||
      !select->hasOneUse() || llvm::range_size(acc.getUses()) != 2)
    return {};
  Operation *cmp = select.getCondition().getDefiningOp();
  if (!cmp || !cmp->hasOneUse() || cmp->getBlock() != loop.getBody())
    return {};
  bool ordering = false;
  if (auto cmpf = dyn_cast<arith::CmpFOp>(cmp)) {
    using P = arith::CmpFPredicate;
    P p = cmpf.getPredicate();
    ordering = p == P::OGT || p == P::OGE || p == P::OLT || p == P::OLE;
  } else if (auto cmpi = dyn_cast<arith::CmpIOp>(cmp)) {
    using P = arith::CmpIPredicate;
    P p = cmpi.getPredicate();
    ordering = p != P::eq && p != P::ne;
  }
  if (!ordering)
    return {};
  Value t = select.getTrueValue(), f = select.getFalseValue();
  Value other = t == acc ? f : t;
  if ((t != acc && f != acc) || other == acc)
    return {};
  Value a = cmp->getOperand(0), c = cmp->getOperand(1);
  if (!((a == acc && c == other) || (a == other && c == acc)))
    return {};
  return select;
}

LogicalResult LoopVectorizer::analyze() {
  std::optional<int64_t> step = getConstantIntValue(loop.getStep());
  if (!step || *step != 1 || !loop.getInductionVar().getType().isIndex())
    return reject("its step is not a constant 1");
  Block *body = loop.getBody();
  bool hasStore = false;
  findAddressOps();
  for (Operation &op : body->without_terminator()) {
    if (op.getNumRegions())
      return reject("its body branches (an if, or a check that cannot be "
                    "tested once per vector): compute both sides and select "
                    "(np.where, min/max) if the branch is simple");
    if (op.getNumResults() == 1 && addresses.contains(op.getResult(0)))
      continue; // Scalar index arithmetic, checked below.
    bool varyingOperand = llvm::any_of(
        op.getOperands(), [&](Value v) { return !isInvariant(v); });
    if (auto load = dyn_cast<memref::LoadOp>(op)) {
      if (!varyingOperand)
        continue; // A scalar load; rejected below if the loop stores.
      if (failed(analyzeAccess(&op, load.getMemRef(), load.getIndices())))
        return failure();
      continue;
    }
    if (auto store = dyn_cast<memref::StoreOp>(op)) {
      hasStore = true;
      if (failed(analyzeAccess(&op, store.getMemRef(), store.getIndices())))
        return failure();
      continue;
    }
    if (auto raise = dyn_cast<RaiseIfOp>(op)) {
      // An invariant check fails in the first iteration or never: this is
      // the slow copy of a loop nbc-version-checks versioned.
      if (loop.isDefinedOutsideOfLoop(raise.getCondition()))
        return reject("this is the checked copy of a loop versioned on its "
                      "checks; the other copy may be vectorized");
      plan.checks.push_back(raise);
      continue;
    }
    if (!isPure(&op) && !isSafeDivision(&op)) {
      if (isa<arith::DivSIOp, arith::RemSIOp, arith::DivUIOp, arith::RemUIOp>(
              op))
        return reject("an integer division or modulo whose divisor may be 0 "
                      "or -1");
      return reject(describe(&op) + " with side effects in its body");
    }
    if (!varyingOperand)
      continue; // Uniform: stays scalar.
    if (isRunTimeIntegerDivision(&op))
      return reject("an integer division or modulo by a run-time divisor: "
                    "CPUs have no vector integer division, and the scalar "
                    "loop lets LLVM divide in 32 bits when the values fit");
    if ((!op.hasTrait<OpTrait::Elementwise>() && !isa<arith::SelectOp>(op)) ||
        !isa<arith::ArithDialect, math::MathDialect>(op.getDialect()))
      return reject(describe(&op) + ", which has no vector form, in its body");
    for (Type type :
         llvm::concat<Type>(op.getOperandTypes(), op.getResultTypes())) {
      if (!type.isIntOrFloat()) // index values would need an iota
        return reject("the loop index is used as a value");
      widestBits = std::max(widestBits, type.getIntOrFloatBitWidth());
    }
    plan.varying.insert(&op);
  }
  // The induction variable and values derived from it may only index the
  // innermost axis (an iota vector would be needed otherwise).
  for (Value address : addresses)
    for (OpOperand &use : address.getUses()) {
      Operation *user = use.getOwner();
      if (user->getNumResults() == 1 && addresses.contains(user->getResult(0)))
        continue;
      if (!isa<memref::LoadOp, memref::StoreOp>(user) ||
          !plan.varying.contains(user) ||
          use.getOperandNumber() != user->getNumOperands() - 1)
        return reject("the loop index is used as a value or on an axis other "
                      "than the last");
    }
  if (hasStore) {
    SmallVector<memref::StoreOp> stores;
    for (Operation &op : body->without_terminator())
      if (auto store = dyn_cast<memref::StoreOp>(op))
        stores.push_back(store);
    for (Operation &op : body->without_terminator()) {
      auto load = dyn_cast<memref::LoadOp>(op);
      if (!load)
        continue;
      if (!plan.varying.contains(&op)) {
        // Read once per vector: only from memory that no store of the loop
        // may write (B[p, j] += A[i, p] * ... with B a fresh array).
        LocalAliasAnalysis aliases;
        if (llvm::any_of(stores, [&](memref::StoreOp store) {
              return !aliases.alias(load.getMemRef(), store.getMemRef()).isNo();
            }))
          return reject("it reads one element that its own stores may change");
        continue;
      }
      // A load from a buffer the loop writes is only safe at the very
      // element being written (a[i] = f(a[i])); a[i] = a[i - 1] carries a
      // dependence from one iteration to the next.
      Value buffer = underlyingBuffer(load.getMemRef());
      for (memref::StoreOp store : stores)
        if (underlyingBuffer(store.getMemRef()) == buffer &&
            (store.getMemRef() != load.getMemRef() ||
             store.getIndices() != load.getIndices()))
          return reject("a loop-carried dependence: it reads elements of an "
                        "array it writes at other indices (a[i] = a[i - 1])");
    }
  }
  // Every loop-carried value must be a reduction: used once by a
  // combining op whose result is only yielded back at its position.
  auto yield = cast<scf::YieldOp>(body->getTerminator());
  for (auto [k, acc] : llvm::enumerate(loop.getRegionIterArgs())) {
    if (arith::SelectOp select =
            matchSelectCombiner(acc, yield.getOperand(k))) {
      plan.combiners.push_back(select);
      plan.kinds.push_back(std::nullopt);
      continue;
    }
    auto notReduction = [&] {
      return reject("a value carried from one iteration to the next is not "
                    "a reduction (+, *, min, max, &, |, ^ of the elements)");
    };
    if (!acc.hasOneUse())
      return notReduction();
    Operation *user = *acc.getUsers().begin();
    std::optional<CombiningKind> kind = getCombiningKind(user, reassoc);
    if (!kind && isa<arith::AddFOp, arith::MulFOp>(user))
      return reject("a float reduction keeps Python's order of operations: "
                    "fastmath=True (or a prange) allows reordering it");
    if (!kind || !plan.varying.contains(user) || user->getNumResults() != 1 ||
        !user->getResult(0).hasOneUse() ||
        yield.getOperand(k) != user->getResult(0) ||
        llvm::count(user->getOperands(), acc) != 1)
      return notReduction();
    plan.combiners.push_back(user);
    plan.kinds.push_back(*kind);
  }
  if (plan.varying.empty() || widestBits == 0)
    return reject("nothing in it varies with the loop index");
  plan.width =
      requestedWidth ? requestedWidth : targetBits / widestBits;
  if (plan.width < 2)
    return reject("a vector register holds fewer than 2 of its elements");
  return success();
}

SmallVector<Value> LoopVectorizer::emitVectorBody(OpBuilder &nb, Location l,
                                                  Value iv, ValueRange accs,
                                                  Value *failed) {
  unsigned width = plan.width;
  auto vecType = [&](Type t) { return VectorType::get({width}, t); };
  IRMapping scalars;
  DenseMap<Value, Value> vectors;
  scalars.map(loop.getInductionVar(), iv);
  for (auto [old, acc] : llvm::zip(loop.getRegionIterArgs(), accs))
    vectors[old] = acc;
  auto vec = [&](Value v) -> Value {
    if (Value mapped = vectors.lookup(v))
      return mapped;
    Value splat = vector::BroadcastOp::create(nb, l, vecType(v.getType()),
                                              scalars.lookupOrDefault(v));
    vectors[v] = splat;
    return splat;
  };
  auto indices = [&](ValueRange range) {
    return llvm::map_to_vector(
        range, [&](Value v) { return scalars.lookupOrDefault(v); });
  };
  auto emitStore = [&](OpBuilder &sb, memref::StoreOp store) {
    vector::StoreOp::create(sb, l, vec(store.getValueToStore()),
                            store.getMemRef(), indices(store.getIndices()));
  };
  SmallVector<memref::StoreOp> deferred;
  for (Operation &op : loop.getBody()->without_terminator()) {
    if (auto raise = dyn_cast<RaiseIfOp>(op)) {
      Value lanes = vec(raise.getCondition());
      Value any = vector::ReductionOp::create(nb, l, CombiningKind::OR, lanes);
      *failed = *failed ? arith::OrIOp::create(nb, l, *failed, any).getResult()
                        : any;
      continue;
    }
    if (!plan.varying.contains(&op)) {
      nb.clone(op, scalars);
      continue;
    }
    if (auto load = dyn_cast<memref::LoadOp>(op)) {
      vectors[load.getResult()] =
          vector::LoadOp::create(nb, l, vecType(load.getType()),
                                 load.getMemRef(), indices(load.getIndices()));
      continue;
    }
    if (auto store = dyn_cast<memref::StoreOp>(op)) {
      // With checks, nothing is written until every lane passed them.
      if (failed)
        deferred.push_back(store);
      else
        emitStore(nb, store);
      continue;
    }
    OperationState state(l, op.getName());
    for (Value operand : op.getOperands())
      state.addOperands(vec(operand));
    for (Type type : op.getResultTypes())
      state.addTypes(vecType(type));
    state.addAttributes(op.getAttrs());
    Operation *vop = nb.create(state);
    for (auto [old, now] : llvm::zip(op.getResults(), vop->getResults()))
      vectors[old] = now;
  }
  if (failed) {
    // Stores run only if no lane failed (ops are pure up to here, so
    // computing the whole vector before the test is not observable).
    auto ifOp = scf::IfOp::create(nb, l, *failed, /*withElseRegion=*/true);
    OpBuilder sb = OpBuilder::atBlockBegin(ifOp.elseBlock());
    for (memref::StoreOp store : deferred)
      emitStore(sb, store);
  }
  auto yield = cast<scf::YieldOp>(loop.getBody()->getTerminator());
  return llvm::map_to_vector(yield.getOperands(), vec);
}

void LoopVectorizer::rewrite() {
  Location loc = loop.getLoc();
  OpBuilder b(loop);
  unsigned width = plan.width;
  Value lb = loop.getLowerBound(), ub = loop.getUpperBound();
  Value zero = arith::ConstantIndexOp::create(b, loc, 0);
  Value step = arith::ConstantIndexOp::create(b, loc, width);
  Value trip = arith::MaxSIOp::create(
      b, loc, arith::SubIOp::create(b, loc, ub, lb), zero);
  Value mainUb = arith::AddIOp::create(
      b, loc, lb,
      arith::MulIOp::create(b, loc, arith::DivUIOp::create(b, loc, trip, step),
                            step));
  auto vecType = [&](Type t) { return VectorType::get({width}, t); };
  SmallVector<Value> inits;
  for (auto [kind, acc, init] :
       llvm::zip(plan.kinds, loop.getRegionIterArgs(), loop.getInitArgs()))
    inits.push_back(
        kind ? Value(arith::ConstantOp::create(
                   b, loc,
                   DenseElementsAttr::get(vecType(acc.getType()),
                                          getCombiningIdentity(*kind, acc.getType()))))
             : Value(vector::BroadcastOp::create(b, loc, vecType(acc.getType()),
                                                 init)));

  Value scalarStart = mainUb;
  ValueRange vectorAccs;
  if (plan.checks.empty()) {
    auto vloop = scf::ForOp::create(
        b, loc, lb, mainUb, step, inits,
        [&](OpBuilder &nb, Location l, Value iv, ValueRange accs) {
          scf::YieldOp::create(nb, l,
                               emitVectorBody(nb, l, iv, accs, nullptr));
        });
    vectorAccs = vloop.getResults();
  } else {
    // while (iv < mainUb && !stop): a failing vector stops the loop at its
    // first index with the accumulators it started with.
    Value falseValue = arith::ConstantIntOp::create(b, loc, 0, 1);
    Value trueValue = arith::ConstantIntOp::create(b, loc, 1, 1);
    SmallVector<Value> operands{lb, falseValue};
    llvm::append_range(operands, inits);
    SmallVector<Type> types = llvm::to_vector(ValueRange(operands).getTypes());
    auto wloop = scf::WhileOp::create(
        b, loc, types, operands,
        [&](OpBuilder &nb, Location l, ValueRange args) {
          Value inRange = arith::CmpIOp::create(
              nb, l, arith::CmpIPredicate::slt, args[0], mainUb);
          Value go = arith::AndIOp::create(
              nb, l, inRange, arith::XOrIOp::create(nb, l, args[1], trueValue));
          scf::ConditionOp::create(nb, l, go, args);
        },
        [&](OpBuilder &nb, Location l, ValueRange args) {
          Value failed;
          SmallVector<Value> next =
              emitVectorBody(nb, l, args[0], args.drop_front(2), &failed);
          Value nextIv = arith::AddIOp::create(nb, l, args[0], step);
          SmallVector<Value> yielded{
              arith::SelectOp::create(nb, l, failed, args[0], nextIv), failed};
          for (auto [old, now] : llvm::zip(args.drop_front(2), next))
            yielded.push_back(arith::SelectOp::create(nb, l, failed, old, now));
          scf::YieldOp::create(nb, l, yielded);
        });
    scalarStart = wloop.getResult(0);
    vectorAccs = wloop.getResults().drop_front(2);
  }

  // Reduce the vector accumulators, fold in the init values, and let the
  // original loop finish the remaining iterations.
  for (auto [k, kind, combiner] : llvm::enumerate(plan.kinds, plan.combiners)) {
    Value init = loop.getInitArgs()[k];
    if (!kind) {
      // Lane by lane through the scalar compare + select; the lanes
      // started at the init already.
      auto select = cast<arith::SelectOp>(combiner);
      Operation *cmp = select.getCondition().getDefiningOp();
      BlockArgument acc = loop.getRegionIterArgs()[k];
      Value other = select.getTrueValue() == acc ? select.getFalseValue()
                                                 : select.getTrueValue();
      Value reduced = vector::ExtractOp::create(b, loc, vectorAccs[k], 0);
      for (unsigned lane = 1; lane < width; ++lane) {
        IRMapping map;
        map.map(acc, reduced);
        map.map(other, vector::ExtractOp::create(b, loc, vectorAccs[k],
                                                 int64_t(lane)));
        b.clone(*cmp, map);
        reduced = b.clone(*select, map)->getResult(0);
      }
      loop.getInitArgsMutable()[k].assign(reduced);
      continue;
    }
    bool isFloat = isa<FloatType>(init.getType());
    arith::FastMathFlags flags =
        isFloat ? arith::FastMathFlags::reassoc : arith::FastMathFlags::none;
    // A float add/mul reduction gets the identity as its start value:
    // without one, convert-vector-to-llvm starts a sum at +0.0, which turns
    // a sum of -0.0 into +0.0.
    Value reduced =
        isFloat && (*kind == CombiningKind::ADD || *kind == CombiningKind::MUL)
            ? vector::ReductionOp::create(
                  b, loc, *kind, vectorAccs[k],
                  arith::ConstantOp::create(
                      b, loc, getCombiningIdentity(*kind, init.getType())),
                  flags)
            : vector::ReductionOp::create(b, loc, *kind, vectorAccs[k],
                                          flags);
    OperationState state(loc, combiner->getName());
    state.addOperands({init, reduced});
    state.addTypes(init.getType());
    state.addAttributes(combiner->getAttrs());
    loop.getInitArgsMutable()[k].assign(b.create(state)->getResult(0));
  }
  loop.getLowerBoundMutable().assign(scalarStart);
}

namespace {
struct NBCVectorize : public nbc::impl::NBCVectorizeBase<NBCVectorize> {
  using NBCVectorizeBase::NBCVectorizeBase;
  LogicalResult initialize(MLIRContext *context) override {
    if (vectorWidth > kMaxVectorWidth)
      return emitError(UnknownLoc::get(context))
             << "nbc-vectorize: vector-width " << unsigned(vectorWidth)
             << " is not in 0.." << kMaxVectorWidth;
    if (llvm::Error error = checkTargetCPU(targetCPU))
      return emitError(UnknownLoc::get(context))
             << "nbc-vectorize: " << toString(std::move(error));
    return success();
  }
  void runOnOperation() override {
    if (vectorWidth == 1)
      return;
    func::FuncOp func = getOperation();
    bool reassoc = fastmath || arith::bitEnumContainsAll(
                                   getKernelOptions(func).getFastmath(),
                                   arith::FastMathFlags::reassoc);
    if (remarks)
      func.walk([](scf::ParallelOp loop) {
        loop.emitRemark("runs in parallel (OpenMP threads)");
      });
    unsigned targetBits = vectorWidth ? 0 : getTargetVectorBits(targetCPU);
    SmallVector<scf::ForOp> innermost;
    func.walk([&](scf::ForOp loop) {
      bool hasInner = false;
      loop.getBody()->walk([&](LoopLikeOpInterface) { hasInner = true; });
      if (!hasInner)
        innermost.push_back(loop);
      else if (remarks)
        loop.emitRemark("not vectorized: an outer loop (its innermost loops "
                        "are the ones vectorized)");
    });
    for (scf::ForOp loop : innermost) {
      // A prange block (nbc-strip-mine-parallel) reassociates anyway.
      bool parallel = loop->hasAttr("nbc.parallel_block");
      LoopVectorizer vectorizer(loop, vectorWidth, targetBits,
                                reassoc || parallel);
      bool vectorized = succeeded(vectorizer.analyze());
      if (remarks) {
        StringRef where = parallel ? " (a parallel loop's block)" : "";
        if (vectorized)
          loop.emitRemark() << "vectorized" << where << ": "
                            << vectorizer.getWidth() << " elements per vector";
        else
          loop.emitRemark() << "not vectorized" << where << ": "
                            << vectorizer.getReason();
      }
      if (vectorized)
        vectorizer.rewrite();
    }
  }
};
} // namespace
