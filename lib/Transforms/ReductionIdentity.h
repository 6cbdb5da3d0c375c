//===- ReductionIdentity.h - Identities of reduction combiners -*- C++ -*-===//

#ifndef NBC_LIB_DIALECT_NBC_TRANSFORMS_REDUCTIONIDENTITY_H
#define NBC_LIB_DIALECT_NBC_TRANSFORMS_REDUCTIONIDENTITY_H

#include "mlir/IR/Block.h"
#include "mlir/IR/BuiltinAttributes.h"

namespace mlir::nbc {
/// The identity of the combiner in `block` (^bb(%lhs, %rhs): ... and a
/// terminator yielding the combined value, as in scf.reduce or
/// omp.declare_reduction), for the forms convert-nbc-to-core and
/// upstream produce: one binary arith op, or compare + select for min/max.
/// Float add gives -0.0 (x + -0.0 == x for every x, -0.0 included), float
/// min/max +/-inf. Null if the combiner is none of these.
TypedAttr getReductionIdentity(Block &block);
} // namespace mlir::nbc

#endif // NBC_LIB_DIALECT_NBC_TRANSFORMS_REDUCTIONIDENTITY_H
