//===- LoopTyping.cpp - Types of loop-carried values ----------------------===//
//
// widenLoopCarried retypes a clone of the loop from a worklist of values
// whose type changed and a set of loops whose inits or yields may disagree
// with their carried values; the original loop is replaced only when every
// reader could be retyped, so a refusal leaves the IR as it was.
//
//===----------------------------------------------------------------------===//

#include "nbc/Dialect/NBC/Transforms/LoopTyping.h"

#include "nbc/Dialect/NBC/IR/NBCTypeRules.h"
#include "nbc/Dialect/NBC/IR/NBCTypedBuilders.h"

#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/Dialect/SCF/IR/SCF.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/SetVector.h"
#include "llvm/ADT/SmallPtrSet.h"

using namespace mlir;
using namespace mlir::nbc;

/// An scf.while as frontends build loops: its condition forwards the
/// before-block arguments, which match the after-block's and the inits.
static bool isForwardingWhile(scf::WhileOp loop) {
  ValueRange forwarded = loop.getConditionOp().getArgs();
  Block::BlockArgListType before = loop.getBeforeArguments();
  return forwarded.size() == before.size() &&
         before.size() == loop.getAfterArguments().size() &&
         llvm::equal(forwarded, before);
}

bool nbc::isCarryingLoop(Operation *op) {
  if (isa<RangeOp, PRangeOp>(op))
    return true;
  auto loop = dyn_cast<scf::WhileOp>(op);
  return loop && isForwardingWhile(loop);
}

static unsigned getNumCarried(Operation *loop) {
  if (auto range = dyn_cast<RangeOp>(loop))
    return range.getInitArgs().size();
  if (auto prange = dyn_cast<PRangeOp>(loop))
    return prange.getInitVals().size();
  return cast<scf::WhileOp>(loop).getInits().size();
}

static OpOperand &getInitOperand(Operation *loop, unsigned k) {
  if (auto range = dyn_cast<RangeOp>(loop))
    return range.getInitArgsMutable()[k];
  if (auto prange = dyn_cast<PRangeOp>(loop))
    return prange.getInitValsMutable()[k];
  return cast<scf::WhileOp>(loop).getInitsMutable()[k];
}

/// The block arguments that carry value `k` (two for scf.while).
static SmallVector<BlockArgument, 2> getCarriedArgs(Operation *loop,
                                                    unsigned k) {
  if (auto range = dyn_cast<RangeOp>(loop))
    return {range.getBody()->getArgument(k + 1)};
  if (auto prange = dyn_cast<PRangeOp>(loop))
    return {prange.getAccumulators()[k]};
  auto loopOp = cast<scf::WhileOp>(loop);
  return {loopOp.getBeforeArguments()[k], loopOp.getAfterArguments()[k]};
}

static unsigned getNumYielded(Operation *loop) {
  if (auto range = dyn_cast<RangeOp>(loop))
    return range.getYield().getValues().size();
  if (auto prange = dyn_cast<PRangeOp>(loop))
    return cast<YieldOp>(prange.getBody()->getTerminator()).getValues().size();
  return cast<scf::WhileOp>(loop).getYieldOp().getResults().size();
}

static OpOperand &getYieldedOperand(Operation *loop, unsigned k) {
  if (auto range = dyn_cast<RangeOp>(loop))
    return range.getYield().getValuesMutable()[k];
  if (auto prange = dyn_cast<PRangeOp>(loop))
    return cast<YieldOp>(prange.getBody()->getTerminator())
        .getValuesMutable()[k];
  return cast<scf::WhileOp>(loop).getYieldOp().getResultsMutable()[k];
}

/// Whether `use` passes a carried value of `loop`: an init, a yielded
/// value or a value a while's condition forwards.
static bool isCarriedOperand(Operation *loop, OpOperand &use) {
  for (unsigned k = 0, n = getNumCarried(loop); k < n; ++k)
    if (&use == &getInitOperand(loop, k) || &use == &getYieldedOperand(loop, k))
      return true;
  auto condition = dyn_cast<scf::ConditionOp>(use.getOwner());
  return condition && condition->getParentOp() == loop &&
         use.getOperandNumber() > 0;
}

/// Numba's rule for Python scalars and NumPy's for elements give one type:
/// an op is built again the same whichever rule built it.
static bool promotionRulesAgree(Type lhs, Type rhs) {
  auto numeric = [](Type t) -> Type {
    return t.isInteger(1) ? IntegerType::get(t.getContext(), 64,
                                             IntegerType::Signed)
                          : t;
  };
  Type scalar = promoteScalarOperands(lhs, rhs);
  return scalar && scalar == promoteTypes(numeric(lhs), numeric(rhs));
}

static std::optional<BinaryOperator> getBinaryOperator(Operation *op) {
  if (isa<AddOp>(op))
    return BinaryOperator::Add;
  if (isa<SubOp>(op))
    return BinaryOperator::Sub;
  if (isa<MulOp>(op))
    return BinaryOperator::Mul;
  if (isa<TrueDivOp>(op))
    return BinaryOperator::TrueDiv;
  if (isa<FloorDivOp>(op))
    return BinaryOperator::FloorDiv;
  if (isa<ModOp>(op))
    return BinaryOperator::Mod;
  if (isa<PowOp>(op))
    return BinaryOperator::Pow;
  if (isa<ShlOp>(op))
    return BinaryOperator::LShift;
  if (isa<ShrOp>(op))
    return BinaryOperator::RShift;
  return std::nullopt;
}

/// As promotionRulesAgree, for a shift of integers: Numba shifts at 64
/// bits with the left operand's signedness (a bool's is signed), NumPy in
/// the promoted type.
static bool shiftRulesAgree(Type lhs, Type rhs) {
  auto lhsInt = cast<IntegerType>(lhs);
  Type scalar = IntegerType::get(
      lhs.getContext(), 64,
      lhsInt.getWidth() == 1 ? IntegerType::Signed : lhsInt.getSignedness());
  return scalar == promoteTypes(lhs, rhs);
}

namespace {
/// What a widening changed, so that a refusal can put it back: the ops the
/// typed builders created, the operands set and the types given.
class Journal : public OpBuilder::Listener {
public:
  void notifyOperationInserted(Operation *op,
                               OpBuilder::InsertPoint) override {
    created.push_back(op);
  }
  void setOperand(OpOperand &operand, Value value) {
    operands.push_back({operand.getOwner(), operand.getOperandNumber(),
                        operand.get()});
    operand.set(value);
  }
  void replaceAllUsesWith(Value old, Value value) {
    for (OpOperand &use : llvm::make_early_inc_range(old.getUses()))
      setOperand(use, value);
  }
  void setType(Value value, Type type) {
    types.push_back({value, value.getType()});
    value.setType(type);
  }
  void undo();
  /// The values given a type, in order (some more than once).
  auto retypedValues() const { return llvm::make_first_range(types); }

private:
  SmallVector<Operation *> created;
  SmallVector<std::tuple<Operation *, unsigned, Value>> operands;
  SmallVector<std::pair<Value, Type>> types;
};

class Widener {
public:
  /// `what` names the widened values in refusals.
  Widener(MLIRContext *context, StringRef what)
      : what(what), firstLoc(UnknownLoc::get(context)) {}
  LogicalResult run(Operation *root);
  void setType(Value value, Type type);
  /// The constant `value` as a wider `type`: its uses read a cast of it.
  void castConstant(Value value, Type type);
  /// Puts back what a failed run changed.
  void undo() { journal.undo(); }
  /// After a successful run: what it changed (widenValues).
  void getChanges(SmallVectorImpl<std::pair<Value, Value>> &changes) const;

private:
  LogicalResult retypeUser(Operation *user, Value value);
  LogicalResult rebuildOperator(Operation *user, Value value);
  LogicalResult rebuild(Operation *user, FailureOr<Value> built);
  LogicalResult retypeIfResult(scf::IfOp ifOp, unsigned k);
  LogicalResult reconcile(Operation *loop);
  LogicalResult refuse(Operation *op, const Twine &reader) const;
  void castOperand(OpOperand &operand, Type type);

  StringRef what;
  Location firstLoc; // of the first value given a type
  Journal journal;
  SmallVector<Value> changed;          // values whose type changed
  llvm::SetVector<Operation *> loops;  // loops to reconcile
  // Replaced ops, erased at the end: a value on the worklist stays valid.
  llvm::SetVector<Operation *> replaced;
  // Promotion casts whose readers were built again, erased after them.
  llvm::SetVector<Operation *> stalePromotions;
  // Each replaced value and what took its place (itself maybe replaced).
  llvm::DenseMap<Value, Value> replacements;
};
} // namespace

void Journal::undo() {
  for (auto &[owner, number, value] : llvm::reverse(operands))
    owner->setOperand(number, value);
  for (auto &[value, type] : llvm::reverse(types))
    value.setType(type);
  for (Operation *op : llvm::reverse(created)) {
    op->dropAllUses();
    op->erase();
  }
  operands.clear();
  types.clear();
  created.clear();
}

LogicalResult Widener::refuse(Operation *op, const Twine &reader) const {
  return op->emitError("cannot widen ") << what << " read by " << reader;
}

/// `operand` converted to `type` by a cast before its owner.
void Widener::castOperand(OpOperand &operand, Type type) {
  if (operand.get().getType() == type)
    return;
  OpBuilder builder(operand.getOwner(), &journal);
  journal.setOperand(operand, buildCastTo(builder, operand.getOwner()->getLoc(),
                                          operand.get(), type));
}

void Widener::setType(Value value, Type type) {
  if (changed.empty() && loops.empty())
    firstLoc = value.getLoc();
  journal.setType(value, type);
  changed.push_back(value);
}

void Widener::castConstant(Value value, Type type) {
  if (changed.empty() && loops.empty())
    firstLoc = value.getLoc();
  OpBuilder builder(value.getContext(), &journal);
  builder.setInsertionPointAfterValue(value);
  Value cast = buildCastTo(builder, value.getLoc(), value, type);
  for (OpOperand &use : llvm::make_early_inc_range(value.getUses()))
    if (use.getOwner() != cast.getDefiningOp())
      journal.setOperand(use, cast);
  replacements[value] = cast;
  changed.push_back(cast);
}

LogicalResult Widener::run(Operation *root) {
  if (root)
    loops.insert(root);
  // Types only widen along a finite lattice; the bound is a safety net.
  for (unsigned steps = 0; steps < 100000; ++steps) {
    if (!changed.empty()) {
      Value value = changed.pop_back_val();
      llvm::SetVector<Operation *> users;
      for (Operation *user : value.getUsers())
        if (!replaced.contains(user) && !stalePromotions.contains(user))
          users.insert(user);
      for (Operation *user : users)
        if (failed(retypeUser(user, value)))
          return failure();
      continue;
    }
    if (loops.empty()) {
      for (Operation *op : replaced)
        op->erase();
      for (Operation *cast : stalePromotions)
        if (!replaced.contains(cast) && cast->use_empty())
          cast->erase();
      return success();
    }
    if (failed(reconcile(loops.pop_back_val())))
      return failure();
  }
  return emitError(root ? root->getLoc() : firstLoc,
                   "widened types do not settle");
}

void Widener::getChanges(
    SmallVectorImpl<std::pair<Value, Value>> &changes) const {
  llvm::SmallPtrSet<void *, 16> seen;
  for (Value value : journal.retypedValues())
    if (!replacements.count(value) &&
        seen.insert(value.getAsOpaquePointer()).second)
      changes.push_back({value, value});
  for (auto [old, value] : replacements) {
    Value last = value;
    for (auto next = replacements.find(last); next != replacements.end();
         next = replacements.find(last))
      last = next->second;
    changes.push_back({old, last});
  }
}

LogicalResult Widener::rebuild(Operation *user, FailureOr<Value> built) {
  if (failed(built))
    return failure(); // the typed builder said why
  Value old = user->getResult(0);
  journal.replaceAllUsesWith(old, *built);
  replaced.insert(user);
  replacements[old] = *built;
  if (old.getType() != built->getType())
    changed.push_back(*built);
  return success();
}

/// The operand a typed builder was given for `operand`: a promotion cast it
/// inserted is looked through, so that a rebuild promotes the new type.
static Value getOperatorInput(Value operand) {
  auto cast = operand.getDefiningOp<CastOp>();
  return cast && cast.getPromotion() ? cast.getInput() : operand;
}

static bool isRebuiltOperator(Operation *op) {
  return getBinaryOperator(op) ||
         isa<NegOp, AbsOp, CmpOp, SelectOp, MinOp, MaxOp>(op);
}

LogicalResult Widener::retypeUser(Operation *user, Value value) {
  Type type = value.getType();
  if (auto cast = dyn_cast<CastOp>(user)) {
    // A promotion the narrower type needed, now built into the value.
    if (cast.getType() == type) {
      journal.replaceAllUsesWith(cast, cast.getInput());
      replaced.insert(cast);
      replacements[cast] = cast.getInput();
      return success();
    }
    if (cast.getType().isInteger(1)) // a truth test reads any type
      return success();
    // A store's or an index's conversion (buildConversion) converts the
    // wider value as building it again would: it stays, while its kind
    // takes the type (an index an integer within si64, an item no complex
    // for a real one).
    if (auto kind = cast->getAttrOfType<StringAttr>(kConversionAttrName)) {
      bool index = kind.getValue() == "index";
      if (index ? isNBCInteger(type) &&
                      promoteTypes(type, cast.getType()) == cast.getType()
                : !isNBCComplex(type) || isNBCComplex(cast.getType()))
        return success();
      return refuse(user, index ? "an index's conversion"
                                : "an item's conversion");
    }
    if (!cast.getPromotion())
      return refuse(user, "a conversion to another type");
    // The operators it promoted an operand of are built again from the new
    // type; the cast is left without readers.
    SmallVector<Operation *> readers;
    for (Operation *reader : cast->getUsers())
      if (!replaced.contains(reader))
        readers.push_back(reader);
    for (Operation *reader : readers) {
      if (!isRebuiltOperator(reader))
        return refuse(reader, "'" + reader->getName().getStringRef() + "'");
      if (failed(rebuildOperator(reader, value)))
        return failure();
    }
    stalePromotions.insert(cast);
    return success();
  }
  if (isRebuiltOperator(user))
    return rebuildOperator(user, value);
  if (auto raise = dyn_cast<RaiseIfOp>(user)) {
    // Its message formats the value by the type it ends with: as `str`, or
    // as the type's name.
    if (raise.getCondition() == value || !isa<IntegerType, FloatType>(type))
      return refuse(user, "a raise on it or a message formatting a complex");
    for (auto [i, arg] : llvm::enumerate(raise.getArgs())) {
      StringRef format = raise.getFormat(i);
      if (arg == value && !format.empty() &&
          format != RaiseIfOp::kTypeNameFormat)
        return refuse(user, "a message formatting it with a spec");
    }
    return success();
  }
  Operation *parent = user->getParentOp();
  if (auto ret = dyn_cast<func::ReturnOp>(user)) {
    // The function's result types are its builder's: they must be the new
    // ones already (set before widening a recursive call's results).
    auto func = dyn_cast<func::FuncOp>(parent);
    if (func && func.getNumResults() == ret.getNumOperands() &&
        llvm::equal(func.getResultTypes(), ret.getOperandTypes()))
      return success();
    return refuse(user, "a return of another type");
  }
  if (auto yield = dyn_cast<scf::YieldOp>(user)) {
    if (auto ifOp = dyn_cast<scf::IfOp>(parent)) {
      for (OpOperand &use : yield->getOpOperands())
        if (use.get() == value &&
            failed(retypeIfResult(ifOp, use.getOperandNumber())))
          return failure();
      return success();
    }
  }
  // A loop's yield (or a while's condition, which forwards the carried
  // values) and a loop's init are checked when the loop is reconciled, if
  // the value is nothing else there (a bound, a break condition).
  Operation *loop = isCarryingLoop(user) ? user : parent;
  if (isCarryingLoop(loop) &&
      llvm::all_of(user->getOpOperands(), [&](OpOperand &use) {
        return use.get() != value || isCarriedOperand(loop, use);
      })) {
    loops.insert(loop);
    return success();
  }
  return refuse(user, "'" + user->getName().getStringRef() + "'");
}

/// Builds an operator again from its inputs (promotion casts looked
/// through), as its frontend would with the new types.
LogicalResult Widener::rebuildOperator(Operation *user, Value value) {
  OpBuilder builder(user, &journal);
  Location loc = user->getLoc();
  auto input = [&](unsigned k) {
    return getOperatorInput(user->getOperand(k));
  };
  if (std::optional<BinaryOperator> op = getBinaryOperator(user)) {
    Value lhs = input(0), rhs = input(1);
    bool shift = *op == BinaryOperator::LShift || *op == BinaryOperator::RShift;
    if (shift && !(isNBCInteger(lhs.getType()) && isNBCInteger(rhs.getType())))
      return refuse(user, "'" + user->getName().getStringRef() + "'");
    if (!(shift ? shiftRulesAgree : promotionRulesAgree)(lhs.getType(),
                                                         rhs.getType()))
      return refuse(user, "an operator whose operand types are ambiguous");
    return rebuild(user, buildBinary(builder, loc, *op, lhs, rhs));
  }
  if (isa<NegOp, AbsOp>(user)) {
    // Numba widens an integer result to 64 bits after the operator, NumPy
    // keeps it: the same for floats and 64-bit integers.
    Value operand = input(0);
    auto integer = dyn_cast<IntegerType>(operand.getType());
    if (integer && integer.getWidth() != 64)
      return refuse(user, "an operator on a narrow integer");
    if (isa<AbsOp>(user))
      return rebuild(user, buildAbs(builder, loc, operand));
    return rebuild(user,
                   buildUnary(builder, loc, UnaryOperator::Neg, operand));
  }
  if (auto cmp = dyn_cast<CmpOp>(user))
    return rebuild(user, buildCompare(builder, loc, cmp.getPredicate(),
                                      input(0), input(1)));
  if (auto select = dyn_cast<SelectOp>(user)) {
    if (value == select.getCondition())
      return refuse(user, "a select on it");
    return rebuild(user, buildWhere(builder, loc, select.getCondition(),
                                    input(1), input(2)));
  }
  // np.minimum/maximum build an integer one with `numpy` and swapped
  // operands (NumPy keeps the second on ties); on floats NumPy's form
  // propagates a NaN from either side.
  bool isMax = isa<MaxOp>(user);
  if (user->hasAttr(MaxOp::getNumpyAttrName(user->getName())))
    return rebuild(user, buildNumpyMinMax(builder, loc, isMax, input(1),
                                          input(0)));
  return rebuild(user, buildMinMax(builder, loc, isMax, input(0), input(1)));
}

/// Whether every region of `op` ends in its terminator (a frontend may
/// still be building one).
static bool isBuilt(Operation *op) {
  return llvm::all_of(op->getRegions(), [](Region &region) {
    return !region.empty() && region.back().mightHaveTerminator();
  });
}

LogicalResult Widener::retypeIfResult(scf::IfOp ifOp, unsigned k) {
  if (!isBuilt(ifOp))
    return refuse(ifOp, "an scf.if still being built");
  OpOperand &thenValue = ifOp.thenYield()->getOpOperand(k);
  OpOperand &elseValue = ifOp.elseYield()->getOpOperand(k);
  Type thenType = thenValue.get().getType();
  Type elseType = elseValue.get().getType();
  Type joined = promoteTypes(thenType, elseType);
  Value result = ifOp.getResult(k);
  if (!joined || !isNBCScalar(result.getType()))
    return refuse(ifOp, "an scf.if that merges it with a non-scalar");
  castOperand(thenValue, joined);
  castOperand(elseValue, joined);
  if (result.getType() != joined)
    setType(result, joined);
  return success();
}

LogicalResult Widener::reconcile(Operation *loop) {
  if (!isBuilt(loop))
    return refuse(loop, "a loop still being built");
  if (!isCarryingLoop(loop))
    return refuse(loop, "a loop whose condition does not forward it");
  for (unsigned k = 0, n = getNumCarried(loop); k < n; ++k) {
    SmallVector<BlockArgument, 2> args = getCarriedArgs(loop, k);
    OpOperand &init = getInitOperand(loop, k);
    OpOperand &yielded = getYieldedOperand(loop, k);
    Type carried = args.front().getType(), joined = carried;
    for (Type type : {init.get().getType(), yielded.get().getType()}) {
      if (type == carried)
        continue;
      if (!isNBCScalar(type) || !isNBCScalar(carried))
        return refuse(loop, "a loop that carries it as a non-scalar");
      joined = promoteTypes(joined, type);
    }
    if (joined != carried) {
      for (BlockArgument arg : args)
        setType(arg, joined);
      setType(loop->getResult(k), joined);
    }
    castOperand(init, joined);
    castOperand(yielded, joined);
  }
  return success();
}

FailureOr<Operation *> nbc::widenLoopCarried(Operation *loop) {
  if (!loop || !isCarryingLoop(loop))
    return loop ? loop->emitError("widenLoopCarried: expected nbc.range, "
                                  "nbc.prange or an scf.while whose "
                                  "condition forwards its arguments")
                : failure();
  if (!loop->use_empty())
    return loop->emitError("widenLoopCarried: the loop's results are "
                           "already used");
  if (getNumYielded(loop) != getNumCarried(loop))
    return loop->emitError("widenLoopCarried: the loop yields ")
           << getNumYielded(loop) << " values for " << getNumCarried(loop)
           << " carried ones";
  Operation *before = loop->getPrevNode();
  OpBuilder builder(loop);
  Operation *copy = builder.clone(*loop);
  if (failed(Widener(loop->getContext(), "a loop-carried value").run(copy))) {
    // Erase the clone and the init casts put before it, last first.
    for (Operation *op = copy; op != before;) {
      Operation *prev = op->getPrevNode();
      op->erase();
      op = prev;
    }
    return failure();
  }
  loop->erase();
  return copy;
}

LogicalResult
nbc::widenValues(ArrayRef<std::pair<Value, Type>> widened,
                 SmallVectorImpl<std::pair<Value, Value>> *changes,
                 bool decided) {
  if (widened.empty())
    return success();
  Widener widener(widened.front().second.getContext(),
                  decided ? "an item read from an undecided container"
                          : "a value");
  for (auto [value, type] : widened) {
    if (!value || !type)
      return failure();
    Type old = value.getType();
    if (!isNBCScalar(old) || !isNBCScalar(type) ||
        (!decided && promoteTypes(old, type) != type)) {
      widener.undo();
      return emitError(value.getLoc(), "widenValues: ")
             << type << " is not a scalar type " << old << " widens to";
    }
    // A constant (a frontend's placeholder) keeps its type: a cast of it
    // is the same number in the wider one.
    if (old != type && value.getDefiningOp<ConstantOp>())
      widener.castConstant(value, type);
    else if (old != type)
      widener.setType(value, type);
  }
  if (failed(widener.run(nullptr))) {
    widener.undo();
    return failure();
  }
  if (changes)
    widener.getChanges(*changes);
  return success();
}

LogicalResult nbc::widenRecursiveCalls(func::FuncOp func, TypeRange results) {
  SmallVector<std::pair<Value, Type>> widened;
  // Calls from other functions (mutual recursion) were typed for the old
  // results too; their own returns must keep their types (widenValues
  // refuses a func.return that would change).
  Operation *scope = func->getParentOp();
  WalkResult walk = (scope ? scope : func.getOperation())->walk([&](
                                                              func::CallOp call) {
    if (call.getCallee() != func.getSymName())
      return WalkResult::advance();
    if (call.getNumResults() != results.size()) {
      call.emitError("widenRecursiveCalls: the call has ")
          << call.getNumResults() << " results, the function "
          << results.size();
      return WalkResult::interrupt();
    }
    for (auto [result, type] : llvm::zip(call.getResults(), results))
      if (result.getType() != type)
        widened.push_back({result, type});
    return WalkResult::advance();
  });
  if (walk.wasInterrupted())
    return failure();
  FunctionType old = func.getFunctionType();
  func.setFunctionType(old.clone(old.getInputs(), results));
  if (succeeded(widenValues(widened)))
    return success();
  func.setFunctionType(old);
  return failure();
}
