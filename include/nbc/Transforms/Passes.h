//===- Passes.h - nbc passes on lowered IR ----------------------*- C++ -*-===//

#ifndef NBC_TRANSFORMS_PASSES_H
#define NBC_TRANSFORMS_PASSES_H

#include "mlir/Dialect/Affine/IR/AffineOps.h"
#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/Dialect/Math/IR/Math.h"
#include "mlir/Dialect/MemRef/IR/MemRef.h"
#include "mlir/Dialect/Vector/IR/VectorOps.h"
#include "mlir/Pass/Pass.h"
#include "nbc/Dialect/NBC/IR/NBCDialect.h"

namespace mlir::nbc {
#define GEN_PASS_DECL
#include "nbc/Transforms/Passes.h.inc"

#define GEN_PASS_REGISTRATION
#include "nbc/Transforms/Passes.h.inc"

/// The widest vector nbc-vectorize builds, in elements (a 512-bit register
/// of i8): the vector-width option is bounded by it, since the code size of
/// a vector loop grows with the width.
constexpr unsigned kMaxVectorWidth = 64;

/// Bounds of nbc-strip-mine-parallel's blocks and block-multiple options
/// (so that the block size arithmetic cannot overflow).
constexpr unsigned kMaxStripMineValue = 1u << 20;

/// The host's preferred fixed-width SIMD register size in bits, as LLVM's
/// cost model for the host CPU reports it (128 if it cannot tell).
unsigned getHostVectorBits();
} // namespace mlir::nbc

#endif // NBC_TRANSFORMS_PASSES_H
