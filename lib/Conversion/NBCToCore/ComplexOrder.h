//===- ComplexOrder.h - NumPy's order of complex numbers -------*- C++ -*-===//
//
// NumPy orders complex numbers lexicographically: by the real parts, then
// the imaginary parts. Its comparison loops (CLT/CLE/CGT/CGE) let the real
// parts decide only when neither imaginary part is NaN, so any NaN makes an
// ordered comparison false. Used by nbc.cmp's lowering and by the min/max
// and argmin/argmax reductions. Internal to lib/Conversion/NBCToCore.
//
//===----------------------------------------------------------------------===//

#ifndef NBC_LIB_CONVERSION_NBCTOCORE_COMPLEXORDER_H
#define NBC_LIB_CONVERSION_NBCTOCORE_COMPLEXORDER_H

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Complex/IR/Complex.h"
#include "nbc/Dialect/NBC/IR/NBCOps.h"

namespace mlir::nbc::detail {

/// `lhs <predicate> rhs` for an ordering predicate (lt, le, gt, ge) on
/// complex-dialect values, as NumPy's comparison ufuncs.
inline Value buildComplexOrder(OpBuilder &b, Location loc,
                               CmpPredicate predicate, Value lhs, Value rhs) {
  using P = arith::CmpFPredicate;
  bool less = predicate == CmpPredicate::lt || predicate == CmpPredicate::le;
  P real = less ? P::OLT : P::OGT;
  P imag = predicate == CmpPredicate::lt   ? P::OLT
           : predicate == CmpPredicate::le ? P::OLE
           : predicate == CmpPredicate::gt ? P::OGT
                                           : P::OGE;
  Value xr = complex::ReOp::create(b, loc, lhs);
  Value xi = complex::ImOp::create(b, loc, lhs);
  Value yr = complex::ReOp::create(b, loc, rhs);
  Value yi = complex::ImOp::create(b, loc, rhs);
  Value imagsAreNumbers = arith::CmpFOp::create(b, loc, P::ORD, xi, yi);
  Value byReal = arith::AndIOp::create(
      b, loc, arith::CmpFOp::create(b, loc, real, xr, yr), imagsAreNumbers);
  Value byImag =
      arith::AndIOp::create(b, loc, arith::CmpFOp::create(b, loc, P::OEQ, xr, yr),
                            arith::CmpFOp::create(b, loc, imag, xi, yi));
  return arith::OrIOp::create(b, loc, byReal, byImag);
}

/// Whether either part of the complex-dialect value `z` is NaN.
inline Value buildComplexHasNaN(OpBuilder &b, Location loc, Value z) {
  Value re = complex::ReOp::create(b, loc, z);
  Value im = complex::ImOp::create(b, loc, z);
  return arith::CmpFOp::create(b, loc, arith::CmpFPredicate::UNO, re, im);
}

/// One step of np.minimum/np.maximum's reduction: `best` stays while it
/// holds a NaN or wins (ties included), so the first NaN element stays.
inline Value buildComplexMinMaxStep(OpBuilder &b, Location loc, bool isMin,
                                    Value best, Value x) {
  Value wins = buildComplexOrder(
      b, loc, isMin ? CmpPredicate::le : CmpPredicate::ge, best, x);
  Value keep =
      arith::OrIOp::create(b, loc, buildComplexHasNaN(b, loc, best), wins);
  return arith::SelectOp::create(b, loc, keep, best, x);
}

/// One step of NumPy's complex argmin/argmax: the new best and whether `x`
/// took its place. The first element with a NaN part wins for good;
/// otherwise the first strict lexicographic extreme.
inline std::pair<Value, Value> buildComplexArgStep(OpBuilder &b, Location loc,
                                                   bool isMin, Value best,
                                                   Value x) {
  Value beats = buildComplexOrder(
      b, loc, isMin ? CmpPredicate::lt : CmpPredicate::gt, x, best);
  Value bestIsNumber =
      arith::XOrIOp::create(b, loc, buildComplexHasNaN(b, loc, best),
                            arith::ConstantIntOp::create(b, loc, 1, 1));
  Value better = arith::AndIOp::create(
      b, loc, bestIsNumber,
      arith::OrIOp::create(b, loc, buildComplexHasNaN(b, loc, x), beats));
  return {arith::SelectOp::create(b, loc, better, x, best), better};
}

} // namespace mlir::nbc::detail

#endif // NBC_LIB_CONVERSION_NBCTOCORE_COMPLEXORDER_H
