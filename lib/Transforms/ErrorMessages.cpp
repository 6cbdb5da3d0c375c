//===- ErrorMessages.cpp - Formatting nbc.raise_if messages ---------------===//
//
//   nbc.raise_if %c, ValueError, "x = {} at {}" (%x, %i : f32, i64)
//       {formats = [".3f", ""]}
//     failure path ->  call @nbc_rt_error_begin(@"\03x = {} at {}")
//                      call @nbc_rt_error_float(extf %x, @".3f", 3)
//                      call @nbc_rt_error_int(%i, null, 0)
//                      %status = call @nbc_rt_error_end()
//
// Integers travel as i64 (extended by their signedness), bools as i64 0/1,
// floats as f64; the runtime walks the template between the calls.
//
//===----------------------------------------------------------------------===//

#include "ErrorMessages.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/Dialect/LLVMIR/LLVMDialect.h"

using namespace mlir;
using namespace mlir::nbc;

/// Declares `name` (private, external) unless the module has it.
static void declare(OpBuilder &builder, ModuleOp module, StringRef name,
                    FunctionType type) {
  if (module.lookupSymbol(name))
    return;
  OpBuilder::InsertionGuard guard(builder);
  builder.setInsertionPointToStart(module.getBody());
  func::FuncOp::create(builder, module.getLoc(), name, type).setPrivate();
}

LogicalResult nbc::checkFormattable(RaiseIfOp op) {
  for (Type type : op.getArgs().getTypes())
    if (isa<IntegerType>(type) && !type.isSignlessInteger())
      return op.emitOpError("args must be signless integers here (")
             << type << "): run convert-nbc-to-core first";
  return success();
}

Value nbc::buildFormattedStatus(
    OpBuilder &builder, ModuleOp module, RaiseIfOp op, Value statusTemplate,
    llvm::function_ref<Value(StringRef)> textAddress) {
  Location loc = op.getLoc();
  Type ptr = LLVM::LLVMPointerType::get(builder.getContext());
  Type i64 = builder.getI64Type(), f64 = builder.getF64Type();
  auto call = [&](StringRef name, ValueRange args, TypeRange results = {}) {
    declare(builder, module, name,
            builder.getFunctionType(TypeRange(args), results));
    return func::CallOp::create(builder, loc, name, results, args);
  };
  call("nbc_rt_error_begin", statusTemplate);
  for (auto [i, arg] : llvm::enumerate(op.getArgs())) {
    StringRef format = op.getFormat(i);
    Value spec = format.empty() ? LLVM::ZeroOp::create(builder, loc, ptr)
                                : textAddress(format);
    Value size = arith::ConstantIntOp::create(builder, loc, format.size(), 64);
    Type type = arg.getType();
    if (isa<FloatType>(type)) {
      Value wide =
          type.isF64() ? arg : arith::ExtFOp::create(builder, loc, f64, arg);
      call("nbc_rt_error_float", {wide, spec, size});
      continue;
    }
    bool isBool = type.isInteger(1);
    bool isUnsigned = isBool || op.isUnsignedArg(i);
    Value wide = arg;
    if (type.getIntOrFloatBitWidth() < 64)
      wide = isUnsigned ? arith::ExtUIOp::create(builder, loc, i64, arg)
                              .getResult()
                        : arith::ExtSIOp::create(builder, loc, i64, arg)
                              .getResult();
    call(isBool       ? "nbc_rt_error_bool"
         : isUnsigned ? "nbc_rt_error_uint"
                      : "nbc_rt_error_int",
         {wide, spec, size});
  }
  return call("nbc_rt_error_end", {}, ptr).getResult(0);
}

Value nbc::buildHeldStatus(OpBuilder &builder, ModuleOp module, Location loc,
                           Value status, Value slot) {
  Type ptr = status.getType(), i64 = builder.getI64Type();
  Value size =
      arith::ConstantIntOp::create(builder, loc, kHeldMessageSlotSize, 64);
  declare(builder, module, "nbc_rt_error_hold",
          builder.getFunctionType({ptr, ptr, i64}, {ptr}));
  return func::CallOp::create(builder, loc, "nbc_rt_error_hold", TypeRange{ptr},
                              ValueRange{status, slot, size})
      .getResult(0);
}

Value nbc::buildReleasedStatus(OpBuilder &builder, ModuleOp module,
                               Location loc, Value held, Value slot) {
  Type ptr = held.getType();
  declare(builder, module, "nbc_rt_error_release",
          builder.getFunctionType({ptr, ptr}, {ptr}));
  return func::CallOp::create(builder, loc, "nbc_rt_error_release",
                              TypeRange{ptr}, ValueRange{held, slot})
      .getResult(0);
}
