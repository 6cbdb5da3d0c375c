//===- NBCControlOps.cpp - nbc.range, yield, try and raise_if -------------===//
//
// Builders, custom assembly, verifiers and loop/region-branch interfaces
// of nbc.range (nbc.prange: NBCPRangeOp.cpp); the terminator, nbc.try and
// the raising ops.
//
//===----------------------------------------------------------------------===//

#include "nbc/Dialect/NBC/IR/NBCOps.h"

#include "NBCOpsCommon.h"
#include "nbc/Dialect/NBC/IR/NBCMessages.h"
#include "nbc/Runtime/FormatSpec.h"
#include "mlir/IR/Builders.h"
#include "mlir/IR/Matchers.h"
#include "mlir/IR/OpImplementation.h"
#include "mlir/IR/PatternMatch.h"
#include "mlir/IR/TypeUtilities.h"
#include "llvm/ADT/DenseSet.h"
#include "llvm/ADT/STLExtras.h"

using namespace mlir;
using namespace mlir::nbc;
using namespace mlir::nbc::detail;

// RangeOp
//===----------------------------------------------------------------------===//

void RangeOp::build(OpBuilder &builder, OperationState &state, Value start,
                    Value stop, Value step, ValueRange inits) {
  state.addOperands({start, stop, step});
  state.addOperands(inits);
  for (Value init : inits)
    state.addTypes(init.getType());
  Region *body = state.addRegion();
  Block *block = new Block();
  body->push_back(block);
  block->addArgument(start.getType(), state.location);
  for (Value init : inits)
    block->addArgument(init.getType(), init.getLoc());
  if (inits.empty()) {
    OpBuilder::InsertionGuard guard(builder);
    builder.setInsertionPointToEnd(block);
    YieldOp::create(builder, state.location);
  }
}

/// Parses `(iter_args(%a = %init, ...) -> (types))?`.
static ParseResult
parseIterArgs(OpAsmParser &parser, OperationState &result,
              SmallVectorImpl<OpAsmParser::Argument> &regionArgs) {
  SmallVector<OpAsmParser::UnresolvedOperand> inits;
  if (succeeded(parser.parseOptionalKeyword("iter_args"))) {
    if (parser.parseAssignmentList(regionArgs, inits) ||
        parser.parseArrowTypeList(result.types))
      return failure();
    if (regionArgs.size() - 1 != result.types.size())
      return parser.emitError(parser.getCurrentLocation(),
                              "expected as many iter_args types as values");
  }
  for (auto [arg, type] : llvm::zip(llvm::drop_begin(regionArgs), result.types))
    arg.type = type;
  if (parser.resolveOperands(inits, result.types, parser.getNameLoc(),
                             result.operands))
    return failure();
  return success();
}

ParseResult RangeOp::parse(OpAsmParser &parser, OperationState &result) {
  SmallVector<OpAsmParser::Argument> regionArgs(1);
  OpAsmParser::UnresolvedOperand start, stop, step;
  Type boundType;
  if (parser.parseArgument(regionArgs[0]) || parser.parseEqual() ||
      parser.parseOperand(start) || parser.parseKeyword("to") ||
      parser.parseOperand(stop) || parser.parseKeyword("step") ||
      parser.parseOperand(step) || parser.parseColonType(boundType) ||
      parser.resolveOperands({start, stop, step}, boundType, result.operands))
    return failure();
  regionArgs[0].type = boundType;
  if (parseIterArgs(parser, result, regionArgs))
    return failure();
  Region *body = result.addRegion();
  if (parser.parseRegion(*body, regionArgs))
    return failure();
  RangeOp::ensureTerminator(*body, parser.getBuilder(), result.location);
  return parser.parseOptionalAttrDictWithKeyword(result.attributes);
}

void RangeOp::print(OpAsmPrinter &p) {
  p << " " << getInductionVar() << " = " << getStart() << " to " << getStop()
    << " step " << getStep() << " : " << getStart().getType();
  if (!getInits().empty()) {
    p << " iter_args(";
    llvm::interleaveComma(llvm::zip(getRegionIterArgs(), getInits()), p,
                          [&](auto pair) {
                            p << std::get<0>(pair) << " = " << std::get<1>(pair);
                          });
    p << ") -> (" << getResultTypes() << ")";
  }
  p << " ";
  p.printRegion(getRegion(), /*printEntryBlockArgs=*/false,
                /*printBlockTerminators=*/!getInits().empty() ||
                    getYield().getBreakCond());
  p.printOptionalAttrDictWithKeyword((*this)->getAttrs());
}

LogicalResult RangeOp::verify() {
  if (getInits().size() != getNumResults())
    return emitOpError("has ") << getInits().size() << " iter_args but "
                               << getNumResults() << " results";
  for (auto [index, init, result] :
       llvm::enumerate(getInits().getTypes(), getResultTypes()))
    if (init != result)
      return emitOpError("iter_arg #")
             << index << " has type " << init << " but result #" << index
             << " has type " << result;
  // Checked here, not in verifyRegions: the LoopLike and RegionBranch
  // interface verifiers run first and index the block arguments.
  Block *body = getBody();
  if (body->getNumArguments() != getInits().size() + 1)
    return emitOpError("body must take the induction variable and ")
           << getInits().size() << " iter_args, but takes "
           << body->getNumArguments() << " arguments";
  if (getInductionVar().getType() != getStart().getType())
    return emitOpError("induction variable type ")
           << getInductionVar().getType() << " must match the bounds' type "
           << getStart().getType();
  for (auto [index, arg, init] :
       llvm::enumerate(getRegionIterArgs(), getInits()))
    if (arg.getType() != init.getType())
      return emitOpError("region iter_arg #")
             << index << " has type " << arg.getType() << " but its init has "
             << init.getType();
  return verifyBodyTerminator(*this, body);
}

/// A zero step raises ValueError under either error model.
void RangeOp::getEffects(EffectList &effects) {
  if (!isNonZeroConstant(getStep()))
    addRaiseEffect(effects);
}

YieldOp RangeOp::getYield() { return cast<YieldOp>(getBody()->getTerminator()); }

std::optional<int64_t> RangeOp::getConstantTripCount() {
  APInt start, stop, step;
  if (!matchPattern(getStart(), m_ConstantInt(&start)) ||
      !matchPattern(getStop(), m_ConstantInt(&stop)) ||
      !matchPattern(getStep(), m_ConstantInt(&step)) || step.isZero())
    return std::nullopt;
  bool isSigned = cast<IntegerType>(getStart().getType()).isSigned();
  auto toInt = [&](const APInt &v) {
    return isSigned ? v.getSExtValue() : (int64_t)v.getZExtValue();
  };
  // Work in 128 bits: stop - start can overflow 64.
  __int128 lo = toInt(start), hi = toInt(stop), st = toInt(step);
  if (!isSigned && (start.isNegative() || stop.isNegative() ||
                    step.isNegative()))
    return std::nullopt; // Values above INT64_MAX: leave to run time.
  __int128 count = st > 0 ? (hi - lo + st - 1) / st : (lo - hi - st - 1) / -st;
  if (count <= 0)
    return 0;
  if (count > INT64_MAX)
    return std::nullopt;
  return (int64_t)count;
}

std::optional<SmallVector<Value>> RangeOp::getLoopInductionVars() {
  return SmallVector<Value>{getInductionVar()};
}
std::optional<SmallVector<OpFoldResult>> RangeOp::getLoopLowerBounds() {
  return SmallVector<OpFoldResult>{OpFoldResult(getStart())};
}
std::optional<SmallVector<OpFoldResult>> RangeOp::getLoopUpperBounds() {
  return SmallVector<OpFoldResult>{OpFoldResult(getStop())};
}
std::optional<SmallVector<OpFoldResult>> RangeOp::getLoopSteps() {
  return SmallVector<OpFoldResult>{OpFoldResult(getStep())};
}
Block::BlockArgListType RangeOp::getRegionIterArgs() {
  return getBody()->getArguments().drop_front();
}
SmallVector<Region *> RangeOp::getLoopRegions() { return {&getRegion()}; }
MutableArrayRef<OpOperand> RangeOp::getInitsMutable() {
  return getInitArgsMutable();
}
std::optional<ResultRange> RangeOp::getLoopResults() { return getResults(); }
std::optional<MutableArrayRef<OpOperand>> RangeOp::getYieldedValuesMutable() {
  return getYield().getValuesMutable();
}

OperandRange RangeOp::getEntrySuccessorOperands(RegionSuccessor successor) {
  return getInits();
}

void RangeOp::getSuccessorRegions(RegionBranchPoint point,
                                  SmallVectorImpl<RegionSuccessor> &regions) {
  // From the parent or the body: enter (another) iteration or leave.
  regions.push_back(RegionSuccessor(&getRegion(), getRegionIterArgs()));
  regions.push_back(RegionSuccessor(getOperation(), getResults()));
}

//===----------------------------------------------------------------------===//
// YieldOp
//===----------------------------------------------------------------------===//

LogicalResult YieldOp::verify() {
  Operation *parent = (*this)->getParentOp();
  if (getBreakCond() && !isa<RangeOp>(parent))
    return emitOpError("break_if is only allowed in 'nbc.range'");
  SmallVector<Type> expected;
  if (auto range = dyn_cast<RangeOp>(parent)) {
    llvm::append_range(expected, range.getResultTypes());
  } else if (auto prange = dyn_cast<PRangeOp>(parent)) {
    llvm::append_range(expected, prange.getResultTypes());
  } else if (auto ufunc = dyn_cast<UfuncOp>(parent)) {
    for (Value out : ufunc.getOutputs())
      expected.push_back(cast<MemRefType>(out.getType()).getElementType());
  } else if (auto update = dyn_cast<AtomicUpdateOp>(parent)) {
    expected.push_back(
        cast<MemRefType>(update.getArray().getType()).getElementType());
  } else if (auto tryOp = dyn_cast<TryOp>(parent)) {
    llvm::append_range(expected, tryOp.getValues().getTypes());
  }
  if (getValues().size() != expected.size())
    return emitOpError("yields ")
           << getValues().size() << " values but the parent expects "
           << expected.size();
  for (auto [index, value, type] : llvm::enumerate(getValues(), expected))
    if (value.getType() != type)
      return emitOpError("value #")
             << index << " has type " << value.getType()
             << " but the parent expects " << type;
  return success();
}

MutableOperandRange
YieldOp::getMutableSuccessorOperands(RegionSuccessor successor) {
  return getValuesMutable();
}

//===----------------------------------------------------------------------===//
// TryOp
//===----------------------------------------------------------------------===//

void TryOp::build(OpBuilder &builder, OperationState &state,
                  TypeRange valueTypes, ArrayAttr catchKinds, bool pending) {
  unsigned clauses = pending ? 0 : 1;
  if (catchKinds) {
    state.addAttribute(getCatchKindsAttrName(state.name), catchKinds);
    clauses = catchKinds.size();
  }
  state.addTypes(SmallVector<Type>(clauses, builder.getI1Type()));
  if (pending) {
    state.addAttribute(getPendingAttrName(state.name), builder.getUnitAttr());
    state.addTypes(ExceptionType::get(builder.getContext()));
  }
  state.addTypes(valueTypes);
  state.addRegion();
}

SmallVector<ExceptionKind> TryOp::getClauseKinds(unsigned clause) {
  SmallVector<ExceptionKind> kinds;
  if (std::optional<ArrayAttr> lists = getCatchKinds()) {
    for (auto kind : cast<ArrayAttr>((*lists)[clause])
                         .getAsRange<ExceptionKindAttr>())
      kinds.push_back(kind.getValue());
    return kinds;
  }
  return getAllKinds();
}

SmallVector<ExceptionKind> TryOp::getAllKinds() {
  SmallVector<ExceptionKind> kinds;
  for (uint32_t value = 0; value <= getMaxEnumValForExceptionKind(); ++value)
    if (std::optional<ExceptionKind> kind = symbolizeExceptionKind(value))
      kinds.push_back(*kind);
  return kinds;
}

/// `nbc.try (catch [K, ...] [K, ...]...)? pending? (-> (types))? region
/// attr-dict`
ParseResult TryOp::parse(OpAsmParser &parser, OperationState &result) {
  MLIRContext *ctx = parser.getContext();
  unsigned clauses = 1;
  bool catching = succeeded(parser.parseOptionalKeyword("catch"));
  if (catching) {
    SmallVector<Attribute> lists;
    while (succeeded(parser.parseOptionalLSquare())) {
      SmallVector<Attribute> kinds;
      auto parseKind = [&]() -> ParseResult {
        SMLoc loc = parser.getCurrentLocation();
        StringRef name;
        if (parser.parseKeyword(&name))
          return failure();
        std::optional<ExceptionKind> kind = symbolizeExceptionKind(name);
        if (!kind)
          return parser.emitError(loc, "unknown exception kind '")
                 << name << "'";
        kinds.push_back(ExceptionKindAttr::get(ctx, *kind));
        return success();
      };
      if (failed(parser.parseOptionalRSquare()) &&
          (parser.parseCommaSeparatedList(parseKind) || parser.parseRSquare()))
        return failure();
      lists.push_back(ArrayAttr::get(ctx, kinds));
    }
    if (lists.empty())
      return parser.emitError(parser.getCurrentLocation(),
                              "expected `[` and the kinds of a clause");
    result.addAttribute(getCatchKindsAttrName(result.name),
                        ArrayAttr::get(ctx, lists));
    clauses = lists.size();
  }
  bool pending = succeeded(parser.parseOptionalKeyword("pending"));
  if (pending) {
    result.addAttribute(getPendingAttrName(result.name), UnitAttr::get(ctx));
    clauses = catching ? clauses : 0;
  }
  result.addTypes(SmallVector<Type>(clauses, IntegerType::get(ctx, 1)));
  if (pending)
    result.addTypes(ExceptionType::get(ctx));
  SmallVector<Type> valueTypes;
  if (succeeded(parser.parseOptionalArrow()) &&
      (parser.parseLParen() || parser.parseTypeList(valueTypes) ||
       parser.parseRParen()))
    return failure();
  result.addTypes(valueTypes);
  Region *body = result.addRegion();
  if (parser.parseRegion(*body, /*arguments=*/{}))
    return failure();
  OpBuilder builder(ctx);
  TryOp::ensureTerminator(*body, builder, result.location);
  return parser.parseOptionalAttrDict(result.attributes);
}

void TryOp::print(OpAsmPrinter &p) {
  if (std::optional<ArrayAttr> lists = getCatchKinds()) {
    p << " catch";
    for (auto list : lists->getAsRange<ArrayAttr>()) {
      p << " [";
      llvm::interleaveComma(list.getAsRange<ExceptionKindAttr>(), p,
                            [&](ExceptionKindAttr kind) {
                              p << stringifyExceptionKind(kind.getValue());
                            });
      p << "]";
    }
  }
  if (getPending())
    p << " pending";
  if (!getValues().empty())
    p << " -> (" << getValues().getTypes() << ")";
  p << ' ';
  p.printRegion(getBody(), /*printEntryBlockArgs=*/false,
                /*printBlockTerminators=*/true);
  p.printOptionalAttrDict((*this)->getAttrs(),
                          {getCatchKindsAttrName().getValue(),
                           getPendingAttrName().getValue()});
}

LogicalResult TryOp::verify() {
  if (std::optional<ArrayAttr> lists = getCatchKinds(); lists && lists->empty())
    return emitOpError("needs at least one clause in `catch`");
  unsigned clauses = getNumClauses();
  if (getNumResults() < getNumLeading())
    return emitOpError("needs one `caught` result per clause (")
           << clauses << ")" << (getPending() ? " and the pending exception" : "")
           << ", got " << getNumResults() << " results";
  if (getPending() && !isa<ExceptionType>(getPendingException().getType()))
    return emitOpError("result #")
           << clauses << " (the pending exception) must be !nbc.exception, got "
           << getPendingException().getType();
  for (auto [index, flag] : llvm::enumerate(getCaughtFlags()))
    if (!flag.getType().isInteger(1))
      return emitOpError("result #")
             << index << " (the `caught` flag of a clause) must be i1, got "
             << flag.getType();
  return success();
}

//===----------------------------------------------------------------------===//
// RaiseIfOp, ReraiseOp
//===----------------------------------------------------------------------===//

void RaiseIfOp::getEffects(EffectList &effects) { addRaiseEffect(effects); }

void ReraiseOp::getEffects(EffectList &effects) { addRaiseEffect(effects); }

/// One Python format spec per value (`formats`, when present), each one
/// Python accepts for its value's type (shared with the runtime through
/// nbc/Runtime/FormatSpec.h).
static LogicalResult verifyFormatSpecs(Operation *op,
                                       std::optional<ArrayAttr> formats,
                                       TypeRange types,
                                       bool allowTypeNames = false) {
  if (!formats)
    return success();
  if (formats->size() != types.size())
    return op->emitOpError("needs one format per value, got ")
           << formats->size() << " formats for " << types.size() << " values";
  for (auto [format, type] :
       llvm::zip(formats->getAsValueRange<StringAttr>(), types)) {
    if (format.empty() ||
        (allowTypeNames && format == RaiseIfOp::kTypeNameFormat))
      continue;
    if (!isa<IntegerType, FloatType>(type))
      return op->emitOpError("format spec '")
             << format << "' needs an integer, bool or float value, got "
             << type;
    NBCFormatSpec spec;
    char error[160];
    int valueClass = isa<IntegerType>(type) ? NBC_FORMAT_INT : NBC_FORMAT_FLOAT;
    if (nbcParseFormatSpec(format.data(), format.size(), valueClass, &spec,
                           error, sizeof error))
      return op->emitOpError("format spec '")
             << format << "' for " << type << ": " << error;
  }
  return success();
}

LogicalResult PrintOp::verify() {
  if (getPieces().size() != getValues().size() + 1)
    return emitOpError("needs one more text piece than values, got ")
           << getPieces().size() << " pieces for " << getValues().size()
           << " values";
  for (Type type : getValues().getTypes())
    if (!isNBCScalar(type) && !isNBCArray(type))
      return emitOpError("prints nbc scalars and arrays, got ") << type;
  if (getStream() != 1 && getStream() != 2)
    return emitOpError("stream must be 1 (stdout) or 2 (stderr), got ")
           << getStream();
  return verifyFormatSpecs(*this, getFormats(), getValues().getTypes());
}

size_t nbc::findMessageHole(StringRef message) {
  for (size_t at = 0; at + 1 < message.size(); ++at) {
    StringRef pair = message.substr(at, 2);
    if (pair == "{}")
      return at;
    if (pair == "{{" || pair == "}}")
      ++at;
  }
  return message.size();
}

std::string nbc::unescapeMessageBraces(StringRef message) {
  std::string out;
  for (size_t at = 0; at < message.size(); ++at) {
    out += message[at];
    if ((message[at] == '{' || message[at] == '}') &&
        at + 1 < message.size() && message[at + 1] == message[at])
      ++at;
  }
  return out;
}

/// The `{}` holes of a message with args.
static size_t countHoles(StringRef message) {
  size_t holes = 0;
  for (size_t at = findMessageHole(message); at < message.size();
       at = findMessageHole(message))
    ++holes, message = message.drop_front(at + 2);
  return holes;
}

StringRef RaiseIfOp::getFormat(unsigned i) {
  std::optional<ArrayAttr> formats = getFormats();
  return formats ? cast<StringAttr>((*formats)[i]).getValue() : StringRef();
}

bool RaiseIfOp::hasTypeNameArgs() {
  std::optional<ArrayAttr> formats = getFormats();
  return formats && llvm::any_of(formats->getAsValueRange<StringAttr>(),
                                 [](StringRef format) {
                                   return format == kTypeNameFormat;
                                 });
}

bool RaiseIfOp::isUnsignedArg(unsigned i) {
  if (getArgs()[i].getType().isUnsignedInteger())
    return true;
  std::optional<ArrayRef<bool>> flags = getUnsignedArgs();
  return flags && (*flags)[i];
}

LogicalResult RaiseIfOp::verify() {
  if (getArgs().empty()) {
    if (getFormats() || getUnsignedArgs())
      return emitOpError("has formats or unsigned_args but no args");
    return success(); // A message without args is taken literally.
  }
  if (getArgs().size() > kMaxArgs)
    return emitOpError("formats at most ") << kMaxArgs << " values, got "
                                           << getArgs().size();
  size_t holes = countHoles(getMessage());
  if (holes != getArgs().size())
    return emitOpError("message has ")
           << holes << " '{}' for " << getArgs().size() << " values";
  for (Type type : getArgs().getTypes())
    if (type.getIntOrFloatBitWidth() > 64)
      return emitOpError("formats integers and floats of at most 64 bits, "
                         "got ")
             << type;
  std::optional<ArrayRef<bool>> flags = getUnsignedArgs();
  if (flags && flags->size() != getArgs().size())
    return emitOpError("needs one unsigned_args entry per value, got ")
           << flags->size() << " for " << getArgs().size() << " values";
  return verifyFormatSpecs(*this, getFormats(), getArgs().getTypes(),
                           /*allowTypeNames=*/true);
}
