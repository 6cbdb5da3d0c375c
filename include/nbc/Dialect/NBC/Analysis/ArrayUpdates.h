//===- ArrayUpdates.h - Array races in a parallel prange ---------*- C++ -*-===//
//
// Which array elements the iterations of a parallel nbc.prange may share,
// and how their updates are made safe: indexed read-modify-writes become
// nbc.atomic_update, other writes to shared elements are errors.
//
//===----------------------------------------------------------------------===//

#ifndef NBC_DIALECT_NBC_ANALYSIS_ARRAYUPDATES_H
#define NBC_DIALECT_NBC_ANALYSIS_ARRAYUPDATES_H

#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "nbc/Dialect/NBC/IR/NBCOps.h"

namespace mlir::nbc {

/// In a kernel with `parallel = true` (a no-op otherwise), finds the arrays
/// the body of `prange` writes (through views, in nested loops and
/// branches) and, for each, whether iterations may touch the same element:
///  - when on some axis every access of the array has the index
///    `c * iv + d` (`c` a non-zero constant, `d` the same loop-invariant
///    value; or the thread id instead of `iv`), iterations touch
///    disjoint elements and nothing changes (`out[i] = ...`,
///    `out[i, j] += ...` in an inner loop, `out[2 * i + 1]`, `out[i][j]`);
///  - otherwise, when some access is an in-place update of a whole array
///    defined above the loop (`a += v`), it is a reduction of that array
///    if every access is one, by one operator (WholeArrayUpdates.h), and
///    an error otherwise;
///  - otherwise, when every access is an update `a[e] = a[e] op v` (op one
///    of `nbc.add`, `nbc.sub` with the element on the left, `nbc.mul`,
///    `nbc.min`, `nbc.max`, `nbc.and`, `nbc.or`, `nbc.xor`, possibly
///    between casts of the element and back), all with one operator, each
///    becomes an `nbc.atomic_update`;
///  - otherwise a write whose index does not depend on the iteration, a
///    read of the array, or a plain write next to updates is a race: emits
///    "prange: ..." at it and fails. Other writes whose index depends on
///    the iteration in a way this does not prove injective (`out[idx[i]] =
///    v`, `out[i * m + j] = v`) are taken as writing distinct elements, as
///    Numba does.
/// Arrays created in the body are private to the iteration.
LogicalResult makeArrayUpdatesAtomic(PRangeOp prange);

/// Whether `func` may write the array it takes as argument `index` (through
/// views, or by passing it to a callee that may), up to a few calls deep.
/// A declaration may write every array argument except those listed in its
/// `nbc.readonly_args` (another module's callee, whose module computed it).
bool funcMayWriteArgument(func::FuncOp func, unsigned index);

/// The array `array` views, following slices, transposes and ops that
/// return a view of an array operand; stops at allocations and arguments.
Value viewedRoot(Value array);

/// The attribute of a declaration that lists (`array<i64: ...>`) the
/// arguments the callee never writes.
inline constexpr llvm::StringLiteral kReadonlyArgsAttrName =
    "nbc.readonly_args";

} // namespace mlir::nbc

#endif // NBC_DIALECT_NBC_ANALYSIS_ARRAYUPDATES_H
