//===- ArrayListToMemRef.cpp - nbc lists of arrays to memref --------------===//
//
// !nbc.list<memref<?x..xT>> -> memref<?xi8> that owns copies of its items:
//   bytes 0..32   i64 words: length, slot capacity, data bytes used, 0
//   bytes 32..    one slot per item: the data's byte offset, then its sizes
//                 (rank + 1 i64 words)
//   from D        the items' data, each 16-byte aligned, where
//                 D = align16(32 + capacity * slot bytes); the data room is
//                 the buffer's size - D
// nbc.list_append -> grow when the slots or the data room are short (twice
//                    of each, a new buffer, header, slots and data copied),
//                    then the item copied to the end of the data
// nbc.list_get    -> a memref.view of the item (writes through it change it)
// nbc.list_set    -> the copy over the old item's data when it fits there,
//                    else at the end (growing as an append)
// nbc.list_pop    -> a new array (a copy); the room at the end is reused
//
// One buffer holds everything, so the ownership-based buffer deallocation
// frees a list of arrays as it frees arrays and lists of scalars: no item
// is freed while its list is reachable (views of items alias the buffer)
// and nothing outlives it.
//
//===----------------------------------------------------------------------===//

#include "ArrayLowering.h"
#include "nbc/Conversion/NBCToCore/NBCToCore.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/MemRef/IR/MemRef.h"
#include "mlir/Dialect/SCF/IR/SCF.h"

using namespace mlir;
using namespace mlir::nbc;
using namespace mlir::nbc::arrays;

static constexpr int64_t kHeaderWords = 4;
static constexpr int64_t kMinSlots = 8;
/// The least data room a growing list gets (bytes).
static constexpr int64_t kMinData = 256;

namespace {
/// The lowered view of one list-of-arrays buffer.
struct ArrayList {
  OpBuilder &b;
  Location loc;
  Value buffer;        // memref<?xi8>
  MemRefType itemType; // converted: memref<?x..xT>

  int64_t rank() const { return itemType.getRank(); }
  int64_t slotWords() const { return rank() + 1; }

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
    return align16(mul(add(i64(kHeaderWords), mul(slots, i64(slotWords()))),
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
} // namespace

/// A new buffer of `slots` slots and `data` bytes of data room, holding no
/// item.
static Value allocArrayList(OpBuilder &b, Location loc, MemRefType itemType,
                            Value slots, Value data) {
  ArrayList probe{b, loc, Value(), itemType};
  Value bytes = probe.add(probe.dataStart(slots), data);
  auto type = MemRefType::get({ShapedType::kDynamic}, b.getI8Type());
  Value buffer = allocArray(b, loc, type, {toIndex(b, loc, bytes)});
  ArrayList list{b, loc, buffer, itemType};
  Value header = list.words(list.i64(kHeaderWords));
  for (int64_t w = 0; w < kHeaderWords; ++w)
    memref::StoreOp::create(b, loc, w == 1 ? slots : list.i64(0), header,
                            ValueRange{constIndex(b, loc, w)});
  return buffer;
}

/// `list`, or a bigger copy of it when it lacks a free slot (`newSlot`) or
/// `need` bytes of data room.
static Value reserve(OpBuilder &b, Location loc, ArrayList &list, bool newSlot,
                     Value need) {
  Value length = list.length(), slots = list.slots(), used = list.used();
  Value room = list.sub(list.sub(list.size(), list.dataStart(slots)), used);
  Value short_ = arith::CmpIOp::create(b, loc, arith::CmpIPredicate::sgt, need,
                                       room);
  Value slotsFull;
  if (newSlot) {
    slotsFull = arith::CmpIOp::create(b, loc, arith::CmpIPredicate::sge,
                                      length, slots);
    short_ = arith::OrIOp::create(b, loc, short_, slotsFull);
  }
  auto grow = scf::IfOp::create(b, loc, list.buffer.getType(), short_,
                                /*withElseRegion=*/true);
  OpBuilder::InsertionGuard guard(b);
  b.setInsertionPointToStart(&grow.getThenRegion().front());
  Value newSlots = slots;
  if (newSlot)
    newSlots = arith::SelectOp::create(
        b, loc, slotsFull,
        arith::MaxSIOp::create(b, loc, list.mul(slots, list.i64(2)),
                               list.i64(kMinSlots)),
        slots);
  Value dataRoom = list.sub(list.size(), list.dataStart(slots));
  Value newData = arith::MaxSIOp::create(
      b, loc,
      arith::MaxSIOp::create(b, loc, list.mul(dataRoom, list.i64(2)),
                             list.add(used, need)),
      list.i64(kMinData));
  Value grown = allocArrayList(b, loc, list.itemType, newSlots, newData);
  ArrayList to{b, loc, grown, list.itemType};
  // Header and slots, then the data; the slot capacity is the new one.
  Value words = list.slot(length);
  memref::CopyOp::create(b, loc, list.words(words), to.words(words));
  to.store(newSlots, list.i64(1));
  memref::CopyOp::create(b, loc, list.bytes(list.dataStart(slots), used),
                         to.bytes(to.dataStart(newSlots), used));
  scf::YieldOp::create(b, loc, grown);
  b.setInsertionPointToStart(&grow.getElseRegion().front());
  scf::YieldOp::create(b, loc, list.buffer);
  return grow.getResult(0);
}

static MemRefType itemTypeOf(const TypeConverter *converter, Type listType) {
  return dyn_cast_or_null<MemRefType>(
      converter->convertType(cast<ListType>(listType).getElementType()));
}

namespace {
template <typename OpTy>
struct ArrayListPattern : public OpConversionPattern<OpTy> {
  // Above the lists of scalars' patterns, which refuse these lists too.
  ArrayListPattern(const TypeConverter &converter, MLIRContext *ctx)
      : OpConversionPattern<OpTy>(converter, ctx, /*benefit=*/2) {}
  MemRefType itemType(Type listType) const {
    if (!isa<MemRefType>(cast<ListType>(listType).getElementType()))
      return {};
    return itemTypeOf(this->getTypeConverter(), listType);
  }
};

struct NewLowering : public ArrayListPattern<ListNewOp> {
  using ArrayListPattern::ArrayListPattern;
  LogicalResult
  matchAndRewrite(ListNewOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    MemRefType item = itemType(op.getType());
    if (!item)
      return failure();
    Location loc = op.getLoc();
    // The capacity hint is for slots; data room comes with the appends.
    Value slots = constI64(rewriter, loc, kMinSlots);
    if (Value hint = adaptor.getCapacity()) {
      hint = toI64(rewriter, loc, hint, op.getCapacity().getType());
      slots = arith::MinSIOp::create(
          rewriter, loc,
          arith::MaxSIOp::create(rewriter, loc, hint, constI64(rewriter, loc, 1)),
          constI64(rewriter, loc, int64_t(1) << 24));
    }
    rewriter.replaceOp(op, allocArrayList(rewriter, loc, item, slots,
                                          constI64(rewriter, loc, kMinData)));
    return success();
  }
};

struct AppendLowering : public ArrayListPattern<ListAppendOp> {
  using ArrayListPattern::ArrayListPattern;
  LogicalResult
  matchAndRewrite(ListAppendOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    MemRefType item = itemType(op.getType());
    if (!item)
      return failure();
    Location loc = op.getLoc();
    ArrayList list{rewriter, loc, adaptor.getList(), item};
    SmallVector<Value> sizes = dimsI64(rewriter, loc, adaptor.getValue());
    Value need = list.itemBytes(sizes);
    ArrayList to{rewriter, loc, reserve(rewriter, loc, list, true, need), item};
    Value length = to.length(), used = to.used();
    to.put(length, used, sizes, adaptor.getValue());
    to.store(to.add(used, need), to.i64(2));
    to.store(to.add(length, to.i64(1)), to.i64(0));
    rewriter.replaceOp(op, to.buffer);
    return success();
  }
};

struct LenLowering : public ArrayListPattern<ListLenOp> {
  using ArrayListPattern::ArrayListPattern;
  LogicalResult
  matchAndRewrite(ListLenOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    MemRefType item = itemType(op.getList().getType());
    if (!item)
      return failure();
    ArrayList list{rewriter, op.getLoc(), adaptor.getList(), item};
    rewriter.replaceOp(op, list.length());
    return success();
  }
};

struct GetLowering : public ArrayListPattern<ListGetOp> {
  using ArrayListPattern::ArrayListPattern;
  LogicalResult
  matchAndRewrite(ListGetOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    MemRefType item = itemType(op.getList().getType());
    if (!item)
      return failure();
    Location loc = op.getLoc();
    ArrayList list{rewriter, loc, adaptor.getList(), item};
    Value i = checkedListPosition(rewriter, loc, adaptor.getIndex(),
                                  op.getIndex().getType(), list.length(),
                                  "list index out of range");
    rewriter.replaceOp(op, list.item(i));
    return success();
  }
};

struct SetLowering : public ArrayListPattern<ListSetOp> {
  using ArrayListPattern::ArrayListPattern;
  LogicalResult
  matchAndRewrite(ListSetOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    MemRefType item = itemType(op.getList().getType());
    if (!item)
      return failure();
    Location loc = op.getLoc();
    ArrayList list{rewriter, loc, adaptor.getList(), item};
    Value i = checkedListPosition(rewriter, loc, adaptor.getIndex(),
                                  op.getIndex().getType(), list.length(),
                                  "list assignment index out of range");
    Value value = adaptor.getValue();
    SmallVector<Value> sizes = dimsI64(rewriter, loc, value);
    Value need = list.itemBytes(sizes);
    Value had = list.itemBytes(list.sizesOf(i));
    Value fits = arith::CmpIOp::create(rewriter, loc, arith::CmpIPredicate::sle,
                                       need, had);
    auto set = scf::IfOp::create(rewriter, loc, list.buffer.getType(), fits,
                                 /*withElseRegion=*/true);
    {
      OpBuilder::InsertionGuard guard(rewriter);
      rewriter.setInsertionPointToStart(&set.getThenRegion().front());
      list.put(i, list.load(list.slot(i)), sizes, value);
      scf::YieldOp::create(rewriter, loc, list.buffer);
      // Else at the end of the data (the old room is left unused).
      rewriter.setInsertionPointToStart(&set.getElseRegion().front());
      ArrayList to{rewriter, loc, reserve(rewriter, loc, list, false, need),
                   item};
      Value used = to.used();
      to.put(i, used, sizes, value);
      to.store(to.add(used, need), to.i64(2));
      scf::YieldOp::create(rewriter, loc, to.buffer);
    }
    rewriter.replaceOp(op, set.getResult(0));
    return success();
  }
};

struct PopLowering : public ArrayListPattern<ListPopOp> {
  using ArrayListPattern::ArrayListPattern;
  LogicalResult
  matchAndRewrite(ListPopOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    MemRefType item = itemType(op.getList().getType());
    if (!item)
      return failure();
    Location loc = op.getLoc();
    ArrayList list{rewriter, loc, adaptor.getList(), item};
    Value length = list.length();
    Value empty = arith::CmpIOp::create(rewriter, loc, arith::CmpIPredicate::sle,
                                        length, list.i64(0));
    raiseIf(rewriter, loc, empty, ExceptionKind::IndexError,
            "pop from empty list");
    Value last = list.sub(length, list.i64(1));
    SmallVector<Value> sizes = list.sizesOf(last);
    SmallVector<Value> dims;
    for (Value s : sizes)
      dims.push_back(toIndex(rewriter, loc, s));
    Value copy = allocArray(rewriter, loc, item, dims);
    memref::CopyOp::create(rewriter, loc, list.item(last), copy);
    // The popped data's room is free when it ends the data.
    Value offset = list.load(list.slot(last));
    Value end = list.add(offset, list.itemBytes(sizes));
    Value atEnd = arith::CmpIOp::create(rewriter, loc, arith::CmpIPredicate::eq,
                                        end, list.used());
    list.store(arith::SelectOp::create(rewriter, loc, atEnd, offset, list.used()),
               list.i64(2));
    list.store(last, list.i64(0));
    rewriter.replaceOp(op, copy);
    return success();
  }
};
} // namespace

void arrays::populateArrayListPatterns(const TypeConverter &converter,
                                       RewritePatternSet &patterns) {
  patterns.add<NewLowering, AppendLowering, LenLowering, GetLowering,
               SetLowering, PopLowering>(converter, patterns.getContext());
}
