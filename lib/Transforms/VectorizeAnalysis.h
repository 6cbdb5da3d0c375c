//===- VectorizeAnalysis.h - What nbc-vectorize may vectorize --*- C++ -*-===//
//
// Facts about memrefs and integer divisions that decide whether a loop of
// nbc-vectorize may become a vector loop.
//
//===----------------------------------------------------------------------===//

#ifndef NBC_LIB_TRANSFORMS_VECTORIZEANALYSIS_H
#define NBC_LIB_TRANSFORMS_VECTORIZEANALYSIS_H

#include "mlir/IR/Operation.h"
#include "mlir/IR/Value.h"

namespace mlir::nbc {
/// Whether `memref` (rank >= 1) has unit stride in its innermost dimension
/// and an int/float element other than i1.
bool hasUnitInnerStride(Value memref);

/// The buffer a memref value views: through casts, views and the base of
/// extract_strided_metadata. Distinct function arguments count as distinct
/// buffers (as NumPy's ufuncs assume after copying overlapping inputs).
Value underlyingBuffer(Value memref);

/// Whether a divisor can never be 0 (nor -1 when `isSigned`, since
/// INT_MIN / -1 is as undefined as x / 0). The Python division lowering
/// divides by `select(d == 0 || d == -1, 1, d)`.
bool isSafeDivisor(Value divisor, bool isSigned);

/// Integer division whose divisor is provably safe: the scalar loop runs it
/// in every iteration, so the vector loop may too.
bool isSafeDivision(Operation *op);

/// An integer division or modulo by a non-constant divisor. x86 and NEON
/// have no vector integer division: LLVM splits a vector one into scalar
/// divides, which also loses the 64-to-32-bit narrowing it gives scalar
/// code (BypassSlowDivision), so the scalar loop is faster. A constant
/// divisor becomes a multiply and shifts, which vectorize.
bool isRunTimeIntegerDivision(Operation *op);
} // namespace mlir::nbc

#endif // NBC_LIB_TRANSFORMS_VECTORIZEANALYSIS_H
