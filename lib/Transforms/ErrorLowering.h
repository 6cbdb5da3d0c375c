//===- ErrorLowering.h - nbc-lower-errors' rewriter -------------*- C++ -*-===//
//
// The rewriter of nbc-lower-errors (LowerErrors.cpp: blocks, calls and
// functions; LowerErrorsRegions.cpp: the region ops that pass a status on).
//
//===----------------------------------------------------------------------===//

#ifndef NBC_LIB_TRANSFORMS_ERRORLOWERING_H
#define NBC_LIB_TRANSFORMS_ERRORLOWERING_H

#include "nbc/Dialect/NBC/IR/NBCOps.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/Dialect/LLVMIR/LLVMDialect.h"
#include "mlir/Dialect/MemRef/IR/MemRef.h"
#include "mlir/Dialect/SCF/IR/SCF.h"
#include "mlir/Dialect/UB/IR/UBOps.h"
#include "mlir/IR/BuiltinOps.h"
#include "llvm/ADT/DenseSet.h"
#include "llvm/ADT/StringMap.h"

namespace mlir::nbc {

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
  /// Another one propagates what its clauses do not name, unless it holds
  /// it `pending` (for nbc.reraise).
  static bool catchesEverything(Operation *op) {
    auto tryOp = dyn_cast<TryOp>(op);
    if (!tryOp)
      return false;
    if (tryOp.catchesEverything() || tryOp.getPending())
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
          return isa<RaiseIfOp, ReraiseOp>(nested) || isRaisingCall(nested)
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
  Value heldMessageSlot(Operation *op, Location loc);

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


} // namespace mlir::nbc

#endif // NBC_LIB_TRANSFORMS_ERRORLOWERING_H
