//===- DictToMemRef.cpp - nbc dict and set ops to runtime calls -----------===//
//
// !nbc.dict<K, V>, !nbc.set<K> -> memref<?xi8> holding the hash table of
//                                 lib/Runtime/Dict.c
// nbc.dict_new               -> memref.alloc (allocArray) + nbc_rt_dict_init
// nbc.dict_insert/set_add    -> scf.if the table is full { alloc a bigger
//                               one; nbc_rt_dict_rehash } + nbc_rt_dict_insert
// nbc.dict_get/get_or/contains/remove/len/key_at/value_at
//                            -> nbc_rt_dict_* calls (KeyError via raise_if)
// nbc.dict_clear             -> nbc_rt_dict_clear (in place)
// nbc.dict_copy              -> memref.alloc of the same bytes + memref.copy
//
// Keys and values cross as i64 words (Dict.c's kMaxWords of them): a
// scalar's bits (integers widened, floats as the bits of an f64), a
// tuple's fields' bits, then zeros; a tuple is read back word by word.
// The table is passed as the memref itself, so the buffer
// deallocation sees every call as a use and frees a table (an outgrown one
// too) only after its last call.
//
//===----------------------------------------------------------------------===//

#include "DictCalls.h"
#include "nbc/Conversion/NBCToCore/NBCToCore.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/MemRef/IR/MemRef.h"
#include "mlir/Dialect/SCF/IR/SCF.h"

using namespace mlir;
using namespace mlir::nbc;
using namespace mlir::nbc::arrays;

namespace {
template <typename Op> struct DictPattern : public OpConversionPattern<Op> {
  using OpConversionPattern<Op>::OpConversionPattern;
};

/// The value type of a dict type, null for a set's.
static Type valueTypeOf(Type table) {
  auto dict = dyn_cast<DictType>(table);
  return dict ? dict.getValueType() : Type();
}

/// Dicts of arrays have their own layout (ArrayDictToMemRef.cpp).
static bool onArrayDict(Operation *op) {
  Type table = op->getNumOperands() ? op->getOperand(0).getType()
                                    : op->getResult(0).getType();
  return holdsArrays(table);
}

struct DictNewLowering : public DictPattern<DictNewOp> {
  using DictPattern::DictPattern;
  LogicalResult
  matchAndRewrite(DictNewOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    if (onArrayDict(op))
      return failure();
    DictCalls calls{rewriter, op, op.getLoc()};
    Type type = op.getType();
    FailureOr<Value> table =
        calls.allocTable(constI64(rewriter, op.getLoc(), kInitialCapacity),
                         keyTypeOf(type), valueTypeOf(type));
    if (failed(table))
      return failure();
    rewriter.replaceOp(op, *table);
    return success();
  }
};

struct DictInsertLowering : public DictPattern<DictInsertOp> {
  using DictPattern::DictPattern;
  LogicalResult
  matchAndRewrite(DictInsertOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    if (onArrayDict(op))
      return failure();
    DictCalls calls{rewriter, op, op.getLoc()};
    Type valueType = op.getValue().getType();
    FailureOr<Value> table =
        calls.insert(adaptor.getDict(), adaptor.getKey(), op.getKey().getType(),
                     valueType, calls.toWords(adaptor.getValue(), valueType));
    if (failed(table))
      return failure();
    rewriter.replaceOp(op, *table);
    return success();
  }
};

struct SetAddLowering : public DictPattern<SetAddOp> {
  using DictPattern::DictPattern;
  LogicalResult
  matchAndRewrite(SetAddOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    if (onArrayDict(op))
      return failure();
    DictCalls calls{rewriter, op, op.getLoc()};
    Value zero = constI64(rewriter, op.getLoc(), 0);
    SmallVector<Value> noValue(kMaxWords, zero);
    FailureOr<Value> table =
        calls.insert(adaptor.getSet(), adaptor.getKey(), op.getKey().getType(),
                     Type(), noValue);
    if (failed(table))
      return failure();
    rewriter.replaceOp(op, *table);
    return success();
  }
};

/// The value of `key` in `dict`, the `fallback` words when missing (and,
/// with `raise`, KeyError then); and the entry nbc_rt_dict_lookup gave.
static FailureOr<std::pair<Value, Value>>
lookup(DictCalls &calls, Value dict, Value key, Type keyType, Type valueType,
       ArrayRef<Value> fallback, bool raise) {
  FailureOr<Value> entry = calls.lookup(dict, key, keyType, valueType);
  if (failed(entry))
    return failure();
  if (raise)
    calls.raiseKeyError(calls.isMissing(*entry), key, keyType);
  Value value = calls.readValue(dict, *entry, keyType, valueType, fallback);
  return std::make_pair(value, *entry);
}

struct DictGetLowering : public DictPattern<DictGetOp> {
  using DictPattern::DictPattern;
  LogicalResult
  matchAndRewrite(DictGetOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    if (onArrayDict(op))
      return failure();
    DictCalls calls{rewriter, op, op.getLoc()};
    SmallVector<Value> zeros(kMaxWords, constI64(rewriter, op.getLoc(), 0));
    auto found =
        lookup(calls, adaptor.getDict(), adaptor.getKey(),
               op.getKey().getType(), op.getType(), zeros, /*raise=*/true);
    if (failed(found))
      return failure();
    rewriter.replaceOp(op, found->first);
    return success();
  }
};

struct DictGetOrLowering : public DictPattern<DictGetOrOp> {
  using DictPattern::DictPattern;
  LogicalResult
  matchAndRewrite(DictGetOrOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    if (onArrayDict(op))
      return failure();
    DictCalls calls{rewriter, op, op.getLoc()};
    auto found = lookup(
        calls, adaptor.getDict(), adaptor.getKey(), op.getKey().getType(),
        op.getType(), calls.toWords(adaptor.getFallback(), op.getType()),
        /*raise=*/false);
    if (failed(found))
      return failure();
    rewriter.replaceOp(op, found->first);
    return success();
  }
};

/// A lookup that keeps the entry for the nbc.dict_store_slot after it.
struct DictLookupSlotLowering : public DictPattern<DictLookupSlotOp> {
  using DictPattern::DictPattern;
  LogicalResult
  matchAndRewrite(DictLookupSlotOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    Location loc = op.getLoc();
    DictCalls calls{rewriter, op, loc};
    Type valueType = op.getResult().getType();
    SmallVector<Value, 4> fallback(kMaxWords, constI64(rewriter, loc, 0));
    if (op.getFallback())
      fallback = calls.toWords(adaptor.getFallback(), valueType);
    auto found =
        lookup(calls, adaptor.getDict(), adaptor.getKey(),
               op.getKey().getType(), valueType, fallback, !op.getFallback());
    if (failed(found))
      return failure();
    Value slot = arith::IndexCastOp::create(
        rewriter, loc, rewriter.getIndexType(), found->second);
    rewriter.replaceOp(op, {found->first, slot});
    return success();
  }
};

/// A present key's value written in place; a missing key bound at the
/// free slot its lookup found, or, in a full table, inserted into the
/// bigger one.
struct DictStoreSlotLowering : public DictPattern<DictStoreSlotOp> {
  using DictPattern::DictPattern;
  LogicalResult
  matchAndRewrite(DictStoreSlotOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    Location loc = op.getLoc();
    DictCalls calls{rewriter, op, loc};
    Type keyType = op.getKey().getType(), valueType = op.getValue().getType();
    Value table = adaptor.getDict(), key = adaptor.getKey();
    Value entry = arith::IndexCastOp::create(
        rewriter, loc, rewriter.getI64Type(), adaptor.getSlot());
    SmallVector<Value> value = calls.toWords(adaptor.getValue(), valueType);
    auto present = scf::IfOp::create(rewriter, loc, calls.tableType(),
                                     calls.isPresent(entry),
                                     /*withElseRegion=*/true);
    OpBuilder::InsertionGuard guard(rewriter);
    rewriter.setInsertionPointToStart(&present.getThenRegion().front());
    calls.writeValue(table, entry, keyType, valueType, value);
    scf::YieldOp::create(rewriter, loc, table);

    rewriter.setInsertionPointToStart(&present.getElseRegion().front());
    auto full = scf::IfOp::create(rewriter, loc, calls.tableType(),
                                  calls.isFull(table),
                                  /*withElseRegion=*/true);
    scf::YieldOp::create(rewriter, loc, full.getResult(0));
    rewriter.setInsertionPointToStart(&full.getThenRegion().front());
    FailureOr<Value> grown =
        calls.insert(table, key, keyType, valueType, value);
    if (failed(grown))
      return failure();
    scf::YieldOp::create(rewriter, loc, *grown);
    rewriter.setInsertionPointToStart(&full.getElseRegion().front());
    SmallVector<Value> args{table, entry};
    llvm::append_range(args, calls.toWords(key, keyType));
    llvm::append_range(args, value);
    if (failed(calls.call("nbc_rt_dict_insert_missing", args, {})))
      return failure();
    scf::YieldOp::create(rewriter, loc, table);
    rewriter.replaceOp(op, present.getResult(0));
    return success();
  }
};

struct DictContainsLowering : public DictPattern<DictContainsOp> {
  using DictPattern::DictPattern;
  LogicalResult
  matchAndRewrite(DictContainsOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    if (onArrayDict(op))
      return failure();
    DictCalls calls{rewriter, op, op.getLoc()};
    FailureOr<Value> entry =
        calls.lookup(adaptor.getTable(), adaptor.getKey(),
                     op.getKey().getType(), valueTypeOf(op.getTable().getType()));
    if (failed(entry))
      return failure();
    rewriter.replaceOp(op, arith::CmpIOp::create(
                               rewriter, op.getLoc(), arith::CmpIPredicate::sge,
                               *entry, constI64(rewriter, op.getLoc(), 0)));
    return success();
  }
};

struct DictRemoveLowering : public DictPattern<DictRemoveOp> {
  using DictPattern::DictPattern;
  LogicalResult
  matchAndRewrite(DictRemoveOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    if (onArrayDict(op))
      return failure();
    Location loc = op.getLoc();
    DictCalls calls{rewriter, op, loc};
    Type keyType = op.getKey().getType();
    FailureOr<Value> was = calls.remove(
        "nbc_rt_dict_remove",
        calls.keyArgs(adaptor.getTable(), adaptor.getKey(), keyType),
        adaptor.getKey(), keyType, op.getRequired());
    if (failed(was))
      return failure();
    rewriter.replaceOp(op, *was);
    return success();
  }
};

struct DictLenLowering : public DictPattern<DictLenOp> {
  using DictPattern::DictPattern;
  LogicalResult
  matchAndRewrite(DictLenOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    if (onArrayDict(op))
      return failure();
    DictCalls calls{rewriter, op, op.getLoc()};
    FailureOr<Value> n = calls.call1("nbc_rt_dict_len", {adaptor.getTable()});
    if (failed(n))
      return failure();
    rewriter.replaceOp(op, *n);
    return success();
  }
};

struct DictClearLowering : public DictPattern<DictClearOp> {
  using DictPattern::DictPattern;
  LogicalResult
  matchAndRewrite(DictClearOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    if (onArrayDict(op))
      return failure();
    DictCalls calls{rewriter, op, op.getLoc()};
    if (failed(calls.call("nbc_rt_dict_clear", {adaptor.getTable()}, {})))
      return failure();
    rewriter.eraseOp(op);
    return success();
  }
};

/// The table is position-independent: a copy of its bytes is a copy (a
/// dict of arrays' buffer too, ArrayDictToMemRef.cpp).
struct DictCopyLowering : public DictPattern<DictCopyOp> {
  using DictPattern::DictPattern;
  LogicalResult
  matchAndRewrite(DictCopyOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    Location loc = op.getLoc();
    Value table = adaptor.getTable();
    Value bytes = memref::DimOp::create(rewriter, loc, table, 0);
    Value copy = allocArray(rewriter, loc, cast<MemRefType>(table.getType()),
                            {bytes});
    memref::CopyOp::create(rewriter, loc, table, copy);
    rewriter.replaceOp(op, copy);
    return success();
  }
};

struct DictKeyAtLowering : public DictPattern<DictKeyAtOp> {
  using DictPattern::DictPattern;
  LogicalResult
  matchAndRewrite(DictKeyAtOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    if (onArrayDict(op))
      return failure();
    DictCalls calls{rewriter, op, op.getLoc()};
    FailureOr<Value> key =
        calls.readWords("nbc_rt_dict_key_at", adaptor.getTable(),
                        adaptor.getIndex(), op.getType());
    if (failed(key))
      return failure();
    rewriter.replaceOp(op, *key);
    return success();
  }
};

struct DictValueAtLowering : public DictPattern<DictValueAtOp> {
  using DictPattern::DictPattern;
  LogicalResult
  matchAndRewrite(DictValueAtOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    if (onArrayDict(op))
      return failure();
    DictCalls calls{rewriter, op, op.getLoc()};
    FailureOr<Value> value =
        calls.readWords("nbc_rt_dict_value_at", adaptor.getDict(),
                        adaptor.getIndex(), op.getType());
    if (failed(value))
      return failure();
    rewriter.replaceOp(op, *value);
    return success();
  }
};
} // namespace

void arrays::populateDictPatterns(const TypeConverter &converter,
                                  RewritePatternSet &patterns) {
  patterns
      .add<DictNewLowering, DictInsertLowering, SetAddLowering, DictGetLowering,
           DictGetOrLowering, DictLookupSlotLowering, DictStoreSlotLowering,
           DictContainsLowering, DictRemoveLowering,
           DictLenLowering, DictKeyAtLowering, DictValueAtLowering,
           DictClearLowering, DictCopyLowering>(
          converter, patterns.getContext());
}
