//===- Ufunc.cpp - nbc.ufunc to an scf.for nest over the output -----------===//
//
// nbc.ufunc -> run-time broadcast shape (ValueError when the operands do
// not broadcast), one strided view per array input with stride 0 on the
// broadcast axes (memref.reinterpret_cast), new arrays for the results when
// there are no outs, and an scf.for nest over the output whose body is the
// ufunc's body (inlined through scf.execute_region) between the loads and
// the stores.
//
// Alias safety: an array input that may share memory with an `outs` array
// (views of one buffer, or the caller passing one array twice) is tested at
// run time; when the byte ranges overlap and the two are not the very same
// elements in the same order, the input is first copied into a temporary
// (NumPy's rule: the result is as if every input were read before any output
// is written). The test sits before the loop nest, so the nest itself stays
// the vectorizable fast path. A plain assignment (the body yields an array
// input's element) between 1-d views whose strides do not point in opposite
// directions follows NumPy's PyArray_AssignArray instead: no temporary, one
// element loop in place, run backwards when the source starts below the
// destination and reaches into it (forwards otherwise, in the destination's
// ascending address order). For equal strides that is the copy's result;
// for different ones it is NumPy's.
//
//===----------------------------------------------------------------------===//

#include "ArrayLowering.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/MemRef/IR/MemRef.h"
#include "mlir/Dialect/SCF/IR/SCF.h"

using namespace mlir;
using namespace mlir::nbc;
using namespace mlir::nbc::arrays;

/// The value an array operand is a view of: through nbc.slice,
/// nbc.transpose, the other views and memref.cast, on the unconverted
/// operands.
static Value viewRoot(Value value) {
  while (Operation *def = value.getDefiningOp()) {
    if (auto slice = dyn_cast<SliceOp>(def))
      value = slice.getSource();
    else if (isa<DiagonalOp, BroadcastToOp, AsStridedOp, ComplexPartOp>(def))
      value = def->getOperand(0);
    else if (auto transpose = dyn_cast<TransposeOp>(def))
      value = transpose.getSource();
    else if (auto cast = dyn_cast<memref::CastOp>(def))
      value = cast.getSource();
    else
      break;
  }
  return value;
}

/// Whether `value` is an array this function allocated (and so cannot share
/// memory with any other root).
static bool isFreshArray(Value value) {
  Operation *def = value.getDefiningOp();
  return def && isa<EmptyOp, FullOp, UfuncOp, ArrayReduceOp, ArrayScanOp>(def);
}

/// Whether `in` and `out` (unconverted) provably share no memory, or are
/// the same value (then every output element reads only its own input).
static bool provablyAliasSafe(Value in, Value out) {
  if (in == out)
    return true;
  Value inRoot = viewRoot(in), outRoot = viewRoot(out);
  return inRoot != outRoot && (isFreshArray(inRoot) || isFreshArray(outRoot));
}

/// The first byte, the end byte and the layout of a strided memref, as
/// index values.
struct ByteRange {
  Value start, lo, hi, empty;
  SmallVector<Value> sizes, strides;
  int64_t elementBytes;
};

static ByteRange byteRange(OpBuilder &b, Location loc, Value memref) {
  auto type = cast<MemRefType>(memref.getType());
  ByteRange r;
  r.elementBytes = getElementBytes(type);
  auto meta = memref::ExtractStridedMetadataOp::create(b, loc, memref);
  Value esize = constIndex(b, loc, r.elementBytes);
  Value zero = constIndex(b, loc, 0), one = constIndex(b, loc, 1);
  Value ptr = memref::ExtractAlignedPointerAsIndexOp::create(b, loc, memref);
  r.start = arith::AddIOp::create(
      b, loc, ptr, arith::MulIOp::create(b, loc, meta.getOffset(), esize));
  // Element offsets of the lowest and highest element from the start.
  Value down = zero, up = zero;
  r.empty = arith::ConstantIntOp::create(b, loc, 0, 1);
  for (auto [size, stride] : llvm::zip(meta.getSizes(), meta.getStrides())) {
    r.sizes.push_back(size);
    r.strides.push_back(stride);
    r.empty = arith::OrIOp::create(
        b, loc, r.empty,
        arith::CmpIOp::create(b, loc, arith::CmpIPredicate::eq, size, zero));
    Value last = arith::MulIOp::create(
        b, loc, arith::SubIOp::create(b, loc, size, one), stride);
    down = arith::AddIOp::create(b, loc, down,
                                 arith::MinSIOp::create(b, loc, last, zero));
    up = arith::AddIOp::create(b, loc, up,
                               arith::MaxSIOp::create(b, loc, last, zero));
  }
  r.lo = arith::AddIOp::create(b, loc, r.start,
                               arith::MulIOp::create(b, loc, down, esize));
  r.hi = arith::AddIOp::create(
      b, loc, r.start,
      arith::MulIOp::create(b, loc, arith::AddIOp::create(b, loc, up, one),
                            esize));
  return r;
}

/// i1: the byte ranges of `x` and `y` overlap and neither is empty.
static Value rangesOverlap(OpBuilder &b, Location loc, const ByteRange &x,
                           const ByteRange &y) {
  auto cmp = [&](arith::CmpIPredicate pred, Value l, Value r) -> Value {
    return arith::CmpIOp::create(b, loc, pred, l, r);
  };
  Value overlap =
      arith::AndIOp::create(b, loc, cmp(arith::CmpIPredicate::ult, x.lo, y.hi),
                            cmp(arith::CmpIPredicate::ult, y.lo, x.hi));
  Value neither = arith::OrIOp::create(b, loc, x.empty, y.empty);
  return arith::AndIOp::create(
      b, loc, overlap,
      arith::XOrIOp::create(b, loc, neither,
                            arith::ConstantIntOp::create(b, loc, 1, 1)));
}

Value arrays::overlapping(OpBuilder &b, Location loc, Value x, Value y) {
  return rangesOverlap(b, loc, byteRange(b, loc, x), byteRange(b, loc, y));
}

/// i1: `in` must be copied before the loop nest writes `out` — their byte
/// ranges overlap and they are not the same elements in the same order.
static Value needsCopy(OpBuilder &b, Location loc, Value in, Value out) {
  ByteRange x = byteRange(b, loc, in), y = byteRange(b, loc, out);
  auto cmp = [&](arith::CmpIPredicate pred, Value l, Value r) -> Value {
    return arith::CmpIOp::create(b, loc, pred, l, r);
  };
  auto andI = [&](Value l, Value r) -> Value {
    return arith::AndIOp::create(b, loc, l, r);
  };
  Value overlap = rangesOverlap(b, loc, x, y);
  // Same elements in the same order: same start, element size, rank and
  // extents, and equal strides wherever an extent is not 1.
  Value same = arith::ConstantIntOp::create(
      b, loc,
      x.elementBytes == y.elementBytes && x.sizes.size() == y.sizes.size(), 1);
  if (x.elementBytes == y.elementBytes && x.sizes.size() == y.sizes.size()) {
    same = andI(same, cmp(arith::CmpIPredicate::eq, x.start, y.start));
    Value one = constIndex(b, loc, 1);
    for (size_t d = 0; d < x.sizes.size(); ++d) {
      same = andI(same, cmp(arith::CmpIPredicate::eq, x.sizes[d], y.sizes[d]));
      Value unit = cmp(arith::CmpIPredicate::eq, x.sizes[d], one);
      Value equal = cmp(arith::CmpIPredicate::eq, x.strides[d], y.strides[d]);
      same = andI(same, arith::OrIOp::create(b, loc, unit, equal));
    }
  }
  Value differ = arith::XOrIOp::create(
      b, loc, same, arith::ConstantIntOp::create(b, loc, 1, 1));
  return andI(overlap, differ);
}

Value arrays::copyIf(OpBuilder &b, Location loc, Value copy, Value in) {
  auto type = cast<MemRefType>(in.getType());
  int64_t rank = type.getRank();
  auto anyType = MemRefType::get(
      type.getShape(), type.getElementType(),
      StridedLayoutAttr::get(b.getContext(), ShapedType::kDynamic,
                             SmallVector<int64_t>(rank, ShapedType::kDynamic)));
  auto ifOp = scf::IfOp::create(b, loc, TypeRange{anyType}, copy,
                                /*withElseRegion=*/true);
  OpBuilder::InsertionGuard guard(b);
  b.setInsertionPointToStart(ifOp.thenBlock());
  SmallVector<Value> sizes;
  for (int64_t d = 0; d < rank; ++d)
    sizes.push_back(memref::DimOp::create(b, loc, in, d));
  Value tmp = allocArray(
      b, loc, MemRefType::get(type.getShape(), type.getElementType()), sizes);
  memref::CopyOp::create(b, loc, in, tmp);
  scf::YieldOp::create(b, loc,
                       ValueRange{memref::CastOp::create(b, loc, anyType, tmp)});
  b.setInsertionPointToStart(ifOp.elseBlock());
  scf::YieldOp::create(b, loc,
                       ValueRange{memref::CastOp::create(b, loc, anyType, in)});
  return ifOp.getResult(0);
}

/// The index of the array input a plain array assignment copies: the body
/// yields that input's element unchanged (`out[...] = src`). -1 otherwise.
static int plainAssignmentSource(UfuncOp op) {
  if (op.getOuts().size() != 1 || op.getNumResults() != 0)
    return -1;
  ValueRange yielded = op.getYield().getValues();
  if (yielded.size() != 1)
    return -1;
  auto arg = dyn_cast<BlockArgument>(yielded.front());
  if (!arg || arg.getOwner() != op.getBody() ||
      !isa<MemRefType>(op.getIns()[arg.getArgNumber()].getType()))
    return -1;
  return arg.getArgNumber();
}

/// i1: NumPy copies `src` into the 1-d `dst` in place, element by element,
/// instead of through a temporary (PyArray_AssignArray): the two overlap,
/// are not the same elements, and their strides do not point in opposite
/// directions. `descending` is set to whether NumPy's loop then runs from
/// the last element down: it walks `dst` upwards in memory, and backwards
/// when `src` starts below `dst` and reaches into it.
static Value numpyCopiesInPlace(OpBuilder &b, Location loc, Value src,
                                Value dst, Value n, Value &descending) {
  ByteRange x = byteRange(b, loc, src), y = byteRange(b, loc, dst);
  Value zero = constIndex(b, loc, 0), one = constIndex(b, loc, 1);
  auto cmp = [&](arith::CmpIPredicate pred, Value l, Value r) -> Value {
    return arith::CmpIOp::create(b, loc, pred, l, r);
  };
  // Byte strides, with stride 0 on a broadcast source.
  Value srcStride = arith::SelectOp::create(
      b, loc, cmp(arith::CmpIPredicate::eq, x.sizes[0], one), zero,
      arith::MulIOp::create(b, loc, x.strides[0],
                            constIndex(b, loc, x.elementBytes)));
  Value dstStride = arith::MulIOp::create(b, loc, y.strides[0],
                                          constIndex(b, loc, y.elementBytes));
  Value opposite = cmp(
      arith::CmpIPredicate::slt,
      arith::MulIOp::create(
          b, loc, arith::SelectOp::create(
                      b, loc, cmp(arith::CmpIPredicate::slt, srcStride, zero),
                      constIndex(b, loc, -1), one),
          dstStride),
      zero);
  opposite = arith::AndIOp::create(
      b, loc, opposite, cmp(arith::CmpIPredicate::ne, srcStride, zero));
  // PyArray_PrepareTwoRawArrayIter makes the dst stride positive, moving
  // both starts to the last element and negating both strides.
  Value flip = cmp(arith::CmpIPredicate::slt, dstStride, zero);
  Value last = arith::SubIOp::create(b, loc, n, one);
  auto start = [&](Value base, Value stride) -> Value {
    Value end = arith::AddIOp::create(
        b, loc, base, arith::MulIOp::create(b, loc, last, stride));
    return arith::SelectOp::create(b, loc, flip, end, base);
  };
  Value srcStart = start(x.start, srcStride), dstStart = start(y.start, dstStride);
  Value srcStep = arith::SelectOp::create(
      b, loc, flip, arith::SubIOp::create(b, loc, zero, srcStride), srcStride);
  Value srcEnd = arith::AddIOp::create(
      b, loc, srcStart, arith::MulIOp::create(b, loc, n, srcStep));
  Value reverse = arith::AndIOp::create(
      b, loc, cmp(arith::CmpIPredicate::slt, srcStart, dstStart),
      cmp(arith::CmpIPredicate::sgt, srcEnd, dstStart));
  descending = arith::XOrIOp::create(b, loc, flip, reverse);
  Value copy = needsCopy(b, loc, src, dst);
  return arith::AndIOp::create(
      b, loc, copy,
      arith::XOrIOp::create(b, loc, opposite,
                            arith::ConstantIntOp::create(b, loc, 1, 1)));
}

namespace {
struct UfuncLowering : public OpConversionPattern<UfuncOp> {
  using OpConversionPattern::OpConversionPattern;
  LogicalResult
  matchAndRewrite(UfuncOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    Location loc = op.getLoc();
    OpBuilder &b = rewriter;
    // The broadcast rank: the outputs all have it (verified).
    auto firstOut = cast<MemRefType>(op.getOutputs().front().getType());
    int64_t rank = firstOut.getRank();
    Value one = constI64(b, loc, 1);

    // NumPy broadcasting, right-aligned: an extent of 1 stretches, all
    // others must agree. Outputs given in `outs` take part and must
    // already have the broadcast shape.
    SmallVector<Value> shape(rank, one);
    Value bad;
    auto orInto = [&](Value cond) {
      bad = bad ? arith::OrIOp::create(b, loc, bad, cond) : cond;
    };
    SmallVector<Value> arrays;
    for (Value in : adaptor.getIns())
      if (isa<MemRefType>(in.getType()))
        arrays.push_back(in);
    llvm::append_range(arrays, adaptor.getOuts());
    for (Value array : arrays) {
      SmallVector<Value> dims = dimsI64(b, loc, array);
      int64_t lead = rank - (int64_t)dims.size();
      for (auto [k, extent] : llvm::enumerate(dims)) {
        Value &out = shape[lead + k];
        Value notOne = arith::CmpIOp::create(b, loc, arith::CmpIPredicate::ne,
                                             extent, one);
        Value outNotOne =
            arith::CmpIOp::create(b, loc, arith::CmpIPredicate::ne, out, one);
        Value differ = arith::CmpIOp::create(b, loc, arith::CmpIPredicate::ne,
                                             extent, out);
        orInto(arith::AndIOp::create(
            b, loc, notOne, arith::AndIOp::create(b, loc, outNotOne, differ)));
        out = arith::SelectOp::create(b, loc, notOne, extent, out);
      }
    }
    for (Value array : adaptor.getOuts())
      for (auto [d, extent] : llvm::enumerate(dimsI64(b, loc, array)))
        orInto(arith::CmpIOp::create(b, loc, arith::CmpIPredicate::ne, extent,
                                     shape[d]));
    if (bad)
      raiseIf(b, loc, bad, ExceptionKind::ValueError,
              "operands could not be broadcast together");
    SmallVector<Value> shapeIdx;
    for (Value extent : shape)
      shapeIdx.push_back(toIndex(b, loc, extent));

    // A plain 1-d assignment between overlapping views copies in place in
    // NumPy's direction (see the file comment); all else below.
    scf::IfOp numpyInPlace;
    int source = plainAssignmentSource(op);
    if (rank == 1 && source >= 0 &&
        !provablyAliasSafe(op.getIns()[source], op.getOuts().front())) {
      Value src = adaptor.getIns()[source], dst = adaptor.getOuts().front();
      Value n = shapeIdx[0], descending;
      Value inPlace = numpyCopiesInPlace(b, loc, src, dst, n, descending);
      numpyInPlace = scf::IfOp::create(b, loc, inPlace, /*withElse=*/true);
      b.setInsertionPoint(numpyInPlace.thenBlock()->getTerminator());
      Value zeroIdx = constIndex(b, loc, 0), oneIdx = constIndex(b, loc, 1);
      Value last = arith::SubIOp::create(b, loc, n, oneIdx);
      Value srcDim = memref::DimOp::create(b, loc, src, 0);
      Value srcBroadcast = arith::CmpIOp::create(
          b, loc, arith::CmpIPredicate::ne, srcDim, n);
      auto loop = scf::ForOp::create(b, loc, zeroIdx, n, oneIdx);
      {
        OpBuilder::InsertionGuard guard(b);
        b.setInsertionPoint(loop.getBody()->getTerminator());
        Value i = loop.getInductionVar();
        Value k = arith::SelectOp::create(
            b, loc, descending, arith::SubIOp::create(b, loc, last, i), i);
        SmallVector<Value> args;
        for (Value in : adaptor.getIns()) {
          if (!isa<MemRefType>(in.getType())) {
            args.push_back(in);
            continue;
          }
          // Array inputs other than the source are the output itself or
          // broadcast ones (extent 1, or the output's extent).
          Value broadcast = srcBroadcast;
          if (in != src)
            broadcast = arith::CmpIOp::create(
                b, loc, arith::CmpIPredicate::ne,
                memref::DimOp::create(b, loc, in, 0), n);
          Value at =
              arith::SelectOp::create(b, loc, broadcast, zeroIdx, k);
          args.push_back(memref::LoadOp::create(b, loc, in, at));
        }
        ValueRange results =
            inlineBodyAsRegion(rewriter, loc, op.getRegion(),
                               *getTypeConverter(), args, /*clone=*/true);
        memref::StoreOp::create(b, loc, results.front(), dst, k);
      }
      b.setInsertionPoint(numpyInPlace.elseBlock()->getTerminator());
    }

    // Inputs that may share memory with an output are read from a copy
    // when they do (see the file comment).
    SmallVector<Value> inValues(adaptor.getIns());
    for (size_t k = 0; k < inValues.size(); ++k) {
      Value &in = inValues[k];
      if (!isa<MemRefType>(in.getType()))
        continue;
      Value copy;
      for (auto [out, convertedOut] :
           llvm::zip(op.getOuts(), adaptor.getOuts())) {
        if (provablyAliasSafe(op.getIns()[k], out))
          continue;
        Value c = needsCopy(b, loc, in, convertedOut);
        copy = copy ? arith::OrIOp::create(b, loc, copy, c) : c;
      }
      if (copy)
        in = copyIf(b, loc, copy, in);
    }

    // Inputs as rank-`rank` views with stride 0 where they broadcast.
    // `unitInner` gives the views a static innermost stride of 1 (the fast
    // path, which nbc-vectorize turns into vector loads).
    struct Input {
      Value value;
      SmallVector<OpFoldResult> sizes, strides;
      Value offset, base;
    };
    SmallVector<Input> ins;
    Value zeroIdx = constIndex(b, loc, 0), oneIdx = constIndex(b, loc, 1);
    Value contiguous = arith::ConstantIntOp::create(b, loc, 1, 1);
    for (Value in : inValues) {
      auto type = dyn_cast<MemRefType>(in.getType());
      if (!type) {
        ins.push_back({in, {}, {}, {}, {}});
        continue;
      }
      auto meta = memref::ExtractStridedMetadataOp::create(b, loc, in);
      int64_t lead = rank - type.getRank();
      Input input{in, {}, {}, meta.getOffset(), meta.getBaseBuffer()};
      for (int64_t d = 0; d < rank; ++d) {
        input.sizes.push_back(shapeIdx[d]);
        if (d < lead) {
          input.strides.push_back(b.getIndexAttr(0));
          continue;
        }
        Value extent = meta.getSizes()[d - lead];
        Value isOne = arith::CmpIOp::create(b, loc, arith::CmpIPredicate::eq,
                                            extent, oneIdx);
        Value stride = arith::SelectOp::create(b, loc, isOne, zeroIdx,
                                               meta.getStrides()[d - lead]);
        input.strides.push_back(stride);
        if (d == rank - 1)
          contiguous = arith::AndIOp::create(
              b, loc, contiguous,
              arith::CmpIOp::create(b, loc, arith::CmpIPredicate::eq, stride,
                                    oneIdx));
      }
      if (lead == rank && rank > 0) // a rank-0 array stretched everywhere
        contiguous = arith::ConstantIntOp::create(b, loc, 0, 1);
      ins.push_back(input);
    }
    auto makeViews = [&](bool unitInner) {
      SmallVector<Value> views;
      for (Input &input : ins) {
        if (!input.base) {
          views.push_back(input.value);
          continue;
        }
        auto type = cast<MemRefType>(input.value.getType());
        SmallVector<int64_t> layout(rank, ShapedType::kDynamic);
        SmallVector<OpFoldResult> strides(input.strides);
        if (unitInner && rank > 0) {
          layout.back() = 1;
          strides.back() = b.getIndexAttr(1);
        }
        auto viewType =
            MemRefType::get(SmallVector<int64_t>(rank, ShapedType::kDynamic),
                            type.getElementType(),
                            StridedLayoutAttr::get(
                                b.getContext(), ShapedType::kDynamic, layout));
        views.push_back(memref::ReinterpretCastOp::create(
            b, loc, viewType, input.base, input.offset, input.sizes, strides));
      }
      return views;
    };

    // Outputs: the given arrays, or new ones.
    SmallVector<Value> outputs(adaptor.getOuts());
    for (Type type : op.getResultTypes()) {
      auto outType =
          dyn_cast_or_null<MemRefType>(getTypeConverter()->convertType(type));
      if (!outType)
        return failure();
      outputs.push_back(allocArray(b, loc, outType, shapeIdx));
    }
    bool outsUnit = llvm::all_of(outputs, [](Value out) {
      auto type = cast<MemRefType>(out.getType());
      SmallVector<int64_t> strides;
      int64_t offset;
      return type.getRank() > 0 &&
             succeeded(type.getStridesAndOffset(strides, offset)) &&
             strides.back() == 1;
    });

    // The loop nest over the output; the body is inlined (cloned for all
    // but the last copy).
    auto emitNest = [&](ArrayRef<Value> inputs, bool clone) {
      SmallVector<Value> lbs(rank, zeroIdx), steps(rank, oneIdx);
      scf::LoopNest nest = scf::buildLoopNest(b, loc, lbs, shapeIdx, steps);
      OpBuilder::InsertionGuard guard(b);
      if (!nest.loops.empty())
        b.setInsertionPoint(nest.loops.back().getBody()->getTerminator());
      SmallVector<Value> ivs;
      for (scf::ForOp loop : nest.loops)
        ivs.push_back(loop.getInductionVar());
      SmallVector<Value> args;
      for (Value in : inputs)
        args.push_back(isa<MemRefType>(in.getType())
                           ? memref::LoadOp::create(b, loc, in, ivs).getResult()
                           : in);
      ValueRange results = inlineBodyAsRegion(rewriter, loc, op.getRegion(),
                                              *getTypeConverter(), args, clone);
      for (auto [value, out] : llvm::zip(results, outputs))
        memref::StoreOp::create(b, loc, value, out, ivs);
    };
    if (rank > 0 && outsUnit) {
      // Version: unit innermost strides everywhere (no broadcast on the
      // last axis) get a loop nest the vectorizer can handle.
      auto ifOp = scf::IfOp::create(b, loc, contiguous, /*withElse=*/true);
      {
        OpBuilder::InsertionGuard guard(b);
        b.setInsertionPoint(ifOp.thenBlock()->getTerminator());
        emitNest(makeViews(true), /*clone=*/true);
        b.setInsertionPoint(ifOp.elseBlock()->getTerminator());
        emitNest(makeViews(false), /*clone=*/false);
      }
      b.setInsertionPointAfter(ifOp);
    } else {
      emitNest(makeViews(false), /*clone=*/false);
    }
    if (numpyInPlace)
      b.setInsertionPointAfter(numpyInPlace);
    if (op.getNumResults())
      rewriter.replaceOp(op, ArrayRef<Value>(outputs));
    else
      rewriter.eraseOp(op);
    return success();
  }
};
} // namespace

void arrays::populateUfuncPatterns(const TypeConverter &converter,
                                   RewritePatternSet &patterns) {
  patterns.add<UfuncLowering>(converter, patterns.getContext());
}
