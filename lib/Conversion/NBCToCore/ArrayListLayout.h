//===- ArrayListLayout.h - the buffer of a list (or dict) of arrays -*- C++ -*-===//
//
// The lowered layout of !nbc.list<memref<...>> (ArrayListToMemRef.cpp),
// shared with !nbc.dict<K, memref<...>> (ArrayDictToMemRef.cpp), whose
// slots carry one more word, the key's bits.
//
//===----------------------------------------------------------------------===//

#ifndef NBC_LIB_CONVERSION_NBCTOCORE_ARRAYLISTLAYOUT_H
#define NBC_LIB_CONVERSION_NBCTOCORE_ARRAYLISTLAYOUT_H

#include "ArrayLowering.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/MemRef/IR/MemRef.h"

namespace mlir::nbc::arrays {

inline constexpr int64_t kHeaderWords = 4;
inline constexpr int64_t kMinSlots = 8;
/// The least data room a growing list gets (bytes).
inline constexpr int64_t kMinData = 256;

/// The lowered view of one list-of-arrays buffer.
struct ArrayList {
  OpBuilder &b;
  Location loc;
  Value buffer;        // memref<?xi8>
  MemRefType itemType; // converted: memref<?x..xT>
  /// Words a slot has after the offset and sizes (a dict's key: 1).
  int64_t extraWords = 0;
  /// Words per slot of room after the slots (a dict's hash index: 2).
  int64_t indexWords = 0;

  int64_t rank() const { return itemType.getRank(); }
  int64_t slotWords() const { return rank() + 1 + extraWords; }
  /// The same layout in `other` buffer.
  ArrayList in(Value other) const {
    ArrayList copy = *this;
    copy.buffer = other;
    return copy;
  }

  Value i64(int64_t v) { return constI64(b, loc, v); }
  Value add(Value x, Value y) { return arith::AddIOp::create(b, loc, x, y); }
  Value mul(Value x, Value y) { return arith::MulIOp::create(b, loc, x, y); }
  Value sub(Value x, Value y) { return arith::SubIOp::create(b, loc, x, y); }
  Value align16(Value bytes) {
    Value up = add(bytes, i64(15));
    return arith::AndIOp::create(b, loc, up, i64(~int64_t(15)));
  }

  Value size() {
    return indexToI64(b, loc, memref::DimOp::create(b, loc, buffer, 0));
  }
  /// The first `count` (i64) words of the buffer.
  Value words(Value count) {
    auto type = MemRefType::get({ShapedType::kDynamic}, b.getI64Type());
    return memref::ViewOp::create(b, loc, type, buffer, constIndex(b, loc, 0),
                                  ValueRange{toIndex(b, loc, count)});
  }
  Value allWords() {
    return words(arith::DivUIOp::create(b, loc, size(), i64(8)));
  }
  Value load(Value word) {
    return memref::LoadOp::create(b, loc, allWords(),
                                  ValueRange{toIndex(b, loc, word)});
  }
  void store(Value value, Value word) {
    memref::StoreOp::create(b, loc, value, allWords(),
                            ValueRange{toIndex(b, loc, word)});
  }
  Value length() { return load(i64(0)); }
  Value slots() { return load(i64(1)); }
  Value used() { return load(i64(2)); }
  /// The first word of item `i`'s slot.
  Value slot(Value i) { return add(i64(kHeaderWords), mul(i, i64(slotWords()))); }
  /// Where the data starts in a buffer of `slots` slots (bytes).
  Value dataStart(Value slots) {
    return align16(mul(
        add(i64(kHeaderWords), mul(slots, i64(slotWords() + indexWords))),
        i64(8)));
  }
  /// Bytes of an item of `sizes` (i64), 16-byte aligned.
  Value itemBytes(ArrayRef<Value> sizes) {
    Value count = i64(getElementBytes(itemType));
    for (Value s : sizes)
      count = mul(count, s);
    return align16(count);
  }
  SmallVector<Value> sizesOf(Value i) {
    SmallVector<Value> sizes;
    Value first = slot(i);
    for (int64_t d = 0; d < rank(); ++d)
      sizes.push_back(load(add(first, i64(d + 1))));
    return sizes;
  }
  /// `sizes` (i64) of data at byte `at` as an item.
  Value view(Value at, ArrayRef<Value> sizes) {
    SmallVector<Value> dims;
    for (Value s : sizes)
      dims.push_back(toIndex(b, loc, s));
    return memref::ViewOp::create(b, loc, itemType, buffer,
                                  toIndex(b, loc, at), dims);
  }
  /// `bytes` bytes at byte `at`.
  Value bytes(Value at, Value count) {
    auto type = MemRefType::get({ShapedType::kDynamic}, b.getI8Type());
    return memref::ViewOp::create(b, loc, type, buffer, toIndex(b, loc, at),
                                  ValueRange{toIndex(b, loc, count)});
  }
  /// Item `i` as a view of the buffer.
  Value item(Value i) {
    Value offset = load(slot(i));
    return view(add(dataStart(slots()), offset), sizesOf(i));
  }
  /// Writes item `i`'s slot and copies `value` to data offset `offset`.
  void put(Value i, Value offset, ArrayRef<Value> sizes, Value value) {
    Value first = slot(i);
    store(offset, first);
    for (int64_t d = 0; d < rank(); ++d)
      store(sizes[d], add(first, i64(d + 1)));
    memref::CopyOp::create(b, loc, value,
                           view(add(dataStart(slots()), offset), sizes));
  }
};

/// A new buffer of `slots` slots (of `shape`'s width) and `data` bytes of
/// data room, holding no item.
Value allocArrayList(OpBuilder &b, Location loc, const ArrayList &shape,
                     Value slots, Value data);
/// `list` with `value` copied in as a new last item (it may move: the
/// result is the buffer from now on).
Value appendArrayItem(OpBuilder &b, Location loc, ArrayList &list,
                      Value value);
/// `list` with `value` copied in as item `i` (over the old item's data when
/// it fits, else at the end; the result is the buffer from now on).
Value setArrayItem(OpBuilder &b, Location loc, ArrayList &list, Value i,
                   Value value);

/// Dicts of arrays (ArrayDictToMemRef.cpp), tried before the dicts of
/// scalars' patterns.
void populateArrayDictPatterns(const TypeConverter &converter,
                               RewritePatternSet &patterns);

} // namespace mlir::nbc::arrays

#endif // NBC_LIB_CONVERSION_NBCTOCORE_ARRAYLISTLAYOUT_H
