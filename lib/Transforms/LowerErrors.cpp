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

#include "ErrorLowering.h"
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
    if (!isa<RaiseIfOp, ReraiseOp>(op) && !isRaisingCall(op))
      return;
    // A catch-all or pending nbc.try is no raise point; one with clauses is.
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
  if (isa<ReraiseOp>(op)) {
    // Its operand is already the status its nbc.try held (lowered first),
    // out of the thread's message buffer: it goes back there (the caller
    // reads it after this frame's slot is gone).
    Value status = op->getOperand(0);
    auto held = status.getDefiningOp<func::CallOp>();
    if (held && held.getCallee() == "nbc_rt_error_hold") {
      builder.setInsertionPoint(op);
      status = buildReleasedStatus(builder, module, op->getLoc(), status,
                                   held.getOperand(1));
    }
    eraseLowered(op);
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
  // the block holding it. A pending try goes before the nbc.reraise of
  // its exception, which takes the status.
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
