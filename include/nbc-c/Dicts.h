/*===- nbc-c/Dicts.h - C API of nbc's dicts and sets --------------*- C -*-===*\
|*                                                                            *|
|* The !nbc.dict<K, V> and !nbc.set<K> types and their op builders            *|
|* (docs/Dialect.md, dict ops), in the style of nbc-c/Lists.h: builders      *|
|* return a detached, verified operation or a null handle with               *|
|* nbcGetLastError() saying why.                                             *|
|*                                                                            *|
\*===----------------------------------------------------------------------===*/

#ifndef NBC_C_DICTS_H
#define NBC_C_DICTS_H

#include "nbc-c/Dialect.h"

#ifdef __cplusplus
extern "C" {
#endif

/// `!nbc.dict<keyType, valueType>`; null (nbcGetLastError() saying why)
/// unless the key is an nbc scalar or a tuple of up to 4 of them, and the
/// value one too or a contiguous memref with dynamic sizes (with a scalar
/// key). A tuple key or value is a tuple value (nbcMakeTupleOpCreate), and
/// the ops take and give it as they do a scalar (nbcTupleGetOpCreate reads
/// its fields).
NBC_CAPI_EXPORTED MlirType nbcDictTypeGet(MlirType keyType, MlirType valueType);
/// `!nbc.set<keyType>`; null unless it is an nbc scalar or a tuple of up to
/// 4 of them.
NBC_CAPI_EXPORTED MlirType nbcSetTypeGet(MlirType keyType);
/// Whether `type` is an nbc dict / set.
NBC_CAPI_EXPORTED bool nbcTypeIsDict(MlirType type);
NBC_CAPI_EXPORTED bool nbcTypeIsSet(MlirType type);

/// `nbc.dict_new` of a dict or set type.
NBC_CAPI_EXPORTED MlirOperation nbcDictNewOpCreate(MlirLocation loc,
                                                   MlirType type);
/// `nbc.dict_insert dict[key] = value`; its result is the dict from now on.
NBC_CAPI_EXPORTED MlirOperation nbcDictInsertOpCreate(MlirLocation loc,
                                                      MlirValue dict,
                                                      MlirValue key,
                                                      MlirValue value);
/// `nbc.set_add set, key`; its result is the set from now on.
NBC_CAPI_EXPORTED MlirOperation nbcSetAddOpCreate(MlirLocation loc,
                                                  MlirValue set, MlirValue key);
/// `nbc.dict_get dict[key]` (KeyError when missing).
NBC_CAPI_EXPORTED MlirOperation nbcDictGetOpCreate(MlirLocation loc,
                                                   MlirValue dict,
                                                   MlirValue key);
/// `nbc.dict_get_or dict[key], fallback`.
NBC_CAPI_EXPORTED MlirOperation nbcDictGetOrOpCreate(MlirLocation loc,
                                                     MlirValue dict,
                                                     MlirValue key,
                                                     MlirValue fallback);
/// `nbc.dict_contains table[key]` (i1).
NBC_CAPI_EXPORTED MlirOperation nbcDictContainsOpCreate(MlirLocation loc,
                                                        MlirValue table,
                                                        MlirValue key);
/// `nbc.dict_remove table[key]` (i1: it was there); `required` raises
/// KeyError for a missing key.
NBC_CAPI_EXPORTED MlirOperation nbcDictRemoveOpCreate(MlirLocation loc,
                                                      MlirValue table,
                                                      MlirValue key,
                                                      bool required);
/// `nbc.dict_len table` (si64).
NBC_CAPI_EXPORTED MlirOperation nbcDictLenOpCreate(MlirLocation loc,
                                                   MlirValue table);
/// `nbc.dict_key_at table[index]`, `nbc.dict_value_at dict[index]` (index
/// si64, in [0, len)): iteration in insertion order.
NBC_CAPI_EXPORTED MlirOperation nbcDictKeyAtOpCreate(MlirLocation loc,
                                                     MlirValue table,
                                                     MlirValue index);
NBC_CAPI_EXPORTED MlirOperation nbcDictValueAtOpCreate(MlirLocation loc,
                                                       MlirValue dict,
                                                       MlirValue index);
/// `nbc.dict_clear table` (in place).
NBC_CAPI_EXPORTED MlirOperation nbcDictClearOpCreate(MlirLocation loc,
                                                     MlirValue table);
/// `nbc.dict_copy table`: a new table of the same type and items.
NBC_CAPI_EXPORTED MlirOperation nbcDictCopyOpCreate(MlirLocation loc,
                                                    MlirValue table);

#ifdef __cplusplus
}
#endif

#endif /* NBC_C_DICTS_H */
