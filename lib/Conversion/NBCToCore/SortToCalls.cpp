//===- SortToCalls.cpp - nbc.sort and nbc.argsort to runtime calls --------===//
//
// nbc.sort    -> the array's sizes and strides stored in a stack buffer
//                (memref.alloca at the start of the function or parallel
//                body), then func.call @nbc_rt_sort_<type>(rank, axis,
//                address of the first element, buffer); a non-zero status
//                raises MemoryError.
// nbc.argsort -> a new row-major i64 array (memref.alloc), then the same
//                with func.call @nbc_rt_argsort_<type>(..., its address).
// The runtime functions live in lib/Runtime/Sort.c, one per element type.
//
//===----------------------------------------------------------------------===//

#include "ArrayLowering.h"
#include "nbc/Transforms/ExternalCalls.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/MemRef/IR/MemRef.h"

#include <string>

using namespace mlir;
using namespace mlir::nbc;
using namespace mlir::nbc::arrays;

namespace {

/// The runtime's name for an nbc element type: i8..i64, u8..u64 (bool is
/// a byte holding 0 or 1: u8), f32, f64, c64, c128 (NumPy's names).
std::string runtimeSuffix(Type element) {
  if (auto complex = dyn_cast<ComplexType>(element))
    return "c" + std::to_string(
                     2 * complex.getElementType().getIntOrFloatBitWidth());
  if (element.isInteger(1))
    return "u8";
  if (auto integer = dyn_cast<IntegerType>(element))
    return (integer.isUnsigned() ? "u" : "i") +
           std::to_string(integer.getWidth());
  return "f" + std::to_string(element.getIntOrFloatBitWidth());
}

/// Calls `name` with (rank, axis, first element, metadata buffer, extra...)
/// and raises MemoryError when it returns non-zero.
LogicalResult callSort(OpBuilder &b, Location loc, Operation *op,
                       StringRef name, Value memref, int64_t axis,
                       ValueRange extra) {
  Value buffer = metadataBuffer(b, loc, op, memref);
  Value address = indexToI64(
      b, loc, memref::ExtractAlignedPointerAsIndexOp::create(b, loc, buffer));
  SmallVector<Value> args{
      constI64(b, loc, cast<MemRefType>(memref.getType()).getRank()),
      constI64(b, loc, axis), firstElementAddress(b, loc, memref), address};
  args.append(extra.begin(), extra.end());
  SmallVector<Type> argTypes(args.size(), b.getI64Type());
  auto callee = lookupOrDeclareExternal(
      b, op, name, b.getFunctionType(argTypes, {b.getI64Type()}),
      "the nbc runtime");
  if (failed(callee))
    return failure();
  Value status = func::CallOp::create(b, loc, *callee, args).getResult(0);
  Value failed = arith::CmpIOp::create(b, loc, arith::CmpIPredicate::ne,
                                       status, constI64(b, loc, 0));
  raiseIf(b, loc, failed, ExceptionKind::MemoryError,
          "cannot allocate the buffers of a sort");
  return success();
}

struct SortLowering : public OpConversionPattern<SortOp> {
  using OpConversionPattern::OpConversionPattern;

  LogicalResult
  matchAndRewrite(SortOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    Type element = cast<MemRefType>(op.getArray().getType()).getElementType();
    if (failed(callSort(rewriter, op.getLoc(), op,
                        "nbc_rt_sort_" + runtimeSuffix(element),
                        adaptor.getArray(), op.getAxis(), {})))
      return failure();
    rewriter.eraseOp(op);
    return success();
  }
};

struct ArgsortLowering : public OpConversionPattern<ArgsortOp> {
  using OpConversionPattern::OpConversionPattern;

  LogicalResult
  matchAndRewrite(ArgsortOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    Location loc = op.getLoc();
    OpBuilder &b = rewriter;
    auto resultType = dyn_cast_or_null<MemRefType>(
        getTypeConverter()->convertType(op.getType()));
    if (!resultType)
      return rewriter.notifyMatchFailure(op, "unconvertible result type");
    Value source = adaptor.getSource();
    SmallVector<Value> sizes;
    for (int64_t d = 0; d < resultType.getRank(); ++d)
      sizes.push_back(memref::DimOp::create(b, loc, source, d));
    Value out = allocArray(b, loc, resultType, sizes);
    Type element = cast<MemRefType>(op.getSource().getType()).getElementType();
    Value outAddress = firstElementAddress(b, loc, out);
    if (failed(callSort(b, loc, op, "nbc_rt_argsort_" + runtimeSuffix(element),
                        source, op.getAxis(), {outAddress})))
      return failure();
    rewriter.replaceOp(op, out);
    return success();
  }
};

} // namespace

void arrays::populateSortPatterns(const TypeConverter &converter,
                                  RewritePatternSet &patterns) {
  patterns.add<SortLowering, ArgsortLowering>(converter,
                                              patterns.getContext());
}
