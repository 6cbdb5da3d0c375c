//===- ArrayDictToMemRef.cpp - nbc dicts of arrays to memref --------------===//
//
// !nbc.dict<K, memref<?x..xT>> -> the buffer of a list of arrays
// (ArrayListLayout.h) whose slots end with one more word, the key's bits
// (as DictToMemRef.cpp passes keys): the items in insertion order, each
// owning a copy of its array. After the slots, 2 words per slot hold a hash
// index of the keys (open addressing, slot numbers), which
// lib/Runtime/Dict.c extends to new slots at each lookup and rebuilds when
// header word 3 (the slots it covers) was reset: by a growth, a removal
// or a clear.
// nbc.dict_new          -> an empty list-of-arrays buffer
// nbc.dict_insert       -> nbc_rt_array_dict_find; found: the list's item
//                          assignment at that slot, else its append and the
//                          key stored in the new slot
// nbc.dict_get          -> find (KeyError when missing), a view of the item
// nbc.dict_contains     -> find >= 0
// nbc.dict_remove       -> nbc_rt_array_dict_remove (later slots move down;
//                          the data stays where it is, unused)
// nbc.dict_len/key_at/value_at/clear -> the header and slot words
// nbc.dict_copy is DictToMemRef.cpp's (the buffer is position-independent).
//
//
//===----------------------------------------------------------------------===//

#include "ArrayListLayout.h"
#include "DictCalls.h"
#include "nbc/Conversion/NBCToCore/NBCToCore.h"

using namespace mlir;
using namespace mlir::nbc;
using namespace mlir::nbc::arrays;

namespace {
/// The word of slot `i` that holds the key.
Value keyWord(ArrayList &dict, Value i) {
  return dict.add(dict.slot(i), dict.i64(dict.slotWords() - 1));
}

/// The slot of `key` (i64), -1 when missing.
FailureOr<Value> findSlot(DictCalls &calls, ArrayList &dict, Value key,
                          Type keyType) {
  return calls.call1("nbc_rt_array_dict_find",
                     {dict.buffer, calls.toBits(key, keyType),
                      calls.kind(keyType), dict.i64(dict.slotWords())});
}

/// A dict of arrays and the slot of a key in it (-1: missing).
struct Found {
  ArrayList dict;
  Value slot;
};

template <typename Op>
struct ArrayDictPattern : public OpConversionPattern<Op> {
  // Above DictToMemRef.cpp's patterns, which refuse these dicts.
  ArrayDictPattern(const TypeConverter &converter, MLIRContext *ctx)
      : OpConversionPattern<Op>(converter, ctx, /*benefit=*/2) {}

  /// The lowered buffer of the dict of type `dictType` (null: not a dict of
  /// arrays).
  std::optional<ArrayList> layout(OpBuilder &b, Location loc, Type dictType,
                                  Value buffer) const {
    if (!holdsArrays(dictType))
      return std::nullopt;
    auto item = dyn_cast_or_null<MemRefType>(this->getTypeConverter()->convertType(
        cast<DictType>(dictType).getValueType()));
    if (!item)
      return std::nullopt;
    return ArrayList{b, loc, buffer, item, /*extraWords=*/1,
                     /*indexWords=*/2};
  }

  /// The layout and the slot of `key` (nbc type `keyType`), failure when
  /// `dictType` is not a dict of arrays.
  FailureOr<Found> find(DictCalls &calls, Type dictType, Value buffer,
                        Value key, Type keyType) const {
    std::optional<ArrayList> dict =
        layout(calls.b, calls.loc, dictType, buffer);
    if (!dict)
      return failure();
    FailureOr<Value> at = findSlot(calls, *dict, key, keyType);
    if (failed(at))
      return failure();
    return Found{*dict, *at};
  }
};

struct NewLowering : public ArrayDictPattern<DictNewOp> {
  using ArrayDictPattern::ArrayDictPattern;
  LogicalResult
  matchAndRewrite(DictNewOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    Location loc = op.getLoc();
    std::optional<ArrayList> shape = layout(rewriter, loc, op.getType(), {});
    if (!shape)
      return failure();
    rewriter.replaceOp(op, allocArrayList(rewriter, loc, *shape,
                                          constI64(rewriter, loc, kMinSlots),
                                          constI64(rewriter, loc, kMinData)));
    return success();
  }
};

struct InsertLowering : public ArrayDictPattern<DictInsertOp> {
  using ArrayDictPattern::ArrayDictPattern;
  LogicalResult
  matchAndRewrite(DictInsertOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    Location loc = op.getLoc();
    DictCalls calls{rewriter, op, loc};
    Type keyType = op.getKey().getType();
    FailureOr<Found> found = find(calls, op.getType(), adaptor.getDict(),
                                  adaptor.getKey(), keyType);
    if (failed(found))
      return failure();
    ArrayList *dict = &found->dict;
    Value at = found->slot;
    Value there = arith::CmpIOp::create(rewriter, loc, arith::CmpIPredicate::sge,
                                        at, dict->i64(0));
    auto insert = scf::IfOp::create(rewriter, loc, dict->buffer.getType(),
                                    there, /*withElseRegion=*/true);
    OpBuilder::InsertionGuard guard(rewriter);
    rewriter.setInsertionPointToStart(&insert.getThenRegion().front());
    scf::YieldOp::create(
        rewriter, loc,
        setArrayItem(rewriter, loc, *dict, at, adaptor.getValue()));
    rewriter.setInsertionPointToStart(&insert.getElseRegion().front());
    Value slot = dict->length();
    ArrayList to = *dict;
    to.buffer = appendArrayItem(rewriter, loc, *dict, adaptor.getValue());
    to.store(calls.toBits(adaptor.getKey(), keyType), keyWord(to, slot));
    scf::YieldOp::create(rewriter, loc, to.buffer);
    rewriter.replaceOp(op, insert.getResult(0));
    return success();
  }
};

struct GetLowering : public ArrayDictPattern<DictGetOp> {
  using ArrayDictPattern::ArrayDictPattern;
  LogicalResult
  matchAndRewrite(DictGetOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    DictCalls calls{rewriter, op, op.getLoc()};
    Type keyType = op.getKey().getType();
    FailureOr<Found> found = find(calls, op.getDict().getType(),
                                  adaptor.getDict(), adaptor.getKey(), keyType);
    if (failed(found))
      return failure();
    Value missing = calls.isMissing(found->slot);
    calls.raiseKeyError(missing, adaptor.getKey(), keyType);
    // Slot 0 when missing: never read (the raise leaves first), in bounds.
    Value slot = arith::SelectOp::create(rewriter, op.getLoc(), missing,
                                         found->dict.i64(0), found->slot);
    rewriter.replaceOp(op, found->dict.item(slot));
    return success();
  }
};

struct ContainsLowering : public ArrayDictPattern<DictContainsOp> {
  using ArrayDictPattern::ArrayDictPattern;
  LogicalResult
  matchAndRewrite(DictContainsOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    DictCalls calls{rewriter, op, op.getLoc()};
    FailureOr<Found> found =
        find(calls, op.getTable().getType(), adaptor.getTable(),
             adaptor.getKey(), op.getKey().getType());
    if (failed(found))
      return failure();
    rewriter.replaceOp(op, arith::CmpIOp::create(
                               rewriter, op.getLoc(), arith::CmpIPredicate::sge,
                               found->slot, found->dict.i64(0)));
    return success();
  }
};

struct RemoveLowering : public ArrayDictPattern<DictRemoveOp> {
  using ArrayDictPattern::ArrayDictPattern;
  LogicalResult
  matchAndRewrite(DictRemoveOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    Location loc = op.getLoc();
    std::optional<ArrayList> dict =
        layout(rewriter, loc, op.getTable().getType(), adaptor.getTable());
    if (!dict)
      return failure();
    DictCalls calls{rewriter, op, loc};
    Type keyType = op.getKey().getType();
    FailureOr<Value> was =
        calls.remove("nbc_rt_array_dict_remove",
                     {dict->buffer, calls.toBits(adaptor.getKey(), keyType),
                      calls.kind(keyType), dict->i64(dict->slotWords())},
                     adaptor.getKey(), keyType, op.getRequired());
    if (failed(was))
      return failure();
    rewriter.replaceOp(op, *was);
    return success();
  }
};

struct LenLowering : public ArrayDictPattern<DictLenOp> {
  using ArrayDictPattern::ArrayDictPattern;
  LogicalResult
  matchAndRewrite(DictLenOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    std::optional<ArrayList> dict = layout(
        rewriter, op.getLoc(), op.getTable().getType(), adaptor.getTable());
    if (!dict)
      return failure();
    rewriter.replaceOp(op, dict->length());
    return success();
  }
};

struct KeyAtLowering : public ArrayDictPattern<DictKeyAtOp> {
  using ArrayDictPattern::ArrayDictPattern;
  LogicalResult
  matchAndRewrite(DictKeyAtOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    Location loc = op.getLoc();
    std::optional<ArrayList> dict =
        layout(rewriter, loc, op.getTable().getType(), adaptor.getTable());
    if (!dict)
      return failure();
    DictCalls calls{rewriter, op, loc};
    Value bits = dict->load(keyWord(*dict, adaptor.getIndex()));
    rewriter.replaceOp(op, calls.fromBits(bits, op.getType()));
    return success();
  }
};

struct ValueAtLowering : public ArrayDictPattern<DictValueAtOp> {
  using ArrayDictPattern::ArrayDictPattern;
  LogicalResult
  matchAndRewrite(DictValueAtOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    std::optional<ArrayList> dict = layout(
        rewriter, op.getLoc(), op.getDict().getType(), adaptor.getDict());
    if (!dict)
      return failure();
    rewriter.replaceOp(op, dict->item(adaptor.getIndex()));
    return success();
  }
};

struct ClearLowering : public ArrayDictPattern<DictClearOp> {
  using ArrayDictPattern::ArrayDictPattern;
  LogicalResult
  matchAndRewrite(DictClearOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    std::optional<ArrayList> dict = layout(
        rewriter, op.getLoc(), op.getTable().getType(), adaptor.getTable());
    if (!dict)
      return failure();
    dict->store(dict->i64(0), dict->i64(0)); // length
    dict->store(dict->i64(0), dict->i64(2)); // data used
    dict->store(dict->i64(0), dict->i64(3)); // slots indexed
    rewriter.eraseOp(op);
    return success();
  }
};
} // namespace

void arrays::populateArrayDictPatterns(const TypeConverter &converter,
                                       RewritePatternSet &patterns) {
  patterns.add<NewLowering, InsertLowering, GetLowering, ContainsLowering,
               RemoveLowering, LenLowering, KeyAtLowering, ValueAtLowering,
               ClearLowering>(converter, patterns.getContext());
}
