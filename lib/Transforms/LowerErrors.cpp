//===- LowerErrors.cpp - nbc.raise_if to status returns -------------------===//
//
// The status-return ABI of docs/ErrorModel.md, on structured control flow:
//
//   nbc.raise_if %c, K, "m"      %s = select %c, @"\Km", null
//   <rest of block>         ->   %r = scf.if (%s == null) { <rest>; yield }
//                                     else { yield %s, poison }
//
// Pure ops after a raise point stay unguarded and consecutive raise points
// merge into one status (the first wins). scf.if/while carry the status as
// one more value, scf.for becomes an scf.while that stops on failure,
// scf.parallel merges failures with an atomic max into a memref slot. Functions
// that may raise return the status first; `nbc.report_errors` functions pass
// it to nbc_rt_report_error instead; `nbc.status_abi` functions (exported
// callees, their declarations) return a status whether or not they raise.
//
//===----------------------------------------------------------------------===//

#include "ErrorMessages.h"
#include "nbc/Transforms/EntryPoints.h"
#include "nbc/Transforms/Passes.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/Dialect/LLVMIR/LLVMDialect.h"
#include "mlir/Dialect/MemRef/IR/MemRef.h"
#include "mlir/Dialect/SCF/IR/SCF.h"
#include "mlir/Dialect/UB/IR/UBOps.h"
#include "mlir/Interfaces/SideEffectInterfaces.h"
#include "nbc/Dialect/NBC/IR/NBCOps.h"
#include "llvm/ADT/SetVector.h"
#include "llvm/ADT/StringMap.h"

namespace mlir::nbc {
#define GEN_PASS_DEF_NBCLOWERERRORS
#include "nbc/Transforms/Passes.h.inc"
} // namespace mlir::nbc

using namespace mlir;
using namespace mlir::nbc;

static constexpr StringLiteral kReportErrorsAttr = "nbc.report_errors";
static constexpr StringLiteral kReportFunction = "nbc_rt_report_error";

namespace {

class ErrorLowering {
public:
  explicit ErrorLowering(ModuleOp module)
      : module(module), builder(module.getContext()),
        ptrType(LLVM::LLVMPointerType::get(module.getContext())) {}

  LogicalResult run();

private:
  ModuleOp module;
  OpBuilder builder;
  Type ptrType;
  /// Functions whose callers see a status (not the report_errors ones).
  DenseSet<StringAttr> raisingFunctions;
  /// Raise points and the ops that contain them, in the current function.
  DenseSet<Operation *> raisingOps;
  llvm::StringMap<LLVM::GlobalOp> messages;

  /// An nbc.try without `catch`, or with a clause naming every kind
  /// (`except Exception`), catches all its body raises: no raise point.
  /// Another one propagates what its clauses do not name.
  static bool catchesEverything(Operation *op) {
    auto tryOp = dyn_cast<TryOp>(op);
    if (!tryOp)
      return false;
    if (tryOp.catchesEverything())
      return true;
    size_t allKinds = TryOp::getAllKinds().size();
    for (unsigned clause = 0; clause < tryOp.getNumClauses(); ++clause)
      if (coversAll(tryOp.getClauseKinds(clause), allKinds))
        return true;
    return false;
  }
  /// Whether `kinds` names each of the `allKinds` kinds.
  static bool coversAll(SmallVector<ExceptionKind> kinds, size_t allKinds) {
    llvm::sort(kinds);
    return std::distance(kinds.begin(), llvm::unique(kinds)) ==
           static_cast<ptrdiff_t>(allKinds);
  }
  bool isRaisingCall(Operation *op) {
    auto call = dyn_cast<func::CallOp>(op);
    return call && raisingFunctions.contains(call.getCalleeAttr().getAttr());
  }
  bool hasRaisePoint(Operation *op) {
    return op
        ->walk<WalkOrder::PreOrder>([&](Operation *nested) {
          if (catchesEverything(nested))
            return WalkResult::skip();
          return isa<RaiseIfOp>(nested) || isRaisingCall(nested)
                     ? WalkResult::interrupt()
                     : WalkResult::advance();
        })
        .wasInterrupted();
  }
  /// Erases a lowered op and forgets it: a new op may reuse its address.
  void eraseLowered(Operation *op) {
    op->walk([&](Operation *nested) { raisingOps.erase(nested); });
    op->erase();
  }
  void findRaisingFunctions();
  void markRaisingOps(func::FuncOp func);

  Value nullStatus(Location loc) {
    return LLVM::ZeroOp::create(builder, loc, ptrType);
  }
  Value isOk(Location loc, Value status) {
    return LLVM::ICmpOp::create(builder, loc, LLVM::ICmpPredicate::eq, status,
                                nullStatus(loc));
  }
  /// What a value not computed because of a failure becomes: poison, but
  /// an empty array for memrefs, since buffer deallocation (later in the
  /// pipeline) frees arrays on every path and must not free garbage.
  Value errorPathValue(Location loc, Type type) {
    auto memref = dyn_cast<MemRefType>(type);
    if (!memref)
      return ub::PoisonOp::create(builder, loc, type);
    auto identity = MemRefType::get(memref.getShape(), memref.getElementType(),
                                    MemRefLayoutAttrInterface(),
                                    memref.getMemorySpace());
    if (identity != memref && !memref::CastOp::areCastCompatible(identity, memref))
      return ub::PoisonOp::create(builder, loc, type);
    Value zero = arith::ConstantIndexOp::create(builder, loc, 0);
    SmallVector<Value> sizes(identity.getNumDynamicDims(), zero);
    Value empty = memref::AllocOp::create(builder, loc, identity, sizes);
    if (identity == memref)
      return empty;
    return memref::CastOp::create(builder, loc, memref, empty);
  }
  /// The address of constant `bytes` (one global per distinct text).
  Value textAddress(Location loc, StringRef bytes);
  Value messageAddress(Location loc, ExceptionKind kind, StringRef message);
  Value raiseStatus(RaiseIfOp op);

  FailureOr<Value> lowerBlock(Block *block, Block::iterator begin,
                              Value incoming);
  FailureOr<Value> guardRest(Block *block, Block::iterator begin,
                             Value status, Value checksFail = {});
  /// Lowers the raise points of `block` and passes its status out first
  /// through the block's terminator.
  LogicalResult lowerBlockYieldingStatus(Block *block, Location loc);
  /// `replacement` takes `op`'s place: its first `skip` results (the status
  /// and loop bookkeeping) are not `op`'s. Returns the status result.
  Value replaceLowered(Operation *op, Operation *replacement,
                       unsigned skip = 1);
  FailureOr<Value> lowerOp(Operation *op);
  FailureOr<Value> lowerCall(func::CallOp op);
  FailureOr<Value> lowerIf(scf::IfOp op);
  FailureOr<Value> lowerExecuteRegion(scf::ExecuteRegionOp op);
  FailureOr<Value> lowerFor(scf::ForOp op);
  FailureOr<Value> lowerWhile(scf::WhileOp op);
  FailureOr<Value> lowerParallel(scf::ParallelOp op);
  FailureOr<Value> lowerTry(TryOp op);
  LogicalResult lowerFunction(func::FuncOp func);
  void declareReportFunction();
};

} // namespace

void ErrorLowering::findRaisingFunctions() {
  SmallVector<func::FuncOp> functions(module.getOps<func::FuncOp>());
  bool changed = true;
  while (changed) {
    changed = false;
    for (func::FuncOp func : functions) {
      if (raisingFunctions.contains(func.getSymNameAttr()))
        continue;
      // Another module's callee (or one exported to other modules): its
      // ABI has the status whatever its body does.
      if (func->hasAttr(kStatusABIAttrName)) {
        raisingFunctions.insert(func.getSymNameAttr());
        changed = true;
        continue;
      }
      if (func.isExternal() || func->hasAttr(kReportErrorsAttr))
        continue;
      if (hasRaisePoint(func)) {
        raisingFunctions.insert(func.getSymNameAttr());
        changed = true;
      }
    }
  }
}

void ErrorLowering::markRaisingOps(func::FuncOp func) {
  raisingOps.clear();
  func.walk([&](Operation *op) {
    if (!isa<RaiseIfOp>(op) && !isRaisingCall(op))
      return;
    // A catch-all nbc.try is no raise point; one with clauses is.
    for (Operation *parent = op; parent && parent != func &&
                                 !catchesEverything(parent);
         parent = parent->getParentOp())
      if (!raisingOps.insert(parent).second)
        break;
  });
}

Value ErrorLowering::textAddress(Location loc, StringRef text) {
  std::string bytes = text.str();
  bytes.push_back('\0');
  LLVM::GlobalOp &global = messages[bytes];
  if (!global) {
    OpBuilder::InsertionGuard guard(builder);
    builder.setInsertionPointToStart(module.getBody());
    std::string name;
    unsigned index = messages.size();
    do
      name = "__nbc_error_" + std::to_string(index++);
    while (module.lookupSymbol(name));
    auto type = LLVM::LLVMArrayType::get(builder.getI8Type(), bytes.size());
    global = LLVM::GlobalOp::create(builder, loc, type, /*isConstant=*/true,
                                    LLVM::Linkage::Internal, name,
                                    builder.getStringAttr(bytes));
  }
  return LLVM::AddressOfOp::create(builder, loc, global);
}

Value ErrorLowering::messageAddress(Location loc, ExceptionKind kind,
                                    StringRef message) {
  std::string bytes(1, static_cast<char>(static_cast<uint32_t>(kind)));
  bytes += message;
  return textAddress(loc, bytes);
}

Value ErrorLowering::raiseStatus(RaiseIfOp op) {
  builder.setInsertionPoint(op);
  Location loc = op.getLoc();
  Value message = messageAddress(loc, op.getKind(), op.getMessage());
  if (op.getArgs().empty())
    return arith::SelectOp::create(builder, loc, op.getCondition(), message,
                                   nullStatus(loc));
  // A message with run-time values is formatted by the runtime, only on
  // failure, into a buffer of the thread.
  auto ifOp = scf::IfOp::create(builder, loc, TypeRange{ptrType},
                                op.getCondition(), /*withElseRegion=*/true);
  {
    OpBuilder::InsertionGuard guard(builder);
    builder.setInsertionPointToStart(ifOp.thenBlock());
    Value status = buildFormattedStatus(
        builder, module, op, message,
        [&](StringRef text) { return textAddress(loc, text); });
    scf::YieldOp::create(builder, loc, status);
    builder.setInsertionPointToStart(ifOp.elseBlock());
    scf::YieldOp::create(builder, loc, nullStatus(loc));
  }
  return ifOp.getResult(0);
}

/// Lowers the raise points among the ops of `block` from `begin` up to its
/// terminator and returns the status at the terminator (null Value if
/// nothing there can raise). With `incoming`, those ops only run when the
/// incoming status is null.
FailureOr<Value> ErrorLowering::lowerBlock(Block *block, Block::iterator begin,
                                           Value incoming) {
  if (incoming)
    return guardRest(block, begin, incoming);
  Operation *terminator = &block->back();
  for (Block::iterator it = begin; &*it != terminator; ++it) {
    Operation *op = &*it;
    if (!raisingOps.contains(op))
      continue;
    Operation *next = op->getNextNode();
    // When only plain checks merge, the rest runs when none of their
    // conditions holds, and says so to LLVM (see guardRest).
    Value checksFail;
    bool onlyChecks = true;
    auto noteChecked = [&](RaiseIfOp raise) {
      // A formatted status is never null either: args do not matter.
      if (!raise) {
        onlyChecks = false;
        return;
      }
      Value condition = raise.getCondition();
      checksFail = checksFail ? arith::OrIOp::create(builder, raise.getLoc(),
                                                     checksFail, condition)
                              : condition;
    };
    builder.setInsertionPoint(op);
    noteChecked(dyn_cast<RaiseIfOp>(op));
    FailureOr<Value> status = lowerOp(op);
    if (failed(status))
      return failure();
    // Pure ops may run speculatively after a failure; later raise points
    // merge into the status, the first failure winning.
    Value merged = *status;
    Operation *cursor = next;
    while (cursor != terminator) {
      auto raise = dyn_cast<RaiseIfOp>(cursor);
      // A formatted message is built in the thread's one buffer: it must
      // not be formatted after (and over) an earlier failure's.
      if (raise && raise.getArgs().empty()) {
        builder.setInsertionPoint(raise);
        noteChecked(raise);
        Value other = raiseStatus(raise);
        Location loc = raise.getLoc();
        merged = arith::SelectOp::create(builder, loc, isOk(loc, merged),
                                         other, merged);
        cursor = raise->getNextNode();
        eraseLowered(raise);
        continue;
      }
      if (raisingOps.contains(cursor) || cursor->getNumRegions() ||
          !isPure(cursor))
        break;
      cursor = cursor->getNextNode();
    }
    return guardRest(block, cursor->getIterator(), merged,
                     onlyChecks ? checksFail : Value());
  }
  return Value();
}

/// Moves the ops from `begin` to the terminator into an scf.if that runs
/// them when `status` is null; values they define that the terminator uses
/// become results (poison on failure). With `checksFail`, the condition that
/// makes `status` non-null, the scf.if tests it instead: the rest then sits
/// under a branch on the checks themselves, whose facts LLVM uses there (a
/// size checked non-negative makes `0 <= k < n` one unsigned compare).
FailureOr<Value> ErrorLowering::guardRest(Block *block, Block::iterator begin,
                                          Value status, Value checksFail) {
  Operation *terminator = &block->back();
  if (&*begin == terminator)
    return status;
  Location loc = begin->getLoc();
  llvm::SetVector<Value> escaping;
  for (Operation &op : llvm::make_range(begin, terminator->getIterator()))
    for (Value result : op.getResults())
      for (Operation *user : result.getUsers()) {
        Operation *ancestor = block->findAncestorOpInBlock(*user);
        if (!ancestor || ancestor == terminator)
          escaping.insert(result);
      }
  builder.setInsertionPoint(&*begin);
  SmallVector<Type> types{ptrType};
  for (Value value : escaping)
    types.push_back(value.getType());
  Value ok = checksFail ? arith::XOrIOp::create(
                              builder, loc, checksFail,
                              arith::ConstantIntOp::create(builder, loc, 1, 1))
                        : isOk(loc, status);
  auto guard = scf::IfOp::create(builder, loc, types, ok,
                                 /*addThenBlock=*/false,
                                 /*addElseBlock=*/false);
  Block *thenBlock = builder.createBlock(&guard.getThenRegion());
  thenBlock->getOperations().splice(thenBlock->end(), block->getOperations(),
                                    begin, terminator->getIterator());
  builder.setInsertionPointToEnd(thenBlock);
  SmallVector<Value> thenValues{nullStatus(loc)};
  llvm::append_range(thenValues, escaping);
  auto thenYield = scf::YieldOp::create(builder, loc, thenValues);
  Block *elseBlock = builder.createBlock(&guard.getElseRegion());
  builder.setInsertionPointToEnd(elseBlock);
  SmallVector<Value> elseValues{status};
  for (Value value : escaping)
    elseValues.push_back(errorPathValue(loc, value.getType()));
  scf::YieldOp::create(builder, loc, elseValues);
  for (auto [index, escaped] : llvm::enumerate(escaping)) {
    Value value = escaped;
    value.replaceUsesWithIf(guard.getResult(index + 1), [&](OpOperand &use) {
      return !guard->isAncestor(use.getOwner());
    });
  }
  FailureOr<Value> inner = lowerBlock(thenBlock, thenBlock->begin(), {});
  if (failed(inner))
    return failure();
  if (*inner)
    thenYield->setOperand(0, *inner);
  return guard.getResult(0);
}

LogicalResult ErrorLowering::lowerBlockYieldingStatus(Block *block,
                                                      Location loc) {
  FailureOr<Value> status = lowerBlock(block, block->begin(), {});
  if (failed(status))
    return failure();
  Operation *terminator = block->getTerminator();
  builder.setInsertionPoint(terminator);
  terminator->insertOperands(0, *status ? *status : nullStatus(loc));
  return success();
}

Value ErrorLowering::replaceLowered(Operation *op, Operation *replacement,
                                    unsigned skip) {
  op->replaceAllUsesWith(replacement->getResults().drop_front(skip));
  eraseLowered(op);
  return replacement->getResult(0);
}

FailureOr<Value> ErrorLowering::lowerOp(Operation *op) {
  if (auto raise = dyn_cast<RaiseIfOp>(op)) {
    Value status = raiseStatus(raise);
    eraseLowered(raise);
    return status;
  }
  if (auto call = dyn_cast<func::CallOp>(op))
    return lowerCall(call);
  if (auto ifOp = dyn_cast<scf::IfOp>(op))
    return lowerIf(ifOp);
  if (auto region = dyn_cast<scf::ExecuteRegionOp>(op))
    return lowerExecuteRegion(region);
  if (auto forOp = dyn_cast<scf::ForOp>(op))
    return lowerFor(forOp);
  if (auto whileOp = dyn_cast<scf::WhileOp>(op))
    return lowerWhile(whileOp);
  if (auto parallel = dyn_cast<scf::ParallelOp>(op))
    return lowerParallel(parallel);
  if (auto tryOp = dyn_cast<TryOp>(op))
    return lowerTry(tryOp);
  return op->emitOpError(
      "may raise, but nbc-lower-errors cannot pass the error status out of "
      "it (supported: scf.if, scf.for, scf.while, scf.parallel, single-block "
      "scf.execute_region, func.call)");
}

FailureOr<Value> ErrorLowering::lowerCall(func::CallOp op) {
  builder.setInsertionPoint(op);
  SmallVector<Type> types{ptrType};
  llvm::append_range(types, op.getResultTypes());
  auto call = func::CallOp::create(builder, op.getLoc(), op.getCalleeAttr(),
                                   types, op.getOperands());
  call->setDiscardableAttrs(op->getDiscardableAttrDictionary());
  return replaceLowered(op, call);
}

FailureOr<Value> ErrorLowering::lowerIf(scf::IfOp op) {
  Location loc = op.getLoc();
  SmallVector<Type> types{ptrType};
  llvm::append_range(types, op.getResultTypes());
  builder.setInsertionPoint(op);
  auto newIf = scf::IfOp::create(builder, loc, types, op.getCondition(),
                                 /*addThenBlock=*/false,
                                 /*addElseBlock=*/false);
  newIf.getThenRegion().takeBody(op.getThenRegion());
  if (op.getElseRegion().empty()) {
    builder.createBlock(&newIf.getElseRegion());
    scf::YieldOp::create(builder, loc);
  } else {
    newIf.getElseRegion().takeBody(op.getElseRegion());
  }
  for (Region *region : {&newIf.getThenRegion(), &newIf.getElseRegion()})
    if (failed(lowerBlockYieldingStatus(&region->front(), loc)))
      return failure();
  return replaceLowered(op, newIf);
}

/// A single-block scf.execute_region yields the status first.
FailureOr<Value> ErrorLowering::lowerExecuteRegion(scf::ExecuteRegionOp op) {
  if (!op.getRegion().hasOneBlock())
    return op.emitOpError("may raise, but nbc-lower-errors only handles "
                          "single-block scf.execute_region");
  Location loc = op.getLoc();
  SmallVector<Type> types{ptrType};
  llvm::append_range(types, op.getResultTypes());
  builder.setInsertionPoint(op);
  auto region = scf::ExecuteRegionOp::create(builder, loc, types);
  region.getRegion().takeBody(op.getRegion());
  if (failed(lowerBlockYieldingStatus(&region.getRegion().front(), loc)))
    return failure();
  return replaceLowered(op, region);
}

/// scf.for -> scf.while over (iv, status, iter_args...) that stops at the
/// upper bound or at the first failure.
FailureOr<Value> ErrorLowering::lowerFor(scf::ForOp op) {
  Location loc = op.getLoc();
  builder.setInsertionPoint(op);
  Value upper = op.getUpperBound(), step = op.getStep();
  auto predicate = op.getUnsignedCmp() ? arith::CmpIPredicate::ult
                                       : arith::CmpIPredicate::slt;
  SmallVector<Type> types{op.getInductionVar().getType(), ptrType};
  llvm::append_range(types, op.getResultTypes());
  SmallVector<Value> inits{op.getLowerBound(), nullStatus(loc)};
  llvm::append_range(inits, op.getInitArgs());
  auto loop = scf::WhileOp::create(
      builder, loc, types, inits,
      [&](OpBuilder &nested, Location, ValueRange args) {
        Value inRange =
            arith::CmpIOp::create(nested, loc, predicate, args[0], upper);
        Value ok = LLVM::ICmpOp::create(
            nested, loc, LLVM::ICmpPredicate::eq, args[1],
            LLVM::ZeroOp::create(nested, loc, ptrType));
        Value go = arith::AndIOp::create(nested, loc, inRange, ok);
        scf::ConditionOp::create(nested, loc, go, args);
      },
      [](OpBuilder &, Location, ValueRange) {});
  Block *after = loop.getAfterBody();
  Block *body = op.getBody();
  body->getArgument(0).replaceAllUsesWith(after->getArgument(0));
  for (auto [index, arg] : llvm::enumerate(op.getRegionIterArgs()))
    arg.replaceAllUsesWith(after->getArgument(index + 2));
  after->getOperations().splice(after->end(), body->getOperations());
  FailureOr<Value> status = lowerBlock(after, after->begin(), {});
  if (failed(status))
    return failure();
  Operation *yield = after->getTerminator();
  builder.setInsertionPoint(yield);
  Value next = arith::AddIOp::create(builder, loc, after->getArgument(0), step);
  SmallVector<Value> values{next, *status ? *status : nullStatus(loc)};
  llvm::append_range(values, yield->getOperands());
  yield->setOperands(values);
  op.replaceAllUsesWith(loop.getResults().drop_front(2));
  eraseLowered(op);
  return loop.getResult(1);
}

/// scf.while carries the status: the before region runs only while it is
/// null and the condition also requires it null.
FailureOr<Value> ErrorLowering::lowerWhile(scf::WhileOp op) {
  Location loc = op.getLoc();
  builder.setInsertionPoint(op);
  SmallVector<Type> types{ptrType};
  llvm::append_range(types, op.getResultTypes());
  SmallVector<Value> inits{nullStatus(loc)};
  llvm::append_range(inits, op.getInits());
  auto noBody = [](OpBuilder &, Location, ValueRange) {};
  auto loop = scf::WhileOp::create(builder, loc, types, inits, noBody, noBody);
  Block *before = loop.getBeforeBody(), *after = loop.getAfterBody();
  for (auto [from, to] : {std::make_pair(op.getBeforeBody(), before),
                          std::make_pair(op.getAfterBody(), after)}) {
    for (BlockArgument arg : from->getArguments())
      arg.replaceAllUsesWith(to->getArgument(arg.getArgNumber() + 1));
    to->getOperations().splice(to->end(), from->getOperations());
  }
  FailureOr<Value> beforeStatus =
      lowerBlock(before, before->begin(), before->getArgument(0));
  if (failed(beforeStatus))
    return failure();
  auto condition = cast<scf::ConditionOp>(before->getTerminator());
  builder.setInsertionPoint(condition);
  // select, not andi: on failure the guarded condition is poison.
  Value keepGoing = arith::SelectOp::create(
      builder, loc, isOk(loc, *beforeStatus), condition.getCondition(),
      arith::ConstantIntOp::create(builder, loc, builder.getI1Type(), 0));
  SmallVector<Value> operands{keepGoing, *beforeStatus};
  llvm::append_range(operands, condition.getArgs());
  condition->setOperands(operands);

  if (failed(lowerBlockYieldingStatus(after, loc)))
    return failure();
  return replaceLowered(op, loop);
}

/// A failing iteration skips the rest of its body and merges its status
/// into a slot with an atomic unsigned max of the message addresses, so the
/// reported failure does not depend on thread timing; other iterations
/// still run (Numba's prange gives the same guarantee). The slot is a
/// memref, whose effects buffer deallocation (which runs later) knows.
FailureOr<Value> ErrorLowering::lowerParallel(scf::ParallelOp op) {
  Location loc = op.getLoc();
  auto func = op->getParentOfType<func::FuncOp>();
  Type i64 = builder.getI64Type();
  builder.setInsertionPointToStart(&func.front());
  Value slot = memref::AllocaOp::create(builder, loc, MemRefType::get({}, i64));
  builder.setInsertionPoint(op);
  memref::StoreOp::create(builder, loc,
                          arith::ConstantIntOp::create(builder, loc, i64, 0),
                          slot, ValueRange{});
  Block *body = op.getBody();
  FailureOr<Value> status = lowerBlock(body, body->begin(), {});
  if (failed(status))
    return failure();
  if (*status) {
    builder.setInsertionPoint(body->getTerminator());
    Value failedNow = LLVM::ICmpOp::create(builder, loc, LLVM::ICmpPredicate::ne,
                                           *status, nullStatus(loc));
    auto store = scf::IfOp::create(builder, loc, failedNow,
                                   /*withElseRegion=*/false);
    builder.setInsertionPoint(store.thenBlock()->getTerminator());
    Value address = LLVM::PtrToIntOp::create(builder, loc, i64, *status);
    memref::AtomicRMWOp::create(builder, loc, arith::AtomicRMWKind::maxu,
                                address, slot, ValueRange{});
  }
  builder.setInsertionPointAfter(op);
  Value merged = memref::LoadOp::create(builder, loc, slot, ValueRange{});
  return LLVM::IntToPtrOp::create(builder, loc, ptrType, merged).getResult();
}

/// nbc.try -> an scf.execute_region whose body yields its status first.
/// Without clauses, `caught` is that status being set. With clauses, each
/// flag compares the status's kind byte with the clause's kinds (and no
/// earlier clause matched); the status goes on (the returned raise point)
/// when none did. Returns a null Value for a catch-all try.
FailureOr<Value> ErrorLowering::lowerTry(TryOp op) {
  Location loc = op.getLoc();
  builder.setInsertionPoint(op);
  SmallVector<Type> types{ptrType};
  llvm::append_range(types, op.getValues().getTypes());
  auto region = scf::ExecuteRegionOp::create(builder, loc, types);
  region.getRegion().takeBody(op.getBody());
  Block *body = &region.getRegion().front();
  auto yield = cast<YieldOp>(body->getTerminator());
  builder.setInsertionPoint(yield);
  scf::YieldOp::create(builder, loc, yield.getValues());
  yield.erase();
  if (failed(lowerBlockYieldingStatus(body, loc)))
    return failure();
  builder.setInsertionPointAfter(region);
  Value status = region.getResult(0);
  Value raised = LLVM::ICmpOp::create(builder, loc, LLVM::ICmpPredicate::ne,
                                      status, nullStatus(loc));
  Value propagated;
  if (op.catchesEverything()) {
    op.getCaught().replaceAllUsesWith(raised);
  } else {
    // The kind byte of the status, or of an empty text (0) on success.
    Type i8 = builder.getI8Type(), i1 = builder.getI1Type();
    Value text = arith::SelectOp::create(builder, loc, raised, status,
                                         textAddress(loc, ""));
    Value kind = LLVM::LoadOp::create(builder, loc, i8, text);
    Value falseValue = arith::ConstantIntOp::create(builder, loc, i1, 0);
    Value trueValue = arith::ConstantIntOp::create(builder, loc, i1, 1);
    size_t allKinds = TryOp::getAllKinds().size();
    Value earlier = falseValue;
    for (unsigned clause = 0; clause < op.getNumClauses(); ++clause) {
      SmallVector<ExceptionKind> kinds = op.getClauseKinds(clause);
      // A clause naming every kind (`except Exception`) tests no byte.
      bool all = coversAll(kinds, allKinds);
      Value match = all ? raised : Value();
      for (ExceptionKind each : kinds) {
        if (all)
          break;
        Value code = arith::ConstantIntOp::create(builder, loc, i8,
                                                  static_cast<int64_t>(each));
        Value same = arith::CmpIOp::create(
            builder, loc, arith::CmpIPredicate::eq, kind, code);
        match = match ? arith::OrIOp::create(builder, loc, match, same) : same;
      }
      if (!match)
        match = falseValue;
      Value notEarlier = arith::XOrIOp::create(builder, loc, earlier, trueValue);
      op.getCaught(clause).replaceAllUsesWith(
          arith::AndIOp::create(builder, loc, match, notEarlier));
      earlier = arith::OrIOp::create(builder, loc, earlier, match);
    }
    propagated = arith::SelectOp::create(builder, loc, earlier,
                                         nullStatus(loc), status);
  }
  op.getValues().replaceAllUsesWith(region.getResults().drop_front());
  eraseLowered(op);
  return propagated;
}

void ErrorLowering::declareReportFunction() {
  if (module.lookupSymbol(kReportFunction))
    return;
  OpBuilder::InsertionGuard guard(builder);
  builder.setInsertionPointToStart(module.getBody());
  auto decl = func::FuncOp::create(
      builder, module.getLoc(), kReportFunction,
      builder.getFunctionType({ptrType}, {}));
  decl.setPrivate();
}

LogicalResult ErrorLowering::lowerFunction(func::FuncOp func) {
  if (func.isExternal())
    return success();
  markRaisingOps(func);
  // Innermost first (post-order): a lowered try is no raise point of the
  // one around it. A try that may propagate is a raise point, lowered with
  // the block holding it.
  SmallVector<TryOp> tries;
  func.walk([&](TryOp op) {
    if (catchesEverything(op) || !raisingOps.contains(op))
      tries.push_back(op);
  });
  for (TryOp op : tries)
    if (failed(lowerTry(op)))
      return failure();
  bool report = func->hasAttr(kReportErrorsAttr);
  bool propagates = raisingFunctions.contains(func.getSymNameAttr());
  if (!propagates && !(report && hasRaisePoint(func)))
    return success();
  if (!func.getBody().hasOneBlock())
    return func.emitOpError("may raise, but nbc-lower-errors only handles "
                            "single-block functions (structured control "
                            "flow)");
  auto ret = dyn_cast<func::ReturnOp>(func.front().getTerminator());
  if (!ret)
    return func.emitOpError("must end with func.return");
  Block *entry = &func.front();
  FailureOr<Value> status = lowerBlock(entry, entry->begin(), {});
  if (failed(status))
    return failure();
  Location loc = ret.getLoc();
  builder.setInsertionPoint(ret);
  if (report) {
    if (!*status)
      return success();
    declareReportFunction();
    Value failedNow = LLVM::ICmpOp::create(builder, loc, LLVM::ICmpPredicate::ne,
                                           *status, nullStatus(loc));
    auto ifOp = scf::IfOp::create(builder, loc, failedNow,
                                  /*withElseRegion=*/false);
    builder.setInsertionPoint(ifOp.thenBlock()->getTerminator());
    func::CallOp::create(builder, loc, kReportFunction, TypeRange{},
                         ValueRange{*status});
    return success();
  }
  SmallVector<Value> operands{*status ? *status : nullStatus(loc)};
  llvm::append_range(operands, ret.getOperands());
  ret->setOperands(operands);
  return success();
}

LogicalResult ErrorLowering::run() {
  WalkResult unformattable = module.walk([](RaiseIfOp op) {
    return failed(checkFormattable(op)) ? WalkResult::interrupt()
                                        : WalkResult::advance();
  });
  if (unformattable.wasInterrupted())
    return failure();
  findRaisingFunctions();
  // Signatures first, so that every call site can be rewritten against them.
  for (func::FuncOp func : module.getOps<func::FuncOp>()) {
    if (!raisingFunctions.contains(func.getSymNameAttr()))
      continue;
    FunctionType type = func.getFunctionType();
    SmallVector<Type> results{ptrType};
    llvm::append_range(results, type.getResults());
    func.setFunctionType(
        FunctionType::get(module.getContext(), type.getInputs(), results));
  }
  for (func::FuncOp func :
       llvm::make_early_inc_range(module.getOps<func::FuncOp>()))
    if (failed(lowerFunction(func)))
      return failure();
  WalkResult leftover = module.walk([](RaiseIfOp op) {
    op.emitOpError("is not inside a func.func that nbc-lower-errors handles");
    return WalkResult::interrupt();
  });
  return failure(leftover.wasInterrupted());
}

namespace {
struct NBCLowerErrors : public nbc::impl::NBCLowerErrorsBase<NBCLowerErrors> {
  void runOnOperation() override {
    if (failed(ErrorLowering(getOperation()).run()))
      signalPassFailure();
  }
};
} // namespace
