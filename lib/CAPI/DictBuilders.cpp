//===- DictBuilders.cpp - C API: the dict and set types and their ops -----===//

#include "nbc-c/Dicts.h"

#include "BuilderSupport.h"
#include "mlir/CAPI/IR.h"
#include "mlir/IR/BuiltinTypes.h"
#include "mlir/IR/Diagnostics.h"
#include "nbc/Dialect/NBC/IR/NBCOps.h"
#include "nbc/Dialect/NBC/IR/NBCTypeRules.h"

using namespace mlir;
using namespace mlir::nbc;

using capi::createVerified;
using capi::failOp;

/// The dict or set type `get` gives, verified: null with the verifier's
/// message as the last error when it refuses the key or value type.
template <typename TableType, typename... Types>
static MlirType getChecked(StringRef what, Types... types) {
  for (MlirType type : {types...})
    if (mlirTypeIsNull(type)) {
      capi::setError(what + ": null type");
      return MlirType{nullptr};
    }
  MLIRContext *ctx = unwrap(std::get<0>(std::tuple{types...})).getContext();
  std::string message;
  LogicalResult verified = success();
  {
    ScopedDiagnosticHandler handler(ctx, [&](Diagnostic &diag) {
      message = diag.str();
      return success();
    });
    auto emitError = [&] { return mlir::emitError(UnknownLoc::get(ctx)); };
    verified = TableType::verify(emitError, unwrap(types)...);
  }
  if (failed(verified)) {
    capi::setError(what + ": " + message);
    return MlirType{nullptr};
  }
  return wrap(TableType::get(ctx, unwrap(types)...));
}

MlirType nbcDictTypeGet(MlirType keyType, MlirType valueType) {
  return getChecked<DictType>("nbcDictTypeGet", keyType, valueType);
}

MlirType nbcSetTypeGet(MlirType keyType) {
  return getChecked<SetType>("nbcSetTypeGet", keyType);
}

bool nbcTypeIsDict(MlirType type) {
  return !mlirTypeIsNull(type) && isa<DictType>(unwrap(type));
}

bool nbcTypeIsSet(MlirType type) {
  return !mlirTypeIsNull(type) && isa<SetType>(unwrap(type));
}

/// An op of `name` on `operands` with `results`, verified.
static MlirOperation build(MlirLocation loc, StringRef name,
                           ArrayRef<MlirValue> operands, ArrayRef<Type> results,
                           ArrayRef<NamedAttribute> attrs = {}) {
  if (mlirLocationIsNull(loc))
    return failOp("nbc." + name + ": null location");
  OperationState state(unwrap(loc), "nbc." + name.str());
  for (MlirValue v : operands) {
    if (mlirValueIsNull(v))
      return failOp("nbc." + name + ": null operand");
    state.addOperands(unwrap(v));
  }
  state.addTypes(results);
  state.addAttributes(attrs);
  return createVerified(state);
}

static Type typeOf(MlirValue v) {
  return mlirValueIsNull(v) ? Type() : unwrap(v).getType();
}
static DictType dictOf(MlirValue v) {
  return dyn_cast_or_null<DictType>(typeOf(v));
}
static bool isTable(MlirValue v) {
  return isa_and_nonnull<DictType, SetType>(typeOf(v));
}

MlirOperation nbcDictNewOpCreate(MlirLocation loc, MlirType type) {
  if (!nbcTypeIsDict(type) && !nbcTypeIsSet(type))
    return failOp("nbcDictNewOpCreate: not a dict or set type");
  return build(loc, "dict_new", {}, {unwrap(type)});
}

MlirOperation nbcDictInsertOpCreate(MlirLocation loc, MlirValue dict,
                                    MlirValue key, MlirValue value) {
  if (!dictOf(dict))
    return failOp("nbcDictInsertOpCreate: not a dict");
  return build(loc, "dict_insert", {dict, key, value}, {typeOf(dict)});
}

MlirOperation nbcSetAddOpCreate(MlirLocation loc, MlirValue set,
                                MlirValue key) {
  if (!isa_and_nonnull<SetType>(typeOf(set)))
    return failOp("nbcSetAddOpCreate: not a set");
  return build(loc, "set_add", {set, key}, {typeOf(set)});
}

MlirOperation nbcDictGetOpCreate(MlirLocation loc, MlirValue dict,
                                 MlirValue key) {
  DictType type = dictOf(dict);
  if (!type)
    return failOp("nbcDictGetOpCreate: not a dict");
  return build(loc, "dict_get", {dict, key}, {type.getValueType()});
}

MlirOperation nbcDictGetOrOpCreate(MlirLocation loc, MlirValue dict,
                                   MlirValue key, MlirValue fallback) {
  DictType type = dictOf(dict);
  if (!type)
    return failOp("nbcDictGetOrOpCreate: not a dict");
  return build(loc, "dict_get_or", {dict, key, fallback},
               {type.getValueType()});
}

MlirOperation nbcDictContainsOpCreate(MlirLocation loc, MlirValue table,
                                      MlirValue key) {
  if (!isTable(table))
    return failOp("nbcDictContainsOpCreate: not a dict or set");
  return build(loc, "dict_contains", {table, key},
               {IntegerType::get(unwrap(table).getContext(), 1)});
}

MlirOperation nbcDictRemoveOpCreate(MlirLocation loc, MlirValue table,
                                    MlirValue key, bool required) {
  if (!isTable(table))
    return failOp("nbcDictRemoveOpCreate: not a dict or set");
  MLIRContext *ctx = unwrap(table).getContext();
  SmallVector<NamedAttribute> attrs;
  if (required)
    attrs.push_back(
        NamedAttribute(StringAttr::get(ctx, "required"), UnitAttr::get(ctx)));
  return build(loc, "dict_remove", {table, key}, {IntegerType::get(ctx, 1)},
               attrs);
}

MlirOperation nbcDictLenOpCreate(MlirLocation loc, MlirValue table) {
  if (!isTable(table))
    return failOp("nbcDictLenOpCreate: not a dict or set");
  return build(
      loc, "dict_len", {table},
      {IntegerType::get(unwrap(table).getContext(), 64, IntegerType::Signed)});
}

MlirOperation nbcDictClearOpCreate(MlirLocation loc, MlirValue table) {
  if (!isTable(table))
    return failOp("nbcDictClearOpCreate: not a dict or set");
  return build(loc, "dict_clear", {table}, {});
}

MlirOperation nbcDictCopyOpCreate(MlirLocation loc, MlirValue table) {
  if (!isTable(table))
    return failOp("nbcDictCopyOpCreate: not a dict or set");
  return build(loc, "dict_copy", {table}, {unwrap(table).getType()});
}

MlirOperation nbcDictKeyAtOpCreate(MlirLocation loc, MlirValue table,
                                   MlirValue index) {
  if (!isTable(table))
    return failOp("nbcDictKeyAtOpCreate: not a dict or set");
  Type type = typeOf(table);
  Type key = isa<DictType>(type) ? cast<DictType>(type).getKeyType()
                                 : cast<SetType>(type).getKeyType();
  return build(loc, "dict_key_at", {table, index}, {key});
}

MlirOperation nbcDictValueAtOpCreate(MlirLocation loc, MlirValue dict,
                                     MlirValue index) {
  DictType type = dictOf(dict);
  if (!type)
    return failOp("nbcDictValueAtOpCreate: not a dict");
  return build(loc, "dict_value_at", {dict, index}, {type.getValueType()});
}
