//===- ListBuilders.cpp - C API: the list type and its ops ----------------===//

#include "nbc-c/Lists.h"

#include "BuilderSupport.h"
#include "mlir/CAPI/IR.h"
#include "mlir/IR/BuiltinTypes.h"
#include "nbc/Dialect/NBC/IR/NBCOps.h"
#include "nbc/Dialect/NBC/IR/NBCTypeRules.h"

using namespace mlir;
using namespace mlir::nbc;

using capi::createVerified;
using capi::failOp;

MlirType nbcListTypeGet(MlirType elementType) {
  if (mlirTypeIsNull(elementType) || !isNBCListElement(unwrap(elementType))) {
    capi::setError("nbcListTypeGet: the element type must be an nbc scalar, "
                   "a tuple of them (complex excepted), a contiguous array "
                   "of dynamic sizes (memref<?x...xT>) or a list of scalars");
    return MlirType{nullptr};
  }
  return wrap(ListType::get(unwrap(elementType).getContext(),
                            unwrap(elementType)));
}

bool nbcTypeIsList(MlirType type) {
  return !mlirTypeIsNull(type) && isa<ListType>(unwrap(type));
}

MlirType nbcListTypeGetElementType(MlirType type) {
  if (!nbcTypeIsList(type))
    return MlirType{nullptr};
  return wrap(cast<ListType>(unwrap(type)).getElementType());
}

/// An op of `name` on `operands` with `results`, verified.
static MlirOperation build(MlirLocation loc, StringRef name,
                           ArrayRef<MlirValue> operands,
                           ArrayRef<Type> results) {
  if (mlirLocationIsNull(loc))
    return failOp("nbc." + name + ": null location");
  OperationState state(unwrap(loc), "nbc." + name.str());
  for (MlirValue v : operands) {
    if (mlirValueIsNull(v))
      return failOp("nbc." + name + ": null operand");
    state.addOperands(unwrap(v));
  }
  state.addTypes(results);
  return createVerified(state);
}

/// The element type of `list`'s type, null when it is not a list.
static Type elementOf(MlirValue list) {
  if (mlirValueIsNull(list))
    return {};
  auto type = dyn_cast<ListType>(unwrap(list).getType());
  return type ? type.getElementType() : Type();
}

MlirOperation nbcListNewOpCreate(MlirLocation loc, MlirType listType,
                                 MlirValue capacity) {
  if (!nbcTypeIsList(listType))
    return failOp("nbcListNewOpCreate: not a list type");
  SmallVector<MlirValue> operands;
  if (!mlirValueIsNull(capacity))
    operands.push_back(capacity);
  return build(loc, "list_new", operands, {unwrap(listType)});
}

MlirOperation nbcListAppendOpCreate(MlirLocation loc, MlirValue list,
                                    MlirValue value) {
  if (!elementOf(list))
    return failOp("nbcListAppendOpCreate: not a list");
  return build(loc, "list_append", {list, value}, {unwrap(list).getType()});
}

MlirOperation nbcListLenOpCreate(MlirLocation loc, MlirValue list) {
  if (!elementOf(list))
    return failOp("nbcListLenOpCreate: not a list");
  MLIRContext *ctx = unwrap(list).getContext();
  return build(loc, "list_len", {list},
               {IntegerType::get(ctx, 64, IntegerType::Signed)});
}

MlirOperation nbcListGetOpCreate(MlirLocation loc, MlirValue list,
                                 MlirValue index) {
  Type element = elementOf(list);
  if (!element)
    return failOp("nbcListGetOpCreate: not a list");
  return build(loc, "list_get", {list, index}, {element});
}

MlirOperation nbcListSetOpCreate(MlirLocation loc, MlirValue value,
                                 MlirValue list, MlirValue index) {
  Type element = elementOf(list);
  if (!element)
    return failOp("nbcListSetOpCreate: not a list");
  // A list of arrays or lists may move: the op gives it back.
  SmallVector<Type, 1> results;
  if (isa<MemRefType, ListType>(element))
    results.push_back(unwrap(list).getType());
  return build(loc, "list_set", {value, list, index}, results);
}

MlirOperation nbcListPopOpCreate(MlirLocation loc, MlirValue list) {
  Type element = elementOf(list);
  if (!element)
    return failOp("nbcListPopOpCreate: not a list");
  return build(loc, "list_pop", {list}, {element});
}

MlirOperation nbcListFromBufferOpCreate(MlirLocation loc, MlirValue buffer,
                                        MlirType listType) {
  if (mlirTypeIsNull(listType) || !isa<ListType>(unwrap(listType)))
    return failOp("nbcListFromBufferOpCreate: not a list type");
  return build(loc, "list_from_buffer", {buffer}, {unwrap(listType)});
}

MlirOperation nbcListBufferOpCreate(MlirLocation loc, MlirValue list) {
  if (!elementOf(list))
    return failOp("nbcListBufferOpCreate: not a list");
  MLIRContext *ctx = unwrap(list).getContext();
  Type bytes = IntegerType::get(ctx, 8, IntegerType::Signed);
  return build(loc, "list_buffer", {list},
               {MemRefType::get({ShapedType::kDynamic}, bytes)});
}

MlirOperation nbcListToArrayOpCreate(MlirLocation loc, MlirValue list) {
  Type element = elementOf(list);
  if (!element)
    return failOp("nbcListToArrayOpCreate: not a list");
  return build(loc, "list_to_array", {list},
               {MemRefType::get({ShapedType::kDynamic}, element)});
}

MlirOperation nbcMakeTupleOpCreate(MlirLocation loc, intptr_t numFields,
                                   const MlirValue *fields) {
  if (numFields <= 0 || !fields)
    return failOp("nbcMakeTupleOpCreate: a tuple needs at least one field");
  SmallVector<MlirValue> operands(fields, fields + numFields);
  SmallVector<Type> types;
  for (MlirValue field : operands) {
    if (mlirValueIsNull(field))
      return failOp("nbc.make_tuple: null operand");
    types.push_back(unwrap(field).getType());
  }
  auto tuple = TupleType::get(unwrap(fields[0]).getContext(), types);
  return build(loc, "make_tuple", operands, {tuple});
}

MlirOperation nbcTupleGetOpCreate(MlirLocation loc, MlirValue tuple,
                                  int64_t index) {
  if (mlirValueIsNull(tuple) || mlirLocationIsNull(loc))
    return failOp("nbcTupleGetOpCreate: null tuple or location");
  auto type = dyn_cast<TupleType>(unwrap(tuple).getType());
  if (!type || index < 0 || index >= int64_t(type.size()))
    return failOp("nbcTupleGetOpCreate: not a tuple, or the index is out of "
                  "range");
  OpBuilder builder(unwrap(loc).getContext());
  OperationState state(unwrap(loc), "nbc.tuple_get");
  state.addOperands(unwrap(tuple));
  state.addAttribute("index", builder.getI64IntegerAttr(index));
  state.addTypes(type.getType(index));
  return createVerified(state);
}
