//===- NBCTypeConverter.cpp - Erasing signedness --------------------------===//

#include "nbc/Conversion/NBCToCore/NBCToCore.h"

#include "mlir/Dialect/LLVMIR/LLVMTypes.h"
#include "mlir/IR/BuiltinTypes.h"
#include "nbc/Dialect/NBC/IR/NBCOps.h"

using namespace mlir;
using namespace mlir::nbc;

NBCTypeConverter::NBCTypeConverter() {
  addConversion([](Type type) { return type; });
  addConversion([](IntegerType type) -> Type {
    if (type.isSignless())
      return type;
    return IntegerType::get(type.getContext(), type.getWidth());
  });
  addConversion([this](MemRefType type) -> Type {
    Type element = convertType(type.getElementType());
    if (!element)
      return {};
    return MemRefType::get(type.getShape(), element, type.getLayout(),
                           type.getMemorySpace());
  });
  // A list is its buffer (ListToMemRef.cpp).
  addConversion([](ListType type) -> Type {
    return MemRefType::get({ShapedType::kDynamic},
                           IntegerType::get(type.getContext(), 8));
  });
  // A tuple of scalars (a list of tuples' item) is a struct of its fields.
  addConversion([this](TupleType type) -> Type {
    SmallVector<Type> fields;
    if (failed(convertTypes(type.getTypes(), fields)))
      return {};
    return LLVM::LLVMStructType::getLiteral(type.getContext(), fields);
  });
  // A dict or set is its hash table (DictToMemRef.cpp).
  addConversion([](Type type) -> std::optional<Type> {
    if (!isa<DictType, SetType>(type))
      return std::nullopt;
    return MemRefType::get({ShapedType::kDynamic},
                           IntegerType::get(type.getContext(), 8));
  });
  auto materialize = [](OpBuilder &builder, Type type, ValueRange inputs,
                        Location loc) -> Value {
    if (inputs.size() != 1)
      return {};
    return UnrealizedConversionCastOp::create(builder, loc, type, inputs)
        .getResult(0);
  };
  addSourceMaterialization(materialize);
  addTargetMaterialization(materialize);
}
