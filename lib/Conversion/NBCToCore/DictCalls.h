//===- DictCalls.h - runtime calls of the dict lowerings ---------*- C++ -*-===//
//
// Calls into lib/Runtime/Dict.c and the key handling (bits, kinds,
// KeyError) shared by DictToMemRef.cpp and ArrayDictToMemRef.cpp.
//
//===----------------------------------------------------------------------===//

#ifndef NBC_LIB_CONVERSION_NBCTOCORE_DICTCALLS_H
#define NBC_LIB_CONVERSION_NBCTOCORE_DICTCALLS_H

#include "ArrayLowering.h"
#include "nbc/Transforms/ExternalCalls.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/MemRef/IR/MemRef.h"
#include "mlir/Dialect/SCF/IR/SCF.h"

namespace mlir::nbc::arrays {

/// The slots of a new table (Dict.c: room for 5 keys).
inline constexpr int64_t kInitialCapacity = 8;
/// Dict.c's key kinds: compared as bits, or as doubles.
inline constexpr int64_t kIntegerKey = 0, kFloatKey = 1;

inline Type keyTypeOf(Type table) {
  if (auto dict = dyn_cast<DictType>(table))
    return dict.getKeyType();
  return cast<SetType>(table).getKeyType();
}

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
  /// (python/src/Marshal.cpp makes it the key again).
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
    // Floats: their repr (the runtime formats them as format(x, "")).
    Value wide = key.getType().isF64()
                     ? key
                     : arith::ExtFOp::create(b, loc, b.getF64Type(), key);
    RaiseIfOp::create(b, loc, missing, kindKey, "{}", ValueRange{wide});
  }

  /// The entry of `key` (i64, -1 when missing).
  FailureOr<Value> find(Value table, Value key, Type keyType) {
    return call1("nbc_rt_dict_find",
                 {table, toBits(key, keyType), kind(keyType)});
  }
  /// Calls `name(table, key bits, kind, extra...)`, which removes `key` and
  /// returns whether it was there (i64); that as an i1, after `KeyError`
  /// when `required` and it was not.
  FailureOr<Value> remove(StringRef name, Value table, Value key, Type keyType,
                          bool required, ValueRange extra = {}) {
    SmallVector<Value> args{table, toBits(key, keyType), kind(keyType)};
    args.append(extra.begin(), extra.end());
    FailureOr<Value> removed = call1(name, args);
    if (failed(removed))
      return failure();
    Value was = arith::CmpIOp::create(b, loc, arith::CmpIPredicate::ne,
                                      *removed, constI64(b, loc, 0));
    if (required)
      raiseKeyError(arith::XOrIOp::create(
                        b, loc, was, arith::ConstantIntOp::create(b, loc, 1, 1)),
                    key, keyType);
    return was;
  }
  Value isMissing(Value entry) {
    return arith::CmpIOp::create(b, loc, arith::CmpIPredicate::slt, entry,
                                 constI64(b, loc, 0));
  }
};

/// A dict whose values are arrays (lowered by ArrayDictToMemRef.cpp).
inline bool holdsArrays(Type table) {
  auto dict = dyn_cast<DictType>(table);
  return dict && isa<MemRefType>(dict.getValueType());
}

} // namespace mlir::nbc::arrays

#endif // NBC_LIB_CONVERSION_NBCTOCORE_DICTCALLS_H
