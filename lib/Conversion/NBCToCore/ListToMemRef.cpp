//===- ListToMemRef.cpp - nbc list ops to memref --------------------------===//
//
// !nbc.list<T>      -> memref<?xi8>: the length (i64) in bytes 0..8, the
//                      items (memref.view as memref<?xT>) from byte 16;
//                      the capacity is (size - 16) / sizeof(T)
// nbc.list_new      -> memref.alloc (allocArray: MemoryError when refused)
// nbc.list_append   -> scf.if full { alloc twice the capacity; memref.copy }
//                      then a store and the new length
// nbc.list_get/set  -> memref.load/store after Python index wraparound and
//                      the IndexError check
// nbc.list_pop      -> IndexError when empty, else the last item and len-1
// nbc.list_to_array -> memref.alloc of the length + memref.copy
// nbc.list_from_buffer, nbc.list_buffer -> the buffer itself
//
// !nbc.list<tuple<...>> holds records of one 64-bit word a field (ints
// zero-extended, f32 as its bits, f64 as its bits), viewed as
// memref<?xKxi64>; a tuple value is an !llvm.struct of its fields, built
// by nbc.make_tuple (llvm.insertvalue), read by nbc.tuple_get
// (llvm.extractvalue). Words keep every field aligned and let a caller
// read the records back with one view.
//
// The header and item views carry kListLengthAttr/kListItemsAttr for
// forwardListLengths (ListLengths.cpp), which keeps the lengths of lists
// grown in loops in registers.
//
// Buffers are ordinary memref.allocs: the ownership-based buffer
// deallocation frees them as it frees arrays (old buffers after a growth
// too), on the raising paths as well.
//
//===----------------------------------------------------------------------===//

#include "ArrayLowering.h"
#include "nbc/Conversion/NBCToCore/NBCToCore.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/LLVMIR/LLVMDialect.h"
#include "mlir/Dialect/MemRef/IR/MemRef.h"
#include "mlir/Dialect/SCF/IR/SCF.h"

using namespace mlir;
using namespace mlir::nbc;
using namespace mlir::nbc::arrays;

/// Bytes before the first item: the length, then padding that keeps the
/// items 16-byte aligned.
static constexpr int64_t kHeaderBytes = 16;
/// The capacity of a list built without a hint, and the least one a
/// growing list gets.
static constexpr int64_t kMinCapacity = 8;
/// Capacity hints above this are clamped (a hint, not a promise).
static constexpr int64_t kMaxCapacityHint = int64_t(1) << 32;

namespace {
/// The lowered view of one list buffer.
struct ListBuffer {
  OpBuilder &b;
  Location loc;
  Value buffer;     // memref<?xi8>
  Type elementType; // converted (signless), a struct for a tuple

  /// The fields of a tuple item (a record of words), null for a scalar.
  LLVM::LLVMStructType record() const {
    return dyn_cast<LLVM::LLVMStructType>(elementType);
  }
  int64_t itemBytes() const {
    if (auto fields = record())
      return 8 * int64_t(fields.getBody().size());
    return std::max<int64_t>(1,
                             (elementType.getIntOrFloatBitWidth() + 7) / 8);
  }
  Value lengthCell() {
    auto type = MemRefType::get({1}, b.getI64Type());
    auto view = memref::ViewOp::create(b, loc, type, buffer,
                                       constIndex(b, loc, 0), ValueRange{});
    view->setAttr(kListLengthAttr, b.getUnitAttr());
    return view;
  }
  Value length() {
    return memref::LoadOp::create(b, loc, lengthCell(),
                                  ValueRange{constIndex(b, loc, 0)});
  }
  void setLength(Value length) {
    memref::StoreOp::create(b, loc, length, lengthCell(),
                            ValueRange{constIndex(b, loc, 0)});
  }
  Value capacity() {
    Value bytes = indexToI64(b, loc, memref::DimOp::create(b, loc, buffer, 0));
    Value room = arith::SubIOp::create(b, loc, bytes,
                                       constI64(b, loc, kHeaderBytes));
    // A buffer has at least its header: unsigned division, a shift.
    return arith::DivUIOp::create(b, loc, room, constI64(b, loc, itemBytes()));
  }
  /// The first `count` (i64) items as a memref<?xT> (records of K words:
  /// memref<?xKxi64>).
  Value items(Value count) {
    auto type = MemRefType::get({ShapedType::kDynamic}, elementType);
    if (auto fields = record())
      type = MemRefType::get(
          {ShapedType::kDynamic, int64_t(fields.getBody().size())},
          b.getI64Type());
    auto view = memref::ViewOp::create(b, loc, type, buffer,
                                       constIndex(b, loc, kHeaderBytes),
                                       ValueRange{toIndex(b, loc, count)});
    view->setAttr(kListItemsAttr, b.getUnitAttr());
    return view;
  }
  /// Item `i` (an index) of the view `items`.
  Value load(Value items, Value i) {
    auto fields = record();
    if (!fields)
      return memref::LoadOp::create(b, loc, items, ValueRange{i});
    Value tuple = LLVM::PoisonOp::create(b, loc, fields);
    for (auto [k, type] : llvm::enumerate(fields.getBody())) {
      Value word = memref::LoadOp::create(
          b, loc, items, ValueRange{i, constIndex(b, loc, k)});
      tuple = LLVM::InsertValueOp::create(b, loc, tuple, fromWord(word, type),
                                          ArrayRef<int64_t>{int64_t(k)});
    }
    return tuple;
  }
  /// Stores `value` as item `i` (an index) of the view `items`.
  void store(Value value, Value items, Value i) {
    auto fields = record();
    if (!fields) {
      memref::StoreOp::create(b, loc, value, items, ValueRange{i});
      return;
    }
    for (auto [k, type] : llvm::enumerate(fields.getBody())) {
      Value field = LLVM::ExtractValueOp::create(b, loc, value,
                                                 ArrayRef<int64_t>{int64_t(k)});
      memref::StoreOp::create(b, loc, toWord(field), items,
                              ValueRange{i, constIndex(b, loc, k)});
    }
  }

private:
  /// A field as its record word: an int zero-extended, a float's bits.
  Value toWord(Value field) {
    Type i64 = b.getI64Type();
    Type type = field.getType();
    if (auto floatType = dyn_cast<FloatType>(type)) {
      type = b.getIntegerType(floatType.getWidth());
      field = arith::BitcastOp::create(b, loc, type, field);
    }
    if (type == i64)
      return field;
    return arith::ExtUIOp::create(b, loc, i64, field);
  }
  Value fromWord(Value word, Type type) {
    auto floatType = dyn_cast<FloatType>(type);
    Type bits = floatType ? b.getIntegerType(floatType.getWidth()) : type;
    if (bits != word.getType())
      word = arith::TruncIOp::create(b, loc, bits, word);
    if (floatType)
      word = arith::BitcastOp::create(b, loc, type, word);
    return word;
  }
};
} // namespace

/// A new empty buffer for `capacity` (i64, >= 0) items of `elementType`.
static Value allocList(OpBuilder &b, Location loc, Type elementType,
                       Value capacity) {
  ListBuffer probe{b, loc, Value(), elementType};
  Value bytes = arith::AddIOp::create(
      b, loc, constI64(b, loc, kHeaderBytes),
      arith::MulIOp::create(b, loc, capacity,
                            constI64(b, loc, probe.itemBytes())));
  auto type = MemRefType::get({ShapedType::kDynamic}, b.getI8Type());
  Value buffer = allocArray(b, loc, type, {toIndex(b, loc, bytes)});
  ListBuffer{b, loc, buffer, elementType}.setLength(constI64(b, loc, 0));
  return buffer;
}

static Type convertedElement(const TypeConverter *converter, Type listType) {
  return converter->convertType(cast<ListType>(listType).getElementType());
}

Value arrays::checkedListPosition(OpBuilder &b, Location loc, Value index,
                                  Type indexType, Value length,
                                  StringRef message) {
  Value oob;
  Value i = pythonIndex(b, loc, toI64(b, loc, index, indexType), length,
                        /*wrap=*/true, indexType.isUnsignedInteger(), oob);
  raiseIf(b, loc, oob, ExceptionKind::IndexError, message);
  return i;
}

/// checkedListPosition as an index.
static Value checkedIndex(OpBuilder &b, Location loc, Value index,
                          Type indexType, Value length, StringRef message) {
  return toIndex(b, loc,
                 checkedListPosition(b, loc, index, indexType, length, message));
}

namespace {
struct ListNewLowering : public OpConversionPattern<ListNewOp> {
  using OpConversionPattern::OpConversionPattern;
  LogicalResult
  matchAndRewrite(ListNewOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    Location loc = op.getLoc();
    Value capacity = constI64(rewriter, loc, kMinCapacity);
    if (Value hint = adaptor.getCapacity()) {
      hint = toI64(rewriter, loc, hint, op.getCapacity().getType());
      hint = arith::MaxSIOp::create(rewriter, loc, hint,
                                    constI64(rewriter, loc, 0));
      capacity = arith::MinSIOp::create(rewriter, loc, hint,
                                        constI64(rewriter, loc, kMaxCapacityHint));
    }
    rewriter.replaceOp(
        op, allocList(rewriter, loc,
                      convertedElement(getTypeConverter(), op.getType()),
                      capacity));
    return success();
  }
};

struct ListAppendLowering : public OpConversionPattern<ListAppendOp> {
  using OpConversionPattern::OpConversionPattern;
  LogicalResult
  matchAndRewrite(ListAppendOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    Location loc = op.getLoc();
    Type element = convertedElement(getTypeConverter(), op.getType());
    ListBuffer list{rewriter, loc, adaptor.getList(), element};
    Value length = list.length();
    Value capacity = list.capacity();
    Value full = arith::CmpIOp::create(rewriter, loc, arith::CmpIPredicate::sge,
                                       length, capacity);
    auto grow = scf::IfOp::create(rewriter, loc, list.buffer.getType(), full,
                                  /*withElseRegion=*/true);
    {
      OpBuilder::InsertionGuard guard(rewriter);
      rewriter.setInsertionPointToStart(&grow.getThenRegion().front());
      Value doubled = arith::MulIOp::create(rewriter, loc, capacity,
                                            constI64(rewriter, loc, 2));
      Value newCapacity = arith::MaxSIOp::create(
          rewriter, loc, doubled, constI64(rewriter, loc, kMinCapacity));
      Value grown = allocList(rewriter, loc, element, newCapacity);
      ListBuffer to{rewriter, loc, grown, element};
      memref::CopyOp::create(rewriter, loc, list.items(length),
                             to.items(length));
      scf::YieldOp::create(rewriter, loc, grown);
      rewriter.setInsertionPointToStart(&grow.getElseRegion().front());
      scf::YieldOp::create(rewriter, loc, list.buffer);
    }
    ListBuffer result{rewriter, loc, grow.getResult(0), element};
    // The items up to the new one (not the capacity, which would read the
    // buffer's size again on the hot path).
    Value newLength =
        arith::AddIOp::create(rewriter, loc, length, constI64(rewriter, loc, 1));
    result.store(adaptor.getValue(), result.items(newLength),
                 toIndex(rewriter, loc, length));
    result.setLength(newLength);
    rewriter.replaceOp(op, result.buffer);
    return success();
  }
};

struct ListLenLowering : public OpConversionPattern<ListLenOp> {
  using OpConversionPattern::OpConversionPattern;
  LogicalResult
  matchAndRewrite(ListLenOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    ListBuffer list{rewriter, op.getLoc(), adaptor.getList(),
                    convertedElement(getTypeConverter(), op.getList().getType())};
    rewriter.replaceOp(op, list.length());
    return success();
  }
};

struct ListGetLowering : public OpConversionPattern<ListGetOp> {
  using OpConversionPattern::OpConversionPattern;
  LogicalResult
  matchAndRewrite(ListGetOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    Location loc = op.getLoc();
    ListBuffer list{rewriter, loc, adaptor.getList(),
                    convertedElement(getTypeConverter(), op.getList().getType())};
    Value length = list.length();
    Value i = checkedIndex(rewriter, loc, adaptor.getIndex(),
                           op.getIndex().getType(), length,
                           "list index out of range");
    rewriter.replaceOp(op, list.load(list.items(length), i));
    return success();
  }
};

struct ListSetLowering : public OpConversionPattern<ListSetOp> {
  using OpConversionPattern::OpConversionPattern;
  LogicalResult
  matchAndRewrite(ListSetOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    Location loc = op.getLoc();
    ListBuffer list{rewriter, loc, adaptor.getList(),
                    convertedElement(getTypeConverter(), op.getList().getType())};
    Value length = list.length();
    Value i = checkedIndex(rewriter, loc, adaptor.getIndex(),
                           op.getIndex().getType(), length,
                           "list assignment index out of range");
    list.store(adaptor.getValue(), list.items(length), i);
    rewriter.eraseOp(op);
    return success();
  }
};

struct ListPopLowering : public OpConversionPattern<ListPopOp> {
  using OpConversionPattern::OpConversionPattern;
  LogicalResult
  matchAndRewrite(ListPopOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    Location loc = op.getLoc();
    ListBuffer list{rewriter, loc, adaptor.getList(),
                    convertedElement(getTypeConverter(), op.getList().getType())};
    Value length = list.length();
    Value empty = arith::CmpIOp::create(rewriter, loc, arith::CmpIPredicate::sle,
                                        length, constI64(rewriter, loc, 0));
    raiseIf(rewriter, loc, empty, ExceptionKind::IndexError,
            "pop from empty list");
    Value last =
        arith::SubIOp::create(rewriter, loc, length, constI64(rewriter, loc, 1));
    Value item =
        list.load(list.items(length), toIndex(rewriter, loc, last));
    list.setLength(last);
    rewriter.replaceOp(op, item);
    return success();
  }
};

struct ListToArrayLowering : public OpConversionPattern<ListToArrayOp> {
  using OpConversionPattern::OpConversionPattern;
  LogicalResult
  matchAndRewrite(ListToArrayOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    Location loc = op.getLoc();
    auto type = dyn_cast_or_null<MemRefType>(
        getTypeConverter()->convertType(op.getType()));
    if (!type)
      return failure();
    ListBuffer list{rewriter, loc, adaptor.getList(), type.getElementType()};
    Value length = list.length();
    Value array =
        allocArray(rewriter, loc, type, {toIndex(rewriter, loc, length)});
    memref::CopyOp::create(rewriter, loc, list.items(length), array);
    rewriter.replaceOp(op, array);
    return success();
  }
};
} // namespace

namespace {
struct MakeTupleLowering : public OpConversionPattern<MakeTupleOp> {
  using OpConversionPattern::OpConversionPattern;
  LogicalResult
  matchAndRewrite(MakeTupleOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    Type type = getTypeConverter()->convertType(op.getType());
    if (!type)
      return failure();
    Location loc = op.getLoc();
    Value tuple = LLVM::PoisonOp::create(rewriter, loc, type);
    for (auto [k, field] : llvm::enumerate(adaptor.getFields()))
      tuple = LLVM::InsertValueOp::create(rewriter, loc, tuple, field,
                                          ArrayRef<int64_t>{int64_t(k)});
    rewriter.replaceOp(op, tuple);
    return success();
  }
};

struct TupleGetLowering : public OpConversionPattern<TupleGetOp> {
  using OpConversionPattern::OpConversionPattern;
  LogicalResult
  matchAndRewrite(TupleGetOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    rewriter.replaceOpWithNewOp<LLVM::ExtractValueOp>(
        op, adaptor.getTuple(), ArrayRef<int64_t>{int64_t(op.getIndex())});
    return success();
  }
};
} // namespace

/// list_from_buffer, list_buffer: the list is its buffer already.
template <typename OpTy>
struct ListBufferCastLowering : public OpConversionPattern<OpTy> {
  using OpConversionPattern<OpTy>::OpConversionPattern;
  LogicalResult
  matchAndRewrite(OpTy op, typename OpTy::Adaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    rewriter.replaceOp(op, adaptor.getOperands()[0]);
    return success();
  }
};

void arrays::populateListPatterns(const TypeConverter &converter,
                                  RewritePatternSet &patterns) {
  patterns.add<ListNewLowering, ListAppendLowering, ListLenLowering,
               ListGetLowering, ListSetLowering, ListPopLowering,
               ListToArrayLowering, MakeTupleLowering, TupleGetLowering,
               ListBufferCastLowering<ListFromBufferOp>,
               ListBufferCastLowering<ListBufferOp>>(converter,
                                                     patterns.getContext());
}
