//===- ArrayVariance.cpp - var/std of nbc.array_reduce as two scf passes --===//
//
// The var/std kinds of nbc.array_reduce (NaNs skipped for nanvar/nanstd):
// a pass for the mean, a pass for the squared deviations from it, divided
// by max(count - ddof, 0), as NumPy. Complex elements are handled by parts:
// the mean of each part, then |z - mean|**2 = re**2 + im**2, a real result;
// an element with a NaN part counts as NaN.
//
//===----------------------------------------------------------------------===//

#include "ArrayLowering.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Complex/IR/Complex.h"
#include "mlir/Dialect/Math/IR/Math.h"
#include "mlir/Dialect/MemRef/IR/MemRef.h"
#include "mlir/Dialect/SCF/IR/SCF.h"

using namespace mlir;
using namespace mlir::nbc;
using namespace mlir::nbc::arrays;

namespace {
/// An element as its float parts in `floatType`: (re, im) for complex.
SmallVector<Value> floatParts(OpBuilder &b, Location loc, Value x,
                              bool isUnsigned, Type floatType) {
  if (isa<ComplexType>(x.getType()))
    return {complex::ReOp::create(b, loc, x), complex::ImOp::create(b, loc, x)};
  if (isa<FloatType>(x.getType()))
    return {x};
  if (isUnsigned)
    return {arith::UIToFPOp::create(b, loc, floatType, x)};
  return {arith::SIToFPOp::create(b, loc, floatType, x)};
}
} // namespace

Value arrays::varianceOver(OpBuilder &b, Location loc, ArrayReductionKind kind,
                           bool isUnsigned, Type floatType, Value array,
                           ArrayRef<int64_t> dims, ArrayRef<Value> fixed,
                           Value ddof) {
  bool skipNaN = ArrayReduceOp::skipsNaN(kind);
  Value zero = arith::ConstantOp::create(b, loc, b.getFloatAttr(floatType, 0.0));
  // One nest over `dims` carrying `init`; `step` sees the element's parts.
  auto pass = [&](SmallVector<Value> init, auto step) {
    SmallVector<Value> lbs, ubs, steps;
    for (int64_t d : dims) {
      lbs.push_back(constIndex(b, loc, 0));
      ubs.push_back(memref::DimOp::create(b, loc, array, d));
      steps.push_back(constIndex(b, loc, 1));
    }
    return scf::buildLoopNest(
               b, loc, lbs, ubs, steps, init,
               [&](OpBuilder &nb, Location l, ValueRange ivs,
                   ValueRange acc) -> scf::ValueVector {
                 SmallVector<Value> indices(fixed);
                 for (auto [k, d] : llvm::enumerate(dims))
                   indices[d] = ivs[k];
                 SmallVector<Value> parts = floatParts(
                     nb, l, memref::LoadOp::create(nb, l, array, indices),
                     isUnsigned, floatType);
                 SmallVector<Value> next = step(nb, l, acc, parts);
                 if (!skipNaN)
                   return next;
                 Value nan = arith::CmpFOp::create(
                     nb, l, arith::CmpFPredicate::UNO, parts.front(),
                     parts.back());
                 for (auto [k, v] : llvm::enumerate(next))
                   next[k] = arith::SelectOp::create(nb, l, nan, acc[k], v);
                 return next;
               })
        .results;
  };
  size_t numParts = isa<ComplexType>(
                        cast<MemRefType>(array.getType()).getElementType())
                        ? 2
                        : 1;
  // (sum of each part..., count)
  SmallVector<Value> init(numParts, zero);
  init.push_back(constI64(b, loc, 0));
  SmallVector<Value> totals =
      pass(init, [&](OpBuilder &nb, Location l, ValueRange acc,
                     ArrayRef<Value> parts) -> SmallVector<Value> {
        SmallVector<Value> next;
        for (auto [k, p] : llvm::enumerate(parts))
          next.push_back(arith::AddFOp::create(nb, l, acc[k], p));
        next.push_back(
            arith::AddIOp::create(nb, l, acc[numParts], constI64(nb, l, 1)));
        return next;
      });
  Value count = arith::SIToFPOp::create(b, loc, floatType, totals[numParts]);
  SmallVector<Value> mean;
  for (size_t k = 0; k < numParts; ++k)
    mean.push_back(arith::DivFOp::create(b, loc, totals[k], count));
  SmallVector<Value> squares =
      pass({zero}, [&](OpBuilder &nb, Location l, ValueRange acc,
                       ArrayRef<Value> parts) -> SmallVector<Value> {
        Value sum = acc[0];
        for (auto [k, p] : llvm::enumerate(parts)) {
          Value d = arith::SubFOp::create(nb, l, p, mean[k]);
          sum = arith::AddFOp::create(nb, l, sum,
                                      arith::MulFOp::create(nb, l, d, d));
        }
        return {sum};
      });
  // max(count - ddof, 0) in f64, as NumPy's divisor.
  Type f64 = b.getF64Type();
  Value divisor = arith::SIToFPOp::create(b, loc, f64, totals[numParts]);
  if (ddof)
    divisor = arith::SubFOp::create(b, loc, divisor, ddof);
  divisor = arith::MaximumFOp::create(
      b, loc, divisor,
      arith::ConstantFloatOp::create(b, loc, cast<FloatType>(f64),
                                     APFloat(0.0)));
  if (floatType != f64)
    divisor = arith::TruncFOp::create(b, loc, floatType, divisor);
  Value var = arith::DivFOp::create(b, loc, squares[0], divisor);
  if (kind == ArrayReductionKind::std || kind == ArrayReductionKind::nanstd)
    return math::SqrtOp::create(b, loc, var);
  return var;
}
