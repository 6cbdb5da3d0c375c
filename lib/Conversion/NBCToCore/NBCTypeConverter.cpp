//===- NBCTypeConverter.cpp - Erasing signedness --------------------------===//

#include "nbc/Conversion/NBCToCore/NBCToCore.h"

#include "mlir/IR/BuiltinTypes.h"

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
