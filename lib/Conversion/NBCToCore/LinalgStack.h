//===- LinalgStack.h - One matrix of a stack (..., M, N) --------*- C++ -*-===//
//
// nbc.linalg and nbc.linalg_factor take stacks of matrices: one LAPACK call
// per matrix in a loop nest over the leading dimensions, each on a view.
//
//===----------------------------------------------------------------------===//

#ifndef NBC_LIB_CONVERSION_NBCTOCORE_LINALGSTACK_H
#define NBC_LIB_CONVERSION_NBCTOCORE_LINALGSTACK_H

#include "mlir/IR/Builders.h"

namespace mlir::nbc::arrays {

/// The matrix (or vector, or for det's result the element) of the stack
/// `array` at the leading indices `ivs` (a broadcast dimension of size 1
/// at 0): a rank-reduced view, `array` itself when there are no indices.
Value matrixAt(OpBuilder &b, Location loc, Value array, ValueRange ivs);

/// `body` once per matrix of a stack whose leading dimensions have sizes
/// `batchSizes` (a loop nest, the indices as `ivs`), or once without a stack.
void forEachMatrix(OpBuilder &b, Location loc, ValueRange batchSizes,
                   function_ref<void(OpBuilder &, Location, ValueRange)> body);

} // namespace mlir::nbc::arrays

#endif // NBC_LIB_CONVERSION_NBCTOCORE_LINALGSTACK_H
