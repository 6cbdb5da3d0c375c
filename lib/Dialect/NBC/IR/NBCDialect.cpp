//===- NBCDialect.cpp - The nbc dialect -----------------------------------===//

#include "nbc/Dialect/NBC/IR/NBCDialect.h"

#include "mlir/Interfaces/LoopLikeInterface.h"

#include "mlir/IR/Builders.h"
#include "mlir/IR/DialectImplementation.h"
#include "mlir/Interfaces/FunctionInterfaces.h"
#include "mlir/Interfaces/LoopLikeInterface.h"
#include "nbc/Dialect/NBC/IR/NBCOps.h"
#include "llvm/ADT/TypeSwitch.h"

using namespace mlir;
using namespace mlir::nbc;

#include "nbc/Dialect/NBC/IR/NBCDialect.cpp.inc"
#include "nbc/Dialect/NBC/IR/NBCEnums.cpp.inc"
#define GET_ATTRDEF_CLASSES
#include "nbc/Dialect/NBC/IR/NBCAttrs.cpp.inc"
#define GET_TYPEDEF_CLASSES
#include "nbc/Dialect/NBC/IR/NBCTypes.cpp.inc"

void NBCDialect::initialize() {
  addOperations<
#define GET_OP_LIST
#include "nbc/Dialect/NBC/IR/NBCOps.cpp.inc"
      >();
  addAttributes<
#define GET_ATTRDEF_LIST
#include "nbc/Dialect/NBC/IR/NBCAttrs.cpp.inc"
      >();
  addTypes<
#define GET_TYPEDEF_LIST
#include "nbc/Dialect/NBC/IR/NBCTypes.cpp.inc"
      >();
}

Operation *NBCDialect::materializeConstant(OpBuilder &builder, Attribute value,
                                           Type type, Location loc) {
  auto typed = dyn_cast<TypedAttr>(value);
  if (!typed || typed.getType() != type || !isNBCScalar(type))
    return nullptr;
  return ConstantOp::create(builder, loc, typed);
}

LogicalResult NBCDialect::verifyOperationAttribute(Operation *op,
                                                   NamedAttribute attr) {
  // nbc.report_errors: entry points that report a raised exception through
  // the runtime instead of returning a status (docs/ErrorModel.md).
  if (attr.getName() == "nbc.report_errors") {
    if (!isa<UnitAttr>(attr.getValue()) || !isa<FunctionOpInterface>(op))
      return op->emitError()
             << "'nbc.report_errors' must be a unit attribute on a function";
    return success();
  }
  // nbc.status_abi: a function that returns a status whether or not it
  // raises (an AOT library's exported callee and its declarations).
  if (attr.getName() == "nbc.status_abi") {
    if (!isa<UnitAttr>(attr.getValue()) || !isa<FunctionOpInterface>(op))
      return op->emitError()
             << "'nbc.status_abi' must be a unit attribute on a function";
    return success();
  }
  // nbc.readonly_args: the arguments a declared callee never writes.
  if (attr.getName() == "nbc.readonly_args") {
    if (!isa<DenseI64ArrayAttr>(attr.getValue()) ||
        !isa<FunctionOpInterface>(op))
      return op->emitError() << "'nbc.readonly_args' must be an array<i64: "
                                "...> of argument indices on a function";
    return success();
  }
  // nbc.parallel_block: an scf.for over one block of a prange
  // (nbc-strip-mine-parallel), whose reductions may be reassociated.
  if (attr.getName() == "nbc.parallel_block") {
    if (!isa<UnitAttr>(attr.getValue()) || !isa<LoopLikeOpInterface>(op))
      return op->emitError()
             << "'nbc.parallel_block' must be a unit attribute on a loop";
    return success();
  }
  // nbc.export: a kernel's name and signature before nbc-mangle-symbols
  // renamed it, for nbc-add-entry-points.
  if (attr.getName() == "nbc.export") {
    auto dict = dyn_cast<DictionaryAttr>(attr.getValue());
    auto name = dict ? dict.getAs<StringAttr>("name") : nullptr;
    auto type = dict ? dict.getAs<TypeAttr>("type") : nullptr;
    if (!name || !type || !isa<FunctionType>(type.getValue()) ||
        !isa<FunctionOpInterface>(op))
      return op->emitError() << "'nbc.export' must be {name = \"...\", type = "
                                "<function type>} on a function";
    return success();
  }
  // nbc.converts: a cast converting a value as a store into an array item
  // or an index does (nbc::buildConversion), kept when the value widens.
  if (attr.getName() == "nbc.converts") {
    auto kind = dyn_cast<StringAttr>(attr.getValue());
    if (!kind || (kind.getValue() != "item" && kind.getValue() != "index") ||
        !isa<CastOp>(op))
      return op->emitError()
             << "'nbc.converts' must be \"item\" or \"index\" on an nbc.cast";
    return success();
  }
  if (attr.getName() != getKernelAttrName())
    return op->emitError() << "unknown nbc attribute '"
                           << attr.getName().getValue() << "'";
  if (!isa<KernelAttr>(attr.getValue()))
    return op->emitError() << "'" << getKernelAttrName()
                           << "' must be an #nbc.kernel<...> attribute";
  if (!isa<FunctionOpInterface>(op))
    return op->emitError() << "'" << getKernelAttrName()
                           << "' is only valid on functions";
  return success();
}

FailureOr<arith::FastMathFlags> nbc::parseKernelFastMath(AsmParser &parser) {
  SMLoc loc = parser.getCurrentLocation();
  // Keywords first: `none` would otherwise parse as the type attribute.
  StringRef keyword;
  if (succeeded(parser.parseOptionalKeyword(&keyword))) {
    std::optional<arith::FastMathFlags> flags =
        arith::symbolizeFastMathFlags(keyword);
    if (!flags)
      return parser.emitError(loc, "unknown fast-math flag '")
             << keyword << "'";
    return *flags;
  }
  Attribute attr;
  if (parser.parseAttribute(attr))
    return failure();
  if (auto flags = dyn_cast<arith::FastMathFlagsAttr>(attr))
    return flags.getValue();
  return parser.emitError(loc, "expected a fast-math keyword or "
                               "#arith.fastmath<...>");
}

void nbc::printKernelFastMath(AsmPrinter &printer, MLIRContext *context,
                              arith::FastMathFlags flags) {
  // A single keyword prints bare; a set needs the attribute's brackets,
  // since its commas would end the struct parameter.
  std::string text = arith::stringifyFastMathFlags(flags);
  if (StringRef(text).contains(','))
    printer.printAttribute(arith::FastMathFlagsAttr::get(context, flags));
  else
    printer << text;
}

KernelAttr nbc::getKernelOptions(Operation *op) {
  for (Operation *parent = op; parent; parent = parent->getParentOp())
    if (auto kernel = parent->getAttrOfType<KernelAttr>(
            NBCDialect::getKernelAttrName()))
      return kernel;
  return KernelAttr::get(op->getContext(), arith::FastMathFlags::none,
                         ErrorModel::python, /*parallel=*/false,
                         /*boundscheck=*/false);
}
