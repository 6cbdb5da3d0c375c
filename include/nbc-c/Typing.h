/*===- nbc-c/Typing.h - C API of nbc's typing in the dialect -----*- C -*-===*\
|*                                                                            *|
|* What lets a frontend build a function once when a later statement changes *|
|* a type seen earlier (docs/CAPI.md "Loop-carried types", "Widening         *|
|* values"): loop-carried values, recursive calls, values, and the element   *|
|* types of containers, each retyped in place or refused with the IR as it  *|
|* was and the reason in nbcGetLastError().                                  *|
|*                                                                            *|
\*===----------------------------------------------------------------------===*/

#ifndef NBC_C_TYPING_H
#define NBC_C_TYPING_H

#include "nbc-c/Dialect.h"

#ifdef __cplusplus
extern "C" {
#endif

/// Makes a loop (nbc.range, nbc.prange with plain carried values, or an
/// scf.while forwarding its before-block arguments) agree with what its
/// body yields (mlir::nbc::widenLoopCarried, docs/CAPI.md "Loop-carried
/// types"): a narrower yielded scalar is cast, a wider one widens the
/// carried value and the body's readers (`s = 0` then `s += x`, x float64).
/// Returns the loop replacing `loop`, or null (reason in nbcGetLastError(),
/// `loop` unchanged): build it again. Call it before using its results.
NBC_CAPI_EXPORTED MlirOperation nbcWidenLoopCarried(MlirOperation loop);

/// Gives `values[i]` the wider scalar type `types[i]`, its readers retyped
/// or built again as by nbcWidenLoopCarried (mlir::nbc::widenValues,
/// docs/CAPI.md "Widening values"; what changed: nbcGetRetypedValues);
/// false (reason in nbcGetLastError(), IR unchanged) on a refusal.
NBC_CAPI_EXPORTED bool nbcWidenValues(intptr_t numValues,
                                      const MlirValue *values,
                                      const MlirType *types);

/// Sets the results of `func` to `results` and widens the calls to it in its
/// module (recursive, typed before a later return widened) by nbcWidenValues
/// (mlir::nbc::widenRecursiveCalls); false on a refusal, the IR unchanged.
NBC_CAPI_EXPORTED bool nbcWidenRecursiveCalls(MlirOperation func,
                                              intptr_t numResults,
                                              const MlirType *results);

/// Adds a carried value to `loop` (mlir::nbc::appendLoopCarried, docs/CAPI.md
/// "Loop-carried types"; loops as for nbcWidenLoopCarried, a prange not yet
/// classified): `init` (before the loop, cast to the yielded type) enters,
/// the body yields `yielded`, one more result comes last; uses in the loop
/// of the `standIns` become the new block argument. Returns the loop
/// replacing `loop`, or null (reason in nbcGetLastError(), `loop` unchanged).
NBC_CAPI_EXPORTED MlirOperation nbcAppendLoopCarried(MlirOperation loop,
                                                     MlirValue init,
                                                     MlirValue yielded,
                                                     intptr_t numStandIns,
                                                     const MlirValue *standIns);

/// Decides the element type of an empty container at its first insertion
/// (mlir::nbc::decideContainerType, docs/CAPI.md "Loop-carried types"):
/// build `[]`, `{}` or `set()` with nbcListNewOpCreate/nbcDictNewOpCreate
/// and any placeholder element type, and before inserting the first item
/// call this with that op's result and the container type the item
/// decides. The container and the values that carry it on (loops' carried
/// values, scf.if and nbc.try results) take `type` in place,
/// also in loops and branches still being built; items read before it
/// take the decided item type (nbcGetRetypedValues). Returns false, with
/// the reason in nbcGetLastError() and the IR unchanged, when something
/// calls or returns it, or a reader of an item read from it refuses: build
/// the function again with the type decided from the start.
NBC_CAPI_EXPORTED bool nbcDecideContainerType(MlirValue container,
                                              MlirType type);

/// Widens a container whose element (key, value) type a later insertion
/// needs wider (mlir::nbc::widenContainerType): `container` is the
/// nbcListNewOpCreate/nbcDictNewOpCreate result, `type` the wider container
/// type (a scalar promotion, tuples field by field). As
/// nbcDecideContainerType, and the items inserted so far are converted
/// (nbc.cast; a tuple rebuilt from its cast fields). Returns false, with the
/// reason in nbcGetLastError() and the IR unchanged, when something
/// calls or returns it, or a reader of an item read from it refuses.
NBC_CAPI_EXPORTED bool nbcWidenContainerType(MlirValue container,
                                             MlirType type);

/// After nbcWidenValues, nbcDecideContainerType or nbcWidenContainerType
/// succeeded: the values widened (items read before from the container)
/// took their new types, and readers of them were retyped or built again
/// (mlir::nbc::widenValues). Writes up to `capacity` pairs
/// (`olds[i]`, `news[i]`): a value whose type changed in place (`news[i]`
/// is the same value), or one that a rebuilt reader replaced and that is
/// erased (`news[i]` took its place); returns how many there are. A
/// frontend holding values with their types updates them from these.
NBC_CAPI_EXPORTED intptr_t nbcGetRetypedValues(intptr_t capacity,
                                               MlirValue *olds,
                                               MlirValue *news);

#ifdef __cplusplus
}
#endif

#endif /* NBC_C_TYPING_H */
