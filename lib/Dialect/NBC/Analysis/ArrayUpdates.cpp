//===- ArrayUpdates.cpp - Array races in a parallel prange ----------------===//
//
// Collects every array access in the body of a parallel nbc.prange (loads,
// stores, atomic updates, and the arrays other ops and calls read or write)
// and maps it, through slices and transposes, to the array it views (its
// root) with the index on each of the root's axes as an affine form in the
// prange's induction variables and values from above. Per written root:
// a common axis `c * iv + d` proves the iterations disjoint; else whole-
// array updates `a += v` are reductions (WholeArrayUpdates.h); else updates
// `a[e] = a[e] op v` become nbc.atomic_update; else the race is an error.
//
//===----------------------------------------------------------------------===//

#include "nbc/Dialect/NBC/Analysis/ArrayUpdates.h"
#include "nbc/Dialect/NBC/Analysis/WholeArrayUpdates.h"

#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/IR/IRMapping.h"
#include "mlir/IR/Matchers.h"
#include "mlir/Interfaces/SideEffectInterfaces.h"
#include "llvm/ADT/MapVector.h"
#include "llvm/ADT/TypeSwitch.h"

using namespace mlir;
using namespace mlir::nbc;

namespace {
/// `constant + sum(coefficient * term)` over integer values.
struct Form {
  int64_t constant = 0;
  llvm::SmallDenseMap<Value, int64_t, 4> terms;

  Form &add(const Form &other, int64_t scale) {
    constant += scale * other.constant;
    for (auto [term, coefficient] : other.terms)
      if ((terms[term] += scale * coefficient) == 0)
        terms.erase(term);
    return *this;
  }
  bool operator==(const Form &other) const {
    if (constant != other.constant || terms.size() != other.terms.size())
      return false;
    for (auto [term, coefficient] : terms) {
      auto it = other.terms.find(term);
      if (it == other.terms.end() || it->second != coefficient)
        return false;
    }
    return true;
  }
};

/// One access of an array in the body.
struct Access {
  Operation *op;
  bool reads, writes;
  /// The index on each axis of the root; nullopt where unknown.
  SmallVector<std::optional<Form>> axes;
  /// Whether an index or view bound on the way depends on the iteration.
  bool dependsOnIteration;
};

/// An update `store(cast*(combine(cast*(load), v)))` of one element.
struct Update {
  StoreOp store;
  LoadOp load;
  /// The ops from the loaded value to the stored one, in program order.
  SmallVector<Operation *> chain;
  Operation *combine;
};

class RaceAnalysis {
public:
  explicit RaceAnalysis(PRangeOp prange) : prange(prange) {}
  LogicalResult run();

private:
  bool isInside(Operation *op) {
    return op && op != prange && prange->isProperAncestor(op);
  }
  static Operation *owner(Value v) {
    if (auto arg = dyn_cast<BlockArgument>(v))
      return arg.getOwner()->getParentOp();
    return v.getDefiningOp();
  }
  bool isInductionVar(Value v) {
    return llvm::is_contained(prange.getInductionVars(), v);
  }
  Form formOf(Value v, unsigned depth = 0);
  bool dependsOnIteration(Value v);
  void addAccess(Operation *op, Value array, ValueRange indices, bool reads,
                 bool writes);
  void collect();
  bool disjointPerIteration(ArrayRef<Access> accesses);
  bool equivalent(Value a, Value b, unsigned depth = 0);
  std::optional<Update> matchUpdate(StoreOp store);
  LogicalResult checkRoot(Value root, ArrayRef<Access> accesses);
  void rewrite(Update update);

  PRangeOp prange;
  /// The first nbc.thread_id seen: all of them are one term.
  Value threadId;
  DenseMap<Value, bool> dependence;
  llvm::MapVector<Value, SmallVector<Access>> byRoot;
  DenseSet<Value> writtenRoots;
};
} // namespace

Value mlir::nbc::viewedRoot(Value array) {
  while (Operation *def = array.getDefiningOp()) {
    if (auto effects = dyn_cast<MemoryEffectOpInterface>(def))
      if (effects.getEffectOnValue<MemoryEffects::Allocate>(array))
        break;
    auto source = llvm::find_if(def->getOperands(), [](Value operand) {
      return isa<MemRefType>(operand.getType());
    });
    if (source == def->operand_end())
      break;
    array = *source;
  }
  return array;
}

static bool funcMayWrite(func::FuncOp callee, unsigned index, unsigned depth);

/// Whether a call may write the array it passes as operand `index`: when
/// the callee is not in the module, or may write its argument.
static bool callMayWrite(func::CallOp call, unsigned index,
                         unsigned depth = 0) {
  auto callee = SymbolTable::lookupNearestSymbolFrom<func::FuncOp>(
      call, call.getCalleeAttr());
  return !callee || funcMayWrite(callee, index, depth);
}

bool nbc::funcMayWriteArgument(func::FuncOp func, unsigned index) {
  return funcMayWrite(func, index, 0);
}

/// funcMayWriteArgument, `depth` calls deep.
static bool funcMayWrite(func::FuncOp callee, unsigned index, unsigned depth) {
  if (index >= callee.getNumArguments())
    return true;
  if (callee.isExternal()) {
    auto readonly =
        callee->getAttrOfType<DenseI64ArrayAttr>(kReadonlyArgsAttrName);
    return !readonly || !llvm::is_contained(readonly.asArrayRef(),
                                            static_cast<int64_t>(index));
  }
  if (depth > 4)
    return true;
  Value argument = callee.getArgument(index);
  WalkResult walk = callee.walk([&](Operation *op) {
    if (auto inner = dyn_cast<func::CallOp>(op)) {
      for (auto [k, operand] : llvm::enumerate(inner.getOperands()))
        if (isa<MemRefType>(operand.getType()) &&
            viewedRoot(operand) == argument &&
            callMayWrite(inner, k, depth + 1))
          return WalkResult::interrupt();
      return WalkResult::advance();
    }
    auto effects = dyn_cast<MemoryEffectOpInterface>(op);
    if (!effects)
      return WalkResult::advance();
    SmallVector<MemoryEffects::EffectInstance> list;
    effects.getEffects(list);
    for (auto &effect : list)
      if (isa<MemoryEffects::Write>(effect.getEffect()) && effect.getValue() &&
          viewedRoot(effect.getValue()) == argument)
        return WalkResult::interrupt();
    return WalkResult::advance();
  });
  return walk.wasInterrupted();
}

Form RaceAnalysis::formOf(Value v, unsigned depth) {
  Form form;
  auto opaque = [&]() {
    form.terms[v] = 1;
    return form;
  };
  Operation *def = v.getDefiningOp();
  if (!def || depth > 16)
    return opaque();
  if (isa<ThreadIdOp>(def)) {
    if (!threadId)
      threadId = v;
    form.terms[threadId] = 1;
    return form;
  }
  APInt constant;
  if (matchPattern(v, m_ConstantInt(&constant)) &&
      constant.getSignificantBits() <= 64) {
    form.constant = constant.getSExtValue();
    return form;
  }
  if (!isInside(def))
    return opaque();
  auto operand = [&](unsigned k) { return formOf(def->getOperand(k), depth + 1); };
  return TypeSwitch<Operation *, Form>(def)
      .Case([&](AddOp) { return operand(0).add(operand(1), 1); })
      .Case([&](SubOp) { return operand(0).add(operand(1), -1); })
      .Case([&](NegOp) { return Form().add(operand(0), -1); })
      .Case([&](MulOp) {
        Form lhs = operand(0), rhs = operand(1);
        if (lhs.terms.empty())
          return Form().add(rhs, lhs.constant);
        if (rhs.terms.empty())
          return Form().add(lhs, rhs.constant);
        return opaque();
      })
      .Case([&](CastOp cast) {
        if (isa<IntegerType>(cast.getInput().getType()) &&
            isa<IntegerType>(cast.getType()))
          return operand(0);
        return opaque();
      })
      .Default([&](Operation *) { return opaque(); });
}

/// Whether `value` may differ between iterations: it depends on an
/// induction variable or a thread id (through operands; an inner range's
/// variable through its bounds; other results of ops with regions through
/// everything they use).
bool RaceAnalysis::dependsOnIteration(Value value) {
  auto cached = dependence.find(value);
  if (cached != dependence.end())
    return cached->second;
  SmallVector<Value> work{value};
  DenseSet<Value> seen;
  DenseSet<Operation *> walked;
  bool depends = false;
  while (!work.empty() && !depends) {
    Value v = work.pop_back_val();
    if (!seen.insert(v).second)
      continue;
    if (isInductionVar(v)) {
      depends = true;
      break;
    }
    Operation *op = owner(v);
    if (!isInside(op))
      continue;
    if (auto range = dyn_cast<RangeOp>(op);
        range && v == range.getInductionVar()) {
      llvm::append_range(work, range->getOperands().take_front(3));
      continue;
    }
    if (isa<OpResult>(v) && op->getNumRegions() == 0) {
      if (isa<ThreadIdOp>(op))
        depends = true;
      llvm::append_range(work, op->getOperands());
      continue;
    }
    if (!walked.insert(op).second)
      continue;
    op->walk([&](Operation *inner) {
      if (isa<ThreadIdOp>(inner))
        depends = true;
      llvm::append_range(work, inner->getOperands());
    });
  }
  dependence[value] = depends;
  return depends;
}

/// Records an access of `array` with `indices` (empty: every element of
/// the view), mapped to its root.
void RaceAnalysis::addAccess(Operation *op, Value array, ValueRange indices,
                             bool reads, bool writes) {
  unsigned rank = cast<MemRefType>(array.getType()).getRank();
  SmallVector<std::optional<Form>> axes(rank);
  bool depends = false;
  for (auto [k, index] : llvm::enumerate(indices)) {
    axes[k] = formOf(index);
    depends |= dependsOnIteration(index);
  }
  while (Operation *def = array.getDefiningOp()) {
    if (auto slice = dyn_cast<SliceOp>(def)) {
      SmallVector<std::optional<Form>> source;
      unsigned view = 0, nIndex = 0, nStart = 0, nStop = 0, nStep = 0;
      for (int32_t subscript : slice.getSubscripts()) {
        if (!(subscript & SliceOp::kSlice)) {
          Value index = slice.getIndices()[nIndex++];
          source.push_back(formOf(index));
          depends |= dependsOnIteration(index);
          continue;
        }
        std::optional<Form> axis = axes[view++];
        Value start, step;
        if (subscript & SliceOp::kHasStart)
          start = slice.getStarts()[nStart++];
        if (subscript & SliceOp::kHasStop)
          depends |= dependsOnIteration(slice.getStops()[nStop++]);
        if (subscript & SliceOp::kHasStep)
          step = slice.getSteps()[nStep++];
        for (Value bound : {start, step})
          if (bound)
            depends |= dependsOnIteration(bound);
        // `lo:` with a constant lo >= 0 shifts the index; other starts and
        // steps (negative ones count from the end) are not followed.
        std::optional<Form> shift =
            start ? std::optional<Form>(formOf(start)) : Form();
        if (!axis || step || !shift->terms.empty() || shift->constant < 0)
          source.push_back(std::nullopt);
        else
          source.push_back(axis->add(*shift, 1));
      }
      for (; view < axes.size(); ++view)
        source.push_back(axes[view]);
      axes = std::move(source);
      array = slice.getSource();
      continue;
    }
    if (auto transpose = dyn_cast<TransposeOp>(def)) {
      SmallVector<std::optional<Form>> source(axes.size());
      for (auto [k, axis] : llvm::enumerate(transpose.getPermutation()))
        source[axis] = axes[k];
      axes = std::move(source);
      array = transpose.getSource();
      continue;
    }
    if (auto effects = dyn_cast<MemoryEffectOpInterface>(def))
      if (effects.getEffectOnValue<MemoryEffects::Allocate>(array))
        break;
    // Another op returning an array computed from an array operand: taken
    // as a view of it whose indices are not followed.
    auto source = llvm::find_if(def->getOperands(), [](Value operand) {
      return isa<MemRefType>(operand.getType());
    });
    if (source == def->operand_end())
      break;
    for (Value operand : def->getOperands())
      if (!isa<MemRefType>(operand.getType()))
        depends |= dependsOnIteration(operand);
    axes.assign(cast<MemRefType>((*source).getType()).getRank(), std::nullopt);
    array = *source;
  }
  // Arrays created in the body belong to the iteration.
  if (isInside(owner(array)))
    return;
  byRoot[array].push_back(Access{op, reads, writes, std::move(axes), depends});
  if (writes)
    writtenRoots.insert(array);
}

void RaceAnalysis::collect() {
  prange.getBody()->walk([&](Operation *op) {
    if (auto load = dyn_cast<LoadOp>(op))
      return addAccess(op, load.getArray(), load.getIndices(), true, false);
    if (auto store = dyn_cast<StoreOp>(op))
      return addAccess(op, store.getArray(), store.getIndices(), false, true);
    if (auto update = dyn_cast<AtomicUpdateOp>(op))
      return addAccess(op, update.getArray(), update.getIndices(), true, true);
    if (auto call = dyn_cast<func::CallOp>(op)) {
      for (auto [k, operand] : llvm::enumerate(call.getOperands()))
        if (isa<MemRefType>(operand.getType()))
          addAccess(op, operand, {}, true, callMayWrite(call, k));
      return;
    }
    auto effects = dyn_cast<MemoryEffectOpInterface>(op);
    if (!effects)
      return;
    SmallVector<MemoryEffects::EffectInstance> list;
    effects.getEffects(list);
    for (auto &effect : list) {
      Value value = effect.getValue();
      if (!value || !isa<MemRefType>(value.getType()) ||
          value.getDefiningOp() == op)
        continue;
      bool write = isa<MemoryEffects::Write>(effect.getEffect());
      if (write || isa<MemoryEffects::Read>(effect.getEffect()))
        addAccess(op, value, {}, !write, write);
    }
  });
}

/// Whether, for each induction variable (or for the thread id), one axis
/// has the same index `c * iv + d` in every access: different iterations
/// (threads) then touch different elements.
bool RaceAnalysis::disjointPerIteration(ArrayRef<Access> accesses) {
  auto keyOf = [&](const Form &form) -> Value {
    if (form.terms.size() != 1)
      return {};
    Value term = form.terms.begin()->first;
    if (isInductionVar(term) || (term && term == threadId))
      return term;
    return {};
  };
  auto commonKey = [&](unsigned axis) -> Value {
    const std::optional<Form> &first = accesses.front().axes[axis];
    if (!first)
      return {};
    Value key = keyOf(*first);
    for (const Access &access : accesses)
      if (!key || !access.axes[axis] || !(*access.axes[axis] == *first))
        return {};
    return key;
  };
  DenseSet<Value> covered;
  for (unsigned axis = 0; axis < accesses.front().axes.size(); ++axis)
    if (Value key = commonKey(axis)) {
      if (key == threadId)
        return true;
      covered.insert(key);
    }
  return llvm::all_of(prange.getInductionVars(),
                      [&](Value iv) { return covered.contains(iv); });
}

/// Whether `a` and `b` are the same value in one iteration: the same SSA
/// value, or the same op on equivalent operands that reads no array the
/// loop writes (`idx[i]` loaded twice, `x[i] % n` computed twice).
bool RaceAnalysis::equivalent(Value a, Value b, unsigned depth) {
  if (a == b)
    return true;
  Operation *da = a.getDefiningOp(), *db = b.getDefiningOp();
  if (!da || !db || depth > 8 || a.getType() != b.getType() ||
      da->getName() != db->getName() ||
      da->getAttrDictionary() != db->getAttrDictionary() ||
      da->getNumOperands() != db->getNumOperands() || da->getNumRegions() ||
      cast<OpResult>(a).getResultNumber() !=
          cast<OpResult>(b).getResultNumber())
    return false;
  if (auto load = dyn_cast<LoadOp>(da)) {
    if (writtenRoots.contains(viewedRoot(load.getArray())))
      return false;
  } else if (auto effects = dyn_cast<MemoryEffectOpInterface>(da)) {
    // Only raising (nbc.mod by zero, ...) is allowed.
    SmallVector<MemoryEffects::EffectInstance> list;
    effects.getEffects(list);
    for (auto &effect : list)
      if (effect.getResource() != ErrorStateResource::get())
        return false;
  } else if (!isMemoryEffectFree(da)) {
    return false;
  }
  for (auto [x, y] : llvm::zip(da->getOperands(), db->getOperands()))
    if (!equivalent(x, y, depth + 1))
      return false;
  return true;
}

std::optional<Update> RaceAnalysis::matchUpdate(StoreOp store) {
  Block *block = store->getBlock();
  // The load the value `v` is a cast of, when it loads the stored element.
  auto elementLoad = [&](Value v) -> LoadOp {
    while (auto cast = v.getDefiningOp<CastOp>())
      v = cast.getInput();
    auto load = v.getDefiningOp<LoadOp>();
    if (!load || load->getBlock() != block ||
        !equivalent(load.getArray(), store.getArray()) ||
        load.getIndices().size() != store.getIndices().size())
      return {};
    for (auto [x, y] : llvm::zip(load.getIndices(), store.getIndices()))
      if (!equivalent(x, y))
        return {};
    return load;
  };
  Update update{store, {}, {}, nullptr};
  Value v = store.getValue();
  while (true) {
    Operation *def = v.getDefiningOp();
    if (!def || def->getBlock() != block || !v.hasOneUse())
      return std::nullopt;
    if (auto load = dyn_cast<LoadOp>(def)) {
      if (!update.combine || load != elementLoad(v))
        return std::nullopt;
      update.load = load;
      std::reverse(update.chain.begin(), update.chain.end());
      return update;
    }
    // The ops go into the atomic body, which may run more than once.
    if (!isMemoryEffectFree(def))
      return std::nullopt;
    update.chain.push_back(def);
    if (auto cast = dyn_cast<CastOp>(def)) {
      v = cast.getInput();
      continue;
    }
    if (update.combine ||
        !isa<AddOp, SubOp, MulOp, MinOp, MaxOp, AndOp, OrOp, XorOp>(def))
      return std::nullopt;
    update.combine = def;
    if (elementLoad(def->getOperand(0)))
      v = def->getOperand(0);
    else if (!isa<SubOp>(def) && elementLoad(def->getOperand(1)))
      v = def->getOperand(1);
    else
      return std::nullopt;
  }
}

/// The operator of an update (`-` counts as `+`).
static OperationName operatorOf(Operation *combine) {
  if (isa<SubOp>(combine))
    return OperationName(AddOp::getOperationName(), combine->getContext());
  return combine->getName();
}

/// The operator in the body of an nbc.atomic_update (its first op that is
/// no cast).
static Operation *combineOf(AtomicUpdateOp update) {
  for (Operation &op : update.getBody().front().without_terminator())
    if (!isa<CastOp>(op))
      return &op;
  return nullptr;
}

void RaceAnalysis::rewrite(Update update) {
  StoreOp store = update.store;
  Location loc = store.getLoc();
  OpBuilder b(store);
  auto atomic = AtomicUpdateOp::create(b, loc, store.getArray(),
                                       store.getIndices(), store.getNowrap(),
                                       store.getNoboundscheck());
  Type element = update.load.getType();
  Block *body =
      b.createBlock(&atomic.getBody(), {}, {element}, {update.load.getLoc()});
  IRMapping mapping;
  mapping.map(update.load.getResult(), body->getArgument(0));
  for (Operation *op : update.chain)
    b.clone(*op, mapping);
  YieldOp::create(b, loc, ValueRange{mapping.lookup(store.getValue())});
  store->erase();
  for (Operation *op : llvm::reverse(update.chain))
    op->erase();
  update.load->erase();
}

LogicalResult RaceAnalysis::checkRoot(Value root, ArrayRef<Access> accesses) {
  if (disjointPerIteration(accesses))
    return success();
  // `a += v` on the whole array: privatized (nbc-privatize-array-updates).
  SmallVector<Operation *> ops;
  for (const Access &access : accesses)
    ops.push_back(access.op);
  FailureOr<bool> wholeArray = checkWholeArrayReductions(prange, root, ops);
  if (failed(wholeArray))
    return failure();
  if (*wholeArray)
    return success();
  SmallVector<Update> updates;
  DenseSet<Operation *> covered;
  SmallVector<Operation *> combines;
  for (const Access &access : accesses) {
    if (auto atomic = dyn_cast<AtomicUpdateOp>(access.op)) {
      covered.insert(atomic);
      if (Operation *combine = combineOf(atomic))
        combines.push_back(combine);
    } else if (auto store = dyn_cast<StoreOp>(access.op)) {
      if (std::optional<Update> update = matchUpdate(store)) {
        covered.insert(store);
        covered.insert(update->load);
        combines.push_back(update->combine);
        updates.push_back(std::move(*update));
      }
    }
  }
  const Access *plainWrite = nullptr, *read = nullptr;
  for (const Access &access : accesses) {
    if (covered.contains(access.op))
      continue;
    if (access.writes && !access.dependsOnIteration)
      return access.op->emitError(
          "prange: every iteration writes the same array element here (its "
          "index does not depend on the loop variable), a race between "
          "threads; index the array by the loop variable, or update the "
          "element with a[k] += v (made atomic)");
    if (access.writes && !plainWrite)
      plainWrite = &access;
    if (!access.writes && access.reads && !read)
      read = &access;
  }
  if (!combines.empty() && plainWrite)
    return plainWrite->op->emitError(
        "prange: this writes an array that the loop also updates at elements "
        "other iterations share (a[k] op= v), a race between threads");
  if (read)
    return read->op->emitError(
        "prange: this reads an array element that other iterations may "
        "write, a race between threads; elements shared between iterations "
        "may only be updated, with a[k] += v, -=, *=, &=, |=, ^= or "
        "a[k] = min(a[k], v) / max(a[k], v)");
  if (combines.empty())
    return success(); // Writes that depend on the iteration.
  for (Operation *combine : combines)
    if (operatorOf(combine) != operatorOf(combines.front()))
      return combine->emitError(
          "prange: this array is updated with two different operators in the "
          "loop, whose result would depend on the order of the threads");
  if (cast<MemRefType>(root.getType()).getElementType().isInteger(1))
    return combines.front()->emitError(
        "prange: updates of a bool array at elements iterations share are "
        "not supported in a parallel loop (atomics need bytes): use a uint8 "
        "array");
  for (Update &update : updates)
    rewrite(update);
  return success();
}

LogicalResult RaceAnalysis::run() {
  collect();
  for (auto &[root, accesses] : byRoot)
    if (writtenRoots.contains(root) && failed(checkRoot(root, accesses)))
      return failure();
  return success();
}

LogicalResult nbc::makeArrayUpdatesAtomic(PRangeOp prange) {
  if (!getKernelOptions(prange).getParallel())
    return success();
  return RaceAnalysis(prange).run();
}
