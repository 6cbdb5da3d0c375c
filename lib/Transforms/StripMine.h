//===- StripMine.h - Blocks of an scf.parallel loop -------------*- C++ -*-===//

#ifndef NBC_LIB_TRANSFORMS_STRIPMINE_H
#define NBC_LIB_TRANSFORMS_STRIPMINE_H

#include "mlir/Dialect/SCF/IR/SCF.h"
#include "mlir/IR/IRMapping.h"

namespace mlir::nbc {
/// Splits the last dimension of `loop` (step 1) into about `blocks` blocks
/// (a run-time size, a multiple of `blockMultiple` when at least that):
/// an scf.parallel over the blocks whose body is an scf.for over one block,
/// marked `nbc.parallel_block`, carrying each reduction's partial from its
/// identity. Returns that scf.for, or null (and leaves `loop` unchanged)
/// when the step is not 1 or a reduction has no known identity. The body's
/// ops and values map to their copies in `bodyMapping` when given.
scf::ForOp stripMineParallel(scf::ParallelOp loop, unsigned blocks,
                             unsigned blockMultiple,
                             IRMapping *bodyMapping = nullptr);
} // namespace mlir::nbc

#endif // NBC_LIB_TRANSFORMS_STRIPMINE_H
