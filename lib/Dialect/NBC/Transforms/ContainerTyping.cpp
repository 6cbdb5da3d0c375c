//===- ContainerTyping.cpp - Element types decided by insertions ----------===//
//
// decideContainerType and widenContainerType collect the values that hold
// one container by following it forward through the ops that pass it on,
// check that every loop and branch on the way would still agree with
// itself, and only then retype them: a refusal leaves the IR as it was.
// Items read before the retyping (`l[-1]`, `d.get(k, 0)`) take the new item
// type, their readers retyped by widenValues; a refusal there undoes all.
//
//===----------------------------------------------------------------------===//

#include "nbc/Dialect/NBC/Transforms/ContainerTyping.h"

#include "nbc/Dialect/NBC/IR/NBCDialect.h"
#include "nbc/Dialect/NBC/IR/NBCOps.h"
#include "nbc/Dialect/NBC/IR/NBCTypeRules.h"
#include "nbc/Dialect/NBC/Transforms/LoopTyping.h"

#include "mlir/Dialect/SCF/IR/SCF.h"
#include "llvm/ADT/SetVector.h"

using namespace mlir;
using namespace mlir::nbc;

namespace {
/// The values holding one container, and the ops that carry it from one to
/// the next (checked once all are known).
class ContainerFlow {
public:
  /// `widening`: insertions are followed too, their items cast afterwards.
  explicit ContainerFlow(bool widening) : widening(widening) {}
  LogicalResult collect(Value root);
  LogicalResult checkJoins(Type type) const;
  LogicalResult castItems(Type type);
  LogicalResult checkReads(Type old, Type type) const;
  void castFallbacks(Type type);
  /// The values the item reads give that take another type, each with it:
  /// a scalar read's result, or the fields read from a tuple read's result
  /// (which takes the new tuple type now).
  SmallVector<std::pair<Value, Type>> retypeReads(Type type);
  /// Puts back the casts castItems and castFallbacks built, and the tuple
  /// types retypeReads changed.
  void undoCasts();

  llvm::SetVector<Value> values;

private:
  LogicalResult follow(OpOperand &use);
  bool followInsertion(Operation *user, unsigned number);
  void add(Value value) {
    if (values.insert(value))
      worklist.push_back(value);
  }
  void addCarried(Operation *loop, unsigned k);

  bool widening;
  SmallVector<Value> worklist;
  llvm::SetVector<Operation *> joins; // loops, ifs and trys reached
  // The items insertions pass in, each with whether it is a dict's value
  // (else a list's element or a dict's or set's key).
  SmallVector<std::pair<OpOperand *, bool>> items;
  // Ops reading one item (nbc.list_get, nbc.list_pop, nbc.dict_get,
  // nbc.dict_get_or): their results take the new item type.
  SmallVector<Operation *> reads;
  // Key probes (nbc.dict_contains, `k in d`): they read no item, so only
  // their key must keep its type.
  SmallVector<DictContainsOp> probes;
  // Operands the casts replaced, with what they held, and the ops built.
  SmallVector<std::pair<OpOperand *, Value>> castOperands;
  // Tuple reads (and unused reads) retypeReads retyped, with their old type.
  SmallVector<std::pair<Value, Type>> retypedTuples;
  struct Created : OpBuilder::Listener {
    void notifyOperationInserted(Operation *op,
                                 OpBuilder::InsertPoint) override {
      created.push_back(op);
    }
    SmallVector<Operation *> created;
  } castOps;
};
} // namespace

/// The terminator of `block`, or null while a frontend is still building it.
static Operation *getBuiltTerminator(Block &block) {
  return block.mightHaveTerminator() ? block.getTerminator() : nullptr;
}

void ContainerFlow::addCarried(Operation *loop, unsigned k) {
  joins.insert(loop);
  if (auto range = dyn_cast<RangeOp>(loop)) {
    add(range.getBody()->getArgument(k + 1));
  } else {
    auto whileOp = cast<scf::WhileOp>(loop);
    add(whileOp.getBeforeArguments()[k]);
    add(whileOp.getAfterArguments()[k]);
  }
  add(loop->getResult(k));
}

/// An insertion taking the container as operand `number`: its result holds
/// the container from then on.
bool ContainerFlow::followInsertion(Operation *user, unsigned number) {
  if (auto append = dyn_cast<ListAppendOp>(user); append && number == 0) {
    items.push_back({&append.getValueMutable(), false});
    add(append.getResult());
    return true;
  }
  if (auto set = dyn_cast<ListSetOp>(user); set && number == 1) {
    items.push_back({&set.getValueMutable(), false});
    if (Value result = set.getResult())
      add(result);
    return true;
  }
  if (auto insert = dyn_cast<DictInsertOp>(user); insert && number == 0) {
    items.push_back({&insert.getKeyMutable(), false});
    items.push_back({&insert.getValueMutable(), true});
    add(insert.getResult());
    return true;
  }
  if (auto setAdd = dyn_cast<SetAddOp>(user); setAdd && number == 0) {
    items.push_back({&setAdd.getKeyMutable(), false});
    add(setAdd.getResult());
    return true;
  }
  return false;
}

LogicalResult ContainerFlow::follow(OpOperand &use) {
  Operation *user = use.getOwner();
  unsigned number = use.getOperandNumber();
  if (isa<ListLenOp, DictLenOp, DictClearOp>(user))
    return success();
  if (widening && followInsertion(user, number))
    return success();
  if (auto probe = dyn_cast<DictContainsOp>(user);
      probe && use.get() == probe.getTable()) {
    probes.push_back(probe);
    return success();
  }
  if (isa<ListGetOp, ListPopOp, DictGetOp, DictGetOrOp>(user) && number == 0) {
    reads.push_back(user);
    return success();
  }
  if (auto range = dyn_cast<RangeOp>(user)) {
    unsigned first = range.getInitArgs().getBeginOperandIndex();
    if (number >= first) {
      addCarried(range, number - first);
      return success();
    }
  }
  if (auto whileOp = dyn_cast<scf::WhileOp>(user)) {
    addCarried(whileOp, number);
    return success();
  }
  Operation *parent = user->getParentOp();
  if (isa<scf::ConditionOp>(user) && isa<scf::WhileOp>(parent) && number > 0) {
    addCarried(parent, number - 1);
    return success();
  }
  if (auto yield = dyn_cast<YieldOp>(user)) {
    unsigned first = yield.getValues().getBeginOperandIndex();
    if (number >= first && isa<RangeOp>(parent)) {
      addCarried(parent, number - first);
      return success();
    }
    if (auto tryOp = dyn_cast<TryOp>(parent); tryOp && number >= first) {
      joins.insert(parent);
      // An nbc.try under construction has no values yet.
      unsigned result = tryOp.getNumLeading() + number - first;
      if (parent->getNumResults() > result)
        add(parent->getResult(result));
      return success();
    }
  }
  if (isa<scf::YieldOp>(user) && isa<scf::IfOp, scf::WhileOp>(parent)) {
    if (isa<scf::WhileOp>(parent)) {
      addCarried(parent, number);
      return success();
    }
    joins.insert(parent);
    // An scf.if under construction has no results yet.
    if (parent->getNumResults() > number)
      add(parent->getResult(number));
    return success();
  }
  if (widening)
    return user->emitError("cannot widen the element type of a container ")
           << "that '" << user->getName() << "' uses";
  return user->emitError("cannot decide the element type of a container ")
         << "that '" << user->getName() << "' uses before its first insertion";
}

LogicalResult ContainerFlow::collect(Value root) {
  add(root);
  while (!worklist.empty()) {
    Value value = worklist.pop_back_val();
    for (OpOperand &use : value.getUses())
      if (failed(follow(use)))
        return failure();
  }
  return success();
}

LogicalResult ContainerFlow::checkJoins(Type type) const {
  auto typeAfter = [&](Value value) {
    return values.contains(value) ? type : value.getType();
  };
  // Each group of values one join makes one value of must agree.
  auto agree = [&](Operation *join, ArrayRef<Value> group) -> LogicalResult {
    for (Value value : group)
      if (value && typeAfter(value) != typeAfter(group.front()))
        return join->emitError("cannot decide the element type of a ")
               << "container this op joins with another value";
    return success();
  };
  for (Operation *join : joins) {
    if (auto range = dyn_cast<RangeOp>(join)) {
      Operation *yield = getBuiltTerminator(*range.getBody());
      for (auto [k, init] : llvm::enumerate(range.getInitArgs()))
        if (failed(agree(join, {init, range.getBody()->getArgument(k + 1),
                                range.getResult(k),
                                yield ? cast<YieldOp>(yield).getValues()[k]
                                      : Value()})))
          return failure();
      continue;
    }
    if (auto whileOp = dyn_cast<scf::WhileOp>(join)) {
      Operation *condition = getBuiltTerminator(whileOp.getBefore().front());
      Operation *yield = getBuiltTerminator(whileOp.getAfter().front());
      for (auto [k, init] : llvm::enumerate(whileOp.getInits()))
        if (failed(agree(
                join,
                {init, whileOp.getBeforeArguments()[k],
                 whileOp.getAfterArguments()[k], whileOp.getResult(k),
                 condition ? condition->getOperand(k + 1) : Value(),
                 yield ? yield->getOperand(k) : Value()})))
          return failure();
      continue;
    }
    // An scf.if or nbc.try: each result and what its regions yield for it.
    auto tryOp = dyn_cast<TryOp>(join);
    unsigned flags = tryOp ? tryOp.getNumLeading() : 0; // flags, pending
    for (unsigned k = flags, e = join->getNumResults(); k < e; ++k) {
      SmallVector<Value, 3> group = {join->getResult(k)};
      for (Region &region : join->getRegions())
        if (!region.empty())
          if (Operation *yield = getBuiltTerminator(region.front()))
            group.push_back(tryOp ? cast<YieldOp>(yield).getValues()[k - flags]
                                  : yield->getOperand(k));
      if (failed(agree(join, group)))
        return failure();
    }
  }
  return success();
}

/// The type an item of a container of `type` has: its element, key or
/// (`isValue`) value type.
static Type getItemType(Type type, bool isValue) {
  if (auto list = dyn_cast<ListType>(type))
    return list.getElementType();
  if (auto set = dyn_cast<SetType>(type))
    return set.getKeyType();
  auto dict = cast<DictType>(type);
  return isValue ? dict.getValueType() : dict.getKeyType();
}

/// Whether a `have` item converts to `want` field by field: scalars, or
/// tuples of scalars of one length (a list of tuples' items).
static bool isConvertibleItem(Type have, Type want) {
  if (isNBCScalar(have) && isNBCScalar(want))
    return true;
  auto from = dyn_cast<TupleType>(have), to = dyn_cast<TupleType>(want);
  return from && to && from.size() == to.size() &&
         llvm::all_of(llvm::zip(from.getTypes(), to.getTypes()), [](auto pair) {
           return isNBCScalar(std::get<0>(pair)) &&
                  isNBCScalar(std::get<1>(pair));
         });
}

/// `value` converted to `want` (isConvertibleItem): a cast, or a tuple built
/// again from its fields, each cast.
static Value convertItem(OpBuilder &builder, Location loc, Value value,
                         Type want) {
  auto tuple = dyn_cast<TupleType>(want);
  if (!tuple)
    return CastOp::create(builder, loc, want, value);
  SmallVector<Value> fields;
  for (auto [k, field] : llvm::enumerate(tuple.getTypes())) {
    Type have = cast<TupleType>(value.getType()).getType(k);
    Value part = TupleGetOp::create(builder, loc, have, value, k);
    fields.push_back(have == field ? part
                                   : CastOp::create(builder, loc, field, part));
  }
  return MakeTupleOp::create(builder, loc, want, fields);
}

LogicalResult ContainerFlow::castItems(Type type) {
  for (auto [item, isValue] : items) {
    Type want = getItemType(type, isValue);
    Value value = item->get();
    if (value.getType() == want)
      continue;
    if (!isConvertibleItem(value.getType(), want))
      return item->getOwner()->emitError("cannot widen a container of ")
             << value.getType() << " items to " << want;
  }
  for (auto [item, isValue] : items) {
    Type want = getItemType(type, isValue);
    if (item->get().getType() == want)
      continue;
    OpBuilder builder(item->getOwner(), &castOps);
    Value converted =
        convertItem(builder, item->getOwner()->getLoc(), item->get(), want);
    castOperands.push_back({item, item->get()});
    item->set(converted);
  }
  return success();
}

/// Whether every key probe keeps its key type, and every item read takes
/// an item of the new `type` for one of the `old` type, from the same keys
/// (a key operand keeps its type): a scalar
/// for a scalar, or a tuple of scalars for one of the same length that only
/// `nbc.tuple_get` reads (its fields are then retyped as scalars). A read
/// nothing uses yet takes any item type (a scalar's a tuple).
LogicalResult ContainerFlow::checkReads(Type old, Type type) const {
  for (DictContainsOp probe : probes)
    if (probe.getKey().getType() != getItemType(type, /*isValue=*/false))
      return probe->emitError("cannot change the key type of a container ")
             << "that '" << probe->getName() << "' probes";
  bool isValue = isa<DictType>(type);
  if (isValue && !reads.empty() &&
      cast<DictType>(old).getKeyType() != cast<DictType>(type).getKeyType())
    return reads.front()->emitError(
               "cannot change the key type of a dict that '")
           << reads.front()->getName() << "' reads";
  Type have = getItemType(old, isValue), want = getItemType(type, isValue);
  if (have == want)
    return success();
  bool scalars = isNBCScalar(have) && isNBCScalar(want);
  bool tuples = isa<TupleType>(have) && isConvertibleItem(have, want);
  for (Operation *read : reads) {
    if (!scalars && !tuples && read->getResult(0).use_empty())
      continue; // nothing built for its type yet (retypeReads)
    if (!scalars && !tuples)
      return read->emitError("cannot retype an item read of ")
             << have << " to " << want;
    if (tuples)
      for (Operation *user : read->getResult(0).getUsers())
        if (!isa<TupleGetOp>(user))
          return user->emitError("cannot retype a tuple read from a ")
                 << "container that '" << user->getName() << "' uses";
  }
  return success();
}

/// `d.get(k, default)`'s default, cast to the new value type.
void ContainerFlow::castFallbacks(Type type) {
  for (Operation *read : reads) {
    auto getOr = dyn_cast<DictGetOrOp>(read);
    Type want = getOr ? cast<DictType>(type).getValueType() : Type();
    if (!getOr || getOr.getFallback().getType() == want)
      continue;
    OpBuilder builder(read, &castOps);
    Value converted =
        CastOp::create(builder, read->getLoc(), want, getOr.getFallback());
    castOperands.push_back({&getOr.getFallbackMutable(), getOr.getFallback()});
    getOr.getFallbackMutable().set(converted);
  }
}

SmallVector<std::pair<Value, Type>>
ContainerFlow::retypeReads(Type type) {
  SmallVector<std::pair<Value, Type>> results;
  Type want = getItemType(type, isa<DictType>(type));
  auto tuple = dyn_cast<TupleType>(want);
  for (Operation *read : reads) {
    Value item = read->getResult(0);
    if (item.getType() == want)
      continue;
    // A scalar read nothing uses yet may become a tuple (as `a, b = l[-1]`
    // unpacks it next); a scalar one is widened (listed for the frontend).
    if (item.use_empty() && !(isNBCScalar(item.getType()) && isNBCScalar(want))) {
      retypedTuples.push_back({item, item.getType()});
      item.setType(want);
      continue;
    }
    if (!tuple) {
      results.push_back({item, want});
      continue;
    }
    // The tuple takes the new type now; the fields its nbc.tuple_get ops
    // read are widened as scalars (checkReads: the only users).
    retypedTuples.push_back({item, item.getType()});
    item.setType(want);
    for (Operation *user : item.getUsers()) {
      auto get = cast<TupleGetOp>(user);
      Type field = tuple.getType(get.getIndex());
      if (get.getType() != field)
        results.push_back({get.getResult(), field});
    }
  }
  return results;
}

void ContainerFlow::undoCasts() {
  for (auto [tuple, old] : retypedTuples)
    tuple.setType(old);
  retypedTuples.clear();
  for (auto [operand, value] : llvm::reverse(castOperands))
    operand->set(value);
  for (Operation *op : llvm::reverse(castOps.created))
    op->erase();
  castOperands.clear();
  castOps.created.clear();
}

/// Retypes the container `container` (an nbc.list_new or nbc.dict_new
/// result) to `type` and what carries it on; `widening` follows and casts
/// insertions. `what` names the entry point in diagnostics.
static LogicalResult
retypeContainer(Value container, Type type, bool widening, StringRef what,
                SmallVectorImpl<std::pair<Value, Value>> *changes) {
  Operation *creation = container ? container.getDefiningOp() : nullptr;
  if (!creation || !isa<ListNewOp, DictNewOp>(creation))
    return creation ? creation->emitError(what)
                          << ": expected the result of nbc.list_new or "
                             "nbc.dict_new"
                    : failure();
  Type old = container.getType();
  if (old == type) // what it holds was built for this type already
    return success();
  if (old.getTypeID() != type.getTypeID())
    return creation->emitError(what)
           << ": " << type << " is not the same kind of container as " << old;
  ContainerFlow flow(widening);
  if (failed(flow.collect(container)) || failed(flow.checkJoins(type)) ||
      failed(flow.checkReads(old, type)))
    return failure();
  // Check the items before anything changes; casting them cannot fail then.
  if (widening && failed(flow.castItems(type)))
    return failure();
  flow.castFallbacks(type);
  for (Value value : flow.values)
    value.setType(type);
  // A read of a placeholder (undecided) type takes any scalar type.
  SmallVector<std::pair<Value, Type>> readValues = flow.retypeReads(type);
  if (succeeded(widenValues(readValues, changes, /*decided=*/!widening)))
    return success();
  for (Value value : flow.values)
    value.setType(old);
  flow.undoCasts();
  return failure();
}

LogicalResult
nbc::decideContainerType(Value container, Type type,
                         SmallVectorImpl<std::pair<Value, Value>> *changes) {
  return retypeContainer(container, type, /*widening=*/false,
                         "decideContainerType", changes);
}

LogicalResult
nbc::widenContainerType(Value container, Type type,
                        SmallVectorImpl<std::pair<Value, Value>> *changes) {
  return retypeContainer(container, type, /*widening=*/true,
                         "widenContainerType", changes);
}
