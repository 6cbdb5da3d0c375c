//===- NBCPRangeOp.cpp - nbc.prange ---------------------------------------===//
//
// nbc.prange's custom assembly, builder, verifier (reduction kinds and
// what the body may read of its accumulators) and loop interface.
//
//===----------------------------------------------------------------------===//

#include "nbc/Dialect/NBC/IR/NBCOps.h"

#include "NBCOpsCommon.h"
#include "mlir/IR/Builders.h"
#include "mlir/IR/Matchers.h"
#include "mlir/IR/OpImplementation.h"
#include "llvm/ADT/DenseSet.h"
#include "llvm/ADT/STLExtras.h"

using namespace mlir;
using namespace mlir::nbc;
using namespace mlir::nbc::detail;

//===----------------------------------------------------------------------===//
// PRangeOp
//===----------------------------------------------------------------------===//

ParseResult PRangeOp::parse(OpAsmParser &parser, OperationState &result) {
  SmallVector<OpAsmParser::Argument> ivs;
  SmallVector<OpAsmParser::UnresolvedOperand> starts, stops, steps, inits;
  Type boundType;
  if (parser.parseArgumentList(ivs, OpAsmParser::Delimiter::Paren) ||
      parser.parseEqual() ||
      parser.parseOperandList(starts, ivs.size(),
                              OpAsmParser::Delimiter::Paren) ||
      parser.parseKeyword("to") ||
      parser.parseOperandList(stops, ivs.size(),
                              OpAsmParser::Delimiter::Paren) ||
      parser.parseKeyword("step") ||
      parser.parseOperandList(steps, ivs.size(),
                              OpAsmParser::Delimiter::Paren) ||
      parser.parseColonType(boundType))
    return failure();
  if (ivs.empty())
    return parser.emitError(parser.getNameLoc(),
                            "expected at least one induction variable");
  for (auto &iv : ivs)
    iv.type = boundType;
  SmallVector<OpAsmParser::Argument> accs;
  SmallVector<Attribute> kinds;
  SmallVector<Type> initTypes;
  bool classified = true;
  if (succeeded(parser.parseOptionalKeyword("iter_args"))) {
    // Carried values whose kinds nbc-recognize-reductions decides.
    classified = false;
    if (parser.parseCommaSeparatedList(
            OpAsmParser::Delimiter::Paren, [&]() -> ParseResult {
              OpAsmParser::Argument acc;
              OpAsmParser::UnresolvedOperand init;
              if (parser.parseArgument(acc) || parser.parseEqual() ||
                  parser.parseOperand(init) || parser.parseColonType(acc.type))
                return failure();
              accs.push_back(acc);
              inits.push_back(init);
              initTypes.push_back(acc.type);
              return success();
            }))
      return failure();
  } else if (succeeded(parser.parseOptionalKeyword("reduce"))) {
    if (parser.parseCommaSeparatedList(
            OpAsmParser::Delimiter::Paren, [&]() -> ParseResult {
              auto kindLoc = parser.getCurrentLocation();
              StringRef keyword;
              OpAsmParser::Argument acc;
              OpAsmParser::UnresolvedOperand init;
              if (parser.parseKeyword(&keyword))
                return failure();
              std::optional<ReductionKind> kind =
                  symbolizeReductionKind(keyword);
              if (!kind)
                return parser.emitError(kindLoc, "unknown reduction kind '")
                       << keyword << "'";
              if (parser.parseArgument(acc) || parser.parseEqual() ||
                  parser.parseOperand(init) || parser.parseColonType(acc.type))
                return failure();
              kinds.push_back(
                  ReductionKindAttr::get(parser.getContext(), *kind));
              accs.push_back(acc);
              inits.push_back(init);
              initTypes.push_back(acc.type);
              return success();
            }))
      return failure();
  }
  if (parser.resolveOperands(starts, boundType, result.operands) ||
      parser.resolveOperands(stops, boundType, result.operands) ||
      parser.resolveOperands(steps, boundType, result.operands) ||
      parser.resolveOperands(inits, initTypes, parser.getNameLoc(),
                             result.operands))
    return failure();
  result.addTypes(initTypes);
  if (classified)
    result.addAttribute(getKindsAttrName(result.name),
                        parser.getBuilder().getArrayAttr(kinds));
  result.addAttribute(getOperandSegmentSizesAttrName(result.name),
                      parser.getBuilder().getDenseI32ArrayAttr(
                          {(int32_t)ivs.size(), (int32_t)ivs.size(),
                           (int32_t)ivs.size(), (int32_t)inits.size()}));
  SmallVector<OpAsmParser::Argument> regionArgs(ivs);
  regionArgs.append(accs);
  Region *body = result.addRegion();
  if (parser.parseRegion(*body, regionArgs))
    return failure();
  PRangeOp::ensureTerminator(*body, parser.getBuilder(), result.location);
  return parser.parseOptionalAttrDictWithKeyword(result.attributes);
}

void PRangeOp::print(OpAsmPrinter &p) {
  p << " (" << getInductionVars() << ") = (" << getStarts() << ") to ("
    << getStops() << ") step (" << getSteps() << ") : "
    << getStarts().front().getType();
  if (!getInitVals().empty()) {
    p << (isClassified() ? " reduce(" : " iter_args(");
    for (unsigned i = 0, e = getInitVals().size(); i < e; ++i) {
      if (i)
        p << ", ";
      if (isClassified())
        p << stringifyReductionKind(getKind(i)) << " ";
      p << getAccumulators()[i] << " = " << getInitVals()[i] << " : "
        << getInitVals()[i].getType();
    }
    p << ")";
  } else if (!isClassified()) {
    p << " iter_args()";
  }
  p << " ";
  p.printRegion(getRegion(), /*printEntryBlockArgs=*/false,
                /*printBlockTerminators=*/!getInitVals().empty());
  p.printOptionalAttrDictWithKeyword(
      (*this)->getAttrs(),
      {getKindsAttrName(), getOperandSegmentSizesAttrName()});
}

static bool kindAcceptsType(ReductionKind kind, Type type) {
  switch (kind) {
  case ReductionKind::add:
  case ReductionKind::mul:
    return !type.isInteger(1);
  case ReductionKind::min:
  case ReductionKind::max:
    return true;
  case ReductionKind::maximum:
  case ReductionKind::minimum:
    return isa<FloatType>(type);
  case ReductionKind::And:
  case ReductionKind::Or:
  case ReductionKind::Xor:
    return !isa<FloatType>(type);
  }
  return false;
}

void PRangeOp::build(OpBuilder &builder, OperationState &state,
                     ValueRange starts, ValueRange stops, ValueRange steps,
                     std::optional<ArrayRef<ReductionKind>> kinds,
                     ValueRange inits) {
  state.addOperands(starts);
  state.addOperands(stops);
  state.addOperands(steps);
  state.addOperands(inits);
  state.addAttribute(getOperandSegmentSizesAttrName(state.name),
                     builder.getDenseI32ArrayAttr(
                         {int32_t(starts.size()), int32_t(stops.size()),
                          int32_t(steps.size()), int32_t(inits.size())}));
  if (kinds || inits.empty()) {
    SmallVector<Attribute> kindAttrs;
    for (ReductionKind kind : kinds.value_or(ArrayRef<ReductionKind>()))
      kindAttrs.push_back(ReductionKindAttr::get(builder.getContext(), kind));
    state.addAttribute(getKindsAttrName(state.name),
                       builder.getArrayAttr(kindAttrs));
  }
  state.addTypes(inits.getTypes());
  Block *body = new Block();
  state.addRegion()->push_back(body);
  for (Value start : starts)
    body->addArgument(start.getType(), state.location);
  for (Value init : inits)
    body->addArgument(init.getType(), init.getLoc());
  if (inits.empty()) {
    OpBuilder::InsertionGuard guard(builder);
    builder.setInsertionPointToEnd(body);
    YieldOp::create(builder, state.location);
  }
}

/// Whether `value`, computed in the body of `loop`, may depend on `acc`:
/// follows operands, and through a result or block argument of an op with
/// regions, everything the op and its regions use. Over-approximates.
static bool mayDependOn(Value value, Value acc, Operation *loop) {
  SmallVector<Value> work{value};
  DenseSet<Value> seenValues;
  DenseSet<Operation *> seenOps;
  while (!work.empty()) {
    Value v = work.pop_back_val();
    if (v == acc)
      return true;
    if (!seenValues.insert(v).second)
      continue;
    Operation *op = nullptr;
    if (auto arg = dyn_cast<BlockArgument>(v))
      op = arg.getOwner()->getParentOp();
    else
      op = v.getDefiningOp();
    // Values from above the loop, and its other block arguments, do not.
    if (!op || op == loop || !loop->isProperAncestor(op) ||
        !seenOps.insert(op).second)
      continue;
    op->walk([&](Operation *inner) {
      llvm::append_range(work, inner->getOperands());
    });
  }
  return false;
}

LogicalResult PRangeOp::verify() {
  if (getStarts().empty())
    return emitOpError("needs at least one dimension");
  if (getStops().size() != getNumDims() || getSteps().size() != getNumDims())
    return emitOpError("needs as many starts, stops and steps as dimensions");
  Type boundType = getStarts().front().getType();
  for (Value bound : getOperands().take_front(3 * getNumDims()))
    if (bound.getType() != boundType)
      return emitOpError("all bounds must have one type, found ")
             << boundType << " and " << bound.getType();
  if (isClassified() && getKindsAttr().size() != getInitVals().size())
    return emitOpError("has ")
           << getKindsAttr().size() << " reduction kinds for "
           << getInitVals().size() << " initial values";
  if (getNumResults() != getInitVals().size())
    return emitOpError("needs one result per reduction");
  for (unsigned i = 0, e = getInitVals().size(); i < e; ++i) {
    Type type = getInitVals()[i].getType();
    if (getResult(i).getType() != type)
      return emitOpError("result #") << i << " must have its init's type "
                                     << type;
    if (isClassified() && !kindAcceptsType(getKind(i), type))
      return emitOpError("reduction '")
             << stringifyReductionKind(getKind(i)) << "' does not apply to "
             << type;
  }
  // Body checks here, before the LoopLike verifier indexes the arguments.
  Block *body = getBody();
  if (body->getNumArguments() != getNumDims() + getInitVals().size())
    return emitOpError("body must take ")
           << getNumDims() << " induction variables and " << getInitVals().size()
           << " accumulators, but takes " << body->getNumArguments()
           << " arguments";
  for (Value iv : getInductionVars())
    if (iv.getType() != getStarts().front().getType())
      return emitOpError("induction variables must have the bounds' type");
  for (auto [index, acc, init] :
       llvm::enumerate(getAccumulators(), getInitVals()))
    if (acc.getType() != init.getType())
      return emitOpError("accumulator #")
             << index << " has type " << acc.getType() << " but its init has "
             << init.getType();
  if (failed(verifyBodyTerminator(*this, body)))
    return failure();
  // A reduction's yielded value must depend on its accumulator: one that
  // ignores it is the last iteration's value when the loop runs serially
  // but the combination of all iterations in parallel. (The yield's count
  // and types are checked by nbc.yield's verifier.)
  YieldOp yield = getYield();
  if (yield.getValues().size() != getAccumulators().size())
    return success();
  for (auto [index, acc, value] :
       llvm::enumerate(getAccumulators(), yield.getValues()))
    if (!mayDependOn(value, acc, getOperation()))
      return emitOpError(isClassified() ? "reduction #" : "carried value #")
             << index << " ('"
             << (isClassified() ? stringifyReductionKind(getKind(index))
                                : StringRef("unclassified"))
             << "') yields a value that does not depend on its accumulator: "
                "serially that is the last iteration's value, in parallel "
                "the combination of all iterations; yield the accumulator "
                "combined with the iteration's contribution";
  return success();
}


void PRangeOp::getEffects(EffectList &effects) {
  if (!llvm::all_of(getSteps(), isNonZeroConstant))
    addRaiseEffect(effects);
}

YieldOp PRangeOp::getYield() {
  return cast<YieldOp>(getBody()->getTerminator());
}

std::optional<SmallVector<Value>> PRangeOp::getLoopInductionVars() {
  return SmallVector<Value>(getInductionVars());
}
std::optional<SmallVector<OpFoldResult>> PRangeOp::getLoopLowerBounds() {
  return getAsOpFoldResult(getStarts());
}
std::optional<SmallVector<OpFoldResult>> PRangeOp::getLoopUpperBounds() {
  return getAsOpFoldResult(getStops());
}
std::optional<SmallVector<OpFoldResult>> PRangeOp::getLoopSteps() {
  return getAsOpFoldResult(getSteps());
}
SmallVector<Region *> PRangeOp::getLoopRegions() { return {&getRegion()}; }

//===----------------------------------------------------------------------===//
