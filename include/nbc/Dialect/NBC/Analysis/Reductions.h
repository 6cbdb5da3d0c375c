//===- Reductions.h - Which values a prange carries are reductions -*- C++ -*-//
//
// A frontend builds nbc.prange with plain carried values (no `kinds`); the
// analysis reads each one's kind from the def-use chain between its
// accumulator and the value the body yields for it.
//
//===----------------------------------------------------------------------===//

#ifndef NBC_DIALECT_NBC_ANALYSIS_REDUCTIONS_H
#define NBC_DIALECT_NBC_ANALYSIS_REDUCTIONS_H

#include "nbc/Dialect/NBC/IR/NBCOps.h"

namespace mlir::nbc {

/// The reduction kind of the value `prange` carries at `index`: every path
/// from its accumulator to the value yielded for it combines the value
/// with contributions that do not depend on it, by one operator (`nbc.add`
/// or `nbc.sub` with the accumulator on the left: add; `nbc.mul`,
/// `nbc.min`, `nbc.max`, `nbc.and`, `nbc.or`, `nbc.xor`, an inner
/// classified `nbc.prange` taking it as init), possibly through
/// `nbc.select`, `scf.if`, `nbc.range` and `scf.while` whose
/// other incoming values are on such paths too (a conditional update
/// yields the accumulator unchanged on the other path). Without any
/// operator on the way the kind is add (or for `i1`), which leaves the
/// init unchanged. Otherwise emits "prange: ..." at the offending op,
/// naming the variable by the accumulator's NameLoc when it has one, and
/// fails.
FailureOr<ReductionKind> findReductionKind(PRangeOp prange, unsigned index);

/// The reduction `op` steps when it combines an accumulator with another
/// value in either operand order: `nbc.mul`, `nbc.min`, `nbc.max`,
/// `nbc.and`, `nbc.or`, `nbc.xor` (add and sub need the caller's look at
/// which operand the accumulator is); std::nullopt for other ops.
std::optional<ReductionKind> getSymmetricStepKind(Operation *op);

/// NumPy's np.maximum/np.minimum of floats as buildNumpyMinMax builds it:
/// `select(isnan(y), y, m)` with `m` an nbc.max/min of `y` and another
/// value, the select `m`'s only use and the isnan's. Returns that min/max
/// op, else null. Its reduction is the kind maximum/minimum.
Operation *getNumpyMinMaxOf(SelectOp select);

/// Sets the kinds of an nbc.prange built without them (no-op when it has
/// them). Fails with findReductionKind's diagnostic, leaving the op as it
/// was.
LogicalResult recognizeReductions(PRangeOp prange);

/// recognizeReductions and makeArrayUpdatesAtomic (ArrayUpdates.h) on
/// every nbc.prange in `root` (itself included), inner ones first, after
/// rewriting every `if x > m: m = x` in `root` to `nbc.max` (`<`:
/// `nbc.min`) and forwarding the arrays inner loops carry unchanged
/// (WholeArrayUpdates.h).
LogicalResult recognizeAllReductions(Operation *root);

} // namespace mlir::nbc

#endif // NBC_DIALECT_NBC_ANALYSIS_REDUCTIONS_H
