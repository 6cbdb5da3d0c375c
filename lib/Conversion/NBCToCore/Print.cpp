//===- Print.cpp - nbc.print to calls of the runtime's printer ------------===//
//
//   nbc.print ["x = ", "\0A"] (%x : f64)
//     -> call @nbc_rt_print_text(@__nbc_print_text_0, 4)
//        call @nbc_rt_print_float(%x)
//        call @nbc_rt_print_text(@__nbc_print_text_1, 1)
//        call @nbc_rt_print_flush_to(1)
//
// A value with a format spec (`formats`) goes through
// nbc_rt_print_format_{int,uint,float} with the spec's text instead.
//
// Text pieces become private constant memref.globals; arrays pass their
// element kind (NBCPrintKind), rank, first-element address and a stack
// buffer of sizes then strides (metadataBuffer, hoisted out of loops).
// lib/Runtime/Print.c formats and writes.
//
//===----------------------------------------------------------------------===//

#include "ArrayLowering.h"
#include "nbc/Transforms/ExternalCalls.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Complex/IR/Complex.h"
#include "mlir/Dialect/MemRef/IR/MemRef.h"
#include "mlir/IR/SymbolTable.h"
#include "nbc/Dialect/NBC/IR/NBCTypeRules.h"
#include "nbc/Runtime/NBCRuntime.h"
#include "llvm/Support/FormatVariadic.h"

using namespace mlir;
using namespace mlir::nbc;
using namespace mlir::nbc::arrays;

namespace {

int32_t printKind(Type element) {
  if (element.isInteger(1))
    return NBC_PRINT_BOOL;
  if (auto complex = dyn_cast<ComplexType>(element))
    return complex.getElementType().isF32() ? NBC_PRINT_C64 : NBC_PRINT_C128;
  if (element.isF32())
    return NBC_PRINT_F32;
  if (element.isF64())
    return NBC_PRINT_F64;
  auto integer = cast<IntegerType>(element);
  int32_t base = integer.isUnsigned() ? NBC_PRINT_U8 : NBC_PRINT_I8;
  switch (integer.getWidth()) {
  case 8:
    return base;
  case 16:
    return base + 1;
  case 32:
    return base + 2;
  default:
    return base + 3;
  }
}

struct PrintLowering : public OpConversionPattern<PrintOp> {
  using OpConversionPattern::OpConversionPattern;

  LogicalResult
  matchAndRewrite(PrintOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    Location loc = op.getLoc();
    OpBuilder &b = rewriter;
    auto call = [&](StringRef name, ArrayRef<Value> args) -> LogicalResult {
      SmallVector<Type> types;
      for (Value arg : args)
        types.push_back(arg.getType());
      FailureOr<func::FuncOp> callee = lookupOrDeclareExternal(
          b, op, name, b.getFunctionType(types, {}), "the nbc runtime");
      if (failed(callee))
        return failure();
      func::CallOp::create(b, loc, *callee, args);
      return success();
    };
    ArrayRef<Attribute> pieces = op.getPieces().getValue();
    for (auto [i, piece] : llvm::enumerate(pieces)) {
      StringRef text = cast<StringAttr>(piece).getValue();
      if (!text.empty()) {
        FailureOr<Value> address = textAddress(b, op, text);
        if (failed(address) ||
            failed(call("nbc_rt_print_text",
                        {*address, constI64(b, loc, text.size())})))
          return failure();
      }
      if (i + 1 == pieces.size())
        break;
      Value value = adaptor.getValues()[i];
      StringRef format;
      if (std::optional<ArrayAttr> formats = op.getFormats())
        format = cast<StringAttr>((*formats)[i]).getValue();
      LogicalResult printed =
          format.empty()
              ? printValue(b, loc, op, op.getValues()[i].getType(), value, call)
              : formatValue(b, loc, op, op.getValues()[i].getType(), value,
                            format, call);
      if (failed(printed))
        return failure();
    }
    Value stream = arith::ConstantOp::create(
        b, loc, b.getI32IntegerAttr(static_cast<int32_t>(op.getStream())));
    if (failed(call("nbc_rt_print_flush_to", {stream})))
      return failure();
    rewriter.eraseOp(op);
    return success();
  }

private:
  template <typename Call>
  LogicalResult printValue(OpBuilder &b, Location loc, PrintOp op,
                           Type nbcType, Value value, Call &call) const {
    if (auto array = dyn_cast<MemRefType>(value.getType()))
      return printArray(b, loc, op, array, value, call);
    if (nbcType.isInteger(1))
      return call("nbc_rt_print_bool",
                  {arith::ExtUIOp::create(b, loc, b.getI32Type(), value)});
    if (auto integer = dyn_cast<IntegerType>(nbcType))
      return call(integer.isUnsigned() ? "nbc_rt_print_uint" : "nbc_rt_print_int",
                  {toI64(b, loc, value, nbcType)});
    auto toF64 = [&](Value v) -> Value {
      return v.getType().isF64()
                 ? v
                 : arith::ExtFOp::create(b, loc, b.getF64Type(), v).getResult();
    };
    if (auto complex = dyn_cast<ComplexType>(nbcType))
      return call("nbc_rt_print_complex",
                  {toF64(complex::ReOp::create(b, loc, value)),
                   toF64(complex::ImOp::create(b, loc, value))});
    return call("nbc_rt_print_float", {toF64(value)});
  }

  /// `format(value, spec)` of an int, bool (formatted as an int, as
  /// Python's bool.__format__ does for a non-empty spec) or float.
  template <typename Call>
  LogicalResult formatValue(OpBuilder &b, Location loc, PrintOp op,
                            Type nbcType, Value value, StringRef format,
                            Call &call) const {
    FailureOr<Value> spec = textAddress(b, op, format);
    if (failed(spec))
      return failure();
    Value size = constI64(b, loc, format.size());
    if (nbcType.isInteger(1))
      return call("nbc_rt_print_format_int",
                  {arith::ExtUIOp::create(b, loc, b.getI64Type(), value), *spec,
                   size});
    if (auto integer = dyn_cast<IntegerType>(nbcType))
      return call(integer.isUnsigned() ? "nbc_rt_print_format_uint"
                                       : "nbc_rt_print_format_int",
                  {toI64(b, loc, value, nbcType), *spec, size});
    Value wide = value.getType().isF64()
                     ? value
                     : arith::ExtFOp::create(b, loc, b.getF64Type(), value)
                           .getResult();
    return call("nbc_rt_print_format_float", {wide, *spec, size});
  }

  template <typename Call>
  LogicalResult printArray(OpBuilder &b, Location loc, PrintOp op,
                           MemRefType type, Value array, Call &call) const {
    Value shape = metadataBuffer(b, loc, op, array);
    Value shapeAddress = indexToI64(
        b, loc, memref::ExtractAlignedPointerAsIndexOp::create(b, loc, shape));
    Value kind = arith::ConstantOp::create(
        b, loc, b.getI32IntegerAttr(printKind(type.getElementType())));
    return call("nbc_rt_print_array",
                {kind, constI64(b, loc, type.getRank()),
                 firstElementAddress(b, loc, array), shapeAddress});
  }

  /// The address (i64) of a private constant global holding `text`.
  static FailureOr<Value> textAddress(OpBuilder &b, PrintOp op, StringRef text) {
    Location loc = op.getLoc();
    auto module = op->getParentOfType<ModuleOp>();
    if (!module)
      return op.emitOpError("needs an enclosing module for its text");
    auto type = MemRefType::get({static_cast<int64_t>(text.size())},
                                b.getIntegerType(8));
    SmallVector<int8_t> bytes(text.begin(), text.end());
    auto value = DenseElementsAttr::get(
        RankedTensorType::get(type.getShape(), type.getElementType()),
        ArrayRef<int8_t>(bytes));
    // One global per distinct text (equal texts share it).
    std::string name =
        llvm::formatv("__nbc_print_text_{0:x}", llvm::hash_value(text)).str();
    auto global = module.lookupSymbol<memref::GlobalOp>(name);
    if (!global || global.getInitialValueAttr() != value) {
      OpBuilder detached(op.getContext());
      global = memref::GlobalOp::create(
          detached, loc, name, b.getStringAttr("private"), type, value,
          /*constant=*/true, /*alignment=*/nullptr);
      SymbolTable(module).insert(global, module.getBody()->begin());
    }
    Value memref = memref::GetGlobalOp::create(b, loc, type, global.getSymName());
    return indexToI64(
        b, loc, memref::ExtractAlignedPointerAsIndexOp::create(b, loc, memref));
  }
};

} // namespace

void arrays::populatePrintPatterns(const TypeConverter &converter,
                                   RewritePatternSet &patterns) {
  patterns.add<PrintLowering>(converter, patterns.getContext());
}
