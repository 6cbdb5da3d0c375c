//===- ArrayListToMemRef.cpp - nbc lists of arrays to memref --------------===//
//
// !nbc.list<memref<?x..xT>> -> memref<?xi8> that owns copies of its items:
//   bytes 0..32   i64 words: length, slot capacity, data bytes used, 0 (a
//                 dict's: the slots its hash index covers)
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

#include "ArrayListLayout.h"
#include "nbc/Conversion/NBCToCore/NBCToCore.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/MemRef/IR/MemRef.h"
#include "mlir/Dialect/SCF/IR/SCF.h"

using namespace mlir;
using namespace mlir::nbc;
using namespace mlir::nbc::arrays;

Value arrays::allocArrayList(OpBuilder &b, Location loc,
                             const ArrayList &shape, Value slots, Value data) {
  ArrayList probe = shape.in(Value());
  Value bytes = probe.add(probe.dataStart(slots), data);
  auto type = MemRefType::get({ShapedType::kDynamic}, b.getI8Type());
  Value buffer = allocArray(b, loc, type, {toIndex(b, loc, bytes)});
  ArrayList list = shape.in(buffer);
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
  Value grown = allocArrayList(b, loc, list, newSlots, newData);
  ArrayList to = list.in(grown);
  // Header and slots, then the data; the slot capacity is the new one, and
  // a dict's hash index (Dict.c) is rebuilt from the slots (word 3: the
  // slots it covers, 0 for lists).
  Value words = list.slot(length);
  memref::CopyOp::create(b, loc, list.words(words), to.words(words));
  to.store(newSlots, list.i64(1));
  to.store(list.i64(0), list.i64(3));
  memref::CopyOp::create(b, loc, list.bytes(list.dataStart(slots), used),
                         to.bytes(to.dataStart(newSlots), used));
  scf::YieldOp::create(b, loc, grown);
  b.setInsertionPointToStart(&grow.getElseRegion().front());
  scf::YieldOp::create(b, loc, list.buffer);
  return grow.getResult(0);
}

Value arrays::appendArrayItem(OpBuilder &b, Location loc, ArrayList &list,
                              Value value) {
  SmallVector<Value> sizes = dimsI64(b, loc, value);
  Value need = list.itemBytes(sizes);
  ArrayList to = list.in(reserve(b, loc, list, true, need));
  Value length = to.length(), used = to.used();
  to.put(length, used, sizes, value);
  to.store(to.add(used, need), to.i64(2));
  to.store(to.add(length, to.i64(1)), to.i64(0));
  return to.buffer;
}

/// The address of `memref`'s first element, as an index.
static Value alignedAddress(OpBuilder &b, Location loc, Value memref) {
  return memref::ExtractAlignedPointerAsIndexOp::create(b, loc, memref);
}

Value arrays::setArrayItem(OpBuilder &b, Location loc, ArrayList &list,
                           Value i, Value value) {
  SmallVector<Value> sizes = dimsI64(b, loc, value);
  Value need = list.itemBytes(sizes);
  Value had = list.itemBytes(list.sizesOf(i));
  Value fits =
      arith::CmpIOp::create(b, loc, arith::CmpIPredicate::sle, need, had);
  auto set = scf::IfOp::create(b, loc, list.buffer.getType(), fits,
                               /*withElseRegion=*/true);
  OpBuilder::InsertionGuard guard(b);
  b.setInsertionPointToStart(&set.getThenRegion().front());
  // `value` may be the item itself, changed in place (an inner list
  // appended to without growing): no copy then, so such appends stay O(1).
  Value at = list.load(list.slot(i));
  Value itself = arith::CmpIOp::create(
      b, loc, arith::CmpIPredicate::eq, alignedAddress(b, loc, value),
      alignedAddress(b, loc, list.view(list.add(list.dataStart(list.slots()), at),
                                       sizes)));
  auto copy = scf::IfOp::create(b, loc, TypeRange{}, itself,
                                /*withElseRegion=*/true);
  b.setInsertionPointToStart(&copy.getElseRegion().front());
  list.put(i, at, sizes, value);
  b.setInsertionPointAfter(copy);
  scf::YieldOp::create(b, loc, list.buffer);
  // Else at the end of the data (the old room is left unused).
  b.setInsertionPointToStart(&set.getElseRegion().front());
  ArrayList to = list.in(reserve(b, loc, list, false, need));
  Value used = to.used();
  to.put(i, used, sizes, value);
  to.store(to.add(used, need), to.i64(2));
  scf::YieldOp::create(b, loc, to.buffer);
  return set.getResult(0);
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
  // A list of lists is one too: its items are the inner lists' buffers.
  MemRefType itemType(Type listType) const {
    if (!isa<MemRefType, ListType>(cast<ListType>(listType).getElementType()))
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
    ArrayList shape{rewriter, loc, Value(), item};
    rewriter.replaceOp(op, allocArrayList(rewriter, loc, shape, slots,
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
    rewriter.replaceOp(op,
                       appendArrayItem(rewriter, loc, list, adaptor.getValue()));
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
    rewriter.replaceOp(op, setArrayItem(rewriter, loc, list, i,
                                        adaptor.getValue()));
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
