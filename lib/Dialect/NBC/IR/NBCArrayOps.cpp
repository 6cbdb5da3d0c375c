//===- NBCArrayOps.cpp - Array ops, reductions and ufuncs -----------------===//
//
// Verifiers, custom assembly and effects of the array ops.
//
//===----------------------------------------------------------------------===//

#include "nbc/Dialect/NBC/IR/NBCOps.h"

#include "NBCOpsCommon.h"
#include "mlir/IR/Builders.h"
#include "mlir/IR/Matchers.h"
#include "mlir/IR/OpImplementation.h"
#include "mlir/IR/PatternMatch.h"
#include "mlir/IR/TypeUtilities.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/Support/CheckedArithmetic.h"
#include "llvm/Support/FormatVariadic.h"

using namespace mlir;
using namespace mlir::nbc;
using namespace mlir::nbc::detail;

LogicalResult
nbc::detail::getCheckedStridesAndOffset(MemRefType type,
                                        SmallVectorImpl<int64_t> &strides,
                                        int64_t &offset) {
  if (failed(type.getStridesAndOffset(strides, offset)))
    return failure();
  if (!type.getLayout().isIdentity())
    return success();
  std::optional<int64_t> running = 1;
  bool overflowed = false;
  for (int64_t d = type.getRank() - 1; d >= 0; --d) {
    if (overflowed)
      strides[d] = ShapedType::kDynamic;
    int64_t size = type.getDimSize(d);
    if (!running || ShapedType::isDynamic(size)) {
      running = std::nullopt;
      continue;
    }
    running = llvm::checkedMul(*running, size);
    overflowed |= !running;
  }
  return success();
}

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
// TransposeOp
//===----------------------------------------------------------------------===//

/// `axes`, or the reversed axes of a rank-`rank` array when absent.
static SmallVector<int64_t> permutationOf(std::optional<ArrayRef<int64_t>> axes,
                                          int64_t rank) {
  return axes ? SmallVector<int64_t>(*axes)
              : SmallVector<int64_t>(llvm::reverse(llvm::seq<int64_t>(0, rank)));
}

SmallVector<int64_t> TransposeOp::getPermutation() {
  return permutationOf(getAxes(), getSource().getType().getRank());
}

FailureOr<MemRefType> TransposeOp::inferResultType(MemRefType source,
                                                   ArrayRef<int64_t> permutation) {
  SmallVector<int64_t> strides;
  int64_t offset;
  if (failed(getCheckedStridesAndOffset(source, strides, offset)))
    return failure();
  SmallVector<int64_t> sizes, newStrides;
  for (int64_t axis : permutation) {
    sizes.push_back(source.getDimSize(axis));
    newStrides.push_back(strides[axis]);
  }
  auto layout = StridedLayoutAttr::get(source.getContext(), offset, newStrides);
  return MemRefType::get(sizes, source.getElementType(), layout,
                         source.getMemorySpace());
}

/// `to` keeps everything `from` knows, or leaves it dynamic (what
/// memref.cast allows from a static to a dynamic size, stride or offset).
static bool generalizes(MemRefType from, MemRefType to) {
  SmallVector<int64_t> fromStrides, toStrides;
  int64_t fromOffset, toOffset;
  if (from.getRank() != to.getRank() ||
      from.getElementType() != to.getElementType() ||
      from.getMemorySpace() != to.getMemorySpace() ||
      failed(getCheckedStridesAndOffset(from, fromStrides, fromOffset)) ||
      failed(getCheckedStridesAndOffset(to, toStrides, toOffset)))
    return false;
  auto covers = [](int64_t known, int64_t general) {
    return general == known || ShapedType::isDynamic(general);
  };
  for (int64_t d = 0; d < from.getRank(); ++d)
    if (!covers(from.getDimSize(d), to.getDimSize(d)) ||
        !covers(fromStrides[d], toStrides[d]))
      return false;
  return covers(fromOffset, toOffset);
}

/// Why `permutation` is no order of a rank-`rank` array's axes, or "".
static std::string permutationError(ArrayRef<int64_t> permutation,
                                    int64_t rank) {
  if ((int64_t)permutation.size() != rank)
    return llvm::formatv("has {0} axes for a rank-{1} array",
                         permutation.size(), rank);
  SmallVector<bool> seen(rank, false);
  for (int64_t axis : permutation) {
    if (axis < 0 || axis >= rank || seen[axis])
      return llvm::formatv("axes must be a permutation of 0..{0}", rank - 1);
    seen[axis] = true;
  }
  return "";
}

LogicalResult TransposeOp::inferReturnTypes(MLIRContext *,
                                            std::optional<Location> loc,
                                            Adaptor adaptor,
                                            SmallVectorImpl<Type> &inferred) {
  auto source = cast<MemRefType>(adaptor.getSource().getType());
  SmallVector<int64_t> permutation =
      permutationOf(adaptor.getAxes(), source.getRank());
  if (std::string why = permutationError(permutation, source.getRank());
      !why.empty())
    return emitOptionalError(loc, "'nbc.transpose' op ", why);
  FailureOr<MemRefType> exact = inferResultType(source, permutation);
  if (failed(exact))
    return emitOptionalError(loc, "'nbc.transpose' op needs a strided source");
  inferred.push_back(*exact);
  return success();
}

bool TransposeOp::isCompatibleReturnTypes(TypeRange inferred, TypeRange given) {
  auto to = given.size() == 1 ? dyn_cast<MemRefType>(given[0]) : nullptr;
  return inferred.size() == 1 && to &&
         generalizes(cast<MemRefType>(inferred[0]), to);
}

LogicalResult TransposeOp::verify() {
  SmallVector<Type> exact;
  if (failed(inferReturnTypes(getContext(), getLoc(), Adaptor(*this), exact)))
    return failure();
  if (!isCompatibleReturnTypes(exact, getType()))
    return emitOpError("result type ")
           << getType() << " is not a cast of the transposed type "
           << exact.front();
  return success();
}

OpFoldResult TransposeOp::fold(FoldAdaptor) {
  // The identity permutation on an unchanged type is the source itself.
  if (getType() == getSource().getType() &&
      llvm::equal(getPermutation(), llvm::seq<int64_t>(0, getType().getRank())))
    return getSource();
  return {};
}

//===----------------------------------------------------------------------===//
// SliceOp
//===----------------------------------------------------------------------===//

MemRefType SliceOp::inferResultType(MemRefType source,
                                    ArrayRef<int32_t> subscripts) {
  SmallVector<int64_t> strides;
  int64_t offset;
  if (failed(getCheckedStridesAndOffset(source, strides, offset)))
    strides.assign(source.getRank(), ShapedType::kDynamic);
  SmallVector<int64_t> sizes, newStrides;
  size_t next = 0;
  for (int64_t dim = 0; dim < source.getRank(); ++dim) {
    // New axes before this source axis: size 1 and stride 0, both left
    // dynamic in the type (the frontends' array types have dynamic sizes,
    // and a returned view is copied into an array of the same type, whose
    // strides cannot be a static 0).
    for (; next < subscripts.size() && subscripts[next] == kNewAxis; ++next) {
      sizes.push_back(ShapedType::kDynamic);
      newStrides.push_back(ShapedType::kDynamic);
    }
    int32_t sub = next < subscripts.size() ? subscripts[next++] : kSlice;
    if (!(sub & kSlice))
      continue;
    bool whole = !(sub & (kHasStart | kHasStop | kHasStep));
    sizes.push_back(whole ? source.getDimSize(dim) : ShapedType::kDynamic);
    newStrides.push_back((sub & kHasStep) ? ShapedType::kDynamic
                                          : strides[dim]);
  }
  for (; next < subscripts.size(); ++next) { // trailing new axes
    sizes.push_back(ShapedType::kDynamic);
    newStrides.push_back(ShapedType::kDynamic);
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
            if (succeeded(parser.parseOptionalKeyword("none"))) {
              subscripts.push_back(kNewAxis);
              return success();
            }
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
    if (sub == kNewAxis) {
      p << "none";
      return;
    }
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
  int64_t consumed = llvm::count_if(
      subscripts, [](int32_t sub) { return sub != kNewAxis; });
  if (consumed > sourceType.getRank())
    return emitOpError("has ") << consumed << " subscripts for a rank-"
                               << sourceType.getRank() << " array";
  unsigned indices = 0, starts = 0, stops = 0, steps = 0;
  for (int32_t sub : subscripts) {
    if (sub == kNewAxis)
      continue;
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
  // Negative sizes, a byte count past intp, or the allocator failing.
  addRaiseEffect(effects);
}
void FullOp::getEffects(EffectList &effects) {
  effects.emplace_back(MemoryEffects::Allocate::get(),
                       getOperation()->getOpResult(0),
                       SideEffects::DefaultResource::get());
  effects.emplace_back(MemoryEffects::Write::get(),
                       getOperation()->getOpResult(0),
                       SideEffects::DefaultResource::get());
  addRaiseEffect(effects); // As nbc.empty.
}

//===----------------------------------------------------------------------===//
// MatmulOp
//===----------------------------------------------------------------------===//

Type MatmulOp::inferResultType(MatmulKind kind, MemRefType lhs,
                               MemRefType rhs) {
  Type element = promoteTypes(lhs.getElementType(), rhs.getElementType());
  if (!element)
    return {};
  int64_t lr = lhs.getRank(), rr = rhs.getRank();
  switch (kind) {
  case MatmulKind::outer:
    if (lr != 1 || rr != 1)
      return {};
    return MemRefType::get({lhs.getDimSize(0), rhs.getDimSize(0)}, element);
  case MatmulKind::vdot:
    if (lr != 1 || rr != 1)
      return {};
    return element;
  case MatmulKind::matmul:
    if (lr > 2 || rr > 2) {
      // Batched: the dimensions before the last two broadcast.
      if (lr < 1 || rr < 1)
        return {};
      ArrayRef<int64_t> lhsBatch = lhs.getShape().drop_back(std::min<int64_t>(lr, 2));
      ArrayRef<int64_t> rhsBatch = rhs.getShape().drop_back(std::min<int64_t>(rr, 2));
      auto batch = broadcastShapes(lhsBatch, rhsBatch);
      if (!batch)
        return {};
      SmallVector<int64_t> shape(*batch);
      if (lr >= 2)
        shape.push_back(lhs.getDimSize(lr - 2));
      if (rr >= 2)
        shape.push_back(rhs.getDimSize(rr - 1));
      return MemRefType::get(shape, element);
    }
    break;
  case MatmulKind::dot:
    break;
  }
  if (lr < 1 || lr > 2 || rr < 1 || rr > 2)
    return {};
  SmallVector<int64_t> shape;
  if (lr == 2)
    shape.push_back(lhs.getDimSize(0));
  if (rr == 2)
    shape.push_back(rhs.getDimSize(1));
  if (shape.empty())
    return element;
  return MemRefType::get(shape, element);
}

LogicalResult MatmulOp::verify() {
  auto lhs = cast<MemRefType>(getLhs().getType());
  auto rhs = cast<MemRefType>(getRhs().getType());
  Type expected = inferResultType(getKind(), lhs, rhs);
  if (!expected) {
    if (getKind() == MatmulKind::outer || getKind() == MatmulKind::vdot)
      return emitOpError("'") << stringifyMatmulKind(getKind())
                              << "' takes 1-d arrays, got ranks "
                              << lhs.getRank() << " and " << rhs.getRank();
    if (getKind() == MatmulKind::matmul && lhs.getRank() >= 1 &&
        rhs.getRank() >= 1)
      return emitOpError("batch dimensions cannot be broadcast together: ")
             << lhs << " and " << rhs;
    return emitOpError("'") << stringifyMatmulKind(getKind())
                            << (getKind() == MatmulKind::matmul
                                    ? "' takes arrays of rank 1 or more"
                                    : "' takes 1-d or 2-d arrays")
                            << ", got ranks " << lhs.getRank() << " and "
                            << rhs.getRank();
  }
  if (getKind() != MatmulKind::outer) {
    int64_t k = lhs.getDimSize(lhs.getRank() - 1);
    int64_t kr = rhs.getDimSize(std::max<int64_t>(rhs.getRank() - 2, 0));
    if (!ShapedType::isDynamic(k) && !ShapedType::isDynamic(kr) && k != kr)
      return emitOpError("inner dimensions differ: ") << k << " and " << kr;
  }
  if (getType() != expected)
    return emitOpError("result type ")
           << getType() << " does not match the inferred type " << expected;
  return success();
}

void MatmulOp::getEffects(EffectList &effects) {
  effects.emplace_back(MemoryEffects::Read::get(), &getLhsMutable(),
                       SideEffects::DefaultResource::get());
  effects.emplace_back(MemoryEffects::Read::get(), &getRhsMutable(),
                       SideEffects::DefaultResource::get());
  if (isa<MemRefType>(getType())) {
    effects.emplace_back(MemoryEffects::Allocate::get(),
                         getOperation()->getOpResult(0),
                         SideEffects::DefaultResource::get());
    effects.emplace_back(MemoryEffects::Write::get(),
                         getOperation()->getOpResult(0),
                         SideEffects::DefaultResource::get());
  }
  // Inner dimensions that differ; the allocation may fail.
  addRaiseEffect(effects);
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

void UfuncOp::build(OpBuilder &builder, OperationState &state, ValueRange ins,
                    ValueRange outs, TypeRange resultTypes) {
  state.addOperands(ins);
  state.addOperands(outs);
  state.addAttribute(getOperandSegmentSizesAttrName(state.name),
                     builder.getDenseI32ArrayAttr(
                         {int32_t(ins.size()), int32_t(outs.size())}));
  state.addTypes(resultTypes);
  Block *body = new Block();
  state.addRegion()->push_back(body);
  for (Value in : ins)
    body->addArgument(getElementTypeOrSelf(in.getType()), in.getLoc());
}

std::optional<SmallVector<int64_t>>
UfuncOp::inferBroadcastShape(TypeRange ins) {
  SmallVector<int64_t> shape;
  for (Type in : ins) {
    auto next = broadcastShapes(shape, broadcastShapeOf(in));
    if (!next)
      return std::nullopt;
    shape = *next;
  }
  return shape;
}

LogicalResult UfuncOp::verify() {
  if (!getOuts().empty() && getNumResults())
    return emitOpError("writes either into 'outs' or into new results, not "
                       "both");
  if (getOutputs().empty())
    return emitOpError("needs at least one output");
  if (getIns().empty())
    return emitOpError("needs at least one input");
  auto broadcast = inferBroadcastShape(getIns().getTypes());
  if (!broadcast)
    return emitOpError("input shapes cannot be broadcast together: ")
           << getIns().getTypes();
  SmallVector<int64_t> shape = std::move(*broadcast);
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
  // Shapes that do not broadcast; new outputs may not fit (MemoryError).
  addRaiseEffect(effects);
}
