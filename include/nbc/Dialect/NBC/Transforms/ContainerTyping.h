//===- ContainerTyping.h - Element types decided by insertions --*- C++ -*-===//
//
// Python's `l = []`, `d = {}` and `s = set()` have no element type until
// something is inserted (Numba's type inference takes it from the first
// append or insertion). A frontend builds the empty container with a
// placeholder element type and, at the first insertion, decides its type
// with decideContainerType: the container and every value that carries it
// on are retyped in place, so the function is built once. A later
// insertion that needs a wider type widens it with widenContainerType.
//
//===----------------------------------------------------------------------===//

#ifndef NBC_DIALECT_NBC_TRANSFORMS_CONTAINERTYPING_H
#define NBC_DIALECT_NBC_TRANSFORMS_CONTAINERTYPING_H

#include "mlir/IR/Value.h"
#include "mlir/Support/LLVM.h"

namespace mlir::nbc {

/// Gives `container` (the result of an `nbc.list_new` or `nbc.dict_new`
/// nothing has been inserted into yet) the type `type`, a list, dict or set
/// type of the same kind, and with it every value that holds the same
/// container after it: the carried block arguments and results of an
/// `nbc.range` or a forwarding `scf.while` taking it as an init or yielding
/// it, and the results of an `scf.if` or `nbc.try` yielding it.
/// Loops, ifs and trys may still be under construction (no terminator yet,
/// or an `scf.if` without results): what is not built yet is not checked.
/// `nbc.list_len`, `nbc.dict_len` and `nbc.dict_clear` read no element and
/// stay as they are. An item read (`nbc.list_get`, `nbc.list_pop`,
/// `nbc.dict_get`, `nbc.dict_get_or` of the same keys) of a scalar takes
/// the new scalar item type, a `dict_get_or`'s default cast, and its
/// readers are retyped by widenValues (its refusal undoes everything);
/// `changes` then gets widenValues' changes. Any other use (an insertion, a
/// call, a return, an `nbc.prange`), or a loop or branch that would join it
/// with another value, fails with a diagnostic at that op and leaves the IR
/// unchanged: the frontend then builds the function again with the type.
/// A container that has `type` already stays as it is, whatever uses it:
/// its readers were built for that type (a placeholder or a guess that the
/// insertion confirms).
LogicalResult decideContainerType(
    Value container, Type type,
    SmallVectorImpl<std::pair<Value, Value>> *changes = nullptr);

/// Gives the container `container` (the result of an `nbc.list_new` or
/// `nbc.dict_new`) the wider type `type` when an insertion needs it, as
/// Numba's type inference unifies a list's appends (`l = [1];
/// l.append(2.5)` makes a list of float64): as decideContainerType, and
/// the insertions built so far (`nbc.list_append`, `nbc.list_set`,
/// `nbc.dict_insert`, `nbc.set_add`) pass the container on, their items
/// converted with `nbc.cast` (a tuple of scalars field by field:
/// `nbc.tuple_get`, casts, `nbc.make_tuple`). The caller picks a type every
/// item converts to without loss of what it held (a scalar promotion).
/// Item reads are retyped as by decideContainerType (a scalar only widens);
/// a tuple of scalars read whole (`a, b = l[-1]`) takes the new tuple type
/// when only `nbc.tuple_get` reads it, its fields retyped as scalars; an
/// item that is neither a scalar nor a tuple of scalars refuses.
LogicalResult
widenContainerType(Value container, Type type,
                   SmallVectorImpl<std::pair<Value, Value>> *changes = nullptr);

} // namespace mlir::nbc

#endif // NBC_DIALECT_NBC_TRANSFORMS_CONTAINERTYPING_H
