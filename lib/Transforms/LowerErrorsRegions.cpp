//===- LowerErrorsRegions.cpp - Statuses through region ops ---------------===//
//
// nbc-lower-errors on the ops with regions (ErrorLowering.h): scf.if and
// scf.while carry the status as one more value, scf.for becomes an
// scf.while that stops on failure, scf.parallel merges failures with an
// atomic max into a memref slot, nbc.try compares the status's kind with
// its clauses.
//
//===----------------------------------------------------------------------===//

#include "ErrorLowering.h"
#include "ErrorMessages.h"

using namespace mlir;
using namespace mlir::nbc;

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
/// when none did. With `pending`, that status is the pending result
/// instead. Returns a null Value for a catch-all or pending try.
FailureOr<Value> ErrorLowering::lowerTry(TryOp op) {
  Location loc = op.getLoc();
  // Whether its body may fail with a message formatted at run time (in the
  // thread's buffer, which a later formatted raise overwrites).
  bool formats = op.getPendingException() &&
                 op.getBody()
                     .walk([&](Operation *nested) {
                       auto raise = dyn_cast<RaiseIfOp>(nested);
                       return (raise && !raise.getArgs().empty()) ||
                                      isa<ReraiseOp>(nested) ||
                                      isRaisingCall(nested)
                                  ? WalkResult::interrupt()
                                  : WalkResult::advance();
                     })
                     .wasInterrupted();
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
  Value propagated;
  Value raised = op.getNumClauses() == 0
                     ? Value()
                     : LLVM::ICmpOp::create(builder, loc, LLVM::ICmpPredicate::ne,
                                            status, nullStatus(loc));
  if (op.catchesEverything()) {
    op.getCaught().replaceAllUsesWith(raised);
  } else if (!raised) { // `pending` alone: the status is what it holds
    propagated = status;
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
  if (Value pending = op.getPendingException()) {
    // The !nbc.exception becomes the status: nbc.reraise, its only kind of
    // user, is lowered next and reads it as its operand. A formatted
    // message is held out of the thread's buffer while the finally block
    // runs (see lowerOp's nbc.reraise).
    if (Value slot = formats ? heldMessageSlot(op, loc) : Value())
      propagated = buildHeldStatus(builder, module, loc, propagated, slot);
    pending.replaceAllUsesWith(propagated);
    propagated = Value();
  }
  eraseLowered(op);
  return propagated;
}

/// A stack slot for the message a pending nbc.try holds, at the function's
/// entry; none inside an scf.parallel body (its iterations would share it):
/// there the message may still be overwritten.
Value ErrorLowering::heldMessageSlot(Operation *op, Location loc) {
  if (op->getParentOfType<scf::ParallelOp>())
    return {};
  auto func = op->getParentOfType<func::FuncOp>();
  OpBuilder::InsertionGuard guard(builder);
  builder.setInsertionPointToStart(&func.front());
  Value size = LLVM::ConstantOp::create(builder, loc, builder.getI64Type(),
                                        kHeldMessageSlotSize);
  return LLVM::AllocaOp::create(builder, loc, ptrType, builder.getI8Type(),
                                size);
}
