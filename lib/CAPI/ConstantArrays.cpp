//===- ConstantArrays.cpp - C API: arrays frozen into the module ----------===//
//
// A global NumPy array a kernel reads is a constant, as in Numba: its data
// becomes a private `memref.global constant` of the module and the kernel
// reads it through `memref.get_global`, cast to the dynamic array type.
//
//===----------------------------------------------------------------------===//

#include "nbc-c/Arrays.h"

#include "BuilderSupport.h"
#include "mlir/Dialect/MemRef/IR/MemRef.h"
#include "mlir/IR/Builders.h"
#include "mlir/IR/BuiltinOps.h"
#include "mlir/IR/SymbolTable.h"
#include "nbc/Dialect/NBC/IR/NBCOps.h"

using namespace mlir;
using namespace mlir::nbc;

/// The elements of `type` from NumPy's C-ordered bytes at `data` (a bool
/// takes a byte there, a bit in a raw i1 buffer).
static DenseElementsAttr elementsOf(RankedTensorType type, const void *data) {
  Type element = type.getElementType();
  int64_t count = type.getNumElements();
  const char *bytes = static_cast<const char *>(data);
  if (element.isInteger(1)) {
    SmallVector<bool> values(bytes, bytes + count);
    for (auto &&value : values)
      value = value != 0;
    return DenseElementsAttr::get(type, values);
  }
  size_t size = count * (element.getIntOrFloatBitWidth() / 8);
  return DenseElementsAttr::getFromRawBuffer(type, ArrayRef<char>(bytes, size));
}

MlirValue nbcConstantArrayCreate(MlirModule module, MlirBlock block,
                                 MlirLocation location, MlirStringRef name,
                                 MlirType elementType, intptr_t rank,
                                 const int64_t *shape, const void *data) {
  Type element = unwrap(elementType);
  if (mlirModuleIsNull(module) || mlirBlockIsNull(block) || rank < 0 ||
      (rank > 0 && !shape) || !data || !element.isIntOrFloat()) {
    capi::setError("nbcConstantArrayCreate: a module, a block, the shape, "
                   "the data and an integer or float element type are needed");
    return MlirValue{nullptr};
  }
  SmallVector<int64_t> sizes(shape, shape + rank);
  for (int64_t size : sizes)
    if (size < 0) {
      capi::setError("nbcConstantArrayCreate: a negative size");
      return MlirValue{nullptr};
    }
  ModuleOp moduleOp = unwrap(module);
  Location loc = unwrap(location);
  SymbolTable symbols(moduleOp);
  OpBuilder builder(moduleOp.getContext()); // the global is created detached
  auto staticType = MemRefType::get(sizes, element);
  auto global = memref::GlobalOp::create(
      builder, loc, StringRef(name.data, name.length),
      builder.getStringAttr("private"), staticType,
      elementsOf(RankedTensorType::get(sizes, element), data),
      /*constant=*/true, /*alignment=*/builder.getI64IntegerAttr(64));
  // A name another symbol has gets a suffix.
  StringAttr symbol = symbols.insert(global, moduleOp.getBody()->begin());

  builder.setInsertionPointToStart(unwrap(block));
  Value array = memref::GetGlobalOp::create(builder, loc, staticType, symbol);
  SmallVector<int64_t> dynamic(rank, ShapedType::kDynamic);
  return wrap(memref::CastOp::create(builder, loc,
                                     MemRefType::get(dynamic, element), array)
                  .getResult());
}
