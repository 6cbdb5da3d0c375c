//===- NBCOps.h - Ops, attributes and enums of nbc --------------*- C++ -*-===//

#ifndef NBC_DIALECT_NBC_IR_NBCOPS_H
#define NBC_DIALECT_NBC_IR_NBCOPS_H

#include "mlir/Bytecode/BytecodeOpInterface.h"
#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/IR/BuiltinAttributes.h"
#include "mlir/IR/BuiltinTypes.h"
#include "mlir/IR/OpDefinition.h"
#include "mlir/IR/OpImplementation.h"
#include "mlir/Interfaces/ControlFlowInterfaces.h"
#include "mlir/Interfaces/InferTypeOpInterface.h"
#include "mlir/Interfaces/LoopLikeInterface.h"
#include "mlir/Interfaces/SideEffectInterfaces.h"

#include "nbc/Dialect/NBC/IR/NBCDialect.h"
#include "nbc/Dialect/NBC/IR/NBCTypeRules.h"

#include "nbc/Dialect/NBC/IR/NBCEnums.h.inc"

namespace mlir::nbc {
/// The `fastmath` parameter of #nbc.kernel: a bare keyword (`fast`,
/// `reassoc`) or `#arith.fastmath<reassoc,contract>` for several flags.
FailureOr<arith::FastMathFlags> parseKernelFastMath(AsmParser &parser);
void printKernelFastMath(AsmPrinter &printer, MLIRContext *context,
                         arith::FastMathFlags flags);
} // namespace mlir::nbc

#define GET_ATTRDEF_CLASSES
#include "nbc/Dialect/NBC/IR/NBCAttrs.h.inc"
#define GET_TYPEDEF_CLASSES
#include "nbc/Dialect/NBC/IR/NBCTypes.h.inc"

namespace mlir::nbc {
/// The error state that raising ops write: ops that may raise declare an
/// effect on it, so they are not erased or hoisted while they may raise.
struct ErrorStateResource
    : public SideEffects::Resource::Base<ErrorStateResource> {
  StringRef getName() override { return "nbc::ErrorState"; }
};

/// The kernel options of the function enclosing `op` (defaults if none).
KernelAttr getKernelOptions(Operation *op);

/// The type of nbc.diagonal/broadcast_to/complex_part results: `rank`
/// dynamic sizes of `element`, dynamic strides and offset.
MemRefType getDynamicViewType(MemRefType source, int64_t rank, Type element);
} // namespace mlir::nbc

#define GET_OP_CLASSES
#include "nbc/Dialect/NBC/IR/NBCOps.h.inc"

#endif // NBC_DIALECT_NBC_IR_NBCOPS_H
