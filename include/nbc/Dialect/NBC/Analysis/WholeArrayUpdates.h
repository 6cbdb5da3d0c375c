//===- WholeArrayUpdates.h - Whole-array reductions in a prange --*- C++
//-*-===//
//
// `acc += x[i]` on an array defined above a parallel nbc.prange is an
// nbc.ufunc writing `acc` in place. As in Numba, it is a reduction of the
// whole array: nbc-privatize-array-updates gives each thread its own copy,
// starting at the operator's identity, and combines the copies after the
// loop.
//
//===----------------------------------------------------------------------===//

#ifndef NBC_DIALECT_NBC_ANALYSIS_WHOLEARRAYUPDATES_H
#define NBC_DIALECT_NBC_ANALYSIS_WHOLEARRAYUPDATES_H

#include "nbc/Dialect/NBC/IR/NBCOps.h"

namespace mlir::nbc {

/// The operator of an in-place whole-array update `a op= v`: `ufunc` has
/// one output, which is also exactly one of its inputs (the same value),
/// and its body yields that input's element combined with values that do
/// not depend on it by one operator (`nbc.add`, `nbc.sub` with the element
/// on the left: add; `nbc.mul`, float `nbc.truediv` with the element on
/// the left: mul; `nbc.min`, `nbc.max`, `nbc.and`, `nbc.or`, `nbc.xor`),
/// possibly between casts, or through a call of a function
/// that does so. The element is a non-bool integer or a float; min and max
/// only in the element's type. None otherwise.
std::optional<ReductionKind> wholeArrayUpdateKind(UfuncOp ufunc);

/// Whether `ufunc`, in the body of `prange`, is a whole-array reduction of
/// an array defined above the loop, viewing `root` through slices and
/// transposes only, of rank >= 1, that no other input of `ufunc` views.
bool isWholeArrayReduction(PRangeOp prange, UfuncOp ufunc, Value root);

/// Checks the whole-array reductions of `root`, an array `prange` writes,
/// given every op of the body that accesses it: none (false); all of them,
/// by one operator, in a prange that nbc-privatize-array-updates can
/// privatize (true); otherwise emits "prange: ..." at the offending op and
/// fails.
FailureOr<bool> checkWholeArrayReductions(PRangeOp prange, Value root,
                                          ArrayRef<Operation *> accesses);

/// Forwards the arrays an nbc.range inside an nbc.prange carries unchanged
/// (it yields its iteration argument: `for j in range(m): a += v` rebinds
/// `a` to itself) to their init, in the loop and after it, so that the
/// race analysis sees the array defined above the prange.
void forwardInvariantCarriedArrays(Operation *root);

/// Whether nbc-privatize-array-updates can give `prange` per-thread
/// copies: it is neither nested in nor contains another prange and its
/// steps are constant, non-zero si64 values.
bool isPrivatizable(PRangeOp prange);

} // namespace mlir::nbc

#endif // NBC_DIALECT_NBC_ANALYSIS_WHOLEARRAYUPDATES_H
