//===- Indexing.cpp - nbc integer-array and boolean indexing to scf -------===//
//
// nbc.take      -> the index arrays' shapes broadcast (IndexError), a loop
//                  nest checking every index (nbc.raise_if IndexError with
//                  NumPy's message), memref.alloc, a gather loop nest
// nbc.put       -> the value's shape checked against the indexing result
//                  (ValueError), the index check, a scatter loop nest in the
//                  result's C order (the last of repeated indices wins)
// nbc.mask_take -> mask sizes checked (IndexError), a counting loop nest,
//                  memref.alloc of the count, a compressing loop nest
// nbc.mask_put  -> the same checks (and the value's length), a loop nest
//                  writing where the mask holds
// nbc.argwhere  -> a counting loop nest, memref.alloc, a loop nest writing
//                  the index tuples (or flat indices) of nonzero elements
//
// A value or index array that shares memory with the array written is
// copied first (arrays::copyIf), as NumPy reads them whole before writing.
//
//===----------------------------------------------------------------------===//

#include "ArrayLowering.h"
#include "nbc/Conversion/NBCToCore/NBCToCore.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/MemRef/IR/MemRef.h"
#include "mlir/Dialect/SCF/IR/SCF.h"

#include <algorithm>
#include <string>

using namespace mlir;
using namespace mlir::nbc;
using namespace mlir::nbc::arrays;

namespace {

/// Sizes of `memref` as index values.
SmallVector<Value> dimsIndex(OpBuilder &b, Location loc, Value memref) {
  SmallVector<Value> dims;
  for (int64_t d = 0, e = cast<MemRefType>(memref.getType()).getRank(); d < e;
       ++d)
    dims.push_back(memref::DimOp::create(b, loc, memref, d));
  return dims;
}

/// A loop nest over `[0, ubs)` (row-major) carrying `inits`; `body` gets the
/// induction variables and the carried values and returns their updates.
/// Without `ubs` the body is built once, in place.
SmallVector<Value>
loopNest(OpBuilder &b, Location loc, ArrayRef<Value> ubs, ValueRange inits,
         function_ref<SmallVector<Value>(OpBuilder &, ValueRange, ValueRange)>
             body) {
  if (ubs.empty())
    return body(b, ValueRange{}, inits);
  SmallVector<Value> lbs(ubs.size(), constIndex(b, loc, 0));
  SmallVector<Value> steps(ubs.size(), constIndex(b, loc, 1));
  scf::LoopNest nest = scf::buildLoopNest(
      b, loc, lbs, ubs, steps, inits,
      [&](OpBuilder &nb, Location, ValueRange ivs, ValueRange carried) {
        return body(nb, ivs, carried);
      });
  return SmallVector<Value>(nest.results);
}

void loopNest(OpBuilder &b, Location loc, ArrayRef<Value> ubs,
              function_ref<void(OpBuilder &, ValueRange)> body) {
  loopNest(b, loc, ubs, {}, [&](OpBuilder &nb, ValueRange ivs, ValueRange) {
    body(nb, ivs);
    return SmallVector<Value>{};
  });
}

/// `(d0,d1,)`-style text for a shape whose sizes are formatted at run time,
/// appending the sizes (index values) to `args` as i64.
std::string shapeText(OpBuilder &b, Location loc, ArrayRef<Value> sizes,
                      SmallVectorImpl<Value> &args) {
  std::string text = "(";
  for (auto [d, size] : llvm::enumerate(sizes)) {
    text += d ? ",{}" : "{}";
    args.push_back(indexToI64(b, loc, size));
  }
  return text + (sizes.size() == 1 ? ",)" : ")");
}

/// nbc.raise_if with a formatted message, or its unformatted first part
/// when there are more values than a message may quote.
void raiseFormatted(OpBuilder &b, Location loc, Value cond, ExceptionKind kind,
                    const std::string &message, ArrayRef<Value> args,
                    StringRef fallback) {
  if (args.size() > RaiseIfOp::kMaxArgs)
    RaiseIfOp::create(b, loc, cond, kind, fallback);
  else
    RaiseIfOp::create(b, loc, cond, kind, message, args);
}

Value orI(OpBuilder &b, Location loc, Value x, Value y) {
  return x ? arith::OrIOp::create(b, loc, x, y).getResult() : y;
}

/// An i64 index read from an index array, counted from the end when
/// negative (signed index types), as index.
Value wrappedIndex(OpBuilder &b, Location loc, Value raw, Type nbcType,
                   Value size) {
  Value i = toI64(b, loc, raw, nbcType);
  Value unusedOob;
  i = pythonIndex(b, loc, i, size, /*wrap=*/true, nbcType.isUnsignedInteger(),
                  unusedOob);
  return toIndex(b, loc, i);
}

/// Raises NumPy's IndexError for the first index of `indices` outside an
/// axis of `size` (i64) elements.
void checkIndices(OpBuilder &b, Location loc, Value indices, Type nbcType,
                  Value size, int64_t reportedAxis) {
  std::string message = "index {} is out of bounds for axis " +
                        std::to_string(reportedAxis) + " with size {}";
  loopNest(b, loc, dimsIndex(b, loc, indices), [&](OpBuilder &nb, ValueRange ivs) {
    Value given = toI64(nb, loc, memref::LoadOp::create(nb, loc, indices, ivs),
                        nbcType);
    Value oob;
    pythonIndex(nb, loc, given, size, /*wrap=*/true,
                nbcType.isUnsignedInteger(), oob);
    RaiseIfOp::create(nb, loc, oob, ExceptionKind::IndexError, message,
                      ValueRange{given, size});
  });
}

/// The indices of a broadcast read of `value` (sizes `valueSizes`) at
/// position `ivs` of the shape it broadcasts to: trailing axes aligned,
/// extent-1 axes read at 0.
SmallVector<Value> broadcastIndices(OpBuilder &b, Location loc,
                                    ArrayRef<Value> valueSizes,
                                    ValueRange ivs) {
  SmallVector<Value> out;
  Value zero = constIndex(b, loc, 0), one = constIndex(b, loc, 1);
  size_t lead = ivs.size() - valueSizes.size();
  for (auto [d, size] : llvm::enumerate(valueSizes)) {
    Value unit =
        arith::CmpIOp::create(b, loc, arith::CmpIPredicate::eq, size, one);
    out.push_back(arith::SelectOp::create(b, loc, unit, zero, ivs[lead + d]));
  }
  return out;
}

/// i1: `valueSizes` do not broadcast to `targetSizes` (NumPy's rules).
Value broadcastMismatch(OpBuilder &b, Location loc, ArrayRef<Value> valueSizes,
                        ArrayRef<Value> targetSizes) {
  Value bad = arith::ConstantIntOp::create(b, loc, 0, 1);
  Value one = constIndex(b, loc, 1);
  size_t lead = targetSizes.size() - valueSizes.size();
  for (auto [d, size] : llvm::enumerate(valueSizes)) {
    Value differ = arith::CmpIOp::create(b, loc, arith::CmpIPredicate::ne, size,
                                         targetSizes[lead + d]);
    Value notUnit =
        arith::CmpIOp::create(b, loc, arith::CmpIPredicate::ne, size, one);
    bad = orI(b, loc, bad, arith::AndIOp::create(b, loc, differ, notUnit));
  }
  return bad;
}

/// Raises NumPy's ValueError of an indexed assignment whose value does not
/// broadcast to the indexing result.
void checkValueShape(OpBuilder &b, Location loc, ArrayRef<Value> valueSizes,
                     ArrayRef<Value> targetSizes) {
  Value bad = broadcastMismatch(b, loc, valueSizes, targetSizes);
  SmallVector<Value> args;
  std::string message = "shape mismatch: value array of shape " +
                        shapeText(b, loc, valueSizes, args) +
                        " could not be broadcast to indexing result of shape " +
                        shapeText(b, loc, targetSizes, args);
  raiseFormatted(b, loc, bad, ExceptionKind::ValueError, message, args,
                 "shape mismatch: value array could not be broadcast to "
                 "indexing result");
}

/// The element written at `ivs` of the indexing result: the scalar
/// `value`, or its broadcast element.
Value valueAt(OpBuilder &b, Location loc, Value value,
              ArrayRef<Value> valueSizes, ValueRange ivs) {
  if (!isa<MemRefType>(value.getType()))
    return value;
  return memref::LoadOp::create(b, loc, value,
                                broadcastIndices(b, loc, valueSizes, ivs));
}

/// `in` or, when it shares memory with `array`, a copy of it.
Value separated(OpBuilder &b, Location loc, Value in, Value array) {
  if (!isa<MemRefType>(in.getType()))
    return in;
  return copyIf(b, loc, overlapping(b, loc, in, array), in);
}

MemRefType convertedArray(const TypeConverter *converter, Type type) {
  return dyn_cast_or_null<MemRefType>(converter->convertType(type));
}

//===----------------------------------------------------------------------===//
// take, put
//===----------------------------------------------------------------------===//

/// The index arrays of a take or put, with what their lowering needs.
struct IndexArrays {
  SmallVector<Value> arrays;
  SmallVector<Type> nbcTypes;           // their element types (signedness)
  SmallVector<SmallVector<Value>> dims; // their sizes, index
  SmallVector<Value> axisSizes;         // the sizes of the axes indexed, i64
  SmallVector<Value> shape;             // their broadcast shape, index
  int64_t axis;

  IndexArrays(OpBuilder &b, Location loc, Value array, ValueRange indices,
              ValueRange nbcIndices, int64_t axis)
      : arrays(indices), axis(axis) {
    for (auto [k, index] : llvm::enumerate(indices)) {
      nbcTypes.push_back(
          cast<MemRefType>(nbcIndices[k].getType()).getElementType());
      dims.push_back(dimsIndex(b, loc, index));
      axisSizes.push_back(indexToI64(
          b, loc, memref::DimOp::create(b, loc, array, axis + k)));
    }
    shape = dims.front();
  }

  /// Broadcasts the index arrays' shapes into `shape`, raising NumPy's
  /// IndexError when they do not broadcast.
  void broadcast(OpBuilder &b, Location loc) {
    if (arrays.size() == 1)
      return;
    size_t rank = 0;
    for (const auto &d : dims)
      rank = std::max(rank, d.size());
    Value one = constIndex(b, loc, 1);
    shape.assign(rank, one);
    Value bad;
    for (const auto &d : dims) {
      size_t lead = rank - d.size();
      for (auto [j, size] : llvm::enumerate(d)) {
        Value &out = shape[lead + j];
        Value outUnit = arith::CmpIOp::create(b, loc, arith::CmpIPredicate::eq,
                                              out, one);
        Value unit = arith::CmpIOp::create(b, loc, arith::CmpIPredicate::eq,
                                           size, one);
        Value differ = arith::CmpIOp::create(
            b, loc, arith::CmpIPredicate::ne, out, size);
        // Two sizes clash when they differ and neither is 1.
        Value eitherUnit = arith::OrIOp::create(b, loc, unit, outUnit);
        Value clash = arith::CmpIOp::create(
            b, loc, arith::CmpIPredicate::ugt, differ, eitherUnit);
        bad = orI(b, loc, bad, clash);
        out = arith::SelectOp::create(b, loc, unit, out, size);
      }
    }
    SmallVector<Value> args;
    std::string message =
        "shape mismatch: indexing arrays could not be broadcast together "
        "with shapes ";
    for (const auto &d : dims)
      message += shapeText(b, loc, d, args) + " ";
    raiseFormatted(b, loc, bad, ExceptionKind::IndexError, message, args,
                   "shape mismatch: indexing arrays could not be broadcast "
                   "together");
  }

  /// Raises NumPy's IndexError for the first index out of range, the
  /// arrays in order.
  template <typename OpTy> void checkBounds(OpBuilder &b, Location loc, OpTy op) {
    for (auto [k, index] : llvm::enumerate(arrays))
      checkIndices(b, loc, index, nbcTypes[k], axisSizes[k],
                   op.getReportedAxis(k));
  }

  /// The shape of `take`'s result: `array`'s with the indexed axes
  /// replaced by the broadcast shape.
  SmallVector<Value> resultShape(OpBuilder &b, Location loc, Value array) {
    SmallVector<Value> arrayDims = dimsIndex(b, loc, array);
    SmallVector<Value> out(arrayDims.begin(), arrayDims.begin() + axis);
    llvm::append_range(out, shape);
    out.append(arrayDims.begin() + axis + arrays.size(), arrayDims.end());
    return out;
  }

  /// The position in `array` that position `ivs` of the take result reads.
  SmallVector<Value> sourcePosition(OpBuilder &b, Location loc,
                                    ValueRange ivs) {
    SmallVector<Value> pos(ivs.begin(), ivs.begin() + axis);
    ValueRange broadcastIvs = ivs.slice(axis, shape.size());
    for (auto [k, index] : llvm::enumerate(arrays)) {
      // One array is read at the result's positions; several are read
      // through their broadcast (an extent-1 axis at 0).
      SmallVector<Value> at =
          arrays.size() == 1
              ? SmallVector<Value>(broadcastIvs)
              : broadcastIndices(b, loc, dims[k], broadcastIvs);
      Value raw = memref::LoadOp::create(b, loc, index, at);
      pos.push_back(wrappedIndex(b, loc, raw, nbcTypes[k], axisSizes[k]));
    }
    pos.append(ivs.begin() + axis + shape.size(), ivs.end());
    return pos;
  }
};

/// np.take's checks (NumPy's PyArray_TakeFrom): an empty axis with a
/// non-empty result raises; the indices are checked only when the axes
/// before the taken one hold elements (else nothing is read).
void checkAsNpTake(OpBuilder &b, Location loc, TakeOp op, IndexArrays &indices,
                   ArrayRef<Value> resultShape) {
  Value zero = constIndex(b, loc, 0);
  Value resultSize = constIndex(b, loc, 1), outerSize = resultSize;
  for (auto [d, size] : llvm::enumerate(resultShape)) {
    resultSize = arith::MulIOp::create(b, loc, resultSize, size);
    if (static_cast<int64_t>(d) < indices.axis)
      outerSize = arith::MulIOp::create(b, loc, outerSize, size);
  }
  Value emptyAxis =
      arith::CmpIOp::create(b, loc, arith::CmpIPredicate::eq,
                            indices.axisSizes.front(), constI64(b, loc, 0));
  Value emptyResult = arith::CmpIOp::create(
      b, loc, arith::CmpIPredicate::eq, resultSize, zero);
  RaiseIfOp::create(
      b, loc,
      arith::AndIOp::create(
          b, loc, emptyAxis,
          arith::XOrIOp::create(b, loc, emptyResult,
                                arith::ConstantIntOp::create(b, loc, 1, 1))),
      ExceptionKind::IndexError,
      "cannot do a non-empty take from an empty axes.", ValueRange{});
  Value outerHolds =
      arith::CmpIOp::create(b, loc, arith::CmpIPredicate::ne, outerSize, zero);
  scf::IfOp::create(b, loc, outerHolds, [&](OpBuilder &tb, Location l) {
    indices.checkBounds(tb, l, op);
    scf::YieldOp::create(tb, l);
  });
}

struct TakeLowering : public OpConversionPattern<TakeOp> {
  using OpConversionPattern::OpConversionPattern;
  LogicalResult
  matchAndRewrite(TakeOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    MemRefType type = convertedArray(getTypeConverter(), op.getType());
    if (!type)
      return failure();
    Location loc = op.getLoc();
    Value array = adaptor.getArray();
    IndexArrays indices(rewriter, loc, array, adaptor.getIndices(),
                        op.getIndices(), op.getAxis());
    indices.broadcast(rewriter, loc);
    SmallVector<Value> shape = indices.resultShape(rewriter, loc, array);
    if (op.getNpTake())
      checkAsNpTake(rewriter, loc, op, indices, shape);
    else
      indices.checkBounds(rewriter, loc, op);
    Value result = allocArray(rewriter, loc, type, shape);
    loopNest(rewriter, loc, shape, [&](OpBuilder &b, ValueRange ivs) {
      SmallVector<Value> from = indices.sourcePosition(b, loc, ivs);
      Value x = memref::LoadOp::create(b, loc, array, from);
      memref::StoreOp::create(b, loc, x, result, ivs);
    });
    rewriter.replaceOp(op, result);
    return success();
  }
};

struct PutLowering : public OpConversionPattern<PutOp> {
  using OpConversionPattern::OpConversionPattern;
  LogicalResult
  matchAndRewrite(PutOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    Location loc = op.getLoc();
    Value array = adaptor.getArray();
    IndexArrays indices(rewriter, loc, array, adaptor.getIndices(),
                        op.getIndices(), op.getAxis());
    indices.broadcast(rewriter, loc);
    SmallVector<Value> shape = indices.resultShape(rewriter, loc, array);
    Value value = adaptor.getValue();
    SmallVector<Value> valueSizes;
    if (isa<MemRefType>(value.getType())) {
      valueSizes = dimsIndex(rewriter, loc, value);
      checkValueShape(rewriter, loc, valueSizes, shape);
    }
    for (Value &index : indices.arrays)
      index = separated(rewriter, loc, index, array);
    indices.checkBounds(rewriter, loc, op);
    value = separated(rewriter, loc, value, array);
    loopNest(rewriter, loc, shape, [&](OpBuilder &b, ValueRange ivs) {
      SmallVector<Value> to = indices.sourcePosition(b, loc, ivs);
      Value x = valueAt(b, loc, value, valueSizes, ivs);
      memref::StoreOp::create(b, loc, x, array, to);
    });
    rewriter.eraseOp(op);
    return success();
  }
};

//===----------------------------------------------------------------------===//
// mask_take, mask_put
//===----------------------------------------------------------------------===//

/// Raises NumPy's IndexError for the first axis where the mask's size
/// differs from the array's (the mask covering the axes from `axis` on; the
/// message counts from `reportedAxis`).
void checkMaskSizes(OpBuilder &b, Location loc, Value array, Value mask,
                    int64_t axis, int64_t reportedAxis) {
  int64_t rank = cast<MemRefType>(mask.getType()).getRank();
  for (int64_t d = 0; d < rank; ++d) {
    Value n =
        indexToI64(b, loc, memref::DimOp::create(b, loc, array, axis + d));
    Value m = indexToI64(b, loc, memref::DimOp::create(b, loc, mask, d));
    Value differ =
        arith::CmpIOp::create(b, loc, arith::CmpIPredicate::ne, n, m);
    RaiseIfOp::create(b, loc, differ, ExceptionKind::IndexError,
                      "boolean index did not match indexed array along axis " +
                          std::to_string(reportedAxis + d) +
                          "; size of axis is {} but size of corresponding "
                          "boolean axis is {}",
                      ValueRange{n, m});
  }
}

/// An i1 as an index 0 or 1.
Value asIndex(OpBuilder &b, Location loc, Value bit) {
  return toIndex(b, loc, arith::ExtUIOp::create(b, loc, b.getI64Type(), bit));
}

/// The number of elements of `array` (any shape) for which `pred` holds.
Value countWhere(OpBuilder &b, Location loc, Value array,
                 function_ref<Value(OpBuilder &, Value)> pred) {
  return loopNest(b, loc, dimsIndex(b, loc, array),
                  ValueRange{constIndex(b, loc, 0)},
                  [&](OpBuilder &nb, ValueRange ivs, ValueRange carried) {
                    Value x = memref::LoadOp::create(nb, loc, array, ivs);
                    Value add = asIndex(nb, loc, pred(nb, x));
                    return SmallVector<Value>{
                        arith::AddIOp::create(nb, loc, carried[0], add)};
                  })[0];
}

/// Loops over `mask`; where it holds, calls `body` with the mask position
/// and the number of true entries before it.
void forEachSelected(OpBuilder &b, Location loc, Value mask,
                     function_ref<void(OpBuilder &, ValueRange, Value)> body) {
  loopNest(b, loc, dimsIndex(b, loc, mask), ValueRange{constIndex(b, loc, 0)},
           [&](OpBuilder &nb, ValueRange ivs, ValueRange carried) {
             Value m = memref::LoadOp::create(nb, loc, mask, ivs);
             scf::IfOp::create(nb, loc, m, [&](OpBuilder &tb, Location) {
               body(tb, ivs, carried[0]);
               scf::YieldOp::create(tb, loc);
             });
             return SmallVector<Value>{arith::AddIOp::create(
                 nb, loc, carried[0], asIndex(nb, loc, m))};
           });
}

/// The sizes of `array` before the masked axes (`outer`) and after them
/// (`inner`), as index values.
struct MaskedDims {
  SmallVector<Value> outer, inner;
  MaskedDims(OpBuilder &b, Location loc, Value array, Value mask,
             int64_t axis) {
    SmallVector<Value> dims = dimsIndex(b, loc, array);
    int64_t rank = cast<MemRefType>(mask.getType()).getRank();
    outer.assign(dims.begin(), dims.begin() + axis);
    inner.assign(dims.begin() + axis + rank, dims.end());
  }
};

SmallVector<Value> concat(ValueRange a, ValueRange b) {
  SmallVector<Value> out(a.begin(), a.end());
  out.append(b.begin(), b.end());
  return out;
}

Value isTrue(OpBuilder &, Value bit) { return bit; }

/// Calls `body` with (array position, position in the selection) for every
/// element the mask selects, in the selection's C order: loops over the
/// outer axes, the mask where it holds, then the inner axes.
void forEachMasked(OpBuilder &b, Location loc, Value mask,
                   const MaskedDims &dims,
                   function_ref<void(OpBuilder &, ValueRange, ValueRange)> body) {
  loopNest(b, loc, dims.outer, [&](OpBuilder &ob, ValueRange outer) {
    forEachSelected(ob, loc, mask, [&](OpBuilder &sb, ValueRange at, Value k) {
      loopNest(sb, loc, dims.inner, [&](OpBuilder &ib, ValueRange inner) {
        body(ib, concat(concat(outer, at), inner),
             concat(concat(outer, k), inner));
      });
    });
  });
}

struct MaskTakeLowering : public OpConversionPattern<MaskTakeOp> {
  using OpConversionPattern::OpConversionPattern;
  LogicalResult
  matchAndRewrite(MaskTakeOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    MemRefType type = convertedArray(getTypeConverter(), op.getType());
    if (!type)
      return failure();
    Location loc = op.getLoc();
    Value array = adaptor.getArray(), mask = adaptor.getMask();
    checkMaskSizes(rewriter, loc, array, mask, op.getMaskAxis(),
                   op.getReportedAxis());
    Value count = countWhere(rewriter, loc, mask, isTrue);
    MaskedDims dims(rewriter, loc, array, mask, op.getMaskAxis());
    Value result = allocArray(rewriter, loc, type,
                              concat(concat(dims.outer, count), dims.inner));
    forEachMasked(rewriter, loc, mask, dims,
                  [&](OpBuilder &b, ValueRange from, ValueRange to) {
                    Value x = memref::LoadOp::create(b, loc, array, from);
                    memref::StoreOp::create(b, loc, x, result, to);
                  });
    rewriter.replaceOp(op, result);
    return success();
  }
};

struct MaskPutLowering : public OpConversionPattern<MaskPutOp> {
  using OpConversionPattern::OpConversionPattern;
  LogicalResult
  matchAndRewrite(MaskPutOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    Location loc = op.getLoc();
    Value array = adaptor.getArray(), mask = adaptor.getMask();
    Value value = adaptor.getValue();
    checkMaskSizes(rewriter, loc, array, mask, op.getMaskAxis(),
                   op.getReportedAxis());
    MaskedDims dims(rewriter, loc, array, mask, op.getMaskAxis());
    SmallVector<Value> valueSizes;
    if (isa<MemRefType>(value.getType())) {
      valueSizes = dimsIndex(rewriter, loc, value);
      Value count = countWhere(rewriter, loc, mask, isTrue);
      SmallVector<Value> selected =
          concat(concat(dims.outer, count), dims.inner);
      if (!op.getAxis() && dims.inner.empty() && valueSizes.size() == 1) {
        // NumPy's own message when a lone mask covers every axis.
        Value bad = broadcastMismatch(rewriter, loc, valueSizes, selected);
        RaiseIfOp::create(
            rewriter, loc, bad, ExceptionKind::ValueError,
            "NumPy boolean array indexing assignment cannot assign {} input "
            "values to the {} output values where the mask is true",
            ValueRange{indexToI64(rewriter, loc, valueSizes[0]),
                       indexToI64(rewriter, loc, count)});
      } else {
        checkValueShape(rewriter, loc, valueSizes, selected);
      }
      value = separated(rewriter, loc, value, array);
    }
    // The mask is read once per outer position: a view of `array` as mask
    // would see the writes of earlier ones.
    if (!dims.outer.empty())
      mask = separated(rewriter, loc, mask, array);
    forEachMasked(rewriter, loc, mask, dims,
                  [&](OpBuilder &b, ValueRange to, ValueRange from) {
                    Value x = valueAt(b, loc, value, valueSizes, from);
                    memref::StoreOp::create(b, loc, x, array, to);
                  });
    rewriter.eraseOp(op);
    return success();
  }
};

//===----------------------------------------------------------------------===//
// argwhere
//===----------------------------------------------------------------------===//

/// i1: `x` is nonzero (NaN is; -0.0 is not).
Value isNonzero(OpBuilder &b, Location loc, Value x) {
  Type type = x.getType();
  if (auto f = dyn_cast<FloatType>(type))
    return arith::CmpFOp::create(b, loc, arith::CmpFPredicate::UNE, x,
                                 arith::ConstantOp::create(
                                     b, loc, b.getFloatAttr(f, 0.0)));
  return arith::CmpIOp::create(
      b, loc, arith::CmpIPredicate::ne, x,
      arith::ConstantOp::create(b, loc, b.getIntegerAttr(type, 0)));
}

struct ArgwhereLowering : public OpConversionPattern<ArgwhereOp> {
  using OpConversionPattern::OpConversionPattern;
  LogicalResult
  matchAndRewrite(ArgwhereOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    MemRefType type = convertedArray(getTypeConverter(), op.getType());
    if (!type)
      return failure();
    Location loc = op.getLoc();
    Value array = adaptor.getArray();
    auto nonzero = [&](OpBuilder &b, Value x) { return isNonzero(b, loc, x); };
    Value count = countWhere(rewriter, loc, array, nonzero);
    SmallVector<Value> sizes{count};
    int64_t rank = cast<MemRefType>(array.getType()).getRank();
    if (!op.getFlat())
      sizes.push_back(constIndex(rewriter, loc, rank));
    Value result = allocArray(rewriter, loc, type, sizes);
    Value zero = constIndex(rewriter, loc, 0), one = constIndex(rewriter, loc, 1);
    loopNest(rewriter, loc, dimsIndex(rewriter, loc, array), {zero, zero},
             [&](OpBuilder &b, ValueRange ivs, ValueRange carried) {
               Value k = carried[0], flat = carried[1];
               Value x = memref::LoadOp::create(b, loc, array, ivs);
               Value nz = nonzero(b, x);
               scf::IfOp::create(b, loc, nz, [&](OpBuilder &tb, Location) {
                 if (op.getFlat()) {
                   memref::StoreOp::create(tb, loc, indexToI64(tb, loc, flat),
                                           result, ValueRange{k});
                 } else {
                   for (int64_t d = 0; d < rank; ++d)
                     memref::StoreOp::create(
                         tb, loc, indexToI64(tb, loc, ivs[d]), result,
                         ValueRange{k, constIndex(tb, loc, d)});
                 }
                 scf::YieldOp::create(tb, loc);
               });
               return SmallVector<Value>{
                   arith::AddIOp::create(b, loc, k, asIndex(b, loc, nz)),
                   arith::AddIOp::create(b, loc, flat, one)};
             });
    rewriter.replaceOp(op, result);
    return success();
  }
};

} // namespace

void arrays::populateIndexingPatterns(const TypeConverter &converter,
                                      RewritePatternSet &patterns) {
  patterns.add<TakeLowering, PutLowering, MaskTakeLowering, MaskPutLowering,
               ArgwhereLowering>(converter, patterns.getContext());
}
