//===- TypedBuilders.cpp - C API over NBCTypedBuilders.h ------------------===//
//
// The Python-typed builders for C frontends: each inserts into a block
// (before its terminator when it has one) and turns the dialect's
// diagnostics into nbcGetLastError().
//
//===----------------------------------------------------------------------===//

#include "nbc-c/Dialect.h"

#include "BuilderSupport.h"
#include "mlir/CAPI/IR.h"
#include "nbc/Dialect/NBC/IR/NBCTypedBuilders.h"

using namespace mlir;
using namespace mlir::nbc;

namespace {
/// An OpBuilder at the end of `block`, before its terminator if it has one,
/// that records diagnostics while it lives.
struct BlockBuilder {
  BlockBuilder(MlirBlock block, MlirLocation loc)
      : builder(unwrap(loc)->getContext()), location(unwrap(loc)),
        capture(unwrap(loc)->getContext()) {
    Block *b = unwrap(block);
    if (!b->empty() && b->back().hasTrait<OpTrait::IsTerminator>())
      builder.setInsertionPoint(&b->back());
    else
      builder.setInsertionPointToEnd(b);
  }
  MlirValue finish(FailureOr<Value> result, StringRef what) {
    if (succeeded(result))
      return wrap(*result);
    capi::setError(capture.takeError(what));
    return MlirValue{nullptr};
  }
  OpBuilder builder;
  Location location;
  DiagnosticCapture capture;
};
} // namespace

static bool invalidHandles(MlirBlock block, MlirLocation loc,
                           std::initializer_list<MlirValue> values,
                           StringRef what) {
  bool bad = mlirBlockIsNull(block) || mlirLocationIsNull(loc);
  for (MlirValue v : values)
    bad |= mlirValueIsNull(v);
  if (bad)
    capi::setError(what + ": null block, location or operand");
  return bad;
}

MlirValue nbcBuildBinary(MlirBlock block, MlirLocation loc,
                         NbcBinaryOperator op, MlirValue lhs, MlirValue rhs) {
  if (invalidHandles(block, loc, {lhs, rhs}, "nbcBuildBinary"))
    return MlirValue{nullptr};
  if (op < NbcBinaryAdd || op > NbcBinaryBitXor) {
    capi::setError("nbcBuildBinary: invalid operator " + Twine(int(op)));
    return MlirValue{nullptr};
  }
  BlockBuilder b(block, loc);
  return b.finish(buildBinary(b.builder, b.location, BinaryOperator(op),
                              unwrap(lhs), unwrap(rhs)),
                  "nbcBuildBinary failed");
}

MlirValue nbcBuildUnary(MlirBlock block, MlirLocation loc, NbcUnaryOperator op,
                        MlirValue operand) {
  if (invalidHandles(block, loc, {operand}, "nbcBuildUnary"))
    return MlirValue{nullptr};
  if (op < NbcUnaryNeg || op > NbcUnaryNot) {
    capi::setError("nbcBuildUnary: invalid operator " + Twine(int(op)));
    return MlirValue{nullptr};
  }
  BlockBuilder b(block, loc);
  return b.finish(
      buildUnary(b.builder, b.location, UnaryOperator(op), unwrap(operand)),
      "nbcBuildUnary failed");
}

MlirValue nbcBuildCompare(MlirBlock block, MlirLocation loc,
                          NbcCmpPredicate predicate, MlirValue lhs,
                          MlirValue rhs) {
  if (invalidHandles(block, loc, {lhs, rhs}, "nbcBuildCompare"))
    return MlirValue{nullptr};
  auto pred = symbolizeCmpPredicate(uint32_t(predicate));
  if (!pred) {
    capi::setError("nbcBuildCompare: invalid predicate " +
                   Twine(int(predicate)));
    return MlirValue{nullptr};
  }
  BlockBuilder b(block, loc);
  return b.finish(
      buildCompare(b.builder, b.location, *pred, unwrap(lhs), unwrap(rhs)),
      "nbcBuildCompare failed");
}

bool nbcBuildDivMod(MlirBlock block, MlirLocation loc, MlirValue lhs,
                    MlirValue rhs, MlirValue *quotient, MlirValue *remainder) {
  if (invalidHandles(block, loc, {lhs, rhs}, "nbcBuildDivMod"))
    return false;
  if (!quotient || !remainder) {
    capi::setError("nbcBuildDivMod: null result pointer");
    return false;
  }
  BlockBuilder b(block, loc);
  auto result = buildDivMod(b.builder, b.location, unwrap(lhs), unwrap(rhs));
  if (failed(result)) {
    capi::setError(b.capture.takeError("nbcBuildDivMod failed"));
    return false;
  }
  *quotient = wrap(result->first);
  *remainder = wrap(result->second);
  return true;
}

MlirValue nbcBuildCast(MlirBlock block, MlirLocation loc, MlirValue value,
                       MlirType type) {
  if (invalidHandles(block, loc, {value}, "nbcBuildCast"))
    return MlirValue{nullptr};
  if (mlirTypeIsNull(type) || !isNBCScalar(unwrap(type)) ||
      !isNBCScalar(unwrap(value).getType())) {
    capi::setError("nbcBuildCast: casts go between nbc scalar types");
    return MlirValue{nullptr};
  }
  BlockBuilder b(block, loc);
  return wrap(buildCastTo(b.builder, b.location, unwrap(value), unwrap(type)));
}

MlirValue nbcBuildTruth(MlirBlock block, MlirLocation loc, MlirValue value) {
  if (invalidHandles(block, loc, {value}, "nbcBuildTruth"))
    return MlirValue{nullptr};
  BlockBuilder b(block, loc);
  return b.finish(buildTruth(b.builder, b.location, unwrap(value)),
                  "nbcBuildTruth failed");
}

MlirValue nbcBuildAbs(MlirBlock block, MlirLocation loc, MlirValue value) {
  if (invalidHandles(block, loc, {value}, "nbcBuildAbs"))
    return MlirValue{nullptr};
  BlockBuilder b(block, loc);
  return b.finish(buildAbs(b.builder, b.location, unwrap(value)),
                  "nbcBuildAbs failed");
}

MlirValue nbcBuildMinMax(MlirBlock block, MlirLocation loc, bool isMax,
                         MlirValue lhs, MlirValue rhs) {
  if (invalidHandles(block, loc, {lhs, rhs}, "nbcBuildMinMax"))
    return MlirValue{nullptr};
  BlockBuilder b(block, loc);
  return b.finish(
      buildMinMax(b.builder, b.location, isMax, unwrap(lhs), unwrap(rhs)),
      "nbcBuildMinMax failed");
}

MlirValue nbcBuildNumpyMinMax(MlirBlock block, MlirLocation loc, bool isMax,
                              MlirValue lhs, MlirValue rhs) {
  if (invalidHandles(block, loc, {lhs, rhs}, "nbcBuildNumpyMinMax"))
    return MlirValue{nullptr};
  BlockBuilder b(block, loc);
  return b.finish(
      buildNumpyMinMax(b.builder, b.location, isMax, unwrap(lhs), unwrap(rhs)),
      "nbcBuildNumpyMinMax failed");
}

MlirValue nbcBuildWhere(MlirBlock block, MlirLocation loc, MlirValue cond,
                        MlirValue trueValue, MlirValue falseValue) {
  if (invalidHandles(block, loc, {cond, trueValue, falseValue},
                     "nbcBuildWhere"))
    return MlirValue{nullptr};
  BlockBuilder b(block, loc);
  return b.finish(buildWhere(b.builder, b.location, unwrap(cond),
                             unwrap(trueValue), unwrap(falseValue)),
                  "nbcBuildWhere failed");
}

MlirValue nbcBuildMath(MlirBlock block, MlirLocation loc, int32_t fn,
                       MlirValue value, bool keepFloat32) {
  if (invalidHandles(block, loc, {value}, "nbcBuildMath"))
    return MlirValue{nullptr};
  auto kind = symbolizeMathFn(uint32_t(fn));
  if (fn < 0 || !kind) {
    capi::setError("nbcBuildMath: invalid math function " + Twine(fn));
    return MlirValue{nullptr};
  }
  BlockBuilder b(block, loc);
  return b.finish(
      buildMath(b.builder, b.location, *kind, unwrap(value), keepFloat32),
      "nbcBuildMath failed");
}

MlirValue nbcBuildMath2(MlirBlock block, MlirLocation loc, int32_t fn,
                        MlirValue lhs, MlirValue rhs, bool keepFloat32) {
  if (invalidHandles(block, loc, {lhs, rhs}, "nbcBuildMath2"))
    return MlirValue{nullptr};
  auto kind = symbolizeMathFn2(uint32_t(fn));
  if (fn < 0 || !kind) {
    capi::setError("nbcBuildMath2: invalid math function " + Twine(fn));
    return MlirValue{nullptr};
  }
  BlockBuilder b(block, loc);
  return b.finish(buildMath2(b.builder, b.location, *kind, unwrap(lhs),
                             unwrap(rhs), keepFloat32),
                  "nbcBuildMath2 failed");
}

MlirValue nbcBuildFPClass(MlirBlock block, MlirLocation loc, NbcFPClass kind,
                          MlirValue value) {
  if (invalidHandles(block, loc, {value}, "nbcBuildFPClass"))
    return MlirValue{nullptr};
  auto k = symbolizeFPClass(uint32_t(kind));
  if (!k) {
    capi::setError("nbcBuildFPClass: invalid class " + Twine(int(kind)));
    return MlirValue{nullptr};
  }
  BlockBuilder b(block, loc);
  return b.finish(buildFPClass(b.builder, b.location, *k, unwrap(value)),
                  "nbcBuildFPClass failed");
}
