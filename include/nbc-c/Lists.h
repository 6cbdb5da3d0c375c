/*===- nbc-c/Lists.h - C API of nbc's homogeneous lists -----------*- C -*-===*\
|*                                                                            *|
|* The !nbc.list<T> type and its op builders (docs/Dialect.md, list ops),    *|
|* in the style of nbc-c/Dialect.h: builders return a detached, verified     *|
|* operation or a null handle with nbcGetLastError() saying why.             *|
|*                                                                            *|
\*===----------------------------------------------------------------------===*/

#ifndef NBC_C_LISTS_H
#define NBC_C_LISTS_H

#include "nbc-c/Dialect.h"

#ifdef __cplusplus
extern "C" {
#endif

/// `!nbc.list<elementType>`; null unless `elementType` is an nbc scalar or
/// a contiguous array of dynamic sizes (`memref<?x...xT>`, a list of arrays
/// that owns copies of its items).
NBC_CAPI_EXPORTED MlirType nbcListTypeGet(MlirType elementType);
/// Whether `type` is an nbc list.
NBC_CAPI_EXPORTED bool nbcTypeIsList(MlirType type);
/// The element type of a list type (null for other types).
NBC_CAPI_EXPORTED MlirType nbcListTypeGetElementType(MlirType type);

/// `nbc.list_new` of `listType`, reserving `capacity` items (an nbc
/// integer; a null value for the default).
NBC_CAPI_EXPORTED MlirOperation nbcListNewOpCreate(MlirLocation loc,
                                                   MlirType listType,
                                                   MlirValue capacity);
/// `nbc.list_append list, value` (value of the element type); its result
/// is the list from now on.
NBC_CAPI_EXPORTED MlirOperation nbcListAppendOpCreate(MlirLocation loc,
                                                      MlirValue list,
                                                      MlirValue value);
/// `nbc.list_len list` (si64).
NBC_CAPI_EXPORTED MlirOperation nbcListLenOpCreate(MlirLocation loc,
                                                   MlirValue list);
/// `nbc.list_get list[index]` (Python indexing, IndexError).
NBC_CAPI_EXPORTED MlirOperation nbcListGetOpCreate(MlirLocation loc,
                                                   MlirValue list,
                                                   MlirValue index);
/// `nbc.list_set value, list[index]`; for a list of arrays the op has one
/// result, the list from then on (it may move to a bigger buffer).
NBC_CAPI_EXPORTED MlirOperation nbcListSetOpCreate(MlirLocation loc,
                                                   MlirValue value,
                                                   MlirValue list,
                                                   MlirValue index);
/// `nbc.list_pop list` (the last item; IndexError when empty).
NBC_CAPI_EXPORTED MlirOperation nbcListPopOpCreate(MlirLocation loc,
                                                   MlirValue list);
/// `nbc.list_to_array list`: a new memref<?xT> holding the items.
NBC_CAPI_EXPORTED MlirOperation nbcListToArrayOpCreate(MlirLocation loc,
                                                       MlirValue list);
/// `nbc.list_from_buffer buffer` (a memref<?xsi8> in a list's layout) as a
/// list of `listType`.
NBC_CAPI_EXPORTED MlirOperation nbcListFromBufferOpCreate(MlirLocation loc,
                                                          MlirValue buffer,
                                                          MlirType listType);
/// `nbc.list_buffer list`: the memref<?xsi8> holding the list.
NBC_CAPI_EXPORTED MlirOperation nbcListBufferOpCreate(MlirLocation loc,
                                                      MlirValue list);

/// `nbc.make_tuple fields...`: the tuple<...> of `numFields` (>= 1) nbc
/// scalars, complex excepted (a list of tuples' item).
NBC_CAPI_EXPORTED MlirOperation nbcMakeTupleOpCreate(MlirLocation loc,
                                                     intptr_t numFields,
                                                     const MlirValue *fields);
/// `nbc.tuple_get tuple[index]`: field `index` of a tuple of scalars.
NBC_CAPI_EXPORTED MlirOperation nbcTupleGetOpCreate(MlirLocation loc,
                                                    MlirValue tuple,
                                                    int64_t index);

#ifdef __cplusplus
}
#endif

#endif /* NBC_C_LISTS_H */
