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
#include "mlir/Dialect/LLVMIR/LLVMDialect.h"
#include "mlir/Dialect/MemRef/IR/MemRef.h"
#include "mlir/Dialect/SCF/IR/SCF.h"

namespace mlir::nbc::arrays {

/// The slots of a new table (Dict.c: room for 5 keys).
inline constexpr int64_t kInitialCapacity = 8;
/// Dict.c's key kinds: compared as bits, or as doubles.
inline constexpr int64_t kIntegerKey = 0, kFloatKey = 1;
/// Dict.c's Header, read and written inline: its words, and which hold the
/// capacity (slots), the usable entries and the used ones. The index of
/// slots follows, then the entries.
inline constexpr int64_t kTableHeaderWords = 8;
inline constexpr int64_t kCapacityWord = 0, kUsableWord = 1, kUsedWord = 3;
/// The words a key or value crosses as (Dict.c's kMaxWords): one a scalar,
/// one a tuple's field (the dict type's verifier bounds tuples by this).
inline constexpr int64_t kMaxWords = 4;

/// The scalar types a key or value of nbc type `type` is made of: itself,
/// or a tuple's fields.
inline SmallVector<Type, 4> wordTypesOf(Type type) {
  if (auto tuple = dyn_cast<TupleType>(type))
    return SmallVector<Type, 4>(tuple.getTypes());
  return {type};
}

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

  /// The kMaxWords words the converted key or value `value` of nbc type
  /// `type` crosses as: its bits, or its fields' bits, then zeros.
  SmallVector<Value, 4> toWords(Value value, Type type) {
    SmallVector<Value, 4> words;
    if (auto tuple = dyn_cast<TupleType>(type)) {
      for (auto [k, field] : llvm::enumerate(tuple.getTypes()))
        words.push_back(
            toBits(LLVM::ExtractValueOp::create(b, loc, value,
                                                ArrayRef<int64_t>{int64_t(k)}),
                   field));
    } else {
      words.push_back(toBits(value, type));
    }
    while (int64_t(words.size()) < kMaxWords)
      words.push_back(constI64(b, loc, 0));
    return words;
  }
  /// The converted key or value of nbc type `type` whose words `word(k)`
  /// gives (the k-th field's bits).
  Value fromWords(function_ref<Value(int64_t)> word, Type type) {
    auto tuple = dyn_cast<TupleType>(type);
    if (!tuple)
      return fromBits(word(0), type);
    SmallVector<Type> fields;
    for (Type field : tuple.getTypes())
      fields.push_back(toSignless(field));
    auto structType = LLVM::LLVMStructType::getLiteral(b.getContext(), fields);
    Value result = LLVM::PoisonOp::create(b, loc, structType);
    for (auto [k, field] : llvm::enumerate(tuple.getTypes()))
      result =
          LLVM::InsertValueOp::create(b, loc, result, fromBits(word(k), field),
                                      ArrayRef<int64_t>{int64_t(k)});
    return result;
  }
  /// The signless type a scalar of nbc type `type` converts to.
  Type toSignless(Type type) {
    if (auto integer = dyn_cast<IntegerType>(type))
      return b.getIntegerType(integer.getWidth());
    return type;
  }
  /// The key or value of nbc type `type` read word by word: `name(table,
  /// index, k)`.
  FailureOr<Value> readWords(StringRef name, Value table, Value index,
                             Type type) {
    bool failedCall = false;
    Value result = fromWords(
        [&](int64_t k) -> Value {
          FailureOr<Value> bits =
              call1(name, {table, index, constI64(b, loc, k)});
          failedCall |= failed(bits);
          return succeeded(bits) ? *bits : constI64(b, loc, 0);
        },
        type);
    if (failedCall)
      return failure();
    return result;
  }

  /// The bytes (i64) of a table of `capacity` (i64) slots for keys of
  /// `keyType` and values of `valueType` (null: a set).
  FailureOr<Value> tableBytes(Value capacity, Type keyType, Type valueType) {
    return call1("nbc_rt_dict_bytes",
                 {capacity, keyWords(keyType), valueWords(valueType)});
  }
  Value keyWords(Type keyType) {
    return constI64(b, loc, wordTypesOf(keyType).size());
  }
  Value valueWords(Type valueType) {
    return constI64(b, loc, valueType ? wordTypesOf(valueType).size() : 1);
  }
  /// Bit k set: word k of a key of `keyType` is a float (compared as one).
  Value floatMask(Type keyType) {
    uint64_t mask = 0;
    for (auto [k, word] : llvm::enumerate(wordTypesOf(keyType)))
      if (isa<FloatType>(word))
        mask |= uint64_t(1) << k;
    return constI64(b, loc, int64_t(mask));
  }

  /// A new empty table of `capacity` (i64) slots for keys of `keyType` and
  /// values of `valueType` (null: a set).
  FailureOr<Value> allocTable(Value capacity, Type keyType, Type valueType) {
    FailureOr<Value> bytes = tableBytes(capacity, keyType, valueType);
    if (failed(bytes))
      return failure();
    Value table = allocArray(b, loc, cast<MemRefType>(tableType()),
                             {toIndex(b, loc, *bytes)});
    if (failed(call("nbc_rt_dict_init",
                    {table, capacity, keyWords(keyType), valueWords(valueType),
                     floatMask(keyType)},
                    {})))
      return failure();
    return table;
  }

  /// The table's bytes as i64 words (Dict.c's layout): the lowering reads
  /// the header and a present key's value, and writes that value, without
  /// a call.
  Value words(Value table) {
    Value bytes = memref::DimOp::create(b, loc, table, 0);
    Value count =
        arith::DivUIOp::create(b, loc, bytes, constIndex(b, loc, 8));
    auto type = MemRefType::get({ShapedType::kDynamic}, b.getI64Type());
    return memref::ViewOp::create(b, loc, type, table, constIndex(b, loc, 0),
                                  ValueRange{count});
  }
  Value loadWord(Value words, Value at) {
    return memref::LoadOp::create(b, loc, words,
                                  ValueRange{toIndex(b, loc, at)});
  }
  Value loadWord(Value words, int64_t at) {
    return loadWord(words, constI64(b, loc, at));
  }
  /// Where word `k` of the value of entry `entry` (i64) is, in `words`.
  Value valueWordAt(Value words, Value entry, Type keyType, Type valueType,
                    int64_t k) {
    int64_t keyCount = wordTypesOf(keyType).size();
    int64_t stride = keyCount + wordTypesOf(valueType).size() + 1;
    Value entries = arith::AddIOp::create(b, loc, loadWord(words, kCapacityWord),
                                          constI64(b, loc, kTableHeaderWords));
    Value offset = arith::MulIOp::create(b, loc, entry,
                                         constI64(b, loc, stride));
    return arith::AddIOp::create(
        b, loc, arith::AddIOp::create(b, loc, entries, offset),
        constI64(b, loc, keyCount + k));
  }
  /// The value of `entry` (i64, from nbc_rt_dict_lookup) of a dict of
  /// `keyType` keys and `valueType` values; the `fallback` words (kMaxWords
  /// of them) when the key is missing (`entry` < 0).
  Value readValue(Value table, Value entry, Type keyType, Type valueType,
                  ArrayRef<Value> fallback) {
    Value tableWords = words(table);
    Value missing = isMissing(entry);
    // A missing key reads entry 0 (a table has room for 5), then drops it.
    Value at = arith::SelectOp::create(b, loc, missing, constI64(b, loc, 0),
                                       entry);
    return fromWords(
        [&](int64_t k) -> Value {
          Value word = loadWord(
              tableWords, valueWordAt(tableWords, at, keyType, valueType, k));
          return arith::SelectOp::create(b, loc, missing, fallback[k], word);
        },
        valueType);
  }
  /// Stores `value` (kMaxWords words) as the value of the present key's
  /// `entry` (i64).
  void writeValue(Value table, Value entry, Type keyType, Type valueType,
                  ArrayRef<Value> value) {
    Value tableWords = words(table);
    for (int64_t k = 0, e = wordTypesOf(valueType).size(); k < e; ++k)
      memref::StoreOp::create(
          b, loc, value[k], tableWords,
          ValueRange{toIndex(
              b, loc, valueWordAt(tableWords, entry, keyType, valueType, k))});
  }

  /// Whether one more key does not fit in `table` (its used entries reached
  /// the usable ones).
  Value isFull(Value table) {
    Value tableWords = words(table);
    return arith::CmpIOp::create(b, loc, arith::CmpIPredicate::sge,
                                 loadWord(tableWords, kUsedWord),
                                 loadWord(tableWords, kUsableWord));
  }
  /// `table` (keys of `keyType`, values of `valueType`, null for a set),
  /// or a bigger copy when one more key does not fit.
  FailureOr<Value> growIfFull(Value table, Type keyType, Type valueType) {
    auto grow = scf::IfOp::create(b, loc, tableType(), isFull(table),
                                  /*withElseRegion=*/true);
    OpBuilder::InsertionGuard guard(b);
    b.setInsertionPointToStart(&grow.getThenRegion().front());
    FailureOr<Value> capacity = call1("nbc_rt_dict_grow_capacity", {table});
    if (failed(capacity))
      return failure();
    // nbc_rt_dict_rehash lays the new table out as the old one.
    FailureOr<Value> bytes = tableBytes(*capacity, keyType, valueType);
    if (failed(bytes))
      return failure();
    Value grown = allocArray(b, loc, cast<MemRefType>(tableType()),
                             {toIndex(b, loc, *bytes)});
    if (failed(call("nbc_rt_dict_rehash", {table, grown, *capacity}, {})))
      return failure();
    scf::YieldOp::create(b, loc, grown);
    b.setInsertionPointToStart(&grow.getElseRegion().front());
    scf::YieldOp::create(b, loc, table);
    return grow.getResult(0);
  }
  /// `table` (keys of `keyType`, values of `valueType`, null for a set),
  /// or a bigger copy when one more key does not fit; then `key` bound to
  /// the words `value` (kMaxWords of them).
  FailureOr<Value> insert(Value table, Value key, Type keyType, Type valueType,
                          ArrayRef<Value> value) {
    FailureOr<Value> result = growIfFull(table, keyType, valueType);
    if (failed(result))
      return failure();
    SmallVector<Value> args{*result};
    llvm::append_range(args, toWords(key, keyType));
    llvm::append_range(args, value);
    if (failed(call("nbc_rt_dict_insert", args, {})))
      return failure();
    return *result;
  }

  /// KeyError(key) when `missing` holds, with the key's repr as message
  /// (python/src/Marshal.cpp makes it the key again).
  void raiseKeyError(Value missing, Value key, Type keyType) {
    auto kindKey = ExceptionKind::KeyError;
    if (auto tuple = dyn_cast<TupleType>(keyType)) {
      // The repr of the 1-tuple of args, so that the caller's KeyError holds
      // the tuple as its one arg, as Python's does (`KeyError((1, 2))`).
      std::string message = "((";
      SmallVector<Value> fields;
      for (auto [k, field] : llvm::enumerate(tuple.getTypes())) {
        message += k ? ", {}" : "{}";
        fields.push_back(
            formattable(LLVM::ExtractValueOp::create(
                            b, loc, key, ArrayRef<int64_t>{int64_t(k)}),
                        field));
      }
      message += tuple.size() == 1 ? ",),)" : "),)";
      RaiseIfOp::create(b, loc, missing, kindKey, message, fields);
      return;
    }
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

  /// A converted scalar field of nbc type `type` as nbc.raise_if formats
  /// it as Python's repr: an i1, an i64, or an f64.
  Value formattable(Value field, Type type) {
    if (type.isInteger(1))
      return field;
    if (isa<IntegerType>(type))
      return toI64(b, loc, field, type);
    return field.getType().isF64()
               ? field
               : arith::ExtFOp::create(b, loc, b.getF64Type(), field);
  }

  /// `table` and the words of `key` (nbc type `keyType`): the arguments of
  /// nbc_rt_dict_lookup and nbc_rt_dict_remove.
  SmallVector<Value> keyArgs(Value table, Value key, Type keyType) {
    SmallVector<Value> args{table};
    llvm::append_range(args, toWords(key, keyType));
    return args;
  }
  /// The entry of `key` (i64) in a table of `keyType` keys and `valueType`
  /// values (null: a set), negative when missing: (-1 - the free slot its
  /// insertion takes), for nbc_rt_dict_insert_missing.
  FailureOr<Value> lookup(Value table, Value key, Type keyType,
                          Type valueType) {
    SmallVector<Type, 4> fields = wordTypesOf(keyType);
    if (llvm::all_of(fields, [](Type t) { return isa<IntegerType>(t); })) {
      SmallVector<Value, 4> words = toWords(key, keyType);
      words.truncate(fields.size());
      // A set's entries hold one (unused) value word.
      int64_t valueCount = valueType ? wordTypesOf(valueType).size() : 1;
      return probeIntegerKey(table, words,
                             /*entryWords=*/fields.size() + valueCount + 1);
    }
    return call1("nbc_rt_dict_lookup", keyArgs(table, key, keyType));
  }
  /// Dict.c's hashKey of a key of integer words: a scalar is its own hash;
  /// a tuple's fields are mixed (splitmix64's finaliser) and combined as
  /// CPython's tuple hash (xxHash's round).
  Value hashIntegerWords(ArrayRef<Value> words) {
    if (words.size() == 1)
      return words[0];
    auto c = [&](uint64_t v) { return constI64(b, loc, int64_t(v)); };
    auto xorShift = [&](Value x, uint64_t shift) -> Value {
      return arith::XOrIOp::create(b, loc, x,
                                   arith::ShRUIOp::create(b, loc, x, c(shift)));
    };
    auto mul = [&](Value x, uint64_t factor) -> Value {
      return arith::MulIOp::create(b, loc, x, c(factor));
    };
    const uint64_t prime1 = 11400714785074694791ULL,
                   prime2 = 14029467366897019727ULL,
                   prime5 = 2870177450012600261ULL;
    Value acc = c(prime5);
    for (Value word : words) {
      Value mixed = xorShift(mul(xorShift(mul(xorShift(word, 30),
                                              0xbf58476d1ce4e5b9ULL),
                                          27),
                                 0x94d049bb133111ebULL),
                             31);
      acc = arith::AddIOp::create(b, loc, acc, mul(mixed, prime2));
      acc = arith::OrIOp::create(b, loc,
                                 arith::ShLIOp::create(b, loc, acc, c(31)),
                                 arith::ShRUIOp::create(b, loc, acc, c(33)));
      acc = mul(acc, prime1);
    }
    return arith::AddIOp::create(b, loc, acc,
                                 c(uint64_t(words.size()) ^ (prime5 ^ 3527539ULL)));
  }
  /// nbc_rt_dict_lookup of a key of integer words (`keyWords`) as a loop in
  /// the kernel: Dict.c's hash and probe, CPython's sequence of slots. The
  /// loop inlines, so independent lookups (`x in s` over an array) overlap.
  Value probeIntegerKey(Value table, ArrayRef<Value> keyWords,
                        int64_t entryWords) {
    Type i64 = b.getI64Type();
    auto c = [&](int64_t v) { return constI64(b, loc, v); };
    auto add = [&](Value x, Value y) -> Value {
      return arith::AddIOp::create(b, loc, x, y);
    };
    auto cmp = [&](arith::CmpIPredicate p, Value x, Value y) -> Value {
      return arith::CmpIOp::create(b, loc, p, x, y);
    };
    auto select = [&](Value cond, Value x, Value y) -> Value {
      return arith::SelectOp::create(b, loc, cond, x, y);
    };
    using P = arith::CmpIPredicate;
    Value tableWords = words(table);
    Value capacity = loadWord(tableWords, kCapacityWord);
    Value mask = arith::SubIOp::create(b, loc, capacity, c(1));
    Value entries = add(capacity, c(kTableHeaderWords));
    Value hash = hashIntegerWords(keyWords);
    Value first = arith::AndIOp::create(b, loc, hash, mask);
    // (slot, perturbation, first deleted slot or -1) -> the same and the
    // slot's entry (-1 empty, -2 deleted) where the probe stopped.
    auto loop = scf::WhileOp::create(
        b, loc, TypeRange{i64, i64, i64, i64}, ValueRange{first, hash, c(-1)},
        [&](OpBuilder &, Location, ValueRange args) {
          Value slot = args[0], freeSlot = args[2];
          Value at = loadWord(tableWords, add(slot, c(kTableHeaderWords)));
          Value live = cmp(P::sge, at, c(0));
          // A slot without an entry reads entry 0's key (the table has
          // room for 5), then drops it.
          Value entry =
              add(entries, arith::MulIOp::create(
                               b, loc, select(live, at, c(0)), c(entryWords)));
          Value found = live;
          for (auto [k, word] : llvm::enumerate(keyWords))
            found = arith::AndIOp::create(
                b, loc, found,
                cmp(P::eq, loadWord(tableWords, add(entry, c(k))), word));
          Value stop =
              arith::OrIOp::create(b, loc, found, cmp(P::eq, at, c(-1)));
          Value firstDeleted =
              arith::AndIOp::create(b, loc, cmp(P::eq, at, c(-2)),
                                    cmp(P::slt, freeSlot, c(0)));
          Value more = arith::XOrIOp::create(
              b, loc, stop, arith::ConstantIntOp::create(b, loc, 1, 1));
          scf::ConditionOp::create(
              b, loc, more,
              ValueRange{slot, args[1], select(firstDeleted, slot, freeSlot),
                         at});
        },
        [&](OpBuilder &, Location, ValueRange args) {
          Value perturb = arith::ShRUIOp::create(b, loc, args[1], c(5));
          Value next = add(
              add(arith::MulIOp::create(b, loc, args[0], c(5)), perturb), c(1));
          scf::YieldOp::create(
              b, loc,
              ValueRange{arith::AndIOp::create(b, loc, next, mask), perturb,
                         args[2]});
        });
    Value slot = loop.getResult(0), freeSlot = loop.getResult(2);
    Value at = loop.getResult(3);
    Value insertAt =
        select(cmp(P::sge, freeSlot, c(0)), freeSlot, slot);
    return select(cmp(P::sge, at, c(0)), at,
                  arith::SubIOp::create(b, loc, c(-1), insertAt));
  }
  /// Calls `name(args...)`, which removes `key` and returns whether it was
  /// there (i64); that as an i1, after `KeyError` when `required` and it
  /// was not.
  FailureOr<Value> remove(StringRef name, ValueRange args, Value key,
                          Type keyType, bool required) {
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
  Value isPresent(Value entry) {
    return arith::CmpIOp::create(b, loc, arith::CmpIPredicate::sge, entry,
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
