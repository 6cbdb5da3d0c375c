//===- ReturnArgumentViews.cpp - No copy of a returned argument -----------===//
//
// return (bufferization.clone (view* %arg))  ->  return (view* %arg)
// in entry kernels, after ownership-based buffer deallocation.
//
//===----------------------------------------------------------------------===//

#include "nbc/Transforms/EntryPoints.h"
#include "nbc/Transforms/Passes.h"

#include "mlir/Dialect/Bufferization/IR/Bufferization.h"
#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/Dialect/MemRef/IR/MemRef.h"
#include "mlir/IR/BuiltinOps.h"
#include "mlir/IR/SymbolTable.h"
#include "mlir/Interfaces/ViewLikeInterface.h"

namespace mlir::nbc {
#define GEN_PASS_DEF_NBCRETURNARGUMENTVIEWS
#include "nbc/Transforms/Passes.h.inc"
} // namespace mlir::nbc

using namespace mlir;

/// Whether `value` is an argument of `func` or a chain of views of one
/// (views keep the argument's allocated pointer). A complex array's buffer
/// taken as one of its parts' type (nbc.complex_part's lowering) is one.
static bool isArgumentView(Value value, func::FuncOp func) {
  while (Operation *def = value.getDefiningOp()) {
    auto cast = dyn_cast<UnrealizedConversionCastOp>(def);
    if (cast && cast->getNumOperands() == 1 &&
        isa<MemRefType>(cast->getOperand(0).getType()) &&
        isa<MemRefType>(value.getType())) {
      value = cast->getOperand(0);
      continue;
    }
    auto view = dyn_cast<ViewLikeOpInterface>(def);
    if (!view)
      return false;
    value = view.getViewSource();
  }
  auto arg = dyn_cast<BlockArgument>(value);
  return arg && arg.getOwner() == &func.getBody().front();
}

namespace {
struct NBCReturnArgumentViews
    : public nbc::impl::NBCReturnArgumentViewsBase<NBCReturnArgumentViews> {
  void runOnOperation() override {
    ModuleOp module = getOperation();
    for (auto func : module.getOps<func::FuncOp>()) {
      // Callers in the module free what a public callee returns.
      // An exported callee's caller owns (and frees) every array result.
      if (func.isPrivate() || func.isExternal() ||
          func->hasAttr(nbc::kStatusABIAttrName) ||
          !SymbolTable::symbolKnownUseEmpty(func, module))
        continue;
      func.walk([&](func::ReturnOp ret) {
        for (OpOperand &operand : ret->getOpOperands()) {
          auto clone = operand.get().getDefiningOp<bufferization::CloneOp>();
          if (!clone || !clone->hasOneUse() ||
              !isArgumentView(clone.getInput(), func))
            continue;
          // A view's static layout becomes the result's dynamic one.
          Value view = clone.getInput();
          Type type = clone.getType();
          if (view.getType() != type) {
            if (!memref::CastOp::areCastCompatible(view.getType(), type))
              continue;
            OpBuilder builder(clone);
            view = memref::CastOp::create(builder, clone.getLoc(), type, view);
          }
          operand.set(view);
          clone.erase();
        }
      });
    }
  }
};
} // namespace
