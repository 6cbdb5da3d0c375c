//===- NBCOps.cpp - Verifiers, assembly and interfaces of nbc ops ---------===//
//
// Folders and canonicalization patterns live in NBCFolds.cpp.
//
//===----------------------------------------------------------------------===//

#include "nbc/Dialect/NBC/IR/NBCOps.h"

#include "mlir/IR/Builders.h"
#include "mlir/IR/Matchers.h"
#include "mlir/IR/OpImplementation.h"
#include "mlir/IR/PatternMatch.h"
#include "mlir/IR/TypeUtilities.h"
#include "llvm/ADT/STLExtras.h"

using namespace mlir;
using namespace mlir::nbc;

//===----------------------------------------------------------------------===//
// Helpers for effects
//===----------------------------------------------------------------------===//

using EffectList =
    SmallVectorImpl<SideEffects::EffectInstance<MemoryEffects::Effect>>;

static void addRaiseEffect(EffectList &effects) {
  effects.emplace_back(MemoryEffects::Write::get(),
                       ErrorStateResource::get());
}

static bool isNonZeroConstant(Value value) {
  APInt intValue;
  if (matchPattern(value, m_ConstantInt(&intValue)))
    return !intValue.isZero();
  APFloat floatValue(0.0);
  if (matchPattern(value, m_ConstantFloat(&floatValue)))
    return !floatValue.isZero();
  return false;
}

static bool usesPythonErrors(Operation *op) {
  return getKernelOptions(op).getErrorModel() == ErrorModel::python;
}

/// Whether a division-like op may raise ZeroDivisionError.
static bool divisionMayRaise(Operation *op, Value divisor) {
  return usesPythonErrors(op) && !isNonZeroConstant(divisor);
}

template <typename OpTy>
static void getDivisionEffects(OpTy op, EffectList &effects) {
  if (divisionMayRaise(op, op.getRhs()))
    addRaiseEffect(effects);
}

template <typename OpTy>
static Speculation::Speculatability getDivisionSpeculatability(OpTy op) {
  return divisionMayRaise(op, op.getRhs()) ? Speculation::NotSpeculatable
                                           : Speculation::Speculatable;
}

#define NBC_DIVISION_EFFECTS(OP)                                               \
  void OP::getEffects(EffectList &effects) {                                   \
    getDivisionEffects(*this, effects);                                        \
  }                                                                            \
  Speculation::Speculatability OP::getSpeculatability() {                      \
    return getDivisionSpeculatability(*this);                                  \
  }
NBC_DIVISION_EFFECTS(FloorDivOp)
NBC_DIVISION_EFFECTS(ModOp)
NBC_DIVISION_EFFECTS(TrueDivOp)
NBC_DIVISION_EFFECTS(DivModOp)
#undef NBC_DIVISION_EFFECTS

/// A shift raises for a negative count.
static bool shiftMayRaise(Operation *op, Value count) {
  if (!usesPythonErrors(op) || cast<IntegerType>(count.getType()).isUnsigned())
    return false;
  APInt value;
  return !matchPattern(count, m_ConstantInt(&value)) || value.isNegative();
}

void ShlOp::getEffects(EffectList &effects) {
  if (shiftMayRaise(*this, getRhs()))
    addRaiseEffect(effects);
}
Speculation::Speculatability ShlOp::getSpeculatability() {
  return shiftMayRaise(*this, getRhs()) ? Speculation::NotSpeculatable
                                        : Speculation::Speculatable;
}
void ShrOp::getEffects(EffectList &effects) {
  if (shiftMayRaise(*this, getRhs()))
    addRaiseEffect(effects);
}
Speculation::Speculatability ShrOp::getSpeculatability() {
  return shiftMayRaise(*this, getRhs()) ? Speculation::NotSpeculatable
                                        : Speculation::Speculatable;
}

//===----------------------------------------------------------------------===//
// custom<EnumKeyword>: enum attributes as a bare keyword (`nbc.cmp lt, ...`)
//===----------------------------------------------------------------------===//

template <typename AttrT>
static ParseResult parseEnumKeyword(OpAsmParser &parser, AttrT &attr) {
  using EnumT = decltype(std::declval<AttrT>().getValue());
  SMLoc loc = parser.getCurrentLocation();
  StringRef keyword;
  if (parser.parseKeyword(&keyword))
    return failure();
  std::optional<EnumT> value = symbolizeEnum<EnumT>(keyword);
  if (!value)
    return parser.emitError(loc, "unknown keyword '") << keyword << "'";
  attr = AttrT::get(parser.getContext(), *value);
  return success();
}

template <typename AttrT>
static void printEnumKeyword(OpAsmPrinter &p, Operation *, AttrT attr) {
  p << stringifyEnum(attr.getValue());
}

//===----------------------------------------------------------------------===//
// ConstantOp
//===----------------------------------------------------------------------===//

LogicalResult ConstantOp::verify() {
  if (!isa<IntegerAttr, FloatAttr>(getValue()))
    return emitOpError("value must be an integer or float attribute");
  return success();
}

//===----------------------------------------------------------------------===//
// TrueDivOp, PowOp, CastOp
//===----------------------------------------------------------------------===//

LogicalResult TrueDivOp::verify() {
  Type operand = getLhs().getType();
  if (isa<FloatType>(operand) && operand != getType())
    return emitOpError("float operands of type ")
           << operand << " must give a result of the same type, not "
           << getType();
  return success();
}

LogicalResult PowOp::verify() {
  Type base = getLhs().getType(), exponent = getRhs().getType();
  if (isa<IntegerType>(base)) {
    if (exponent != base)
      return emitOpError("an integer base needs an exponent of the same type ")
             << base << ", not " << exponent;
  } else if (isa<FloatType>(exponent) && exponent != base) {
    return emitOpError("a float exponent must have the base's type ")
           << base << ", not " << exponent;
  }
  if (getType() != base)
    return emitOpError("result type ")
           << getType() << " must be the base's type " << base;
  return success();
}

static bool powMayRaise(PowOp op) {
  if (!usesPythonErrors(op))
    return false;
  // Integer powers raise for negative exponents, float ones for 0.0 ** -x.
  if (auto intType = dyn_cast<IntegerType>(op.getRhs().getType())) {
    if (intType.isUnsigned())
      return false;
    APInt value;
    return !matchPattern(op.getRhs(), m_ConstantInt(&value)) ||
           value.isNegative();
  }
  // Float powers raise for 0.0 ** -y and, with a negative base, for a
  // non-integral exponent ("math domain error").
  APFloat value(0.0);
  return !matchPattern(op.getRhs(), m_ConstantFloat(&value)) ||
         value.isNegative() || !value.isInteger();
}
void PowOp::getEffects(EffectList &effects) {
  if (powMayRaise(*this))
    addRaiseEffect(effects);
}
Speculation::Speculatability PowOp::getSpeculatability() {
  return powMayRaise(*this) ? Speculation::NotSpeculatable
                            : Speculation::Speculatable;
}

static bool castMayRaise(CastOp op) {
  return isa<FloatType>(op.getInput().getType()) &&
         isNBCInteger(op.getType()) && usesPythonErrors(op);
}
void CastOp::getEffects(EffectList &effects) {
  if (castMayRaise(*this))
    addRaiseEffect(effects);
}
Speculation::Speculatability CastOp::getSpeculatability() {
  return castMayRaise(*this) ? Speculation::NotSpeculatable
                             : Speculation::Speculatable;
}

void MathOp::getEffects(EffectList &effects) {
  switch (getFn()) {
  case MathFn::sqrt:
  case MathFn::log:
  case MathFn::log2:
  case MathFn::log10:
  case MathFn::log1p:
  case MathFn::asin:
  case MathFn::acos:
  case MathFn::acosh:
  case MathFn::atanh:
  // sin/cos/tan of an infinity: "math domain error"; exp & co. of a finite
  // value that overflows: OverflowError("math range error").
  case MathFn::sin:
  case MathFn::cos:
  case MathFn::tan:
  case MathFn::exp:
  case MathFn::exp2:
  case MathFn::expm1:
  case MathFn::sinh:
  case MathFn::cosh:
    if (usesPythonErrors(*this))
      addRaiseEffect(effects);
    return;
  default:
    return;
  }
}

//===----------------------------------------------------------------------===//
// RangeOp
//===----------------------------------------------------------------------===//

/// The body of a range, prange or ufunc must end in nbc.yield. The
/// SingleBlockImplicitTerminator trait checks this too, but only after the
/// interface verifiers that call getYield().
static LogicalResult verifyBodyTerminator(Operation *op, Block *body) {
  if (body->empty() || !isa<YieldOp>(body->back()))
    return op->emitOpError("body must end with 'nbc.yield'");
  return success();
}

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
static bool stepMayBeZero(Value step) { return !isNonZeroConstant(step); }

void RangeOp::getEffects(EffectList &effects) {
  if (stepMayBeZero(getStep()))
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
  if (succeeded(parser.parseOptionalKeyword("reduce"))) {
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
    p << " reduce(";
    for (unsigned i = 0, e = getInitVals().size(); i < e; ++i) {
      if (i)
        p << ", ";
      p << stringifyReductionKind(getKind(i)) << " " << getAccumulators()[i]
        << " = " << getInitVals()[i] << " : " << getInitVals()[i].getType();
    }
    p << ")";
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
  case ReductionKind::And:
  case ReductionKind::Or:
  case ReductionKind::Xor:
    return !isa<FloatType>(type);
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
  if (getKinds().size() != getInitVals().size())
    return emitOpError("has ")
           << getKinds().size() << " reduction kinds for "
           << getInitVals().size() << " initial values";
  if (getNumResults() != getInitVals().size())
    return emitOpError("needs one result per reduction");
  for (unsigned i = 0, e = getInitVals().size(); i < e; ++i) {
    Type type = getInitVals()[i].getType();
    if (getResult(i).getType() != type)
      return emitOpError("result #") << i << " must have its init's type "
                                     << type;
    if (!kindAcceptsType(getKind(i), type))
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
  return verifyBodyTerminator(*this, body);
}

void PRangeOp::getEffects(EffectList &effects) {
  if (llvm::any_of(getSteps(), stepMayBeZero))
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
// RaiseIfOp
//===----------------------------------------------------------------------===//

void RaiseIfOp::getEffects(EffectList &effects) { addRaiseEffect(effects); }

//===----------------------------------------------------------------------===//
// LoadOp, StoreOp
//===----------------------------------------------------------------------===//

template <typename OpTy>
static LogicalResult verifyAccess(OpTy op) {
  auto type = cast<MemRefType>(op.getArray().getType());
  if ((int64_t)op.getIndices().size() != type.getRank())
    return op.emitOpError("needs ")
           << type.getRank() << " indices for a rank-" << type.getRank()
           << " array, got " << op.getIndices().size();
  return success();
}

LogicalResult LoadOp::verify() { return verifyAccess(*this); }
LogicalResult StoreOp::verify() { return verifyAccess(*this); }

void LoadOp::getEffects(EffectList &effects) {
  effects.emplace_back(MemoryEffects::Read::get(), &getArrayMutable(),
                       SideEffects::DefaultResource::get());
  if (checksBounds())
    addRaiseEffect(effects);
}
void StoreOp::getEffects(EffectList &effects) {
  effects.emplace_back(MemoryEffects::Write::get(), &getArrayMutable(),
                       SideEffects::DefaultResource::get());
  if (checksBounds())
    addRaiseEffect(effects);
}

//===----------------------------------------------------------------------===//
// DimOp, StrideOp
//===----------------------------------------------------------------------===//

void DimOp::build(OpBuilder &builder, OperationState &state, Value array,
                  int64_t axis) {
  build(builder, state,
        IntegerType::get(builder.getContext(), 64, IntegerType::Signed), array,
        builder.getI64IntegerAttr(axis));
}

template <typename OpTy>
static LogicalResult verifyAxis(OpTy op) {
  int64_t rank = cast<MemRefType>(op.getArray().getType()).getRank();
  // getAxis() is unsigned; read the attribute as signed to reject -1.
  int64_t axis = op.getAxisAttr().getInt();
  if (axis < 0 || axis >= rank)
    return op.emitOpError("axis ")
           << axis << " is out of range for a rank-" << rank << " array";
  return success();
}
LogicalResult DimOp::verify() { return verifyAxis(*this); }
LogicalResult StrideOp::verify() { return verifyAxis(*this); }

//===----------------------------------------------------------------------===//
// SliceOp
//===----------------------------------------------------------------------===//

MemRefType SliceOp::inferResultType(MemRefType source,
                                    ArrayRef<int32_t> subscripts) {
  SmallVector<int64_t> strides;
  int64_t offset;
  if (failed(source.getStridesAndOffset(strides, offset)))
    strides.assign(source.getRank(), ShapedType::kDynamic);
  SmallVector<int64_t> sizes, newStrides;
  for (int64_t dim = 0; dim < source.getRank(); ++dim) {
    int32_t sub = dim < (int64_t)subscripts.size() ? subscripts[dim] : kSlice;
    if (!(sub & kSlice))
      continue;
    bool whole = !(sub & (kHasStart | kHasStop | kHasStep));
    sizes.push_back(whole ? source.getDimSize(dim) : ShapedType::kDynamic);
    newStrides.push_back((sub & kHasStep) ? ShapedType::kDynamic
                                          : strides[dim]);
  }
  auto layout = StridedLayoutAttr::get(source.getContext(),
                                       ShapedType::kDynamic, newStrides);
  return MemRefType::get(sizes, source.getElementType(), layout,
                         source.getMemorySpace());
}

ParseResult SliceOp::parse(OpAsmParser &parser, OperationState &result) {
  OpAsmParser::UnresolvedOperand source;
  SmallVector<OpAsmParser::UnresolvedOperand> indices, starts, stops, steps;
  SmallVector<int32_t> subscripts;
  if (parser.parseOperand(source) ||
      parser.parseCommaSeparatedList(
          OpAsmParser::Delimiter::Square, [&]() -> ParseResult {
            OpAsmParser::UnresolvedOperand first;
            OptionalParseResult hasFirst = parser.parseOptionalOperand(first);
            if (hasFirst.has_value() && failed(*hasFirst))
              return failure();
            if (failed(parser.parseOptionalColon())) {
              if (!hasFirst.has_value())
                return parser.emitError(parser.getCurrentLocation(),
                                        "expected an index or a slice");
              indices.push_back(first);
              subscripts.push_back(kIndex);
              return success();
            }
            int32_t sub = kSlice;
            if (hasFirst.has_value()) {
              starts.push_back(first);
              sub |= kHasStart;
            }
            OpAsmParser::UnresolvedOperand operand;
            OptionalParseResult hasStop = parser.parseOptionalOperand(operand);
            if (hasStop.has_value()) {
              if (failed(*hasStop))
                return failure();
              stops.push_back(operand);
              sub |= kHasStop;
            }
            if (succeeded(parser.parseOptionalColon())) {
              OptionalParseResult hasStep =
                  parser.parseOptionalOperand(operand);
              if (hasStep.has_value()) {
                if (failed(*hasStep))
                  return failure();
                steps.push_back(operand);
                sub |= kHasStep;
              }
            }
            subscripts.push_back(sub);
            return success();
          }))
    return failure();
  MemRefType sourceType, resultType;
  if (parser.parseOptionalAttrDict(result.attributes) ||
      parser.parseColonType(sourceType) || parser.parseKeyword("to") ||
      parser.parseType(resultType))
    return failure();
  Type indexType = IntegerType::get(parser.getContext(), 64,
                                    IntegerType::Signed);
  if (parser.resolveOperand(source, sourceType, result.operands) ||
      parser.resolveOperands(indices, indexType, result.operands) ||
      parser.resolveOperands(starts, indexType, result.operands) ||
      parser.resolveOperands(stops, indexType, result.operands) ||
      parser.resolveOperands(steps, indexType, result.operands))
    return failure();
  result.addTypes(resultType);
  Builder &b = parser.getBuilder();
  result.addAttribute(getSubscriptsAttrName(result.name),
                      b.getDenseI32ArrayAttr(subscripts));
  result.addAttribute(getOperandSegmentSizesAttrName(result.name),
                      b.getDenseI32ArrayAttr({1, (int32_t)indices.size(),
                                              (int32_t)starts.size(),
                                              (int32_t)stops.size(),
                                              (int32_t)steps.size()}));
  return success();
}

void SliceOp::print(OpAsmPrinter &p) {
  p << " " << getSource() << "[";
  unsigned index = 0, start = 0, stop = 0, step = 0;
  llvm::interleaveComma(getSubscripts(), p, [&](int32_t sub) {
    if (!(sub & kSlice)) {
      p << getIndices()[index++];
      return;
    }
    if (sub & kHasStart)
      p << getStarts()[start++];
    p << ":";
    if (sub & kHasStop)
      p << getStops()[stop++];
    if (sub & kHasStep)
      p << ":" << getSteps()[step++];
  });
  p << "]";
  p.printOptionalAttrDict((*this)->getAttrs(),
                          {getSubscriptsAttrName(),
                           getOperandSegmentSizesAttrName()});
  p << " : " << getSource().getType() << " to " << getType();
}

LogicalResult SliceOp::verify() {
  auto sourceType = cast<MemRefType>(getSource().getType());
  ArrayRef<int32_t> subscripts = getSubscripts();
  if ((int64_t)subscripts.size() > sourceType.getRank())
    return emitOpError("has ") << subscripts.size()
                               << " subscripts for a rank-"
                               << sourceType.getRank() << " array";
  unsigned indices = 0, starts = 0, stops = 0, steps = 0;
  for (int32_t sub : subscripts) {
    if (sub < 0 || sub > (kSlice | kHasStart | kHasStop | kHasStep) ||
        (!(sub & kSlice) && sub != kIndex))
      return emitOpError("has an invalid subscript code ") << sub;
    indices += !(sub & kSlice);
    starts += bool(sub & kHasStart);
    stops += bool(sub & kHasStop);
    steps += bool(sub & kHasStep);
  }
  if (indices != getIndices().size() || starts != getStarts().size() ||
      stops != getStops().size() || steps != getSteps().size())
    return emitOpError("operands do not match the subscripts");
  for (Value operand : getOperands().drop_front())
    if (!operand.getType().isSignedInteger(64))
      return emitOpError("subscripts must be si64, found ")
             << operand.getType();
  MemRefType expected = inferResultType(sourceType, subscripts);
  if (getType() != expected)
    return emitOpError("result type ")
           << getType() << " does not match the inferred type " << expected;
  return success();
}

//===----------------------------------------------------------------------===//
// EmptyOp, FullOp
//===----------------------------------------------------------------------===//

template <typename OpTy>
static LogicalResult verifyAllocation(OpTy op) {
  MemRefType type = op.getType();
  if (!type.getLayout().isIdentity())
    return op.emitOpError("allocates row-major arrays: the result type ")
           << type << " must have the identity layout";
  if (op.getSizes().size() != (size_t)type.getNumDynamicDims())
    return op.emitOpError("needs one size per dynamic dimension (")
           << type.getNumDynamicDims() << "), got " << op.getSizes().size();
  return success();
}
LogicalResult EmptyOp::verify() { return verifyAllocation(*this); }
LogicalResult FullOp::verify() { return verifyAllocation(*this); }

void EmptyOp::getEffects(EffectList &effects) {
  effects.emplace_back(MemoryEffects::Allocate::get(),
                       getOperation()->getOpResult(0),
                       SideEffects::DefaultResource::get());
  if (!getSizes().empty())
    addRaiseEffect(effects);
}
void FullOp::getEffects(EffectList &effects) {
  effects.emplace_back(MemoryEffects::Allocate::get(),
                       getOperation()->getOpResult(0),
                       SideEffects::DefaultResource::get());
  effects.emplace_back(MemoryEffects::Write::get(),
                       getOperation()->getOpResult(0),
                       SideEffects::DefaultResource::get());
  if (!getSizes().empty())
    addRaiseEffect(effects);
}

//===----------------------------------------------------------------------===//
// ArrayReduceOp
//===----------------------------------------------------------------------===//

/// The scalar type a reduction of `kind` over `element` produces.
static Type reductionScalarType(ArrayReductionKind kind, Type element) {
  MLIRContext *ctx = element.getContext();
  switch (kind) {
  case ArrayReductionKind::argmin:
  case ArrayReductionKind::argmax:
    return IntegerType::get(ctx, 64, IntegerType::Signed);
  case ArrayReductionKind::any:
  case ArrayReductionKind::all:
    return IntegerType::get(ctx, 1);
  case ArrayReductionKind::mean:
    return isa<FloatType>(element) ? element : Float64Type::get(ctx);
  default:
    return element;
  }
}

LogicalResult ArrayReduceOp::verify() {
  auto arrayType = cast<MemRefType>(getArray().getType());
  Type scalar = reductionScalarType(getKind(), arrayType.getElementType());
  if (IntegerAttr axisAttr = getAxisAttr()) {
    std::optional<int64_t> axis = axisAttr.getInt();
    if (*axis < 0 || *axis >= arrayType.getRank())
      return emitOpError("axis ") << *axis << " is out of range for a rank-"
                                  << arrayType.getRank() << " array";
    auto resultType = dyn_cast<MemRefType>(getType());
    if (!resultType || resultType.getElementType() != scalar ||
        resultType.getRank() != arrayType.getRank() - 1)
      return emitOpError("with an axis must give a rank-")
             << arrayType.getRank() - 1 << " array of " << scalar;
    if (!resultType.getLayout().isIdentity())
      return emitOpError("result must have the identity layout");
    return success();
  }
  if (getType() != scalar)
    return emitOpError("'")
           << stringifyArrayReductionKind(getKind()) << "' of "
           << arrayType.getElementType() << " elements gives " << scalar
           << ", not " << getType();
  return success();
}

void ArrayReduceOp::getEffects(EffectList &effects) {
  effects.emplace_back(MemoryEffects::Read::get(), &getArrayMutable(),
                       SideEffects::DefaultResource::get());
  if (getAxis())
    effects.emplace_back(MemoryEffects::Allocate::get(),
                         getOperation()->getOpResult(0),
                         SideEffects::DefaultResource::get());
  switch (getKind()) {
  case ArrayReductionKind::min:
  case ArrayReductionKind::max:
  case ArrayReductionKind::argmin:
  case ArrayReductionKind::argmax:
    addRaiseEffect(effects); // Empty arrays have no minimum.
    break;
  default:
    break;
  }
}

//===----------------------------------------------------------------------===//
// UfuncOp
//===----------------------------------------------------------------------===//

ParseResult UfuncOp::parse(OpAsmParser &parser, OperationState &result) {
  SmallVector<OpAsmParser::UnresolvedOperand> ins, outs;
  SmallVector<Type> inTypes, outTypes, resultTypes;
  auto loc = parser.getCurrentLocation();
  if (parser.parseKeyword("ins") || parser.parseLParen() ||
      parser.parseOperandList(ins) || parser.parseColonTypeList(inTypes) ||
      parser.parseRParen())
    return failure();
  if (succeeded(parser.parseOptionalKeyword("outs"))) {
    if (parser.parseLParen() || parser.parseOperandList(outs) ||
        parser.parseColonTypeList(outTypes) || parser.parseRParen())
      return failure();
  }
  if (parser.parseOptionalArrowTypeList(resultTypes) ||
      parser.resolveOperands(ins, inTypes, loc, result.operands) ||
      parser.resolveOperands(outs, outTypes, loc, result.operands))
    return failure();
  result.addTypes(resultTypes);
  result.addAttribute(getOperandSegmentSizesAttrName(result.name),
                      parser.getBuilder().getDenseI32ArrayAttr(
                          {(int32_t)ins.size(), (int32_t)outs.size()}));
  Region *body = result.addRegion();
  if (parser.parseRegion(*body, {}))
    return failure();
  if (body->empty())
    return parser.emitError(loc, "expected a body block");
  return parser.parseOptionalAttrDictWithKeyword(result.attributes);
}

void UfuncOp::print(OpAsmPrinter &p) {
  p << " ins(" << getIns() << " : " << getIns().getTypes() << ")";
  if (!getOuts().empty())
    p << " outs(" << getOuts() << " : " << getOuts().getTypes() << ")";
  if (getNumResults())
    p.printArrowTypeList(getResultTypes());
  p << " ";
  p.printRegion(getRegion(), /*printEntryBlockArgs=*/true,
                /*printBlockTerminators=*/true);
  p.printOptionalAttrDictWithKeyword((*this)->getAttrs(),
                                     {getOperandSegmentSizesAttrName()});
}

LogicalResult UfuncOp::verify() {
  if (!getOuts().empty() && getNumResults())
    return emitOpError("writes either into 'outs' or into new results, not "
                       "both");
  if (getOutputs().empty())
    return emitOpError("needs at least one output");
  if (getIns().empty())
    return emitOpError("needs at least one input");
  SmallVector<int64_t> shape;
  for (Value in : getIns()) {
    auto next = broadcastShapes(shape, broadcastShapeOf(in.getType()));
    if (!next)
      return emitOpError("input shapes cannot be broadcast together: ")
             << getIns().getTypes();
    shape = *next;
  }
  for (Value out : getOutputs()) {
    auto outType = cast<MemRefType>(out.getType());
    if (outType.getRank() != (int64_t)shape.size())
      return emitOpError("output of rank ")
             << outType.getRank() << " does not match the broadcast rank "
             << shape.size();
    for (auto [outDim, dim] : llvm::zip(outType.getShape(), shape))
      if (!ShapedType::isDynamic(outDim) && !ShapedType::isDynamic(dim) &&
          outDim != dim)
        return emitOpError("output shape does not match the broadcast shape");
    if (getOuts().empty() && !outType.getLayout().isIdentity())
      return emitOpError("new results must have the identity layout");
  }
  Block *body = getBody();
  if (body->getNumArguments() != getIns().size())
    return emitOpError("body must take one scalar per input (")
           << getIns().size() << "), takes " << body->getNumArguments();
  for (auto [index, arg, in] : llvm::enumerate(body->getArguments(), getIns())) {
    Type element = getElementTypeOrSelf(in.getType());
    if (arg.getType() != element)
      return emitOpError("body argument #")
             << index << " has type " << arg.getType() << " but input #"
             << index << " has elements of type " << element;
  }
  return verifyBodyTerminator(*this, body);
}

YieldOp UfuncOp::getYield() { return cast<YieldOp>(getBody()->getTerminator()); }

void UfuncOp::getEffects(EffectList &effects) {
  for (OpOperand &in : getInsMutable())
    if (isa<MemRefType>(in.get().getType()))
      effects.emplace_back(MemoryEffects::Read::get(), &in,
                           SideEffects::DefaultResource::get());
  for (OpOperand &out : getOutsMutable())
    effects.emplace_back(MemoryEffects::Write::get(), &out,
                         SideEffects::DefaultResource::get());
  for (OpResult result : getOperation()->getResults()) {
    effects.emplace_back(MemoryEffects::Allocate::get(), result,
                         SideEffects::DefaultResource::get());
    effects.emplace_back(MemoryEffects::Write::get(), result,
                         SideEffects::DefaultResource::get());
  }
  addRaiseEffect(effects); // Shapes that do not broadcast.
}

#define GET_OP_CLASSES
#include "nbc/Dialect/NBC/IR/NBCOps.cpp.inc"
