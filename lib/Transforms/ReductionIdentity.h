//===- ReductionIdentity.h - Identities of reduction combiners -*- C++ -*-===//

#ifndef NBC_LIB_DIALECT_NBC_TRANSFORMS_REDUCTIONIDENTITY_H
#define NBC_LIB_DIALECT_NBC_TRANSFORMS_REDUCTIONIDENTITY_H

#include "mlir/Dialect/Vector/IR/VectorOps.h"
#include "mlir/IR/Block.h"
#include "mlir/IR/BuiltinAttributes.h"

#include <optional>

namespace mlir::nbc {
/// The identity of the combiner in `block` (^bb(%lhs, %rhs): ... and a
/// terminator yielding the combined value, as in scf.reduce or
/// omp.declare_reduction), for the forms convert-nbc-to-core and
/// upstream produce: one binary arith op, or compare + select for min/max.
/// Float add gives -0.0 (x + -0.0 == x for every x, -0.0 included), float
/// min/max +/-inf. Null if the combiner is none of these.
TypedAttr getReductionIdentity(Block &block);

/// The vector.reduction kind of a scalar combining op, if it is one we may
/// reorder. Float add/mul need `reassoc` (on the op or from `reassoc`);
/// min/max are exact in any order.
std::optional<vector::CombiningKind> getCombiningKind(Operation *op,
                                                      bool reassoc);

/// The identity of `kind` in `type`: -0.0 for float addition (exact for
/// every x), +/-inf for float min/max, the type's extremes for integers.
TypedAttr getCombiningIdentity(vector::CombiningKind kind, Type type);
} // namespace mlir::nbc

#endif // NBC_LIB_DIALECT_NBC_TRANSFORMS_REDUCTIONIDENTITY_H
