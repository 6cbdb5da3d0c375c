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
// Keys and values cross as i64 bits: integers widened, floats as the bits
// of an f64. The table is passed as the memref itself, so the buffer
// deallocation sees every call as a use and frees a table (an outgrown one
// too) only after its last call.
//
//===----------------------------------------------------------------------===//

#include "ArrayLowering.h"
#include "ExternalCalls.h"
#include "nbc/Conversion/NBCToCore/NBCToCore.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/MemRef/IR/MemRef.h"
#include "mlir/Dialect/SCF/IR/SCF.h"

using namespace mlir;
using namespace mlir::nbc;
using namespace mlir::nbc::arrays;

/// The slots of a new table (Dict.c: room for 5 keys).
static constexpr int64_t kInitialCapacity = 8;
/// Dict.c's key kinds: compared as bits, or as doubles.
static constexpr int64_t kIntegerKey = 0, kFloatKey = 1;

static Type keyTypeOf(Type table) {
  if (auto dict = dyn_cast<DictType>(table))
    return dict.getKeyType();
  return cast<SetType>(table).getKeyType();
}

namespace {
/// Calls into Dict.c for one op.
struct DictCalls {
  OpBuilder &b;
  Operation *op;
  Location loc;

  Type tableType() {
    return MemRefType::get({ShapedType::kDynamic}, b.getI8Type());
  }
  /// `name(args...)` returning `results`; tables are memref<?xi8> args.
  FailureOr<ValueRange> call(StringRef name, ValueRange args,
                             TypeRange results) {
    auto type = b.getFunctionType(args.getTypes(), results);
    FailureOr<func::FuncOp> callee =
        lookupOrDeclareExternal(b, op, name, type, "the nbc runtime");
    if (failed(callee))
      return failure();
    return func::CallOp::create(b, loc, *callee, args).getResults();
  }
  FailureOr<Value> call1(StringRef name, ValueRange args) {
    FailureOr<ValueRange> results = call(name, args, {b.getI64Type()});
    if (failed(results))
      return failure();
    return (*results)[0];
  }

  /// The 64 bits of the converted scalar `value` of nbc type `type`.
  Value toBits(Value value, Type type) {
    Type i64 = b.getI64Type();
    if (type.isF64())
      return arith::BitcastOp::create(b, loc, i64, value);
    if (isa<FloatType>(type))
      return arith::BitcastOp::create(
          b, loc, i64, arith::ExtFOp::create(b, loc, b.getF64Type(), value));
    return toI64(b, loc, value, type);
  }
  /// The converted scalar of nbc type `type` whose bits `toBits` gave.
  Value fromBits(Value bits, Type type) {
    if (type.isF64())
      return arith::BitcastOp::create(b, loc, b.getF64Type(), bits);
    if (type.isF32())
      return arith::TruncFOp::create(
          b, loc, b.getF32Type(),
          arith::BitcastOp::create(b, loc, b.getF64Type(), bits));
    unsigned width = type.getIntOrFloatBitWidth();
    if (width == 64)
      return bits;
    return arith::TruncIOp::create(b, loc, b.getIntegerType(width), bits);
  }
  Value kind(Type keyType) {
    return constI64(b, loc, isa<FloatType>(keyType) ? kFloatKey : kIntegerKey);
  }

  /// A new empty table of `capacity` (i64) slots.
  FailureOr<Value> allocTable(Value capacity) {
    FailureOr<Value> bytes = call1("nbc_rt_dict_bytes", {capacity});
    if (failed(bytes))
      return failure();
    Value table = allocArray(b, loc, cast<MemRefType>(tableType()),
                             {toIndex(b, loc, *bytes)});
    if (failed(call("nbc_rt_dict_init", {table, capacity}, {})))
      return failure();
    return table;
  }

  /// `table`, or a bigger copy when one more key does not fit; then `key`
  /// (nbc type `keyType`) bound to the bits `value`.
  FailureOr<Value> insert(Value table, Value key, Type keyType, Value value) {
    FailureOr<Value> capacity = call1("nbc_rt_dict_grow_capacity", {table});
    if (failed(capacity))
      return failure();
    Value full = arith::CmpIOp::create(b, loc, arith::CmpIPredicate::ne,
                                       *capacity, constI64(b, loc, 0));
    auto grow = scf::IfOp::create(b, loc, tableType(), full,
                                  /*withElseRegion=*/true);
    {
      OpBuilder::InsertionGuard guard(b);
      b.setInsertionPointToStart(&grow.getThenRegion().front());
      FailureOr<Value> grown = allocTable(*capacity);
      if (failed(grown) ||
          failed(call("nbc_rt_dict_rehash",
                      {table, *grown, *capacity, kind(keyType)}, {})))
        return failure();
      scf::YieldOp::create(b, loc, *grown);
      b.setInsertionPointToStart(&grow.getElseRegion().front());
      scf::YieldOp::create(b, loc, table);
    }
    Value result = grow.getResult(0);
    if (failed(call("nbc_rt_dict_insert",
                    {result, toBits(key, keyType), kind(keyType), value}, {})))
      return failure();
    return result;
  }

  /// KeyError(key) when `missing` holds, with the key's repr as message
  /// for integer and bool keys and integral floats.
  void raiseKeyError(Value missing, Value key, Type keyType) {
    auto kindKey = ExceptionKind::KeyError;
    if (keyType.isInteger(1)) {
      Value notKey = arith::XOrIOp::create(
          b, loc, key, arith::ConstantIntOp::create(b, loc, 1, 1));
      raiseIf(b, loc, arith::AndIOp::create(b, loc, missing, key), kindKey,
              "True");
      raiseIf(b, loc, arith::AndIOp::create(b, loc, missing, notKey), kindKey,
              "False");
      return;
    }
    if (isa<IntegerType>(keyType)) {
      Value cond = missing;
      RaiseIfOp::create(b, loc, cond, kindKey, "{}",
                        ValueRange{toI64(b, loc, key, keyType)});
      return;
    }
    // Floats: "3.0" for integral keys that fit (-0.0 prints as 0.0), else
    // a fixed message (the runtime formats integers only).
    Value wide = key.getType().isF64()
                     ? key
                     : arith::ExtFOp::create(b, loc, b.getF64Type(), key);
    auto cmpF = [&](arith::CmpFPredicate p, Value x, double c) {
      return arith::CmpFOp::create(
          b, loc, p, x,
          arith::ConstantOp::create(b, loc, b.getF64FloatAttr(c)));
    };
    Value fits = arith::AndIOp::create(
        b, loc, cmpF(arith::CmpFPredicate::OLT, wide, 1e15),
        cmpF(arith::CmpFPredicate::OGT, wide, -1e15));
    Value safe = arith::SelectOp::create(
        b, loc, fits, wide,
        arith::ConstantOp::create(b, loc, b.getF64FloatAttr(0.5)));
    Value asInt = arith::FPToSIOp::create(b, loc, b.getI64Type(), safe);
    Value integral = arith::AndIOp::create(
        b, loc, fits,
        arith::CmpFOp::create(
            b, loc, arith::CmpFPredicate::OEQ, safe,
            arith::SIToFPOp::create(b, loc, b.getF64Type(), asInt)));
    Value notIntegral = arith::XOrIOp::create(
        b, loc, integral, arith::ConstantIntOp::create(b, loc, 1, 1));
    RaiseIfOp::create(b, loc, arith::AndIOp::create(b, loc, missing, integral),
                      kindKey, "{}.0", ValueRange{asInt});
    raiseIf(b, loc, arith::AndIOp::create(b, loc, missing, notIntegral),
            kindKey, "a float key that is not in the dict");
  }

  /// The entry of `key` (i64, -1 when missing).
  FailureOr<Value> find(Value table, Value key, Type keyType) {
    return call1("nbc_rt_dict_find",
                 {table, toBits(key, keyType), kind(keyType)});
  }
  Value isMissing(Value entry) {
    return arith::CmpIOp::create(b, loc, arith::CmpIPredicate::slt, entry,
                                 constI64(b, loc, 0));
  }
};

template <typename Op> struct DictPattern : public OpConversionPattern<Op> {
  using OpConversionPattern<Op>::OpConversionPattern;
};

struct DictNewLowering : public DictPattern<DictNewOp> {
  using DictPattern::DictPattern;
  LogicalResult
  matchAndRewrite(DictNewOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    DictCalls calls{rewriter, op, op.getLoc()};
    FailureOr<Value> table =
        calls.allocTable(constI64(rewriter, op.getLoc(), kInitialCapacity));
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
    DictCalls calls{rewriter, op, op.getLoc()};
    Type valueType = op.getValue().getType();
    FailureOr<Value> table =
        calls.insert(adaptor.getDict(), adaptor.getKey(), op.getKey().getType(),
                     calls.toBits(adaptor.getValue(), valueType));
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
    DictCalls calls{rewriter, op, op.getLoc()};
    FailureOr<Value> table =
        calls.insert(adaptor.getSet(), adaptor.getKey(), op.getKey().getType(),
                     constI64(rewriter, op.getLoc(), 0));
    if (failed(table))
      return failure();
    rewriter.replaceOp(op, *table);
    return success();
  }
};

/// The value of `key` in `dict`, `fallback` bits when missing (and, with
/// `raise`, KeyError then).
static FailureOr<Value> lookup(DictCalls &calls, Value dict, Value key,
                               Type keyType, Type valueType, Value fallback,
                               bool raise) {
  FailureOr<Value> entry = calls.find(dict, key, keyType);
  if (failed(entry))
    return failure();
  if (raise)
    calls.raiseKeyError(calls.isMissing(*entry), key, keyType);
  FailureOr<Value> bits =
      calls.call1("nbc_rt_dict_value", {dict, *entry, fallback});
  if (failed(bits))
    return failure();
  return calls.fromBits(*bits, valueType);
}

struct DictGetLowering : public DictPattern<DictGetOp> {
  using DictPattern::DictPattern;
  LogicalResult
  matchAndRewrite(DictGetOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    DictCalls calls{rewriter, op, op.getLoc()};
    FailureOr<Value> value = lookup(
        calls, adaptor.getDict(), adaptor.getKey(), op.getKey().getType(),
        op.getType(), constI64(rewriter, op.getLoc(), 0), /*raise=*/true);
    if (failed(value))
      return failure();
    rewriter.replaceOp(op, *value);
    return success();
  }
};

struct DictGetOrLowering : public DictPattern<DictGetOrOp> {
  using DictPattern::DictPattern;
  LogicalResult
  matchAndRewrite(DictGetOrOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    DictCalls calls{rewriter, op, op.getLoc()};
    FailureOr<Value> value = lookup(
        calls, adaptor.getDict(), adaptor.getKey(), op.getKey().getType(),
        op.getType(), calls.toBits(adaptor.getFallback(), op.getType()),
        /*raise=*/false);
    if (failed(value))
      return failure();
    rewriter.replaceOp(op, *value);
    return success();
  }
};

struct DictContainsLowering : public DictPattern<DictContainsOp> {
  using DictPattern::DictPattern;
  LogicalResult
  matchAndRewrite(DictContainsOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    DictCalls calls{rewriter, op, op.getLoc()};
    FailureOr<Value> entry =
        calls.find(adaptor.getTable(), adaptor.getKey(), op.getKey().getType());
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
    Location loc = op.getLoc();
    DictCalls calls{rewriter, op, loc};
    Type keyType = op.getKey().getType();
    FailureOr<Value> removed = calls.call1(
        "nbc_rt_dict_remove",
        {adaptor.getTable(), calls.toBits(adaptor.getKey(), keyType),
         calls.kind(keyType)});
    if (failed(removed))
      return failure();
    Value was = arith::CmpIOp::create(rewriter, loc, arith::CmpIPredicate::ne,
                                      *removed, constI64(rewriter, loc, 0));
    if (op.getRequired())
      calls.raiseKeyError(arith::XOrIOp::create(rewriter, loc, was,
                                                arith::ConstantIntOp::create(
                                                    rewriter, loc, 1, 1)),
                          adaptor.getKey(), keyType);
    rewriter.replaceOp(op, was);
    return success();
  }
};

struct DictLenLowering : public DictPattern<DictLenOp> {
  using DictPattern::DictPattern;
  LogicalResult
  matchAndRewrite(DictLenOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
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
    DictCalls calls{rewriter, op, op.getLoc()};
    if (failed(calls.call("nbc_rt_dict_clear", {adaptor.getTable()}, {})))
      return failure();
    rewriter.eraseOp(op);
    return success();
  }
};

/// The table is position-independent: a copy of its bytes is a copy.
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
    DictCalls calls{rewriter, op, op.getLoc()};
    Type keyType = keyTypeOf(op.getTable().getType());
    FailureOr<Value> bits = calls.call1(
        "nbc_rt_dict_key_at",
        {adaptor.getTable(), adaptor.getIndex(), calls.kind(keyType)});
    if (failed(bits))
      return failure();
    rewriter.replaceOp(op, calls.fromBits(*bits, keyType));
    return success();
  }
};

struct DictValueAtLowering : public DictPattern<DictValueAtOp> {
  using DictPattern::DictPattern;
  LogicalResult
  matchAndRewrite(DictValueAtOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    DictCalls calls{rewriter, op, op.getLoc()};
    Type keyType = keyTypeOf(op.getDict().getType());
    FailureOr<Value> bits = calls.call1(
        "nbc_rt_dict_value_at",
        {adaptor.getDict(), adaptor.getIndex(), calls.kind(keyType)});
    if (failed(bits))
      return failure();
    rewriter.replaceOp(op, calls.fromBits(*bits, op.getType()));
    return success();
  }
};
} // namespace

void arrays::populateDictPatterns(const TypeConverter &converter,
                                  RewritePatternSet &patterns) {
  patterns
      .add<DictNewLowering, DictInsertLowering, SetAddLowering, DictGetLowering,
           DictGetOrLowering, DictContainsLowering, DictRemoveLowering,
           DictLenLowering, DictKeyAtLowering, DictValueAtLowering,
           DictClearLowering, DictCopyLowering>(
          converter, patterns.getContext());
}
